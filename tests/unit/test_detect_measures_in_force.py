"""A measure noun whose own predicate puts it into force (round 32, issue 11).

"Korea's export curbs on lithium took effect on Monday": the measure noun is the subject of
its entry into force (``in_force_predicates``), a finite verb later in its clause, so the
measure is the story's act even without "new" before it. Contrasts: the same entry into
force as an earlier clause's time ("after ... took effect last year", "since ..."), dated
by a year, or still expected (a bare infinitive after a modal).
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Korea's export curbs on lithium refining tools took effect on Monday.",
            ("KR", "tightening"),
        ),
        (
            "Las restricciones japonesas a la exportación de herramientas de litio entraron "
            "en vigor el lunes.",
            ("JP", "tightening"),
        ),
        (
            "Les restrictions japonaises sur les exportations d'outils de lithium sont entrées "
            "en vigueur lundi.",
            ("JP", "tightening"),
        ),
        ("韩国对锂精炼设备的出口禁令本周一起生效。", ("KR", "tightening")),
        ("韩国锂精炼设备出口管制措施5日正式生效。", ("KR", "tightening")),
        ("韓国のリチウム精製装置の輸出規制が5日に発効した。", ("KR", "tightening")),
    ],
)
def test_a_measure_put_into_force_is_an_act(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, "Trade desk", body, expected)


@pytest.mark.parametrize(
    "body",
    [
        "Sales fell after Korea's curbs on lithium refining tools took effect in May last year.",
        "Korea's export controls on lithium tools, which took effect in 2022, have hit revenue.",
        "Since Korea's export restrictions on lithium tools came into force, orders fell.",
        "Korea's export restrictions on lithium tools are expected to take effect next month.",
        "Las ventas cayeron desde que las restricciones japonesas al litio entraron en vigor "
        "el año pasado.",
        "自去年5月韩国锂设备出口管制生效以来,订单大幅下滑。",
        # a relative clause of a noun another verb governs: the measure is compared
        "The step copies Korea's curbs that took effect on May 1 on two lithium tools.",
    ],
)
def test_contrasts_of_a_measure_put_into_force(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Trade desk", body, None)
