"""Briefings (``briefing.py``), own sentences: a spokesperson's stance, unconfirmed reports.

A briefing story whose headline states no act restates a stance unless an answer states
a decision; acts sourced to reports an official would not confirm are reports. Written in
issue 11's round 10.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------------------------------ a briefing's stance is no act, its announcement is


@pytest.mark.parametrize(
    "title, body, expected",
    [
        ("商务部：铟出口管制不针对特定国家",
         "商务部22日召开例行新闻发布会。有记者问：近期商务部发布了对铟实施出口管制的公告，"
         "能否介绍原因？\n\n发言人回应称，铟具有明显的军民两用属性，中国借鉴国际通行做法，"
         "并根据自身需要实施管制。", None),
        ("Ministry spokesman on antimony controls",
         "At a regular briefing on Thursday, the spokesman said China follows international "
         "practice and implements export controls on antimony as it needs.", None),
        # contrasts: a briefing that announces the measure, a stance after the act
        ("商务部答记者问",
         "商务部22日召开例行新闻发布会。发言人表示，中方借鉴国际通行做法，决定自即日起对铟"
         "相关物项实施出口管制。", ("CN", "tightening")),
        ("Beijing moves on antimony",
         "In line with international practice, China on Thursday imposed export controls on "
         "antimony.", ("CN", "tightening")),
        ("Beijing moves on antimony",
         "China imposed export controls on antimony on Thursday, saying they are not aimed at "
         "any country.", ("CN", "tightening")),
    ],
)  # fmt: skip
def test_a_briefings_stance_is_no_act(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)
    if expected is None:  # still read, as context
        found = events(analyzer, title, body)
        assert any("background:stance" in e.rule for e in found), brief(found)


# ------------------------ acts sourced to reports an official would not confirm


@pytest.mark.parametrize(
    "title, body, expected",
    [
        ("外交部：各方應共同維護產供鏈穩定",
         "在外交部22日的例行記者會上，有記者就此提問。\n\n發言人並未證實或否認有關報導。"
         "\n\n據報導，北京近期向多家企業發函，勸阻在政府相關用途中使用H20。", None),
        ("Foreign ministry sidesteps question on Nvidia chips",
         "Asked at a regular briefing about reports that Beijing had told companies to avoid "
         "the H20, the spokeswoman did not confirm them.\n\nBeijing has sent letters to several "
         "firms discouraging use of the H20, according to reports.", None),
        # contrasts: a wire's own sources are not retold reports, and reports of the act
        # that nobody refused to confirm stay news
        ("Regulators act on H20",
         "Chinese regulators have told firms to halt purchases of the H20, people familiar with "
         "the matter said. The commerce ministry did not confirm the guidance.",
         ("CN", "tightening")),
        ("中国劝阻企业使用H20",
         "據報導，北京近期向多家企業發函，勸阻在政府相關用途中使用H20。\n\n外交部未回應置評"
         "請求。", ("CN", "tightening")),
        ("China discourages H20 purchases",
         "Beijing has sent letters to several firms discouraging use of the H20, according to "
         "reports. The foreign ministry declined to comment.", ("CN", "tightening")),
    ],
)  # fmt: skip
def test_acts_sourced_to_reports_an_official_left_unconfirmed_are_reports(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)
    if expected is None:
        found = events(analyzer, title, body)
        assert any("background:unconfirmed" in e.rule for e in found), brief(found)


# ---------- round 26 (issue 11): a regime administered "according to laws and regulations"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "商务部：正依法依规审查锑相关物项的出口许可申请",
            "商务部新闻发言人表示，中国对锑相关物项实施出口管制，目前正在审查企业提交的申请。",
        ),
        ("中国政府依法依规开展镓相关物项出口管制工作", ""),
        (
            "Ministry says it handles gallium export controls in accordance with laws and "
            "regulations",
            "China imposes export controls on gallium products to safeguard national security, "
            "the spokesperson said.",
        ),
        (
            "経済産業省、半導体材料の輸出管理を法令に基づき適切に運用",
            "日本政府は韓国向けの半導体材料の輸出規制を強化した。",
        ),
        (
            "산업부, 법과 규정에 따라 반도체 소재 수출통제 운영",
            "정부는 반도체 소재의 대중국 수출통제를 강화했다.",
        ),
    ],
)
def test_a_regime_administered_under_the_law_is_no_new_measure(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # contrasts: a grant reported under the same formula; the formula in a body only
        (
            "商务部：已依法依规批准部分镓出口申请",
            "商务部新闻发言人表示，已依法依规批准了若干符合规定的镓相关物项出口申请。",
            ("CN", "easing"),
        ),
        (
            "China imposes export controls on gallium",
            "China's commerce ministry said on Monday it will impose export controls on gallium "
            "products in accordance with laws and regulations from August 1.",
            ("CN", "tightening"),
        ),
    ],
)
def test_a_grant_or_a_new_measure_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
