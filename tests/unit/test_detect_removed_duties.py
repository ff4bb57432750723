"""Round 23 (h32r, issue 11): first reports missed in English and the European languages.

Two classes, each stated without any one article's words:

- A state that removes a duty it laid on the trade (a registration, an obligation, a
  requirement: ``rec_duty``) eases its measure, active ("removes the registration
  requirement", "supprime l'obligation", "elimina el requisito") or passive ("the
  obligation ... has been abolished"). Contrast: a firm that drops its own product names
  no duty, and a duty only weighed stays talk.
- A state's new rule told through what the trade may no longer do ("dürfen nicht mehr
  ... ohne Genehmigung", "may no longer ... without a licence"): the clause states a
  change of what is allowed now, so a time word inside it ("zuvor", "first") dates no
  earlier act. Contrast: a forecast of the same change stays talk.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "India removes mandatory registration for imported chips",
            "India has removed the mandatory registration of some integrated circuits "
            "under its chip import monitoring scheme.",
            "IN",
        ),
        (
            "La France supprime l'obligation d'enregistrement des puces importées",
            "Le gouvernement français supprime l'obligation d'enregistrement pour les "
            "importations de puces avancées.",
            "FR",
        ),
        (
            "España elimina el requisito de registro para importar chips",
            "El Gobierno de España elimina el requisito de registro previo para las "
            "importaciones de semiconductores avanzados.",
            "ES",
        ),
        (
            "L'Italia abolisce l'obbligo di registrazione per i chip importati",
            "Il governo italiano abolisce l'obbligo di registrazione per le importazioni "
            "di chip avanzati.",
            "IT",
        ),
    ],
)
def test_a_duty_removed_by_the_state_is_an_easing(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    check(analyzer, title, body, (state, "easing"))


def test_a_duty_told_ended_in_the_passive_is_an_easing(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "",
        "The requirement of compulsory registration for chip imports has been "
        "discontinued with immediate effect, the DGFT said.",
        ("IN", "easing"),
    )


@pytest.mark.parametrize(
    "body",
    [
        "Nvidia removed the H20 from its catalogue for China.",
        "India is considering whether to remove the mandatory registration of imported chips.",
        "Le gouvernement français pourrait supprimer l'obligation d'enregistrement des puces.",
    ],
)
def test_a_product_dropped_or_a_removal_weighed_is_no_easing(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "USA: Neue Regeln für Chipingenieure",
            "US-Bürger dürfen nicht mehr an der Fertigung von Mikrochips in China mitwirken, "
            "ohne zuvor eine Genehmigung zu beantragen.",
            "US",
        ),
        (
            "New US rules for chip engineers",
            "US citizens may no longer support chip production in China unless they first "
            "apply for a licence from the Commerce Department.",
            "US",
        ),
    ],
)
def test_what_the_trade_may_no_longer_do_is_the_rule_now(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    check(analyzer, title, body, (state, "tightening"))


def test_a_forecast_that_the_trade_may_no_longer_sell_stays_talk(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "",
        "Analysts expect that US firms may soon no longer need a licence to sell chips.",
        None,
    )
