"""A state's own act in the headline over its spokesman's complaint (issue 11, round 23).

A reaction story (``reactions.demote_reaction_story``) makes every act context when the
lead has a speaker condemning another state. A headline that takes no stance itself and
states an act of the speaker's own state ("商务部对美模拟芯片发起反倾销调查") is that
state's measure: the spokesman's complaint in the lead is its justification, and the
headline's act stays news. Own sentences in Japanese and Korean (b28 h30y-008 is the
Chinese member; an own Chinese sentence of that shape read no headline act here, left for
the lead); the contrast, a Chinese headline that answers with a stance, stays a reaction.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "中国商務省、米国産アナログ半導体の反ダンピング調査を開始",
            "中国商務省の報道官は、米国が輸出規制を乱用し中国の半導体産業を不当に抑圧していると"
            "批判した。調査は国内業界の申請に基づく。",
        ),
        (
            "중국 상무부, 미국산 아날로그 반도체 반덤핑 조사 착수",
            "중국 상무부 대변인은 미국이 수출 통제를 남용해 중국 반도체 산업을 부당하게 억압하고 "
            "있다고 비판했다. 이번 조사는 국내 업계의 신청에 따른 것이다.",
        ),
    ],
)
def test_the_speakers_own_headline_act_stays_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("CN", "tightening"), only_actor=False)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "商务部：坚决反对美国芯片出口管制",
            "商务部新闻发言人称，美国政府泛化国家安全概念，滥用出口管制，对中国芯片产业进行"
            "恶意打压，中方坚决反对。",
        ),
    ],
)
def test_a_headline_with_a_stance_stays_a_reaction(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)
