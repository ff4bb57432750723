"""Modality after the predicate and the leak formula of SOV news (issue 11, round 19).

Own sentences. Japanese and Korean put "soon" before the headline's verbal noun ("…を近く
強化", "관세 곧 발표") and tell a leak as what the outlet learnt ("…方針であることが23日
分かった", "…것으로 파악됐다", Chinese "记者获悉"); a non-past Japanese verb before 中
and a comma ("…を強化する中、") is a circumstance ("amid"), not the sentence's act. The
contrasts stay news: a state's own announcement under the same adverb, a sourced report
of an act already taken, "検討中" (under study) that is no circumstance cue.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, dated, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            # "soon" before the verbal noun; a news agency's report
            "米、半導体の対中輸出規制を近く強化 通信社報道",
            "通信社は5日、米政権が近く、半導体の対中輸出規制を強化すると報じた。AI向けの半導体"
            "や製造装置の輸出を制限。昨年の規制の「抜け穴」をふさぐという。",
        ),
        (
            # the plan the outlet learnt: "…方針であることが…分かった"
            "米、対中半導体輸出規制の対象を拡大する方針",
            "米政権が半導体技術に関する中国への輸出規制の対象品目を拡大する方針であることが"
            "23日分かった。日本の規制と範囲をそろえることを目指す。\n米政権の高官が、半導体"
            "規制で連携するオランダの政府関係者に伝えたもようだ。",
        ),
        (
            "日本、半導体材料の輸出管理を厳格化へ",
            "日本政府が半導体材料の一部について輸出管理を厳格化することが14日分かった。対象"
            "品目は今後詰める。\n経済産業省は輸出を許可制にし、審査を厳しくする。",
        ),
        (
            # Korean: "soon", and "it has been learnt"
            "美, 中 반도체 장비 수출통제 곧 강화",
            "미국 정부가 중국에 대한 반도체 장비 수출통제를 강화하는 방안을 마련한 것으로 "
            "파악됐다. 새 규제는 중국 기업 수십 곳을 대상으로 한다.",
        ),
        (
            # Chinese: "即将" in the headline, "记者获悉" in the lead
            "美国即将扩大对华芯片设备出口管制",
            "记者获悉，美国政府正准备扩大对华芯片设备的出口管制范围，新增数十家中国企业。",
        ),
    ],
)
def test_a_measure_to_come_told_from_what_the_outlet_learnt_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            # the ministry's own announcement, "soon" in the body only
            "経産省、先端半導体の輸出規制強化を発表",
            "経済産業省は12日、先端半導体の輸出規制を強化すると発表した。省令は近く施行する。",
            ("JP", "tightening"),
        ),
        (
            # an act already taken, reported by a paper
            "中国、ガリウムの輸出を制限開始 米紙報道",
            "中国政府がガリウムの輸出を制限し始めたと、アメリカの新聞が報じた。",
            ("CN", "tightening"),
        ),
        (
            # no future in the headline: the reporter's source is no leak of a plan
            "美国将扩大对华芯片设备出口管制",
            "记者获悉，美国商务部将于下月扩大对华芯片设备的出口管制范围。",
            ("US", "tightening"),
        ),
        (
            # "곧바로" is "at once", not "soon"
            "中 상무부, 갈륨 수출 곧바로 통제",
            "중국 상무부는 3일 갈륨 수출을 곧바로 통제한다고 발표했다.",
            ("CN", "tightening"),
        ),
    ],
)
def test_a_state_s_own_act_under_the_same_words_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


def test_a_non_past_verb_before_naka_is_a_circumstance(analyzer: Analyzer) -> None:
    """ "米国が…規制を強化する中、政府は…検討を進めている": the US measure is circumstance."""
    found = dated(
        analyzer,
        "政府 中国念頭の半導体輸出管理を検討",
        "米国が中国に対して、先端半導体や製造装置の輸出規制を強化する中、政府は中国を念頭に"
        "した輸出管理について検討を進めています。",
        "2023-01-28",
    )
    assert ("US", "tightening") not in main_of(found), brief(found)


def test_the_act_after_the_amid_clause_stays_news(analyzer: Analyzer) -> None:
    """ "…要請が強まる中、経産省は…強化すると発表した": the clause after the comma is news."""
    found = dated(
        analyzer,
        "経産省、半導体装置の輸出規制強化を発表",
        "米国の要請が強まる中、経済産業省は半導体製造装置23品目の輸出規制を強化すると発表した。",
        "2023-03-31",
    )
    assert ("JP", "tightening") in main_of(found), brief(found)


def test_a_korean_relative_clause_on_a_plain_noun_is_a_standing_regime(
    analyzer: Analyzer,
) -> None:
    """ "…수출을 제한하는 품목이다": the verb describes the item, no act of this story."""
    found = dated(
        analyzer,
        "美 검찰, 엔비디아 칩 불법 수출한 업자 기소",
        "미국 검찰은 엔비디아 칩을 중국으로 불법 수출한 혐의로 업자 2명을 기소했다. 문제가 된 "
        "칩은 H100으로, 미국 정부가 중국으로의 수출을 제한하는 품목이다.",
        "2024-01-10",
    )
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        # the head noun is the measure itself
        "미국 상무부는 5일 중국으로의 AI 칩 수출을 제한하는 조치를 발표했다.",
        # "-는 한편": "while", the verb is the sentence's own
        "미국 상무부는 5일 중국으로의 AI 칩 수출을 제한하는 한편 동맹국에 대한 수출은 허용했다.",
    ],
)
def test_a_relative_clause_on_the_measure_stays_news(analyzer: Analyzer, body: str) -> None:
    found = dated(analyzer, "美, 중국 AI 칩 수출 제한", body, "2024-01-10")
    assert ("US", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            # an outlook on a measure told with no day: "only the beginning" (round 34: a
            # lead that dates the state's announcement to a day reports it, news)
            "中 희토류 수출통제는 시작에 불과…흑연으로 확대 가능",
            "중국 상무부는 이달 초 희토류 2종에 대한 수출 제한 조치를 시행한다고 밝혔다. 업계는 "
            "흑연 등으로 통제가 확대될 수 있다고 본다.",
        ),
        (
            "美国对华芯片出口管制只是开始",
            "美国商务部本周宣布限制向中国出口先进AI芯片。分析人士认为，更多限制可能随后到来。",
        ),
        (
            "中国のガリウム輸出規制は序の口 黒鉛にも拡大か",
            "中国商務省は今月初め、ガリウムの輸出を許可制にすると発表した。専門家は、対象が黒鉛に"
            "広がる可能性を指摘する。",
        ),
        (
            "China's gallium curbs are just the beginning, analysts say",
            "China's commerce ministry said on Monday it would require export licences for "
            "gallium. Analysts expect more metals to follow.",
        ),
        (
            # an analysis named as the headline's noun
            "美国对英伟达芯片出口限制的影响分析",
            "美国商务部本周宣布限制英伟达向中国出口H20芯片。本文分析其对公司营收的影响。",
        ),
    ],
)
def test_an_outlook_or_analysis_headline_tells_a_known_measure(
    analyzer: Analyzer, title: str, body: str
) -> None:
    """Round 19: the headline's predicate is an outlook on the measure, not the measure."""
    found = dated(analyzer, title, body, "2023-07-06")
    assert found, "the measure is still read, as background"
    assert not main_of(found), brief(found)


