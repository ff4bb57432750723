"""A measure told as hearsay, not yet decided: no event (round 33, issue 11), own sentences.

Three gaps of the leak story (``leaks.py``):

1. A Chinese headline's hearsay adverb before its verb ("據報", as English "reportedly")
   is its modality; told after the headline's first clause ("…許可 據報…曾赴白宮") it
   qualifies that clause only, and the headline's own act stays news.
2. An announcement told as a noun's attribute ("与美国10月初宣布的限制措施一致") states
   no act of the story: the leak builds on that earlier measure.
3. Korean readiness after the verb ("해제할 준비가 돼 있다", as "poised to") is a
   modality of the coming act.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "據報日本將擴大半導體設備出口管制",
            "路透社引述知情人士報道，日本官員正起草規定，擬要求企業出口更多半導體設備時"
            "須取得許可。日本經產省未有回應。",
        ),
        (
            "德國據報或配合美國 對華出口晶片設備實施新管制",
            "彭博社引述消息人士報道,德國官員正計劃對出口到中國的晶片設備實施新管制,"
            "新規或與美國的貿易規則看齊。\n\n消息人士指,德國可能禁止出售部分設備,"
            "令當地規則與美國10月初宣布的限制措施一致。",
        ),
        (
            "니혼게이자이신문은 일본 정부가 반도체 기업 키옥시아에 대한 통제 명령을 해제할 "
            "준비가 돼 있다고 8일 보도했다.",
            "일본 정부는 앞서 키옥시아에 대한 통제 명령을 내린 바 있다.",
        ),
    ],
)
def test_hearsay_of_a_coming_measure_is_no_event(analyzer: Analyzer, title: str, body: str) -> None:
    """Sources report a measure to come: the story reads it as the leak's content."""
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


def test_hearsay_after_the_headlines_act_leaves_the_act(analyzer: Analyzer) -> None:
    """ "<act> 據報<who lobbied>": the licence is issued; only the lobbying is hearsay."""
    found = events(
        analyzer,
        "美商務部批出超微對華出口晶片許可 據報蘇姿丰曾赴白宮游說",
        "美國商務部周五批准超微向中國出口MI308晶片。",
    )
    assert ("US", "easing") in main_of(found), brief(found)


def test_an_official_announcement_stays_news(analyzer: Analyzer) -> None:
    """The state's own announcement, no hearsay: a decided measure."""
    found = events(
        analyzer,
        "日本宣布擴大半導體設備出口管制",
        "日本經濟產業省周五宣布，自7月起擴大對23類半導體製造設備的出口管制。",
    )
    assert ("JP", "tightening") in main_of(found), brief(found)


def test_an_announcement_in_the_lead_still_decides(analyzer: Analyzer) -> None:
    """A lead that states the announcement itself (not as a noun's attribute) is done."""
    found = events(
        analyzer,
        "德國據報收緊對華晶片設備出口",
        "德國經濟部周二宣布,即日起對出口到中國的晶片設備實施新管制。",
    )
    assert ("DE", "tightening") in main_of(found), brief(found)
