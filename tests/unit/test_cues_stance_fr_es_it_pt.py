"""A spokesperson's stance in French, Spanish, Italian, Portuguese (round 22, issue 11).

Own sentences. A briefing answer that justifies a measure with a stance formula before
its predicate ("conformément aux pratiques internationales", "de acuerdo con la práctica
internacional", "in linea con la prassi internazionale", "em linha com a prática
internacional"; ``stance_cues``) takes no measure (``briefing.demote_stance``). The
contrasts stay news: an act announced in its sentence, the stance after it.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Le porte-parole s'exprime sur le gallium",
            "Le porte-parole a déclaré que, conformément aux pratiques internationales, la "
            "Chine applique des contrôles à l'exportation sur le gallium.",
        ),
        (
            "La portavoz habla del galio",
            "La portavoz dijo que, de acuerdo con la práctica internacional, China aplica "
            "controles a la exportación de galio.",
        ),
        (
            "Il portavoce parla del gallio",
            "Il portavoce ha detto che, in linea con la prassi internazionale, la Cina applica "
            "controlli all'esportazione di gallio.",
        ),
        (
            "O porta-voz fala do gálio",
            "O porta-voz disse que, em linha com a prática internacional, a China aplica "
            "controles à exportação de gálio.",
        ),
    ],
)
def test_a_stance_before_the_predicate_reads_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "La Chine restreint les exportations de gallium",
            "La Chine restreint à partir du 1er mars les exportations de gallium, a annoncé "
            "jeudi le ministère, une mesure conforme aux pratiques internationales.",
        ),
        (
            "China restringe las exportaciones de galio",
            "China restringirá desde el 1 de marzo las exportaciones de galio, anunció el "
            "jueves el ministerio, que dijo que la medida no va dirigida contra ningún país.",
        ),
    ],
)
def test_an_announced_act_with_a_stance_after_it_stays_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("CN", "tightening"))
