"""A measure told as what an easing lifts or changes is no tightening (round 30, issue 11).

Sentences written for these tests in the shape of the class (``eased_content.py``).
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


def _tightenings(analyzer: Analyzer, title: str, body: str, actor: str) -> list[str]:
    found = events(analyzer, title, body)
    return [brief([e]) for e in found if e.jurisdiction == actor and e.direction == "tightening"]


def _has(analyzer: Analyzer, title: str, body: str, actor: str, direction: str) -> bool:
    found = events(analyzer, title, body)
    return any(e.jurisdiction == actor and e.direction == direction for e in found)


# --- a measure noun governed by an easing word ---------------------------------------


def test_looser_controls_secured_are_no_tightening(analyzer: Analyzer) -> None:
    title = "Beijing tells its cloud firms to stop buying Nvidia parts"
    body = (
        "China's regulator told Alibaba to stop buying Nvidia's H20 chips on Monday. "
        "The order is a blow to the company, whose chief executive won looser export "
        "controls on its chips this summer."
    )
    found = events(analyzer, title, body)
    assert not [e for e in found if e.action == "restrict"], brief(found)


def test_easing_demanded_leaves_no_tightening_zh(analyzer: Analyzer) -> None:
    title = "美国考虑允许英伟达H200芯片出口中国"
    body = "据悉，美国商务部正在讨论此事。英伟达多年来一直游说美国政府，要求放宽对华芯片出口限制。"
    assert not _tightenings(analyzer, title, body, "US")


def test_korean_measure_before_its_deferral(analyzer: Analyzer) -> None:
    title = "미국, 한국 기업 중국 공장 장비 반입 허용"
    body = "미국 정부가 한국 기업의 중국 공장에 대한 반도체 장비 반입 규제 유예를 공식 발표했다."
    assert _has(analyzer, title, body, "US", "easing")
    assert not _tightenings(analyzer, title, body, "US")


def test_korean_verb_is_not_a_governed_noun(analyzer: Analyzer) -> None:
    # contrast: "규제하고" is the verb itself; the deferral that follows is another clause's
    body = "미국 상무부는 15일 중국으로의 첨단 반도체 장비 수출을 규제한다고 발표했다."
    assert _has(analyzer, "", body, "US", "tightening")


def test_loosening_verb_object_stays_consumed_en(analyzer: Analyzer) -> None:
    # contrast: a decided easing still reads as one
    body = "The Commerce Department on Monday relaxed export controls on older chips to China."
    assert _has(analyzer, "", body, "US", "easing")
    assert not _tightenings(analyzer, "", body, "US")


# --- the object of a Japanese or Korean easing verb, far before it -----------------------


def test_korean_notice_paragraph_suspended(analyzer: Analyzer) -> None:
    title = "중국, 갈륨·게르마늄 대미 수출통제 1년 유예"
    body = (
        "중국이 갈륨과 게르마늄에 대한 대미 수출통제를 1년 유예하기로 했다. "
        "상무부는 작년 발표한 ‘반도체 소재 대미 수출통제 강화 공고’의 제3항을 내년 말까지 "
        "중단하기로 했다."
    )
    assert _has(analyzer, title, body, "CN", "easing")
    assert not _tightenings(analyzer, title, body, "CN")


# --- a provision's content and a change made to the measure, in an easing story -----------


def test_provision_content_restated_in_easing_story_ko(analyzer: Analyzer) -> None:
    title = "중국, 갈륨 대미 수출통제 유예"
    body = (
        "중국 상무부가 갈륨과 게르마늄의 대미 수출통제를 1년간 유예한다고 9일 밝혔다. "
        "제3항은 갈륨과 게르마늄의 대미 수출을 원칙적으로 금지하는 내용이다."
    )
    assert _has(analyzer, title, body, "CN", "easing")
    assert not _tightenings(analyzer, title, body, "CN")


def test_provision_content_restated_in_easing_story_zh(analyzer: Analyzer) -> None:
    title = "中国暂停对美镓锗出口管制"
    body = (
        "商务部周日宣布，暂停实施对美国出口镓、锗的有关管制措施。"
        "根据此前公告第三款规定，原本原则上不予许可向美国出口镓、锗相关物项。"
    )
    assert _has(analyzer, title, body, "CN", "easing")
    assert not _tightenings(analyzer, title, body, "CN")


def test_provision_of_a_new_ban_stays(analyzer: Analyzer) -> None:
    # contrast: no easing in the story, the provision is the news
    title = "China bans gallium exports to the United States"
    body = (
        "China's commerce ministry issued a notice on Tuesday. "
        "Article 2 of the notice prohibits exports of gallium and germanium to the United States."
    )
    assert _has(analyzer, title, body, "CN", "tightening")


def test_change_in_the_eased_policy_fr(analyzer: Analyzer) -> None:
    title = "China lifts export curbs on gallium"
    body = (
        "Par ailleurs, la Chine a levé les contrôles renforcés sur le graphite destiné aux "
        "États-Unis, un changement notable dans ses politiques de contrôle des exportations "
        "mises en place en décembre 2024."
    )
    assert _has(analyzer, title, body, "CN", "easing")
    assert not _tightenings(analyzer, title, body, "CN")


def test_change_in_the_eased_policy_en(analyzer: Analyzer) -> None:
    title = "China eases graphite curbs"
    body = (
        "The move marks a change in its export control policies on graphite first "
        "introduced in December 2024."
    )
    assert not _tightenings(analyzer, title, body, "CN")


def test_change_to_controls_without_easing_stays(analyzer: Analyzer) -> None:
    # contrast: a change that is the story's own tightening
    body = (
        "The Commerce Department on Tuesday announced changes to its export controls, "
        "adding 40 Chinese firms to the entity list."
    )
    assert _has(analyzer, "", body, "US", "tightening")


def test_chinese_measure_topic_before_suspended_enforcement(analyzer: Analyzer) -> None:
    # "该限制措施将在未来两年内暂停执行": the measure, a time phrase, then the easing verb;
    # the measure is its topic (a suspension), not a halt of trade
    title = "中国暂停对美镓出口限制"
    body = "商务部周日表示，该限制措施将在未来两年内暂停执行。"
    assert _has(analyzer, title, body, "CN", "easing")
    assert not _tightenings(analyzer, title, body, "CN")
