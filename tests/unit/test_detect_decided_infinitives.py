"""A measure noun under the infinitive a decision or an announcement governs (round 33).

"ha decidido implementar controles a la exportación", "a décidé d'imposer des
restrictions", "hat angekündigt, ab dem 1. März Exportkontrollen … einzuführen": the
decision is taken and names its measure (``decided_infinitive_heads``, German and Dutch
``decided_closing_infinitives``); Spanish "implementó" and Portuguese "imporá" fill gaps of
``governing_verbs``. Contrasts: a plan, an intention, a wish, a conditional, a negation.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Corea del Sur ha decidido implementar controles a la exportación de litio.",
            ("KR", "tightening"),
        ),
        ("Corea del Sur implementó controles a la exportación de litio.", ("KR", "tightening")),
        (
            "La Corée du Sud a décidé d'imposer des restrictions à l'exportation de lithium.",
            ("KR", "tightening"),
        ),
        (
            "La Corea del Sud ha deciso di imporre restrizioni all'export di litio.",
            ("KR", "tightening"),
        ),
        (
            "O Japão declarou que imporá controles de exportação sobre o lítio.",
            ("JP", "tightening"),
        ),
        (
            "Südkorea hat angekündigt, ab dem 1. März Exportkontrollen für Lithium und "
            "Lithiumverbindungen einzuführen.",
            ("KR", "tightening"),
        ),
        (
            "Japan heeft besloten exportcontroles op lithium in te voeren.",
            ("JP", "tightening"),
        ),
    ],
)
def test_a_decided_infinitive_governs_the_measure(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, "Trade desk", body, expected)


@pytest.mark.parametrize(
    "body",
    [
        "Japan overweegt exportcontroles op lithium in te voeren.",
        "Japan plant, Exportkontrollen für Lithium einzuführen.",
        "Japan hat angekündigt, Exportkontrollen für Lithium einführen zu wollen.",
        "Japan hat angekündigt, nicht länger Exportkontrollen für Lithium einzuführen.",
        "Japão pretende impor controles de exportação sobre o lítio.",
        "O Japão implementaria controles de exportação sobre o lítio.",
        "Japón pretende implementar controles a la exportación de litio.",
        "Japón decidió no imponer controles a la exportación de litio.",
        "Le Japon envisage d'imposer des restrictions à l'exportation de lithium.",
    ],
)
def test_plans_and_wishes_are_no_decision(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Trade desk", body, None)
