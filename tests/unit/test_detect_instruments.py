"""Round 28 (h46r, issue 11): true policy articles missed by shapes that recur across sets.

Own sentences, no article's words:

- An instrument signed or a power used "to" impose a measure: what the instrument does is
  the act, not a purpose ("signs executive order aimed at restricting", "una orden
  ejecutiva para imponer un arancel", "ha esercitato i poteri ... per bloccare", "ha
  scelto di intervenire per bloccare"). Contrasts: a firm's campaign "aimed at", a threat
  to sign an order, lawmakers urging one stay silent.
- Siblings of verb families read in some languages only: a Romance participle agreeing
  with a plural or feminine subject ("sono state aggiunte alla Entity List", "foram
  adicionadas"), a tariff doubled or raised (fr, es, it, de, nl, ja), a licence withdrawn
  in German, far from its noun at a clause's end, a country taken off a white list with
  Korean "빼다". Contrasts: exports that rise despite tariffs, a firm adding customers.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "White House signs executive order aimed at restricting chip investment in China",
            "",
            "US",
        ),
        (
            "Estados Unidos fija aranceles a los chips",
            "Estados Unidos firmó el lunes una orden ejecutiva para imponer un arancel del "
            "30 % a los procesadores importados que no se usen en el país.",
            "US",
        ),
        (
            "Roma blocca una vendita",
            "Il governo italiano ha esercitato ieri i poteri speciali previsti dalla "
            "normativa sulle reti strategiche per bloccare la cessione di un produttore di "
            "wafer a un fondo cinese.",
            "IT",
        ),
        (
            "Roma blocca una vendita",
            "Il governo italiano ha scelto di intervenire per bloccare la cessione di un "
            "produttore di wafer a un fondo cinese.",
            "IT",
        ),
        (
            "Washington taxe les puces",
            "Les États-Unis ont signé un décret pour imposer des droits de douane de 30 % sur "
            "les processeurs importés.",
            "US",
        ),
    ],
)
def test_an_instruments_stated_use_is_the_act(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    check(analyzer, title, body, (state, "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Chipmaker launches campaign aimed at restricting counterfeit parts", ""),
        (
            "Aranceles a los chips",
            "Trump amenazó con firmar una orden ejecutiva para imponer un arancel del 30 % a "
            "los chips.",
        ),
        (
            "Chip export curbs urged",
            "Lawmakers urged the White House to issue an order aimed at restricting chip "
            "exports to China.",
        ),
    ],
)
def test_a_purpose_without_an_enacted_instrument_stays_talk(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "Entity List",
            "Il dipartimento del commercio degli Stati Uniti ha reso noto che altre 21 "
            "società sono state aggiunte alla Entity List.",
            "US",
        ),
        (
            "Entity List",
            "O Departamento de Comércio dos Estados Unidos informou que outras 21 empresas "
            "foram adicionadas à Entity List.",
            "US",
        ),
        ("Les États-Unis doublent les droits de douane sur les puces chinoises", "", "US"),
        ("Washington duplica los aranceles a los chips chinos", "", "US"),
        ("Washington raddoppia i dazi sui chip cinesi", "", "US"),
        ("Die USA verdoppeln die Zölle auf chinesische Chips", "", "US"),
        ("Washington verdubbelt de heffingen op Chinese chips", "", "US"),
        ("米国、中国製半導体の関税を引き上げ", "", "US"),
        (
            "ASML",
            "Die niederländische Regierung hat die Lizenz für die Lieferung einiger "
            "Lithografiesysteme an chinesische Kunden zurückgezogen.",
            "NL",
        ),
        (
            "화이트리스트",
            "일본 정부는 2일 각의를 열어 한국을 화이트리스트에서 빼는 개정안을 의결했다.",
            "JP",
        ),
    ],
)
def test_a_sibling_of_a_read_verb_family_is_read(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    check(analyzer, title, body, (state, "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Las exportaciones de chips se elevan pese a los aranceles", ""),
        (
            "Nexperia",
            "Der Konzern hat seine Klage gegen die Behörde inzwischen zurückgezogen.",
        ),
        (
            "Clienti",
            "La società ha reso noto che altre 21 aziende sono state aggiunte alla lista "
            "dei clienti.",
        ),
    ],
)
def test_the_same_verbs_without_their_measure_stay_silent(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)
