"""A measure whose start is moved later, told in the passive (round 40, issue 11).

"The new export restrictions ... have been postponed until March": the measure eases for
now (a relax event), as "postponed the restrictions" already read. The measure noun must
stand close before the participle; a firm's launch or a hearing postponed is no measure.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

_POSTPONED = [
    "The new export restrictions on chipmaking tools have been postponed until March, the "
    "Commerce Department said on Friday.",
    "The curbs on sales of AI chips to the Gulf were deferred by six months, the Commerce "
    "Department said.",
    "La prohibición de exportar chips de IA a China ha sido aplazada hasta marzo, informó el "
    "Departamento de Comercio.",
]


@pytest.mark.parametrize("body", _POSTPONED)
def test_a_measure_postponed_in_the_passive_eases(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(e.jurisdiction == "US" and e.direction == "easing" and e.primary for e in found), (
        brief(found)
    )


@pytest.mark.parametrize(
    "body",
    [
        "Nvidia said the launch of its H20 successor has been postponed until next year.",
        "The hearing on the proposed chip export rules has been postponed, lawmakers said.",
    ],
)
def test_a_launch_or_hearing_postponed_is_no_easing(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.direction == "easing" for e in found), brief(found)
