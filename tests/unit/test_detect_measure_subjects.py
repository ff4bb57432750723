"""A measure as the subject of another verb tells its effect, not an act (issue 11).

"Las restricciones impuestas por Estados Unidos han limitado la exportación ...", "The
restrictions imposed by Washington have limited sales ...": a measure noun with its
participle opens the clause and is the subject of the clause's verb; neither the verb
("limitado") nor the noun is the day's act, and in a story about something else (a
roadmap, an interview) there is no event at all (round 15c). Contrasts: the state as the
verb's subject, and a measure noun without a participle ("The restrictions take effect").
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

_ROADMAP = "Chip designer shows its accelerator roadmap"


@pytest.mark.parametrize(
    "body",
    [
        "Las restricciones impuestas por Estados Unidos han limitado la exportación de chips "
        "avanzados a China.",
        "Los controles aplicados por Washington restringen la venta de chips de gama alta a China.",
        "The restrictions imposed by Washington have limited sales of advanced chips to China.",
        "Le restrizioni imposte dagli Stati Uniti hanno limitato le vendite di chip in Cina.",
        "Les restrictions imposées par Washington ont limité les ventes de puces en Chine.",
    ],
)
def test_a_measure_with_its_participle_as_subject_is_no_event(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, _ROADMAP, body)
    assert not found, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Estados Unidos ha limitado la exportación de chips avanzados a China.",
        "Washington on Monday limited sales of advanced chips to China.",
    ],
)
def test_a_state_as_the_subject_still_acts(analyzer: Analyzer, body: str) -> None:
    check(analyzer, _ROADMAP, body, ("US", "tightening"))


def test_a_chronicle_in_an_interview_is_no_event(analyzer: Analyzer) -> None:
    body = (
        "Since 2019, the U.S. has imposed increasing restrictions on sales of advanced AI "
        "chips to China, the chief executive said in the interview."
    )
    found = events(analyzer, "Chipmaker's chief talks about demand", body)
    assert not found, brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            "Las medidas adoptadas el lunes por Pekín prohíben la exportación de galio a Estados "
            "Unidos.",
            "CN",
        ),
        ("The controls imposed by Washington today bar sales of advanced chips to China.", "US"),
    ],
)
def test_a_measure_dated_to_the_day_as_subject_stays_the_act(
    analyzer: Analyzer, body: str, state: str
) -> None:
    # The day names the act: "adopted on Monday ... ban" is the news, not an effect.
    check(analyzer, "Export rules", body, (state, "tightening"))
