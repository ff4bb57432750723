"""Round 29 (issue 11): a tightening that states the terms of the same state's easing.

An approval told first, then what it requires ("each licence requires a revenue share",
"chips must pass third-party testing before they ship"), or an exemption from a levy
told with the levy: the terms are part of the easing, not a second act in the other
direction (the mirror of the carve-out inside a tightening). A story that leads with a
tightening keeps it, and so does a tightening of another state or of another product.
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import events


def acts(analyzer: Analyzer, title: str, body: str) -> set[tuple[str, str, str]]:
    """(state, action, direction) of the article's events."""
    return {(e.jurisdiction, e.action, e.direction) for e in events(analyzer, title, body)}


def test_the_terms_of_a_licence_are_no_tightening(analyzer: Analyzer) -> None:
    found = acts(
        analyzer,
        "Washington approves Nvidia H20 licences for China",
        "The Commerce Department granted Nvidia licences to export the H20 to China on "
        "Friday. Each H20 licence requires Nvidia to pay 15 percent of its revenue to the "
        "government.",
    )
    assert found == {("US", "license", "easing")}


def test_a_story_that_leads_with_a_tightening_keeps_it(analyzer: Analyzer) -> None:
    found = acts(
        analyzer,
        "China tightens rare earth export controls",
        "The commerce ministry on Thursday imposed export controls on rare earth "
        "technology. It also granted licences for rare earth exports to some foreign buyers.",
    )
    assert ("CN", "restrict", "tightening") in found


def test_another_states_tightening_stays(analyzer: Analyzer) -> None:
    found = acts(
        analyzer,
        "US approves H200 exports to China",
        "Washington approved sales of the H200 to Chinese buyers on Monday. China's "
        "customs authorities have blocked imports of the H200.",
    )
    assert ("US", "approve", "easing") in found
    assert any(a[0] == "CN" and a[2] == "tightening" for a in found)
