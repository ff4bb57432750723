"""A state giving up its own control or intervention eases (round 31, issue 11), own sentences.

"Niederlande gibt die Kontrolle über … ab", "넥스페리아에 대한 개입을 중단", "停止…干预":
the object of the verb is the state's own measure over a firm, so the verb ends it (an
easing), not a halt of trade (a tightening). Read by meaning: give-up verbs ease a measure
that is their object right after them (right before in Japanese and Korean:
``relinquish_measure``), and a state's intervention or control over a firm joins the
measure words in Chinese, Japanese and Korean. A firm giving up a market because of
controls gives up no measure.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "네덜란드, 넥스페리아 통제권 포기",
            "네덜란드 경제부는 19일 중국계 반도체 기업 넥스페리아에 대한 "
            "개입을 중단한다고 발표했다.",
        ),
        (
            "Niederlande gibt Kontrolle über Nexperia ab",
            "Die niederländische Regierung gibt die staatliche Kontrolle über den Chiphersteller "
            "Nexperia wieder ab, teilte das Wirtschaftsministerium am Mittwoch mit.",
        ),
        (
            "Netherlands gives up control of Nexperia",
            "The Dutch economy ministry said on Wednesday it would relinquish control of "
            "chipmaker Nexperia, ending its intervention.",
        ),
        (
            "オランダ、ネクスペリアへの介入を停止",
            "オランダ経済省は19日、半導体メーカーのネクスペリアへの介入を停止すると発表した。",
        ),
        ("荷兰放弃对安世半导体的控制权", "荷兰经济部19日宣布，停止对安世半导体的干预。"),
        (
            "Les Pays-Bas renoncent au contrôle de Nexperia",
            "Le gouvernement néerlandais a annoncé mercredi qu'il renonce au contrôle de Nexperia.",
        ),
    ],
)
def test_giving_up_control_eases(analyzer: Analyzer, title: str, body: str) -> None:
    """The Netherlands ends its own measure: an easing, and no tightening of its own."""
    found = events(analyzer, title, body)
    assert main_of(found) == {("NL", "easing")}, brief(found)


def test_taking_control_stays_a_tightening(analyzer: Analyzer) -> None:
    """Taking control of the firm is the measure itself."""
    found = events(
        analyzer,
        "Niederlande übernimmt Kontrolle über Nexperia",
        "Die niederländische Regierung hat die Kontrolle über den Chiphersteller Nexperia "
        "übernommen.",
    )
    assert main_of(found) == {("NL", "tightening")}, brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Nvidia gives up on China market amid US export controls",
            "Nvidia has given up on selling its H20 chips in China after the US export "
            "controls, the company said.",
        ),
        (
            "Nvidia gibt China-Geschäft wegen US-Exportkontrollen auf",
            "Nvidia gibt das China-Geschäft wegen der US-Exportkontrollen auf, teilte der "
            "Konzern mit.",
        ),
        ("英伟达因美国出口管制放弃中国市场", "英伟达表示，由于美国出口管制，已放弃中国市场。"),
    ],
)
def test_a_firm_giving_up_a_market_eases_nothing(analyzer: Analyzer, title: str, body: str) -> None:
    """The controls are the cause, not the object: no state eases."""
    found = events(analyzer, title, body)
    assert not [e for e in found if e.direction == "easing"], brief(found)


def test_an_ordered_halt_stays_a_tightening(analyzer: Analyzer) -> None:
    """ "命令…暂停供应": an order to halt supplies is no order lifted."""
    found = events(
        analyzer,
        "美国商务部命令台积电暂停向中国客户供应AI芯片",
        "美国商务部已命令台积电暂停向中国客户供应先进AI芯片。",
    )
    assert ("US", "easing") not in main_of(found), brief(found)


# From test_detect_missed_acts.py (round 31, r31m): one reading since round 33.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Japan gibt staatliche Kontrolle über Chiphersteller wieder ab",
            "Die japanische Regierung hatte im Frühjahr die Leitung des Unternehmens übernommen.",
        ),
        (
            "일본 정부, 반도체 기업 관련 성명",
            "일본 정부가 반도체 기업 키옥시아에 대한 개입을 중단한다고 밝혔다.",
        ),
        (
            "일본 정부, 반도체 기업 관련 성명",
            '일본 경제산업상은 "선의의 표시로 명령을 중단한다"고 밝혔다.',
        ),
    ],
)
def test_a_state_giving_up_its_control_of_a_firm_eases(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert ("JP", "easing") in main_of(found), brief(found)
    assert ("JP", "tightening") not in main_of(found), brief(found)


def test_a_statement_given_on_controls_eases_nothing(analyzer: Analyzer) -> None:
    found = events(analyzer, "Japan gibt keine Stellungnahme zu den neuen Exportkontrollen ab")
    assert not any(e.direction == "easing" for e in found), brief(found)
