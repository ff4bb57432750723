"""Round 43: a plan fixed or resolved by the cabinet is decided (Japanese and Korean).

"…を強化する方針を閣議決定した", "…제외하는 방안을 확정했다", "…강화하는 방안을 의결했다": the
plan noun (方針, 방안, 계획, 案) is the object of a verb that fixes it, so the measure it
names is decided. Round 41 read "방침을 확정", "方針を決定" so; the other plan nouns and
the cabinet's resolution were still read as plans. A plan under review or being arranged
("방안을 검토하고 있다", "閣議決定する方向で調整") stays a plan.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "政府、輸出管理強化を閣議決定",
            "政府は半導体製造装置の輸出管理を強化する方針を閣議決定した。",
            "JP",
        ),
        (
            "정부, 日 수출규제 대응",
            "산업통상자원부는 일본을 백색국가에서 제외하는 방안을 확정했다.",
            "KR",
        ),
        (
            "정부, 반도체 수출통제 강화",
            "정부는 국무회의에서 반도체 장비 수출 통제를 강화하는 방안을 의결했다.",
            "KR",
        ),
    ],
)
def test_a_plan_fixed_by_its_government_is_decided(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    found = events(analyzer, title, body)
    assert (state, "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "정부, 日 수출규제 대응 검토",
            "산업통상자원부는 일본을 백색국가에서 제외하는 방안을 검토하고 있다.",
        ),
        (
            "政府、輸出管理強化を検討",
            "政府は半導体製造装置の輸出管理を強化する方針を閣議決定する方向で調整している。",
        ),
    ],
)
def test_a_plan_under_review_stays_a_plan(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)
