"""A negation word joined by a hyphen is a prefix, no negation (round 41, issue 11).

Italian "non" is a negation cue, and the cue lists are matched over every language, so
"non-US chipmakers are now barred from selling …" and "non-US firms must obtain a
licence" read as negated acts and gave no event. A cue followed by a hyphen ("non-US",
"no-go") is a compound's prefix in every language; a negation with a space still negates.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    "body",
    [
        "Non-US chipmakers are now barred from selling advanced tools to China, the Commerce "
        "Department said.",
        "The Commerce Department said non-US firms must obtain a licence to export the chips.",
    ],
)
def test_a_non_prefix_negates_nothing(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(e.jurisdiction == "US" and e.direction == "tightening" for e in found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "The Commerce Department did not ban exports of the H20 to China.",
        "Il governo non ha vietato l'esportazione dei chip verso la Cina.",
    ],
)
def test_a_negation_still_negates(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not found, brief(found)
