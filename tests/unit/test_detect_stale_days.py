"""Acts dated days before publication (round 17, issue 11).

1. A day right after a measure noun ("issued new export controls on Oct. 7") dates the
   verb whose object the noun is, as a day after a verb does.
2. "Last week" in French, Spanish, Italian, Portuguese, Japanese and Korean, as English
   "last week" (not German or Dutch: test_detect_notices and test_detect_invoked_powers
   keep a notice of "vergangenen Woche" and an act of "vorige week" news);
   Korean "지난 N일" is the Nth of this month, or of the last one after the publication
   day.
3. The window: a day more than eight days before publication dates an earlier act
   (``_STALE_DAYS``), down from a fortnight.
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
