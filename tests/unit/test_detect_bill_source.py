"""A measure whose clause's source is a bill is the bill's content, not an act (round 21).

Own sentences. A committee passes a bill and the story retells what it would do in
clauses whose subject or basis is the bill ("依据这项法案，…", "此外，法案明确规定，…",
"이 법안에 따라 …", "この法案に基づき、…"): no act until it is law. Each case below is
read as the US act without the rule. An article that says the bill was signed stays news,
and so does a sentence where the bill is only a verb's object.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "美国众议院委员会通过芯片法案",
            "美国众议院外交委员会周三表决通过一项法案。依据这项法案，美国政府在批准先进芯片出口前"
            "必须通知国会。",
        ),
        (
            # a signature still needed, or not yet given, makes no law
            "美国众议院委员会通过芯片法案",
            "美国众议院外交委员会周三表决通过一项法案。依据这项法案，美国政府在批准先进芯片出口前"
            "必须通知国会。该法案仍需参众两院通过并签署该法案后才能生效。",
        ),
        (
            "美国众议院委员会通过芯片法案",
            "美国众议院外交委员会周三表决通过一项法案。依据这项法案，美国政府在批准先进芯片出口前"
            "必须通知国会。总统尚未签署该法案。",
        ),
        (
            "美國眾議院委員會通過晶片法案",
            "美國眾議院外交委員會周三表決通過一項法案。此外，法案明確規定，美國兩年內全面禁止向"
            "中國出售先進人工智能晶片。",
        ),
        (
            "미 하원 위원회, 반도체 법안 통과",
            "미 하원 외교위원회는 21일 법안을 통과시켰다. 이 법안에 따라 미국 정부는 중국에 대한 "
            "첨단 AI 칩 수출을 금지한다.",
        ),
        (
            "米下院委員会、半導体法案を可決",
            "米下院外交委員会は21日、法案を可決した。この法案に基づき、米政府は中国への先端AI"
            "チップの輸出を禁止する。",
        ),
    ],
)
def test_a_bills_provision_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "美国总统签署芯片法案",
            "美国总统周五签署该法案，使其成为法律。依据这项法案，美国全面禁止向中国出售先进"
            "人工智能芯片。",
        ),
        (
            "US bans AI chip exports",
            "The Commerce Department on Monday banned exports of advanced AI chips to China, "
            "weeks after a Senate panel advanced a bill.",
        ),
    ],
)
def test_a_signed_bill_or_a_bill_as_object_stays_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert ("US", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "美國議員提出晶片法案",
            "美國兩黨議員周四提出一項法案。該法案名為《晶片安全法》，將命令商務部停止向中國發放"
            "先進晶片出口許可證。任何更強大的晶片都將受到該措施約束。",
        ),
        (
            "미 하원 위원회, 반도체 법안 통과",
            "미 하원 외교위원회는 21일 법안을 통과시켰다. 이 법안에 따라 미국 정부는 중국에 "
            "대한 첨단 AI 칩 수출을 금지한다. 미국 정부는 이 조치로 엔비디아의 칩 수출을 "
            "제한한다.",
        ),
    ],
)
def test_the_measure_right_after_a_bills_provision_is_the_bill(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


def test_the_measure_after_a_departments_act_stays_news(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "美国商务部发布芯片出口新规",
        "美国商务部周一宣布限制先进芯片出口。任何更先进的芯片都将受到该措施约束。",
    )
    assert ("US", "tightening") in main_of(found), brief(found)
