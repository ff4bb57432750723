"""A head of state who announces a measure, against one who only says it (round 40, issue 11).

Round 38 made a leader's stated future a declaration of intent ("트럼프 대통령은 … 관세를
부과하겠다고 말했다", "特朗普称将…"): nothing is imposed until a measure is signed or issued.
An announcement (발표했다, 発表した, 宣布) is the formal act the labels of real news count
as decided; so it keeps the act, as signing does. In Korean the title after the leader's
name ("트럼프 대통령은", "시진핑 국가주석은") is the subject's head, not a qualifier.
Near misses: the same future only said, a review announced.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

_ANNOUNCED = [
    ("트럼프 대통령은 1일 수입 반도체에 100% 관세를 부과하겠다고 발표했다.", "US", "tariff"),
    ("トランプ大統領は1日、輸入半導体に100%の関税を課すと発表した。", "US", "tariff"),
    (
        "도널드 트럼프 미국 대통령은 엔비디아의 H200 칩 중국 수출을 허용하기로 했다고 밝혔다.",
        "US",
        "approve",
    ),
    ("중국 시진핑 국가주석은 희토류 수출 통제를 1년간 유예하기로 했다고 발표했다.", "CN", "relax"),
]


@pytest.mark.parametrize(("body", "state", "action"), _ANNOUNCED)
def test_a_leaders_announced_measure_is_the_act(
    analyzer: Analyzer, body: str, state: str, action: str
) -> None:
    found = events(analyzer, "", body)
    assert any(e.jurisdiction == state and e.action == action and e.primary for e in found), brief(
        found
    )


@pytest.mark.parametrize(
    "body",
    [
        # said, not announced: round 38's declaration of intent
        "트럼프 대통령은 1일 수입 반도체에 100% 관세를 부과하겠다고 말했다.",
        "トランプ大統領は、輸入半導体に100%の関税を課す考えを示した。",
        # a review announced is no tariff
        "트럼프 대통령은 수입 반도체에 관세를 부과하는 방안을 검토하겠다고 발표했다.",
    ],
)
def test_a_leaders_stated_intent_or_review_is_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.primary for e in found), brief(found)
