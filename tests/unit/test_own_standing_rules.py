"""A country's own standing list or law, told as what it prohibits, is no act (issue 11).

"我國「戰略性高科技貨品出口實體管理名單」禁止相關貨品輸出給…": a named rule with a
possessive prefix (我國, 本國, 我们) is the rule in force at home, not an act of the day,
and in a story of another state's listing it is not even a background event (round 15c;
round 21 made named rules without the prefix background). Contrast: the other state's
listing in the same story stays its news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    "body",
    [
        "美國商務部將華為列入實體清單。我國「戰略性高科技貨品出口實體管理名單」也禁止相關"
        "貨品輸出給華為。",
        "美國商務部將華為列入實體清單。本國出口管制規定禁止相關貨品輸出給華為。",
    ],
)
def test_an_own_standing_list_beside_another_states_listing_is_no_event(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "美國將華為列入實體清單", body)
    assert [e.jurisdiction for e in found if e.primary] == ["US"], brief(found)
    assert len(found) == 1, brief(found)  # no event for the standing rule


def test_an_own_standing_list_alone_is_no_act(analyzer: Analyzer) -> None:
    body = "我國「戰略性高科技貨品出口實體管理名單」禁止相關貨品輸出給名單上的企業。"
    found = events(analyzer, "出口管理", body)
    assert not found, brief(found)
