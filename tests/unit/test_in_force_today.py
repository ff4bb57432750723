"""A lead's act of today with an earlier announcement inside it is the news (issue 11, round 37).

"経済産業省は23日、先週公表した…緩和について、省令を改正しきょうから適用すると発表した":
the "last week" dates the relative clause (the earlier announcement); the main clause puts
the measure into force today, which is the story's news. Near misses: an act dated last
week with no start of today, and a measure noun that is another noun's complement ("la
flexibilización de los controles"), stay background.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "韓国向け半導体材料、きょうから手続き簡素に",
            "経済産業省は23日、先週公表した韓国向け半導体材料の輸出管理の緩和について、"
            "省令を改正しきょうから適用すると発表した。",
        ),
        (
            "半導体材料の輸出手続き",
            "経済産業省は23日、先週発表した韓国向け半導体材料の輸出規制の強化について、"
            "政令を改正し本日から適用すると明らかにした。",
        ),
        (
            "Materiali per chip",
            "Il Giappone ha detto lunedì che il divieto di esportare materiali per chip in "
            "Corea del Sud, annunciato la settimana scorsa, si applica da oggi.",
        ),
    ],
    ids=["ja-easing", "ja-tightening", "it-divieto"],
)
def test_act_in_force_today_is_news(analyzer: Analyzer, title: str, body: str) -> None:
    """The measure the main clause puts into force today is a main event."""
    found = events(analyzer, title, body)
    assert any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "半導体材料の輸出手続き",
            "経済産業省は先週、韓国向け半導体材料の輸出規制の強化を発表した。",
        ),
        (
            "Chip materials",
            "Japan's trade ministry banned exports of chip materials to South Korea last week.",
        ),
        (
            "Materiales para chips: lo que cambia",
            "El Ministerio de Comercio japonés dijo el lunes que la flexibilización de los "
            "controles a la exportación de materiales para chips a Corea del Sur anunciada la "
            "semana pasada entra en vigor hoy.",
        ),
    ],
    ids=["ja-last-week", "en-last-week", "es-complement-noun"],
)
def test_earlier_act_without_today_stays_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    """An act dated last week, or a controls noun inside an easing noun, is no main event."""
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)
