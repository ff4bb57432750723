"""What an act's object makes of it, own sentences (round 24, issue 11).

A legal challenge dropped eases no measure (the suit is the verb's object, the measure
the suit's); an exemption that a Chinese sentence revokes is the revocation's object,
no easing; a measure a Japanese possessive owns before "に対して" is that state's, not
a target's owner; the state owning what a restriction denies (its access, capability,
capacity) is the restriction's target, never its actor; a Chinese wire credit inside
the lead's first line names where the story was filed. Contrasts that stay news: a
state that withdraws its own measure eases it; a state that restricts its own exports
acts; a ministry that revokes a licence acts.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------------------------------------------------------ a dropped legal challenge


@pytest.mark.parametrize(
    "body",
    [
        "South Korea withdrew its WTO complaint against Japan's export controls on chip "
        "materials on Thursday.",
        "La Corée du Sud a retiré jeudi sa plainte à l'OMC contre les contrôles japonais "
        "à l'exportation.",
        "Corea del Sur retiró el jueves su demanda ante la OMC contra las restricciones "
        "japonesas a la exportación.",
        "韩国周四撤回了就日本出口管制向世贸组织提起的诉讼。",
        "산업부는 일본의 반도체 소재 수출규제 조치에 대해 정부가 제기한 WTO 제소를 "
        "철회했다고 밝혔다.",
        "韓国政府は日本の輸出規制に対するWTOへの申し立てを撤回した。",
    ],
)
def test_a_dropped_challenge_eases_no_measure(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not [e for e in found if e.direction == "easing"], brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("Japan scrapped its export curbs on chip materials to South Korea on Monday.", "JP"),
        ("일본 정부는 한국에 대한 반도체 소재 수출규제 조치를 23일 철회했다.", "JP"),
        ("日本政府は23日、韓国に対する輸出規制を撤回した。", "JP"),
        ("韩国政府周四撤回了对日本的出口管制措施。", "KR"),
    ],
)
def test_a_withdrawn_measure_still_eases(analyzer: Analyzer, body: str, state: str) -> None:
    check(analyzer, "", body, (state, "easing"))


def test_the_measure_a_challenge_answers_keeps_its_author(analyzer: Analyzer) -> None:
    # "日本の輸出管理厳格化に対して": Japan's tightening, which Korea's complaint answered
    title = "韓国が日本の輸出管理厳格化に対して行ったWTOへの申し立てを撤回"
    found = events(analyzer, title)
    assert not [e for e in found if e.jurisdiction == "KR" and e.primary], brief(found)
    assert not [e for e in found if e.direction == "easing"], brief(found)


def test_a_target_owned_before_ni_taishite_stays_a_target(analyzer: Analyzer) -> None:
    # contrast: "韓国に対する輸出管理": Korea is whom Japan's measure is aimed at
    check(analyzer, "", "日本政府は4日、韓国に対する輸出管理を厳格化した。", ("JP", "tightening"))


# ---------------------------------------------------------- an exemption revoked (zh)


@pytest.mark.parametrize(
    "body",
    [
        "美方周二取消了三星中国工厂的设备豁免。",
        "外界认为，这是继美方取消韩国存储大厂大陆厂区的设备豁免后，又一次收紧的动作。",
    ],
)
def test_a_revoked_exemption_is_no_easing(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not [e for e in found if e.direction == "easing"], brief(found)


def test_a_revoked_exemption_is_the_revokers_tightening(analyzer: Analyzer) -> None:
    check(analyzer, "", "美国商务部周二决定撤销三星西安工厂的出口管制豁免。", ("US", "tightening"))


def test_an_exemption_granted_still_eases(analyzer: Analyzer) -> None:
    check(analyzer, "", "美国商务部周二豁免了台积电南京厂的许可要求。", ("US", "easing"))


# --------------------------------------------- the state denied access is the target


@pytest.mark.parametrize(
    "body",
    [
        "The Commerce Department on Friday restricted China's access to advanced AI accelerators.",
        "Le département du Commerce a restreint vendredi l'accès de la Chine aux puces avancées.",
        "O Departamento de Comércio restringiu na sexta-feira o acesso da China a chips avançados.",
        "Das US-Handelsministerium hat am Freitag Chinas Zugang zu KI-Chips eingeschränkt.",
        "米商務省は中国のアクセスを制限する新たな輸出規制を発表した。",
        "미국 상무부는 중국의 반도체 생산능력을 제한하는 새 수출통제를 발표했다.",
        "美国商务部周五宣布新规，限制中国获取先进芯片。",
    ],
)
def test_the_state_denied_access_is_the_target(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)
    check(analyzer, "", body, ("US", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "The Chinese government restricted exports of gallium on Monday.",
        "中国商务部周一宣布限制镓出口。",
        "Le gouvernement de la Chine a restreint lundi les exportations de gallium.",
    ],
)
def test_a_state_restricting_its_own_exports_acts(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("CN", "tightening"))


# ----------------------------------------------------------- a wire credit mid-line


def test_a_wire_credit_after_a_caption_names_no_actor(analyzer: Analyzer) -> None:
    body = "（资料照）中评社台北9月3日电／台积电表示，南京厂的许可将于年底撤销。"
    found = events(analyzer, "", body)
    assert not [e for e in found if e.jurisdiction == "TW"], brief(found)


def test_a_state_after_a_wire_credit_still_acts(analyzer: Analyzer) -> None:
    body = "（资料照）中评社台北9月3日电／美国政府周二宣布撤销台积电南京厂的许可。"
    check(analyzer, "", body, ("US", "tightening"))
