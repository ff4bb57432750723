"""Dates and tense in Chinese, Japanese and Korean (``tense.py``), own sentences.

Written in issue 11's round 14 (was in ``test_detect_round14_cjk.py``):

1. Months and opening time phrases ("去年10月，…", "今年6月已将…") date an earlier act.
2. Japanese TV copy: a polite progressive after "と発表" is the report's, not a standing
   rule.
3. A media report's coming act ("《路透》報導，台灣將…收緊"); contrast: a decision the
   report relays.

From rounds 9 and 11 (were in ``test_detect_round9.py``, ``test_detect_round11.py``): a
Chinese time phrase inside a relative clause, a named day weeks before publication; a
Japanese report from a letter or sources in the non-past is coming, a plan headline
makes a non-past body a plan.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, dated, main_of

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


# ------------------- a Chinese time phrase inside a relative clause dates that clause


def test_time_phrase_inside_a_relative_clause(analyzer: Analyzer) -> None:
    body = "英伟达就此前获美国批准出口的H20芯片，被国家网信办约谈。"
    check(analyzer, "", body, ("CN", "tightening"))


def test_time_phrase_before_the_verb_stays_background(analyzer: Analyzer) -> None:
    body = "国家网信办此前约谈了英伟达，要求说明H20芯片的安全风险。"
    check(analyzer, "", body, None)


# ------------------- a day named weeks before publication dates an earlier act (CJK)


@pytest.mark.parametrize(
    "published, primary",
    [(datetime(2025, 11, 9, tzinfo=UTC), False), (datetime(2025, 10, 2, tzinfo=UTC), True)],
)
def test_a_named_day_weeks_before_publication(
    analyzer: Analyzer, published: datetime, primary: bool
) -> None:
    body = "今年9月30日，荷兰政府援引紧急法律接管了安世半导体。"
    tagged = analyzer.tagger.tag("", body)
    found = analyzer.detector.detect("", body, tagged, published=published)
    assert [e.primary for e in found if e.jurisdiction == "NL"] == [primary], brief(found)


def test_a_coming_day_is_no_earlier_act(analyzer: Analyzer) -> None:
    body = "商务部宣布，自12月1日起对相关物项实施出口管制。"
    tagged = analyzer.tagger.tag("", body)
    found = analyzer.detector.detect("", body, tagged, published=datetime(2025, 11, 9, tzinfo=UTC))
    assert any(e.primary and e.jurisdiction == "CN" for e in found), brief(found)


# ------------- a Japanese report from a letter, an email or sources, in the non-past


@pytest.mark.parametrize(
    "body",
    [
        "業界団体の書簡によると、新たな規則で中国の半導体企業約100社が米商務省のリストに"
        "掲載され、米企業はこれらへの出荷を禁じられる。",
        "会員向けのメールによると、米商務省は中国の半導体企業約50社をエンティティーリストに追加する。",
    ],
)
def test_a_sourced_report_in_the_non_past_is_coming(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_sourced_report_in_the_past_is_news(analyzer: Analyzer) -> None:
    # contrast: the report tells what was done
    body = "米紙の報道によると、米商務省は2日、中国向けの製造装置の輸出を禁止した。"
    check(analyzer, "", body, ("US", "tightening"))


def test_a_rule_described_in_the_non_past_without_a_source_stays(analyzer: Analyzer) -> None:
    # contrast: the ministry's own rule, with its date, no letter or sources
    body = "経済産業省は23日から、先端半導体の製造装置の輸出に個別の許可を必要とする。"
    check(analyzer, "", body, ("JP", "tightening"))


# ------------- a Japanese headline heading for a measure, its body in the non-past


def test_a_plan_headline_makes_the_non_past_body_a_plan(analyzer: Analyzer) -> None:
    title = "半導体製造装置の輸出管理強化へ 経産省"
    body = (
        "経済産業省は10日、外為法の省令を改めると発表した。\n\n"
        "軍事転用を防ぐため、輸出に許可が必要な装置の範囲を広げる。秋に施行する予定。"
    )
    check(analyzer, title, body, None)


def test_a_plain_headline_keeps_the_non_past_body(analyzer: Analyzer) -> None:
    # contrast: the same body under a headline stating the act
    title = "半導体製造装置の輸出管理を強化 経産省"
    body = "経済産業省は20日から、輸出に許可が必要な装置の範囲を広げる。"
    check(analyzer, title, body, ("JP", "tightening"))
