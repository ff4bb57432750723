"""A country taken off a whitelist of trading partners (issue 11).

"政府は…「ホワイト国」から韓国を除外する政令改正を閣議決定した": exports to the removed
country lose their preferential licences, a restriction (tightening) of exports to it,
by the government that decides. A firm's validated end-user status revoked stays a
licence measure. Contrast: a cabinet decision being arranged ("…閣議決定する方向で最終
調整") is not yet taken.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check, events


@pytest.mark.parametrize(
    "body",
    [
        "政府は5日の閣議で、輸出手続きを優遇する「ホワイト国」から韓国を除外する政令改正を"
        "決定した。",
        "Japan removed South Korea from its whitelist of trusted trading partners on Friday.",
    ],
)
def test_a_country_removed_from_a_whitelist_is_an_export_restriction(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "", body, ("JP", "tightening"))
    actions = {e.action for e in events(analyzer, "", body) if e.primary}
    assert actions == {"restrict"}, actions


def test_a_firms_end_user_status_revoked_stays_a_licence_measure(analyzer: Analyzer) -> None:
    body = "The US revoked the validated end-user status of Samsung's memory plant in Xi'an."
    found = [e for e in events(analyzer, "", body) if e.primary]
    assert {(e.jurisdiction, e.action) for e in found} == {("US", "license")}, found


def test_a_cabinet_decision_being_arranged_is_no_act(analyzer: Analyzer) -> None:
    body = (
        "政府は、来月5日にも韓国を「ホワイト国」から除外する政令改正を閣議決定する方向で"
        "最終調整している。"
    )
    check(analyzer, "", body, None)
