"""Who acts (``actors.py``), own sentences: the state a sentence credits with its measure.

A state that only qualifies a noun (possessives before firms, plants, makers and
business; a Chinese noun; a fronted 将/把 object; counted firms), a target ("für China",
"towards", a struck state, the owner of a measure's target), a destination (向け), a
relation ("US-China", two states as partners, "with"), a purpose clause's target, an
exempt state, and the agent of another participle or passive do not act. The sender of a
letter, a body named with its complement (the US bureau's Chinese name holding 商务部),
a demonym after a measure, a topic after a phrase comma, an inverted source and a subject
after a Dutch verb do. Contrasts beside each rule. Written over issue 11's rounds 4 to 14.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ---------------------------------------- Korean and Japanese state names, targets


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # one-character names of Korean and Japanese headlines
        ("美 상무부, 반도체 장비 수출 규제 강화", "", ("US", "tightening")),
        ("中, 희토류 수출 허가제 도입", "", ("CN", "tightening")),
        ("米、半導体装置の輸出規制を強化", "", ("US", "tightening")),
        # ... never inside a word of ideographs, nor in Chinese text
        ("中東 수출 통제 강화 움직임", "", None),
        ("美元走强 芯片出口受限", "", None),
        # a target marker makes the state the target, not the actor or author
        ("미국, 대중국 반도체 수출 통제 강화", "", ("US", "tightening")),
        ("日本、対中半導体装置の輸出規制を強化", "", ("JP", "tightening")),
        # a possessive earlier in the noun phrase names the author
        ("미국의 화웨이 중국 수출 통제 발표", "", ("US", "tightening")),
        # a Korean abbreviation glued to a noun qualifies it: exports to the US
        ("中, 갈륨 美수출 통제", "", ("CN", "tightening")),
        # "からの" before a licence names the licensor
        (
            "",
            "日本企業が先端装置を中国に出荷する際、米政府からの許可が必要となった。",
            ("US", "tightening"),
        ),
    ],
)
def test_states_named_by_one_character_and_targets(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


# ------------------------------------------- a state qualifying a Chinese noun


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "美国商务部把十家中国主要芯片制造商列入实体清单，严格限制这些企业采购美国技术。",
            ("US", "tightening"),
        ),
        ("美国商务部新增12家中国机构至未经核实清单，限制其购买美国设备。", ("US", "tightening")),
        # contrast: the state's own ministry acts
        ("中国商务部宣布限制镓和锗的出口。", ("CN", "tightening")),
    ],
)
def test_state_qualifying_a_chinese_noun_does_not_act(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, "", body, expected)


# --------------------------------------------- a hyphenated pair of states


@pytest.mark.parametrize(
    "title",
    [
        "US-China: fresh restrictions on chip exports take effect",
        "Usa-Cina, scattano nuove restrizioni sui chip",
        "EUA-China: novas restrições às exportações de chips entram em vigor",
    ],
)
def test_hyphenated_pair_names_a_relation(analyzer: Analyzer, title: str) -> None:
    found = events(analyzer, title, "")
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


def test_state_at_the_head_of_a_headline_still_acts(analyzer: Analyzer) -> None:
    check(analyzer, "China bans chips of a US memory maker", "", ("CN", "tightening"))


# -------------------------------------- a target after a non-ASCII preposition


def test_fuer_china_is_a_target(analyzer: Analyzer) -> None:
    body = (
        "Am Montag teilte die US-Regierung dem Hersteller mit, dass für den Chip – eine "
        "eigens für China gebaute Version – eine Exportgenehmigung erforderlich sei."
    )
    found = events(analyzer, "", body)
    assert found, brief(found)
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


# ------------------------------------- an inverted source after a comma


def test_inverted_source_after_a_comma(analyzer: Analyzer) -> None:
    body = "La venta de los chips H20 se permitirá con un arancel del 15%, dijo Trump el martes."
    check(analyzer, "", body, ("US", "easing"))


def test_state_before_business_qualifies_it(analyzer: Analyzer) -> None:
    body = (
        "The Commerce Department wrote to the vendors on Monday. The licence duty imposed on "
        "their China business had been rescinded with immediate effect."
    )
    found = events(analyzer, "", body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


# ------------------------- a Korean or Japanese possessive of firms is no actor


@pytest.mark.parametrize(
    "body",
    [
        "작년에 중국의 반도체 기업에 장비 판매를 금지하는 조치가 나왔다.",
        "中国の半導体メーカーに対し装置の販売を禁止した。",
        "中国の半導体メーカーへの装置の販売を禁止した。",
    ],
)
def test_possessive_of_firms_does_not_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


@pytest.mark.parametrize(
    "title", ["미국의 중국 기업 제재 강화", "米国は中国の半導体メーカーに製造装置の販売を禁止"]
)
def test_possessive_before_a_measure_still_authors(analyzer: Analyzer, title: str) -> None:
    check(analyzer, title, "", ("US", "tightening"))


# ------------------------------- the agent of an earlier participle does not act


def test_agent_of_an_earlier_participle_does_not_act(analyzer: Analyzer) -> None:
    title = "How US export policy backfired"
    body = (
        "Cutting off the tools needed by China to make chips, like the recent decision to "
        "block EDA exports, was a mistake."
    )
    found = events(analyzer, title, body)
    assert found, brief(found)
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


def test_subject_before_an_agent_still_acts(analyzer: Analyzer) -> None:
    body = "The US, prompted by Japan, banned exports of chip tools."
    check(analyzer, "", body, ("US", "tightening"))


# ------------------- a Romance adjective of nationality after a measure names its author


@pytest.mark.parametrize(
    "body",
    [
        "China anunció el lunes nuevas medidas. Las sanciones estadounidenses prohíben la "
        "venta de chips H20 a China.",
        "Pékin a annoncé de nouvelles mesures. Nvidia est touché par les nouvelles "
        "restrictions américaines.",
        "La Cina ha annunciato nuove misure. Le nuove restrizioni statunitensi vietano la "
        "vendita di chip H20 alla Cina.",
    ],
)
def test_demonym_after_a_measure_names_its_author(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert found, brief(found)
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


# ------------------------------------------------------- two states as a relation


@pytest.mark.parametrize(
    "body",
    [
        "La disputa sui chip tra Cina e Stati Uniti si inasprisce.",
        "The standoff over chips between China and the US tightens further.",
    ],
)
def test_states_in_a_relation_do_not_act(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_state_after_a_relation_clause_still_acts(analyzer: Analyzer) -> None:
    body = "Amid tension between the two powers, China restricts exports of gallium."
    check(analyzer, "", body, ("CN", "tightening"))


# --------------------------------------- a Japanese topic after a phrase comma


def test_topic_after_a_phrase_comma_acts(analyzer: Analyzer) -> None:
    body = (
        "商務部の報道官は、中国は日本の防衛関連の利用者に向けたガリウムの輸出を禁止すると述べた。"
    )
    check(analyzer, "", body, ("CN", "tightening"))


def test_state_listed_after_a_noun_comma_is_a_place(analyzer: Analyzer) -> None:
    body = "米商務省は、韓国、日本への装置の輸出を規制すると発表した。"
    check(analyzer, "", body, ("US", "tightening"))


# ------------------------------------- a government body with its own complement


@pytest.mark.parametrize(
    "body",
    [
        "Il ministero del Commercio di Pechino ha annunciato nuove restrizioni "
        "all'esportazione di germanio.",
        "El Ministerio de Comercio de China anunció nuevas restricciones a la exportación "
        "de galio.",
    ],
)
def test_body_named_with_its_complement_acts_for_its_state(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("CN", "tightening"))


def test_a_place_after_a_firm_is_still_a_place(analyzer: Analyzer) -> None:
    body = "Un proveedor de Pekín anunció nuevas restricciones a la exportación de galio."
    found = [e for e in events(analyzer, "", body) if e.primary and e.jurisdiction == "CN"]
    assert not found, brief(found)


# ------------------------------------------- a "by" that another participle owns


def test_by_after_another_participle_is_no_agent(analyzer: Analyzer) -> None:
    body = (
        "The Cyberspace Administration of China said it had opened a security review of "
        "memory chips made by US chipmaker Micron."
    )
    check(analyzer, "", body, ("CN", "tightening"))


def test_by_right_after_the_trigger_is_the_agent(analyzer: Analyzer) -> None:
    body = "Huawei's chip unit was sanctioned by the US on Tuesday."
    check(analyzer, "", body, ("US", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "Le gouvernement néerlandais, après des discussions avec la Chine, a levé ses mesures "
        "sur Nexperia.",
        "Il governo olandese, dopo i colloqui con la Cina, ha revocato il provvedimento su "
        "Nexperia.",
        "Die niederländische Regierung hat nach Gesprächen mit China ihre Anordnung aufgehoben.",
    ],
)
def test_a_partner_after_with_does_not_act(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("NL", "easing"))


def test_a_passive_with_an_adverb_keeps_its_measure_before(analyzer: Analyzer) -> None:
    body = (
        "Le gouvernement néerlandais a annoncé que la mesure visant Nexperia est désormais "
        "suspendue."
    )
    check(analyzer, "", body, ("NL", "easing"))


# ------------------------- a state inside the object fronted by 将/把 does not act


@pytest.mark.parametrize(
    "body, state",
    [
        ("日前，台灣政府正式將中國兩家晶片企業納入出口管制實體名單。", "TW"),
        ("欧盟把中国两大存储芯片制造商纳入制裁名单。", "EU"),
        # contrast: the state before the marker acts, a counted qualifier after it
        ("美国商务部将12家中国实体列入实体清单。", "US"),
    ],
)
def test_state_inside_a_fronted_object(analyzer: Analyzer, body: str, state: str) -> None:
    check(analyzer, "", body, (state, "tightening"))


# --------------------- Japanese and Korean: a state right before counted firms


@pytest.mark.parametrize(
    "title, state",
    [
        ("米商務省、カンブリコンなど中国の半導体企業20社をエンティティーリストに追加", "US"),
        ("米、YMTCなど中国10社超を輸出規制リストに追加", "US"),
        ("中国は米国の防衛企業をリストに追加した", "CN"),
    ],
)
def test_a_state_counting_firms_is_no_actor(analyzer: Analyzer, title: str, state: str) -> None:
    check(analyzer, title, "", (state, "tightening"))


# -------------------- German genitive states and compound tails ("Exportverbote")


def test_a_genitive_state_owning_plans_does_not_act(analyzer: Analyzer) -> None:
    title = "Exportverbote: Japans Chip-Ausbau gestoppt – Washington greift durch"
    found = events(analyzer, title, "")
    assert not any(e.jurisdiction == "JP" for e in found), brief(found)


def test_a_genitive_state_owning_a_ban_authors_it(analyzer: Analyzer) -> None:
    body = "Chinas Ausfuhrverbot für Gallium gilt ab sofort."
    check(analyzer, "", body, ("CN", "tightening"))


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


# ------------- a state before a firm's trade noun qualifies the firm


def test_a_state_before_a_maker_qualifies_it(analyzer: Analyzer) -> None:
    body = (
        "Chinese regulators told operators of key networks to stop buying products made by "
        "U.S. memory maker Micron."
    )
    check(analyzer, "", body, ("CN", "tightening"))


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


# ------------- a state named as exempt does not act


def test_an_exempt_state_does_not_act(analyzer: Analyzer) -> None:
    body = (
        "経済産業省は輸出管理を強化する。製造装置を米国や韓国など友好国向けを除き、"
        "中国などに輸出するには許可が毎回必要となる。"
    )
    check(analyzer, "", body, ("JP", "tightening"))


def test_a_state_after_the_exemption_still_acts(analyzer: Analyzer) -> None:
    # contrast: the exemption is closed by a comma; the subject after it acts
    body = "Except for Japan, the United States banned exports of the tools on Monday."
    check(analyzer, "", body, ("US", "tightening"))


# ------------- round 12 (English), class 1: the target of a purpose clause does not act


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "",
            "The White House has unveiled steps to counter Beijing's trade abuses, with the "
            "duty on Chinese chips set to double to 50% next year.",
        ),
        (
            "",
            "Washington widened its chip rules on Monday in a bid to hobble China's military "
            "modernisation, adding tariffs on legacy semiconductors.",
        ),
        (
            "Tokyo adds chip tools to export list",
            "Japan on Friday tightened export controls on 23 chipmaking tools, joining a US "
            "push to stymie China's ability to make advanced semiconductors.",
        ),
    ],
)
def test_the_target_of_a_purpose_clause_does_not_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)
    assert any(e.primary and e.direction == "tightening" for e in found), brief(found)


def test_a_state_that_acts_after_a_purpose_clause_still_acts(analyzer: Analyzer) -> None:
    # contrast: the purpose clause comes first, its subject is the state that acts
    body = (
        "To counter Washington's pressure, China on Thursday banned exports of gallium "
        "to the United States."
    )
    check(analyzer, "", body, ("CN", "tightening"))


def test_the_agent_of_another_verbs_passive_is_not_the_actor(analyzer: Analyzer) -> None:
    body = (
        "The United States barred the telecoms group from buying US chips, saying its "
        "gear could be used by Beijing for spying."
    )
    check(analyzer, "", body, ("US", "tightening"))


def test_a_passive_agent_of_the_trigger_still_acts(analyzer: Analyzer) -> None:
    # contrast: "by" belongs to the trigger's own passive
    body = (
        "Exports of advanced AI chips to the Gulf were restricted by the United States on Monday."
    )
    check(analyzer, "", body, ("US", "tightening"))


def test_exempted_from_a_states_tariffs_names_no_agent(analyzer: Analyzer) -> None:
    title = "Phones and chips exempted from China tariffs"
    body = (
        "US customs said on Friday that smartphones and semiconductor chips are exempt from "
        "the new tariffs on Chinese goods."
    )
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)
    check(analyzer, title, body, ("US", "easing"))


def test_the_qualifier_of_the_measure_a_verb_tightens_does_not_act(analyzer: Analyzer) -> None:
    title = "Memory makers slip as Washington tightens China curbs"
    body = "The Commerce Department on Monday added new licence rules for memory chips."
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


# - round 12 (European languages), class 4: the state a verb strikes is its object, not the actor


@pytest.mark.parametrize(
    "title",
    [
        "Washington va frapper la Chine avec de nouvelles restrictions sur les puces",
        "Washington colpisce la Cina con nuove restrizioni sui chip",
    ],
)
def test_the_struck_state_is_no_actor(analyzer: Analyzer, title: str) -> None:
    found = [e for e in events(analyzer, title, "") if e.primary]
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


def test_the_subject_after_a_dutch_verb_acts(analyzer: Analyzer) -> None:
    body = "Onder druk van de VS beperkte ook Nederland de uitvoer van chipmachines naar China."
    check(analyzer, "", body, ("NL", "tightening"))


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


# ------------- round 13 (European languages), class 4: who acts


@pytest.mark.parametrize(
    "title",
    [
        "Nuove restrizioni all'export di chip verso la Cina decise dagli Stati Uniti",
        "La Cina è colpita dalle nuove restrizioni all'export di chip decise dagli Stati Uniti",
        "Nuevas restricciones a la exportación de chips hacia China decididas por Washington",
    ],
)
def test_a_participles_agent_wins_over_the_target(analyzer: Analyzer, title: str) -> None:
    check(analyzer, title, "", ("US", "tightening"))


def test_the_target_state_still_acts_when_it_is_the_subject(analyzer: Analyzer) -> None:
    # contrast: China restricting its own exports stays China's act
    check(
        analyzer,
        "Pechino impone nuove restrizioni all'export di gallio verso gli Stati Uniti",
        "",
        ("CN", "tightening"),
    )


def test_a_purpose_clause_ends_the_nouns_phrase(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "",
        "Washington heeft nieuwe exportregels voor chips gepresenteerd om de opmars van "
        "China te vertragen.",
        ("US", "tightening"),
    )


# ------------- round 14 (European languages), class 6: "towards" a state


@pytest.mark.parametrize(
    "body",
    [
        "China hat weitere Exportkontrollen gegenüber den USA ausgesetzt.",
        "La Chine a suspendu ses contrôles à l'exportation envers les États-Unis sur le gallium.",
        "China heeft de exportcontroles op gallium tegenover de Verenigde Staten opgeschort.",
    ],
)
def test_the_state_towards_which_a_measure_is_eased_is_no_actor(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "Nota", body, ("CN", "easing"))


# ---------------------------------- round 14 (held-out set), class 2: the US bureau's Chinese name


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "商務部工業與安全局擴大晶片管制",
            "商務部工業與安全局週二宣布，對先進晶片實施新的出口管制。",
        ),
        ("商务部工业安全局发布芯片新规", "商务部工业安全局周二宣布，对先进芯片实施新的出口管制。"),
        (
            "美国商务部工业与安全局收紧芯片出口",
            "美国商务部工业与安全局周二宣布，对先进芯片实施新的出口管制。",
        ),
    ],
)
def test_the_us_bureau_named_in_chinese_acts_for_the_us(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("US", "tightening"))


def test_mofcom_alone_stays_china(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "商务部宣布对镓锗实施出口管制",
        "商务部周二宣布，对镓、锗相关物项实施出口管制。",
        ("CN", "tightening"),
    )


# ------------- round 11, class 2: who acts
# (was in test_detect_precision11.py)


def test_a_japanese_agent_marked_by_niyoru(analyzer: Analyzer) -> None:
    title = "経産相、米国による半導体輸出規制の影響は「限定的」"
    body = "経済産業相は、米国による半導体輸出規制の影響について、限定的だと述べた。"
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "JP"], brief(found)


def test_other_countries_rules_are_no_act(analyzer: Analyzer) -> None:
    title = "輸出管理、各国の規制踏まえ対応＝経産相"
    body = "経済産業相は、輸出管理は国際的な協調のもとで実施していると説明した。"
    check(analyzer, title, body, None)


def test_a_reacting_headline_state_is_not_the_bodys_actor(analyzer: Analyzer) -> None:
    title = "Pékin fustige les nouvelles restrictions sur les puces"
    body = (
        "Cette nouvelle vague de sanctions vise plus de cent entreprises chinoises, selon "
        "l'administration Biden."
    )
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


def test_a_romance_measure_whose_author_follows_it(analyzer: Analyzer) -> None:
    # the reacting ministry is the sentence's source, not the measure's author
    body = (
        "Les nouvelles sanctions de Washington visent 140 entreprises chinoises, a indiqué "
        "mardi le ministère chinois du Commerce."
    )
    check(analyzer, "", body, ("US", "tightening"))


def test_a_romance_measure_on_a_states_exports_is_not_its(analyzer: Analyzer) -> None:
    # contrast: "sur les exportations de la Chine" names whose goods, not the author
    body = "Washington a annoncé lundi de nouvelles restrictions sur les exportations de la Chine."
    check(analyzer, "", body, ("US", "tightening"))


def test_a_singular_romance_noun_keeps_de_as_a_place(analyzer: Analyzer) -> None:
    # contrast: "la prohibición de importación de China" may name the goods' origin
    body = "El Gobierno anunció el lunes una prohibición de importación de China de chips."
    found = events(analyzer, "", body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


def test_a_french_perfect_is_a_verb(analyzer: Analyzer) -> None:
    body = "La Chine a interdit l'exportation de gallium vers les États-Unis, mardi."
    check(analyzer, "", body, ("CN", "tightening"))


def test_a_retaliation_where_the_reacting_state_acts(analyzer: Analyzer) -> None:
    # contrast: the reacting state announces its own measure
    title = "China hits back at US chip curbs with gallium export ban"
    body = (
        "China's commerce ministry on Tuesday banned exports of gallium and germanium to "
        "the United States, a day after Washington expanded its chip export controls."
    )
    check(analyzer, title, body, ("CN", "tightening"), only_actor=False)
