"""A demand for an explanation over a topic phrase; a measure named as a noun after "after".

Own sentences (issue 11, round 24).

- A regulator's headline "约谈<firm> 要求就<topic>作出说明" demands the explanation: the
  demand verb opens its clause and the topic phrase stands between it and the answer
  ("说明", "説明"), so the reach before the cue is the clause's, bounded by its breaks
  (``reactions._DEMAND_OPENS``); the summons is the regulator's own act, not an answer to
  an earlier one. Before, only eight characters were searched and a body's "此前" made the
  summons a response story's premise. A contrast stays a response story: "商务部回应…".
- A results headline "<firm>'s China sales slump after US export curbs": the state after
  "after" qualifies a measure noun, no clause of the state's is read in the headline, so
  the firm's results stay the news (``article.Story.business_story``); "after US bans …"
  (a verb the headline reads) is the day's act, as before.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

_SUMMON_HANT = (
    "國家互聯網信息辦公室於7月31日約談了該企業，要求其就晶片存在的漏洞後門安全風險問題"
    "進行詳細說明。此前，美國議員曾呼籲要求出口晶片配備追蹤功能。"
)
_SUMMON = (
    "国家互联网信息办公室于7月31日约谈了该企业，要求其就芯片存在的漏洞后门安全风险问题"
    "进行详细说明。此前，美国议员曾呼吁要求出口芯片配备追踪功能。"
)
_RESPONSE = (
    "日前，商务部发布公告，对镓、锗相关物项实施出口管制。商务部新闻发言人回应称，"
    "此举符合国际通行做法。"
)


@pytest.mark.parametrize(
    "title",
    [
        "国家网信办约谈某芯片企业 要求就芯片漏洞后门安全风险作出说明",
        "國家網信辦約談某晶片企業 要求就晶片漏洞後門安全風險作出說明",
    ],
)
def test_a_summons_that_demands_an_explanation_is_the_regulators_act(
    analyzer: Analyzer, title: str
) -> None:
    body = _SUMMON_HANT if "網" in title else _SUMMON
    check(analyzer, title, body, ("CN", "tightening"))


def test_a_ministry_that_responds_stays_a_response_story(analyzer: Analyzer) -> None:
    check(analyzer, "商务部回应对镓锗实施出口管制", _RESPONSE, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Samsung's China chip sales slump after US export curbs",
            "Samsung said its chip sales in China fell in the quarter. "
            "The US banned exports of chipmaking tools to China.",
        ),
        (
            "Tokyo Electron's China sales plunge 39% after U.S. export curbs",
            "Tokyo Electron saw its sales in China fall by 39 percent in the quarter. "
            "The US banned exports of chipmaking tools to China.",
        ),
    ],
)
def test_results_after_a_measure_named_as_a_noun_stay_the_firms_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_results_after_a_state_act_the_headline_reads_stay_news(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Nvidia shares fall after US bans AI chip exports to China",
        "The US Commerce Department on Monday banned exports of advanced AI chips to China.",
        ("US", "tightening"),
    )
