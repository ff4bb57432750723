"""Round 14, Chinese (both scripts), Japanese and Korean: the classes not yet folded by module.

The round's other classes moved to ``test_reactions.py`` (a reaction told in the lead),
``test_story_genre.py`` (a transcript's question) and ``test_tense.py`` (months and
openers, Japanese copy, a media report's coming act). Here, our own words:

5. Drafts: a Taiwanese rule put to comment (征询意见); a Japanese measure decided from a
   named day.
6. What came before: "…之后，…", "…에 따른 보복", "承認したが、今回…"; a measure being
   drafted ("正制定"); a share-price headline in Korean ("장전 2% 하락").
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, main_of

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
