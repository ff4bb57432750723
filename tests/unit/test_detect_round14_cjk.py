"""Round 14, Chinese (both scripts), Japanese and Korean: a fifth scratch set's classes, our words.

1. A reaction whose stance comes only in the lead's later sentences, under a headline that
   names the speaker: the other state's measure is context, the speaker's state gets
   nothing. Contrast: a measure's own story with a reaction in its second sentence; the
   speaker's own decision.
2. A transcript's question paragraph ("【記者】…", "问：…") and Japanese question shapes
   ("…に関する質問に", "…について質問を受け"). Contrast: the acting agency's answer.
3. Dates: a time phrase opening the sentence before a comma ("去年10月，…", "2022年，…"),
   and a month two or more months before publication ("今年6月已将…", "8月から…強化した").
   Contrast: a coming month ("8月1日から…規制する" in July, "明年1月起"), a bare month
   far back that is the coming January.
4. Japanese copy: a polite progressive after "と発表" is the report's, not a standing rule;
   a firm in corner brackets ("「エヌビディア」に対する"); SAMR in shinjitai (総局); a
   Chinese "政府" is no Japanese home government.
5. Drafts: a Taiwanese rule put to comment (征询意见); a Japanese measure decided from a
   named day beside a public comment on another one. Contrast: a draft alone.
6. What came before: "…之后，…", "…에 따른 보복", "承認したが、今回…"; a measure being
   drafted ("正制定"); a share-price headline in Korean ("장전 2% 하락").
7. A media report's coming act ("《路透》報導，台灣將…收緊"). Contrast: a decision the
   report relays ("据…报道，商务部宣布将对…").
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.article import PolicyEvent
from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief


def dated(analyzer: Analyzer, title: str, body: str, day: str) -> list[PolicyEvent]:
    """The events of one article published on ``day`` (YYYY-MM-DD)."""
    tagged = analyzer.tagger.tag(title, body)
    when = datetime.fromisoformat(day).replace(tzinfo=UTC)
    return analyzer.detector.detect(title, body, tagged, published=when)


def main_of(found: list[PolicyEvent]) -> set[tuple[str, str]]:
    """(jurisdiction, direction) of the main events."""
    return {(e.jurisdiction, e.direction) for e in found if e.primary}


# --------------------------------------------- 1. a reaction told in the lead's later part


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "中 상무부 대변인, 美 반도체 장비 규정 개정 관련 입장 밝혀",
            "미국 상무부가 반도체 장비 수출 통제 규정을 개정했다고 최근 발표했다. 이와 관련해 "
            "중국 상무부 대변인은 2일 정례 브리핑에서 관련 동향을 주시하고 있다고 말했다. "
            "대변인은 이어 중국은 이에 단호히 반대한다고 강조했다.",
        ),
        (
            "商务部新闻发言人就美方修订芯片出口管制规则答记者问",
            "美国商务部日前宣布修订对华半导体出口管制规则。商务部新闻发言人在例行记者会上回应称，"
            "注意到有关情况。发言人表示，中方对此坚决反对，将采取必要措施维护企业正当权益。",
        ),
    ],
)
def test_a_reaction_whose_stance_comes_later_in_the_lead_is_no_measure(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = dated(analyzer, title, body, "2024-04-03")
    assert not main_of(found), brief(found)
    assert not any(e.jurisdiction == "CN" for e in found), brief(found)


def test_a_measure_story_with_a_reaction_second_stays(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "美国将12家中国芯片企业列入实体清单",
        "美国商务部周一宣布，将12家中国芯片企业列入实体清单。中国商务部发言人表示坚决反对。",
        "2024-12-03",
    )
    assert ("US", "tightening") in main_of(found), brief(found)


def test_the_speakers_own_decision_in_the_lead_stays(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "商务部发言人就出口管制有关问题答记者问",
        "商务部发言人表示，注意到美方近期有关动向。发言人指出，中方对此坚决反对。商务部决定将"
        "10家美国实体列入出口管制管控名单，自即日起实施。",
        "2025-01-02",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)


# ----------------------------------------------------- 2. a transcript's question paragraph


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "外交部定例会見",
            "【記者】報道によると、米国は先週、対中半導体輸出規制をさらに強化した。中国側の"
            "コメントは。\n【報道官】中国は一貫してこうしたやり方に反対している。",
        ),
        (
            "商务部例行新闻发布会",
            "问：美方近日宣布对更多中国企业实施出口管制，请问商务部有何评论？\n答：我们注意到"
            "有关情况，中方将密切关注事态发展。",
        ),
        (
            "外務省報道官会見",
            "外務省の報道官は3日の会見で、日本が半導体製造装置の輸出規制を強化したことに関する"
            "質問に答えた。",
        ),
    ],
)
def test_a_measure_in_a_reporters_question_is_no_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = dated(analyzer, title, body, "2024-12-04")
    assert not main_of(found), brief(found)


def test_the_agencys_answer_in_a_transcript_stays(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "市场监管总局有关负责人答记者问",
        "问：近日，市场监管总局对一家芯片公司立案调查，请介绍具体情况。\n答：该公司未依法申报"
        "经营者集中，我局依法对其立案调查。",
        "2025-10-12",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)


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


# --------------------------------------------------------------------------- 5. drafts


def test_a_rule_put_to_comment_in_traditional_script_is_a_draft(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "路透：台灣擬收緊雙用途技術出口管制",
        "《路透》報導，台灣將進一步收緊對雙用途技術的出口管制，範圍涵蓋先進半導體設備。經濟部"
        "將啟動為期60天的檢視期，徵詢相關產業意見，之後公布最終規則。",
        "2025-11-18",
    )
    assert not main_of(found), brief(found)


def test_a_measure_from_a_named_day_beside_a_public_comment_stays(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "経産省、韓国向け半導体材料の輸出管理を厳格化",
        "経済産業省は1日、半導体材料3品目を7月4日より包括輸出許可の対象から除外することを"
        "発表した。\nまた、ホワイト国からの除外に向けて7月1日から24日までパブリックコメントを"
        "募集する。",
        "2019-07-01",
    )
    assert ("JP", "tightening") in main_of(found), brief(found)


def test_a_draft_alone_stays_a_draft(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "経産省、半導体製造装置の輸出管理強化案を公表",
        "経済産業省は、半導体製造装置23品目を輸出管理の対象に追加する省令案を発表し、"
        "パブリックコメントの募集を開始した。",
        "2023-03-31",
    )
    assert not main_of(found), brief(found)


# ----------------------------------------------------------------- 6. what came before


@pytest.mark.parametrize(
    ("title", "body", "day"),
    [
        ("", "美国政府13日正式批准英伟达向中国销售H200芯片之后,出现了这项最新进展。", "2026-01-15"),
        ("", "이번 조치는 앞선 미국의 반도체 규제 강화에 따른 보복 조치다.", "2023-07-05"),
        (
            "",
            "当局はエヌビディアが中国企業を差別しないことを条件に承認したが、今回、同社が条件に"
            "違反したと判断した。",
            "2025-09-17",
        ),
        ("知情人士：美国正制定禁止接收关键设备的中国芯片厂名单", "", "2024-03-29"),
        (
            "엔비디아, 中 반독점 조사 확대에 장전 2% 하락",
            "엔비디아가 중국 시장규제당국의 반독점 조사 연장 소식에 장전 거래에서 2% 하락했다. "
            "이번 조사는 엔비디아의 멜라녹스 인수와 관련된 것이다.",
            "2025-09-15",
        ),
    ],
)
def test_what_came_before_or_is_only_drafted_is_no_news(
    analyzer: Analyzer, title: str, body: str, day: str
) -> None:
    found = dated(analyzer, title, body, day)
    assert not main_of(found), brief(found)


def test_a_decision_after_a_review_stays(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "",
        "商务部在审查之后决定对相关美国企业实施出口管制。",
        "2025-01-02",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)


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
