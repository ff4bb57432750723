"""A deliberation verb in a reported headline, Chinese (issue 11, round 24).

Own sentences. "华府据报研究将…列入实体清单", "美國據報評估對中國晶片加徵關稅", "華府研議擴大
…出口管制": a state said, on a report, to be studying, weighing or deliberating a measure
has not taken it; the verb of deliberation stands before the headline's verb as 考虑 and
研拟 did (``leak_headline_modals``: 研究, 研议, 评估), and the short Hong Kong and Taiwan
form of "reportedly", 据报 (據報), is a report as 据报道 is (``leak_attributions``). The
same class in Japanese (検討), Korean (검토) and English ("reportedly weighs") was read
already and is kept covered here. The Chinese cases read the measure as news before the
words were added (the first and third; the second was read as nothing already). The
contrasts stay news: an act done, "研究" as the noun of a report's name, a reported act
in force.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "华府据报研究将8家中企列入实体清单",
            "据彭博社报道，美国政府正研究把8家中国芯片企业列入实体清单。消息人士称名单尚未确定。",
        ),
        (
            "美國據報評估對中國晶片加徵關稅",
            "據路透社報道，美國政府正評估對中國製造的晶片加徵關稅，消息人士稱尚未作出決定。",
        ),
        (
            "華府研議擴大對華晶片出口管制",
            "據彭博社報道，美國商務部正研議擴大對中國的晶片出口管制。",
        ),
        (
            "米政府、中国企業8社のエンティティーリスト追加を検討",
            "ブルームバーグ通信によると、米政府は中国の半導体企業8"
            "社をエンティティーリストに追加することを検討している。",
        ),
        (
            "미국, 중국 기업 8곳 블랙리스트 추가 검토",
            "블룸버그통신에 따르면 미국 정부는 중국 반도체 기업 8"
            "곳을 수출 통제 명단에 추가하는 방안을 검토하고 있다.",
        ),
        (
            "US reportedly weighs adding eight Chinese chip firms to entity list",
            "The US is considering adding eight Chinese chipmakers to its entity list, "
            "Bloomberg reported, citing people familiar with the matter.",
        ),
    ],
)
def test_a_reported_deliberation_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("美国将8家中企列入实体清单", "美国商务部周一宣布将8家中国芯片企业列入实体清单。"),
        (
            "美国商务部研究报告:将8家中企列入实体清单",
            "美国商务部周一宣布将8家中国芯片企业列入实体清单。",
        ),
        (
            "据报美国将8家中企列入实体清单 已于周一生效",
            "美国商务部周一宣布将8家中国芯片企业列入实体清单，即日起生效。",
        ),
    ],
)
def test_an_act_done_stays_news(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, ("US", "tightening"))
