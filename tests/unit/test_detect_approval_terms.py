"""A headline approval with conditions: its terms told in the body are no tightening (round 31).

"… approved, with conditions" over "Nvidia must keep US supply first …", "조건부 허용" over
"군사용 활용은 금지되며": the same state's undated tightenings of the product approved are the
approval's terms (issue 11). A ban dated before the approval stays its background.
Own sentences.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "US approves Nvidia H20 sales to China, with conditions",
            "The Commerce Department on Monday approved exports of Nvidia's H20 to China. "
            "Analysts said the deal would lift Nvidia's revenue. Under the terms, Nvidia must "
            "restrict H20 sales to customers vetted by the department.",
        ),
        (
            "미국, 엔비디아 H20 중국 판매 조건부 허용",
            "미국 상무부는 엔비디아 H20의 중국 판매를 허용했다고 밝혔다. 업계는 매출 회복을 "
            "기대하고 있다. 또 H20의 군사용 활용은 금지되며 판매 물량도 제한된다.",
        ),
    ],
)
def test_conditions_are_no_tightening(analyzer: Analyzer, title: str, body: str) -> None:
    """The approval stays; no US tightening is read from its terms."""
    found = events(analyzer, title, body)
    said = {(e.jurisdiction, e.direction) for e in found}
    assert ("US", "easing") in said, brief(found)
    assert ("US", "tightening") not in said, brief(found)


def test_dated_ban_stays_background(analyzer: Analyzer) -> None:
    """The ban the approval ends, dated in April, is still its background."""
    found = events(
        analyzer,
        "US approves Nvidia H20 sales to China, with conditions",
        "The Commerce Department on Monday approved exports of Nvidia's H20 to China. "
        "In April 2025 the department had banned H20 sales to China.",
    )
    assert ("US", "tightening") in {(e.jurisdiction, e.direction) for e in found}, brief(found)
