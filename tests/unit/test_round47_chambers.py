"""Round 47: a chamber that passes a bill, and exports bound for a state in Japanese.

- "Câmara dos EUA aprova projeto de lei …", "Senate advances chip bill", "米下院 … が可決":
  a chamber of a bicameral congress voting a bill is a stage of the bill, no law yet; the
  story's acts are its occasion or the bill's content (``legislator_nouns``/``_verbs``).
- "…H200の中国輸出を許可した": the state inside the exports' noun is where they go, not
  who permits them (``cjk_destinations``).
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Senado dos EUA aprova projeto de lei sobre chips",
            "O Senado aprovou nesta terça-feira um projeto de lei que proibiria a exportação "
            "de chips avançados para a China.",
        ),
        (
            "米上院、先端半導体の対中輸出を制限する法案を可決",
            "法案は商務省に対し、先端半導体の輸出許可を停止するよう求めている。",
        ),
    ],
)
def test_a_chamber_passing_a_bill_takes_no_measure(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


def test_a_state_act_told_before_the_chamber_stays_news(analyzer: Analyzer) -> None:
    found = events(analyzer, "US bans H20 exports; Senate passes chip bill", "")
    assert ("US", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    "body", ["トランプ大統領がエヌビディア製のAI半導体「H20」の中国輸出を許可した。"]
)
def test_exports_bound_for_china_name_no_actor(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)
