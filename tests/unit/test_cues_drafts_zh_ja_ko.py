"""Rules not yet made, in Chinese, Japanese, Korean (issue 11, round 22), own sentences.

The closed class of words naming a draft rule, a call for comments or a hearing
(``draft_cues``, read in the headline and the lead by ``proposals.demote_drafted``),
completed: "送审稿", "意见稿", "听证会"; "原案", "素案", "意見募集", "公聴会"; "초안",
"의견수렴", "공청회". A story about such a draft tells no act; each below read as one
before the words were added. The contrasts stay news: a rule in force from today, a rule
issued after its hearing.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "美国商务部公布芯片出口新规送审稿",
            "美国商务部周一公布芯片出口管理规定送审稿，限制向中国出口先进AI芯片。",
        ),
        (
            "美國商務部公布晶片出口新規意見稿",
            "美國商務部週一公布晶片出口管理規定意見稿，限制向中國出口先進AI晶片。",
        ),
        (
            "経産省、半導体輸出規制の原案を公表",
            "経済産業省は月曜日、中国向け先端半導体の輸出を制限する規制の原案を公表した。",
        ),
        (
            "経産省、半導体輸出規制で意見募集",
            "経済産業省は月曜日、中国向け先端半導体の輸出を制限する規制について意見募集を始めた。",
        ),
        (
            "산업부, 반도체 수출 규제 초안 공개",
            "산업통상자원부는 월요일 중국에 대한 첨단 반도체 수출을 제한하는 규제 초안을 공개했다.",
        ),
        (
            "산업부, 반도체 수출 규제 공청회 개최",
            "산업통상자원부는 월요일 중국에 대한 첨단 반도체 수출을 제한하는 규제에 대한 공청회를 "
            "열었다.",
        ),
    ],
)
def test_a_draft_rule_or_its_hearing_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "美国商务部发布芯片出口新规 即日起施行",
            "美国商务部周一发布芯片出口管理规定，限制向中国出口先进AI芯片，自即日起施行。"
            "此前的送审稿曾征求意见。",
            ("US", "tightening"),
        ),
        (
            "산업부, 반도체 수출 규제 시행",
            "산업통상자원부는 월요일 중국에 대한 첨단 반도체 수출을 제한하는 규제를 고시했다. "
            "지난달 공청회를 거쳤다.",
            ("KR", "tightening"),
        ),
    ],
)
def test_a_rule_in_force_after_its_draft_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
