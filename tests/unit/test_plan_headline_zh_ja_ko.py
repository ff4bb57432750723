"""A state's plan as the headline, no start in the story: zh, ja, ko (issue 11, round 24).

Own sentences. "荷兰拟扩大…出口管制", "オランダ、…輸出規制を計画", "네덜란드, … 강화 방침":
the state named in the headline, a plan word after it and no act the headline reads; the
body gives the plan a target ("目标是在夏季之前公布", "夏前の導入を目指す", "여름 전에
도입을 목표로") but no day it takes effect and no enactment: the story is the plan, every
act it reads its content (``intents.demote_plan_headline``). The Chinese and Japanese
cases read the plan as news before; the Korean case read no act already and keeps the
class covered. The contrasts stay news: the same headline over a body with a start day
("自9月1日起", "从下月起", "9月1日から施行", "9월 1일부터 시행"), and a headline with no plan word.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

_ZH_TITLE = "荷兰拟扩大光刻设备出口管制"
_JA_TITLE = "オランダ、半導体製造装置の新たな輸出規制を計画"
_KO_TITLE = "네덜란드, 반도체 장비 수출 규제 강화 방침"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            _ZH_TITLE,
            "3月8日，荷兰外贸部长致信议会，称有必要扩大对特定光刻设备的出口管制，目标是在"
            "夏季之前公布新的部级法规。此次荷兰升级出口管制，部分高端DUV也将纳入管制名单。",
        ),
        (
            "韓國擬擴大半導體設備出口管制",
            "韓國產業部長週三致函國會，稱有必要擴大對特定半導體設備的出口管制，目標是在年底"
            "之前公布新法規。此次韓國升級出口管制，部分設備也將納入管制名單。",
        ),
        (
            _JA_TITLE,
            "オランダ政府は8日、半導体製造装置の新たな輸出規制を計画していることを明らかにした。"
            "夏前の導入を目指す。ASMLは今後、輸出許可を申請する必要が生じると説明している。",
        ),
        (
            _KO_TITLE,
            "네덜란드 정부는 8일 반도체 장비에 대한 새로운 수출 규제를 도입할 방침이라고 밝혔다. "
            "여름 전에 도입을 목표로 한다. ASML은 앞으로 수출 허가를 신청해야 한다.",
        ),
    ],
)
def test_a_plan_headline_over_a_story_with_no_start_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (_ZH_TITLE, "荷兰政府周三宣布，自9月1日起对特定光刻设备实施出口管制。"),
        (_JA_TITLE, "オランダ政府は8日、半導体製造装置の輸出規制を9月1日から施行すると発表した。"),
        (_KO_TITLE, "네덜란드 정부는 8일 반도체 장비 수출 규제를 9월 1일부터 시행한다고 밝혔다."),
        ("荷兰扩大光刻设备出口管制", "荷兰政府周三宣布扩大对特定光刻设备的出口管制。"),
        (_ZH_TITLE, "荷兰政府周三表示，将从下月起对特定光刻设备实施出口管制。"),
    ],
)
def test_a_plan_with_a_start_day_or_a_headline_act_stays_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("NL", "tightening"))
