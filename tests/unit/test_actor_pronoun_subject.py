"""A French subject pronoun after a state named in the sentence before (round 32, issue 11).

"La Corée mise sur le lithium. Elle a annoncé le durcissement des contrôles …": "elle" is
the state the story named, as English "it" is (``anaphors``). Contrasts: a firm named
before the pronoun (the pronoun is the firm), and "il", left out (impersonal "il faut").
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    "body",
    [
        "Dans la bataille des batteries, la Corée du Sud mise sur le lithium. Elle a annoncé "
        "le renforcement des contrôles à l'exportation sur quatre outils de raffinage.",
        "La Corée du Sud protège son avance. Elle a renforcé les contrôles à l'exportation "
        "sur les outils de raffinage du lithium.",
    ],
)
def test_elle_after_a_state_is_the_state(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Batteries", body, ("KR", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        # the firm named before the pronoun: a firm's own step, no state's act
        "Le fabricant Samsung a publié ses résultats. Elle a annoncé le renforcement des "
        "contrôles sur ses livraisons.",
        # "il" is no anaphor: an impersonal subject
        "Il faut renforcer les contrôles à l'exportation sur les outils de raffinage.",
    ],
)
def test_contrasts_of_a_french_pronoun(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Batteries", body, None)
