"""Impact, analysis and explainer headlines in French, Spanish, Italian, Portuguese (round 22).

Own sentences (issue 11). The closed class of phrases a Romance headline uses to weigh a
measure or explain it ("répercussions des", "chi vince e chi perde", "o que está em
jogo") makes it an impact headline: the act it weighs is background
(``story_genre._impact_story``). The contrasts stay news: an act in its own clause with
the impact phrase in another clause of the headline.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Répercussions des restrictions américaines sur les puces en Europe",
            "Washington a restreint mardi les exportations de puces d'IA vers la Chine, ce qui "
            "pèse sur les fournisseurs européens.",
        ),
        (
            "Chi vince e chi perde con il divieto Usa sui chip Nvidia",
            "Gli Stati Uniti hanno vietato martedì la vendita dei chip H20 di Nvidia alla Cina.",
        ),
        (
            "O que está em jogo com a proibição dos EUA aos chips da Nvidia",
            "Os Estados Unidos proibiram na terça-feira a venda dos chips H20 da Nvidia à China.",
        ),
    ],
)
def test_an_impact_or_explainer_headline_reads_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_an_act_with_its_impact_in_another_clause_stays_news(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "EEUU prohíbe la venta de chips a China; repercusiones en Corea",
        "Estados Unidos prohibió el martes la venta de chips de Nvidia a China, anunció el "
        "Departamento de Comercio.",
        ("US", "tightening"),
    )
