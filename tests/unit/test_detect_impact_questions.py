"""A headline asking a measure's impact (issue 11, round 20), own sentences.

"…輸出規制の影響は?", "…出口管制影响如何？", "…수출규제 영향은?": the headline asks what a
measure does, as the impact headlines of ``story_genre.py`` weigh it (``impact_cues``);
the measure is background. Contrast: the act's own headline stays news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

_JA = "中国は今月、ガリウムとゲルマニウムの輸出規制を強化すると発表した。"
_ZH = "中国商务部本月宣布，对镓和锗实施出口管制。"
_KO = "중국 상무부는 이달 갈륨과 게르마늄에 대한 수출 통제를 시행한다고 발표했다."


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("中国「ガリウム」輸出規制の影響は?", _JA),
        ("中国「ガリウム」輸出規制の影響は？", _JA),
        ("中国镓出口管制影响如何？", _ZH),
        ("中国 갈륨 수출통제, 영향은?", _KO),
    ],
)
def test_an_impact_question_is_no_news(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert found, "the measure is still read, as background"
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [("中国、ガリウムの輸出規制を強化", _JA), ("中国对镓实施出口管制", _ZH)],
)
def test_the_acts_headline_stays_news(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert any(e.primary for e in found), brief(found)
