"""Round 44: who owns a measure, and measures that are plans, hints, causes or a law's text.

Classes read from the spent half of the blind set b63 (issue 11), each tested here in
sentences of our own, in several languages where the class is not English's alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.article import RawArticle
from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Netherlands plans export controls on lithography systems",
            "Manufacturers will need a licence to sell lithography systems to China.",
        ),
        (
            "Niederlande planen Kontrollliste für Lithografie-Systeme",
            "Hersteller benötigen künftig eine Lizenz, um Belichtungsanlagen nach China zu "
            "verkaufen.",
        ),
        (
            "Japón planea restringir la venta de equipos de chips",
            "Los exportadores necesitarán una licencia para vender equipos de litografía a China.",
        ),
    ],
)
def test_a_state_planning_a_measure_in_the_headline_decides_nothing(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


def test_a_planned_measure_the_story_dates_stays_decided(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Japan plans to curb exports of advanced chips",
        "Companies will need licences to ship advanced chips to China. The new curbs are "
        "scheduled to take effect at the end of May, the trade ministry said.",
    )
    assert ("JP", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "YMTC, de grootste geheugenmaker van China, werd in december toegevoegd aan een "
        "Amerikaanse zwarte lijst.",
        "YMTC, el mayor fabricante de memorias de China, fue incluida en una lista negra "
        "estadounidense en diciembre.",
        "YMTC, le premier fabricant chinois de mémoires, a été ajouté à la liste noire "
        "américaine en décembre.",
    ],
)
def test_the_nationality_of_a_blacklist_names_its_keeper(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


def test_entities_named_by_nationality_do_not_keep_the_list(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "", "The US Commerce Department added 36 Chinese entities to the entity list."
    )
    assert main_of(found) == {("US", "tightening")}, brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            "트럼프 대통령이 3일 백악관에서 일본의 모든 제품에 24%의 관세를 부과한다고 발표했다.",
            "US",
        ),
        ("시진핑 국가주석은 미국산 반도체 장비에 대한 추가 관세 부과를 지시했다.", "CN"),
    ],
)
def test_a_leader_with_his_title_is_the_korean_subject(
    analyzer: Analyzer, body: str, state: str
) -> None:
    found = events(analyzer, "", body)
    assert {e.jurisdiction for e in found if e.primary} == {state}, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "中国外務省の報道官は、レアアースの輸出規制強化が含まれると示唆した。",
        "중국 상무부는 희토류 수출 통제를 강화할 수 있음을 시사했다.",
    ],
)
def test_a_hinted_measure_is_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not main_of(found), brief(found)


def test_a_state_written_onto_a_ministry_owns_it(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "中国外務省は、日本向けの軍民両用品の輸出を禁止すると発表した。")
    assert {e.jurisdiction for e in found} == {"CN"}, brief(found)


def test_an_approval_inside_a_quoted_document_name_is_no_grant(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "市場監管總局表示，高通涉嫌違反「市場監管總局關於附加限制性條件批准高通收購恩智浦案"
        "反壟斷審查決定的公告」，依法對高通展開立案調查。",
    )
    assert not [e for e in found if e.direction == "easing"], brief(found)
    assert ("CN", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "安世半导体表示，该公司目前正争取中美两国主管机关的豁免。",
        "Samsung is still awaiting a waiver from Washington for its Xi'an memory plant.",
    ],
)
def test_an_exemption_sought_is_not_granted(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not [e for e in found if e.direction == "easing"], brief(found)


def test_a_state_before_a_firm_named_by_its_trade_does_not_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "Reports said US trading outfit Jump Logistics had been investigated for shipping "
        "advanced chips to China.",
    )
    assert not [e for e in found if e.jurisdiction == "US"], brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "La Cina limita l'export di gallio",
            "Il gallio serve a produrre il nitruro di gallio, che permette di realizzare chip di "
            "potenza più efficienti.",
        ),
        (
            "China restringe la exportación de galio",
            "El galio se usa para el arseniuro de galio, que permite fabricar chips de "
            "radiofrecuencia.",
        ),
    ],
)
def test_a_thing_that_makes_something_possible_grants_nothing(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.direction == "easing"], brief(found)


def test_a_permission_granted_by_name_stays_a_grant(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "", "Il governo italiano permette a Nvidia di vendere chip H20 in Cina."
    )
    assert ("IT", "easing") in main_of(found), brief(found)


def test_a_permission_in_a_provision_of_a_law_is_no_grant(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "국회, 반도체 지원법 처리",
        "반도체 기업의 설비 반입을 예외로 허용하는 조항은 최종 법안에서 빠졌다.",
    )
    assert not [e for e in found if e.direction == "easing"], brief(found)


def test_a_page_banner_is_no_headline(analyzer: Analyzer) -> None:
    body = (
        "![[특별 이벤트] 여름 멤버십](https://img.example.org/banner.jpg)\n\n"
        "엔비디아는 지난 금요일 미국 상무부로부터 H20 칩의 중국 수출 허가를 받았다.\n"
        "엔비디아는 이번 결정으로 손실 위기를 피하게 됐다."
    )
    when = datetime(2025, 8, 9, tzinfo=UTC)
    article = RawArticle(id="banner", title="", body=body, published_at=when, lang="ko")
    found = analyzer.analyze(article, when).events
    assert ("US", "easing") in main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "미국 상무부는 4월 H20 수출을 금지했다. 회사는 또한 제한 조치로 55억달러의 비용이 발생할 "
        "것으로 예상했다.",
        "米商務省は4月、H20の輸出を禁止した。同社は輸出規制により、45億ドルの損失を計上した。",
    ],
)
def test_a_measure_as_the_cause_of_a_loss_is_no_second_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert len([e for e in found if e.primary]) == 1, brief(found)


def test_a_long_agency_name_owns_its_rule_past_the_window(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "Brussels is weighing new chip curbs, which could align its rules with those set by "
        "the Commerce Department's sweeping October chip control rule.",
    )
    assert not [e for e in found if e.jurisdiction == "EU" and e.primary], brief(found)
    assert all(e.jurisdiction == "US" for e in found), brief(found)


def test_a_speech_headline_makes_the_acts_it_weighs_its_subject(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Senator Ruiz Delivers Opening Remarks at Banking Committee Hearing on Chip Exports",
        "Thank you all for coming. By granting licences for H20 sales to China, the "
        "Administration turned export controls into a bargaining chip, and Commerce has "
        "imposed too few curbs on chipmaking tools.",
    )
    assert not main_of(found), brief(found)


def test_an_act_the_lead_reports_stays_news_under_a_speech_headline(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Commerce Secretary's remarks at the export control conference",
        "The Commerce Department on Tuesday added 12 Chinese chip firms to the entity list, "
        "the secretary announced in her keynote.",
    )
    assert ("US", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "中国商務省は公告を発表した。同日より、「日本の軍事関連のエンドユーザー」に対し、"
        "半導体材料の輸出を禁止する。",
        "중국 상무부는 공고를 발표했다. 이날부터 일본의 군사 관련 최종 사용자에 대해 반도체 "
        "소재 수출을 금지한다.",
    ],
)
def test_a_state_the_measure_falls_on_is_not_its_author(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert "JP" not in {e.jurisdiction for e in found}, brief(found)
