"""The state that receives an approval is not its author (issue 11).

"Japan has given Seoul its first green light on the export of ..." is Japan's approval: a
state right after a verb of giving (give, grant, hand, offer, award) is the recipient of
the noun that follows. Contrast: the same noun with its author right before it.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    "body",
    [
        "Japan has given Seoul its first green light on the export of EUV resists since the curbs.",
        "Tokyo granted South Korea its first approval for the export of EUV resists since July.",
        "Japan handed Korea a first export approval for fluorinated polyimide on Wednesday.",
    ],
)
def test_the_state_after_a_verb_of_giving_receives_the_approval(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "", body, ("JP", "easing"))


def test_an_approval_with_its_author_before_it_stays_the_authors(analyzer: Analyzer) -> None:
    body = "Seoul's first approval for exports of etching gas to Japan came on Wednesday."
    check(analyzer, "", body, ("KR", "easing"))
