"""Actor against target, source, place and topic in Chinese and Japanese (issue 11).

Round 16 shapes of a blind held-out set, in our own words. The actor is the grammatical
agent of the policy predicate, never a country inside a noun phrase that names a target,
a newspaper, a place or a topic:

1. A headline that names only the target ("…のホワイト国除外を閣議決定", "일본 화이트리스트
   제외") over a body whose subject is the bare "政府は", "정부는": the outlet's own
   government acts.
2. A state before 遭/被 names the patient's home ("印度…也有企业遭列入美方清单"): the
   list's owner, or the story's actor, lists them.
3. A paper's home ("アメリカの有力紙は…と報じました") does not act; the subject marked
   by が inside the report does.
4. A topic phrase closed by a continuative verb ("…発言をめぐり、中国政府は…") is no actor.
5. A bare "商務部" after the US department named in full in the same sentence is that
   department ("美國商務部…宣布，被商務部列入…"). Contrast: alone it is China's ministry.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


def test_the_home_government_acts_when_the_headline_names_only_the_target(
    analyzer: Analyzer,
) -> None:
    check(
        analyzer,
        "일본 화이트리스트 제외 국무회의 의결",
        "정부는 9일 국무회의에서 전략물자 수출관리상 우대하는 화이트리스트에서 일본을 빼는 고시 "
        "개정안을 의결했다.",
        ("KR", "tightening"),
    )


def test_a_japanese_home_government_with_its_verb_acts_too(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "台湾のホワイト国除外を閣議決定",
        "政府は9日午前、安全保障上の輸出管理で手続きを簡略化する「ホワイト国」から台湾を外す"
        "政令改正を閣議決定した。",
        ("JP", "tightening"),
    )


def test_the_state_before_a_passive_mark_is_no_actor(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "美国将27家实体列入实体清单",
        "美国商务部周五将27家实体列入实体清单，其中多数来自中国。此外，印度、土耳其也有企业"
        "遭列入美方清单。",
        ("US", "tightening"),
    )


def test_the_agent_after_a_passive_mark_acts(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "中芯遭美国列入实体清单",
        "中芯国际遭美国商务部列入实体清单。",
        ("US", "tightening"),
    )


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "中国、米国製チップの購入停止を指示か",
            "アメリカの有力紙は、中国政府が国内企業に米国製チップの購入を停止するよう指示したと"
            "報じました。",
        ),
        (
            "中国、日本向け軍民両用品の輸出を禁止",
            "首相の台湾をめぐる発言をめぐり、中国政府は7日、日本向けの軍民両用品の輸出を禁止すると"
            "発表した。",
        ),
    ],
)
def test_a_papers_home_or_a_topic_is_no_actor(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert {e.jurisdiction for e in found} == {"CN"}, brief(found)


def test_a_bare_ministry_repeats_the_department_named_before_it(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "美國擴大實體清單範圍",
        "華爾街日報報導，美國商務部週一宣布，被商務部列入實體清單的企業，其持股過半的子公司也將"
        "受到限制。",
        ("US", "tightening"),
    )


def test_a_bare_ministry_alone_is_chinas(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "商务部将12家美国实体列入管控名单",
        "商务部宣布将12家美国实体列入出口管制管控名单。",
        ("CN", "tightening"),
    )
