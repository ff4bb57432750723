""" "Announce" in the present and the perfect's participle in Spanish, Portuguese, Italian.

Round 32 (issue 11): "Corea anuncia restricciones a la exportación de litio", "ha anunciado
restricciones": the verb governs the measure noun as French "annonce" and Spanish
"anunció" did (``governing_verbs``). Contrasts: an announcement that is only planned, and
one a firm makes about its own sales.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        ("Corea del Sur anuncia restricciones a la exportación de litio", "", "KR"),
        (
            "Noticias",
            "Corea del Sur ha anunciado este lunes restricciones a la exportación de litio.",
            "KR",
        ),
        ("Japão anuncia restrições à exportação de lítio", "", "JP"),
        ("La Corea del Sud annuncia restrizioni all'export di litio", "", "KR"),
    ],
)
def test_announce_in_the_present_governs_the_measure(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    check(analyzer, title, body, (state, "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Noticias", "Corea del Sur podría anunciar restricciones a la exportación de litio."),
        ("Noticias", "Samsung anuncia restricciones a sus propias ventas de litio."),
    ],
)
def test_contrasts_of_an_announcement(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)
