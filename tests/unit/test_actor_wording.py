"""Who acts: agency wording and a proclamation as the subject (``actors.py``), own sentences.

Written in issue 11's rounds 13 and 14 (was in ``test_detect_round13_en.py`` and
``test_detect_round14_en.py``):

1. India's Union Cabinet, the UK's Cabinet Office minister and the US Secretary of
   Commerce act for their states.
2. A proclamation as a sentence's subject ("One proclamation levies a 25% tariff") takes
   the state of the president named before it.
3. An agency's revision or amendment with a participle names its act; a proposed rule
   does not.

From round 9: a department that "released" export regulations acts; a released
statement is no rule.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------- class 8: agency wording of India, the UK and the US


def test_the_secretary_of_commerce_opens_a_probe(analyzer: Analyzer) -> None:
    body = (
        "On July 1, the Secretary of Commerce initiated an investigation into imports of "
        "polysilicon and its derivatives."
    )
    check(analyzer, "", body, ("US", "tightening"))


def test_the_union_cabinet_acts_for_india(analyzer: Analyzer) -> None:
    body = (
        "The Union Cabinet on Wednesday approved the proposal of a chipmaker to invest "
        "Rs 3,000 crore in a semiconductor packaging unit."
    )
    found = events(analyzer, "", body)
    assert not [e for e in found if e.jurisdiction not in ("IN",)], brief(found)


# ------------- class 8: a proclamation as the subject


def test_a_proclamation_as_subject_takes_the_presidents_state(analyzer: Analyzer) -> None:
    title = "Presidential action on chips and minerals"
    body = (
        "On March 2, President Trump issued two proclamations on chips and minerals. "
        "One proclamation levies a new 25% tariff on imported accelerators."
    )
    check(analyzer, title, body, ("US", "tightening"))


@pytest.mark.parametrize(
    "lead",
    [
        "Two Presidential Proclamations released yesterday address imports of chips.",
        "An executive order signed yesterday addresses imports of chips.",
    ],
)
def test_a_presidential_instrument_in_the_lead_names_the_story_s_actor(
    analyzer: Analyzer, lead: str
) -> None:
    # round 15b: no state in the sentence, the lead's instrument is the US president's
    body = lead + " Targeted tariffs will apply to a small group of imported chips beginning today."
    check(analyzer, "New chip tariffs take effect", body, ("US", "tightening"))


def test_a_stateless_story_without_an_instrument_reads_no_actor(analyzer: Analyzer) -> None:
    # contrast: no state and no instrument, the agentless measure has no actor
    body = (
        "Importers met in the capital yesterday. Targeted tariffs will apply to a small group "
        "of imported chips beginning today."
    )
    check(analyzer, "New chip tariffs take effect", body, None)


# ------------- class 10: an agency's revision or amendment names its act


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("MOTIE implements revision restoring Japan to Korea's white list", ("KR", "easing")),
        ("South Korea issues amendment restoring Japan to its white list", ("KR", "easing")),
    ],
)
def test_a_revision_with_a_participle_states_the_act(
    analyzer: Analyzer, title: str, expected: tuple[str, str]
) -> None:
    body = "The change lets exporters use simplified procedures again."
    found = events(analyzer, title, body)
    assert any(e.primary and e.direction == expected[1] for e in found), brief(found)


def test_a_proposed_rule_with_a_participle_is_no_act(analyzer: Analyzer) -> None:
    # contrast: a proposed instrument states no act
    check(analyzer, "Commerce unveils proposed rule restricting exports of AI chips", "", None)


# ------------------------------- agency wording: a department "released" its rules


def test_released_export_regulations(analyzer: Analyzer) -> None:
    body = "On Tuesday the Commerce Department released updated export regulations on AI chips."
    check(analyzer, "", body, ("US", "tightening"))


def test_a_released_statement_is_no_rule(analyzer: Analyzer) -> None:
    body = "The company released a statement on the export rules on Friday."
    check(analyzer, "", body, None)
