"""Dates and tense in Chinese, Japanese and Korean (``tense.py``), own sentences.

Written in issue 11's round 14 (was in ``test_detect_round14_cjk.py``):

1. Months and opening time phrases ("去年10月，…", "今年6月已将…") date an earlier act.
2. Japanese TV copy: a polite progressive after "と発表" is the report's, not a standing
   rule.
3. A media report's coming act ("《路透》報導，台灣將…收緊"); contrast: a decision the
   report relays.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, main_of

# --------------------------------------------------------------- 3. months and openers


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("去年10月,美国出台了对华先进芯片出口管制措施。", "2023-06-24"),
        ("2022年,美国商务部禁止美国企业向中国先进芯片工厂供应设备。", "2024-03-29"),
        ("据报道，今年6月台湾已将两家大陆芯片企业列入出口管制实体名单。", "2025-11-18"),
        ("中国政府は8月からガリウムの輸出規制を強化した。", "2023-11-20"),
    ],
)
def test_an_earlier_month_or_an_opening_time_phrase_makes_background(
    analyzer: Analyzer, body: str, day: str
) -> None:
    found = dated(analyzer, "", body, day)
    assert found, "the act is still read, as background"
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("body", "day", "expected"),
    [
        ("中国商務省は3日、8月1日からガリウムの輸出を規制すると発表した。", "2023-07-04", "CN"),
        ("商务部宣布，自明年1月起对相关物项实施出口管制。", "2024-12-20", "CN"),
        (
            "経済産業省は、1月から先端半導体製造装置の輸出を許可制にすると発表した。",
            "2023-12-20",
            "JP",
        ),
    ],
)
def test_a_coming_month_stays_news(analyzer: Analyzer, body: str, day: str, expected: str) -> None:
    found = dated(analyzer, "", body, day)
    assert (expected, "tightening") in main_of(found), brief(found)


# ------------------------------------------------------------------- 4. Japanese copy


def test_a_polite_progressive_after_a_verb_of_saying_is_no_standing_rule(
    analyzer: Analyzer,
) -> None:
    found = dated(
        analyzer,
        "",
        "中国国家市場監督管理総局は9日、米半導体大手エヌビディアに対する調査を始めたと発表しています。",
        "2024-12-10",
    )
    assert main_of(found) == {("CN", "tightening")}, brief(found)


def test_a_standing_restriction_stays_no_act(analyzer: Analyzer) -> None:
    found = dated(analyzer, "", "中国は半導体材料の輸出を規制している。", "2024-12-10")
    assert not main_of(found), brief(found)


def test_a_firm_in_corner_brackets_is_the_target(analyzer: Analyzer) -> None:
    found = dated(analyzer, "", "中国当局は「エヌビディア」に対する調査を始めた。", "2024-12-10")
    assert ("CN", "tightening") in main_of(found), brief(found)


def test_a_chinese_government_word_is_no_japanese_home(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "",
        "國科會公布關鍵技術清單，未來受政府資助的涉密人員赴中國大陸需申請許可。",
        "2023-12-06",
    )
    assert not any(e.jurisdiction == "JP" for e in found), brief(found)


# ------------------------------------------------------- 7. a media report's coming act


def test_a_media_reports_coming_act_is_a_plan(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "",
        "《路透》報導，台灣將進一步收緊對先進半導體設備的出口管制。",
        "2025-11-18",
    )
    assert not main_of(found), brief(found)


def test_a_decision_relayed_by_a_report_stays(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "",
        "据新华社报道，商务部宣布将对镓相关物项实施出口管制。",
        "2023-07-03",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)
