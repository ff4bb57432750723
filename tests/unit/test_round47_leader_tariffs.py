"""Round 47: a leader's word on a tariff, in the Latin-script languages.

A head of state who says, announces or confirms a tariff, with no instrument signed and
no day it starts, declares it: labellers outside the team read "Trump says US will levy a
100% tariff" as a threat, as round 38 already read "特朗普称将对芯片征收100%关税". A
tariff signed, dated, or imposed with no word of saying stays the act.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("", "Trump announced a 60% tariff on imported processors at a rally in Ohio."),
        (
            "",
            "Il presidente Donald Trump ha annunciato un dazio del 60% sui processori importati.",
        ),
        ("", "“Os processadores vão pagar tarifa muito em breve”, anunciou Trump."),
    ],
)
def test_a_leaders_word_on_a_tariff_is_a_declaration(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("", "President Trump signed a proclamation imposing a 60% tariff on imported processors."),
        ("", "Trump said the 60% tariff on imported processors will take effect on March 1."),
        ("Trump imposes 60% tariff on imported processors", ""),
        ("", "The Commerce Department said it imposed tariffs on imported processors."),
    ],
)
def test_a_signed_dated_or_imposed_tariff_is_the_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert ("US", "tightening") in main_of(found), brief(found)
