"""Plans, intentions and conditionals in French, Spanish, Italian, Portuguese (round 22, issue 11).

Own sentences. The closed class of plan and possibility words a Romance story puts before
its predicate ("deverá", "pondera", "tenciona", "ipotizza", European Portuguese "planeia",
"está a estudar"; ``modal_cues``, ``intent_plan_cues``) turn an act into talk; a
headline's plan and near-future forms complete ``leak_headline_modals``. The contrasts
stay news: an act already taken beside a "deverá"/"dovrebbe" about its entry into force, a possible
exemption told after the act, a condition of the act's own scope.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "O governo deverá proibir a venda de chips da Nvidia à China",
            "O governo americano deverá proibir a venda dos chips H20 da Nvidia à China.",
        ),
        (
            "O governo pondera proibir a venda de chips da Nvidia à China",
            "O governo americano pondera proibir a venda dos chips H20 da Nvidia à China.",
        ),
        (
            "Pequim tenciona restringir exportações de gálio",
            "O governo chinês tenciona restringir as exportações de gálio para o Japão.",
        ),
        (
            "Il governo ipotizza il blocco della vendita di chip Nvidia alla Cina",
            "Il governo statunitense ipotizza di vietare la vendita dei chip H20 di Nvidia "
            "alla Cina.",
        ),
        (
            # a near-future form in the headline over a sourced lead (a leak story)
            "EUA em vias de proibir chips da Nvidia para a China",
            "A proibição da venda dos chips H20 da Nvidia à China sairá nos próximos dias, "
            "segundo fontes do setor.",
        ),
    ],
)
def test_a_plan_or_possibility_reads_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            # "deverá" about the entry into force of an act already taken
            "A China restringiu exportações de gálio; medida deverá entrar em vigor na segunda",
            "A China restringiu nesta quinta-feira as exportações de gálio para o Japão. A "
            "medida deverá entrar em vigor na segunda-feira.",
            ("CN", "tightening"),
        ),
        (
            "La Cina vieta l'export di gallio verso il Giappone; la misura dovrebbe entrare in "
            "vigore lunedì",
            "La Cina ha vietato giovedì le esportazioni di gallio verso il Giappone. La misura "
            "dovrebbe entrare in vigore lunedì.",
            ("CN", "tightening"),
        ),
        (
            # a possible exemption told after the act
            "Washington interdit les puces Nvidia; d'éventuelles exemptions étudiées",
            "Les États-Unis ont interdit jeudi la vente des puces H20 de Nvidia à la Chine. "
            "D'éventuelles exemptions seront étudiées.",
            ("US", "tightening"),
        ),
        (
            # a condition of the act's own scope, after its predicate
            "EEUU restringe la venta de chips a China en caso de uso militar",
            "Estados Unidos restringió el jueves la venta de chips de Nvidia a China en caso de "
            "uso militar, anunció el Departamento de Comercio.",
            ("US", "tightening"),
        ),
        (
            # "verso" as a direction of trade, not "heading for" a measure
            "Usa, stop ai chip Nvidia verso la Cina",
            "Gli Stati Uniti hanno vietato giovedì la vendita dei chip H20 di Nvidia alla "
            "Cina, secondo fonti vicine al dossier.",
            ("US", "tightening"),
        ),
    ],
)
def test_an_act_beside_a_plan_word_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
