"""Round 13, Chinese (both scripts), Japanese and Korean: held-out error classes, our sentences.

1. A spokesperson's answer to another state's controls: moved to ``test_reactions.py``.
2. A catch-all control revision that took effect, the sentence opened by its date
   ("2025年10月9日、日本の…見直しが施行された"): JP tightening. Contrast: a date after a
   subject ("商務部は4日、米国の事業体を…"): the state after the comma owns the object; so
   does a state owning what a measure is aimed at ("米国のエンティティーに対する措置").
3. A share-price story and a rated research report: the measure is the market's context.
4. Stopping trade under way is part of a ban ("輸出活動も即時停止"), and a review is the
   procedure of an approval ("经审查，决定…批准").
5. Recall: a Korean list addition in its past form ("목록에 추가했다").
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# --------------------------------------------- 2. a catch-all revision that took effect


def test_a_catch_all_revision_that_took_effect_is_a_japanese_tightening(
    analyzer: Analyzer,
) -> None:
    check(
        analyzer,
        "キャッチオール規制の見直し、本日から適用",
        "2025年10月9日、日本の補完的輸出規制の見直しが施行された。汎用品でも用途に懸念が"
        "あれば経済産業大臣への許可申請が義務付けられる。",
        ("JP", "tightening"),
    )


def test_a_date_after_a_subject_leaves_the_object_owner_no_actor(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "中国商務部は4日、米国の12事業体を輸出規制対象リストに追加すると発表した。",
    )
    assert any(e.primary and e.jurisdiction == "CN" for e in found), brief(found)
    assert not any(e.jurisdiction == "US" for e in found), brief(found)


def test_the_owner_of_a_measures_target_is_no_actor(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "中国、米10事業体の輸出管理措置を解除",
        "協議の合意を履行するため、中国は11月10日付で、10の米国のエンティティーに対する"
        "関連措置を解除した。",
    )
    assert any(e.primary and e.jurisdiction == "CN" for e in found), brief(found)
    assert not any(e.jurisdiction == "US" for e in found), brief(found)


def test_a_state_before_another_states_target_stays_the_actor(analyzer: Analyzer) -> None:
    check(analyzer, "", "日本の韓国に対する輸出規制が強化された。", ("JP", "tightening"))


# ------------------------------------------ 3. share prices and rated research reports


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "半導体関連株が軒並み安、米の対中規制強化報道を嫌気",
            "半導体製造装置株が朝から売られた。米政権が同盟国に対中輸出規制の強化を求めると"
            "報じられ、中国売上高の比率が高い銘柄に売りが広がった。",
        ),
        (
            "电子行业点评：美国升级芯片出口管制，国产替代加速",
            "证券研究报告，评级：推荐（维持）。美国近日出台对华AI芯片出口限制新规，短期或影响"
            "部分厂商供货，中长期国产算力自主可控大势所趋。",
        ),
    ],
)
def test_a_market_story_or_research_report_is_context(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_a_measure_headline_without_a_market_cue_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "米商務省、中国企業20社を輸出規制リストに追加",
        "米商務省は12日、中国の半導体関連企業20社をエンティティーリストに追加したと発表した。",
        ("US", "tightening"),
    )


# ------------------------------------------------ 4. stopping trade, a review


def test_stopping_trade_under_way_is_part_of_the_ban(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "中国、米企業5社への両用品目輸出を禁止",
        "中国商務部は5社を輸出管理リストに追加すると決めた。5社への両用品目の輸出を禁止し、"
        "現在実施中の輸出活動も即時停止する。",
    )
    assert any(e.primary and e.direction == "tightening" for e in found), brief(found)
    assert not any(e.direction == "easing" for e in found), brief(found)


def test_a_review_before_an_approval_is_no_investigation(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "市场监管总局附条件批准芯片企业收购案",
        "市场监管总局发布公告，经审查，决定附加限制性条件批准某芯片企业收购另一家芯片设计公司。",
    )
    assert any(e.primary and e.action == "approve" for e in found), brief(found)
    assert not any(e.action == "investigate" for e in found), brief(found)


def test_an_investigation_opened_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "市场监管总局对某芯片企业立案调查",
        "市场监管总局依法对某美国芯片企业涉嫌违反反垄断法立案调查。",
        ("CN", "tightening"),
    )


# ------------------------------------------------------- 5. a Korean list addition


def test_a_korean_list_addition_in_the_past_is_read(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "미 상무부, 중국 기관 수출통제",
        "미국 상무부는 9일 중국 기관 20곳을 수출 통제 대상 목록에 추가했다.",
        ("US", "tightening"),
    )


def test_a_controlled_class_addition_stays_a_licence_duty(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "",
        "산업통상자원부는 반도체 장비 5종을 전략물자에 추가했다.",
        ("KR", "tightening"),
    )
