"""A month that dates a sentence's measure dates what the sentence says it does (issue 11).

Round 35: "The administration published in October a broad set of controls, including
rules that restrict ...", "The framework, issued in January by the ministry, set tighter
limits ..., blocking ...": the relative, the gerund or the infinitive far after the month
has no subject of its own; it tells the content of a measure taken months before the
story, its premise. Contrasts: the month of this or the last month, a start to come, and
a later clause with a subject of its own.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, main_of

_TITLE = "Talks with allies on chip tools go on"


@pytest.mark.parametrize(
    "body",
    [
        "El gobierno de Estados Unidos publicó en octubre un paquete de normas sobre "
        "exportaciones, entre ellas reglas que restringen con dureza las ventas de equipos "
        "de chips a China.",
        "La normativa sobre semiconductores, aprobada en octubre por el Departamento de "
        "Comercio, fijaba topes para las ventas de chips avanzados, con la meta de proteger "
        "la industria nacional, bloqueando las compras de China.",
        "Le gouvernement américain a publié en octobre un ensemble de règles, dont des "
        "mesures qui restreignent fortement les ventes d'équipements de puces à la Chine.",
        "Il governo degli Stati Uniti ha pubblicato a ottobre un pacchetto di norme sulle "
        "esportazioni, tra cui misure che limitano duramente le vendite di macchinari per "
        "chip alla Cina.",
        "O governo dos Estados Unidos publicou em outubro um pacote de regras de exportação, "
        "entre elas medidas que restringem as vendas de equipamentos de chips à China.",
    ],
)
def test_a_measure_dated_months_back_is_the_premise(analyzer: Analyzer, body: str) -> None:
    found = dated(analyzer, _TITLE, body, "2026-01-12")
    assert found, "the act is still read"
    assert not main_of(found), brief(found)
    assert any("background:month" in e.rule for e in found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        # this month: the story's own news
        "El gobierno de Estados Unidos publicó en enero un paquete de normas sobre "
        "exportaciones, entre ellas reglas que restringen con dureza las ventas de equipos "
        "de chips a China.",
        # a later clause with a subject of its own
        "Las conversaciones con los aliados empezaron en octubre y siguen abiertas sin "
        "fecha, mientras Estados Unidos restringe con dureza las ventas de equipos de chips "
        "a China.",
    ],
)
def test_a_month_of_this_month_or_of_another_subject_stays_news(
    analyzer: Analyzer, body: str
) -> None:
    found = dated(analyzer, _TITLE, body, "2026-01-12")
    assert ("US", "tightening") in main_of(found), brief(found)


def test_a_start_to_come_is_no_earlier_month(analyzer: Analyzer) -> None:
    body = (
        "Las normas del Departamento de Comercio, que entrarán en vigor en octubre, fijan "
        "topes a las ventas de chips avanzados, bloqueando las compras de China."
    )
    found = dated(analyzer, _TITLE, body, "2026-01-12")
    assert all("background:month" not in e.rule for e in found), brief(found)
