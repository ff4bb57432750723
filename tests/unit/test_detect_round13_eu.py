"""Round 13, European languages: error classes of a held-out set, on our own sentences.

1. A state resuming the trade it had blocked eases its measure ("hervat de export",
   "reanuda las exportaciones"); contrasts: a firm resuming deliveries and customs
   statistics where the trade is the subject are no act.
2. Exemptions from a state's own ban: announced with a channel for firms to apply, an
   easing; opened "to the possibility", or considered, no act.
3. Share-price and loss headlines: the body's measures are context; contrast: a headline
   that names the state's act as the cause ("après que le gouvernement a restreint").
4. Who acts: a participle's "by" agent wins over the nearer target state ("restrizioni
   ... verso la Cina decise dagli Stati Uniti"); an infinitive purpose clause ends the
   noun's phrase ("... om de opmars van China te vertragen").
5. Process steps: an investigation dated by its apposition ("L'enquête, lancée en
   décembre, pourrait ...") is no news; a pluperfect reaches an infinitive four words on.
6. Requests: a headline of firms asking a government makes the body's recalled measures
   context; contrast: the same body under a headline of the measure.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

# ------------- class 1: resuming trade after a block


@pytest.mark.parametrize(
    "title",
    [
        "Peking hervat de uitvoer van chips van de fabriek in Dongguan",
        "Peking nimmt die Ausfuhr von Germanium in die USA wieder auf",
        "La Chine reprend les exportations de gallium vers l'Europe",
        "Pekín reanuda las exportaciones de germanio a Estados Unidos",
        "Pechino riprende le esportazioni di gallio verso gli Stati Uniti",
        "A China retoma as exportações de germânio para os Estados Unidos",
    ],
)
def test_a_state_resuming_its_exports_eases(analyzer: Analyzer, title: str) -> None:
    check(analyzer, title, "", ("CN", "easing"))


def test_a_firm_resuming_deliveries_is_no_state_act(analyzer: Analyzer) -> None:
    # contrast: the firm is the subject; nobody acts for a state
    check(analyzer, "Il produttore olandese riprende le spedizioni di chip ai clienti", "", None)


def test_exports_resuming_in_the_statistics_is_no_act(analyzer: Analyzer) -> None:
    # contrast: the trade is the subject ("exports resumed in October"), not the object
    check(
        analyzer,
        "Le esportazioni cinesi di gallio riprendono a ottobre",
        "Secondo i dati doganali, le esportazioni di gallio dalla Cina sono riprese.",
        None,
    )


# ------------- class 2: exemptions, with and without a channel


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Peking will Ausnahmen vom Chip-Exportverbot gewähren",
            "Man werde Exporte genehmigen, die die Bedingungen erfüllen, sagte ein Sprecher "
            "des chinesischen Handelsministeriums. Firmen mit Schwierigkeiten können sich an "
            "die örtlichen Handelsbehörden wenden.",
        ),
        (
            "Chip, Pechino concederà esenzioni al divieto di esportazione",
            "Il ministero del Commercio cinese concederà esenzioni per le spedizioni di chip "
            "destinate a uso civile. Le aziende interessate possono rivolgersi alle autorità "
            "locali.",
        ),
    ],
)
def test_exemptions_with_a_channel_to_apply_ease(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, ("CN", "easing"))


@pytest.mark.parametrize(
    "title",
    [
        "Il ministero cinese ha aperto alla possibilità di revocare il divieto di export di chip",
        "Pekín abre la puerta a levantar la prohibición de exportar chips",
        "Pequim abre a possibilidade de suspender a proibição de exportar chips",
    ],
)
def test_opening_to_the_possibility_is_no_act(analyzer: Analyzer, title: str) -> None:
    check(analyzer, title, "", None)


def test_exemptions_announced_without_a_channel_stay_talk(analyzer: Analyzer) -> None:
    # contrast: "will consider" with nowhere to apply stays a plan
    check(
        analyzer,
        "",
        "Man werde Ausnahmen vom Exportverbot für Chips prüfen, sagte ein Sprecher des "
        "chinesischen Handelsministeriums.",
        None,
    )


# ------------- class 3: share-price and loss headlines


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Les actions Nvidia chutent à Wall Street",
            "Le gouvernement américain a interdit la semaine dernière les ventes de puces H20 "
            "à la Chine.",
        ),
        (
            "Nvidia toma prejuízo com a guerra dos chips",
            "O governo dos EUA proibiu em abril a venda dos chips H20 à China.",
        ),
        (
            "Nvidia verschiebt Chipstart: Aktie gibt nach",
            "Die US-Regierung hat die Ausfuhr von H100-Chips nach China verboten.",
        ),
    ],
)
def test_a_share_price_headline_makes_the_measure_context(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_a_share_price_headline_naming_the_act_as_cause_stays_news(analyzer: Analyzer) -> None:
    # contrast: the headline names the state's act after "après que"
    check(
        analyzer,
        "L'action Nvidia chute après que le gouvernement américain a restreint les ventes de "
        "puces à la Chine",
        "La société a déclaré mercredi que le gouvernement américain restreignait ses ventes "
        "de puces A100 en Chine.",
        ("US", "tightening"),
    )


# ------------- class 4: who acts


@pytest.mark.parametrize(
    "title",
    [
        "Nuove restrizioni all'export di chip verso la Cina decise dagli Stati Uniti",
        "La Cina è colpita dalle nuove restrizioni all'export di chip decise dagli Stati Uniti",
        "Nuevas restricciones a la exportación de chips hacia China decididas por Washington",
    ],
)
def test_a_participles_agent_wins_over_the_target(analyzer: Analyzer, title: str) -> None:
    check(analyzer, title, "", ("US", "tightening"))


def test_the_target_state_still_acts_when_it_is_the_subject(analyzer: Analyzer) -> None:
    # contrast: China restricting its own exports stays China's act
    check(
        analyzer,
        "Pechino impone nuove restrizioni all'export di gallio verso gli Stati Uniti",
        "",
        ("CN", "tightening"),
    )


def test_a_purpose_clause_ends_the_nouns_phrase(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "",
        "Washington heeft nieuwe exportregels voor chips gepresenteerd om de opmars van "
        "China te vertragen.",
        ("US", "tightening"),
    )


# ------------- class 5: process steps and pluperfects


@pytest.mark.parametrize(
    "body",
    [
        "L'enquête, lancée en décembre, pourrait déboucher sur des droits de douane sur les "
        "puces chinoises.",
        "Die Untersuchung, die im Dezember eingeleitet wurde, könnte zu Zöllen auf Chips aus "
        "China führen.",
    ],
)
def test_an_investigation_dated_by_its_apposition_is_no_news(analyzer: Analyzer, body: str) -> None:
    # the headline's agency is the anaphor's actor: on main the dated noun read as its news
    check(analyzer, "L'USTR tiendra une audience mardi sur les puces chinoises", body, None)


def test_an_investigation_opened_today_stays_news(analyzer: Analyzer) -> None:
    # contrast: no dated apposition; the opening is the news
    check(
        analyzer,
        "",
        "Le bureau du représentant américain au commerce (USTR) a ouvert une enquête sur "
        "les puces chinoises.",
        ("US", "tightening"),
    )


def test_a_pluperfect_reaches_its_infinitive(analyzer: Analyzer) -> None:
    # contrast of class 1: a resumption granted in a pluperfect is history
    check(
        analyzer,
        "",
        "L'amministrazione Trump aveva concesso a Nvidia di riprendere le spedizioni dei chip "
        "H20 in Cina.",
        None,
    )


# ------------- class 6: requests


def test_a_request_headline_makes_recalled_measures_context(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Chipbosse baten die Regierung, neue Exportbeschränkungen zu stoppen",
        "Unter dem Druck der USA hat auch die Niederlande den Export von Chipmaschinen nach "
        "China beschränkt.",
        None,
    )


def test_the_same_body_under_a_measure_headline_stays_news(analyzer: Analyzer) -> None:
    # contrast: no request in the headline
    check(
        analyzer,
        "Niederlande beschränken Export von Chipmaschinen",
        "Unter dem Druck der USA hat auch die Niederlande den Export von Chipmaschinen nach "
        "China beschränkt.",
        ("NL", "tightening"),
    )


# ------------- class 7: trade statistics and losses with a measure as their cause


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China stoppt Ausfuhr von Germanium komplett",
            "Wegen der verschärften Exportkontrollen hat China im September kein Germanium "
            "ausgeführt. Das zeigen am Freitag veröffentlichte Zolldaten.",
        ),
        (
            "La Cina blocca l'export di gallio",
            "Secondo i dati doganali, a settembre la Cina non ha esportato gallio dopo "
            "l'introduzione delle licenze di esportazione.",
        ),
    ],
)
def test_a_story_told_from_customs_data_makes_the_controls_context(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_the_customs_authority_acting_stays_news(analyzer: Analyzer) -> None:
    # contrast: the customs authority is the actor, not the source of figures
    check(
        analyzer,
        "Chinas Zollbehörde stoppt die Einfuhr von Nvidia-Chips",
        "",
        ("CN", "tightening"),
    )


def test_a_loss_headline_with_the_measure_as_its_cause_is_no_news(analyzer: Analyzer) -> None:
    check(analyzer, "AMD toma prejuízo de US$ 800 milhões com veto dos EUA à China", "", None)


def test_a_headline_stating_the_measure_before_the_loss_stays_news(analyzer: Analyzer) -> None:
    # contrast: the state's verb opens the headline
    check(
        analyzer,
        "EUA proíbem venda de chips MI308 à China; AMD toma prejuízo",
        "",
        ("US", "tightening"),
    )
