"""Probes opened on suspicion of a breach, and the plain Japanese verb (round 35, issue 11).

A breach named before a probe with a suspicion word ("独占禁止法違反の疑いで調査を開始",
"涉嫌违反反垄断法被立案调查") is the probe's ground: the probe is the state's act. A measure
breached without one stays a yardstick ("輸出規制違反の製品を調査する方針": also a plan).
Japanese "調査する" / "調査した" is the verb of a probe announced ("…について調査すると表明した").
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "",
            "中国当局は米半導体大手を独占禁止法違反の疑いで調査を開始したと発表した。",
            ("CN", "tightening"),
        ),
        (
            "",
            "中国の当局は31日、米メモリー大手が国内で売る製品の安全性について調査すると表明した。",
            ("CN", "tightening"),
        ),
    ],
)
def test_probe_is_an_act(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


def test_a_breach_without_suspicion_stays_a_yardstick(analyzer: Analyzer) -> None:
    check(analyzer, "", "米当局は輸出規制違反の製品を調査する方針だ。", None)
