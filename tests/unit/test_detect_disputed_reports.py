"""An act inside a disputed report is no act (issue 11).

"Japan said it allowed the exports, disputing what it called 'incorrect' media reports
that said Japan stopped all such exports": words may stand between the dispute verb and
the report ("what it called 'incorrect'", "as false the"); a predicate after the report's
"that"/"which"/"saying" is the report's claim. The act said before the dispute stays,
and a report confirmed, or a dispute of something else than a report, leaves the act.
The same in the European languages ("wies Medienberichte zurück, wonach ...", "rechazó
lo que llamó informaciones falsas que ...").
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    "body",
    [
        "The ministry rejected as false the reports which claimed Japan had banned exports "
        "of chip tools to China.",
        "Tokyo is disputing what it called 'inaccurate' press reports saying Japan halted "
        "shipments of chip tools to China.",
        "Japan wies Medienberichte zurück, wonach es die Ausfuhr von Chipwerkzeugen nach "
        "China verboten habe.",
        "El ministerio rechazó lo que llamó informaciones falsas que aseguraban que Japón "
        "había prohibido las exportaciones de herramientas de chips a China.",
    ],
)
def test_an_act_inside_a_disputed_report_is_no_act(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Japan chip tools", body, None)


def test_the_act_said_before_the_dispute_stays(analyzer: Analyzer) -> None:
    body = (
        'Japan said it allowed exports of the tools, disputing what it called "incorrect" '
        "media reports that said Japan stopped all such exports to China."
    )
    found = events(analyzer, "Japan chip tools", body)
    main = {(e.jurisdiction, e.action) for e in found if e.primary}
    assert main == {("JP", "approve")}, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Japan stopped all exports of chip tools to China, rejecting calls from industry to "
        "keep them open.",
        "Japan stopped all exports of chip tools to China, officials said, confirming reports "
        "that said the step was near.",
        "Japan hat die Ausfuhr von Chipwerkzeugen nach China verboten, wies aber Berichte "
        "über Strafzölle zurück.",
        "Japón prohibió las exportaciones de herramientas de chips a China y rechazó las "
        "críticas de la industria.",
    ],
)
def test_an_act_beside_a_rejected_call_or_a_confirmed_report_stays(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "Japan chip tools", body, ("JP", "tightening"))
