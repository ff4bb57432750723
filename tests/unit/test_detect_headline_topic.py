"""Round 28 (h46r, issue 11): a CJK headline's opening state is its topic, the actor.

"美, HBM 중국 수출 통제…": the state that opens a Chinese, Japanese or Korean headline,
set off by a comma, acts; a state named bare after it ("중국 수출", "中国輸出") is the
measure's target or the goods' destination (``Actors._topic``). Own sentences;
contrasts: headlines already read right and a reacting topic over another state's
measure keep their reading. A state marked as possessor between the topic and the
measure ("美, 韓의 중국공장 …") also keeps it: left (b25), possessives name authors too.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import events


@pytest.mark.parametrize(
    ("title", "state", "target"),
    [
        ("美, 첨단 메모리 중국 수출 통제…업계 긴장", "US", "CN"),
        ("米、先端メモリーの中国輸出を規制", "US", "CN"),
        ("美国，中国半导体设备出口管制新规出台", "US", "CN"),
    ],
)
def test_the_headline_topic_acts_over_a_bare_state_after_it(
    analyzer: Analyzer, title: str, state: str, target: str
) -> None:
    found = {e.jurisdiction for e in events(analyzer, title, "")}
    assert state in found
    assert target not in found


@pytest.mark.parametrize(
    ("title", "state"),
    [
        ("日, 한국 반도체 소재 수출 규제 강화", "JP"),
        ("中国、レアアースの輸出を規制", "CN"),
    ],
)
def test_a_headline_without_a_bare_target_keeps_its_reading(
    analyzer: Analyzer, title: str, state: str
) -> None:
    assert {e.jurisdiction for e in events(analyzer, title, "")} == {state}


def test_a_reacting_topic_over_another_states_measure_reads_no_act(analyzer: Analyzer) -> None:
    assert not events(analyzer, "中, 美 반도체 수출 통제에 반발", "")
