"""Who acts when a retaliation names the measure it answers (round 30, issue 11).

Sentences in our own words, in the shape of the class:

1. The measure a retaliation answers is its cause ("…규제 강화에 따른 보복 조치로서",
   "…への報復", "…的反制", "in retaliation for Washington's curbs"): its state gets no
   event from that phrase. Contrast: the retaliating state's own act in the same sentence
   is kept, and a verb after "in retaliation for US tariffs" is no cause.
2. A Japanese or Korean state whose phrase closes with a counter word ("美 관세 맞대응
   차원…") is the state answered: the act after it is the answering state's. Contrast: a
   state marked as subject ("중국이 … 맞대응하기 위해") answers, and acts.
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


def _states(analyzer: Analyzer, title: str, body: str) -> set[str]:
    return {e.jurisdiction for e in events(analyzer, title, body)}


def test_a_korean_cause_of_a_retaliation_gets_no_event(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "중국, 안티몬 수출 제한",
        "중국 정부는 안티몬 수출을 제한한다고 5일 발표했다. 이번 조치는 앞서 미국의 대중 "
        "반도체 장비 규제 강화에 따른 보복 조치로 풀이된다.",
    )
    assert {e.jurisdiction for e in found} == {"CN"}, brief(found)


def test_a_japanese_cause_of_a_retaliation_gets_no_event(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "中国、アンチモンの輸出を禁止",
        "米国の半導体規制への報復として、中国商務部はアンチモンの輸出を禁止した。",
    )
    assert ("CN", "tightening") in {(e.jurisdiction, e.direction) for e in found}, brief(found)
    assert "US" not in {e.jurisdiction for e in found}, brief(found)


def test_a_chinese_cause_of_a_countermeasure_gets_no_event(analyzer: Analyzer) -> None:
    assert "US" not in _states(
        analyzer, "中国禁止锑出口", "作为对美国半导体出口管制的反制，中国商务部宣布禁止锑出口。"
    )


def test_an_english_cause_inside_a_retaliation_phrase_gets_no_event(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "China bans antimony exports",
        "Beijing, in retaliation for Washington's newest equipment curbs, banned antimony "
        "exports to the United States on Monday.",
    )
    assert {e.jurisdiction for e in found} == {"CN"}, brief(found)


def test_a_verb_after_a_retaliation_phrase_keeps_its_subject(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "China bans antimony exports",
        "In retaliation for US tariffs China banned antimony exports on Monday.",
    )
    assert ("CN", "tightening") in {(e.jurisdiction, e.direction) for e in found}, brief(found)


def test_a_korean_state_answered_by_a_counter_word_does_not_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "中, 안티몬 수출 통제 강화…국영 기업에만 허가",
        "中, 안티몬 수출 통제 강화…국영 기업에만 허가 美 관세 인상 맞대응 차원…정제 "
        "안티몬까지 수출 통제 대상 확대",
    )
    assert {e.jurisdiction for e in found} == {"CN"}, brief(found)


def test_a_korean_measure_closed_by_a_counter_word_is_the_cause(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "중국, 안티몬 수출 통제",
        "중국 상무부는 5일 발표했다. 美 관세 인상 맞대응 차원으로 정제 안티몬까지 수출 통제 "
        "대상을 확대했다.",
    )
    assert "tariff" not in {e.action for e in found}, brief(found)
    assert "US" not in {e.jurisdiction for e in found}, brief(found)


def test_a_korean_subject_that_counters_keeps_its_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "중국, 안티몬 수출 통제",
        "중국이 미국의 관세 인상에 맞대응하기 위해 안티몬 수출 통제를 강화했다.",
    )
    assert ("CN", "tightening") in {(e.jurisdiction, e.direction) for e in found}, brief(found)
    assert "US" not in {e.jurisdiction for e in found}, brief(found)
