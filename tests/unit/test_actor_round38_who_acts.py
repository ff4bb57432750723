"""Who acts, round 38 (issue 11): backers, destinations after the measure, firms' responses.

Shapes of real news, in our own words: a state that backs another's measure does not
take it ("Japan and the Netherlands backed the tightening of US restrictions"); a state
after the measure with a preposition of direction is where the goods go ("an export ban to
China ..., Beijing said"); a measure named as the premise of a firm's response ("In
response to the new export rules, Nvidia wrote off ...") is owned only by a state named in
its phrase. A state that is the subject keeps its act.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# --- backing another's measure ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Japan and the Netherlands backed the tightening of US restrictions on chipmaking "
        "equipment sales to China.",
        "Japón y Países Bajos respaldaron el endurecimiento de las restricciones "
        "estadounidenses a la venta de equipos para chips a China.",
        "Il Giappone e i Paesi Bassi hanno sostenuto l'inasprimento delle restrizioni "
        "statunitensi sulle vendite di macchinari per chip alla Cina.",
        "Le Japon et les Pays-Bas ont soutenu le durcissement des restrictions américaines "
        "sur les ventes d'équipements de puces à la Chine.",
        "Japan und die Niederlande unterstützten die Verschärfung der US-Beschränkungen für "
        "Chipanlagen nach China.",
        "O Japão e a Holanda apoiaram o endurecimento das restrições americanas às vendas de "
        "equipamentos de chips para a China.",
        "일본과 네덜란드는 미국의 대중국 반도체 장비 수출 규제 강화를 지지했다.",
        "日本とオランダは米国の対中半導体装置輸出規制の強化を支持した。",
    ],
)
def test_the_backers_do_not_act_the_owner_does(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Chips", body)
    states = {e.jurisdiction for e in found}
    assert states == {"US"}, brief(found)


def test_backing_with_no_owner_named_makes_no_act(analyzer: Analyzer) -> None:
    found = events(analyzer, "Chips", "日本支持对华芯片设备出口限制。")
    assert not [e for e in found if e.jurisdiction in ("JP", "CN")], brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        # a clause ends between the verb of backing and the act: the subject acts
        (
            "Japan backed the deal last week and then banned exports of chipmaking "
            "equipment to China.",
            "JP",
        ),
        (
            "The US government, backed by Congress, banned exports of Nvidia H20 chips to China.",
            "US",
        ),
        ("China banned exports of gallium to the US.", "CN"),
    ],
)
def test_a_subject_that_acts_keeps_its_act(analyzer: Analyzer, body: str, state: str) -> None:
    found = events(analyzer, "Chips", body)
    assert {e.jurisdiction for e in found} == {state}, brief(found)


# --- the destination after the measure ----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The cabinet imposed a wider export ban to China on Nexperia, China's commerce "
        "ministry said.",
        "The cabinet imposed a wider export ban to China on Nexperia, Beijing said on Tuesday.",
        "Beijing said the cabinet imposed a wider export ban to China on Nexperia.",
        "Pechino: il governo ha imposto un divieto di esportazione verso la Cina dei chip di "
        "Nexperia.",
    ],
)
def test_the_destination_after_the_measure_never_acts(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Nexperia", body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        # the agency or the home word the sentence names acts once the destination is aside
        (
            "Il governo ha imposto un divieto di esportazione verso la Cina a Nexperia, ha "
            "detto Pechino.",
            "IT",
        ),
        (
            "Het kabinet heeft een exportverbod naar China opgelegd aan Nexperia, meldt het "
            "Chinese ministerie.",
            "NL",
        ),
        (
            "Il dipartimento del Commercio ha imposto un nuovo divieto di esportazione verso "
            "la Cina dei chip H20.",
            "US",
        ),
        ("荷兰政府对安世半导体实施对华出口禁令。", "NL"),
    ],
)
def test_the_fallback_acts_for_a_measure_with_a_destination(
    analyzer: Analyzer, body: str, state: str
) -> None:
    check(analyzer, "Nexperia", body, (state, "tightening"))


def test_a_state_naming_its_own_list_after_to_is_its_author(analyzer: Analyzer) -> None:
    found = events(analyzer, "SMIC", "SMIC was added to the US entity list in 2023.")
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


def test_imports_into_a_state_are_its_own(analyzer: Analyzer) -> None:
    # goods coming in: the state restricting its own imports is no destination
    found = events(
        analyzer, "Micron", "China banned imports of Micron chips into China on Tuesday."
    )
    assert "CN" in {e.jurisdiction for e in found}, brief(found)


# --- a firm's response ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Nvidia",
            "In response to the new export rules, Nvidia wrote off $5.5bn of H20 inventory, "
            "China's ministry said.",
        ),
        (
            "Nvidia",
            "China said that in response to the new export rules, Nvidia wrote off $5.5bn of "
            "H20 inventory.",
        ),
        (
            "China halts Nvidia H20 sales",
            "In response to the new export rules, Nvidia wrote off $5.5bn of H20 inventory.",
        ),
    ],
)
def test_a_firms_response_names_no_owner_from_elsewhere(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.rule.startswith("restrict:state_noun")], brief(found)


def test_a_state_named_in_the_response_phrase_owns_the_measure(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Nvidia",
        "In response to the new US export rules, Nvidia wrote off $5.5bn of H20 inventory.",
    )
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


def test_a_state_whose_rules_force_a_firm_keeps_them(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "Nvidia", "China's new export rules forced Nvidia to write off $5.5bn."
    )
    assert {e.jurisdiction for e in found} == {"CN"}, brief(found)


def test_the_headlines_destination_does_not_bar_the_goods_sent_to_it(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "ASML China sales",
        "The Dutch chipmaker was barred from shipping its best scanners to China in 2019.",
    )
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


# --- the aim's owner ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Washington punta a rallentare i programmi militari della Cina con nuove restrizioni "
        "sui chip avanzati.",
        "Washington vise à freiner les programmes militaires de la Chine avec de nouvelles "
        "restrictions sur les puces avancées.",
        "Washington visa travar os programas militares da China com novas restrições aos "
        "chips avançados.",
    ],
)
def test_the_aims_owner_after_a_genitive_is_the_target(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Chips", body)
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)
    assert "US" in {e.jurisdiction for e in found}, brief(found)


def test_a_governments_state_after_a_genitive_acts(analyzer: Analyzer) -> None:
    # "il governo della Cina": the body's state acts, no aim is owned
    found = events(
        analyzer,
        "Chips",
        "Il governo della Cina con nuove restrizioni ha vietato l'export di gallio verso gli "
        "Stati Uniti.",
    )
    assert {e.jurisdiction for e in found} == {"CN"}, brief(found)


# --- a place that is only a market ---------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "TSMC, a Taiwan Stock Exchange-listed company, suspended shipments of AI chips to "
        "Chinese customers.",
        "Shares of the Hong Kong exchange's largest chip firm fell after Beijing's ban.",
    ],
)
def test_a_state_before_a_market_never_acts(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "TSMC", body)
    assert not [e for e in found if e.jurisdiction in ("TW", "HK")], brief(found)


def test_a_state_before_another_noun_still_acts(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "TSMC", "Taiwan suspended shipments of AI chips to Chinese customers on Monday."
    )
    assert "TW" in {e.jurisdiction for e in found}, brief(found)


# --- the subject before the verb: a verb phrase whose object is plural ---------------------


@pytest.mark.parametrize(
    "body",
    [
        "Japan expanded its export controls on 23 types of chipmaking equipment.",
        "In 2023, Japan expanded its export controls on chipmaking equipment. The measure came "
        "after the United States imposed curbs on China.",
    ],
)
def test_a_verb_phrase_ending_in_a_plural_is_read(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Japan", body)
    assert "JP" in {e.jurisdiction for e in found}, brief(found)


def test_a_noun_phrase_after_a_preposition_is_no_verb(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "Chips", "Sales fell after a hit from expanded export controls on equipment."
    )
    assert not [e for e in found if "expanded export controls" in e.rule], brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("中国大力支持国产芯片并限制英伟达H20芯片的采购。", "CN"),
    ],
)
def test_a_conjunction_after_the_backing_ends_it(analyzer: Analyzer, body: str, state: str) -> None:
    found = events(analyzer, "Chips", body)
    assert state in {e.jurisdiction for e in found}, brief(found)


# --- a marker on an untagged abbreviation ("对华") ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "中方表示，内阁对安世半导体实施了更广泛的对华出口禁令。",
        "中国外交部称，政府扩大了对华出口禁令。",
    ],
)
def test_the_speaker_of_a_ban_on_goods_to_it_does_not_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Nexperia", body)
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("中方对华为实施制裁。", "CN"),  # "对华为": Huawei, no destination
        ("中国商务部宣布对美出口管制，涉及镓和锗。", "CN"),
        ("中方表示，美国商务部扩大了对华出口管制。", "US"),
        # "对华" qualifies the US's measure of the clause, not China's probe
        ("因美国对华出口管制升级，中国商务部对美国模拟芯片立案调查。", "CN"),
    ],
)
def test_a_cjk_subject_keeps_its_act(analyzer: Analyzer, body: str, state: str) -> None:
    check(analyzer, "Ga", body, (state, "tightening"))
