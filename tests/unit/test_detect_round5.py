"""Detector rules of round 5 (issue 11), on whole sentences through catalog and pattern file.

Every sentence is our own, written for the class it names: a Romance imperfect in a
relative clause (a state described), states used as qualifiers of a Chinese noun, a
hyphenated pair of states (a relation), a target after a non-ASCII preposition ("für
China"), a future a paper reports ("según el FT"), regulators discussing a measure.
Contrasts sit beside each rule.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

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


# --------------------------------------------- a future a paper reports


@pytest.mark.parametrize(
    "title",
    [
        "China limitará las compras de chips de Nvidia, según el FT",
        "A China restringirá as compras de chips da Nvidia, segundo a Reuters",
        "La Chine restreindra l'accès aux puces Nvidia, selon le FT",
    ],
)
def test_future_reported_by_a_paper_is_a_plan(analyzer: Analyzer, title: str) -> None:
    check(analyzer, title, "", None)


def test_future_announced_by_the_state_is_decided(analyzer: Analyzer) -> None:
    body = "El Ministerio de Comercio de China limitará las exportaciones de galio desde agosto."
    check(analyzer, "", body, ("CN", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "El gobierno chino está discutiendo formas de permitir compras de chips H200.",
        "O governo chinês está discutindo como permitir compras de chips H200.",
    ],
)
def test_discussing_a_measure_is_talk(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


# ------------------------------------- export approvals for a plant are trade policy


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "US to allow yearly tool export approvals for two Korean memory fabs in China",
            "",
            ("US", "easing"),
        ),
        # contrast: a plant approved, or a subsidy for one, is no chip policy
        ("", "The cabinet approved three new chip plants in the north.", None),
        ("", "Japan approved subsidies for two chip factories.", None),
    ],
)
def test_export_approvals_for_a_fab(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


# ------------------------------ a Romance article before an English-shaped -s word


@pytest.mark.parametrize(
    "body",
    [
        "Pékin a réagi avec fermeté face aux sanctions technologiques des États-Unis.",
        "A China reagiu às sanctions americanas com uma nova investigação comercial.",
    ],
)
def test_romance_article_makes_a_noun(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not [e for e in found if e.action == "sanction"], brief(found)


def test_french_verb_of_sanction_still_reads(analyzer: Analyzer) -> None:
    check(
        analyzer, "", "Les États-Unis sanctionnent deux fabricants de puces.", ("US", "tightening")
    )


# ------------------------------------ Romance directives to stop buying chips


@pytest.mark.parametrize(
    "body",
    [
        "El gobierno chino recomienda a las empresas locales dejar de adquirir chips de Nvidia.",
        "O governo chinês pediu às empresas que deixem de comprar chips da Nvidia.",
        "Le gouvernement chinois demande aux entreprises d'arrêter d'acheter des puces Nvidia.",
    ],
)
def test_romance_directive_to_stop_buying(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("CN", "tightening"))


# ------------------------------------- an inverted source after a comma


def test_inverted_source_after_a_comma(analyzer: Analyzer) -> None:
    body = "La venta de los chips H20 se permitirá con un arancel del 15%, dijo Trump el martes."
    check(analyzer, "", body, ("US", "easing"))


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


# ------------------------------------------------- "May" the month is no modal


def test_may_before_a_day_is_the_month(analyzer: Analyzer) -> None:
    title = "US rescinds chip rule"
    body = "On May 12, the Commerce Department announced the rescission of the chip rule."
    check(analyzer, title, body, ("US", "easing"))


def test_may_before_a_verb_is_a_modal(analyzer: Analyzer) -> None:
    check(analyzer, "", "The Commerce Department may lift the rule on chip exports.", None)


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
