"""A state made to act by another: the causee's act is a goal, nobody's act (round 30, issue 11).

Sentences in our own words, in the shape of the class: "amener les États-Unis à
assouplir", "presionar a Estados Unidos a flexibilizar", "米国に…緩和させる狙い",
"미국이 … 완화하도록 압박": what the state named is to be made to do is the causer's aim.
Contrast: a state's own decision to do it ("a décidé d'assouplir") is its act.
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


def _easings(analyzer: Analyzer, title: str, body: str) -> set[str]:
    return {e.jurisdiction for e in events(analyzer, title, body) if e.direction == "easing"}


def test_a_french_causee_does_not_ease(analyzer: Analyzer) -> None:
    easing = _easings(
        analyzer,
        "Pékin restreint l'antimoine",
        "Pékin restreint ses exportations d'antimoine. Le but est de peser sur l'économie "
        "américaine et d'amener les États-Unis à assouplir leurs contrôles sur les puces.",
    )
    assert not easing, easing


def test_a_spanish_causee_does_not_ease(analyzer: Analyzer) -> None:
    easing = _easings(
        analyzer,
        "China limita el antimonio",
        "China limita sus exportaciones de antimonio. La medida busca presionar a Estados "
        "Unidos a flexibilizar sus controles sobre los chips.",
    )
    assert not easing, easing


def test_a_japanese_causee_does_not_ease(analyzer: Analyzer) -> None:
    easing = _easings(
        analyzer,
        "中国、アンチモンの輸出を規制",
        "中国はアンチモンの輸出を規制した。中国は米国に半導体規制を緩和させる狙いがある。",
    )
    assert not easing, easing


def test_a_korean_causee_does_not_ease(analyzer: Analyzer) -> None:
    easing = _easings(
        analyzer,
        "중국, 안티몬 수출 통제",
        "중국이 안티몬 수출을 통제했다. 미국이 반도체 수출 규제를 완화하도록 압박하려는 "
        "의도로 풀이된다.",
    )
    assert not easing, easing


def test_a_state_deciding_to_ease_still_eases(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "La Chine assouplit ses contrôles",
        "Le ministère chinois du Commerce a décidé d'assouplir les contrôles sur l'antimoine.",
    )
    assert ("CN", "easing") in {(e.jurisdiction, e.direction) for e in found}, brief(found)
