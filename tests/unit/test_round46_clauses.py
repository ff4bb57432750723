"""Round 46: the clauses that date or frame a measure, wherever their verb stands.

- "在…后，" / "…した後、" / "…한 뒤": Chinese, Japanese and Korean close an "after" clause
  with its last word, after the verb and its object. The measure in it is what the news
  follows: background, as English "after Washington banned …" is.
- "arbeitet daran, die Regeln für … zu verschärfen": a German infinitive clause ends with
  its verb however long its object is; its frame is read back from the comma that opens it.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    "body",
    [
        "在去年十月华盛顿宣布限制向中国出口先进计算芯片后，多家本土厂商加快了自研进度。",
        "荷蘭政府收緊光刻機出口許可之後，中芯國際改向日本採購部分設備。",
        "米商務省がAI半導体の対中輸出を規制した後、中国のクラウド各社は国産品に切り替えた。",
        "미국 상무부가 첨단 AI 칩의 중국 수출을 제한한 뒤 중국 클라우드 업체들은 자체 칩 "
        "개발에 나섰다.",
        "미국이 고대역폭메모리 수출을 통제한 후, 국내 업체들의 중국 매출이 줄었다.",
    ],
)
def test_a_measure_in_an_after_clause_is_background(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert found, "the measure is still read"
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        # the same measures as main clauses stay news
        ("华盛顿宣布限制向中国出口先进计算芯片，多家本土厂商加快了自研进度。", "US"),
        ("米商務省は、AI半導体の対中輸出を規制すると発表した。", "US"),
        ("미국 상무부가 첨단 AI 칩의 중국 수출을 제한했다.", "US"),
        # a word ending in the "after" character that closes no such clause
        ("美国商务部宣布限制向中国出口先进芯片，随后，英伟达股价下跌。", "US"),
    ],
)
def test_a_main_clause_or_a_false_after_stays_news(
    analyzer: Analyzer, body: str, state: str
) -> None:
    found = events(analyzer, "", body)
    assert (state, "tightening") in main_of(found), brief(found)


def test_an_infinitive_clause_keeps_its_frame_past_a_long_object(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Berlin wird die Ausfuhr von Chipanlagen nach China begrenzen",
        "Das Wirtschaftsministerium arbeitet daran, die Auflagen für die Ausfuhr von "
        "Lithografiesystemen und Ätzanlagen für die Halbleiterfertigung in die Volksrepublik "
        "deutlich zu verschärfen, berichtete eine Zeitung am Dienstag.",
    )
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "El aviso es una señal de que el gobierno se dispone a endurecer pronto los controles "
        "sobre la venta de chips a China.",
        "Il ministero si appresta a limitare le esportazioni di macchinari per chip verso la Cina.",
        "O governo se dispõe a restringir as exportações de chips avançados para a China.",
        "La publication est le signe que Washington va durcir les contrôles sur les puces.",
        "In a sign that Washington will tighten export curbs on AI chips, officials briefed firms.",
    ],
)
def test_about_to_and_a_sign_of_it_are_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not main_of(found), brief(found)


def test_a_revision_pre_announced_is_a_proposal(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "대만, 첨단 반도체 장비 수출 통제 강화",
        "대만 경제부는 수출 통제 품목 목록의 개정을 예고하며 반도체 장비 12개 항목에 대한 수출 "
        "통제를 추가한다고 밝혔다. 경제부는 업체들이 수출 전에 허가를 받아야 한다고 설명했다.",
    )
    assert not main_of(found), brief(found)


def test_the_time_set_for_a_decision_is_no_decision(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "The competition regulator had a 90-day deadline for approving the takeover of the "
        "chip designer, but it has now extended its review.",
    )
    assert not any(e.direction == "easing" and e.primary for e in found), brief(found)
