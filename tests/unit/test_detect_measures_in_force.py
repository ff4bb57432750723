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


# Round 34 (issue 11): the entry into force told as to come, with the day it starts
# (``in_force_future``, ``in_force_start_words``): a measure announced with its start is
# decided. Own sentences; contrasts: a modal between the noun and its entry into force, or
# no start named.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Korea's export restrictions on lithium refining tools will take effect on "
            "September 1.",
            ("KR", "tightening"),
        ),
        (
            "Les restrictions néerlandaises sur les outils de gravure entreront en vigueur "
            "le 1er septembre.",
            ("NL", "tightening"),
        ),
        (
            "Las restricciones chinas a la exportación de antimonio entrarán en vigor el "
            "próximo mes.",
            ("CN", "tightening"),
        ),
        (
            "Le restrizioni cinesi all'export di antimonio entreranno in vigore a settembre.",
            ("CN", "tightening"),
        ),
    ],
)
def test_a_measure_to_come_into_force_on_a_set_day_is_an_act(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, "Trade desk", body, expected)


def test_a_headline_measure_to_come_into_force_in_a_month_is_news(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Korea's export curbs on lithium tools to take effect in October",
        "The trade ministry published the list of tools on Friday.",
        ("KR", "tightening"),
    )


@pytest.mark.parametrize(
    "body",
    [
        # a modal between the noun and its entry into force: a forecast
        "Korea's export restrictions on lithium tools could enter into force in September.",
        "Korea's export restrictions on lithium tools are likely to take effect in September.",
        # no start named: a promise, not a date set
        "Korea's export restrictions on lithium tools will take effect, officials said.",
        "Las restricciones chinas a la exportación de antimonio entrarán en vigor pronto.",
    ],
)
def test_contrasts_of_a_measure_to_come_into_force(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Trade desk", body, None)
