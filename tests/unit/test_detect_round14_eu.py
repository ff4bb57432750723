"""Round 14, European languages: the classes not yet folded by module, our own sentences.

Classes 1-4 moved to ``test_story_genre.py`` (opinion pieces, background sections) and
``test_reactions.py`` (denial and reaction headlines).

5. A negative determiner anywhere before a passive easing negates it ("nenhuma unidade
   ... foi aprovada"); contrast: the affirmative passive.
6. "Towards" a state names the target, not the actor ("gegenüber den USA").
7. Time: last season and "at that time" date an act; contrast: "this week".
8. Hedges: "vermoedelijk" (presumably) makes a plan; contrast: the plain sentence.
9. Recall: a regulator's review ("avvia esame") is an investigation, a government taking
   control of a firm in Romance wording restricts it; contrasts: a bill "all'esame del
   Parlamento", a firm taking control of another.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------- class 5: a negative determiner before a passive easing


@pytest.mark.parametrize(
    "body",
    [
        "Uma autoridade dos Estados Unidos afirmou que, até o momento, nenhuma unidade do chip "
        "H200, da Nvidia, foi aprovada para venda à China.",
        "Nessuna licenza per l'export dei chip H200 verso la Cina è stata approvata dal "
        "Dipartimento del Commercio.",
    ],
)
def test_none_approved_is_no_approval(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Nota", body, None)


@pytest.mark.parametrize(
    "body",
    [
        "O Departamento de Comércio afirmou que as licenças para o chip H200 da Nvidia foram "
        "aprovadas para venda à China.",
        "Le licenze per l'export dei chip H200 verso la Cina sono state approvate dal "
        "Dipartimento del Commercio.",
    ],
)
def test_an_approval_in_the_passive_stays(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Nota", body, ("US", "easing"))


# ------------- class 6: "towards" a state


@pytest.mark.parametrize(
    "body",
    [
        "China hat weitere Exportkontrollen gegenüber den USA ausgesetzt.",
        "La Chine a suspendu ses contrôles à l'exportation envers les États-Unis sur le gallium.",
        "China heeft de exportcontroles op gallium tegenover de Verenigde Staten opgeschort.",
    ],
)
def test_the_state_towards_which_a_measure_is_eased_is_no_actor(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "Nota", body, ("CN", "easing"))


# ------------- class 7: last season, at that time


@pytest.mark.parametrize(
    "body",
    [
        "El otoño pasado, Estados Unidos prohibió la venta de chips H20 a China.",
        "Afgelopen najaar verbood Nederland de export van chipmachines naar China.",
        "Im vergangenen Herbst verbot China den Export von Gallium in die USA.",
        "À l'époque, la Chine a interdit l'exportation de gallium vers les États-Unis.",
        "A partire dallo scorso autunno, le autorità di Washington hanno imposto restrizioni "
        "all'esportazione di chip verso la Cina.",
    ],
)
def test_an_act_dated_to_last_season_is_background(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Nota", body)
    assert found and not any(e.primary for e in found), brief(found)


def test_an_act_of_this_week_stays_news(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Nota",
        "Deze week verbood Nederland de export van chipmachines naar China.",
        ("NL", "tightening"),
    )


# ------------- class 8: "presumably"


def test_presumably_from_this_summer_is_a_plan(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Het kabinet voert vermoedelijk deze zomer een vergunningplicht in voor chipmachines",
        "Het kabinet voert vermoedelijk deze zomer een vergunningplicht in voor de export van "
        "chipmachines naar China.",
        None,
    )


def test_the_plain_sentence_is_the_act(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Het kabinet voert deze zomer een vergunningplicht in voor chipmachines",
        "Het kabinet voert deze zomer een vergunningplicht in voor de export van chipmachines "
        "naar China.",
        ("NL", "tightening"),
    )


# ------------- class 9: a regulator's review, a government taking control


def test_a_regulators_review_is_an_investigation(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Micron, la Cina avvia esame sui chip americani: rischi per la sicurezza",
        "L'Authority cinese sulla cybersecurity ha annunciato la revisione dei prodotti di Micron.",
        ("CN", "tightening"),
    )


def test_a_bill_under_review_in_parliament_is_no_investigation(analyzer: Analyzer) -> None:
    check(analyzer, "Il disegno di legge sui chip è all'esame del Parlamento", "", None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Olanda usa il suo golden power su Nexperia",
            "Il governo olandese si è appropriato del controllo del produttore di microchip "
            "Nexperia.",
        ),
        ("El Gobierno neerlandés toma el control de Nexperia", ""),
    ],
)
def test_a_government_taking_control_of_a_chipmaker_restricts(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("NL", "tightening"))


def test_a_firm_taking_control_of_another_is_no_state_act(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Wingtech ha preso il controllo di Nexperia",
        "Il gruppo cinese Wingtech ha preso il controllo del produttore di chip Nexperia nel 2019.",
        None,
    )
