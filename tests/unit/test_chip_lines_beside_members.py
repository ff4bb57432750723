"""A chip line's bare name is not reported beside its numbered members (round 49).

"Huawei's Ascend chips, the 910B and the 910C" names two chips: outside labellers list the
members, not the line (12 of 13 such articles). The line named alone stays a chip.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.article import RawArticle
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.core.tag_result import EntityData, without_lines_beside_members


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.build(load_catalog(), load_patterns())


def _chip(name: str) -> EntityData:
    return {"name": name, "type": "chip", "id": None, "mentions": 1, "spans": []}


def _chips(analyzer: Analyzer, body: str) -> list[str]:
    article = RawArticle(id="c", title="", body=body)
    return [c.name for c in analyzer.analyze(article, datetime(2026, 1, 1, tzinfo=UTC)).chips]


def test_the_line_beside_a_numbered_member_is_left_out(analyzer: Analyzer) -> None:
    body = "Huawei ships its Ascend chips, the Ascend 910B and the Ascend 910C, to Chinese clouds."
    assert _chips(analyzer, body) == ["Ascend 910B", "Ascend 910C"]


def test_the_line_named_alone_stays(analyzer: Analyzer) -> None:
    assert _chips(analyzer, "Huawei ships its Ascend chips to Chinese clouds.") == ["Ascend"]


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (["Ascend", "Ascend 910B"], ["Ascend 910B"]),
        (["Kirin", "H20", "Kirin 9000S"], ["H20", "Kirin 9000S"]),
        # a named variant is no numbered member: both stay
        (["Blackwell", "Blackwell Ultra"], ["Blackwell", "Blackwell Ultra"]),
        # a longer number is its own chip, not a member of the shorter one
        (["Ascend 910", "Ascend 910B"], ["Ascend 910", "Ascend 910B"]),
        ([], []),
    ],
)
def test_which_names_are_lines_beside_members(names: list[str], kept: list[str]) -> None:
    out = without_lines_beside_members([_chip(n) for n in names])
    assert [c["name"] for c in out] == kept
