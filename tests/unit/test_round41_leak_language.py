"""A leak's modality cue is a word of the article's language (round 41, issue 11).

German "plant" (plans) is a cue of a leak headline or lead ("Deutschland plant strengere
Exportkontrollen"); in English it is a factory. "The Commerce Department has granted
Samsung a one-year licence to ship chipmaking tools to its China plant, people familiar
with the matter said" read as a leak (a plan told by sources) and lost the grant, which
the development set's conventions keep (a measure described as issued, from sources).
A headline's "gets ... licence" is the grant received, as "receives" already was.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "",
            "The Commerce Department has granted Samsung a one-year licence to ship chipmaking "
            "tools to its China plant, people familiar with the matter said.",
        ),
        (
            "Samsung's China plant gets one-year US licence for chip tools",
            "The Commerce Department has granted Samsung a one-year licence to ship chipmaking "
            "tools to its Xi'an plant, people familiar with the matter said.",
        ),
    ],
)
def test_an_english_plant_is_no_plan(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert any(e.jurisdiction == "US" and e.direction == "easing" and e.primary for e in found), (
        brief(found)
    )


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Deutschland plant strengere Exportkontrollen für Chipmaschinen",
            "Die Bundesregierung plant, die Ausfuhr von Chipmaschinen nach China stärker zu "
            "beschränken, wie Insider berichten.",
        ),
        (
            "US to add Chinese chipmakers to entity list, sources say",
            "The U.S. is set to add several Chinese chipmakers to its entity list as soon as "
            "next week, people familiar with the matter said.",
        ),
    ],
)
def test_a_leaked_plan_stays_no_event(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)
