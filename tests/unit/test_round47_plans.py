"""Round 47: a means studied is no probe, and the measure it is sought for is weighed.

"De regering onderzoekt een nieuwe manier om Huawei te blokkeren": the investigating verb's
object is a way, an option, a possibility (``study_objects``), so no probe is opened; and
the measure after the means and its link ("ways to restrict", "formas de restringir",
"Möglichkeiten, … zu beschränken") is one weighed, not one taken.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "",
            "Den Haag onderzoekt een nieuwe manier om Chinese chipbedrijven van "
            "Nederlandse machines af te snijden.",
        ),
        ("", "The Commerce Department is investigating new ways to restrict sales of AI chips."),
        (
            "",
            "Die Bundesregierung untersucht Möglichkeiten, die Ausfuhr von Anlagen zur "
            "Chipfertigung zu beschränken.",
        ),
        ("", "El Gobierno investiga nuevas formas de restringir la exportación de chips."),
        (
            "",
            "Le département du Commerce enquête sur les moyens de restreindre les ventes de "
            "puces à la Chine.",
        ),
    ],
)
def test_a_means_studied_opens_no_probe_and_takes_no_measure(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        ("", "The Commerce Department is investigating Nvidia over sales of H20 chips.", "US"),
        ("", "De Nederlandse regering onderzoekt de verkoop van chips door Nexperia.", "NL"),
    ],
)
def test_a_probe_of_a_firm_or_a_sale_still_opens(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    found = events(analyzer, title, body)
    assert (state, "tightening") in main_of(found), brief(found)
    assert any(e.action == "investigate" for e in found), brief(found)


def test_by_means_of_states_how_a_measure_works(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "The Commerce Department restricted exports of AI chips to China by means of a new "
        "licence requirement.",
    )
    assert ("US", "tightening") in main_of(found), brief(found)
