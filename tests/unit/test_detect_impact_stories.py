"""Impact and reaction stories a day or two after a measure (issue 11, round 16), own sentences.

The news is an assessment, a reaction or a deal, not the measure: its headline weighs an
impact, an exposure or the clarity a deal brings (``impact_cues``, ``story_genre.py``),
or an editorial names its section in a breadcrumb. The measure stays a background event
with its own actor, never the reacting state ("sees limited impact" restricts nothing:
``participle_heads``, ``grammar.py``; "a commitment on future tariffs" is a measure to
come). A third state's word on another's tariff is no exemption (``predicate_frames.py``).
Contrasts: the first report of the measure, with the reaction beside it, stays news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

_CURBS = (
    "The US Commerce Department on Monday imposed restrictions on exports of advanced "
    "memory chips to China."
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "New US memory chip curbs on China to have limited impact on Japan",
            "Japan's trade ministry said on Tuesday the effect on local chipmakers would be "
            "small. " + _CURBS,
        ),
        (
            "Japan sees limited impact on Kioxia from new US memory curbs",
            "Tokyo officials said the fallout would be manageable. " + _CURBS,
        ),
        (
            "Analysts: Micron's exposure to the new US curbs is limited",
            "Analysts at a brokerage said the firm sells few memory chips in China. " + _CURBS,
        ),
        (
            "Taiwan's new chip curbs on China to have little impact on local firms: ministry",
            "Taiwan on Monday restricted exports of advanced chips to China, and the economy "
            "ministry said local firms ship few of them there.",
        ),
    ],
)
def test_an_impact_story_keeps_the_measure_as_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert found, "the measure is still read"
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "reactor"),
    [
        (
            "Japan sees limited impact on Kioxia from US curbs",
            _CURBS + " Tokyo said the impact on local firms would be limited.",
            "JP",
        ),
        (
            "South Korea expects minimal impact on chipmakers from US curbs",
            "Seoul said on Tuesday the effect on local chipmakers would be limited. " + _CURBS,
            "KR",
        ),
        (
            "South Korea sees limited impact on Samsung from US curbs",
            "The South Korean government said that the Biden administration's latest "
            "semiconductor control measures against China will have minimal impact on Samsung.",
            "KR",
        ),
        (
            "Korea sees limited impact from US curbs",
            "Seoul said the impact would be small. These export controls were implemented by "
            "the US on national security grounds.",
            "KR",
        ),
    ],
)
def test_the_reacting_state_restricts_nothing(
    analyzer: Analyzer, title: str, body: str, reactor: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.jurisdiction == reactor for e in found), brief(found)


def test_a_deal_on_future_tariffs_is_no_tariff_of_the_reacting_state(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Japanese chipmakers gain tariff clarity, but uncertainty lingers",
        '"Japan has secured a commitment to be treated no worse than any other country on '
        'future tariffs on semiconductors," the minister said after the deal.',
    )
    assert not any(e.jurisdiction == "JP" for e in found), brief(found)
    assert not any(e.primary for e in found), brief(found)


def test_an_editorial_breadcrumb_makes_an_opinion_piece(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Calm amid US curbs on memory chips",
        "Home > Opinion > Editorials\n\n" + _CURBS + " Seoul should not panic.",
    )
    assert found, "the measure is still read"
    assert not any(e.primary for e in found), brief(found)


def test_a_third_state_on_another_states_tariff_exempts_nothing(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Vietnam exempts its chipmakers from Trump's chip tariffs",
        '"Our chipmakers build in America, so they are exempt," a Vietnamese official said.',
        None,
    )


# ------------- contrasts: the measure's own report stays news


@pytest.mark.parametrize(
    "title",
    [
        "US unveils new curbs on memory chip exports to China; Seoul says impact limited",
        "US restricts memory chip exports to China",
    ],
)
def test_the_first_report_of_the_measure_stays_news(analyzer: Analyzer, title: str) -> None:
    check(
        analyzer, title, _CURBS + " Seoul said the effect would be limited.", ("US", "tightening")
    )


def test_a_state_exempting_from_its_own_tariff_eases(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "US exempts Samsung from its new chip tariffs",
        "The US Commerce Department said on Monday it exempted Samsung from the tariffs.",
        ("US", "easing"),
    )


def test_a_limit_with_its_object_is_still_a_restriction(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Japan limited exports of chipmaking tools to China",
        "Japan on Monday limited exports of 23 types of chipmaking tools to China.",
        ("JP", "tightening"),
    )
