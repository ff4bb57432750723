"""Licences counted or valued over a period are statistics, not a grant (issue 11).

"从去年11月到今年4月…获得了价值上千亿美元的许可证", "11月至4月期间批准了113项…许可",
"自11月以来已核发113張…許可證": a span of months with a count or a value tells figures
over the period (round 15c; round 21 read a count with a value). Contrasts: a grant of
two licences on a named day stays the day's act, and one grant with its value stays.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, dated


@pytest.mark.parametrize(
    "body",
    [
        "文件显示，美国商务部从11月到4月批准了向华为供货的113项许可。",
        "美国商务部11月至4月期间批准了113项对华为出口的许可。",
        "文件顯示，美國商務部自11月以來已核發113張對華為出口的許可證。",
        "美国商务部从11月到4月批准了价值610亿美元的对华为出口许可。",
    ],
)
def test_licences_over_a_period_are_statistics(analyzer: Analyzer, body: str) -> None:
    found = dated(analyzer, "美国出口许可", body, "2021-05-01")
    assert found, brief(found)
    assert not any(e.primary for e in found), brief(found)


def test_a_grant_on_a_day_stays_an_act(analyzer: Analyzer) -> None:
    body = "美国商务部周一批准了向华为供货的两项出口许可证。"
    check(analyzer, "美国批准出口许可", body, ("US", "easing"))
