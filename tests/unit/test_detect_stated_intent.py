"""A speaker's stated intent in Japanese and Korean is no act (round 20).

Own sentences. A quoted first-person pledge in the volitional future ("“…관세를
부과하겠다”고 발표했다"), a volitional future told as a warning ("부과하겠다고 경고했다")
and Japanese "つもり" state what the speaker means to do, as English "will impose" does;
a ministry's reported "시행하겠다고 밝혔다" (no quotation) stays its act.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


def test_a_japanese_stated_intention_is_no_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "米大統領が記者会見",
        "米大統領は5日、「輸入半導体に関税を課すつもりだ」と述べた。",
    )
    assert not found, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "트럼프 미국 대통령이 5일(현지 시간) “수입되는 모든 반도체에 50% 관세를 "
        "부과하겠다”고 공식 발표했다.",
        "트럼프 대통령은 5일 공장 건설이 없으면 반도체에 50% 관세를 부과하겠다고 경고했다.",
    ],
)
def test_a_korean_quoted_pledge_or_a_warning_under_a_tariff_headline_is_no_act(
    analyzer: Analyzer, body: str
) -> None:
    # The headline names the tariff, so the body's pledge or warning is what decides:
    # without the cue it is read as the act (the case above had no such headline and
    # passed either way).
    found = events(analyzer, "트럼프 ‘반도체 50% 관세’ 선언", body)
    assert not found, brief(found)


def test_a_korean_quoted_pledge_and_a_warning_are_no_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "美 대통령 기자회견",
        "트럼프 미국 대통령이 5일(현지 시간) “수입되는 모든 반도체에 50% 관세를 "
        "부과하겠다”고 공식 발표했다. 트럼프 대통령은 공장 건설이 없으면 반도체에 누적 "
        "관세를 부과하겠다고 경고했다.",
    )
    assert not found, brief(found)


def test_a_ministrys_reported_volitional_future_stays_its_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "中 상무부, 갈륨 수출 허가제 시행",
        "중국 상무부는 다음 달부터 갈륨 수출에 허가제를 시행하겠다고 밝혔다.",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)
