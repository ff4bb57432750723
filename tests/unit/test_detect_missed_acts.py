"""Acts the reader missed: instructions to firms, and probes (round 31, issue 11).

1. A state that asks or instructs firms to stop or not to make purchases: in German and
   Dutch the halt closes the clause after its object ("verzocht … bestellingen … stop te
   zetten", "Bestellungen … zu stoppen"); in Chinese "不得购买" (must not buy). A headline
   "<source>: <state> vraagt bedrijven … te stoppen" is the request, not a speaker's wish.
2. A probe told in the present with a Dutch state named as "de … overheid", and
   "averiguar", the other Spanish and Portuguese verb of a probe.
(A state giving up its control of a firm moved to test_detect_given_up.py in round 33.)
Our own sentences.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Japan vraagt bedrijven bestellingen bij een chipfabrikant op te schorten",
            "De Japanse regering heeft enkele elektronicabedrijven verzocht hun bestellingen "
            "van geavanceerde AI-chips bij het Amerikaanse AMD stop te zetten.",
        ),
        (
            "Vakblad: Japan vraagt bedrijven orders bij AMD te stoppen",
            "Volgens het vakblad heeft Tokio de bedrijven om een pauze gevraagd.",
        ),
        (
            "Japan fordert Firmen zum Kaufstopp auf",
            "Die japanische Regierung hat mehrere Konzerne gebeten, ihre Bestellungen von "
            "KI-Chips bei AMD vorerst zu stoppen.",
        ),
    ],
)
def test_a_state_telling_firms_to_stop_orders_halts_purchases(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert ("JP", "tightening") in main_of(found), brief(found)
    assert any(e.action == "halt" and e.flow == "purchase" for e in found), brief(found)


def test_a_firm_stopping_its_own_orders_is_no_state_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Autofabrikant stopt met chipbestellingen",
        "Het bedrijf heeft besloten zijn bestellingen van chips bij AMD stop te zetten.",
    )
    assert not main_of(found), brief(found)


def test_an_instruction_not_to_buy_is_a_purchase_restriction(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "官员约见科技企业 要求减少采购进口芯片",
        "本周三，中国政府官员召集多家互联网企业开会，明确要求非必要不得采购英伟达H20芯片。",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)
    assert any(e.action == "restrict" and e.flow == "purchase" for e in found), brief(found)


def test_a_dutch_state_named_as_its_overheid_acts(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Officieel onderzoek naar chipbedrijf",
        "De Chinese overheid onderzoekt of AMD de mededingingsregels overtreedt.",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)
    assert any(e.action == "investigate" for e in found if e.primary), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "El regulador chino averiguó si AMD violó las leyes de competencia del país.",
        "O regulador chinês averiguou se a AMD violou as leis de concorrência do país.",
    ],
)
def test_averiguar_is_a_probe(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(e.action == "investigate" and e.jurisdiction == "CN" for e in found), brief(found)
