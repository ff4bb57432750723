"""Round 47: every language says "earlier this year", "last week" and "in a bid to".

English had these time phrases among its background cues and these aims among its
purpose cues; the other languages had them only in part ("… ago" was read in every
language already, by ``elapsed_time_regex``). A measure dated "lo scorso anno" or "a
principios de este año" is background; one named after "en su intento de" or "nel
tentativo di" is the aim of another act, not an act of its own.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    "body",
    [
        "Le autorità olandesi hanno imposto lo scorso anno l'obbligo di licenza per "
        "l'esportazione di macchine litografiche.",
        "El Gobierno neerlandés impuso a principios de este año controles a la exportación "
        "de máquinas de litografía.",
        "Les autorités néerlandaises ont imposé plus tôt cette année une licence obligatoire "
        "pour exporter des machines de lithographie.",
        "No início deste ano, o governo holandês impôs controles à exportação de máquinas "
        "de litografia.",
        "Die niederländische Regierung hat vergangene Woche eine Lizenzpflicht für den "
        "Export von Lithografiemaschinen eingeführt.",
        "De Nederlandse regering heeft vorige week een vergunningplicht ingevoerd voor de "
        "export van lithografiemachines.",
    ],
)
def test_a_measure_dated_before_the_story_is_background(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert found, "the measure is still read"
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Le Japon a publié hier de nouvelles règles d'exportation sur les outils de "
        "fabrication de puces, dans une tentative d'interdire les ventes à la Chine.",
        "Japón publicó ayer nuevas normas de exportación de herramientas para chips, en su "
        "intento de frenar el acceso de China.",
        "Il Giappone ha pubblicato ieri nuove regole sull'export di strumenti per chip, nel "
        "tentativo di frenare l'accesso della Cina.",
    ],
)
def test_an_aim_after_an_attempt_is_not_a_second_measure(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    main = [e for e in found if e.primary]
    assert len(main) == 1, brief(found)