def test_a_first_report_with_an_outlook_tail_stays_news(analyzer: Analyzer) -> None:
    """The headline announces the act before the outlook cue: the measure's own story."""
    found = dated(
        analyzer,
        "美国宣布扩大对华芯片出口管制 分析称只是开始",
        "美国商务部周一宣布扩大对华AI芯片出口管制，新增二十家中国企业。",
        "2023-07-06",
    )
    assert ("US", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "政府 半導体の輸出管理を検討",
            "政府は中国を念頭にした輸出管理について検討を進めています。\n軍事転用できる半導体を"
            "輸出する際は、経済産業大臣の許可が必要で、今後、対象品目について調整を行うことに"
            "しています。",
        ),
        (
            "정부, 반도체 수출관리 검토",
            "정부는 반도체 수출관리 강화를 검토하고 있다.\n군사 전용이 가능한 반도체를 수출할 "
            "때는 산업부 장관의 허가를 받아야 한다.",
        ),
    ],
)
def test_a_duty_told_for_whenever_one_acts_is_the_standing_rule(
    analyzer: Analyzer, title: str, body: str
) -> None:
    """Round 19: "…を輸出する際は…許可が必要で", "수출할 때는 … 받아야 한다": the rule stands."""
    found = dated(analyzer, title, body, "2023-03-31")
    assert not main_of(found), brief(found)


def test_a_duty_that_comes_into_being_stays_news(analyzer: Analyzer) -> None:
    """ "7月から…輸出する際は許可が必要になる": a verb of becoming makes it a new rule."""
    found = dated(
        analyzer,
        "経産省、半導体装置23品目を輸出規制",
        "経済産業省は31日、省令を改正し、半導体製造装置23品目を輸出規制の対象に加えた。7月から、"
        "これらを輸出する際は経済産業大臣の許可が必要になる。",
        "2023-03-31",
    )
    assert ("JP", "tightening") in main_of(found), brief(found)
