"""Impact, assessment and reaction stories in Chinese, Japanese and Korean (issue 11).

Round 16 shapes of a blind held-out set, in our own words:

1. A headline whose news is what a measure does ("…遭美国出口管制重创", "…影響は限定的",
   "… 영향 제한적", "…국내 영향은?"): the measure is context, a background event with its
   own actor. Contrast: the first report of the measure, announced in the headline
   before the cue, stays news.
2. A ministry's answer to another state's announcement: "针对荷兰…宣布将扩大…" is the
   other state's decision, the premise of the answer, not the speaker's own. Contrast:
   the speaker's own decision keeps its act.
3. An accusation in a reaction ("美方泛化国家安全、濫用出口管制，对…实施制裁", "미국은
   수출 통제 조치를 남용하고 … 부당하게 제한했다") restates the other side's measures: no
   event from it; the measure reported elsewhere in the story keeps its own.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------------------------------------------------------ 1. impact headlines


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "中芯国际遭美国出口管制重创",
            "中芯国际周四公布季度报告，称美国去年10月出台的出口管制措施令其订单明显减少。"
            "美国政府当时规定，未经许可，美国企业不得向中国芯片厂商提供先进制程设备。",
        ),
        (
            "米の対中規制、国内装置メーカーへの影響は限定的",
            "米商務省は今月初め、半導体製造装置の対中輸出規制を強化した。"
            "経済産業省の幹部は、国内メーカーへの影響は限定的だとの見方を示した。",
        ),
    ],
)
def test_an_impact_headline_makes_the_measure_context(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary], brief(found)
    # the measure stays, as background, with its own actor
    assert ("US", "tightening") in {(e.jurisdiction, e.direction) for e in found}, brief(found)
    assert all(e.jurisdiction == "US" for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "HBM 대중 수출 통제, 국내 영향은?",
            "미국 상무부가 2일 HBM을 대중 수출 통제 대상에 추가한 가운데, 정부는 국내 기업에 "
            "미칠 영향이 적을 것으로 내다봤다.",
        ),
        (
            '외신 "美 대중 규제, SK하이닉스 HBM 영향 제한적"',
            "미국의 한 정보기술 연구기관은 13일 보고서에서 미국의 대중 반도체 규제가 강화되더라도 "
            "SK하이닉스의 HBM 공급에는 큰 영향이 없을 것으로 내다봤다. 보고서는 직접적인 규제가 "
            "일부 제품에 적용될 수 있지만 매출 비중이 작다고 밝혔다.",
        ),
    ],
)
def test_a_korean_impact_headline_states_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary], brief(found)


def test_the_first_report_of_a_measure_with_its_impact_stays_news(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "美, HBM 대중 수출통제 발표…SK하이닉스 영향 제한적",
        "미국 상무부는 2일(현지시간) 고대역폭메모리(HBM)를 대중국 수출 통제 대상에 추가한다고 "
        "발표했다.",
        ("US", "tightening"),
    )


# ------------------------------------------- 2. another state's announcement answered


def test_another_states_announcement_is_the_answers_premise(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "商务部回应荷兰扩大光刻设备管制",
        "针对荷兰政府近日宣布将扩大部分光刻设备出口管制范围，商务部新闻发言人9日回应称，"
        "中方注意到相关情况。近期双方就此保持沟通。荷方在去年措施基础上进一步扩大管制范围，"
        "中方对此表示不满。",
    )
    assert not [e for e in found if e.primary], brief(found)
    assert {(e.jurisdiction, e.direction) for e in found} == {("NL", "tightening")}, brief(found)


def test_the_speakers_own_decision_stays_news(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "商务部宣布对镓锗相关物项实施出口管制",
        "商务部新闻发言人宣布，决定对镓、锗相关物项实施出口管制，自8月1日起正式实施。"
        "美方滥用出口管制，中方坚决反对。",
        ("CN", "tightening"),
    )


# ---------------------------------------------------------- 3. accusations


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "中 상무부, 갈륨 대미 수출 금지",
            "중국 상무부는 3일 갈륨과 게르마늄의 대미 수출을 금지한다고 발표했다. 상무부는 "
            '"미국은 수출 통제 조치를 남용하고 특정 제품의 대중국 수출을 부당하게 제한했다"고 '
            "주장했다.",
            "CN",
        ),
        (
            "美國將29家實體列入清單 北京批濫用出口管制",
            "美國商務部週五將29家實體列入出口管制清單。中國商務部發言人表示，美方泛化國家安全、"
            "濫用出口管制，對多家中國實體實施制裁，中方堅決反對。",
            "US",
        ),
    ],
)
def test_an_accusation_gives_no_event(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    found = events(analyzer, title, body)
    assert (state, "tightening") in {(e.jurisdiction, e.direction) for e in found if e.primary}
    accused = [e for e in found if any(w in e.evidence for w in ("남용", "濫用", "滥用"))]
    assert not accused, brief(found)  # the complaint restates; the measure keeps its event
    assert {e.jurisdiction for e in found} == {state}, brief(found)


def test_a_stance_alone_keeps_the_listing_as_background(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "商务部坚决反对美国将12家中国实体列入出口管制实体清单。")
    assert {e.jurisdiction for e in found if e.action == "sanction"} == {"US"}, brief(found)
