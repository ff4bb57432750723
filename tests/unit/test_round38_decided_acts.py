"""Decided acts the detector missed on real news (round 38, issue 11).

Removals of restrictions told in the passive, a green light formalised, a trade made
"subject to" a licence, licence waivers with their issuer, Chinese merger-control acts
on a deal, and a trade blacklist expanded. Each class has its near misses: proposals
and hopes, rules explained, "cannot ... without a licence".
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

# --- removal of restrictions, active and passive -----------------------------------

_REMOVED = [
    "China announced that restrictions on exports of gallium to the US were removed.",
    "A China anunciou que foram removidas as restrições às exportações de gálio para os EUA.",
    "A China anunciou que as restrições às exportações de gálio para os EUA foram removidas.",
    "China anunció que las restricciones a las exportaciones de galio a Estados Unidos fueron "
    "eliminadas.",
    "La Cina ha annunciato che sono state rimosse le restrizioni all'export di gallio.",
    "La Cina ha annunciato che le restrizioni all'export di gallio sono state rimosse.",
    "La Chine a annoncé que les restrictions sur les exportations de gallium ont été levées.",
    "China kündigte an, dass die Beschränkungen für Exporte von Gallium aufgehoben wurden.",
    "China kondigde aan dat de beperkingen op de export van gallium zijn opgeheven.",
]


@pytest.mark.parametrize("body", _REMOVED)
def test_restrictions_removed_ease_without_a_tightening(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(
        e.jurisdiction == "CN" and e.action == "relax" and e.direction == "easing" for e in found
    ), brief(found)
    # the measure noun is the passive's subject, not a second act
    assert not any(e.direction == "tightening" for e in found), brief(found)


def test_a_tightening_beside_a_removal_keeps_both(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "China tightened controls on synthetic graphite, while restrictions on exports of "
        "five other graphite types were removed.",
    )
    directions = {e.direction for e in found if e.jurisdiction == "CN" and e.primary}
    assert directions == {"tightening", "easing"}, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Industry groups asked China to remove the restrictions on exports of gallium.",
        "As empresas pediram que a China remova as restrições às exportações de gálio.",
        "Le imprese sperano che la Cina rimuova le restrizioni all'export di gallio.",
    ],
)
def test_removal_asked_for_is_no_easing(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.primary and e.direction == "easing" for e in found), brief(found)


# --- a green light formalised ------------------------------------------------------

_GREEN_LIGHT = [
    "The Trump administration formalised the green light for resuming H200 shipments to "
    "China, and Nvidia must certify that buyers are vetted.",
    "L'amministrazione Trump ha formalizzato il via libera alla ripresa delle spedizioni di "
    "H200 verso la Cina.",
    "L'administration Trump a formalisé son feu vert à la reprise des livraisons de H200 "
    "vers la Chine.",
    "La administración Trump formalizó la luz verde para reanudar los envíos de H200 a China.",
    "O governo Trump formalizou o sinal verde para retomar os envios de H200 para a China.",
    "Die US-Regierung gab grünes Licht für die Lieferung von H200-Chips nach China.",
]


@pytest.mark.parametrize("body", _GREEN_LIGHT)
def test_a_green_light_formalised_approves(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(e.jurisdiction == "US" and e.direction == "easing" and e.primary for e in found), (
        brief(found)
    )
    assert not any(e.direction == "tightening" for e in found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Nvidia hopes for a green light from Washington for H200 sales to China.",
        "Nvidia spera nel via libera di Washington per le vendite di H200 in Cina.",
        "Nvidia hofft auf grünes Licht aus Washington für H200-Exporte nach China.",
        "Nvidia espera la luz verde de Washington para vender H200 en China.",
    ],
)
def test_a_green_light_hoped_for_is_none(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.primary for e in found), brief(found)


# --- a trade made subject to a licence ---------------------------------------------

_SUBJECT_TO = [
    "Malaysia announced that exports and transits of high-performance AI chips of US origin "
    "are subject to a Strategic Trade Permit.",
    "Malasia anunció que las exportaciones de chips de IA de origen estadounidense están "
    "sujetas a licencia.",
    "La Cina ha annunciato che le esportazioni di gallio sono soggette a licenza.",
    "La Malaisie a annoncé que les exportations de puces d'IA d'origine américaine sont "
    "soumises à une licence.",
    "A Malásia anunciou que as exportações de chips de IA de origem americana ficam sujeitas "
    "a licença.",
    "Malaysia teilte mit, dass Exporte von KI-Chips aus US-Herstellung ab sofort einer "
    "Genehmigungspflicht unterliegen.",
]


@pytest.mark.parametrize("body", _SUBJECT_TO)
def test_a_trade_made_subject_to_a_licence_is_a_licence_duty(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(
        e.action == "license" and e.direction == "tightening" and e.primary for e in found
    ), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Under US rules, exports of H100 chips to China are subject to a licence.",
        "Nvidia said its H20 chips are subject to US export licensing requirements.",
        "The acquisition is subject to regulatory approval from China.",
        "Die Exporte nach China unterliegen seit 2023 einer Genehmigungspflicht der USA.",
        "Las exportaciones de chips a China están sujetas a licencia desde 2022.",
    ],
)
def test_a_licence_duty_explained_is_none(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.primary for e in found), brief(found)


# --- licence waivers: the issuer acts ----------------------------------------------

_WAIVED = [
    "Under the new rule, countries with export controls comparable to the US may export "
    "H100 chips without a US licence.",
    "Japan can now import H100 chips without a US licence.",
    "미국 상무부는 동맹국들이 별도의 허가를 받지 않고도 H100을 수출할 수 있다고 밝혔다.",
    "米政府は同盟国が米国の許可がなくてもH100を輸出できるようにした。",
    "米商務省は同盟国向けのH100輸出について許可を不要とした。",
]


@pytest.mark.parametrize("body", _WAIVED)
def test_the_state_waiving_its_licence_eases(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(
        e.jurisdiction == "US" and e.action == "license" and e.direction == "easing" for e in found
    ), brief(found)
    assert not any(e.jurisdiction == "JP" and e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "중국 기업은 미국의 허가 없이 H100을 수입할 수 없다.",
        "Chinese firms cannot import H100 chips without a US licence.",
    ],
)
def test_no_trade_without_a_licence_is_no_waiver(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.direction == "easing" for e in found), brief(found)


# --- Chinese merger control on a chip deal -----------------------------------------

_MERGER = [
    (
        "市场监管总局依法对高通公司收购Autotalks公司违法实施经营者集中事宜进行立案调查。",
        "tightening",
    ),
    ("市场监管总局对高通收购Autotalks一事立案调查。", "tightening"),
    ("市場監管總局對高通收購Autotalks一事立案調查。", "tightening"),
    ("市场监管总局对英伟达收购迈络思股权案进行审查，附加限制性条件批准此项集中。", "easing"),
    ("市场监管总局决定禁止此项经营者集中。", "tightening"),
]


@pytest.mark.parametrize(("body", "direction"), _MERGER)
def test_merger_control_on_a_deal_is_the_regulators_act(
    analyzer: Analyzer, body: str, direction: str
) -> None:
    found = events(analyzer, "", body)
    assert any(e.jurisdiction == "CN" and e.direction == direction and e.primary for e in found), (
        brief(found)
    )


def test_a_firm_acquiring_is_no_state_act(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "高通收购Autotalks后暂停了部分芯片出货。")
    assert not any(e.primary for e in found), brief(found)


# --- a blacklist expanded ----------------------------------------------------------

_EXPANDED = [
    "The decision of the Commerce Department to expand the Entity List from 16 December "
    "will restrict further exports of HBM to China.",
    "A decisão do Departamento de Comércio dos EUA de expandir a Entity List a partir de 16 "
    "de dezembro vai restringir ainda mais as exportações de HBM para a China.",
    "La décision du département du Commerce d'élargir l'Entity List à partir du "
    "16 décembre va restreindre les exportations de HBM vers la Chine.",
    "Das US-Handelsministerium hat beschlossen, die Entity List ab dem 16. Dezember zu erweitern.",
]


@pytest.mark.parametrize("body", _EXPANDED)
def test_a_blacklist_expanded_is_decided(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(
        e.jurisdiction == "US" and e.direction == "tightening" and e.primary for e in found
    ), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "The US is considering whether to expand the Entity List to more Chinese firms.",
        "Huawei expanded its chip output despite US curbs, analysts said.",
    ],
)
def test_an_expansion_weighed_is_none(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.primary for e in found), brief(found)


# --- the countries that hold such controls are described, not acting ----------------


@pytest.mark.parametrize(
    "body",
    [
        "미국은 자국과 유사한 수출통제를 시행하는 국가는 미국의 허가를 받지 않고도 H100을 "
        "수출할 수 있도록 했다.",
        "米国は同様の輸出規制を実施する国にはH100の輸出許可を不要とした。",
    ],
)
def test_controls_of_the_countries_spared_are_no_tightening(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(e.jurisdiction == "US" and e.direction == "easing" for e in found), brief(found)
    assert not any(e.direction == "tightening" for e in found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "미국 정부는 중국에 대한 수출통제를 시행한다고 밝혔다.",
        "日本政府は輸出規制を実施すると発表した。",
    ],
)
def test_controls_the_state_implements_still_tighten(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(e.direction == "tightening" and e.primary for e in found), brief(found)


def test_a_licence_duty_on_goods_from_a_place_is_explained(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "", "Exports from Malaysia are subject to a permit under its 2010 law."
    )
    assert not any(e.primary for e in found), brief(found)
