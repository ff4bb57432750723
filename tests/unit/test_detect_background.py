"""Main news against background, own sentences: what a sentence tells as earlier or standing.

An "after", "since", "despite" or "sigue a" clause naming an earlier act; past perfect and
"in recent years" beyond English; a Chinese or Japanese measure followed by "after"; a
measure that stands or is restated; a chip's standing status in an apposition; an
investigation dated by its apposition; a Romance imperfect describing a state; a
briefing question about earlier news. Contrasts: the day's act, also with a time word or
a clause before it. Written over issue 11's rounds 3 to 13.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, check_any_actor, events, main_of

# ------------------------------------------------------------------ background, actors


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a verb in an "after" clause with its own subject is the earlier event
        (
            "",
            "Nvidia is rebuilding its China sales after Washington lifted a ban on the "
            "H20 last month.",
            None,
        ),
        # a rule broken exists already
        ("", "Customs officers seized servers shipped in violation of US export controls.", None),
        ("", "海关查获了违反美国出口管制的服务器。", None),
        # Romance "a China" is a place, and a participle after its noun qualifies it
        ("EEUU autoriza ventas de chips de Nvidia a China", "", ("US", "easing")),
        ("", "Las ventas solo podrán ir a clientes aprobados en China.", None),
        # heads of government act for their state
        ("Trump blocks sale of chip designer to Chinese fund", "", ("US", "tightening")),
    ],
)
def test_background_and_actors(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check_any_actor(analyzer, title, body, expected)


# ------------------------------------- a Romance imperfect in a relative clause


def test_imperfect_in_relative_clause_describes_a_state(analyzer: Analyzer) -> None:
    body = (
        "Os Estados Unidos anunciaram novas regras de exportação. Elas eliminam uma isenção "
        "que permitia que certos chips dos EUA fossem exportados sem licença."
    )
    found = events(analyzer, "", body)
    assert [e for e in found if e.direction == "tightening"], brief(found)
    assert not [e for e in found if e.direction == "easing"], brief(found)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a past act in the preterite is news
        ("Estados Unidos permitió la venta de chips H20 a China.", ("US", "easing")),
        # a conditional reported by an announcing verb stays a reported decision
        (
            "El Departamento de Comercio anunció que prohibiría la venta de chips "
            "avanzados a China a partir de enero.",
            ("US", "tightening"),
        ),
    ],
)
def test_preterite_and_reported_conditional_stay_acts(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, "", body, expected)


# ------------------------- "despite the decision to allow": the decision is earlier


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        (
            "Beijing will keep limits on the chips despite Washington's decision to allow "
            "their sale.",
            "US",
        ),
        (
            "China mantiene los límites a pesar de la decisión de Estados Unidos de permitir "
            "la venta de chips H200.",
            "US",
        ),
    ],
)
def test_decision_after_despite_is_background(analyzer: Analyzer, body: str, actor: str) -> None:
    found = events(analyzer, "", body)
    easing = [e for e in found if e.direction == "easing"]
    assert easing, brief(found)
    assert all(not e.primary and e.jurisdiction == actor for e in easing), brief(found)


def test_decision_itself_is_news(analyzer: Analyzer) -> None:
    body = "Estados Unidos tomó la decisión de permitir la venta de chips H200 a China."
    check(analyzer, "", body, ("US", "easing"))


# ------------------------- a Chinese or Japanese measure followed by "after"


@pytest.mark.parametrize(
    "title",
    ["中国实施镓出口管制后，相关产品出口大幅下降", "日本の輸出規制後、装置の対中出荷が減少"],
)
def test_cjk_measure_before_after_is_background(analyzer: Analyzer, title: str) -> None:
    check(analyzer, title, "", None)


def test_cjk_measure_without_after_is_news(analyzer: Analyzer) -> None:
    check(analyzer, "中国宣布对镓实施出口管制", "", ("CN", "tightening"))


# ----------------------------------------------- "follows" in the Romance languages


def test_sigue_a_la_decision_is_the_earlier_act(analyzer: Analyzer) -> None:
    body = (
        "Pekín estudia cuotas de compra de aceleradores extranjeros. Esto sigue a la "
        "decisión de Washington el lunes de dar luz verde a la venta de los chips H200."
    )
    found = events(analyzer, "", body)
    assert not [e for e in found if e.primary], brief(found)


# ------------------------------------- German "nach" before a state is "to", not "after"


def test_nach_before_a_state_is_a_direction(analyzer: Analyzer) -> None:
    body = "Die US-Regierung hat Lizenzen für die Lieferung der Beschleuniger nach China erteilt."
    check(analyzer, "", body, ("US", "easing"))


def test_after_with_its_own_subject_stays_an_earlier_clause(analyzer: Analyzer) -> None:
    body = "Nvidia resumed sales of the H20 in China after Washington lifted its ban on the chip."
    check(analyzer, "", body, None)


# -------------------------------- past perfect and "in recent years" beyond English


@pytest.mark.parametrize(
    "body",
    [
        "Im Frühjahr hatte die Regierung in Washington die Ausfuhr der H20 untersagt.",
        "La Casa Blanca había prohibido la venta de los aceleradores H20 a China.",
        "Le Japon avait imposé des restrictions sur les machines de gravure.",
        "Il governo olandese aveva vietato l'export delle macchine di ASML.",
        "O governo chinês tinha proibido a compra dos chips H20.",
        "Washington hat sein Technologie-Embargo in den vergangenen Jahren verschärft.",
        "El Gobierno chino ha endurecido en los últimos años los controles sobre el galio.",
        "Het kabinet heeft de afgelopen jaren de export van chipmachines beperkt.",
    ],
)
def test_past_perfect_and_recent_years_are_background(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert found, "the act is still read"
    assert not [e for e in found if e.primary], brief(found)


@pytest.mark.parametrize(
    "body, state",
    [
        ("La Casa Blanca prohibió la venta de los aceleradores H20 a China.", "US"),
        ("Il governo olandese ha vietato l'export delle macchine di ASML.", "NL"),
    ],
)
def test_simple_past_stays_news(analyzer: Analyzer, body: str, state: str) -> None:
    check(analyzer, "", body, (state, "tightening"))


# -------------------------- a briefing question and "先前" report earlier news


@pytest.mark.parametrize(
    "body",
    [
        "在外交部例行记者会上，有路透记者就此提问，并提及有关中方不鼓励企业使用H20的报道，询问中方看法。",
        "据了解，商务部先前已对镓锗出口实施管制。",
    ],
)
def test_questions_and_earlier_acts(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


# ------------- a measure noun pointed back at the measure told before


def test_a_restated_measure_is_no_new_event(analyzer: Analyzer) -> None:
    body = (
        "米商務省は13日、AIチップの中国向け輸出に関する規制を緩和した。"
        "同措置は他社の製品にも適用される。"
    )
    found = events(analyzer, "", body)
    assert {(e.jurisdiction, e.direction) for e in found} == {("US", "easing")}, brief(found)


def test_a_new_measure_noun_still_reads(analyzer: Analyzer) -> None:
    # contrast: no determiner points back; another state's new measure
    body = (
        "米商務省は13日、AIチップの中国向け輸出に関する規制を緩和した。"
        "中国商務省は14日、新たな輸出管理措置を発表した。"
    )
    found = events(analyzer, "", body)
    assert ("CN", "tightening") in {(e.jurisdiction, e.direction) for e in found}, brief(found)


# ------------- round 12 (English), class 3: a chip's standing status is no event


def test_a_chips_status_in_an_apposition_is_no_event(analyzer: Analyzer) -> None:
    title = "Smuggled AI chips sold openly in Shenzhen"
    body = (
        "Washington tightened its export rules in April. The B200 processors, restricted "
        "for sale in China, are traded openly in Shenzhen markets, a newspaper found."
    )
    check(analyzer, title, body, None)


def test_a_chips_status_after_the_noun_of_an_apposition_is_no_event(
    analyzer: Analyzer,
) -> None:
    body = (
        "Beijing has told state firms to stop buying the H20, the most capable chip "
        "allowed for sale to China under US rules."
    )
    found = events(analyzer, "", body)
    assert not [e for e in found if e.direction == "easing"], brief(found)
    check(analyzer, "", body, ("CN", "tightening"))


def test_an_apposition_on_the_subject_leaves_the_act(analyzer: Analyzer) -> None:
    # contrast: the apposition names the firm; the passive after it is the news
    body = (
        "Nvidia, the chipmaker, was allowed to sell the H20 to China on Monday, the "
        "Commerce Department said."
    )
    check(analyzer, "", body, ("US", "easing"))


def test_a_restriction_with_a_clause_before_it_stays_news(analyzer: Analyzer) -> None:
    # contrast: the comma opens the subject's clause, not an apposition
    body = "Washington, citing security risks, restricted exports of B200 processors to China."
    check(analyzer, "", body, ("US", "tightening"))


# -------- round 12 (European languages), class 3: what stands, and what a concession grants


@pytest.mark.parametrize(
    "body",
    [
        "China beperkt nog steeds de levering van zeldzame aardmetalen aan de VS.",
        "Peking beschränkt weiterhin die Ausfuhr von Gallium in die USA.",
        "Attualmente il governo degli Stati Uniti limita i chip che Nvidia può vendere in Cina.",
        "Washington continue de bloquer les ventes de puces Nvidia à la Chine.",
    ],
)
def test_a_measure_that_stands_is_no_new_event(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("China beperkt vanaf vandaag de export van gallium.", ("CN", "tightening")),
        (
            "Les États-Unis interdisent désormais l'exportation de puces H20 vers la Chine.",
            ("US", "tightening"),
        ),
    ],
)
def test_a_new_measure_with_a_time_word_stays_news(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, "", body, expected)


def test_a_concessive_clause_holds_background(analyzer: Analyzer) -> None:
    body = (
        "Apesar de a administração dos EUA ter dado luz verde às vendas do chip H20, as "
        "encomendas da Nvidia continuam paradas, segundo a Reuters."
    )
    check(analyzer, "", body, None)


# ------------- round 12 (European languages), class 5: impact stories since a ban, denials


@pytest.mark.parametrize(
    "body",
    [
        "Seit die USA den Verkauf von KI-Chips nach China verboten haben, hat Nvidia verloren.",
        "Da quando gli USA hanno vietato la vendita di chip alla Cina, Nvidia ha perso quote.",
        "Desde que os EUA proibiram a venda de chips à China, a Nvidia perdeu quota de mercado.",
    ],
)
def test_a_ban_that_a_since_clause_names_is_background(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not [e for e in found if e.primary], brief(found)


def test_a_german_main_clause_after_a_phrase_stays_news(analyzer: Analyzer) -> None:
    # contrast: "Nach Angaben ... hat China ... verboten" is a main clause, not "since"
    body = (
        "Nach Angaben des Handelsministeriums hat China den Export von Gallium in die USA verboten."
    )
    check(analyzer, "", body, ("CN", "tightening"))


# ------------- round 13 (European languages), class 5: process steps and pluperfects


@pytest.mark.parametrize(
    "body",
    [
        "L'enquête, lancée en décembre, pourrait déboucher sur des droits de douane sur les "
        "puces chinoises.",
        "Die Untersuchung, die im Dezember eingeleitet wurde, könnte zu Zöllen auf Chips aus "
        "China führen.",
    ],
)
def test_an_investigation_dated_by_its_apposition_is_no_news(analyzer: Analyzer, body: str) -> None:
    # the headline's agency is the anaphor's actor: on main the dated noun read as its news
    check(analyzer, "L'USTR tiendra une audience mardi sur les puces chinoises", body, None)


def test_an_investigation_opened_today_stays_news(analyzer: Analyzer) -> None:
    # contrast: no dated apposition; the opening is the news
    check(
        analyzer,
        "",
        "Le bureau du représentant américain au commerce (USTR) a ouvert une enquête sur "
        "les puces chinoises.",
        ("US", "tightening"),
    )


def test_a_pluperfect_reaches_its_infinitive(analyzer: Analyzer) -> None:
    # contrast of class 1: a resumption granted in a pluperfect is history
    check(
        analyzer,
        "",
        "L'amministrazione Trump aveva concesso a Nvidia di riprendere le spedizioni dei chip "
        "H20 in Cina.",
        None,
    )


# Round 19 (issue 11): a copula of continuity before a measure's participle ("restent
# exclus", "permanecen prohibidos", "restano vietati", "bleiben verboten") tells a status,
# not an act; contrast: the easing the same story reports stays news.
@pytest.mark.parametrize(
    "sentence",
    [
        "Les puces les plus puissantes de Nvidia restent exclues de l'assouplissement.",
        "Los chips más potentes de Nvidia permanecen prohibidos para China.",
        "I chip più potenti di Nvidia restano vietati in Cina.",
        "Die stärksten Chips von Nvidia bleiben für China verboten.",
    ],
)
def test_a_measure_that_remains_is_a_status_not_an_act(analyzer: Analyzer, sentence: str) -> None:
    title = "Washington assouplit les règles sur les puces H20 de Nvidia"
    found = events(analyzer, title, sentence)
    assert all(e.direction != "tightening" for e in found), brief(found)
    assert ("US", "easing") in main_of(found), brief(found)
