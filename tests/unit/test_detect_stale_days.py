"""Acts dated days before publication (round 17, issue 11).

1. A day right after a measure noun ("issued new export controls on Oct. 7") dates the
   verb whose object the noun is, as a day after a verb does.
2. "Last week" in French, Spanish, Italian, Portuguese, Japanese and Korean, as English
   "last week" (not German or Dutch: test_detect_notices and test_detect_invoked_powers
   keep a notice of "vergangenen Woche" and an act of "vorige week" news);
   Korean "지난 N일" is the Nth of this month, or of the last one after the publication
   day.
3. The window: a day more than eight days before publication dates an earlier act
   (``tense.STALE_DAYS``), down from a fortnight.
Contrasts: the first report dated "on Monday", "yesterday", two days back or "9일" of the
publication week stays news; a stale act stays a background event, never dropped.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, main_of

_ISSUED = "Why it matters: Washington issued new export controls on {day}, aiming to curb sales."
_TIGHTENED = "The Commerce Department tightened export controls on advanced chips to China {when}."
_KO = "미국 상무부는 {day}(현지시간) 중국에 대한 반도체 장비 수출 통제를 강화한다고 발표했다."


@pytest.mark.parametrize(
    ("day", "body"),
    [
        ("2025-10-27", _ISSUED.format(day="Oct. 7")),
        ("2025-10-27", _ISSUED.format(day="October 12")),
        ("2025-10-27", _TIGHTENED.format(when="on October 15")),  # twelve days back
        (
            "2025-10-27",
            "La semaine dernière, Washington a durci les contrôles à l'exportation des puces "
            "avancées vers la Chine.",
        ),
        (
            "2025-10-27",
            "Washington endureció la semana pasada los controles a la exportación de chips "
            "avanzados a China.",
        ),
        ("2025-10-22", _KO.format(day="지난 2일")),  # the 2nd of this month
        ("2025-10-09", _KO.format(day="지난 25일")),  # the 25th of the last month
    ],
)
def test_an_act_dated_days_before_publication_is_background(
    analyzer: Analyzer, day: str, body: str
) -> None:
    found = dated(analyzer, "Chip stocks slide", body, day)
    assert found, "the earlier act stays a background event"
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("day", "body"),
    [
        ("2025-10-27", _ISSUED.format(day="Oct. 25")),  # two days back: a first report
        ("2025-10-27", _TIGHTENED.format(when="on October 21")),  # six days back
        ("2025-10-27", _TIGHTENED.format(when="on Monday")),
        ("2025-10-27", _TIGHTENED.format(when="yesterday")),
        ("2025-10-09", _KO.format(day="지난 8일")),
        ("2025-10-09", _KO.format(day="9일")),
    ],
)
def test_a_first_report_of_the_week_stays_news(analyzer: Analyzer, day: str, body: str) -> None:
    found = dated(analyzer, "Chip stocks slide", body, day)
    assert ("US", "tightening") in main_of(found), brief(found)


# Round 19 (issue 11): a part of a month ("à la mi-avril", "in mid-April", "Anfang April",
# "a mediados de abril") dates an act told in retrospect, from three days before
# publication; a coming date ("from mid-May") or a part that dates a relative clause's
# verb does not.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Nvidia, un nouveau front entre Washington et Pékin",
            "Le gouvernement américain a restreint, à la mi-avril, les exportations de puces "
            "d'IA de Nvidia vers la Chine.",
        ),
        (
            "Nvidia caught between Washington and Beijing",
            "The US government restricted exports of Nvidia's AI chips to China in mid-April.",
        ),
        (
            "Nvidia zwischen Washington und Peking",
            "Die US-Regierung hat Anfang April die Exporte von KI-Chips von Nvidia nach China "
            "beschränkt.",
        ),
        (
            "Nvidia, entre Washington y Pekín",
            "El gobierno estadounidense restringió a mediados de abril las exportaciones de "
            "chips de IA de Nvidia a China.",
        ),
    ],
)
def test_an_act_dated_by_a_month_part_days_before_is_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = dated(analyzer, title, body, "2025-04-24")
    assert found, brief(found)  # still read, as background
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("day", "body"),
    [
        # the part is this week's: two days before publication
        (
            "2025-04-16",
            "The US government restricted exports of Nvidia's AI chips to China in mid-April.",
        ),
        # a coming date, not the act's
        (
            "2025-04-24",
            "The US government on Tuesday restricted exports of Nvidia's AI chips to China "
            "from mid-May.",
        ),
    ],
)
def test_a_month_part_of_this_week_or_to_come_stays_news(
    analyzer: Analyzer, day: str, body: str
) -> None:
    found = dated(analyzer, "Nvidia caught between Washington and Beijing", body, day)
    assert ("US", "tightening") in main_of(found), brief(found)


def test_a_month_part_of_a_relative_clause_dates_its_verb(analyzer: Analyzer) -> None:
    body = (
        "De minister schort het exportverbod op chips op dat hij eind september aan Nexperia "
        "had opgelegd, maakte hij woensdag bekend."
    )
    found = dated(analyzer, "Minister schort exportverbod op", body, "2025-11-19")
    assert ("NL", "easing") in main_of(found), brief(found)
