"""A licence a firm says it obtained, in Chinese (round 35, issue 11).

"…證實獲得為期一年的許可" relays the state's grant (`license_received`): an easing. The
bare verb under a duty or a negation ("須取得許可證", "未取得許可的貨物") is no grant.
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import events


def test_a_licence_obtained_is_a_grant(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "美國擴大晶片設備出口管制後，三星證實已獲得美方為期一年的許可，可繼續為中國廠引進設備。",
    )
    assert any(e.jurisdiction == "US" and e.direction == "easing" for e in found), found


def test_a_licence_required_or_missing_is_no_grant(analyzer: Analyzer) -> None:
    for body in (
        "美國商務部通知該公司，晶片出口中國須取得許可證。",
        "海關表示，未取得許可的貨物將無法出口。",
    ):
        found = events(analyzer, "", body)
        assert not any(e.direction == "easing" for e in found), found
