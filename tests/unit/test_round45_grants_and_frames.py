"""Round 45: grants told as objects, grants stuck, frames across a comma, signals, leaks.

- "申請を承認した": in Japanese the application is the object the verb grants; it is no
  request still open and no licence duty.
- "the approval has stalled", "获批事宜陷入僵局": a grant that is stuck is not given.
- "arbeitet daran, … zu verschärfen": German and Dutch set the zu/te-infinitive apart with a
  comma; the verb before the comma is still its frame (a plan).
- "…하겠다는 신호다", "…のシグナル": a signal, like a hint, tells no act done.
- "selon deux sources": sources counted are still unnamed; a future they report is a leak.
- "settimane dopo che Pechino ha imposto restrizioni": the measure an after-clause names is
  earlier than the news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("経済産業省は9日、ニコンの露光装置の輸出許可申請を承認した。", "JP"),
        (
            "韓国の産業通商資源部は、サムスン電子の装置輸出の許可申請を承認したと明らかにした。",
            "KR",
        ),
        ("산업통상자원부는 SK하이닉스의 장비 수출 허가 신청을 승인했다고 밝혔다.", "KR"),
    ],
)
def test_an_application_approved_is_a_grant(analyzer: Analyzer, body: str, state: str) -> None:
    found = events(analyzer, "", body)
    assert main_of(found) == {(state, "easing")}, brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("", "据知情人士透露，英伟达H200芯片对华出口获批事宜已陷入僵局，美方迟迟未能批准。"),
        ("", "Nvidia said US approval of its H20 export licences had stalled in recent weeks."),
        ("", "Nvidia dijo que la autorización de sus exportaciones sigue estancada en Washington."),
    ],
)
def test_a_stalled_grant_is_no_easing(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not any(e.direction == "easing" and e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Die US-Regierung arbeitet daran, die Ausfuhrregeln für Chipanlagen nach China weiter zu "
        "verschärfen, berichtete die Agentur am Montag.",
        "Das Ministerium arbeitete daran, die Lieferungen von KI-Chips nach China zu beschränken.",
    ],
)
def test_a_plan_frames_its_infinitive_past_the_comma(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("미국, 반도체 관세 추가 인상 신호", "이번 발언은 반도체에 관세를 더 올리겠다는 신호다."),
        ("", "米政府の発言は、半導体関税を引き上げるシグナルとみられている。"),
    ],
)
def test_a_signal_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


def test_counted_unnamed_sources_make_a_future_a_leak(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "washington va ajouter des groupes chinois a sa liste noire",
        "Les États-Unis vont ajouter une vingtaine de groupes chinois à leur liste noire, selon "
        "trois sources au fait du dossier.",
    )
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "LG investirà 200 milioni nel suo stabilimento cinese, un piano annunciato settimane dopo "
        "che Pechino ha imposto restrizioni sull'uso dei chip di Micron.",
        "LG investira 200 millions dans son usine chinoise, quelques semaines après que Pékin a "
        "imposé des restrictions sur les puces de Micron.",
        "A LG vai investir 200 milhões na fábrica chinesa, semanas depois que Pequim impôs "
        "restrições aos chips da Micron.",
    ],
)
def test_a_measure_in_an_after_clause_is_earlier(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert found, "the measure is still read"
    assert not main_of(found), brief(found)


def test_a_request_granted_is_no_licence_duty(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "経済産業省は、東京エレクトロンの装置の輸出許可申請を承認した。")
    assert not any(e.direction == "tightening" for e in found), brief(found)


def test_a_request_required_stays_a_licence_duty(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "経済産業省は、輸出のたびに個別の許可申請が必要になると発表した。")
    assert ("JP", "tightening") in main_of(found), brief(found)


def test_amid_after_a_korean_verb_needs_no_comma(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "중국, 엔비디아 소환…H20 보안 우려",
        "중국 당국이 31일 엔비디아를 소환했다. 미국이 최근 H20 칩의 중국 수출을 허용한 가운데 "
        "중국이 구두 경고에 나섰다.",
    )
    assert main_of(found) == {("CN", "tightening")}, brief(found)


def test_among_after_a_korean_noun_is_no_circumstance(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "미국 상무부는 중국 기관 가운데 12곳을 수출 통제 명단에 추가했다.")
    assert ("US", "tightening") in main_of(found), brief(found)


def test_a_transliterated_chinese_summons_is_read(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "중국 상무부는 31일 AMD를 '웨탄'했다고 밝혔다.")
    assert any(e.action == "summon" and e.primary for e in found), brief(found)
