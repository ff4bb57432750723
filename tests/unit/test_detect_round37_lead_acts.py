"""Lead sentences that state an act but were read as background (round 37, issue 11).

A state's own announcement dated to a day of last month within the news week; an
announced extension of a measure a past relative clause dates; a measure brought
forward; restrictions that took effect today; a review of a firm's products announced.
Each shape with its near miss.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check, dated, main_of


@pytest.mark.parametrize(
    "body",
    [
        "미국 상무부는 지난달 29일 삼성과 SK하이닉스의 중국 공장을 검증된 최종 사용자(VEU) "
        "목록에서 제외하겠다고 관보를 통해 밝혔다.",
        "美国商务部上月29日通过联邦公报宣布，将把三星和SK海力士的中国工厂从经验证最终用户"
        "名单中移除。",
    ],
)
def test_a_day_of_last_month_within_the_week_is_the_leads_news(
    analyzer: Analyzer, body: str
) -> None:
    found = dated(analyzer, "반도체", body, "2025-09-02")
    assert ("US", "tightening") in main_of(found)


def test_a_day_of_last_month_weeks_back_stays_background(analyzer: Analyzer) -> None:
    body = (
        "미국 상무부는 지난달 29일 삼성과 SK하이닉스의 중국 공장을 검증된 최종 사용자(VEU) "
        "목록에서 제외하겠다고 관보를 통해 밝혔다."
    )
    assert not main_of(dated(analyzer, "반도체", body, "2025-09-20"))
    # "last month" without its day stays a background cue
    bare = "미국 상무부는 지난달 중국 공장을 VEU 목록에서 제외하겠다고 밝혔다."
    assert not main_of(dated(analyzer, "반도체", bare, "2025-09-02"))


@pytest.mark.parametrize(
    "body",
    [
        "미국 상무부는 지난 2022년 시행한 중국 대상 반도체 수출 통제를 마카오까지 확대 "
        "적용한다고 17일 밝혔다.",
        "미국 상무부는 앞서 중국에 적용한 반도체 수출 통제를 마카오에도 확대 적용한다고 "
        "17일 발표했다.",
        "米商務省は2022年10月に導入した対中半導体輸出規制をマカオにも広げて適用すると17日発表した。",
        "美国商务部17日宣布，将去年出台的对华芯片出口管制扩大至澳门。",
    ],
)
def test_an_announced_extension_of_an_earlier_measure_is_news(
    analyzer: Analyzer, body: str
) -> None:
    assert ("US", "tightening") in main_of(dated(analyzer, "반도체", body, "2025-01-18"))


@pytest.mark.parametrize(
    "body",
    [
        "미국 상무부가 지난 2022년 도입한 중국 대상 반도체 수출 통제는 효과가 없었다고 "
        "전문가들은 말했다.",
        "米商務省は2022年10月に対中半導体輸出規制を導入した。",
        "美国去年出台的对华芯片出口管制影响了英伟达的销售。",
        # the day before the relative clause dates the announcement itself
        "미국 상무부는 지난 2일 앞서 도입한 반도체 장비 수출 통제를 강화한다고 발표했다.",
        "미국 상무부는 지난해 10월 중국에 대한 반도체 수출 통제를 발표했다.",
    ],
)
def test_a_measure_dated_without_an_announced_act_stays_background(
    analyzer: Analyzer, body: str
) -> None:
    assert not main_of(dated(analyzer, "반도체", body, "2025-01-18"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Commerce Department brought forward its ban on H20 chip exports to China.", "US"),
        ("Die niederländische Regierung hat das Exportverbot für ASML-Anlagen vorgezogen.", "NL"),
        ("De Nederlandse regering vervroegt de exportbeperkingen voor ASML-machines.", "NL"),
        ("Le gouvernement français avance l'interdiction d'exporter des puces Nvidia.", "FR"),
        ("El gobierno chino adelanta la prohibición de exportar galio.", "CN"),
        ("Il governo italiano anticipa il divieto di esportare chip avanzati.", "IT"),
        ("日本政府は半導体製造装置の輸出規制を前倒しした。", "JP"),
        ("한국 정부는 반도체 장비 수출 통제 시행을 앞당겼다.", "KR"),
    ],
)
def test_a_measure_brought_forward_is_a_tightening_act(
    analyzer: Analyzer, body: str, expected: str
) -> None:
    check(analyzer, "Chips", body, (expected, "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "The Commerce Department plans to bring forward its ban on H20 chip exports.",
        "Nvidia brought forward its quarterly results by a week.",
        "Nvidia vervroegt de publicatie van zijn kwartaalcijfers.",
    ],
)
def test_a_plan_to_bring_forward_or_a_firms_date_is_no_act(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Chips", body, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("De Nederlandse exportrestricties die vandaag zijn ingegaan raken ASML hard.", "NL"),
        ("Die heute in Kraft getretenen niederländischen Exportbeschränkungen treffen ASML.", "NL"),
        (
            "ASML spürt die niederländischen Exportbeschränkungen, die heute in Kraft "
            "getreten sind.",
            "NL",
        ),
        ("Les restrictions néerlandaises entrées en vigueur aujourd'hui pèsent sur ASML.", "NL"),
        ("Las restricciones estadounidenses que entraron en vigor hoy afectan a Nvidia.", "US"),
        ("Le restrizioni americane entrate in vigore oggi colpiscono Nvidia.", "US"),
        ("The US export curbs that took effect today hit Nvidia's sales in China.", "US"),
    ],
)
def test_a_measure_put_into_force_today_by_its_relative_clause_is_news(
    analyzer: Analyzer, body: str, expected: str
) -> None:
    check(analyzer, "Chips", body, (expected, "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "De Nederlandse exportrestricties die vorig jaar zijn ingegaan raken ASML hard.",
        "Les restrictions néerlandaises entrées en vigueur l'an dernier pèsent sur ASML.",
        "The US export curbs that took effect last year hit Nvidia's sales in China.",
        "Die im vergangenen Jahr in Kraft getretenen niederländischen Exportbeschränkungen "
        "treffen ASML.",
    ],
)
def test_a_measure_in_force_since_another_day_stays_background(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "Chips", body, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "L'Agenzia per la cybersicurezza nazionale ha annunciato l'esame dei chip di Nvidia.",
            "IT",
        ),
        ("L'ANSSI a annoncé l'examen des puces Nvidia vendues en France.", "FR"),
        ("El gobierno chino anunció la revisión de los chips de Nvidia vendidos en el país.", "CN"),
        ("O governo chinês anunciou a revisão dos chips da Nvidia vendidos no país.", "CN"),
        ("Die Bundesregierung hat die Überprüfung der Nvidia-Chips angekündigt.", "DE"),
    ],
)
def test_a_review_of_a_firms_products_announced_by_a_state_is_a_probe(
    analyzer: Analyzer, body: str, expected: str
) -> None:
    check(analyzer, "Nvidia", body, (expected, "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "Nvidia hat die Überprüfung seiner Prognose angekündigt.",
        "Nvidia anunció la revisión de sus previsiones para el año.",
        "Le gouvernement français a annoncé l'examen du projet de loi sur les puces.",
    ],
)
def test_a_firms_review_or_a_bills_reading_is_no_probe(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Nvidia", body, None)
