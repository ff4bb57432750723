"""Round 47: two bodies joined as one subject, and a story's turn "in parallel".

- "中国商務部と税関総署は…輸出管理を実施する", "상무부와 관세청은 …": after a body, "と" and
  "와/과" join a second body to the subject; after a bare state "と" is "with" ("中国と協議").
- "Parallèlement, le ministère … a lancé une enquête": the Romance "in parallel" turns to
  another item of news, as "Separately," does, so a late paragraph's act stays news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, events, main_of


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            "中国商務部と税関総署は4日、アンチモン製品に対して輸出管理を実施すると明らかにした。",
            "CN",
        ),
        ("중국 상무부와 해관총서는 4일 갈륨 수출 통제를 시행한다고 밝혔다.", "CN"),
    ],
)
def test_two_bodies_joined_as_the_subject_act(analyzer: Analyzer, body: str, state: str) -> None:
    found = events(analyzer, "", body)
    assert (state, "tightening") in main_of(found), brief(found)


def test_a_state_with_another_is_no_joined_subject(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "米国は中国と協議し、半導体の輸出規制を強化した。")
    assert {e.jurisdiction for e in found if e.primary} == {"US"}, brief(found)


def test_a_turn_in_parallel_keeps_a_late_act_news(analyzer: Analyzer) -> None:
    lead = "Les actions de plusieurs fabricants de puces ont reculé lundi à la Bourse de Paris. "
    filler = "Les analystes restent prudents sur les perspectives du secteur. " * 20
    body = (
        lead + filler + "Parallèlement, le ministère chinois du Commerce a lancé lundi une enquête "
        "antidumping sur des puces analogiques importées des États-Unis."
    )
    found = dated(analyzer, "Marchés : les puces reculent", body, "2025-09-15")
    assert ("CN", "tightening") in main_of(found), brief(found)
