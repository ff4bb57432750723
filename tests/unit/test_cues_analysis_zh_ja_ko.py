"""Explainer, outlook and analysis headlines in Chinese, Japanese, Korean (issue 11, round 22).

Own sentences. The closed class of words that make a headline an explainer, an outlook or
a wire's analysis (``passing_analysis_cues``, read with ``impact_cues`` by
``story_genre.demote_impact``), completed: "意味着什么", "一图看懂", "焦点：", "何が変わる",
"どうなる", "뭐가 달라지나", "후폭풍", "희비". The measure such a story tells is its
context; each headline below read as the act before the words were added. The contrasts
stay news: a headline that announces the act before the word, a plain report.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

_ZH = "美国商务部周一宣布限制向中国出口先进AI芯片。"
_ZH_HANT = "美國商務部週一宣布限制向中國出口先進AI晶片。"
_JA = "米商務省は月曜日、中国向けの先端AI半導体の輸出を制限すると発表した。"
_KO = "미국 상무부는 월요일 중국에 대한 첨단 AI 반도체 수출을 제한한다고 발표했다."


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("美国限制对华出口AI芯片意味着什么", _ZH),
        ("焦点：美国限制对华出口AI芯片", _ZH),
        ("一圖看懂美國對華晶片出口管制新規", _ZH_HANT),
        ("米の対中AI半導体輸出規制で何が変わる", _JA),
        ("焦点：米、対中AI半導体の輸出を制限", _JA),
        ("米の対中AI半導体輸出規制、日本企業はどうなる", _JA),
        ("미국 대중 AI 반도체 수출 제한, 뭐가 달라지나", _KO),
        ("미국 대중 AI 반도체 수출 제한 후폭풍", _KO),
        ("미국 대중 AI 반도체 수출 제한에 엇갈린 희비", _KO),
    ],
)
def test_an_explainer_or_outlook_headline_makes_the_measure_its_context(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the headline announces the act before the word: the measure's own story
        ("美国宣布限制对华出口AI芯片 业界关注意味着什么", _ZH),
        ("미국, 대중 AI 반도체 수출 제한 발표…파장 예고", _KO),
        ("美国限制对华出口AI芯片", _ZH),
    ],
)
def test_a_headline_that_announces_the_act_stays_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("US", "tightening"))
