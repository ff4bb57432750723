"""Conditionals and hypotheticals in Chinese, Japanese, Korean (issue 11, round 22), own sentences.

The closed class of conditional openers and endings, completed: Chinese "假如", "万一",
"除非" and Japanese "仮に", Korean "가령", "만약", "만일" (``modal_cues``, read before the
verb), Japanese "したら", "ならば", "しない限り" (``after_cues``, read after it). An act
under a condition is a hypothesis; each sentence below read as an act before the words
were added. The contrasts stay news: "只要求" ("only requires") and "しなければならない"
("must"), the duties of a measure announced, hold no condition.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("美中芯片博弈", "假如美国进一步限制向中国出口先进AI芯片，中国企业将加快自研。"),
        ("美中晶片博弈", "萬一美國進一步限制向中國出口先進AI晶片，中國企業將加快自研。"),
        ("美中芯片博弈", "除非美国放宽对中国的芯片出口管制，中国企业将继续自研。"),
        (
            "米中の半導体対立",
            "仮に米国が中国向けAI半導体の輸出を制限しても、中国企業は自社開発を急ぐ。",
        ),
        (
            "米中の半導体対立",
            "米国が中国向けAI半導体の輸出を制限したら、中国企業は自社開発を急ぐだろう。",
        ),
        (
            "미중 반도체 갈등",
            "가령 미국이 중국에 AI 반도체 수출을 금지해도 중국 기업은 자체 개발을 서두를 것이다.",
        ),
    ],
)
def test_an_act_under_a_condition_is_a_hypothesis(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "美国限制对华出口AI芯片",
            "美国商务部周一宣布限制向中国出口先进AI芯片，企业只要求申报一次。",
        ),
        (
            "米、対中AI半導体の輸出を制限",
            "米商務省は月曜日、中国向けAI半導体の輸出を制限すると発表した。企業は輸出のたびに"
            "許可を取得しなければならない。",
        ),
    ],
)
def test_a_measures_duty_is_no_condition(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, ("US", "tightening"))
