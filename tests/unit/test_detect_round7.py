"""Detector rules of round 7 (issue 11), on whole sentences through catalog and pattern file.

Every sentence is our own, written for the class it names: an intention or a wish is
not yet an act; "take" and "conduct" govern a measure noun in every language; a state
that cancels its own measure eases it; a Korean "abolished" permit is revoked; a "by"
that belongs to another participle names no agent; a declined German participle is an
adjective; numbered members of chip lines. Contrasts sit beside each rule.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------------------------------------ an intention or a wish is not an act


@pytest.mark.parametrize(
    "body",
    [
        "El presidente Donald Trump anunció el lunes su intención de imponer nuevos "
        "aranceles del 50 % a los chips importados.",
        "Le Japon veut restreindre les ventes de machines de gravure à la Chine.",
        "Il governo olandese ha l'intenzione di introdurre nuove restrizioni sulle "
        "macchine per chip dirette in Cina.",
        "The White House said it intends to impose new tariffs on imported chips.",
    ],
)
def test_an_intention_or_a_wish_is_no_event(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_the_stated_act_beside_it_stays_an_event(analyzer: Analyzer) -> None:
    body = (
        "El Gobierno de Estados Unidos impuso el martes aranceles a los semiconductores importados."
    )
    check(analyzer, "", body, ("US", "tightening"))


# ----------------------------------- "take" and "conduct" govern a measure noun


@pytest.mark.parametrize(
    "title, body",
    [
        ("", "Le gouvernement néerlandais a pris le contrôle du fabricant de puces Nexperia."),
        ("Niederlande übernehmen Kontrolle über Chipfirma Nexperia", ""),
        ("", "El Gobierno de los Países Bajos tomó el control de Nexperia, filial de Wingtech."),
    ],
)
def test_a_state_taking_control_of_a_firm_restricts(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("NL", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "L'antitrust cinese ha reso noto di aver condotto indagini su Qualcomm.",
        "China's market regulator said it had conducted an antitrust investigation into "
        "Qualcomm's licensing deals.",
    ],
)
def test_a_state_conducting_a_probe_investigates(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("CN", "tightening"))


# ------------------------------------------ cancelling one's own measure eases it


@pytest.mark.parametrize(
    "body",
    [
        "Le gouvernement néerlandais a annulé sa décision de prendre le contrôle de Nexperia "
        "après des discussions avec Pékin.",
        "El Gobierno neerlandés anuló su medida sobre Nexperia tras hablar con Pekín.",
        "Il governo olandese ha annullato il provvedimento su Nexperia dopo i colloqui "
        "con Pechino.",
    ],
)
def test_a_state_cancelling_its_own_measure_eases(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    main = {(e.jurisdiction, e.direction) for e in found if e.primary}
    assert main == {("NL", "easing")}, brief(found)


# ---------------------------------------------- a Korean permit that is abolished


def test_korean_abolished_permit_is_revoked(analyzer: Analyzer) -> None:
    title = "미 상무부, 한국 반도체 기업 중국 공장 장비 포괄허가 폐지"
    check(analyzer, title, "", ("US", "tightening"))


# ------------------------------------------- a "by" that another participle owns


def test_by_after_another_participle_is_no_agent(analyzer: Analyzer) -> None:
    body = (
        "The Cyberspace Administration of China said it had opened a security review of "
        "memory chips made by US chipmaker Micron."
    )
    check(analyzer, "", body, ("CN", "tightening"))


def test_by_right_after_the_trigger_is_the_agent(analyzer: Analyzer) -> None:
    body = "Huawei's chip unit was sanctioned by the US on Tuesday."
    check(analyzer, "", body, ("US", "tightening"))


# -------------------------------------- a declined German participle is an adjective


def test_declined_participle_before_a_noun_is_no_verb(analyzer: Analyzer) -> None:
    title = "China bleibt für ASML der wichtigste Markt"
    body = "Trotz verschärfter Exportbeschränkungen bleibt China der wichtigste Markt von ASML."
    check(analyzer, title, body, None)


def test_finite_german_verb_stays_a_verb(analyzer: Analyzer) -> None:
    body = "China verschärft die Exportkontrollen für Gallium und Germanium."
    check(analyzer, "", body, ("CN", "tightening"))


# ------------------------------------------------ numbered members of chip lines


@pytest.mark.parametrize(
    "title, chip",
    [
        ("Nvidia zeigt Vera Rubin Ultra für 2027", "Rubin Ultra"),
        ("华为发布昇腾950PR芯片", "Ascend 950PR"),
        ("華為明年推出昇騰950DT", "Ascend 950DT"),
    ],
)
def test_numbered_members_are_tagged(analyzer: Analyzer, title: str, chip: str) -> None:
    tags = analyzer.tagger.tag(title, "")
    chips = {m.name for m in tags.mentions if m.type == "chip"}
    assert chip in chips, chips
