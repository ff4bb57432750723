"""Who acts, round 39 (issue 11): states that are targets, places, name parts or referents.

Shapes of real news, in our own words: a state inside a firm's descriptor ("中国の華為技術を
…追加した"); a place joined to another by "or" in a relative clause on the targets ("중국이나
마카오에 소재한 업체"); a nominative state inside a purpose clause that opens a Korean or
Japanese lead ("중국이 …을 막기 위한 목적으로 미국 상무부는 …"); a bare ministry that
repeats a qualified one named in an earlier sentence ("美国商务部…。商务部将华为列入…");
leaders and administrations written in Korean and Japanese script ("바이든 정부는 …").
A state that is the subject keeps its act.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of

# --- a state inside the target's name or descriptor ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "米商務省は中国の華為技術をエンティティリストに追加すると発表した。",
        "米商務省は中国のファーウェイと関連会社の数十社をエンティティリストに追加した。",
        "미국 상무부는 중국의 화웨이를 엔티티 리스트에 올렸다.",
        "美国商务部将中国华为技术有限公司及其数十家关联公司列入实体清单。",
        "The Commerce Department added China's Huawei and dozens of its affiliates to the "
        "entity list.",
    ],
)
def test_a_state_in_the_targets_descriptor_does_not_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Entity list", body)
    assert main_of(found) == {("US", "tightening")}, brief(found)


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        # the possessive goes on with a noun: the state authors the measure
        ("미국의 화웨이 중국 수출 통제 발표", "", "US"),
        # a quote opens after the state: its words, not a name part
        (
            '대만 "TSMC 미국 공장에도 N-2 원칙 적용"',
            "대만 경제부 장관은 기존 N-2 원칙을 TSMC 미국 공장에도 적용해 최첨단 공정 기술의 "
            "수출을 제한한다고 밝혔다.",
            None,
        ),
        # the state is the subject
        ("出口管制", "中国商务部对镓、锗相关物项实施出口管制。", "CN"),
    ],
)
def test_a_state_before_a_firm_that_is_no_object_keeps_its_role(
    analyzer: Analyzer, title: str, body: str, state: str | None
) -> None:
    found = events(analyzer, title, body)
    if state is None:  # the standing rule is background; its state is still read
        assert {e.jurisdiction for e in found} == {"TW"}, brief(found)
    else:
        assert {j for j, _ in main_of(found)} == {state}, brief(found)


# --- a place in a relative clause on the targets ------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "미국은 중국이나 마카오에 본사를 둔 기업에 대한 첨단 반도체 수출을 금지했다.",
        "미국은 모기업이 중국이나 마카오에 소재한 업체에 대한 첨단 반도체 수출을 금지했다.",
        "米国は中国やマカオに本社を置く企業への先端半導体の輸出を禁止した。",
        "美国禁止向母公司位于中国或澳门的公司出口先进芯片。",
        "Die USA verbieten den Export von KI-Chips an Firmen mit Sitz in China oder Macau.",
        "The US banned exports of advanced chips to firms headquartered in China or Macau.",
    ],
)
def test_the_targets_place_does_not_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Export rule", body)
    assert {j for j, _ in main_of(found)} == {"US"}, brief(found)


def test_a_korean_state_with_its_subject_particle_still_acts(analyzer: Analyzer) -> None:
    # "이" marks the subject; only "이나" ("or") joins two places
    found = events(analyzer, "수출 통제", "중국이 갈륨과 게르마늄의 수출을 금지했다.")
    assert {j for j, _ in main_of(found)} == {"CN"}, brief(found)


# --- a nominative state inside a purpose clause opening the lead ---------------------


@pytest.mark.parametrize(
    "body",
    [
        "중국이 첨단 반도체를 군사적으로 활용하는 것을 막기 위한 목적으로 미국 상무부는 "
        "수출 규제를 강화했다.",
        "중국이 첨단 반도체를 확보하는 것을 겨냥해 미국 상무부는 수출 규제를 강화했다.",
        "中国が先端半導体を軍事転用するのを防ぐ狙いで、米商務省は輸出規制を強化した。",
        "为阻止中国获得先进芯片,美国商务部收紧出口管制。",
    ],
)
def test_the_subject_of_a_purpose_clause_does_not_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Chips", body)
    assert {j for j, _ in main_of(found)} == {"US"}, brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "수출 규제",
            "중국이 첨단 반도체를 확보하는 것을 겨냥해 미국 상무부는 수출 규제를 강화했다.",
        ),
        (
            "수출 규제",
            "중국이 첨단 반도체를 군사적으로 활용하는 것을 막기 위한 목적으로 미국 상무부는 "
            "수출 규제를 강화했다.",
        ),
        ("輸出規制", "中国が先端半導体を入手するのを防ぐ目的で、米政府は輸出規制を強化した。"),
    ],
)
def test_a_headlines_implied_actor_is_the_leads_topic(
    analyzer: Analyzer, title: str, body: str
) -> None:
    # the headline names no state: its act takes the lead's subject, not the purpose's
    found = events(analyzer, title, body)
    assert {j for j, _ in main_of(found)} == {"US"}, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "미국 상무부는 대중 수출 규제를 강화했다. 이번 조치는 중국이 군사력을 강화하는 것을 "
        "막으려는 목적이다.",
        "米商務省は対中輸出規制を強化した。この措置は、中国が軍事力を強化する取り組みを阻止する"
        "狙いがある。",
        "美国商务部收紧芯片出口管制。此举旨在阻止中国获得先进芯片。",
    ],
)
def test_a_purpose_told_after_the_act_does_not_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "규제", body)
    assert {j for j, _ in main_of(found)} == {"US"}, brief(found)


def test_a_state_that_aims_at_another_keeps_its_act(analyzer: Analyzer) -> None:
    # the nominative state is the sentence's only subject: no topic follows the aim
    found = events(analyzer, "수출 통제", "중국이 미국을 겨냥해 갈륨 수출을 금지했다.")
    assert "CN" in {j for j, _ in main_of(found)}, brief(found)


# --- a bare ministry repeats the qualified one named earlier -------------------------


@pytest.mark.parametrize(
    "body",
    [
        "美国商务部周五发布声明。商务部将华为列入实体清单。",
        "美國商務部週五發布聲明。商務部將華為列入實體清單。",
        "美国商务部周五发布新规。自从商务部把华为加入实体清单后,华为无法采购芯片。",
        "米商務省は声明を出した。商務省はファーウェイをエンティティリストに追加した。",
        "미국 상무부는 새 규칙을 발표했다. 상무부는 화웨이를 엔티티 리스트에 추가했다.",
    ],
)
def test_a_bare_ministry_repeats_the_earlier_qualified_one(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "实体清单", body)
    assert "US" in {j for j, _ in main_of(found)}, brief(found)
    assert "CN" not in {j for j, _ in main_of(found)}, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        # no qualified mention before: the bare name keeps its own state
        "商务部对镓、锗相关物项实施出口管制。",
        # the last qualified mention is China's
        "美国商务部上周发布新规。中国商务部随后宣布对镓锗实施出口管制。商务部表示,管制自8月1日起实施。",
    ],
)
def test_a_bare_ministry_with_no_other_owner_keeps_its_state(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "出口管制", body)
    assert {j for j, _ in main_of(found)} == {"CN"}, brief(found)


# --- leaders and administrations in Korean and Japanese script -----------------------


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("바이든 정부는 중국에 대한 첨단 반도체 수출 규제를 발표했다.", "US"),
        ("바이든 행정부는 첨단 반도체 장비의 중국 수출을 금지했다.", "US"),
        ("トランプ政権はエヌビディアH20の対中輸出を禁止した。", "US"),
        ("バイデン大統領は対中半導体輸出規制を発表した。", "US"),
        ("岸田首相は半導体製造装置の対中輸出規制を発表した。", "JP"),
        ("川普宣布禁止輝達H20晶片出口中國。", "US"),
        # the home government still acts when it is the subject
        ("한국 정부는 일본을 화이트리스트에서 제외했다.", "KR"),
    ],
)
def test_leaders_in_cjk_script_act_for_their_state(
    analyzer: Analyzer, body: str, state: str
) -> None:
    found = events(analyzer, "수출 규제", body)
    assert {j for j, _ in main_of(found)} == {state}, brief(found)


# --- the other party of a meeting ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "特朗普与习近平会面后宣布允许美国企业向华为出售芯片。",
        "在与习近平会晤后,特朗普宣布放宽对华芯片出口限制。",
        "Trump eased chip export curbs on China after talks with Xi Jinping.",
        "Nach dem Treffen mit Xi lockerte Trump die Exportbeschränkungen für Chips nach China.",
    ],
)
def test_the_other_party_of_a_meeting_does_not_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Huawei", body)
    assert {j for j, _ in main_of(found)} == {"US"}, brief(found)
