"""Round 24 (issue 11): a story that tells a plan or an attempt, not a measure.

1. A headline in the future or with a plan modal and no act of its own ("EE.UU. pondrá
   ...", "in arrivo nuove restrizioni", "zal ... beperken") is a plan headline, as a wish
   headline ("EUA querem proibir ...") already was.
2. An attempt or a plan under way ("is seeking to", "sta cercando di", "está tomando
   medidas para", "probeert", "versucht, ... zu") is a plan cue, and a lead act read in
   its clause is that plan: the headline's act and the body's retellings told in the
   future or a modal are its content, no event.

Contrasts that stay news: a future headline over a lead that says the act was announced
with its start date, or done on a named day; an English "<state> to <verb>" headline over
rules issued that day.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "EE.UU. pondrá nuevos límites a la venta de chips a China",
            "Estados Unidos está tomando medidas para endurecer las restricciones a la "
            "exportación de chips impuestas el año pasado. Las nuevas normas incluirán a "
            "varias empresas chinas de chips en la lista de entidades.",
        ),
        (
            "Usa: in arrivo nuove restrizioni contro la Cina sui chip",
            "Gli Stati Uniti stanno pianificando di rafforzare i controlli sull'export di "
            "chip verso la Cina. Washington aggiungerà inoltre alcune aziende cinesi alla "
            "lista nera.",
        ),
        (
            "US to tighten chip export rules for China",
            "The Biden administration is seeking to tighten export controls on advanced "
            "chips to China. The new rules will add Chinese chip designers to the entity list.",
        ),
        (
            "Les États-Unis durciront les contrôles sur les puces vers la Chine",
            "Washington cherche à durcir les contrôles à l'exportation de puces avancées vers "
            "la Chine. Les nouvelles règles ajouteront des concepteurs chinois de puces à la "
            "liste noire.",
        ),
        (
            "Nederland zal export van chipmachines naar China beperken",
            "Het kabinet probeert de export van geavanceerde chipmachines naar China te "
            "beperken. De nieuwe regels zullen ook oudere machines omvatten.",
        ),
        (
            "Berlin will Export von Chipanlagen nach China beschränken",
            "Die Bundesregierung versucht, den Export von Chipanlagen nach China zu "
            "beschränken. Die neuen Regeln würden auch ältere Anlagen erfassen.",
        ),
        (
            "Os EUA vão endurecer as regras de exportação de chips para a China",
            "O governo americano está a tentar endurecer os controlos de exportação de chips "
            "avançados para a China. As novas regras incluirão empresas chinesas na lista de "
            "entidades.",
        ),
    ],
    ids=["es", "it", "en", "fr", "nl", "de", "pt"],
)
def test_a_plan_or_an_attempt_told_under_a_future_headline_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "EE.UU. prohibirá la venta de chips avanzados a China",
            "El Departamento de Comercio anunció el lunes que prohibirá la venta de chips "
            "avanzados a China a partir del 1 de mayo.",
            "US",
        ),
        (
            "Usa: in arrivo nuove restrizioni contro la Cina sui chip",
            "Gli Stati Uniti hanno rafforzato lunedì i controlli sull'export di chip verso "
            "la Cina.",
            "US",
        ),
        (
            "US to tighten chip export rules for China",
            "The Commerce Department on Monday issued rules that tighten export controls on "
            "advanced chips to China, effective immediately.",
            "US",
        ),
        (
            "Usa: in arrivo nuove restrizioni contro la Cina sui chip",
            "Gli Stati Uniti hanno deciso di rafforzare i controlli sull'export di chip verso "
            "la Cina, a partire dal 1 ottobre.",
            "US",
        ),
    ],
    ids=["es-announced-dated", "it-done-monday", "en-issued", "it-decided-dated"],
)
def test_a_decision_or_an_act_done_under_a_future_headline_stays_news(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    found = events(analyzer, title, body)
    assert (state, "tightening") in main_of(found), brief(found)
