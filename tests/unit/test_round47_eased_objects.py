"""Round 47: an easing verb whose object is a climate, a supply or a worry eases no rule.

"agreed to ease tensions over chip export controls", "destinado a aliviar a escassez de
chips", "relajó las tensiones comerciales": the verb's object (past determiners, each
read whole, and one adjective) is listed in ``eased_non_measures``. The rule itself eased
("eased export controls") stays an easing.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    "body",
    [
        "Washington and Beijing agreed on Tuesday to ease tensions over export curbs on "
        "AI processors.",
        "El Gobierno relajó las tensiones comerciales con Pekín sobre los semiconductores.",
        "The Commerce Department acted on Tuesday to ease the global shortage of processors.",
    ],
)
def test_easing_a_climate_eases_no_rule(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not [e for e in found if e.direction == "easing"], brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("The Commerce Department eased export controls on AI processors to China.", "US"),
        ("El Gobierno chino relajó las restricciones a la exportación de galio.", "CN"),
    ],
)
def test_easing_a_rule_is_still_an_easing(analyzer: Analyzer, body: str, state: str) -> None:
    found = events(analyzer, "", body)
    assert (state, "easing") in main_of(found), brief(found)
