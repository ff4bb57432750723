"""Bills and what they would do (issue 11, round 16), own sentences.

A sentence whose subject is a bill ("The bill would ...", "The GAIN AI Act directs
...") tells the bill's content: no predicate in it is an act, however far from its
"would" (``bill_subjects``, ``bill_verbs``, ``measure_frames.py``). Contrast: a bill
signed into law states a measure.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    "body",
    [
        "The Chip Access Act directs the Commerce Department to set rules on the number, the "
        "performance and the destinations of the advanced AI chips American firms may ship "
        "abroad, and to approve exports to China only when domestic orders are met.",
        "The bill would task U.S. regulators with establishing rules that set the number, the "
        "performance and the destinations of the advanced AI chips American firms may ship "
        "abroad and that are allowed under export licenses.",
        "The legislation seeks to make the Commerce Department grant export licences for "
        "advanced AI chips only after American buyers are served.",
    ],
)
def test_a_bills_content_is_no_act(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Senators unveil AI chip export bill", body, None)


def test_a_bill_signed_into_law_states_its_measure(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "US bans AI chip exports to China",
        "The US on Friday banned exports of advanced AI chips to China after the president "
        "signed the bill into law.",
        ("US", "tightening"),
    )
