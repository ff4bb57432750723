"""A standing rule restated by an official is no new measure (issue 11, round 28b).

An official says an existing rule will apply to a new case ("to apply its rule to the
firm's new plant"), that the ministry acts by habit under it ("也會依此限制…"), or that a
grant follows only its condition ("場合に限り…許可"): the measure is the rule in force,
background of the story. Contrasts: a new rule, a past application by a state, a grant
given and a plain restriction stay the day's news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Taiwan to apply its 'N-2' rule to chipmaker's Arizona plant, minister says",
            'Taiwan will apply the existing "N-2" regulation to the chipmaker\'s new overseas '
            "fab, the economy minister told lawmakers on Tuesday.",
        ),
        (
            "Taiwan says its N-1 rule applies to chipmaker's Arizona fab",
            "Taiwan's economy minister said the rule limiting exports of the newest chip "
            "processes applies to the chipmaker's Arizona fab as well.",
        ),
        (
            "台積電赴日設廠 國科會：依規範審查",
            "國科會副主委表示，政府已訂有關鍵技術清單，經濟部也會依此限制相關製程與技術出口。",
        ),
        (
            "台积电赴日设厂 国科会：依规范审查",
            "国科会副主委表示，政府已订有关键技术清单，经济部也会根据这个规定限制相关制程与技术出口。",
        ),
        (
            "台湾経済相、TSMCの米工場に「N-2」ルールを適用へ",
            "台湾の経済相は議会で、既存の「N-2」ルールをTSMCの米国工場にも適用し、"
            "最先端の製造技術の輸出を制限すると述べた。",
        ),
        (
            '대만 "TSMC 미국 공장에도 N-2 원칙 적용"',
            "대만 경제부 장관은 기존 N-2 원칙을 TSMC 미국 공장에도 적용해 최첨단 반도체 공정 "
            "기술의 수출을 제한한다고 밝혔다.",
        ),
        (
            "台湾経済部、海外工場の基準を説明",
            "経済部は、二世代前の製造技術である場合に限り輸出を許可すると説明した。",
        ),
    ],
    ids=[
        "en-apply-to",
        "en-applies-to",
        "zh-hant-habit",
        "zh-hans-habit",
        "ja-apply",
        "ko-apply",
        "ja-condition",
    ],
)
def test_a_standing_rule_applied_or_conditioned_is_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert found, "the rule's measure is still read, as background"
    assert not any(e.primary for e in found), brief(found)
    assert all("background:standing" in e.rule for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Taiwan to apply new rule to chip exports",
            "Taiwan will apply a new rule to exports of advanced chips to China from next "
            "month, the ministry said.",
        ),
        (
            "US applied foreign direct product rule to Huawei chips",
            "The Commerce Department restricted exports of chips to Huawei and applied the "
            "foreign direct product rule to the company's suppliers.",
        ),
        (
            "經濟部限制先進製程技術出口",
            "經濟部今天宣布，即日起限制16奈米以下先進製程技術出口，違者將受罰。",
        ),
        (
            "网信办：美光产品未通过网络安全审查",
            "网络安全审查办公室据此依法作出不予通过网络安全审查的结论，关键信息基础设施运营者应停止采购美光产品。",
        ),
        ("台湾、先端製造技術の輸出を規制", "台湾政府は先端製造技術の輸出を規制すると発表した。"),
        (
            "대만, 첨단 공정 기술 수출 제한",
            "대만 정부는 첨단 반도체 공정 기술의 수출을 제한한다고 발표했다.",
        ),
        (
            "대만, TSMC 기술 수출 허가",
            "대만 경제부는 TSMC의 미국 공장 기술 수출을 허가했다고 밝혔다.",
        ),
    ],
    ids=[
        "en-new-rule",
        "en-past-applied",
        "zh-new",
        "zh-decision-under-rule",
        "ja-new",
        "ko-new",
        "ko-grant",
    ],
)
def test_a_new_rule_a_past_application_or_a_grant_stays_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert any(e.primary for e in found), brief(found)
