"""Licences and approvals, own sentences: what grants, what binds, what grants nothing.

Approvals that grant nothing (``approval.py``: a procedure, a duty), an authorisation
one must apply for or that is taken back, "none approved"; licences issued, granted with
the verb last, in the passive; a licence duty told as an adjective, by a strategic list or
a designation as core technology; export approvals for a plant. Written over issue 11's
rounds 3 to 14.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events, primary

# ------------------------------------------------------------ approvals granting nothing


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a procedure: the measure was approved by the cabinet
        ("", "经国务院批准，商务部决定对相关钨制品实施出口管制。", ("CN", "tightening")),
        (
            "",
            "国務院の認可を経て、中国商務省はアンチモン関連品の輸出規制を実施すると発表した。",
            ("CN", "tightening"),
        ),
        # an obligation states a licence duty
        ("", "Exporters must obtain approval from the ministry before shipping the tools.", None),
        ("", "出口企业须获得主管机关核准方可出货。", None),
        # a law describing a power, a standing permission
        ("", "The screening law allows the minister to block chip deals.", None),
        ("", "It is the most advanced chip the company is allowed to sell in China.", None),
        # an approval of an ordinance grants nothing about chips
        (
            "",
            "Japan's cabinet approved an ordinance amending the export trade control order.",
            None,
        ),
        # a real approval names what it grants
        (
            "",
            "The Commerce Department approved exports of Nvidia's H20 to China.",
            ("US", "easing"),
        ),
    ],
)
def test_approvals_that_grant_nothing(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    found = events(analyzer, title, body)
    approvals = {(e.jurisdiction, e.direction) for e in found if e.action == "approve"}
    if expected is None or expected[1] != "easing":
        assert not approvals, brief(found)
    if expected is not None:
        assert expected in primary(analyzer, title, body), brief(found)


# ------------------------------------- export approvals for a plant are trade policy


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "US to allow yearly tool export approvals for two Korean memory fabs in China",
            "",
            ("US", "easing"),
        ),
        # contrast: a plant approved, or a subsidy for one, is no chip policy
        ("", "The cabinet approved three new chip plants in the north.", None),
        ("", "Japan approved subsidies for two chip factories.", None),
    ],
)
def test_export_approvals_for_a_fab(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


# ------------------------- German and Dutch licence nouns: compounds, long middle field


@pytest.mark.parametrize(
    "body, state",
    [
        ("Die US-Regierung hat Exportlizenzen für die H20 erteilt.", "US"),
        ("Het kabinet heeft exportvergunningen voor de machines van ASML verleend.", "NL"),
        (
            "Das US-Handelsministerium hat begonnen, Lizenzen für die Ausfuhr "
            "der angepassten Beschleuniger von AMD zu erteilen.",
            "US",
        ),
    ],
)
def test_licence_granted_with_the_verb_last(analyzer: Analyzer, body: str, state: str) -> None:
    check(analyzer, "", body, (state, "easing"))


# ------------- licences issued (Japanese)


def test_licences_issued_in_japanese_ease(analyzer: Analyzer) -> None:
    body = "米商務省がエヌビディアのAI半導体について、中国向けの輸出許可を発行し始めた。"
    check(analyzer, "", body, ("US", "easing"))


# ------------- a German / Dutch licence duty as an adjective


@pytest.mark.parametrize(
    "body",
    [
        "Die Niederlande machen die Ausfuhr bestimmter Chipmaschinen ab Januar "
        "genehmigungspflichtig.",
        "De Nederlandse regering maakt de export van bepaalde chipmachines vanaf januari "
        "vergunningplichtig.",
    ],
)
def test_a_licence_bound_adjective_is_a_licence_duty(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("NL", "tightening"))


# ------------- an authorisation one must apply for grants nothing


def test_applying_for_an_authorisation_is_no_approval(analyzer: Analyzer) -> None:
    body = (
        "The Dutch government published the ministerial order on Friday. Under the order it "
        "will now be necessary to apply for an export authorisation to export certain "
        "lithography tools."
    )
    found = events(analyzer, "", body)
    assert not [e for e in found if e.direction == "easing"], brief(found)


def test_an_authorisation_granted_still_eases(analyzer: Analyzer) -> None:
    # contrast: the authorisation is given
    body = "The Dutch government granted ASML an export authorisation for two machines on Friday."
    check(analyzer, "", body, ("NL", "easing"))


# -------------------- round 12 (zh, ja, ko), class 6: recall: core technology accepted, designated


@pytest.mark.parametrize(
    "body",
    [
        "산업통상자원부는 SK하이닉스의 중국 공장 증설을 위한 D램 국가핵심기술 수출신고 건을 검토한 "
        "후, 9일 이를 최종 수리했다.",
        "지식경제부는 삼성전자의 낸드플래시 국가핵심기술 수출 신고를 심의한 뒤 이를 승인했다.",
    ],
)
def test_a_core_technology_export_accepted_is_an_approval(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("KR", "easing"))


def test_goods_added_to_the_strategic_list_in_force_are_a_licence_duty(
    analyzer: Analyzer,
) -> None:
    check(
        analyzer,
        "산업부, 반도체 장비 전략물자 추가 고시 개정 시행",
        "산업통상자원부는 반도체 장비 5종을 전략물자에 추가하는 고시 개정안을 오늘부터 "
        "시행한다고 밝혔다. 지난달 행정예고를 거쳤다.",
        ("KR", "tightening"),
    )


def test_a_technology_designated_as_core_is_a_licence_duty(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "",
        "산업통상자원부는 HBM 설계·공정 기술을 국가핵심기술로 신규 지정했다고 밝혔다. 관련 고시 "
        "개정안은 다음 달 시행한다.",
        ("KR", "tightening"),
    )


def test_a_duty_told_as_the_laws_content_is_no_new_measure(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "산업부는 삼성전자의 낸드 기술 수출신고를 수리했다. 한편 관련 법률상 국가핵심기술 수출은 "
        "정부의 승인을 받아야 한다.",
    )
    main = {(e.jurisdiction, e.action, e.direction) for e in found if e.primary}
    assert ("KR", "license", "tightening") not in main, brief(found)
    assert ("KR", "approve", "easing") in main, brief(found)


# ------------- round 12 (English), class 2: a revoked authorisation is a tightening


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "US revokes chipmaker's waiver for its Wuxi plant",
            "The company said its VEU authorisation for SK Hynix Wuxi will be revoked at "
            "the end of the year.",
        ),
        (
            "Chipmakers lose US waivers for China fabs",
            "Samsung said the exemption for Samsung Xian would be withdrawn in 120 days, "
            "after Washington told it on Friday.",
        ),
    ],
)
def test_an_authorisation_taken_back_is_no_approval(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.direction == "easing"], brief(found)
    if title:
        check(analyzer, title, body, ("US", "tightening"))


def test_a_revocation_verb_before_the_licence_is_a_tightening(analyzer: Analyzer) -> None:
    body = (
        "The US on Friday rescinded the chipmakers' authorisations to ship American tools "
        "to their plants in China."
    )
    check(analyzer, "", body, ("US", "tightening"))


def test_an_authorisation_granted_stays_an_easing(analyzer: Analyzer) -> None:
    # contrast: nothing takes it back
    body = (
        "The Commerce Department on Monday granted the chipmaker an authorisation to ship "
        "American tools to its plant in China for a year."
    )
    check(analyzer, "", body, ("US", "easing"))


# ---- round 14 (European languages), class 5: a negative determiner before a passive easing


@pytest.mark.parametrize(
    "body",
    [
        "Uma autoridade dos Estados Unidos afirmou que, até o momento, nenhuma unidade do chip "
        "H200, da Nvidia, foi aprovada para venda à China.",
        "Nessuna licenza per l'export dei chip H200 verso la Cina è stata approvata dal "
        "Dipartimento del Commercio.",
    ],
)
def test_none_approved_is_no_approval(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Nota", body, None)


@pytest.mark.parametrize(
    "body",
    [
        "O Departamento de Comércio afirmou que as licenças para o chip H200 da Nvidia foram "
        "aprovadas para venda à China.",
        "Le licenze per l'export dei chip H200 verso la Cina sono state approvate dal "
        "Dipartimento del Commercio.",
    ],
)
def test_an_approval_in_the_passive_stays(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Nota", body, ("US", "easing"))


# ------------- round 11, class 3: a regulator approving a firm's investment or filing
# (was in test_detect_precision11.py)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Taipei clears chipmaker's new funding for its Japanese plant",
            "The Investment Commission on Monday approved an application by TSMC to inject "
            "a further US$2 billion into its subsidiary in Japan.",
        ),
        (
            "投审会通过联电增资新加坡子公司",
            "经济部投审会今日召开会议，通过联电以15亿美元增资新加坡子公司，用于扩建晶圆厂。",
        ),
        (
            "",
            "經濟部投審會昨天核准台積電以30億美元增資美國子公司，作為營運資金。",
        ),
    ],
)
def test_an_investment_approval_is_the_regulators(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("TW", "easing"))
    found = events(analyzer, title, body)
    assert any(e.flow == "investment" for e in found if e.primary), brief(found)


def test_a_core_technology_export_filing_accepted(analyzer: Analyzer) -> None:
    body = "산업통상자원부는 한 반도체 장비 업체의 국가핵심기술 수출 신고를 수리했다고 20일 밝혔다."
    check(analyzer, "", body, ("KR", "easing"))


def test_a_subsidised_plant_approval_stays_no_event(analyzer: Analyzer) -> None:
    # contrast (dev dC-043): a plant sized by its investment is a subsidy decision
    body = (
        "The Union Cabinet on Wednesday approved two semiconductor units in Gujarat with a "
        "combined investment of Rs 20,000 crore under the chip incentive scheme."
    )
    check(analyzer, "", body, None)


def test_a_firms_own_capital_increase_is_no_approval(analyzer: Analyzer) -> None:
    # contrast: "通过…增资" with a firm as subject is the firm's way of raising capital
    body = "该公司拟通过增资扩股方式引入战略投资者，用于新建封装测试产线。"
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China staat export van Nexperia-chips weer toe",
            "China geeft onder voorwaarden opnieuw toestemming voor de uitvoer van chips uit "
            "de Chinese fabriek van Nexperia, meldt het ministerie van Handel.",
        ),
        (
            "China verleent vrijstellingen voor Nexperia-chips",
            "Het ministerie van Handel verleent vrijstellingen voor de export van chips voor "
            "civiel gebruik.",
        ),
    ],
)
def test_a_dutch_permission_is_an_easing(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, ("CN", "easing"))


def test_the_halt_an_easing_ends_is_its_background(analyzer: Analyzer) -> None:
    title = "China verleent toestemming voor export van Nexperia-chips"
    body = (
        "China verleent toestemming voor de export van chips van Nexperia voor civiel "
        "gebruik.\n\nDe ruzie begon toen Den Haag ingreep bij het bedrijf. China stopte "
        "daarna de export van in China gemaakte chips."
    )
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary and e.direction == "tightening"], brief(found)
    check(analyzer, title, body, ("CN", "easing"))


def test_a_new_curb_beside_an_easing_on_other_firms_stays_news(analyzer: Analyzer) -> None:
    # contrast: the tightening names a target the easing does not
    title = "China grants exemptions for Nexperia chips"
    body = (
        "China granted exemptions for exports of Nexperia chips on Saturday. The commerce "
        "ministry also banned exports of dual-use items to Skydio on Saturday."
    )
    found = events(analyzer, title, body)
    assert any(e.primary and e.direction == "tightening" for e in found), brief(found)
