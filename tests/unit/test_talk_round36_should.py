"""Round 36 (issue 11): Japanese and Korean "should" after the verb is an opinion, no act.

"輸出を禁止すべきだ", "수출을 금지해야 한다", "제한해야 할 것" say what a state ought to do
(``should_after``, read right after the trigger in ``talk.py``), as English "should" in
``modal_cues``. The plain past is the act; a directive's "should" told to firms ("購入を
停止すべきだと求めた") is the order itself. Own sentences.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    "body",
    [
        "米国は中国への半導体輸出を禁止すべきだ。",
        "日本政府は中国への半導体装置の輸出を規制すべきである。",
        "미국 정부는 중국에 대한 반도체 수출을 금지해야 한다.",
        "정부가 중국산 장비 수입을 제한해야 할 것이다.",
    ],
)
def test_should_is_an_opinion(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not found, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "米国は中国への半導体輸出を禁止した。",
        "日本政府は中国への半導体装置の輸出を規制した。",
        "미국 정부는 중국에 대한 반도체 수출을 금지했다.",
        "정부가 중국산 장비 수입을 제한했다.",
        # a directive told to firms stays the order
        "政府は企業に中国製半導体の購入を停止すべきだと求めた。",
    ],
)
def test_the_act_and_the_directive_are_read(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert found, body
