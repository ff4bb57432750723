"""A decided measure told in the future or as an announcement (round 32, issue 11).

1. A measure noun under a governing verb in the Romance future ("conduzirá uma revisão de
   segurança", "abrirá una investigación", "avvierà un'indagine", "vai conduzir …"): the
   future states the act as the predicate verbs' own futures do ("investigará"); it is read.
   The conditional of the same verb ("conduziria", "impondría") states no act.
2. An announcement still to come ("anunciará restricciones", "vai anunciar", "annoncera")
   is no act, as English "will announce" is not.
3. The Romance announcement in the present and the compound past ("Japón anuncia
   restricciones …", "ha anunciado … la imposición de restricciones", "annuncia") governs
   the measure noun as "anunció" and English "announces" do; the agreeing participle
   after a measure ("las medidas anunciadas por Pekín") does not.
Our own sentences.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A autoridade de cibersegurança da China conduzirá uma revisão de segurança dos "
            "servidores vendidos no país pela Micron, informou o órgão nesta quinta-feira.",
            ("CN", "investigate"),
        ),
        (
            "A autoridade de cibersegurança da China vai conduzir uma revisão de segurança dos "
            "servidores da Micron, informou o órgão nesta quinta-feira.",
            ("CN", "investigate"),
        ),
        (
            "El regulador chino abrirá una investigación sobre los servidores de Micron, "
            "informó el organismo este jueves.",
            ("CN", "investigate"),
        ),
        (
            "La Cina avvierà un'indagine sui server di Micron, ha comunicato l'autorità giovedì.",
            ("CN", "investigate"),
        ),
        (
            "Japón impondrá restricciones a la exportación de equipos de fabricación de chips.",
            ("JP", "restrict"),
        ),
    ],
)
def test_future_of_governing_verb_is_the_act(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    found = events(analyzer, "Semana del sector", body)
    main = {(e.jurisdiction, e.action) for e in found if e.primary}
    assert expected in main, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        # the conditional states no act
        "A autoridade de cibersegurança da China conduziria uma revisão de segurança dos "
        "servidores da Micron, se a empresa não cooperar.",
        "Japón impondría restricciones a la exportación de equipos de fabricación de chips.",
        # an announcement still to come
        "Japón anunciará restricciones a la exportación de equipos de fabricación de chips "
        "la semana que viene.",
        "O Japão vai anunciar restrições às exportações de equipamentos para chips.",
        "Le Japon annoncera des restrictions sur les exportations d'équipements de puces.",
    ],
)
def test_conditional_and_coming_announcement_are_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Semana del sector", body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Taiwán anuncia restricciones a la exportación de chips a China", ""),
        (
            "Semana del sector",
            "Taiwán anuncia este lunes restricciones a la exportación de chips a China.",
        ),
        (
            "Semana del sector",
            "Taiwán ha anunciado este lunes restricciones a la exportación de chips a China.",
        ),
        ("Taiwan annuncia restrizioni all'esportazione di chip verso la Cina", ""),
        ("Taiwan anuncia restrições às exportações de chips para a China", ""),
    ],
)
def test_announcement_in_present_and_compound_past(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert ("TW", "tightening") in main_of(found), brief(found)


def test_agreeing_participle_after_a_measure_is_no_announcement(analyzer: Analyzer) -> None:
    body = (
        "Taiwán ha dicho que no ve las medidas anunciadas por Pekín en agosto como una "
        "represalia contra sus fabricantes de chips."
    )
    found = events(analyzer, "Semana del sector", body)
    assert ("CN", "tightening") not in main_of(found), brief(found)
