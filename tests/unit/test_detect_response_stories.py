"""A spokesperson's answer about a measure already announced (issue 11, round 18, class B).

Own sentences. A headline that reports an answer ("商务部回应…", "defends", "説明"), or a
speaker with a stance, over a body that dates the act before the answer or names it as
the answer's premise: the act is background, the speaker's own state's included
(``reactions.demote_response_story``), unless (round 36) the body dates the speaker's own
act within the last three days (``test_detect_fresh_own_answers.py``). The contrast: a
spokesperson who announces a new measure at the briefing, in a sentence neither dated
before nor a premise, stays news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, main_of


@pytest.mark.parametrize(
    ("title", "body", "day"),
    [
        (
            "商务部回应对锑相关物项实施出口管制",
            "新华社北京9月5日电 针对中国决定对锑相关物项实施出口管制，商务部新闻发言人5日在例行"
            "新闻发布会上回应称，中国政府依法对锑相关物项实施出口管制，不针对任何特定国家。"
            # round 36: the act dated weeks before; three days before is the act's own
            # story (test_detect_fresh_own_answers.py)
            "商务部、海关总署8月15日发布公告，决定对锑相关物项实施出口管制。",
            "2024-09-05",
        ),
        (
            "商务部：中国调整稀土出口管制不针对任何特定国家",
            "针对中国将两种稀土物项列入管制清单，商务部新闻发言人称，此举不针对任何特定国家。"
            "日前，商务部、海关总署发布公告，将两种稀土物项列入管制清单。",
            "2024-10-20",
        ),
        (
            "経産省、半導体装置の輸出規制強化を会見で説明",
            "3月31日に発表した半導体製造装置の輸出規制強化について、経済産業省の担当者は会見で、"
            "特定の国を対象としたものではないと説明した。規制は7月23日から施行され、23品目の"
            "輸出に許可が必要になる。",
            "2023-04-04",
        ),
        (
            "China defends its new export controls on graphite",
            "Asked about the controls on graphite announced on Friday, a commerce ministry "
            "spokesperson said on Tuesday they were not aimed at any country. China will "
            "require export licences for some graphite products from December 1.",
            "2023-10-24",
        ),
        (
            "산업부, 반도체 장비 수출규제 강화 배경 설명",
            "산업통상자원부는 지난 3일 발표한 반도체 장비 수출 규제 강화에 대해 특정 국가를 "
            "겨냥한 것이 아니라고 설명했다. 새 규제는 다음 달부터 적용된다.",
            "2024-05-07",
        ),
        (
            # a transcript whose question dates the act before the answer
            "商务部新闻发言人就近期出口管制措施答记者问",
            "商务部新闻发言人15日就近期出口管制措施答记者问。\n\n有记者问：6月11日，商务部发布"
            "公告，对相关锑物项实施出口管制。请问有何考虑？\n\n答：中方发布了关于锑相关物项的"
            "出口管制措施，这是完善出口管制体系的正当做法。",
            "2024-06-15",
        ),
        (
            # a question in prose naming yesterday's act, the answer restating it
            "外交部回应中方对锑实施出口管制",
            "6月12日，外交部发言人主持例行记者会。有记者提问，中国政府昨天发布了对锑的出口管制，"
            "发言人有何评论？发言人说，中国政府依法对相关物项实施出口管制，是国际的通行做法。",
            "2024-06-12",
        ),
    ],
)
def test_an_answer_about_an_earlier_act_is_not_its_news(
    analyzer: Analyzer, title: str, body: str, day: str
) -> None:
    found = dated(analyzer, title, body, day)
    assert not main_of(found), brief(found)
    assert found, "the act the answer explains is still read, as background"


@pytest.mark.parametrize(
    ("title", "body", "day", "expected"),
    [
        (
            # a spokesperson who announces a new measure at the briefing
            "商务部新闻发言人答记者问：决定对镓相关物项实施出口管制",
            "商务部新闻发言人在例行新闻发布会上宣布，经国务院批准，决定自即日起对镓相关物项"
            "实施出口管制。",
            "2024-09-05",
            ("CN", "tightening"),
        ),
        (
            # the premise is the other state's measure; the answer states its own decision
            "商务部回应美方出口管制",
            "针对美方近日对中国芯片企业实施出口管制，商务部新闻发言人宣布，中方决定自即日起"
            "对美国相关企业实施出口管制。",
            "2024-12-03",
            ("CN", "tightening"),
        ),
        (
            # announced on the day of the story, defended in the same breath
            "China defends its new export licences for graphite",
            "China's commerce ministry announced on Tuesday that exporters of graphite will "
            "need a licence from December 1, and said the move was not aimed at any country.",
            "2023-10-24",
            ("CN", "tightening"),
        ),
    ],
)
def test_a_decision_announced_at_the_briefing_stays_news(
    analyzer: Analyzer, title: str, body: str, day: str, expected: tuple[str, str]
) -> None:
    found = dated(analyzer, title, body, day)
    assert expected in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            # the explanation is what the regulator demands of the firm: a first report
            "网信办约谈英伟达 要求说明H20芯片后门风险",
            "全球芯片巨头英伟达,就早前获美方放行对华销售的H20芯片,被中国网信办约谈。网信办今日"
            "要求英伟达就H20芯片后门风险进行说明,并提交证明材料。",
        ),
        (
            # Korean: the answer asked for comes before the demand verb
            "中 당국, 엔비디아 소환해 H20 보안 위험 해명 요구",
            "중국 국가인터넷정보판공실은 31일 엔비디아를 소환해 H20 칩의 보안 위험에 대한 해명을 "
            "요구했다. H20은 지난달 미국 정부가 중국 수출을 허용한 칩이다.",
        ),
        (
            "中 당국, 엔비디아 소환해 H20 보안 위험 설명 요구",
            "중국 국가인터넷정보판공실은 31일 엔비디아를 소환해 H20 칩의 보안 위험에 대해 "
            "설명하라고 요구했다. H20은 지난달 미국 정부가 중국 수출을 허용한 칩이다.",
        ),
    ],
)
def test_an_answer_demanded_of_another_is_no_response_story(
    analyzer: Analyzer, title: str, body: str
) -> None:
    """Round 19: a response cue governed by a demand verb is not the headline's answer.

    The summons is the news even though the body dates an earlier, other act.
    """
    found = dated(analyzer, title, body, "2025-07-31")
    assert ("CN", "tightening") in main_of(found), brief(found)
