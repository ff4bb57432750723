"""A measure's legal ground, its threat and a generic infinitive are no acts (issue 11).

1. "The administration is invoking Section 232 to justify the new duties": the law
   invoked names the ground of a measure (announced elsewhere, or still to come), no
   second measure.
2. A measure noun followed by a participle of threat or fear: "ulteriori dazi ...
   paventati da Donald Trump potrebbero causare ...", "tariffs threatened by the
   president": the threat, not the measure.
3. An infinitive under "means", "aims to", "the goal is": "Eso significa restringir los
   equipos ..." explains, it does not act.
Contrasts: the measure imposed in the same sentence as the law invoked, tariffs
announced (not threatened), the state restricting.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    "body",
    [
        "The White House is invoking Section 232 of the trade law to justify the new duties "
        "on imported chips.",
        "The administration cites national security to justify restrictions on imported chips.",
        "El gobierno invoca la sección 232 para justificar los aranceles a los chips.",
    ],
)
def test_a_law_invoked_to_justify_a_measure_is_no_second_measure(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "President says he will set chip tariffs within two weeks", body, None)


def test_a_measure_imposed_while_invoking_a_law_stays(analyzer: Analyzer) -> None:
    body = "The United States on Monday imposed 25% tariffs on chips, invoking Section 232."
    check(analyzer, "US imposes chip tariffs", body, ("US", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "Ulteriori dazi sulle esportazioni di chip paventati da Donald Trump potrebbero "
        "causare perdite ai produttori.",
        "I dazi minacciati dal presidente americano pesano sui titoli dei chip.",
        "Further tariffs on chip imports threatened by the president could hurt suppliers.",
        "Los aranceles amenazados por Washington podrían encarecer los chips.",
    ],
)
def test_a_threatened_measure_is_no_event(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Chip shares slide", body)
    assert not found, brief(found)


def test_tariffs_announced_stay_an_act(analyzer: Analyzer) -> None:
    body = "Nuovi dazi sui chip annunciati da Donald Trump colpiranno i produttori da lunedì."
    check(analyzer, "Dazi sui chip", body, ("US", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "Eso significa restringir los equipos de fabricación de chips que se venden a China.",
        "That means restricting the chipmaking tools sold to China.",
        "The proposal aims to restrict chipmaking equipment sold to China.",
    ],
)
def test_an_explanatory_infinitive_is_no_act(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "What the new rules mean", body, None)


def test_the_state_restricting_stays_an_act(analyzer: Analyzer) -> None:
    body = "Estados Unidos restringió el lunes los equipos de fabricación de chips para China."
    check(analyzer, "EE.UU. restringe equipos de chips", body, ("US", "tightening"))
