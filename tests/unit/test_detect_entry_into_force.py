"""A duty in force stated on the trade it binds (issue 11, recall).

"Since Monday, US exports of H200 chips to China require a licence": the licence duty is
stated on its object, the plural flow the subject of a base-form verb; a weekday after
"since" dates the entry into force, it opens no earlier clause. Contrasts: the same duty
in a bill (no act), and "As of Monday, a licence is required ..., the department said".
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("US exports of H200 chips to China now require a licence", ""),
        ("Chip exports", "Since Monday, US exports of H200 chips to China require a licence."),
        (
            "Chip exports",
            "Since Monday, exports of H200 chips to China require a licence, the Commerce "
            "Department said.",
        ),
        (
            "Chip exports",
            "Since Monday, the US requires a licence for exports of H200 chips to China.",
        ),
    ],
)
def test_a_licence_duty_stated_on_its_trade_is_an_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("US", "tightening"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "US exports of H200 chips to China would require a licence under a bill "
            "introduced on Tuesday.",
            None,
        ),
        (
            "As of Monday, a licence is required for exports of H200 chips to China, the "
            "Commerce Department said.",
            ("US", "tightening"),
        ),
        (
            "Ever since the US restricted exports of AI chips, Chinese firms have built "
            "their own accelerators.",
            None,
        ),
    ],
)
def test_contrasts_of_a_duty_on_its_trade(
    analyzer: Analyzer, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, "Chip exports", body, expected)
