"""Round 46: measures still to come, however the text frames them.

- A clause of result ("从而禁止", "thereby barring") is as certain as the clause it follows.
- Talks toward a measure in the other languages ("in trattative per limitare"), as "talks".
- A slug headline spells the German modal with its umlaut in two letters ("koennte").
- A Dutch plea with the subject between the verb and its object ("pleiten … ervoor om").
- The result of a probe names a probe under way: the news is the result, not the probe.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "",
            "业内团体认为，新规可能会把数十家本土晶圆厂列入实体清单，从而禁止美国设备商向其供货。",
        ),
        (
            "",
            "The draft would place dozens of Chinese fabs on the entity list, thereby barring US "
            "toolmakers from supplying them.",
        ),
        (
            "",
            "Roma e Berlino sono in trattative per limitare le esportazioni di macchinari per "
            "chip verso la Cina.",
        ),
        (
            "",
            "Washington y La Haya están en conversaciones para restringir la venta de equipos "
            "de litografía a China.",
        ),
        ("frankreich koennte ausfuhr von chipanlagen nach china beschraenken", ""),
        (
            "",
            "Nu pleiten ambtenaren binnen de regering-Trump ervoor om alle leveringen aan SMIC "
            "te verbieden, meldt persbureau Reuters.",
        ),
    ],
)
def test_a_measure_still_to_come_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


def test_a_result_clause_of_an_act_stays_an_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "美国商务部将数十家中国晶圆厂列入实体清单，从而禁止美国设备商向其供货。",
    )
    assert ("US", "tightening") in main_of(found), brief(found)


def test_the_result_of_a_probe_is_not_the_probe(analyzer: Analyzer) -> None:
    found = events(analyzer, "Commerce to publish findings of chip import probe next week", "")
    assert not main_of(found), brief(found)
