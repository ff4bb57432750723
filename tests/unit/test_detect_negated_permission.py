"""A permission negated is a prohibition (round 31, issue 11), own sentences.

"不允许…进口", "輸出を認めない", "수출을 허용하지 않기로": the approval word inside the
negation read as an approval gave an easing where the state forbids; the negated verb is a
ban verb of its own in the pattern file, the longer word winning over the approval in it.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "中国海关不允许英伟达RTX Pro 6000D进口",
            "知情人士称，中国海关本周通知报关行，英伟达RTX Pro 6000D芯片不允许进口。",
            "CN",
        ),
        (
            "経産省、韓国向け半導体材料の輸出を認めない決定",
            "経済産業省は5日、韓国向けの半導体材料の輸出を認めないと決定した。",
            "JP",
        ),
        (
            "정부, 中 기업에 반도체 장비 수출 허용하지 않기로",
            "산업통상자원부는 5일 중국 기업에 대한 반도체 장비 수출을 "
            "허용하지 않기로 했다고 밝혔다.",
            "KR",
        ),
    ],
)
def test_negated_permission_is_a_ban(analyzer: Analyzer, title: str, body: str, state: str) -> None:
    """The state forbids: a tightening, and no easing."""
    found = events(analyzer, title, body)
    said = {(e.jurisdiction, e.direction) for e in found}
    assert (state, "tightening") in said, brief(found)
    assert (state, "easing") not in said, brief(found)


def test_permission_stays_an_approval(analyzer: Analyzer) -> None:
    """ "批准…出口" with no negation before it is still the approval."""
    found = events(
        analyzer, "美国批准英伟达H20对华出口", "美国商务部本周批准英伟达H20芯片对华出口。"
    )
    assert ("US", "easing") in {(e.jurisdiction, e.direction) for e in found if e.primary}, brief(
        found
    )
