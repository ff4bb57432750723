"""Goods brought under licensing or a new national control list are a licence measure.

Round 28b (recall, issue 11): "brings advanced chips under export licensing", "soumet …
à licence", "unterstellt … der Genehmigungspflicht", "établissement d'une liste nationale
de contrôle": a licensing regime or a list extended to new goods lays a licence duty on
them (license, tightening), in every language. Contrasts: the same verbs without a
licensing regime or a state's control list (shipments brought forward, a bill put to
parliament, a supplier's quality-control list) stay silent.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "Vietnam brings high-end chips under export licensing",
            "Vietnam has brought advanced chips and chipmaking tools under export licensing "
            "from 1 March, the trade ministry said.",
            "VN",
        ),
        (
            "Vietnam establishes national control list for chip tools",
            "Vietnam's trade ministry established a national export control list covering "
            "lithography tools and advanced chips.",
            "VN",
        ),
        (
            "La France établit une liste nationale de contrôle pour les puces",
            "Le gouvernement français a établi une liste nationale de contrôle des exportations "
            "de semi-conducteurs avancés.",
            "FR",
        ),
        (
            "Le Vietnam soumet les puces avancées à licence d'exportation",
            "Le ministère vietnamien du Commerce a soumis les puces avancées et les outils de "
            "lithographie à licence d'exportation.",
            "VN",
        ),
        (
            "España somete los chips avanzados a autorización",
            "El Gobierno español sometió los chips avanzados y las herramientas de litografía a "
            "autorización previa de exportación.",
            "ES",
        ),
        (
            "Deutschland unterstellt KI-Chips der Genehmigungspflicht",
            "Die Bundesregierung unterstellt die Ausfuhr von KI-Chips und Lithografieanlagen "
            "künftig der Genehmigungspflicht.",
            "DE",
        ),
    ],
    ids=[
        "en-brought-under",
        "en-list-established",
        "fr-list-established",
        "fr-soumet",
        "es-somete",
        "de-unterstellt",
    ],
)
def test_goods_brought_under_licensing_are_a_licence_measure(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    found = events(analyzer, title, body)
    main = {(e.jurisdiction, e.action, e.direction) for e in found if e.primary}
    assert (state, "license", "tightening") in main, brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Chipmaker brought forward shipments",
            "Analysts said the chipmaker brought forward shipments to China last quarter as "
            "demand rose.",
        ),
        (
            "Samsung establishes quality control list for suppliers",
            "Samsung established a new quality control list for its wafer suppliers on Monday.",
        ),
        (
            "Le ministre soumet le projet au Parlement",
            "Le ministre a soumis le projet de loi sur les semi-conducteurs au Parlement mardi.",
        ),
    ],
    ids=["en-brought-forward", "en-quality-list", "fr-bill-to-parliament"],
)
def test_the_same_verbs_without_a_licensing_regime_stay_silent(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)
