"""A measure made official is put in effect: verbs of formalising govern a measure noun (round 20).

Own sentences. "日 정부, 韓 수출 규제 공식화", "officialise les restrictions": to formalise a
measure is to adopt it, as "announce" or "introduce" does; with no measure noun, or as a
plan, the verb states nothing.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of

FORMALISED = [
    (
        "ko",
        "중국 정부, 반도체 장비 日 수출 규제 공식화",
        "중국 상무부는 3일 반도체 장비의 일본 수출 규제를 공식화했다.",
        "CN",
    ),
    (
        "ja",
        "韓国政府、半導体材料の輸出規制を正式化",
        "韓国産業通商資源部は5日、半導体材料の日本向け輸出規制を正式化した。",
        "KR",
    ),
    (
        "fr",
        "Pékin officialise les restrictions sur les exportations de puces",
        "Le ministère chinois du Commerce officialise lundi les restrictions sur les "
        "exportations de puces avancées.",
        "CN",
    ),
    (
        "es",
        "Japón oficializó las restricciones a la exportación de chips",
        "El gobierno de Japón oficializó el martes las restricciones a la exportación de "
        "equipos de chips.",
        "JP",
    ),
]


@pytest.mark.parametrize(("lang", "title", "body", "actor"), FORMALISED)
def test_a_measure_formalised_is_a_tightening(
    analyzer: Analyzer, lang: str, title: str, body: str, actor: str
) -> None:
    found = events(analyzer, title, body)
    assert (actor, "tightening") in main_of(found), (lang, brief(found))


NO_MEASURE = [
    (
        "ko",
        "삼성전자, 미국 반도체 공장 투자 공식화",
        "삼성전자는 미국 텍사스 반도체 공장 투자 계획을 공식화했다.",
    ),
    (
        "en",
        "Chipmakers formalise their supply partnership",
        "Two chipmakers formalised a supply partnership for advanced chips on Monday.",
    ),
    (
        "fr",
        "Deux fabricants de puces officialisent leur partenariat",
        "Les deux fabricants de puces officialisent lundi leur partenariat industriel.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "body"), NO_MEASURE)
def test_a_partnership_formalised_is_no_event(
    analyzer: Analyzer, lang: str, title: str, body: str
) -> None:
    assert not events(analyzer, title, body), lang
