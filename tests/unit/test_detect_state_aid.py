"""State aid and subsidies approved (issue 11, round 16), own sentences.

The Commission's approval of aid, a subsidy or funding for a plant is no chip policy
event (the labels and the development set agree), and "the measure will strengthen
security of supply" is an aim, no tightening (``non_measure_objects``, ``reading.py``).
Contrasts: a strengthening verb with a measure as object still tightens.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Bruxelles autorise l'Italie à subventionner une usine de puces",
            "La Commission a autorisé une aide d'État italienne pour une nouvelle usine. Elle "
            "estime que la mesure renforcera la sécurité d'approvisionnement de l'Europe.",
        ),
        (
            "EU genehmigt Beihilfe für Chipwerk in Sachsen",
            "Die EU-Kommission genehmigte die Beihilfe für die Errichtung des Werks. Die "
            "Maßnahme stärkt die Versorgungssicherheit Europas.",
        ),
        (
            "Bruselas autoriza una ayuda de Estado para una fábrica de chips",
            "La Comisión autorizó la ayuda española. La medida reforzará la seguridad de "
            "suministro de Europa.",
        ),
    ],
)
def test_an_aid_approval_and_its_aim_are_no_event(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "La Chine renforce les contrôles sur le gallium",
            "La Chine a renforcé lundi les contrôles à l'exportation de gallium.",
            ("CN", "tightening"),
        ),
        (
            "La Cina rafforza i controlli sul gallio",
            "La Cina ha rafforzato i controlli sulle esportazioni di gallio con effetto immediato.",
            ("CN", "tightening"),
        ),
    ],
)
def test_strengthening_a_measure_still_tightens(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
