"""Plan and expectation words of a leak headline in Chinese, Japanese, Korean (issue 11, round 22).

Own sentences. The closed class of words a leak headline uses for a measure not yet issued
(``leak_headline_modals``), completed: Chinese plan verbs before the headline's verb
("准备", "打算", "筹划"), Japanese and Korean nouns the headline ends on ("…視野",
"…저울질", "…가능성", "…임박", "…초읽기"). Under a source and with no act done in the
lead, each headline below read as an act before the words were added. The contrasts stay
news: an act announced, with a word of the same family later in the lead.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "知情人士：美国准备扩大对华芯片出口管制",
            "知情人士透露，美国政府准备扩大对中国的芯片出口管制范围。",
        ),
        (
            "知情人士：美國打算擴大對華晶片出口管制",
            "知情人士透露，美國政府打算擴大對中國的晶片出口管制範圍。",
        ),
        (
            "外媒：美国筹划扩大对华芯片出口管制",
            "据外媒报道，美国政府正在扩大对中国的芯片出口管制范围。",
        ),
        (
            "米、対中半導体装置の輸出規制強化を視野",
            "関係者によると、米政府は中国向け半導体製造装置の輸出規制を強化する。",
        ),
        (
            "미국, 대중 반도체 장비 수출 규제 강화 저울질",
            "소식통에 따르면 미국 정부는 중국에 대한 반도체 장비 수출 규제를 강화한다.",
        ),
        (
            "미국, 대중 반도체 장비 수출 규제 강화 가능성",
            "소식통에 따르면 미국 정부는 중국에 대한 반도체 장비 수출 규제를 강화한다.",
        ),
        (
            "미국, 대중 반도체 장비 수출 규제 강화 임박",
            "소식통에 따르면 미국 정부는 중국에 대한 반도체 장비 수출 규제를 강화한다.",
        ),
        (
            "미국, 대중 반도체 장비 수출 규제 강화 초읽기",
            "외신에 따르면 미국 정부는 중국에 대한 반도체 장비 수출 규제를 강화한다.",
        ),
    ],
)
def test_a_sourced_headline_of_a_plan_or_an_expectation_is_a_leak(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "美国扩大对华芯片出口管制",
            "据外媒报道，美国商务部周一宣布扩大对中国的芯片出口管制范围，企业须做好准备。",
        ),
        (
            "米、対中半導体装置の輸出規制を強化",
            "関係者によると、米商務省は中国向け半導体製造装置の輸出規制を強化したと発表した。"
            "追加規制の可能性もある。",
        ),
        (
            "미국, 대중 반도체 장비 수출 규제 강화",
            "소식통에 따르면 미국 상무부는 중국에 대한 반도체 장비 수출 규제를 강화했다고 "
            "발표했다. 추가 규제 가능성도 있다.",
        ),
    ],
)
def test_an_act_announced_with_a_plan_word_later_stays_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("US", "tightening"))
