"""A state's answer about its own measure of the last few days (round 36, issue 11).

A ministry spokesperson explaining or defending its own measure, or a transcript whose
question names it, is that measure's own story when the body dates the measure within
three days of publication (`reactions.FRESH_DAYS`) or "yesterday", and nowhere earlier
(`reactions.demote_response_story`, `story_genre.demote_question_paragraph`). An answer
about an old measure, a vague "日前", or another state's measure stays background.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, main_of

_QA_TITLE = "商务部新闻发言人就对镓、锗相关物项实施出口管制答记者问"
_QA_BODY = (
    "问：商务部、海关总署{when}发布公告，对镓、锗相关物项实施出口管制，请问出台该措施的背景"
    "是什么？\n\n答：对镓、锗相关物项实施出口管制是国际通行做法，不针对任何特定国家。"
)


@pytest.mark.parametrize(
    ("title", "body", "day"),
    [
        (_QA_TITLE, _QA_BODY.format(when="7月3日"), "2023-07-03"),  # the transcript of the day
        (_QA_TITLE, _QA_BODY.format(when="7月3日"), "2023-07-05"),  # two days later
        (
            "商务部回应对锑相关物项实施出口管制",
            "针对中国决定对锑相关物项实施出口管制，商务部新闻发言人5日在例行新闻发布会上回应称，"
            "此举不针对任何特定国家。商务部、海关总署9月2日发布公告，决定对锑相关物项实施出口管制。",
            "2024-09-05",
        ),
        (
            "경제산업성, 반도체 장비 수출규제 강화 배경 설명",
            "일본 경제산업성은 지난 3일 발표한 반도체 장비 수출 규제 강화에 대해 특정 국가를 "
            "겨냥한 것이 아니라고 설명했다. 새 규제는 다음 달부터 적용된다.",
            "2024-05-05",
        ),
        (
            "経産省、半導体装置の輸出規制強化を会見で説明",
            "4月2日に発表した半導体製造装置の輸出規制強化について、経済産業省の担当者は会見で、"
            "特定の国を対象としたものではないと説明した。規制は7月23日から施行される。",
            "2023-04-04",
        ),
    ],
)
def test_an_answer_about_its_own_fresh_measure_is_the_measures_story(
    analyzer: Analyzer, title: str, body: str, day: str
) -> None:
    found = dated(analyzer, title, body, day)
    assert main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "day"),
    [
        # months old
        (_QA_TITLE, _QA_BODY.format(when="1月3日"), "2023-07-04"),
        # four days: past the window
        (_QA_TITLE, _QA_BODY.format(when="6月30日"), "2023-07-04"),
        # "日前": not plainly within the window
        (
            "商务部：中国调整稀土出口管制不针对任何特定国家",
            "针对中国将两种稀土物项列入管制清单，商务部新闻发言人称，此举不针对任何特定国家。"
            "日前，商务部、海关总署发布公告，将两种稀土物项列入管制清单。",
            "2024-10-20",
        ),
    ],
)
def test_an_answer_about_an_older_own_measure_stays_background(
    analyzer: Analyzer, title: str, body: str, day: str
) -> None:
    found = dated(analyzer, title, body, day)
    assert not main_of(found), brief(found)
    assert found, "the act the answer explains is still read, as background"


def test_an_answer_about_another_states_fresh_measure_stays_background(
    analyzer: Analyzer,
) -> None:
    """The freshness is read for the answering state's own acts only."""
    found = dated(
        analyzer,
        "商务部回应美方出口管制",
        "针对美方昨天宣布对中国芯片企业实施出口管制，商务部新闻发言人表示，中方坚决反对。",
        "2024-12-03",
    )
    assert ("US", "tightening") not in main_of(found), brief(found)
