"""Accusation rhetoric in a reaction (issue 11, round 16), own sentences.

A spokesperson says the other side "abused export controls and maliciously blocked and
suppressed" its products: a complaint, in quoted or reported speech, no new event
(``condemnation_cues``, ``briefing.py``). A verb inside the accusation's own words
("maliciously blocked", "bloqueado maliciosamente") is dropped; the measure the sentence
names stays background. Contrast: the complaining state's own decision stays news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    "body",
    [
        "The United States has overstretched the concept of national security, abused export "
        "controls and maliciously blocked and suppressed Chinese chip products, the "
        "spokesperson said.",
        '"Washington has weaponized export controls and maliciously suppressed our firms," '
        "the ministry said on Thursday.",
        "Washington ha abusado de los controles de exportación y ha bloqueado maliciosamente "
        "los productos chinos, dijo el portavoz.",
        "Gli Stati Uniti stanno abusando delle misure di controllo e bloccano i prodotti cinesi, "
        "ha detto il portavoce.",
    ],
)
def test_an_accusation_states_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Beijing hits back at Washington over chips", body)
    assert not any(e.primary for e in found), brief(found)
    assert not any(e.action == "ban" for e in found), brief(found)


def test_the_complaining_state_deciding_stays_news(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "China restricts gallium exports",
        "In response to the US abuse of export controls, China's Ministry of Commerce "
        "announced on Monday that it will restrict exports of gallium from December 1.",
        ("CN", "tightening"),
    )
