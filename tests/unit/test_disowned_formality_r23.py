"""Round 23 (issue 11): a body that disowns the formality of the act it tells.

"Although the remarks are not a formal announcement of trade policy, …" says the
headline's act is a leader's words, not a measure: every main event is background.
Contrast: a body that tells the formal announcement itself stays news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "President announces a 100% tariff on imported chips",
            "The president told reporters he will impose a tariff of about 100% on imported "
            "chips. The remarks were not a formal announcement of trade policy and gave no "
            "legal detail.",
        ),
        (
            "El presidente anuncia un arancel del 100% a los chips importados",
            "El presidente dijo que impondrá un arancel del 100% a los chips importados. "
            "Aunque sus palabras no constituyen un anuncio formal de política comercial, "
            "endurecen el tono.",
        ),
        (
            "Il presidente annuncia dazi del 100% sui chip importati",
            "Il presidente ha detto che imporrà dazi del 100% sui chip importati. Le sue "
            "parole non costituiscono un annuncio formale di politica commerciale.",
        ),
    ],
)
def test_a_body_disowning_formality_keeps_no_main_event(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


def test_a_formal_announcement_told_stays_news(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "US imposes a 100% tariff on imported chips",
        "The Commerce Department said on Monday the tariff on imported chips takes effect on "
        "March 1. The formal announcement came in a notice.",
    )
    assert main_of(found), brief(found)
