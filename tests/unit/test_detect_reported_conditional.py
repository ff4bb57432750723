"""Reported speech in the Romance conditional: a decision told in the future-in-the-past.

After a past verb of saying and its "that" ("a déclaré que", "ha detto che", "dijo
que", "disse que"), the conditional of "to be" is the future of the past: what the
authority decided ("... que les opérateurs ne seraient plus autorisés à acheter ses
produits" bans the purchases). A French "il" before a conditional verb is the subject
pronoun ("a annoncé qu'il restreindrait"), not an article; a regulator named with its
demonym before the verb of saying ("l'autorité chinoise ... a déclaré") is the state
that decided. Contrasts: the same conditional as hearsay ("selon des sources"), a
condition ("si ...") or readiness ("sarebbe pronto a") stays talk.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    "body",
    [
        "L'agence chinoise de cybersécurité a déclaré lundi que le fabricant Micron avait "
        "échoué à son audit et que les gestionnaires de réseaux critiques ne seraient plus "
        "autorisés à acheter ses puces.",
        "Le régulateur chinois a indiqué que les puces de Micron présentaient des risques "
        "et qu'elles seraient interdites aux exploitants de réseaux publics.",
        "L'autorità cinese per internet ha detto che le memorie di Micron non avevano "
        "superato l'esame e che sarebbero vietate ai gestori di reti essenziali.",
        "El regulador chino dijo que las memorias de Micron no superaron la auditoría y que "
        "serían prohibidas para los gestores de redes esenciales.",
        "O regulador chinês disse que as memórias da Micron falharam na auditoria e que "
        "seriam proibidas aos gestores de redes essenciais.",
    ],
)
def test_a_conditional_after_a_verb_of_saying_reports_a_ban(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("CN", "tightening"))


def test_french_il_before_a_conditional_verb_is_the_subject(analyzer: Analyzer) -> None:
    body = (
        "Le Japon a annoncé qu'il restreindrait les exportations de résines vers la Corée "
        "du Sud à compter du 4 juillet."
    )
    check(analyzer, "", body, ("JP", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "Selon des sources, les puces de Micron seraient interdites aux exploitants de "
        "réseaux chinois.",
        "Les puces de Micron seraient bientôt interdites en Chine, selon la presse.",
        "Il governo cinese sarebbe pronto a vietare le memorie di Micron.",
        "Las memorias de Micron serían prohibidas en China si no superan la auditoría.",
    ],
)
def test_hearsay_or_conditions_in_the_conditional_stay_talk(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_firm_saying_in_the_conditional_gives_no_state(analyzer: Analyzer) -> None:
    body = (
        "Les entreprises chinoises ont déclaré que leurs puces seraient interdites aux "
        "exploitants de réseaux étrangers."
    )
    check(analyzer, "", body, None)
