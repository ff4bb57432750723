"""English shapes that turn a predicate's word (``status.py``), own sentences.

Lifting levies to a rate raises them; lifting levies alone and cutting tariffs to a rate
stay easings. Written in issue 11's round 12.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from streams.core.status import post_nominal
from tests.unit.sentence_kit import brief, check, events

# ------------- round 12 (English), class 4: lifting levies TO a rate raises them


def test_lifting_levies_to_a_rate_is_a_raise(analyzer: Analyzer) -> None:
    title = "Trump lifts duties on Chinese goods to 145%, chip stocks fall"
    body = "The White House said on Thursday the new rate applies to semiconductors as well."
    found = events(analyzer, title, body)
    assert not [e for e in found if e.direction == "easing"], brief(found)
    check(analyzer, title, body, ("US", "tightening"))


def test_lifting_levies_stays_an_easing(analyzer: Analyzer) -> None:
    # contrast: no rate they rise to
    body = "The United States on Monday lifted tariffs on Japanese chipmaking equipment."
    check(analyzer, "", body, ("US", "easing"))


def test_cutting_tariffs_to_a_rate_stays_an_easing(analyzer: Analyzer) -> None:
    body = "The United States on Monday cut tariffs on Chinese semiconductors to 10%."
    found = events(analyzer, "", body)
    assert not [e for e in found if e.primary and e.direction == "tightening"], brief(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 32: a contact relative on the apposition's noun gives the chip's status
        (
            "beijing shunned the h20, the most advanced chip the firm was allowed to sell",
            True,
        ),
        ("buyers shunned the b30a, the only part its maker is still permitted to ship", True),
        # a report of the act after a comma is no apposition's relative clause
        ("separately, the company said nvidia was allowed to resume sales", False),
    ],
)
def test_post_nominal_contact_relative(text: str, expected: bool) -> None:
    """Round 32: "the most advanced chip the company was allowed to sell" is a status."""
    start = text.rindex(" allowed") + 1 if " allowed" in text else text.rindex(" permitted") + 1
    assert post_nominal(text, 0, start) is expected
