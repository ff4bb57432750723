"""Round 12, European languages: error classes of a held-out set, on our own sentences.

1. A state easing its own measure in a Dutch verb-final clause: the participle closes the
   clause and its measure stands before it ("heeft het exportverbod ... opgeschort"), or a
   separable verb holds a compound measure ("schort het exportverbod ... op"); with the
   contrast of a plain halt of exports (no measure) that stays a tightening.
2. Hedged and hearsay wording: a governing Italian or French conditional ("impedirebbe di
   allentare"), "about to" ("in procinto di", "sur le point de", "prestes a"), and hearsay
   conditionals ("estaria a preparar", "habría prohibido", "aurait interdit"); with the
   contrast of the same measures stated as done.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------- class 1: a state easing its own measure, verb last


@pytest.mark.parametrize(
    "body",
    [
        "China heeft het verbod op de uitvoer van gallium naar de Verenigde Staten opgeschort.",
        "Beijing schort het exportverbod voor chips van de Nijmeegse fabrikant op.",
        "China heeft het exportverbod voor Nexperia-chips voor civiel gebruik opgeheven.",
    ],
)
def test_a_dutch_easing_with_its_measure_before_the_verb(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("CN", "easing"))


def test_a_german_perfect_easing_stays_an_easing(analyzer: Analyzer) -> None:
    # contrast: German already read; the same order must keep working
    check(
        analyzer,
        "",
        "Peking hat das Exportverbot für Germanium in die USA ausgesetzt.",
        ("CN", "easing"),
    )


def test_a_dutch_halt_of_exports_without_a_measure_stays_a_halt(analyzer: Analyzer) -> None:
    # contrast: "schort de export op" halts exports; no measure is eased
    check(analyzer, "", "China schort de export van chips van Nexperia op.", ("CN", "tightening"))


# ------------- class 2: hedged and hearsay wording


@pytest.mark.parametrize(
    "body",
    [
        "Il disegno di legge impedirebbe all'amministrazione di allentare i limiti sui chip.",
        "Il governo olandese è in procinto di pubblicare nuovi controlli sull'export di chip.",
        "Le gouvernement néerlandais est sur le point de durcir les contrôles sur les puces.",
        "O Departamento de Comércio dos EUA estaria a preparar novas restrições aos chips.",
        "O governo dos EUA está prestes a restringir a venda de chips avançados.",
        "El Gobierno chino habría prohibido la compra de chips de Nvidia, según la prensa.",
        "Pékin aurait interdit aux entreprises chinoises d'acheter des puces Nvidia.",
    ],
)
def test_hedged_or_hearsay_wording_is_no_event(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Il governo olandese ha pubblicato nuovi controlli sull'export di chip.",
            ("NL", "tightening"),
        ),
        ("Le gouvernement néerlandais a durci les contrôles sur les puces.", ("NL", "tightening")),
        ("O governo dos EUA restringiu a venda de chips avançados.", ("US", "tightening")),
        ("El Gobierno chino prohibió la compra de chips de Nvidia.", ("CN", "tightening")),
        (
            "Pékin a interdit aux entreprises chinoises d'acheter des puces Nvidia.",
            ("CN", "tightening"),
        ),
    ],
)
def test_the_same_measures_stated_as_done_stay_events(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, "", body, expected)


# ------------- class 3: what stands, and what a concession grants


@pytest.mark.parametrize(
    "body",
    [
        "China beperkt nog steeds de levering van zeldzame aardmetalen aan de VS.",
        "Peking beschränkt weiterhin die Ausfuhr von Gallium in die USA.",
        "Attualmente il governo degli Stati Uniti limita i chip che Nvidia può vendere in Cina.",
        "Washington continue de bloquer les ventes de puces Nvidia à la Chine.",
    ],
)
def test_a_measure_that_stands_is_no_new_event(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("China beperkt vanaf vandaag de export van gallium.", ("CN", "tightening")),
        (
            "Les États-Unis interdisent désormais l'exportation de puces H20 vers la Chine.",
            ("US", "tightening"),
        ),
    ],
)
def test_a_new_measure_with_a_time_word_stays_news(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, "", body, expected)


def test_a_concessive_clause_holds_background(analyzer: Analyzer) -> None:
    body = (
        "Apesar de a administração dos EUA ter dado luz verde às vendas do chip H20, as "
        "encomendas da Nvidia continuam paradas, segundo a Reuters."
    )
    check(analyzer, "", body, None)


# ------------- class 4: the state a verb strikes is its object, not the actor


@pytest.mark.parametrize(
    "title",
    [
        "Washington va frapper la Chine avec de nouvelles restrictions sur les puces",
        "Washington colpisce la Cina con nuove restrizioni sui chip",
    ],
)
def test_the_struck_state_is_no_actor(analyzer: Analyzer, title: str) -> None:
    found = [e for e in events(analyzer, title, "") if e.primary]
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


# ------------- class 5: impact stories since a ban, denials


@pytest.mark.parametrize(
    "body",
    [
        "Seit die USA den Verkauf von KI-Chips nach China verboten haben, hat Nvidia verloren.",
        "Da quando gli USA hanno vietato la vendita di chip alla Cina, Nvidia ha perso quote.",
        "Desde que os EUA proibiram a venda de chips à China, a Nvidia perdeu quota de mercado.",
    ],
)
def test_a_ban_that_a_since_clause_names_is_background(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not [e for e in found if e.primary], brief(found)


def test_a_german_main_clause_after_a_phrase_stays_news(analyzer: Analyzer) -> None:
    # contrast: "Nach Angaben ... hat China ... verboten" is a main clause, not "since"
    body = (
        "Nach Angaben des Handelsministeriums hat China den Export von Gallium in die USA verboten."
    )
    check(analyzer, "", body, ("CN", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "O governo chinês negou ter bloqueado as compras de chips da Nvidia.",
        "El Gobierno chino negó haber bloqueado las compras de chips de Nvidia.",
        "Il governo cinese ha negato di aver bloccato gli acquisti di chip Nvidia.",
    ],
)
def test_a_romance_denial_is_no_event(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


# ------------- class 6: lobbying, and the subject after a Dutch or German verb


@pytest.mark.parametrize(
    "body",
    [
        "De topmannen van drie chipbedrijven vroegen de regering om een pauze in nieuwe "
        "exportbeperkingen.",
        "Die Chefs der Chipkonzerne baten die Regierung um einen Aufschub neuer Exportverbote.",
        "Los directivos pidieron al Gobierno frenar nuevas restricciones a la venta de chips.",
    ],
)
def test_a_firms_request_is_no_event(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_regulators_request_to_firms_stays_guidance(analyzer: Analyzer) -> None:
    # contrast: a regulator that asks firms to stop buying issues guidance
    body = "Los reguladores chinos pidieron a las empresas que dejen de comprar chips de Nvidia."
    check(analyzer, "", body, ("CN", "tightening"))


def test_the_subject_after_a_dutch_verb_acts(analyzer: Analyzer) -> None:
    body = "Onder druk van de VS beperkte ook Nederland de uitvoer van chipmachines naar China."
    check(analyzer, "", body, ("NL", "tightening"))
