"""Round 35 (issue 11): a stop or suspension is read by what it bears on.

- the suspension of a flow of trade ("la suspension des exportations de puces", "la
  suspensión de las exportaciones") is a halt, a tightening, not the easing the suspension
  of a measure is;
- a grant with a stop word on it ("停止批准…许可证", "허가 발급을 중단") is a halt too;
- the suspension of a measure, with a flow qualifying it ("export controls", "輸出規制"),
  stays an easing.
The sentences are written for these tests, in the shape of the class.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


def _read(analyzer: Analyzer, body: str) -> set[tuple[str, str, str]]:
    """(state, action, direction) of the events of an article with ``body`` only."""
    return {(e.jurisdiction, e.action, e.direction) for e in events(analyzer, "", body)}


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            "Le gouvernement de Taïwan a décidé la suspension immédiate des exportations de "
            "semi-conducteurs vers l'Iran.",
            "TW",
        ),
        ("Taiwan's cabinet ordered the suspension of chip exports to Iran on Friday.", "TW"),
        ("El Gobierno de Taiwán decretó la suspensión de las exportaciones de chips a Irán.", "TW"),
        (
            "Il governo di Taiwan ha deciso la sospensione delle esportazioni di chip verso "
            "l'Iran.",
            "TW",
        ),
        ("O governo de Taiwan decretou a suspensão das exportações de chips para o Irã.", "TW"),
        ("Taiwan verfügte am Freitag die Aussetzung der Exporte von Chips in den Iran.", "TW"),
        ("美国商务部已经停止批准美国企业向华为出口芯片的许可证。", "US"),
        ("美国商务部上月起暂停向华为发放出口许可证。", "US"),
        ("미국 상무부는 화웨이에 대한 반도체 수출 허가 발급을 중단했다.", "US"),
    ],
)
def test_a_stopped_flow_or_grant_is_a_halt(analyzer: Analyzer, body: str, state: str) -> None:
    found = _read(analyzer, body)
    assert (state, "halt", "tightening") in found, brief(events(analyzer, "", body))
    assert not any(d == "easing" for _, _, d in found), brief(events(analyzer, "", body))


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("Taiwan's cabinet announced the suspension of export controls on chips to Japan.", "TW"),
        (
            "Le gouvernement de Taïwan a décidé la suspension de l'interdiction d'exporter des "
            "semi-conducteurs vers le Japon.",
            "TW",
        ),
        ("日本政府は韓国向け半導体材料の輸出規制を停止した。", "JP"),
        (
            "El Gobierno de Taiwán decretó la suspensión de los aranceles a las exportaciones "
            "de chips a Japón.",
            "TW",
        ),
        ("미국 정부는 화웨이에 대한 수출 규제를 중단했다.", "US"),
    ],
)
def test_a_suspended_measure_stays_an_easing(analyzer: Analyzer, body: str, state: str) -> None:
    found = _read(analyzer, body)
    assert (state, "relax", "easing") in found, brief(events(analyzer, "", body))
    assert not any(d == "tightening" for _, _, d in found), brief(events(analyzer, "", body))
