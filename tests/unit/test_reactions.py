"""Reaction and denial headlines (``reactions.py``), own sentences.

Written in issue 11's round 14 (was in ``test_detect_round14_eu.py`` and
``test_detect_round14_cjk.py``):

1. Denial headlines: the denying state's body measures are what it denies; another
   state's measure stays.
2. Reaction headlines: a state opposing or defending a measure; the body's measure is the
   reaction's premise.
3. A reaction whose stance comes only in the lead's later sentences, under a headline
   that names the speaker.
4. A spokesperson's answer to ANOTHER state's new controls (round 13, was in
   ``test_detect_round13_cjk.py``): the reacting state takes no measure, and the other
   state's measure is the answer's context. Contrast: a headline led by the other state's
   measure, with the reaction after it; the speaker announcing its own decision.

Round 31: a measure another state answers at the headline's end ("…; China protests",
"… 中国商务部表示强烈不满", "…改正に中国商務部がコメント"), over a body that dates it
before publication or tells it only as the answer's premise, is the answer's occasion.
Contrasts: the measure told on the story's own day, or with no date and no premise; a
speaker of the measure's own state.

From rounds 3, 5, 12 and 14: Chinese reaction stories credit the listing state; a
Romance reaction is not the measure; a spokesperson's answer on another state's controls;
an English headline with the other state as the measure's modifier. Contrasts: the
reacting state's own retaliation or announcement.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, dated, events, main_of

# ------------- class 3: denial headlines


def test_the_denied_measure_in_the_body_is_no_act(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "China nega proibição de chips da Nvidia",
        "A China não emitiu quaisquer regras que proíbam a compra de chips H20 da Nvidia, "
        "disse o porta-voz.",
        None,
    )


def test_the_same_body_under_a_headline_of_the_act_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "China proíbe compra de chips da Nvidia",
        "A China proibiu a compra de chips H20 da Nvidia, disse o porta-voz.",
        ("CN", "tightening"),
    )


# ------------- class 4: reaction headlines


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China se opone a sanciones de EEUU contra entidades chinas",
            "Estados Unidos ha abusado de los controles de exportaciones para imponer sanciones "
            "a entidades chinas, afirmó el portavoz chino.",
        ),
        (
            "China defiende sus nuevos controles a las tierras raras",
            "Las autoridades chinas anunciaron el jueves una nueva tanda de restricciones a la "
            "exportación de tierras raras.",
        ),
        (
            "Peking wendet sich gegen neue US-Exportkontrollen für Chips",
            "Die USA haben am Montag neue Exportkontrollen für Chips nach China verhängt.",
        ),
    ],
)
def test_a_reaction_headline_makes_the_measure_context(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_a_headline_of_the_act_stays_news(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Les États-Unis imposent de nouveaux contrôles sur les puces",
        "Les États-Unis ont imposé lundi de nouveaux contrôles à l'exportation de puces vers "
        "la Chine.",
        ("US", "tightening"),
    )


def test_defending_what_is_no_measure_is_no_reaction(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Draghi difende i chip italiani",
        "Il governo ha posto il veto sull'acquisizione di un produttore italiano di "
        "semiconduttori da parte di un gruppo cinese.",
        ("IT", "tightening"),
    )


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


# ------------------------------------------------------------------- Chinese stories


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the subject of "将 ... 列入" acts, even after a topic preposition or "反对"
        ("商务部坚决反对美国将12家中国实体列入出口管制实体清单。", "US"),
        ("针对美国商务部近日将12家中国企业列入实体清单，商务部表示坚决反对。", "US"),
        ("商务部新闻发言人就美将多家中国实体列入实体清单答记者问。", "US"),
    ],
)
def test_chinese_reaction_stories_credit_the_listing_state(
    analyzer: Analyzer, body: str, expected: str
) -> None:
    found = events(analyzer, "", body)
    assert {e.jurisdiction for e in found if e.action == "sanction"} == {expected}, brief(found)


# ----------------------------------- a reaction in every language is not the measure


@pytest.mark.parametrize(
    "title",
    [
        "La Chine riposte aux nouvelles restrictions américaines sur les puces",
        "China responde a las nuevas restricciones de EEUU a los chips",
        "La Cina reagisce alle nuove restrizioni americane sui chip",
        "A China reage às novas restrições dos EUA",
    ],
)
def test_romance_reaction_is_not_the_measure(analyzer: Analyzer, title: str) -> None:
    found = events(analyzer, title, "")
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


def test_state_announcing_a_measure_still_acts(analyzer: Analyzer) -> None:
    title = "La Chine annonce de nouvelles restrictions sur le gallium"
    check(analyzer, title, "", ("CN", "tightening"))


# ------------- round 12 (zh, ja, ko), class 3: a spokesperson's answer on another state's controls


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "美升级对华芯片管制 商务部回应",
            "有记者就美国商务部近日升级对华芯片出口管制一事提问。商务部新闻发言人表示，中方注意"
            "到相关情况，美方泛化国家安全概念，希望美方立即纠正错误做法，中方将采取必要措施。",
        ),
        (
            "",
            "外交部发言人回应说，据报道美方最早将于下月出台新的芯片出口限制，中方对此坚决反对。",
        ),
    ],
)
def test_a_reaction_to_another_states_controls_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary], brief(found)


def test_a_retaliation_announced_by_the_reacting_state_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "商务部宣布对美国部分芯片企业实施出口管制",
        "针对美方滥用出口管制，商务部10日宣布，自即日起将5家美国芯片企业列入出口管制管控名单，"
        "禁止向其出口两用物项。",
        ("CN", "tightening"),
    )


# --------------------------------- round 14 (held-out set), class 3: the other state as a modifier


_US_ACT = " The U.S. Commerce Department on Monday imposed new export controls on advanced chips."


@pytest.mark.parametrize(
    "title",
    ["China opposes new US export controls on chips", "China slams U.S. chip curbs"],
)
def test_a_reaction_to_the_other_states_measure_is_no_news(analyzer: Analyzer, title: str) -> None:
    body = "A commerce ministry spokesperson said Beijing firmly opposes the measures." + _US_ACT
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    "title",
    [
        "US imposes new export controls on chips; China protests",
        "China protests as US imposes curbs on chips",
    ],
)
def test_a_headline_stating_the_act_stays_news(analyzer: Analyzer, title: str) -> None:
    body = _US_ACT.strip() + " Beijing said it firmly opposes the measures."
    check(analyzer, title, body, ("US", "tightening"))


# ------------- round 11, class 1: a condemnation is not news of the measure
# (was in test_detect_precision11.py)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "商务部回应美方芯片管制：损人不利己",
            "商务部新闻发言人表示，美方限制对华出口先进芯片，违背市场规律，中方坚决反对。",
        ),
        (
            "",
            "发言人说，美方滥用出口管制措施，对中国芯片产品加严管制，中方将采取必要措施。",
        ),
        (
            "",
            "Le porte-parole a dénoncé un abus des mesures de contrôle, après que Washington a "
            "restreint les exportations de puces.",
        ),
    ],
)
def test_a_condemnation_names_the_measure_as_its_object(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_a_complainant_that_announces_acts(analyzer: Analyzer) -> None:
    # contrast: the condemning state announces its own measure in the sentence
    body = "针对美方滥用出口管制，商务部宣布对原产于美国的相关模拟芯片进行反倾销调查。"
    check(analyzer, "", body, ("CN", "tightening"))


def test_real_news_with_analyst_quotes_stays_news(analyzer: Analyzer) -> None:
    # contrast: analysts weigh the cost, the act is still the news
    title = "US adds 30 Chinese chip firms to Entity List"
    body = (
        "The Commerce Department on Monday added 30 Chinese chip firms to the Entity List. "
        "Analysts said the move could cost American suppliers billions of dollars in sales."
    )
    check(analyzer, title, body, ("US", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "Die Bundesregierung hat bis jetzt keine Lizenzen für den Export von Chips nach China "
        "erteilt.",
        "De regering heeft nog geen vergunningen voor de export van chips naar China verleend.",
    ],
)
def test_a_verb_final_grant_negated_before_its_licence(analyzer: Analyzer, body: str) -> None:
    # a licence slowdown: no licence granted yet is no easing
    check(analyzer, "", body, None)


def test_a_verb_final_grant_without_negation_stays_news(analyzer: Analyzer) -> None:
    # contrast
    body = "Die Bundesregierung hat am Montag Lizenzen für den Export von Chips nach China erteilt."
    check(analyzer, "", body, ("DE", "easing"))


# Round 19 (issue 11): a stance told as a state of mind ("fel gekant tegen", "opposée à",
# "contraria a") heads a reaction story; the measure the reacting state names there is
# the one it reacts to, another state's: no event of the reactor, not even background.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Peking fel gekant tegen exportbeperking van Nederland",
            "Een woordvoerder van Peking zei dat de nieuwe beperkingen de handel tussen beide "
            "landen schaden. China noemde de maatregel politiek gemotiveerd.",
        ),
        (
            "La Chine opposée à la restriction des exportations néerlandaise",
            "Pékin a déclaré que les nouvelles restrictions nuiront aux échanges entre les "
            "deux pays, selon un porte-parole.",
        ),
        (
            "China, contraria a la restricción de exportaciones de Países Bajos",
            "Pekín dijo que las nuevas restricciones perjudican el comercio entre ambos "
            "países, según un portavoz.",
        ),
        (
            "La Cina contraria alla restrizione dell'export olandese",
            "Pechino ha detto che le nuove restrizioni danneggiano il commercio tra i due "
            "paesi, secondo un portavoce.",
        ),
    ],
)
def test_a_stance_headline_keeps_no_event_of_the_reacting_state(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)
    assert all(e.jurisdiction != "CN" for e in found), brief(found)


def test_a_stance_headline_that_states_the_reactors_own_act_stays_news(
    analyzer: Analyzer,
) -> None:
    check(
        analyzer,
        "China prohíbe los chips de Micron, contraria a las restricciones de Países Bajos",
        "El regulador de China prohibió el martes el uso de chips de Micron en "
        "infraestructuras críticas.",
        ("CN", "tightening"),
        only_actor=False,
    )


# ---------- round 26 (issue 11): a reaction headline in every language, by its object


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # en: the other state named as the verb's object ("condemns Washington for …")
        (
            "Beijing's trade ministry condemns Washington for adding chipmakers to its entity list",
            "The U.S. Commerce Department had on Tuesday added twelve Chinese chip firms to the "
            "Entity List. A ministry spokesperson said the move abused export controls.",
        ),
        # fr: the plural verb before "aux" and its measure
        (
            "Les Pays-Bas s'opposent aux contrôles des exportations décidés par la Chine",
            "Cette semaine, la Chine a mis en place des contrôles à l'exportation sur le "
            "germanium et ses composés.",
        ),
        # zh: the ministry opposes what the other state does; the body's ban is retold
        (
            "外交部反对美国对华芯片封锁 将维护自身权益",
            "有报道称，美国官员要求荷兰政府在本月晚些时候正式实施禁令前，立即停止向中国出口光刻机。",
        ),
        # ja: a minister's regret at the measure, marked by the dative particle
        (
            "経済産業相、中国の輸出禁止措置に「極めて遺憾」",
            "中国商務部は3日、日本向けのガリウムの輸出を禁止すると発表した。",
        ),
        # ko: a legislator opposes his own government's easing ("…에 반대")
        (
            "美 상원의원, 엔비디아 칩 대중 수출 재개에 반대",
            "미국 상무부는 15일 엔비디아 H20 칩의 중국 수출 금지를 해제했다고 밝혔다.",
        ),
        # de: read as a reaction before this round too (pins it)
        (
            "Berlin wendet sich gegen die chinesischen Exportkontrollen für Gallium",
            "China hat am Montag Exportkontrollen für Gallium und Germanium eingeführt.",
        ),
    ],
)
def test_a_reaction_headline_makes_its_object_the_premise(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # the reacting state's own countermeasure, named in the headline and told in the body
        (
            "China hits back at US tariffs with export curbs on rare earths",
            "China will require export licences for six rare earth elements with immediate "
            "effect, the commerce ministry said on Friday.",
            ("CN", "tightening"),
        ),
        # ja: the act in a clause of its own before the reaction (no dative particle)
        (
            "中国、日本向け輸出を禁止 官房長官は遺憾",
            "中国商務部は6日、日本向けの軍民両用品の輸出を禁止すると発表した。",
            ("CN", "tightening"),
        ),
        # fr: the act first, the reaction after a clause break
        (
            "La Chine interdit l'export de gallium ; Washington s'oppose aux contrôles",
            "La Chine a interdit lundi l'exportation de gallium vers les États-Unis.",
            ("CN", "tightening"),
        ),
        # fr: a clause opener after the reaction verb ("alors que"): the act is its own
        (
            "Washington critique Pékin alors que la Chine restreint les exportations de gallium",
            "La Chine a restreint lundi les exportations de gallium vers les États-Unis.",
            ("CN", "tightening"),
        ),
    ],
)
def test_an_act_outside_the_reactions_object_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected, only_actor=False)


# ------------- round 31: a measure answered by another state at the headline's end


@pytest.mark.parametrize(
    ("title", "body", "day"),
    [
        (
            # a protest after the measure; the body dates the measure the day before
            "荷兰扩大光刻机出口管制 中国商务部表示强烈不满",
            "荷兰政府9日宣布，对先进光刻设备实施出口管制。中国商务部新闻发言人10日表示，中方对此"
            "强烈不满。",
            "2024-01-10",
        ),
        (
            # a speaker and a colon; the measure only as the answer's premise, answered the
            # day before publication
            "荷兰限制光刻机出口 中国商务部：损害企业利益",
            "针对荷兰限制先进光刻设备出口，中国商务部新闻发言人3月4日表示，此举损害企业利益。"
            "荷兰政府要求出口商申请许可证。",
            "2024-03-05",
        ),
        (
            # Japanese: the measure in the dative of a comment, a day named without its month
            "韓国の輸出規制リスト改正に中国商務部がコメント",
            "韓国産業通商資源部は14日、輸出規制リストを改正し、中国企業3社を追加した。中国商務部の"
            "報道官は15日、断固として反対すると述べた。",
            "2024-06-15",
        ),
        (
            # English: the answer after a semicolon, the measure told as yesterday's
            "Japan adds 20 Chinese firms to its end-user list; China protests",
            "Japan's trade ministry added 20 Chinese entities to its end-user list yesterday. "
            "China's commerce ministry said on Tuesday it firmly opposed the move.",
            "2024-06-11",
        ),
    ],
)
def test_a_measure_another_state_answers_is_its_occasion(
    analyzer: Analyzer, title: str, body: str, day: str
) -> None:
    found = dated(analyzer, title, body, day)
    assert not main_of(found), brief(found)
    assert found, "the measure is still read, as background"


@pytest.mark.parametrize(
    ("title", "body", "day", "expected"),
    [
        (
            # the body tells the measure decided on the story's own day
            "荷兰扩大光刻机出口管制 中国商务部表示强烈不满",
            "荷兰政府10日宣布，即日起对先进光刻设备实施出口管制。中国商务部新闻发言人10日表示，"
            "中方对此强烈不满。",
            "2024-01-10",
            ("NL", "tightening"),
        ),
        (
            # no date and no premise: the measure's own story, as round 13 read it
            "荷兰扩大光刻机出口管制 中国商务部表示强烈不满",
            "荷兰政府宣布对先进光刻设备实施出口管制。中国商务部新闻发言人表示，中方对此强烈不满。",
            "2024-01-10",
            ("NL", "tightening"),
        ),
        (
            # the speaker of the measure's own state: its notice, not an answer
            "美国将12家中企列入实体清单 美国商务部：即日生效",
            "美国商务部9日宣布，将12家中国企业列入实体清单，即日生效。",
            "2024-01-10",
            ("US", "tightening"),
        ),
        (
            # English: the measure told on the story's own day
            "Japan adds 20 Chinese firms to its end-user list; China protests",
            "Japan's trade ministry added 20 Chinese entities to its end-user list on Tuesday. "
            "China's commerce ministry said it firmly opposed the move.",
            "2024-06-11",
            ("JP", "tightening"),
        ),
    ],
)
def test_a_measure_told_as_news_before_an_answer_stays(
    analyzer: Analyzer, title: str, body: str, day: str, expected: tuple[str, str]
) -> None:
    found = dated(analyzer, title, body, day)
    assert expected in main_of(found), brief(found)
