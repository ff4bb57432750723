"""A time phrase in the modifier of the measure an easing acts on (round 33, issue 11).

"a suspendu les restrictions qu'elle avait imposées le 3 septembre": the day dates the
restrictions suspended, not the suspension. The modifier opens with a relative pronoun
after the verb in the Romance languages (``object_relatives``) and is an attributive
participle right after the time phrase in German, Dutch, Chinese, Japanese and Korean
(``dated_attributives``). Contrasts: the same easing dated itself, and a measure dated in
its modifier that is the subject of a tightening, with its own actor named.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, main_of

_DAY = "2025-12-10"


@pytest.mark.parametrize(
    "body",
    [
        "La Corée du Sud a suspendu les restrictions sur le lithium qu'elle avait imposées "
        "le 3 septembre.",
        "Corea del Sur suspendió las restricciones al litio que había impuesto el 3 de septiembre.",
        "Südkorea hat die am 3. September eingeführten Exportkontrollen für Lithium ausgesetzt.",
        "韓国政府は10日、2021年5月に導入したリチウムの輸出規制を緩和したと発表した。",
    ],
)
def test_the_eased_measure_dated_in_its_modifier(analyzer: Analyzer, body: str) -> None:
    found = dated(analyzer, "Trade desk", body, _DAY)
    assert ("KR", "easing") in main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        # the easing itself dated weeks before publication
        "La Corée du Sud a suspendu le 3 septembre les restrictions sur le lithium.",
        "Corea del Sur suspendió el 3 de septiembre las restricciones al litio.",
        "Südkorea hat am 3. September die Exportkontrollen für Lithium ausgesetzt.",
        "韓国政府は2021年5月、リチウムの輸出規制を緩和した。",
        # a tightening whose dated measure has its own actor in the modifier
        "2021年5月に韓国政府が導入した規制では、リチウムの輸出が禁止された。",
    ],
)
def test_an_act_dated_itself_stays_background(analyzer: Analyzer, body: str) -> None:
    found = dated(analyzer, "Trade desk", body, _DAY)
    assert not main_of(found), brief(found)
