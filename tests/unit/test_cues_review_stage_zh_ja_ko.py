"""A rule at a stage of its review, Chinese, Japanese, Korean (issue 11, round 23), own sentences.

A rule said to stand at a stage of its review before issue ("进入最后审查阶段",
"最終審査段階", "최종 심사 단계") is not issued yet: the stage noun after the review noun
joins ``draft_cues`` (read in the headline and the lead by ``proposals.demote_drafted``).
A story about such a rule tells no act; the Chinese (both scripts) and Japanese cases
below read as one before the words were added (the Korean detector read no main act in
its case already: it is kept so that the cue stays covered). The contrasts stay news: the
rule issued and in force after its review.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "美国限制芯片设备出口新规进入最后审查阶段",
            "据美国政府网站显示，限制向中国出口芯片制造设备的新规定正处于最后审查阶段，"
            "白宫预算办公室本周收到了该规定。",
        ),
        (
            "美國限制晶片設備出口新規 進入審議階段",
            "美國限制向中國出口晶片製造設備的新規定目前處於審議階段，商務部尚未說明公布時間。",
        ),
        (
            "米の半導体装置輸出規制、最終審査段階に",
            "中国向けの半導体製造装置の輸出を制限する米国の新たな規則が最終審査段階に入った。"
            "商務省は公表の時期を明らかにしていない。",
        ),
        (
            "미국, 대중 반도체 장비 수출 제한 새 규정 최종 심사 단계",
            "미국 상무부가 중국에 대한 반도체 장비 수출을 제한하는 새 규정이 최종 심사 단계에 "
            "들어갔다. 백악관 예산관리국이 이번 주 이 규정을 넘겨받았다.",
        ),
    ],
)
def test_a_rule_at_its_review_stage_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "美国商务部发布芯片设备出口新规 即日起施行",
            "美国商务部周一发布规定，限制向中国出口芯片制造设备，自即日起施行。"
            "该规定此前处于最后审查阶段。",
            ("US", "tightening"),
        ),
        (
            "미국 상무부, 반도체 장비 수출 규제 시행",
            "미국 상무부는 월요일 중국에 대한 반도체 장비 수출을 제한하는 규정을 시행했다. "
            "이 규정은 지난달 최종 심사 단계를 거쳤다.",
            ("US", "tightening"),
        ),
    ],
)
def test_a_rule_issued_after_its_review_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
