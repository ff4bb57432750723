"""A firm's concern about a state's moves is the firm's news, not the moves (issue 11).

"<Firm> 'concerned' about U.S. moves to expand export curbs": the headline opens with a
firm and a verb of concern; the moves after it are what the firm reacts to, so they are
background, in the headline and in the body (round 15c; the firm reaction verbs of round
14 — "urges", "slams" — applied only when the headline stated no act at all). Contrasts:
the state's own headline "U.S. moves to expand export curbs on AI chips" with its body
act stays news, and an act before the firm's verb in the headline stays news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Nvidia 'concerned' about U.S. moves to expand export curbs",
            'Nvidia said it was "concerned" about U.S. moves to expand export curbs on AI '
            "chips to China, which it said would hurt American firms.",
        ),
        (
            "Micron worried about Washington's wider export controls",
            "The company said the Commerce Department's wider export controls on AI chips "
            "could cost it sales in China.",
        ),
        (
            "ASML voices concern over Dutch export curbs on chip tools",
            "The Dutch government on Friday tightened export curbs on chipmaking tools.",
        ),
    ],
)
def test_a_firms_concern_headline_is_no_policy_article(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)


def test_the_states_own_moves_headline_stays_news(analyzer: Analyzer) -> None:
    body = "The Commerce Department on Monday expanded its export curbs on AI chips to China."
    check(analyzer, "U.S. moves to expand export curbs on AI chips", body, ("US", "tightening"))
