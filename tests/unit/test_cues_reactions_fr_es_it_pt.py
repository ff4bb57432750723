"""Reactions of another state in French, Spanish, Italian, Portuguese (round 22, issue 11).

Own sentences. The reaction verbs of a Romance headline were listed in the third person
singular of the present only; a wire headline also writes the plural ("dénoncent"), the
passé composé ("a dénoncé", "ha condannato"), the simple past ("repudiou") and the
idioms "arremete contra", "se scaglia contro". Under such a headline that states no act,
the body's act is the measure reacted to: background (``reactions.demote_state_reaction``).
The contrasts stay news: a state's own act with a reaction in another clause of its
headline, and an act whose state also accuses.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Pékin et Moscou dénoncent les nouvelles restrictions américaines sur les puces",
            "Le ministère chinois du Commerce a déclaré que les nouvelles restrictions "
            "américaines sur les puces violaient les règles du commerce. Washington a restreint "
            "mardi les exportations de puces vers la Chine.",
        ),
        (
            "La Chine a dénoncé les nouvelles restrictions américaines sur les puces",
            "Le ministère chinois du Commerce a déclaré que ces mesures violaient les règles du "
            "commerce. Washington a restreint mardi les exportations de puces d'IA vers la Chine.",
        ),
        (
            "China arremete contra las nuevas restricciones de EEUU a los chips",
            "El ministerio chino de Comercio afirmó que las medidas violan las normas del "
            "comercio. Washington restringió el martes las exportaciones de chips de IA a China.",
        ),
        (
            "La Cina ha condannato le nuove restrizioni Usa sui chip",
            "Il ministero del Commercio cinese ha affermato che le misure violano le regole del "
            "commercio. Washington ha limitato martedì le esportazioni di chip per l'IA verso "
            "la Cina.",
        ),
        (
            "China repudiou as novas restrições dos EUA aos chips",
            "O ministério do Comércio chinês afirmou que as medidas violam as regras do "
            "comércio. Washington restringiu na terça-feira as exportações de chips de IA para "
            "a China.",
        ),
    ],
)
def test_a_reaction_headline_reads_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            # the act is the headline's; the reaction is another clause's
            "La Chine restreint les exportations de gallium; le Japon dénonce",
            "La Chine a restreint mardi les exportations de gallium vers le Japon, a annoncé le "
            "ministère du Commerce.",
            ("CN", "tightening"),
        ),
        (
            # the state that acts also accuses
            "China prohíbe la venta de chips de Nvidia y acusa a EEUU de abuso",
            "China prohibió el martes la compra de chips de Nvidia, anunció el regulador, que "
            "acusó a Washington de abusar de los controles.",
            ("CN", "tightening"),
        ),
    ],
)
def test_an_act_beside_a_reaction_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
