"""Impact and explainer headlines, English, German and Dutch (issue 11, round 22), own sentences.

A headline that weighs a measure's consequences or explains it, and states no act in a
clause of its own, tells an assessment: the measure is its background (``story_genre``,
``impact_cues`` and ``passing_analysis_cues`` read by ``heading_pattern``). Round 22
completed the closed class: "implications for", "winners and losers", "what you need to
know", "why it matters"; German "Folgen von", "Was Sie wissen müssen", "eine Einordnung";
Dutch "gevolgen van", "wat je moet weten", "zo zit het". The contrasts stay news: a
headline that states the act in another clause and weighs it after a ";" or a dash.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

_EN = (
    "The Commerce Department banned exports of advanced AI chips to China on Monday. "
    "Vendors must obtain a licence for every shipment."
)
_DE_GALLIUM = "China hat am Montag die Ausfuhr von Gallium in die USA verboten."
_NL = "Het kabinet heeft de export van chipmachines naar China verboden."


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("US curbs on AI chip exports to China: implications for Europe", _EN),
        ("Winners and losers of the new US chip export curbs", _EN),
        ("US chip export ban: what you need to know", _EN),
        ("Why it matters: US bans AI chip exports to China", _EN),
        (
            "Exportverbot für KI-Chips: Was Sie wissen müssen",
            "Die US-Regierung hat am Montag die Ausfuhr moderner KI-Chips nach China "
            "verboten. Hersteller brauchen für jede Lieferung eine Genehmigung.",
        ),
        ("Folgen von Chinas Exportstopp für Gallium", _DE_GALLIUM),
        (
            "Exportverbot für Chipanlagen: eine Einordnung",
            "Die Bundesregierung hat die Ausfuhr von Anlagen zur Chipherstellung nach China "
            "verboten.",
        ),
        ("Exportverbod chipmachines: wat je moet weten", _NL),
        (
            "Gevolgen van het Chinese exportverbod op gallium",
            "China heeft de export van gallium naar de VS verboden.",
        ),
        ("Exportverbod chipmachines: zo zit het", _NL),
    ],
)
def test_an_impact_or_explainer_headline_reads_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "US bans AI chip exports to China; Seoul weighs implications for Samsung",
            _EN,
            ("US", "tightening"),
        ),
        (
            "China verbietet Gallium-Exporte – Folgen von Engpässen befürchtet",
            _DE_GALLIUM,
            ("CN", "tightening"),
        ),
        ("Kabinet verbiedt export chipmachines; wat nu voor ASML", _NL, ("NL", "tightening")),
    ],
)
def test_an_act_stated_in_its_own_clause_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
