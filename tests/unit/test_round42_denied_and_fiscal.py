"""A licence denied is a licence refused; English "fiscal" is no criminal case (round 42).

* Round 41 read a licence refused in seven languages but left English "denied Nvidia's
  application for an export licence" unread: "denied" is a denial cue, which voids every
  predicate of its sentence. When its object is a licence or an application for one
  (a few words on, no "that", "reports" or clause mark between), it is the state's
  refusal (``license_deny``); a denial of reports stays a denial.
* The criminal-case cues were matched in every language at once, so Spanish "fiscal"
  (a prosecutor) made an English headline's "fiscal" a criminal case and demoted the
  story's acts; the Spanish cue now names the prosecutor with its article.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    "body",
    [
        "The Commerce Department denied Nvidia's application for an export licence to ship "
        "H20 chips to China.",
        "The Commerce Department has denied licences for shipments of advanced chips to Huawei.",
    ],
)
def test_a_licence_denied_is_a_licence_tightening(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert [(e.jurisdiction, e.action, e.direction) for e in found if e.primary] == [
        ("US", "license", "tightening")
    ], brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "China's commerce ministry denied reports that it would revoke export licences for "
        "gallium.",
        "The ministry denied that it had refused licences to Nvidia.",
    ],
)
def test_a_denial_of_reports_about_licences_stays_a_denial(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not main_of(found), brief(found)


def test_an_english_fiscal_headline_is_no_criminal_case(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "A fiscal squeeze for chipmakers",
        "The US Commerce Department on Monday banned exports of Nvidia H20 chips to China.",
    )
    assert main_of(found) == {("US", "tightening")}, brief(found)


def test_a_spanish_prosecutor_still_opens_a_case_story(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "El fiscal acusa a tres empresarios de contrabando de chips",
        "Estados Unidos prohibió en 2023 las exportaciones de chips avanzados a China.",
    )
    assert not main_of(found), brief(found)
