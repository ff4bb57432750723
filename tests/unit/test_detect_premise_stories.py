"""Round 29 (issue 11): stories about something else, with a measure as their premise.

A headline whose news is not a state's act, over a body that restates earlier measures:
a firm's sales, deliveries or orders (``business_cues``), experts or analysts who ask or
warn (``speaker_cues`` with ``genre_body_verbs``, read as an industry body is), legislators
proposing a bill with a German separable verb ("schlagen … vor"), and a Chinese headline
whose short state alias fuses the plan word ("美拟…"). The contrasts keep a headline act.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Nvidia: Gespräche über Verkauf neuer KI-Chips an China ziehen sich hin",
            "Die Regierung in Washington hat ihr Embargo für Hochleistungschips verschärft. "
            "Der Konzern verhandelt nun über eine abgespeckte Version.",
        ),
        (
            "Nvidia s'apprête à reprendre la vente de ses puces en Chine",
            "Le gouvernement américain a restreint les exportations de puces avancées vers "
            "la Chine, avant d'assouplir ces règles.",
        ),
        (
            "Nvidia : les groupes chinois commandent davantage de puces",
            "Pékin développe de nouvelles règles d'efficacité énergétique pour les puces.",
        ),
    ],
    ids=["de-talks", "fr-resume", "fr-orders"],
)
def test_a_firms_sales_headline_makes_the_measures_its_premise(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Vendite di chip AI in Cina: gli esperti chiedono uno stop",
            "L'amministrazione americana ha introdotto nuove restrizioni alle esportazioni "
            "di chip verso la Cina. Poi il Dipartimento del Commercio ha eliminato il divieto.",
        ),
        (
            "Ventes de puces en Chine : des experts demandent un arrêt",
            "Washington a imposé des restrictions aux exportations de puces vers la Chine.",
        ),
    ],
    ids=["it", "fr"],
)
def test_experts_asking_make_the_measures_their_occasion(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_senators_proposing_with_a_separable_verb_are_an_initiative(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "US-Senatoren schlagen Gesetz gegen Chipexporte nach China vor",
        "Das Gesetz würde die Exportregeln für 30 Monate festschreiben und der Regierung "
        "verbieten, sie zu lockern.",
        None,
    )


def test_a_plan_word_fused_into_a_short_state_alias_is_a_plan(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "美拟立法限制先进芯片出口 业界担忧",
        "根据参议员提出的法案，要求美国商务部在未来30个月内不核发先进芯片出口许可。",
        None,
    )


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # contrasts: the headline tells the state's act itself
        (
            "Nvidia: USA verbieten Verkauf von KI-Chips an China",
            "Die US-Regierung hat am Montag den Verkauf der Chips nach China verboten.",
            ("US", "tightening"),
        ),
        (
            "Washington interdit la vente des puces Nvidia en Chine; des experts demandent plus",
            "Le gouvernement américain a interdit lundi la vente des puces Nvidia en Chine.",
            ("US", "tightening"),
        ),
        (
            "美宣布限制先进芯片出口",
            "美国商务部周一宣布限制先进芯片对华出口，即日起生效。",
            ("US", "tightening"),
        ),
    ],
    ids=["de-firm-label", "fr-act-first", "zh-act"],
)
def test_a_headline_act_keeps_the_story(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


def test_an_officials_defence_set_after_the_act_is_a_response(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Trade Secretary Defends Chip Export Curbs Before Senate Panel",
        "The secretary told senators that the new export controls protect American "
        "technology. His remarks come after the Commerce Department added 20 Chinese "
        "firms to the Entity List.",
        None,
    )


def test_an_answer_that_states_a_new_act_keeps_it(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Commerce Secretary defends chip curbs, announces new licence rule",
        "The Commerce Department on Tuesday announced it will require licences for "
        "exports of advanced AI chips to Malaysia, effective immediately.",
        ("US", "tightening"),
    )
