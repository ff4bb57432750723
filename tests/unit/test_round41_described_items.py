"""An item described by an earlier act is no second act (round 41, issue 11).

"일본 정부가 … 수출규제 품목으로 지정했던 … 고순도 불화수소 수출을 허가했다": the
designation, in the Korean retrospective adnominal ("-던"), describes the items; the
sentence's act is the permit. It was read as a new licence duty beside the grant.
"美国政府批准了此前被列为管制物项的设备出口": "此前" (previously) is an adverb of time,
not the "before" of an approval waited for ("获得批准前不得实施"); the grant was lost.
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


def test_a_korean_retrospective_designation_is_no_new_duty(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "일본 정부가 한국에 대한 1차 수출규제 품목으로 지정했던 반도체 핵심소재 3개 품목 중 "
        "하나인 고순도 불화수소 수출을 허가했다.",
    )
    assert [(e.jurisdiction, e.direction) for e in found] == [("JP", "easing")], brief(found)


def test_a_korean_designation_told_as_the_act_stays_a_duty(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "일본 정부는 고순도 불화수소를 수출규제 품목으로 지정했다.")
    assert [(e.jurisdiction, e.direction) for e in found] == [("JP", "tightening")], brief(found)


def test_chinese_previously_is_no_waiting_for_approval(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "美国政府批准了此前被列为管制物项的设备出口。")
    assert any(e.jurisdiction == "US" and e.direction == "easing" for e in found), brief(found)


def test_chinese_approval_waited_for_stays_no_grant(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "根据新规，相关交易在获得商务部批准前不得实施。")
    assert not any(e.direction == "easing" for e in found), brief(found)


def test_an_agency_before_a_comma_opens_no_list_of_places(analyzer: Analyzer) -> None:
    # "du Commerce, Pékin": the agency and the state after the comma are no list of
    # places after "du" (round 34's "nach China, Iran, Russland"); Beijing acts.
    found = events(
        analyzer,
        "",
        "Selon un communiqué du ministère chinois du Commerce, Pékin interdit l'exportation de "
        "gallium vers les États-Unis.",
    )
    assert [(e.jurisdiction, e.action) for e in found] == [("CN", "ban")], brief(found)


def test_a_list_of_places_still_names_destinations(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "Die USA stoppen den Export von KI-Chips nach China, Iran und Russland.",
    )
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


def test_a_decision_notified_to_firms_is_decided(analyzer: Analyzer) -> None:
    # "…유예한다는 방침을 통보했다": the state told the firms its decision, as "방침을
    # 확정했다" (fixed) and "방침을 밝혔다" (made known) already read; "할 방침이다" is a plan.
    found = events(
        analyzer,
        "",
        "미국 상무부는 삼성전자와 SK하이닉스에 대해 대중 반도체 장비 수출 금지 조치를 1년간 "
        "유예한다는 방침을 통보했다.",
    )
    assert [(e.jurisdiction, e.direction) for e in found] == [("US", "easing")], brief(found)
    planned = events(
        analyzer, "", "미국 상무부는 대중 반도체 장비 수출 금지 조치를 1년간 유예할 방침이다."
    )
    assert not planned, brief(planned)
