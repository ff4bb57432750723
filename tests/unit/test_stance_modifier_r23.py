"""Round 23 (issue 11): a trigger word that is an adjective of a stance noun.

1. A Romance adjective stands before its noun: "ferma opposizione alla revisione" is a
   firm opposition, not "halts"; a one-word trigger followed only by a space and a stance
   noun of ``reaction_verbs`` is no predicate, and the headline reacts.
2. The stance nouns take every article contraction ("opposizione alla", "oposición al",
   "oposição ao", "opposition au"): the reaction headline is read with any of them.

Contrasts: the halt verb with its object stays news; a state's own act in the headline
beside the stance stays news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of

_BODY_IT = (
    "Il portavoce ha detto che gli Stati Uniti hanno inasprito le regole sulle "
    "esportazioni di chip, creando incertezza per le imprese."
)


def test_an_adjective_before_a_stance_noun_is_no_halt(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Cina: ferma opposizione alla revisione americana dei controlli sull'export di chip",
        _BODY_IT,
    )
    assert not main_of(found), brief(found)
    assert all(e.action != "ban" for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Pechino: ferma opposizione alla revisione americana dei controlli sui chip",
            _BODY_IT,
        ),
        (
            "Pekín expresa su oposición al nuevo control de exportaciones de chips de EEUU",
            "Un portavoz dijo que Estados Unidos endureció las reglas de exportación de "
            "chips y que eso perjudica a las empresas.",
        ),
        (
            "Pequim manifesta oposição ao novo veto à exportação de chips dos EUA",
            "Um porta-voz disse que os Estados Unidos endureceram as regras de exportação "
            "de chips e que isso prejudica as empresas.",
        ),
        (
            "Pékin exprime sa ferme opposition au contrôle des exportations de puces",
            "Un porte-parole a dit que les États-Unis ont durci les règles d'exportation de "
            "puces, ce qui nuit aux entreprises.",
        ),
    ],
)
def test_a_stance_noun_with_any_contraction_makes_a_reaction_headline(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    "title",
    [
        "L'Italia ferma l'export di macchinari per chip verso la Cina",
        "Il governo ferma le esportazioni di chip avanzati verso la Cina",
    ],
)
def test_the_halt_verb_with_its_object_stays_news(analyzer: Analyzer, title: str) -> None:
    found = events(analyzer, title, "Il provvedimento entra in vigore da lunedì.")
    assert main_of(found), brief(found)
