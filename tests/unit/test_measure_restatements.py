"""Bills, notices, consequences, expected effects and carve-outs in CJK copy (issue 11).

Round 16 shapes of a blind held-out set, in our own words:

1. A bill's provisions are not acts ("法案規定，商務部必須…拒絕…許可申請"), and a move to
   stop an easing does not ease ("阻止總統進一步放寬…"). Contrast: an easing announced.
2. A Korean notice pre-announced for comment ("…개정안을 행정예고") is no act; the
   amendment put in force ("…개정안을 1일부터 시행한다") is.
3. A consequence sentence ("이번 조치로 …", "これにより…", "이에 따라 …") restates the
   measure before it: no second event with another action.
4. An expected effect ("부담이 완화될 것으로 예상된다") is no easing; an exemption inside
   the same state's measure ("…加征25%关税，…的芯片适用豁免") belongs to it. Contrast: an
   exemption granted on its own later stays an easing.
5. A measure noun as its clause's subject takes the clause verb's modality ("규제가 …
   적용될 수 있지만"). Contrast: "새 규제가 2일부터 … 적용된다".
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events, main_of


def test_a_bills_provisions_and_a_prevented_easing_are_no_acts(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "美參議員提案 限制政府放寬AI晶片出口",
        "兩名美國參議員週四提出一項法案，將限制政府在未來兩年內放寬AI晶片出口管制。法案規定，"
        "商務部必須拒絕中國買家取得先進AI晶片的所有許可申請。這是國會議員阻止總統進一步放寬"
        "晶片出口的少見舉措。",
    )
    assert not [e for e in found if e.primary], brief(found)
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)  # the bill's target


def test_an_easing_announced_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "美國放寬對中東AI晶片出口",
        "美國商務部週四宣布放寬對中東國家的AI晶片出口許可。",
        ("US", "easing"),
    )


def test_a_notice_pre_announced_for_comment_is_no_act(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "산업부, 반도체 장비 수출 통제 고시 개정안 행정예고",
        "산업통상자원부는 첨단 반도체 장비 12종을 전략물자로 추가 지정하는 고시 개정안을 행정 "
        "예고한다고 밝혔다. 개정 절차를 밟은 후 내년 상반기 중 시행될 예정이다.",
        None,
    )


def test_a_notice_put_in_force_is_an_act(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "산업부, 반도체 장비 수출 통제 고시 개정안 시행",
        "산업통상자원부는 첨단 반도체 장비 12종을 전략물자로 추가 지정하는 고시 개정안을 "
        "1일부터 시행한다고 밝혔다. 이에 따라 해당 장비를 수출하려는 기업은 산업부의 수출허가를 "
        "받아야 한다.",
        ("KR", "tightening"),
    )


def test_a_consequence_sentence_restates_the_measure(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "中 상무부, 갈륨·게르마늄 대미 수출 통제 강화",
        "중국 상무부는 갈륨과 게르마늄의 대미 수출 통제를 강화한다고 발표했다. 이번 조치로 두 "
        "품목의 대미 수출은 원칙적으로 금지된다.",
    )
    main = [e for e in found if e.primary]
    assert main_of(found) == {("CN", "tightening")}, brief(found)
    assert len(main) == 1, brief(found)  # not a second event with another action


def test_an_expected_effect_is_no_easing(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "러시아 의료기기 상황허가 면제",
        "산업부는 러시아로 수출하는 의료기기에 대해 상황허가를 면제한다고 밝혔다. 이에 관련 "
        "기업의 절차적 부담이 완화될 것으로 예상된다.",
    )
    assert not [e for e in found if "예상" in e.evidence], brief(found)


def test_an_exemption_inside_a_measure_belongs_to_it(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "美对进口芯片加征25%关税",
        "美国总统签署公告，对部分进口芯片加征25%关税，用于美国数据中心和初创企业的芯片适用豁免。",
    )
    assert main_of(found) == {("US", "tightening")}, brief(found)


def test_a_later_exemption_of_its_own_is_an_easing(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "商务部：对符合条件的民用出口予以豁免",
        "禁令实施一周后，商务部周五宣布，对符合条件的两用物项民用出口予以豁免。",
    )
    assert ("CN", "easing") in main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "보고서는 최악의 경우 미국의 기술을 쓴 외국산 제품에 대해 직접적인 규제가 SK하이닉스 "
        "제품에 적용될 수 있지만 타격은 작을 것이라고 분석했다.",
        "미국 정부의 직접적인 규제가 SK하이닉스 제품에 적용될 수 있다고 한 연구기관이 밝혔다.",
    ],
)
def test_a_measure_that_could_apply_is_no_act(analyzer: Analyzer, body: str) -> None:
    # "규제가 … 적용될 수 있지만": the measure noun is its clause's subject; the clause's
    # verb, past the words right after the noun, carries the modality.
    check(analyzer, "SK하이닉스 HBM 공급 전망", body, None)


def test_a_measure_that_applies_from_a_day_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "美 상무부, 대중 수출 규제 시행",
        "미국 상무부는 새 규제가 2일부터 중국으로 수출되는 첨단 반도체 장비에 적용된다고 밝혔다.",
        ("US", "tightening"),
    )
