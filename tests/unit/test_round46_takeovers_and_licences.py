"""Round 46: a takeover told as control assumed; an owner is no agent; a licence as a duty.

- "has assumed control of", "takes charge of": a state taking over a chipmaker.
- "a chipmaker owned by China": the owner named after "by" is the object's, not the
  act's agent.
- "may be delivered only after obtaining a licence", "nur mit Genehmigung": the licence is
  a duty, no grant.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("", "The Dutch government has assumed control of Ampleon, a maker of power chips."),
        ("the hague takes charge of chipmaker ampleon", ""),
    ],
)
def test_control_assumed_is_a_takeover(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert main_of(found) == {("NL", "tightening")}, brief(found)


def test_the_owner_after_by_is_no_agent(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "The British government has taken control of Newport Wafer Fab, a plant owned by "
        "China through a holding company.",
    )
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Vanaf juni mogen de processors alleen na het verkrijgen van een vergunning van het "
        "Amerikaanse ministerie geleverd worden aan SMIC.",
        "Ab Juni dürfen die Prozessoren nur mit Genehmigung des US-Ministeriums an SMIC "
        "geliefert werden.",
    ],
)
def test_a_delivery_only_with_a_licence_grants_nothing(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.direction == "easing" for e in found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Last year Washington put the foundry on its entity list, barring sales of US tools "
        "to it unless explicitly approved by Commerce.",
        "Het kabinet verbood de levering van de machines aan China, tenzij de minister een "
        "vergunning goedkeurt.",
    ],
)
def test_the_exception_a_ban_leaves_grants_nothing(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.direction == "easing" for e in found), brief(found)


def test_the_exemption_of_a_measure_told_as_talk_is_talk(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "Trump says US will put 50% tariff on chips",
        "President Trump said on Tuesday the United States will impose a tariff of about 50% "
        "on semiconductors, but companies that manufacture in America will be exempt.",
        "2025-08-07",
    )
    assert not any(e.direction == "easing" and e.primary for e in found), brief(found)
