"""A reaction headline whose other state acts only in a condition (issue 11, round 20).

"China to take measures if Tokyo restricts ...": the headline's news is the first
state's stance; the other state, the subject of a condition after the reaction verb
(``reaction_conditional_openers``), names the premise, so its measure in the body is
background (``PredicateFrameReader._reacted_to``). Own sentences. Contrast: "as"/"after"
clauses state the other state's act and stay news, as does the act's own headline.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

_JP_BODY = (
    "Japan decided on Friday to restrict exports of 23 types of chipmaking equipment, "
    "including lithography tools."
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("China to take measures if Tokyo restricts chip equipment exports", _JP_BODY),
        (
            "South Korea to respond if Japan tightens chemical export rules",
            "Japan said on Monday it will tighten export rules for photoresists and etching "
            "gas bound for South Korea from July 4.",
        ),
        (
            "US to respond should China ban gallium exports",
            "China announced on Monday that it will ban exports of gallium and germanium to "
            "the United States.",
        ),
    ],
)
def test_the_conditioned_states_measure_is_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert found, "the measure is still read, as background"
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    "title",
    [
        "China protests as Japan restricts chip equipment exports",
        "Japan restricts chip equipment exports",
    ],
)
def test_the_act_told_as_news_stays(analyzer: Analyzer, title: str) -> None:
    found = events(analyzer, title, _JP_BODY)
    assert any(e.primary and e.jurisdiction == "JP" for e in found), brief(found)
