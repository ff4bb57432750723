"""Round 52 (issue 11): US agencies named without their country act for the US.

"The Pentagon", "the FTC" and "the Justice Department" are read by every paper as
Washington's; without them in the catalog a sentence whose only actor is one of them had
no state, so it gave no event ("The Pentagon added SMIC to a blacklist").
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    "body",
    [
        "The Pentagon added SMIC to a blacklist of Chinese military companies on Thursday.",
        "The Department of Defense added SMIC to its blacklist on Thursday.",
        "The FTC opened an antitrust investigation into Nvidia's purchase of Arm on Thursday.",
        "五角大楼周四将中芯国际列入中国军方企业黑名单。",
    ],
)
def test_a_us_agency_named_alone_acts_for_the_us(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert found, brief(found)
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


def test_a_bare_defence_ministry_in_chinese_is_not_the_pentagon(analyzer: Analyzer) -> None:
    # 国防部 alone is the writer's own state's ministry; only the US-marked form is the Pentagon.
    body = "国防部周四将中芯国际列入黑名单。"
    assert all(e.jurisdiction != "US" for e in events(analyzer, "", body)), brief(
        events(analyzer, "", body)
    )
