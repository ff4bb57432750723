"""Dates that make an act earlier in English and the European languages (issue 11).

1. A month opening the sentence dates the clause after it, whatever the predicate's form
   ("In July, Japan added restrictions on ...", "In juli heeft Nederland ...
   aangescherpt"), when it is two or more months before publication (the threshold the
   Chinese, Japanese and Korean months rule reads); this month and the last stay news,
   and a month of a past act after the publication month is last year's.
2. A trailing year after the predicate in its clause dates it, also past a verb's
   complement ("restricted from selling ...") and its cause ("under U.S. pressure").
Contrasts: the same act on a weekday, in the current or previous month, a coming month
with a future, and a year that dates an earlier event after "after".

From rounds 9 and 14: an English named day weeks back ("on September 30"); an act dated
to last season ("El otoño pasado", "Im vergangenen Herbst", "À l'époque"); contrast:
this week's act.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, dated, events, main_of

_CHEMICALS = "Japan {verb} exports of three chip chemicals to South Korea."


@pytest.mark.parametrize(
    ("day", "body"),
    [
        ("2025-09-30", "In July, Japan added restrictions on exports of three chip chemicals."),
        ("2025-09-30", "In July, " + _CHEMICALS.format(verb="restricted")),
        ("2025-02-10", "In November, " + _CHEMICALS.format(verb="restricted")),  # last year's
        (
            "2025-11-20",
            "Im Juli verschärften die Niederlande die Exportkontrollen für "
            "Lithografiemaschinen nach China.",
        ),
        (
            "2025-11-20",
            "In juli heeft Nederland de exportcontroles op lithografiemachines naar China "
            "aangescherpt.",
        ),
        (
            "2025-11-20",
            "En juillet, les Pays-Bas ont durci les contrôles à l'exportation des machines "
            "de lithographie vers la Chine.",
        ),
        (
            "2025-11-20",
            "A luglio i Paesi Bassi hanno inasprito i controlli sulle esportazioni di "
            "macchine per litografia verso la Cina.",
        ),
    ],
)
def test_an_opening_month_well_before_publication_is_background(
    analyzer: Analyzer, day: str, body: str
) -> None:
    found = dated(analyzer, "Chip supply talks", body, day)
    assert found, "the act is still read"
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("day", "body", "state"),
    [
        ("2025-09-30", "In September, " + _CHEMICALS.format(verb="restricted"), "JP"),
        ("2025-09-30", "In August, " + _CHEMICALS.format(verb="restricted"), "JP"),
        ("2025-09-30", "On Monday, " + _CHEMICALS.format(verb="restricted"), "JP"),
        (
            "2025-11-20",
            "Im November verschärften die Niederlande die Exportkontrollen für "
            "Lithografiemaschinen nach China.",
            "NL",
        ),
    ],
)
def test_a_month_of_this_or_the_last_month_stays_news(
    analyzer: Analyzer, day: str, body: str, state: str
) -> None:
    found = dated(analyzer, "Chip supply talks", body, day)
    assert (state, "tightening") in main_of(found), brief(found)


def test_an_opening_month_with_a_future_is_the_measure_s_month(analyzer: Analyzer) -> None:
    body = "In March, Japan will restrict exports of three chip chemicals to South Korea."
    found = dated(analyzer, "Chip supply talks", body, "2025-09-30")
    assert all("background:month" not in e.rule for e in found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "ASML still sells older tools in China, even after it was restricted from selling "
        "its most advanced machines there under U.S. pressure in 2019.",
        # round 38: the agent is named; China, where the scanners go, never bars them (the
        # act was read before only by crediting the headline's China)
        "The Dutch chipmaker was barred by The Hague from shipping its best scanners to China "
        "in 2019.",
    ],
)
def test_a_trailing_earlier_year_after_a_complement_is_background(
    analyzer: Analyzer, body: str
) -> None:
    found = dated(analyzer, "ASML China sales", body, "2023-10-05")
    assert found, "the act is still read"
    assert not main_of(found), brief(found)


def test_the_same_act_on_a_weekday_stays_news(analyzer: Analyzer) -> None:
    body = (
        "The Dutch government restricted exports of ASML's most advanced machines to China "
        "on Tuesday."
    )
    found = dated(analyzer, "Chip tools", body, "2023-10-05")
    assert ("NL", "tightening") in main_of(found), brief(found)


# -------------- the same in the European languages: "on September 30", "18 ottobre"


def _main_at(analyzer: Analyzer, body: str, published: datetime) -> list[tuple[str, bool]]:
    tagged = analyzer.tagger.tag("", body)
    found = analyzer.detector.detect("", body, tagged, published=published)
    return [(e.jurisdiction, e.primary) for e in found]


def test_a_named_day_weeks_back_in_english(analyzer: Analyzer) -> None:
    body = (
        "The row began on September 30 when the Dutch government moved to seize control "
        "of the firm."
    )
    assert _main_at(analyzer, body, datetime(2025, 11, 28, tzinfo=UTC)) == [("NL", False)]
    assert _main_at(analyzer, body, datetime(2025, 10, 3, tzinfo=UTC)) == [("NL", True)]


def test_a_measure_in_force_now_stays_news(analyzer: Analyzer) -> None:
    body = (
        "Washington's new restrictions on chip exports, announced on October 17, came into "
        "force today."
    )
    assert ("US", True) in _main_at(analyzer, body, datetime(2023, 11, 19, tzinfo=UTC))


# ------------- round 14 (European languages), class 7: last season, at that time


@pytest.mark.parametrize(
    "body",
    [
        "El otoño pasado, Estados Unidos prohibió la venta de chips H20 a China.",
        "Afgelopen najaar verbood Nederland de export van chipmachines naar China.",
        "Im vergangenen Herbst verbot China den Export von Gallium in die USA.",
        "À l'époque, la Chine a interdit l'exportation de gallium vers les États-Unis.",
        "A partire dallo scorso autunno, le autorità di Washington hanno imposto restrizioni "
        "all'esportazione di chip verso la Cina.",
    ],
)
def test_an_act_dated_to_last_season_is_background(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Nota", body)
    assert found and not any(e.primary for e in found), brief(found)


def test_an_act_of_this_week_stays_news(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Nota",
        "Deze week verbood Nederland de export van chipmachines naar China.",
        ("NL", "tightening"),
    )
