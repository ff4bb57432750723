"""Decided acts the reader took for a plan or for background (round 29, issue 11).

1. A state examining a firm in a Latin-script headline ("China prüft möglichen
   Kartellverstoß von …", "La Chine étudie …") over a lead whose act is an investigation
   opened: the verb of examining names that inquiry, no measure weighed; the act stays
   news. A weighing headline over a measure still reads as a plan story (round 28's tests).
2. A lead that tells the act as the state's plan and a later paragraph that tells it as
   announced or decided ("announced the decision …, saying the restrictions will be
   introduced before the summer"): the decision is the story's news, its execution still
   to come. A later paragraph that only describes the measure stays background.
3. A reaction headline whose subject is a nationality ("Dutch responds to US chip policy
   with own plan …"): that state reacts, its own decision in the body stays news; another
   subject ("Chipmakers respond …") leaves the measure the reaction's premise.
Our own sentences.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of

_FILLER = (
    "The talks between the allies lasted for several months and covered many questions of "
    "trade, security and the future of the industry in both countries. "
) * 5
_PLAN_LEAD = (
    "The Japanese government on Friday said it plans to restrict exports of semiconductor "
    "technology to protect national security.\n"
)
_PLAN_TITLE = "Japan answers US China policy with own plan to restrict chip tool exports"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China prüft möglichen Kartellverstoß von Micron",
            "Die Marktaufsicht SAMR teilte am Freitag mit, sie habe Ermittlungen gegen Micron "
            "wegen möglicher Verstöße gegen das Wettbewerbsrecht eingeleitet.",
        ),
        (
            "La Chine étudie une possible infraction de Micron",
            "Le régulateur chinois SAMR a annoncé vendredi avoir ouvert une enquête sur Micron "
            "pour des pratiques anticoncurrentielles.",
        ),
    ],
)
def test_an_examining_headline_over_an_investigation_opened_is_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert ("CN", "tightening") in main_of(found), brief(found)


def test_a_plan_in_the_lead_decided_later_in_the_story_is_news(analyzer: Analyzer) -> None:
    body = (
        _PLAN_LEAD
        + _FILLER
        + "\nThe trade minister announced the decision in a letter to parliament, saying the "
        "restrictions will be introduced before the summer."
    )
    found = events(analyzer, _PLAN_TITLE, body)
    assert ("JP", "tightening") in main_of(found), brief(found)


def test_a_later_paragraph_that_decides_nothing_stays_background(analyzer: Analyzer) -> None:
    body = (
        _PLAN_LEAD
        + _FILLER
        + "\nThe trade minister said the restrictions cover exports of chipmaking tools."
    )
    found = events(analyzer, _PLAN_TITLE, body)
    assert not main_of(found), brief(found)


_DECIDED = (
    "The {who} government on Friday announced the decision to restrict exports of chipmaking "
    "equipment, saying the restrictions will be introduced before the summer."
)


@pytest.mark.parametrize(
    ("title", "who", "main"),
    [
        ("Dutch responds to US chip policy with own plan to curb tool exports", "Dutch", "NL"),
        ("Japanese respond to US chip policy with own plan", "Japanese", "JP"),
    ],
)
def test_a_nationality_as_the_reaction_headlines_subject_keeps_its_acts(
    analyzer: Analyzer, title: str, who: str, main: str
) -> None:
    found = events(analyzer, title, _DECIDED.format(who=who))
    assert (main, "tightening") in main_of(found), brief(found)


def test_another_subject_leaves_the_measure_the_reactions_premise(analyzer: Analyzer) -> None:
    found = events(analyzer, "Chipmakers respond to US chip policy", _DECIDED.format(who="Dutch"))
    assert found, "the measure stays a background event"
    assert not main_of(found), brief(found)
