"""A government's clarification of what it did not stop is no policy article (issue 11).

"<Country> says it did not stop all <material> exports to <country>": the body's "it
allowed exports in August" and "it will grant licences if ..." are part of the denial,
and a grant still to come under a condition is a promise, not a grant. Contrasts: a
grant decided ("has granted licences"), a future grant without a condition stays a
decided easing, and a headline that reports an act keeps it.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Japan says it did not stop all resist exports to South Korea",
            "Japan said on Tuesday it allowed exports of photoresist in August. It will grant "
            "licences if the applications meet the requirements, an official said.",
        ),
        (
            "China says it has not halted all gallium exports to the United States",
            "The commerce ministry said it approved some applications last month.",
        ),
    ],
)
def test_a_clarification_of_a_stop_is_no_policy_article(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "The ministry will grant export licences if the applications comply with the rules.",
        "The ministry said it will approve licences provided that buyers are civilian.",
        "El ministerio concederá licencias si las solicitudes cumplen las normas.",
    ],
)
def test_a_conditional_grant_to_come_is_a_promise(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Gallium exports", body)
    assert not any(e.primary and e.direction == "easing" for e in found), brief(found)


def test_a_grant_decided_stays(analyzer: Analyzer) -> None:
    body = "China's commerce ministry on Monday granted export licences for gallium to two buyers."
    check(analyzer, "China grants gallium export licences", body, ("CN", "easing"))
