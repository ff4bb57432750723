"""Round 13, Chinese (both scripts), Japanese and Korean: held-out error classes, our sentences.

1. A spokesperson's answer to ANOTHER state's new controls ("abuses export controls,
   sanctions and suppresses our industry"): the reacting state takes no measure, and the
   other state's measure is the answer's context. Contrast: a headline led by the other
   state's measure, with the reaction after it; the speaker announcing its own decision.
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

# ----------------------------------------------- 1. a reaction to another state's measure


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "商务部：美方泛化国家安全 中方将采取必要措施",
            "商务部新闻发言人表示，美方日前再次升级对华芯片出口管制，把多家中国企业列入实体清单，"
            "严重破坏市场规则。中方将采取必要措施，坚决维护自身正当权益。",
        ),
        (
            "外交部：堅決反對美方濫用出口管制打壓中企",
            "外交部發言人在例行記者會上表示，美方肆意泛化國家安全概念，對中國晶片產業實施制裁打壓，"
            "中方堅決反對，並將採取必要措施。",
        ),
        (
            "商務部、米国の新たな半導体規制に「断固反対」",
            "中国商務部の報道官は5日、米国が発表した半導体の対中輸出規制について「断固反対する」と"
            "述べた。この措置は製造装置の輸出規制をさらに厳しくし、中国企業を輸出規制リストに"
            "追加したものだと指摘した。",
        ),
        (
            "중국 상무부, 미국 반도체 수출 규제에 반대 입장",
            "중국 상무부 대변인은 6일 미국이 반도체 장비 수출 규제를 강화한 것에 대해 단호히 "
            "반대한다고 밝혔다. 이 조치는 중국 기업 수십 곳을 수출 통제 명단에 추가했다고 "
            "대변인은 지적했다.",
        ),
    ],
)
def test_a_spokesperson_reaction_is_no_measure(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)
    # The speaker's own state is credited with nothing, not even as background.
    assert not any(e.jurisdiction == "CN" for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "美國將30家陸企列入實體清單 中國商務部：堅決反對",
            "美國商務部工業與安全局周五公告，將30家中國企業列入實體清單，其中包括多家晶片設計公司。"
            "中國商務部發言人表示堅決反對，敦促美方立即糾正錯誤做法。",
            ("US", "tightening"),
        ),
        (
            "商务部回应美方制裁 宣布对美实体采取反制",
            "商务部新闻发言人表示，美方滥用出口管制，中方坚决反对。商务部决定将10家美国实体列入"
            "出口管制管控名单，禁止对其出口两用物项，自即日起实施。",
            ("CN", "tightening"),
        ),
    ],
)
def test_a_measure_in_the_lead_or_the_speaker_deciding_stays(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected, only_actor=False)


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
