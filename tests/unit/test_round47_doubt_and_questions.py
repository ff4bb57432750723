"""Round 47: a measure whose outcome is in doubt, a Korean headline that asks, "confirmed".

- "its approval is far from certain": the measure's own outcome in doubt after it
  (``forecast_after``, in every language) is not yet given.
- "HBM 납품 제한되나…", "수출 금지할까": a Korean predicate closed by a question ending
  asks; a concessive "-나" inside a sentence ("제한하나 예외를 두었다") still states it.
- "bevestigde Trump dat …", "bestätigte": German and Dutch "confirmed" report, as the
  other languages' verbs of saying do (here: a leader's word on a tariff).
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


def test_an_outcome_in_doubt_is_not_given(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "The Commerce Department's approval of Nvidia's licence requests is far from "
        "certain, an official said.",
    )
    assert not main_of(found), brief(found)


def test_an_outcome_given_stays(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "The Commerce Department's approval of Nvidia's licence requests came on Monday.",
    )
    assert ("US", "easing") in main_of(found), brief(found)


def test_a_measure_stated_beside_a_doubt_elsewhere_stays(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "The Commerce Department approved the licences on Monday; how many processors "
        "will ship remains unclear.",
    )
    assert ("US", "easing") in main_of(found), brief(found)


@pytest.mark.parametrize(
    "title", ["美, 中에 HBM 납품 제한되나…산업부 점검", "미국, 중국에 HBM 수출 금지할까"]
)
def test_a_korean_headline_that_asks_states_nothing(analyzer: Analyzer, title: str) -> None:
    found = events(analyzer, title, "")
    assert not main_of(found), brief(found)


def test_a_korean_concessive_still_states_the_act(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "미국 상무부는 HBM의 중국 수출을 제한하나 일부 예외를 두었다.")
    assert ("US", "tightening") in main_of(found), brief(found)


def test_a_leader_who_confirms_a_tariff_declares_it(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "Op een persconferentie bevestigde Trump dat hij hoge heffingen oplegt voor "
        "buitenlandse chips.",
    )
    assert not main_of(found), brief(found)
