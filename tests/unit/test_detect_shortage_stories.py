"""A chip shortage as the headline's news (round 33, issue 11), own sentences.

An industry halted "for lack of chips" is the story; the seizure and the ban that the
body tells are its causes, background. A headline that states the act, or a lead that
reports it as the day's news, keeps it.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Stellantis, fabbriche ferme per mancanza chip",
            "Il gruppo ha fermato due linee in Piemonte. In risposta alla mossa olandese, "
            "Pechino ha vietato l'esportazione dei chip del produttore.",
        ),
        (
            "Los fabricantes de coches temen nuevos paros por escasez de chips",
            "Las plantas de Navarra pararán la próxima semana. En represalia, Pekín ha "
            "prohibido al fabricante exportar desde China.",
        ),
        (
            "Carmakers brace for more stoppages over chip shortage",
            "Plants in Ohio will idle next week. Beijing banned exports of the supplier's "
            "chips in response to the Dutch move.",
        ),
    ],
)
def test_a_shortage_headline_makes_the_measures_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)
    assert any(e.direction == "tightening" for e in found), brief(found)  # kept, as background


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China bans Nexperia chip exports, carmakers warn of chip shortage",
            "China's commerce ministry on Saturday banned Nexperia's Chinese unit from "
            "exporting its chips.",
        ),
        (
            "中国禁止安世半导体芯片出口 车企面临芯片短缺",
            "中国商务部周六宣布，禁止安世半导体中国工厂出口芯片。",
        ),
    ],
)
def test_a_headline_that_states_the_act_stays_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert ("CN", "tightening") in main_of(found), brief(found)


def test_a_lead_that_reports_the_act_today_keeps_it(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Carmakers warn of chip shortage",
        "China's commerce ministry on Saturday banned exports of chips made by Nexperia's "
        "Chinese plant.",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)
