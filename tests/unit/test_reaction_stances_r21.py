"""Round 21 (issue 11): reaction stances told as a state of mind, a noun or a quote.

1. A headline whose subject is state A and whose predicate is a stance ("dissatisfied
   with", "ontevreden over", "mécontent de", "descontenta con"), quoted or not, takes
   state B's measure as its object: no event of A, not even background.
2. A restrictive relative clause on a state's measure with no comma ("la regulación de
   Estados Unidos que prohíbe", "the rule of the US that bans"): the measure is that
   state's, not the reacting subject's.

Contrasts: the same headline with the reacting state's own act; a plain headline with a
quoted word that is not a stance.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from streams.core.cues import compile_words
from tests.unit.sentence_kit import brief, check, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Peking is 'ontevreden' over nieuwe exportregels voor Nederlandse chipmachines",
            "Peking is ontevreden over de strengere Nederlandse exportregels voor machines "
            "waarmee chips worden gemaakt, zei een woordvoerder.",
        ),
        (
            "Pékin « mécontent » des nouvelles règles d'exportation néerlandaises",
            "Pékin a dit que les nouvelles règles néerlandaises nuiront aux échanges entre "
            "les deux pays, selon un porte-parole.",
        ),
        (
            "China, 'descontenta' con las nuevas normas de exportación de Países Bajos",
            "Pekín dijo que las nuevas normas de exportación perjudican el comercio entre "
            "ambos países, según un portavoz.",
        ),
        (
            "Cina 'insoddisfatta' delle nuove regole sull'export dei Paesi Bassi",
            "Pechino ha detto che le nuove regole danneggiano il commercio tra i due paesi, "
            "secondo un portavoce.",
        ),
        (
            'China "unzufrieden mit" neuen Exportregeln der Niederlande',
            "Peking sagte, die neuen Exportregeln schadeten dem Handel zwischen beiden "
            "Ländern, so ein Sprecher.",
        ),
    ],
)
def test_a_quoted_stance_headline_keeps_no_event_of_the_reacting_state(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)
    assert all(e.jurisdiction != "CN" for e in found), brief(found)


def test_a_stance_headline_with_the_reactors_own_act_stays_news(analyzer: Analyzer) -> None:
    # contrast: the reacting state's own ban in the same headline
    check(
        analyzer,
        "China verbiedt chips van Micron, 'ontevreden' over Nederlandse exportregels",
        "De Chinese toezichthouder verbood dinsdag het gebruik van chips van Micron in "
        "kritieke infrastructuur.",
        ("CN", "tightening"),
        only_actor=False,
    )


def test_a_quoted_word_that_is_no_stance_stays_news(analyzer: Analyzer) -> None:
    # contrast: a quoted word in a headline of an act leaves the act the news
    check(
        analyzer,
        "Nederland scherpt 'nieuwe' exportregels voor chipmachines aan",
        "De Nederlandse regering heeft maandag de exportregels voor geavanceerde "
        "chipmachines aangescherpt.",
        ("NL", "tightening"),
    )


def test_a_phrase_matches_across_a_quote_at_a_word_edge_only() -> None:
    words = compile_words(["ontevreden over"], quoted=True)
    assert words.search("china is 'ontevreden' over de regels")
    assert words.search("china is “ontevreden” over de regels")
    assert words.search("china is ontevreden over de regels")
    assert not words.search("china is ontevreden, over de regels")
    # Only lists compiled ``quoted`` take the quote marks (the stance lists): in every
    # list they cost the core a quarter more instructions per article.
    assert not compile_words(["ontevreden over"]).search("china is 'ontevreden' over de regels")


@pytest.mark.parametrize(
    ("title", "body", "owner"),
    [
        (
            "China rechaza la prohibición estadounidense sobre los chips de Huawei",
            "El gobierno de China ha mostrado una firme oposición a la nueva regulación de "
            "Estados Unidos que prohíbe en todo el mundo el uso de los chips de Huawei.",
            "US",
        ),
        (
            "China rejects the US ban on Huawei chips",
            "China voiced strong opposition to the new rule of the United States that bans "
            "the use of Huawei chips anywhere in the world.",
            None,  # English reads no act here at all; only the reactor's must stay absent
        ),
        (
            "La Chine rejette l'interdiction américaine des puces Huawei",
            "Pékin a exprimé sa ferme opposition à la nouvelle règle des États-Unis qui "
            "interdit partout dans le monde l'usage des puces de Huawei.",
            "US",
        ),
    ],
)
def test_a_restrictive_clause_on_a_states_measure_names_that_state(
    analyzer: Analyzer, title: str, body: str, owner: str | None
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)
    assert all(e.jurisdiction != "CN" for e in found), brief(found)
    assert owner is None or any(e.jurisdiction == owner for e in found), brief(found)


def test_a_states_goods_before_a_clause_are_not_its_measure(analyzer: Analyzer) -> None:
    # contrast: a comma-less clause after a target ("contra China que") is not the state's
    found = events(
        analyzer,
        "Estados Unidos prohíbe los chips de Huawei",
        "El Departamento de Comercio de Estados Unidos prohibió el martes el uso de los chips "
        "de Huawei en todo el mundo.",
    )
    assert ("US", "tightening") in main_of(found), brief(found)


# Round 21: a headline that forecasts the consequences a measure has for someone is an
# impact story; the measure the body tells is its context (en, de, fr).
@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "US tariffs on chips: Brazil unlikely to face major consequences",
            "Brazil is unlikely to face major consequences from the US tariff on chips, an "
            "industry group said on Friday. The imposition of a 25 per cent tariff on chips "
            "by the US administration is expected to have little effect on local makers.",
        ),
        (
            "US-Zölle auf Chips: kaum Konsequenzen für Polen erwartet",
            "Polen muss kaum Folgen fürchten, sagte ein Branchenverband. Die USA haben einen "
            "Zoll von 25 Prozent auf Chips verhängt, doch das Land verkauft nur wenige Chips "
            "in die USA.",
        ),
        (
            "Droits de douane américains sur les puces : peu de conséquences pour la Belgique",
            "La Belgique a peu à craindre, selon une fédération. Les États-Unis ont imposé "
            "des droits de douane de 25 % sur les puces, mais le pays vend peu de puces aux "
            "États-Unis.",
        ),
    ],
)
def test_a_consequences_headline_keeps_the_measure_as_context(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert found, "the measure is still told, as background"
    assert not main_of(found), brief(found)


def test_consequences_told_only_in_the_body_leave_the_act_news(analyzer: Analyzer) -> None:
    # contrast: the headline states the act; the body forecasts its consequences
    check(
        analyzer,
        "US imposes 25% tariff on chips",
        "The United States imposed on Monday a 25% tariff on imported chips. The tariff "
        "could have major consequences for Asian makers, analysts said.",
        ("US", "tightening"),
    )
