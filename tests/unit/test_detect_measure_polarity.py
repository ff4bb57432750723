"""Round 30 (issue 11): a measure's polarity comes from its head.

A word of the other direction that sits inside one measure makes no second event:
- an approval withheld by a ban or control ("…without the agency's permission", in
  Japanese and Korean "承認なしに", "허가 없이" after the word), an approval whose terms a
  control tightens ("승인에 대한 요건 강화"), an authorisation a firm loses ("losing their
  authorization"): the tightening is the one event;
- a Japanese or Korean restriction right before the verb that suspends or lifts it
  ("장비의 반입 규제 유예", "輸出規制を撤廃"): the easing is the one event;
- an approval of an ordinance (with modifiers before the noun) approves an instrument;
- a Chinese "暂停执行" after the measure it suspends is an easing, not a halt of trade.
The sentences are written for these tests, in the shape of the class.
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import events


def directions(analyzer: Analyzer, title: str, body: str) -> set[tuple[str, str]]:
    """(state, direction) of the article's events."""
    return {(e.jurisdiction, e.direction) for e in events(analyzer, title, body)}


def test_a_japanese_ban_on_exports_without_permission_grants_nothing(
    analyzer: Analyzer,
) -> None:
    found = directions(
        analyzer,
        "米国、中国向けAI半導体の輸出規制を強化",
        "米商務省は17日、高性能なAI半導体を当局の承認なしに中国へ出荷することを禁止する"
        "新たな規則を発表した。",
    )
    assert ("US", "tightening") in found
    assert ("US", "easing") not in found


def test_a_korean_approval_whose_terms_are_tightened_grants_nothing(analyzer: Analyzer) -> None:
    found = directions(
        analyzer,
        "중국, 희토류 기술 수출 통제 강화",
        "중국 상무부는 9일 희토류 가공 기술의 수출 통제를 강화한다고 발표했다. 상무부는 또 "
        "외국 기업과의 합작 승인에 대한 요건 강화와 함께 방산용 수출도 막겠다고 밝혔다.",
    )
    assert ("CN", "tightening") in found
    assert ("CN", "easing") not in found


def test_an_authorization_a_firm_loses_is_no_approval(analyzer: Analyzer) -> None:
    found = directions(
        analyzer,
        "US revokes waivers for chip plants in China",
        "The Commerce Department said on Monday it will end the waivers that two Korean "
        "memory makers hold for their Chinese fabs. Micron is also losing its China "
        "authorization under the same notice, the department said.",
    )
    assert ("US", "tightening") in found
    assert ("CN", "easing") not in found
    assert ("US", "easing") not in found


def test_a_japanese_approval_stays_an_easing(analyzer: Analyzer) -> None:
    found = directions(
        analyzer,
        "米政府、H200の中国向け輸出を承認",
        "米商務省は14日、エヌビディアのH200を中国向けに輸出することを承認した。",
    )
    assert ("US", "easing") in found


def test_a_korean_approval_with_stricter_terms_stays_an_easing(analyzer: Analyzer) -> None:
    found = directions(
        analyzer,
        "미국, 엔비디아 H200 중국 수출 허용",
        "미국 상무부는 엔비디아의 H200 중국 수출을 허용하되 조건을 강화했다고 밝혔다.",
    )
    assert ("US", "easing") in found


def test_a_korean_restriction_the_state_suspends_is_no_tightening(
    analyzer: Analyzer,
) -> None:
    found = directions(
        analyzer,
        "미, 한국 기업 중국 공장 장비 반입 허용",
        "미국 정부는 한국 반도체 기업들의 중국 공장으로 가는 장비의 반입 규제 유예를 13일 "
        "발표했다.",
    )
    assert ("US", "easing") in found
    assert ("US", "tightening") not in found


def test_a_korean_restriction_the_state_imposes_stays(analyzer: Analyzer) -> None:
    found = directions(
        analyzer,
        "미, 중국 공장 장비 반입 규제",
        "미국 정부는 한국 반도체 기업들의 중국 공장으로 가는 장비의 반입을 규제하기로 했다고 "
        "13일 발표했다.",
    )
    assert ("US", "tightening") in found


def test_a_cabinet_approving_a_government_ordinance_approves_an_instrument(
    analyzer: Analyzer,
) -> None:
    found = directions(
        analyzer,
        "Japan widens export controls on chip materials",
        "The trade ministry said on Tuesday that the cabinet had approved a government "
        "ordinance amending the Export Trade Control Order to add chip materials.",
    )
    assert ("JP", "easing") not in found


def test_a_chinese_suspension_of_enforcement_is_an_easing(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "中国调整两用物项出口管制",
        "商务部9日宣布调整两用物项出口管制政策。商务部表示，这意味着对美镓锗出口的限制措施"
        "将在今后一年里暂停执行。",
    )
    assert any(e.jurisdiction == "CN" and e.direction == "easing" for e in found)
    assert not any(e.action == "halt" for e in found)
