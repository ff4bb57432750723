"""Round 43: the subject of a participle clause, and a state named as a model.

* "Japan on Friday restored South Korea to its whitelist, lifting curbs imposed in
  2019": an -ing trigger right after a comma opens a participle clause with no subject of
  its own; its actor is the main clause's subject (the sentence's first acting state),
  not the state nearest before the comma, which is the main verb's object.
* "Japan, following the United States, tightened export controls ...": a state after
  "following", "like", "alongside" (and "comme", "wie", "zoals", ...) is the model the
  actor follows, never the actor.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    "body",
    [
        "Japan on Friday restored South Korea to its whitelist of trusted trading partners, "
        "lifting curbs imposed in 2019.",
        "Beijing summoned the Dutch ambassador on Tuesday, banning exports of Nexperia chips "
        "made in China.",
    ],
)
def test_a_participle_clause_acts_for_the_main_subject(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Trade partners", body)
    states = {state for state, _ in main_of(found)}
    assert states and states <= {"JP", "CN"}, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Japan, following the United States, tightened export controls on 23 types of "
        "chipmaking equipment.",
        "Japan, like the United States, tightened export controls on 23 types of chipmaking "
        "equipment.",
    ],
)
def test_a_state_followed_as_a_model_does_not_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Tokyo acts", body)
    assert main_of(found) == {("JP", "tightening")}, brief(found)


def test_a_measure_that_frames_another_act_in_time_is_no_news(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Chinese firms stockpile memory",
        "Chinese firms rushed to stockpile HBM before the US ban took effect in December.",
    )
    assert not main_of(found), brief(found)


def test_a_measure_that_took_effect_is_still_news(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Chip curbs",
        "The US ban on HBM sales to China took effect on Monday, the Commerce Department said.",
    )
    assert ("US", "tightening") in main_of(found), brief(found)
