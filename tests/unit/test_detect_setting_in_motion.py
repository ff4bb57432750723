"""Round 18, recall (issue 11): verbs of setting in motion, list restoration, actors.

Our own sentences, one class per test, each in three or more languages, with contrasts
that must stay no event (a plan, a possibility, a demand):

* "moved to block", "se movió para bloquear", "a agi pour bloquer", "si è mosso per
  bloccare", "agiu para bloquear": a verb of setting in motion before the infinitive makes
  it the state's act, not a purpose;
* a country restored to a favourable list ("화이트리스트에 복귀시켰다", "グループAに再指定",
  "重新列入白名单", "reinstated ... to its whitelist"): an easing of exports to it, by the
  state that keeps the list, never by the country restored;
* the actor: a headline's "S. Korea" after "against" is the target; "Taiwan's commerce
  ministry" is Taiwan's, not the Chinese ministry the bare name stands for.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    "body",
    [
        "The US government moved on Friday to block shipments of chips to Huawei.",
        "El Gobierno de Estados Unidos se movió el viernes para bloquear los envíos de chips "
        "a Huawei.",
        "Le gouvernement américain a agi vendredi pour bloquer les livraisons de puces à Huawei.",
        "Il governo degli Stati Uniti si è mosso venerdì per bloccare le spedizioni di chip a "
        "Huawei.",
        "O governo dos Estados Unidos agiu na sexta-feira para bloquear os envios de chips para "
        "a Huawei.",
    ],
)
def test_a_state_that_moved_to_block_shipments_acted(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("US", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        # a purpose with no verb of acting before it stays a purpose
        "Los fabricantes piden nuevas normas para bloquear los envíos de chips a Huawei.",
        "Les industriels réclament des règles pour bloquer les livraisons de puces à Huawei.",
        # a possibility and a threat stay talk
        "El Gobierno de Estados Unidos podría moverse pronto para bloquear los envíos de chips "
        "a Huawei.",
        "The US government could move to block shipments of chips to Huawei, officials said.",
        "Il governo degli Stati Uniti minaccia di muoversi per bloccare le spedizioni di chip a "
        "Huawei.",
    ],
)
def test_a_purpose_a_possibility_or_a_threat_to_block_is_no_act(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "일본, 한국 화이트리스트 복귀시켜",
            "일본 정부가 수출 심사 우대 대상인 화이트리스트 국가 목록에 한국을 복귀시켰다.",
        ),
        ("", "政府は21日、輸出管理で優遇する「グループA」に韓国を再指定した。"),
        ("", "日本政府21日正式将韩国重新列入出口管理白名单。"),
        (
            "",
            "Japan on Friday reinstated South Korea to its whitelist of trusted partners.",
        ),
    ],
)
def test_a_country_restored_to_a_whitelist_is_an_easing_by_the_keeper(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("JP", "easing"))
    actions = {e.action for e in events(analyzer, title, body) if e.primary}
    assert actions == {"relax"}, actions


def test_the_country_restored_is_never_the_actor(analyzer: Analyzer) -> None:
    # "한국이 … 복귀함에 따라": Korea returns; Japan, the story's actor, restored it.
    title = "일본, 한국 화이트리스트 복귀시켜"
    body = (
        "일본 정부가 화이트리스트 국가 목록에 한국을 복귀시켰다. 한국이 화이트리스트에 "
        "복귀함에 따라 일본 업체들은 개별 허가를 받지 않아도 된다."
    )
    found = events(analyzer, title, body)
    assert not any(e.jurisdiction == "KR" for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "일본, 한국 화이트리스트 복귀 검토",
            "일본 정부가 한국을 화이트리스트에 복귀시키는 방안을 검토하고 있다.",
        ),
        ("", "Japan could restore South Korea to its whitelist as early as next month."),
        ("", "South Korea called on Japan to restore it to the whitelist of trusted partners."),
        # a verbal noun as the sentence's topic is what is discussed, not an act
        ("", "「グループA」への韓国の再指定については、政策対話を通じて確認したうえで判断する。"),
    ],
)
def test_a_restoration_considered_or_demanded_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Japan invokes export controls against S. Korea",
            "The government on Thursday tightened export controls on three chemicals used to "
            "make chips.",
        ),
        (
            "Le Japon impose des contrôles à l'exportation contre la Corée du Sud",
            "Le gouvernement a durci jeudi les contrôles sur trois produits chimiques utilisés "
            "pour fabriquer des puces.",
        ),
        (
            "Japan verhängt Exportkontrollen gegen Südkorea",
            "Die Regierung hat am Donnerstag die Ausfuhrkontrollen für drei Chemikalien zur "
            "Chipherstellung verschärft.",
        ),
        ("日本对韩国实施出口管制", "政府周四宣布收紧三种用于制造芯片的化学品的出口管制。"),
        (
            "일본, 한국에 대한 수출규제 발동",
            "정부는 4일 반도체 제조에 쓰이는 3개 품목의 수출 규제를 강화했다.",
        ),
    ],
)
def test_the_state_after_against_is_the_target_not_the_actor(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("JP", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "Taiwan's commerce ministry has added Chinese chipmakers Huawei and SMIC to its export "
        "control list.",
        "Taiwan’s commerce ministry added Huawei and SMIC to its export control list on Sunday.",
    ],
)
def test_a_states_possessive_owns_the_ministry_after_it(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("TW", "tightening"))


def test_the_bare_commerce_ministry_stays_chinas(analyzer: Analyzer) -> None:
    body = "China's commerce ministry added eight US firms to its export control list on Sunday."
    check(analyzer, "", body, ("CN", "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("", "China said Micron products failed a cybersecurity review."),
        (
            "",
            "国家网信办21日宣布，美光公司在华销售产品未通过网络安全审查，关键信息基础设施运营者"
            "应停止采购美光产品。",
        ),
        (
            "",
            "网络安全审查办公室依法作出不予通过网络安全审查的结论。按照有关法律，关键信息基础设施"
            "的运营者应停止采购该公司产品。",
        ),
        (
            "",
            "중국 국가인터넷정보판공실은 21일 마이크론 제품이 사이버 보안 심사를 통과하지 "
            "못했다고 밝혔다.",
        ),
    ],
)
def test_a_failed_security_review_is_the_reviews_finding(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("CN", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "China's cyberspace regulator said it could open a cybersecurity review of Micron "
        "products.",
        "该法案未通过立法会表决。",
        "美光公司表示，其产品未通过审查的说法没有根据。",
    ],
)
def test_a_review_that_may_open_or_a_bill_not_passed_is_no_finding(
    analyzer: Analyzer, body: str
) -> None:
    found = [e for e in events(analyzer, "", body) if e.primary and e.action == "investigate"]
    assert not found, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Malaysia will now require trade permits for exports of US-origin AI chips.",
        "Malaysia's trade ministry said exports of US-origin AI chips will also require a permit.",
    ],
)
def test_will_now_require_is_the_decision_as_will_require(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("MY", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "Malaysia could now require trade permits for exports of US-origin AI chips.",
        "Malaysia will now consider requiring trade permits for exports of AI chips.",
    ],
)
def test_a_possibility_after_now_stays_talk(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_government_issued_permit_is_no_grant(analyzer: Analyzer) -> None:
    body = (
        "Malaysia's trade ministry said exports of US-origin AI chips will now require a "
        "government-issued trade permit."
    )
    found = events(analyzer, "", body)
    assert not any(e.direction == "easing" for e in found), brief(found)
    check(analyzer, "", body, ("MY", "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "미국, 일부 AI 칩에 25% 관세",
            "미국 정부는 15일 일부 고성능 AI 칩 수입에 25%의 관세를 부과했다. 데이터센터용 칩은 "
            "관세 면제를 받는다.",
        ),
        (
            "美国对部分AI芯片征收25%关税",
            "美国总统周三宣布对部分高性能AI芯片进口征收25%的关税。美国数据中心使用的芯片适用豁免。",
        ),
        (
            "US imposes 25% tariff on some AI chips",
            "President Trump imposed a 25% tariff on imports of certain advanced AI chips on "
            "Wednesday. Chips used in US data centres are exempt from the levy.",
        ),
    ],
)
def test_an_exemption_told_after_the_measure_in_the_lead_is_part_of_it(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.direction == "easing" and e.primary for e in found), brief(found)
    check(analyzer, title, body, ("US", "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("商务部对部分出口予以豁免", "商务部表示，将对符合条件的出口予以豁免。"),
        (
            "US exempts data-centre chips from tariff",
            "The US on Wednesday exempted chips used in data centres from its 25% tariff.",
        ),
    ],
)
def test_an_exemption_that_is_the_news_stays_an_easing(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert any(e.direction == "easing" and e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "산업부, 전략물자 수출입 고시 개정안 행정 예고",
            "로봇 부품 등 물품이 새롭게 정부의 수출 통제 대상에 오른다. 산업통상자원부는 6일 "
            "물품 21종을 추가하는 고시 개정안을 행정 예고한다고 밝혔다. 산업부는 다수의 국가가 "
            "이미 유사한 수출 통제를 시행 중인 것이라고 설명했다.",
        ),
    ],
)
def test_a_rule_other_states_have_in_force_enacts_no_draft(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary], brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Die Bundesregierung hat am Mittwoch Exportbeschränkungen für Chipmaschinen nach China "
        "auf den Weg gebracht.",
        "De Duitse regering heeft woensdag een exportverbod voor chipmachines naar China in gang "
        "gezet.",
        "美国商务部周五出手限制华为获取芯片。",
        "米商務省は15日、ファーウェイへの半導体の輸出を規制する措置に動いた。",
        "미국 상무부는 15일 화웨이에 대한 반도체 수출을 통제하는 조치에 나섰다.",
    ],
)
def test_a_measure_set_in_motion_is_the_act(analyzer: Analyzer, body: str) -> None:
    found = [e for e in events(analyzer, "", body) if e.primary]
    assert any(e.direction == "tightening" for e in found), brief(found)


def test_a_measure_a_government_wants_to_set_in_motion_is_no_act(analyzer: Analyzer) -> None:
    body = (
        "Die Bundesregierung will bald ein Exportverbot für Chipmaschinen nach China auf den Weg "
        "bringen."
    )
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    "body",
    [
        "Le Japon a approuvé l'envoi d'une résine photosensible à Samsung, pour la première fois "
        "depuis l'imposition de restrictions plus sévères le mois dernier.",
        "Japón aprobó el envío de una resina fotosensible a Samsung, por primera vez desde la "
        "imposición de las restricciones el mes pasado.",
        "Japan hat die Ausfuhr von Fotolack an Samsung genehmigt, zum ersten Mal seit der "
        "Verhängung der Beschränkungen im vergangenen Monat.",
        "Japan heeft de export van fotolak naar Samsung goedgekeurd, voor het eerst sinds de "
        "invoering van de beperkingen vorige maand.",
    ],
)
def test_a_time_phrase_after_since_dates_the_earlier_measure(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("JP", "easing"))


@pytest.mark.parametrize(
    "body",
    [
        "Le Japon a approuvé le mois dernier l'envoi d'une résine photosensible à Samsung.",
        "Japón aprobó el mes pasado el envío de una resina fotosensible a Samsung.",
    ],
)
def test_a_time_phrase_of_the_verb_itself_stays_background(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_portuguese_government_is_not_the_italian_home(analyzer: Analyzer) -> None:
    body = "O governo pôs em marcha restrições à exportação de máquinas de chips para a China."
    found = events(analyzer, "", body)
    assert not any(e.jurisdiction == "IT" for e in found), brief(found)


def test_the_italian_government_stays_the_italian_home(analyzer: Analyzer) -> None:
    body = "Il governo ha imposto venerdì restrizioni all'esportazione di macchine per chip."
    check(analyzer, "", body, ("IT", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "The move follows growing pressure from the US, which has effectively banned the sale "
        "of advanced AI chips to China since 2022.",
        "La mesure fait suite aux pressions des États-Unis, qui ont interdit la vente de puces "
        "avancées à la Chine en 2022.",
        "La medida sigue a la presión de Estados Unidos, que prohibió la venta de chips "
        "avanzados a China en 2022.",
    ],
)
def test_a_state_before_a_relative_pronoun_is_the_subject_of_its_clause(
    analyzer: Analyzer, body: str
) -> None:
    title = "Malaysia requires permits for AI chip exports"
    found = [e for e in events(analyzer, title, body) if e.action == "ban"]
    assert found, brief(events(analyzer, title, body))
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


def test_a_relative_clause_after_a_target_tells_the_measure(analyzer: Analyzer) -> None:
    # "sanções … contra a China, que restringem": the sanctions restrict, not China.
    body = (
        "O crescimento foi forte, apesar do impacto das sanções comerciais dos Estados Unidos "
        "contra a China, que restringem a venda de chips como o H20."
    )
    found = events(analyzer, "", body)
    assert not any(e.jurisdiction == "CN" for e in found), brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("政府は重要インフラの運営者に対し、米国製チップの購入停止を求めた。", "JP"),
        ("정부는 주요 기관에 미국산 칩의 구매 중단을 지시했다.", "KR"),
        (
            "中国の国家インターネット情報弁公室は21日、マイクロンの製品が安全審査に合格しなかった"
            "と発表し、重要インフラの運営者に購入停止を求めた。",
            "CN",
        ),
    ],
)
def test_a_purchase_halt_asked_of_operators_is_the_order(
    analyzer: Analyzer, body: str, state: str
) -> None:
    found = [e for e in events(analyzer, "", body) if e.primary and e.action == "halt"]
    assert {e.jurisdiction for e in found} == {state}, brief(events(analyzer, "", body))


def test_a_demand_to_withdraw_a_measure_stays_a_demand(analyzer: Analyzer) -> None:
    check(analyzer, "", "業界団体は政府に対し、輸出規制の撤回を求めた。", None)
