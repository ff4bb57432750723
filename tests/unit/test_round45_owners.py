"""Round 45: a government noun followed by "of" and a state is that state's government.

"De regering van de VS", "il governo degli Stati Uniti", "die Regierung der USA": in a
paper of any language the noun is the named state's, not the paper's own ("het kabinet"
alone stays the Dutch cabinet in a Dutch paper).
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            "De regering van de VS heeft een verbod ingesteld op de verkoop van chips aan de "
            "Chinese chipmaker SMIC.",
            "US",
        ),
        (
            "Il governo degli Stati Uniti ha vietato la vendita di chip a SMIC.",
            "US",
        ),
        (
            "De regering van Japan heeft de export van chipmachines naar China beperkt.",
            "JP",
        ),
    ],
)
def test_the_government_of_a_state_is_that_states(
    analyzer: Analyzer, body: str, state: str
) -> None:
    found = events(analyzer, "", body)
    assert {j for j, _ in main_of(found)} == {state}, brief(found)


def test_the_cabinet_alone_stays_the_papers_own(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "De regering heeft de export van chipmachines naar China beperkt.")
    assert {j for j, _ in main_of(found)} == {"NL"}, brief(found)
