"""The act of tightening named as a noun is one act, as English "tightening" (round 20).

Own sentences. A headline "<official>: <nominal act>" ("Minister: aanscherping
exportcontrole op …", "Le ministre : durcissement des contrôles …") states the act as
"US tightening of chip rules" does: Verschärfung, durcissement, endurecimiento,
inasprimento, aanscherping are event nouns, not nouns of a standing measure. The same noun
as a cause in an impact story, or dated in the body, stays no event.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of

HEADLINES = [
    (
        "Wirtschaftsministerin: Verschärfung der Exportkontrollen für Chipanlagen",
        "Deutschland passt die Ausfuhrregeln für Anlagen zur Chipherstellung zum 1. März an.",
        "DE",
    ),
    (
        "Le ministre : durcissement des contrôles à l'exportation de puces",
        "La France adapte au 1er mars ses règles d'exportation des équipements de puces.",
        "FR",
    ),
    (
        "Ministro: endurecimiento de los controles a la exportación de chips",
        "España adapta el 1 de marzo sus normas de exportación de equipos de chips.",
        "ES",
    ),
    (
        "Ministro: inasprimento dei controlli sull'export di chip",
        "L'Italia adegua dal 1° marzo le regole sull'export di macchinari per chip.",
        "IT",
    ),
]


@pytest.mark.parametrize(("title", "body", "actor"), HEADLINES)
def test_an_officials_nominal_tightening_headline_is_news(
    analyzer: Analyzer, title: str, body: str, actor: str
) -> None:
    found = events(analyzer, title, body)
    assert (actor, "tightening") in main_of(found), brief(found)


CAUSES = [
    (
        "ASML: omzet daalt door aanscherping exportregels",
        "ASML zag de omzet in China dalen. De aanscherping van de Amerikaanse exportregels "
        "in 2023 drukte de verkoop.",
    ),
    (
        "Les fabricants de puces inquiets",
        "Le durcissement des contrôles américains depuis 2022 pèse sur les ventes de Nvidia "
        "en Chine.",
    ),
    (
        "Chipfirmen in Sorge",
        "Die Verschärfung der US-Exportkontrollen im Jahr 2023 belastet die Umsätze von "
        "Nvidia in China.",
    ),
]


@pytest.mark.parametrize(("title", "body"), CAUSES)
def test_a_tightening_named_as_a_cause_is_no_event(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not found, brief(found)
