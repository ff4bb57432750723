"""Round 47: a headline led by a measure, answered by another state, on the measure's day.

"美国发布…出口管制措施 中国商务部:单边霸凌行径" over "中方注意到，美方于12月2日发布了…" in a
story of the 2nd: the headline's first segment states the measure, the condemnation stands
in the next segment (no stance of the measure's own clause), and the body dates the
measure the day of the story. The measure is the news. A day before stays the answer's
occasion (round 31).
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated

_TITLE = "美国公布芯片出口管制新措施 中国商务部:典型的霸凌行径"
_BODY = (
    "中国商务部发言人表示，中方注意到，美方于3月4日发布了对华半导体出口管制措施。"
    "该措施进一步加严对芯片等物项的对华出口管制。美方滥用出口管制措施，实施单边霸凌行径。"
)


def test_a_measure_answered_the_same_day_is_the_news(analyzer: Analyzer) -> None:
    found = dated(analyzer, _TITLE, _BODY, "2025-03-04")
    headline = [e for e in found if e.evidence == _TITLE]
    assert headline and all(e.primary for e in headline), brief(found)


def test_a_measure_answered_days_later_is_the_occasion(analyzer: Analyzer) -> None:
    found = dated(analyzer, _TITLE, _BODY, "2025-03-07")
    headline = [e for e in found if e.evidence == _TITLE]
    assert headline and not any(e.primary for e in headline), brief(found)
