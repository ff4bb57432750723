"""Detector rules of round 10 (issue 11), on whole sentences through catalog and pattern file.

Every sentence is our own, written for the class it names: a Romance conditional reported
from further back in its sentence; a Korean or Japanese nominative subject inside a
nominalised clause; a possessive state before several modifiers of firms or plants; a
grace period granted with a measure; an idiom ("stopped short of"); pressure on another
government and a demand to withdraw a measure; a Japanese or Korean clause nominalised
under "consider"; a state before a firm's trade noun ("memory maker"); the split finite
forms of German weak verbs; the sender of a letter; a Japanese destination ("向け"); a
German speaker's headline ending in an infinitive; the Japanese spelling of high-bandwidth
memory. Contrasts sit beside each rule.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------- a Romance conditional after "said ... that": the reported decision


@pytest.mark.parametrize(
    "body",
    [
        "El Ministerio de Comercio de China dijo el lunes que la revisión había terminado y que "
        "prohibiría a los operadores comprar chips de memoria de la empresa.",
        "O Ministério do Comércio da China disse na segunda-feira que a revisão terminou e que "
        "proibiria os operadores de comprar os chips da empresa.",
    ],
)
def test_a_conditional_reported_from_further_back(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("CN", "tightening"))


def test_a_conditional_without_a_report_stays_hypothetical(analyzer: Analyzer) -> None:
    body = "Analistas creen que unas nuevas normas de China prohibirían la compra de esos chips."
    check(analyzer, "", body, None)


# ------------- Korean and Japanese: the nominative subject of an embedded clause


@pytest.mark.parametrize(
    "body",
    [
        "미 상무부는 지난 3일 중국이 첨단 반도체를 확보하는 것을 막기 위한 수출 제한 조치를 "
        "발표했다.",
        "米商務省は中国が先端半導体を入手するのを防ぐための輸出規制を発表した。",
    ],
)
def test_an_embedded_subject_does_not_act(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("US", "tightening"))


def test_a_topic_before_a_purpose_clause_still_acts(analyzer: Analyzer) -> None:
    # contrast: no second subject; the topic-marked body acts, the possessive qualifies
    body = "미 상무부는 중국의 첨단 반도체 생산을 막기 위해 장비 수출 통제를 강화한다고 발표했다."
    check(analyzer, "", body, ("US", "tightening"))


# ------------- a possessive state before several modifiers of firms or plants


@pytest.mark.parametrize(
    "body",
    [
        "미 상무부는 중국의 반도체 설계 및 장비 회사들과 관련된 30개 기업을 신규 제재 "
        "대상으로 지정했다.",
    ],
)
def test_a_possessive_state_qualifies_firms(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    states = {e.jurisdiction for e in found if e.primary}
    assert states == {"US"}, brief(found)


def test_a_possessive_state_qualifies_plants(analyzer: Analyzer) -> None:
    # "韓의 중국 공장": Korea's plants in China; the headline's 美 grants the approval
    found = events(analyzer, "美, 韓의 중국 공장에 반도체 장비 반입 승인", "")
    states = {e.jurisdiction for e in found if e.primary}
    assert states == {"US"}, brief(found)


# ------------- a grace period granted with a measure is part of it


@pytest.mark.parametrize(
    "title",
    [
        "美 상무부, 삼성 중국법인 VEU 지위 철회…90일 유예기간 부여",
        "US revokes chip plant authorisations, grants a 90-day grace period",
    ],
)
def test_a_grace_period_is_no_easing(analyzer: Analyzer, title: str) -> None:
    found = events(analyzer, title, "")
    assert not any(e.direction == "easing" for e in found), brief(found)
    assert any(e.jurisdiction == "US" and e.direction == "tightening" for e in found), brief(found)


def test_licences_granted_still_ease(analyzer: Analyzer) -> None:
    body = "The US Commerce Department granted licences to ship the H20 chip to China."
    check(analyzer, "", body, ("US", "easing"))


# ------------- an idiom: "stopped short of"


def test_stopped_short_of_is_no_halt(analyzer: Analyzer) -> None:
    body = "The president's remarks on chip tariffs stopped short of a formal rollout in the US."
    check(analyzer, "", body, None)


def test_a_stop_stays_a_halt(analyzer: Analyzer) -> None:
    body = "The US stopped shipments of advanced AI chips to China on Monday."
    check(analyzer, "", body, ("US", "tightening"))


# ------------- pressure on another government; a demand to withdraw a measure


def test_pressing_another_government_is_no_act(analyzer: Analyzer) -> None:
    body = "Washington has long pressed Tokyo to impose stricter export controls on chip tools."
    found = events(analyzer, "", body)
    assert not [e for e in found if e.primary], brief(found)


def test_pressing_firms_is_guidance(analyzer: Analyzer) -> None:
    # contrast: a government pressing its own firms issues guidance, an act
    body = "Beijing pressed its tech companies to stop buying Nvidia's H20 chips."
    check(analyzer, "", body, ("CN", "tightening"))


def test_a_demand_to_withdraw_is_no_easing(analyzer: Analyzer) -> None:
    body = "日本外务省周三向中方交涉，要求撤回对日两用物项出口管制措施。"
    found = events(analyzer, "", body)
    assert not any(e.direction == "easing" for e in found), brief(found)


def test_a_withdrawal_announced_eases(analyzer: Analyzer) -> None:
    body = "中国商务部周三宣布撤回对日两用物项出口管制措施。"
    check(analyzer, "", body, ("CN", "easing"))


# ------------- Japanese and Korean: a clause nominalised under "consider" or "plan"


@pytest.mark.parametrize(
    "body",
    [
        "米政府は新たな規制として、中国向けの半導体装置の輸出に制限を設けることを検討している。",
        "米政府は中国向けの半導体製造装置の輸出を間もなく規制する。",
        "미국 정부는 중국에 대한 반도체 장비 수출을 제한하는 것을 검토하고 있다.",
        "미국 정부가 대중국 반도체 장비에 대한 추가 수출통제 조치를 조만간 발표한다.",
    ],
)
def test_a_considered_clause_is_talk(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_decided_japanese_restriction_stays(analyzer: Analyzer) -> None:
    body = "米商務省は3日、中国向けの半導体製造装置の輸出を制限すると発表した。"
    check(analyzer, "", body, ("US", "tightening"))


# ------------- a state before a firm's trade noun qualifies the firm


def test_a_state_before_a_maker_qualifies_it(analyzer: Analyzer) -> None:
    body = (
        "Chinese regulators told operators of key networks to stop buying products made by "
        "U.S. memory maker Micron."
    )
    check(analyzer, "", body, ("CN", "tightening"))


# ------------- German weak verbs split in the present plural and the simple past


@pytest.mark.parametrize(
    "body, state",
    [
        ("Die Niederlande schränken die Ausfuhr von Chipmaschinen nach China ein.", "NL"),
        ("Japan schränkte die Ausfuhr von Anlagen für Halbleiter ein.", "JP"),
    ],
)
def test_split_weak_verbs(analyzer: Analyzer, body: str, state: str) -> None:
    check(analyzer, "", body, (state, "tightening"))


def test_an_intended_restriction_stays_talk(analyzer: Analyzer) -> None:
    body = "Die Regierung in Den Haag will die Ausfuhr von Chipmaschinen nach China einschränken."
    check(analyzer, "", body, None)


# ------------- catalog: high-bandwidth memory spelled in Japanese


def test_japanese_high_bandwidth_memory_is_hbm(analyzer: Analyzer) -> None:
    tagged = analyzer.tagger.tag("", "米政府は中国への高帯域幅メモリーの輸出を制限した。")
    assert {m.name for m in tagged.mentions if m.type == "chip"} == {"HBM"}


# ------------- the sender of a document acts: "a letter from the administration"


def test_the_sender_of_a_letter_acts(analyzer: Analyzer) -> None:
    body = (
        "The firm said it received a letter from the Trump administration stating that a "
        "licence is now needed to export the H20 chip."
    )
    found = events(analyzer, "China sales in focus as the chipmaker reports", body)
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


def test_goods_from_a_place_are_no_sender(analyzer: Analyzer) -> None:
    # contrast: "from China" after goods is where they come from; the US acts
    body = "Shipments of servers from China fell after the US banned exports of the H20 chip."
    found = events(analyzer, "", body)
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


# ------------- Japanese "向け": a state before it is a destination, however qualified


def test_a_destination_is_no_actor(analyzer: Analyzer) -> None:
    body = "文書によると、許可がなければ、先端品を作る中国拠点向けの装置の輸出は禁止される。"
    found = events(analyzer, "", body)
    assert not any(e.jurisdiction == "CN" for e in found), brief(found)


def test_the_subject_before_a_destination_acts(analyzer: Analyzer) -> None:
    check(analyzer, "", "中国は日本向けのレアアース輸出を禁止した。", ("CN", "tightening"))


# ------------- a German speaker's headline ending in a bare infinitive: an intention


def test_a_speaker_headline_with_an_infinitive_is_talk(analyzer: Analyzer) -> None:
    check(analyzer, "Habeck: Verkauf von Chipwerk an Investor aus China untersagen", "", None)


@pytest.mark.parametrize(
    "title, state",
    [
        ("Berlin: Regierung untersagt Verkauf von Chipwerk an Investor aus China", "DE"),
        ("Niederlande untersagen Verkauf von Chipfirma an Investor aus China", "NL"),
    ],
)
def test_a_finite_headline_stays_an_act(analyzer: Analyzer, title: str, state: str) -> None:
    check(analyzer, title, "", (state, "tightening"))
