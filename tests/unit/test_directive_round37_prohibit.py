"""A Korean or Japanese state telling firms not to buy or allow a chip (round 37, issue 11).

"구매하지 말라고 지시했다", "구매를 허용하지 말라고", "購入しないよう指導した",
"輸入を認めないよう求めた": the negative imperative the story reports is the state's order,
a ban on the purchase (``prohibit_order``); the allowing verb inside it is no approval.
"Should not" ("구매하지 말아야 한다", "購入すべきではない") and an expert's advice are views.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

_ORDERS = [
    "중국 정부는 자국 기업들에 H20 칩을 구매하지 말라고 지시했다.",
    "중국 당국은 기업들에 H20 칩 구매를 허용하지 말라고 지시했다.",
    "中国政府は国内企業にH20を購入しないよう指導した。",
    "中国当局は国内企業にH20の輸入を認めないよう求めた。",
]

_VIEWS = [
    "전문가들은 기업들이 H20 칩을 구매하지 말아야 한다고 말했다.",
    "전문가들은 기업들에 H20 칩을 구매하지 말라고 조언했다.",
    "中国政府は企業がH20を購入すべきではないとの見解を示した。",
    "専門家は企業にH20を購入しないよう呼びかけた。",
]


@pytest.mark.parametrize("body", _ORDERS)
def test_an_order_not_to_buy_is_a_ban(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(
        e.jurisdiction == "CN" and e.action == "ban" and e.direction == "tightening" for e in found
    ), brief(found)
    assert not any(e.direction == "easing" for e in found), brief(found)


@pytest.mark.parametrize("body", _VIEWS)
def test_should_not_or_advice_is_no_ban(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.primary for e in found), brief(found)
