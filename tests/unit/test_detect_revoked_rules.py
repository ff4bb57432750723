"""A rule revoked or cancelled, or a new rule that tightens, in the European languages (round 35).

The verbs of revoking and cancelling a state's rule ("canceló el marco para …", "deroga
la norma", "cancella il quadro per …", "widerruft die Regeln", "herroept de regeling")
ease it; the framework a rule is called ("marco para", "quadro per", "cadre pour") is its
measure, not "en el marco de" (within). Spanish "EE. UU." does not end a sentence, so the
state stays with its verb ("el gobierno de EE. UU. anunció nuevas normas que endurecen …").
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "",
            "El Departamento de Comercio de Estados Unidos canceló el martes el marco para la "
            "exportación de chips de IA del gobierno anterior.",
            ("US", "easing"),
        ),
        (
            "",
            "Estados Unidos deroga la norma que limitaba la venta de chips de IA a Oriente Medio.",
            ("US", "easing"),
        ),
        (
            "",
            "Il Dipartimento del Commercio degli Stati Uniti ha cancellato il quadro per "
            "l'esportazione dei chip di intelligenza artificiale.",
            ("US", "easing"),
        ),
        (
            "",
            "Die US-Regierung widerruft die Regeln für den Export von KI-Chips.",
            ("US", "easing"),
        ),
        (
            "",
            "De Amerikaanse regering herroept de regels voor de export van AI-chips.",
            ("US", "easing"),
        ),
        (
            "",
            "El 3 de marzo, el gobierno de EE. UU. anunció nuevas normas que endurecen el "
            "control sobre la exportación de chips de IA.",
            ("US", "tightening"),
        ),
    ],
)
def test_a_rule_revoked_or_tightened(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


def test_within_a_framework_is_no_measure(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "",
        "La empresa canceló un pedido de chips en el marco de su plan de ahorro.",
        None,
    )
