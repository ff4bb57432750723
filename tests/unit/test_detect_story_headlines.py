"""Results and denial headlines across languages; a separate item of news (issue 11).

1. A results headline with a business noun before the firm ("Las ventas de ASML en China
   caen en el primer trimestre", "ASML's China sales fall") makes the body's measures the
   story's background, as the English results headlines do.
2. A report disputed in the lead ("disputing reports that said Japan stopped all
   exports") states no act.
3. "Separately, ..." opens a second item of news: its act is not buried background.
Contrasts: the measure as the headline; the halt stated as done.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Las ventas de ASML en China caen en el primer trimestre",
            "El gobierno de Países Bajos impuso nuevas restricciones a las exportaciones de "
            "equipos de ASML a China.",
        ),
        (
            "Les ventes d'ASML en Chine reculent au premier trimestre",
            "Le gouvernement néerlandais a imposé de nouvelles restrictions aux exportations "
            "d'ASML vers la Chine.",
        ),
        (
            "ASML's China sales fall in first quarter",
            "The Dutch government imposed new restrictions on exports of ASML tools to China.",
        ),
    ],
)
def test_a_results_headline_makes_the_measures_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)


def test_the_measure_as_the_headline_stays_news(analyzer: Analyzer) -> None:
    body = (
        "El gobierno de Países Bajos impuso nuevas restricciones a las exportaciones de "
        "equipos de ASML a China."
    )
    check(
        analyzer,
        "Países Bajos restringe las exportaciones de ASML a China",
        body,
        ("NL", "tightening"),
    )


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Japan says it did not stop all resist exports to South Korea",
            "Japan's trade ministry said on Friday that shipments of resists to South Korea "
            "continued, disputing reports that said Japan stopped all exports of the material.",
            None,
        ),
        (
            "Japan halts resist exports to South Korea",
            "Japan's trade ministry said on Friday it had halted shipments of resists to "
            "South Korea.",
            ("JP", "tightening"),
        ),
    ],
)
def test_a_disputed_report_states_no_act(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


def test_a_separate_item_of_news_deep_in_the_body_stays_news(analyzer: Analyzer) -> None:
    body = (
        "Tokyo is moving to widen its export controls to quantum computing parts, officials "
        "said.\n\nThe draft would add cryogenic coolers to the list.\n\nThe move comes as "
        "allies weigh their own rules.\n\nSeparately, Tokyo is tightening oversight of end "
        "users. The ministry added 30 entities to its end-user list on Tuesday."
    )
    found = events(analyzer, "Japan plans wider export controls", body)
    assert any(e.primary and e.jurisdiction == "JP" for e in found), brief(found)
