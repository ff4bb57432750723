"""Three error classes of a held-out set of real news (issue 11), on our own sentences.

1. Pieces that are not news of a measure: a state's condemnation of another's measure
   (a briefing's complaint), with the contrast of a complainant that acts and of real
   news quoted by analysts.
2. The acting state: the reacting state of a headline, unnamed "other countries", a
   Japanese agent marked by による, a Romance measure whose author follows it ("les
   restrictions de Washington"), the destination of an investment; with a retaliation
   story where the reacting state does act.
3. Approvals of investments and filings, and an easing granted as permission in Dutch;
   with the contrast of a subsidised plant's approval (no event, as the shared dev set
   labels it) and of a firm's own capital increase.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------- class 3: a regulator approving a firm's investment or filing


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


# ------------- class 2: who acts


def test_a_japanese_agent_marked_by_niyoru(analyzer: Analyzer) -> None:
    title = "経産相、米国による半導体輸出規制の影響は「限定的」"
    body = "経済産業相は、米国による半導体輸出規制の影響について、限定的だと述べた。"
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "JP"], brief(found)


def test_other_countries_rules_are_no_act(analyzer: Analyzer) -> None:
    title = "輸出管理、各国の規制踏まえ対応＝経産相"
    body = "経済産業相は、輸出管理は国際的な協調のもとで実施していると説明した。"
    check(analyzer, title, body, None)


def test_a_reacting_headline_state_is_not_the_bodys_actor(analyzer: Analyzer) -> None:
    title = "Pékin fustige les nouvelles restrictions sur les puces"
    body = (
        "Cette nouvelle vague de sanctions vise plus de cent entreprises chinoises, selon "
        "l'administration Biden."
    )
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


def test_a_romance_measure_whose_author_follows_it(analyzer: Analyzer) -> None:
    # the reacting ministry is the sentence's source, not the measure's author
    body = (
        "Les nouvelles sanctions de Washington visent 140 entreprises chinoises, a indiqué "
        "mardi le ministère chinois du Commerce."
    )
    check(analyzer, "", body, ("US", "tightening"))


def test_a_romance_measure_on_a_states_exports_is_not_its(analyzer: Analyzer) -> None:
    # contrast: "sur les exportations de la Chine" names whose goods, not the author
    body = "Washington a annoncé lundi de nouvelles restrictions sur les exportations de la Chine."
    check(analyzer, "", body, ("US", "tightening"))


def test_a_singular_romance_noun_keeps_de_as_a_place(analyzer: Analyzer) -> None:
    # contrast: "la prohibición de importación de China" may name the goods' origin
    body = "El Gobierno anunció el lunes una prohibición de importación de China de chips."
    found = events(analyzer, "", body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


def test_a_french_perfect_is_a_verb(analyzer: Analyzer) -> None:
    body = "La Chine a interdit l'exportation de gallium vers les États-Unis, mardi."
    check(analyzer, "", body, ("CN", "tightening"))


def test_a_retaliation_where_the_reacting_state_acts(analyzer: Analyzer) -> None:
    # contrast: the reacting state announces its own measure
    title = "China hits back at US chip curbs with gallium export ban"
    body = (
        "China's commerce ministry on Tuesday banned exports of gallium and germanium to "
        "the United States, a day after Washington expanded its chip export controls."
    )
    check(analyzer, title, body, ("CN", "tightening"), only_actor=False)


# ------------- class 1: a condemnation is not news of the measure


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "商务部回应美方芯片管制：损人不利己",
            "商务部新闻发言人表示，美方限制对华出口先进芯片，违背市场规律，中方坚决反对。",
        ),
        (
            "",
            "发言人说，美方滥用出口管制措施，对中国芯片产品加严管制，中方将采取必要措施。",
        ),
        (
            "",
            "Le porte-parole a dénoncé un abus des mesures de contrôle, après que Washington a "
            "restreint les exportations de puces.",
        ),
    ],
)
def test_a_condemnation_names_the_measure_as_its_object(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_a_complainant_that_announces_acts(analyzer: Analyzer) -> None:
    # contrast: the condemning state announces its own measure in the sentence
    body = "针对美方滥用出口管制，商务部宣布对原产于美国的相关模拟芯片进行反倾销调查。"
    check(analyzer, "", body, ("CN", "tightening"))


def test_real_news_with_analyst_quotes_stays_news(analyzer: Analyzer) -> None:
    # contrast: analysts weigh the cost, the act is still the news
    title = "US adds 30 Chinese chip firms to Entity List"
    body = (
        "The Commerce Department on Monday added 30 Chinese chip firms to the Entity List. "
        "Analysts said the move could cost American suppliers billions of dollars in sales."
    )
    check(analyzer, title, body, ("US", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "Die Bundesregierung hat bis jetzt keine Lizenzen für den Export von Chips nach China "
        "erteilt.",
        "De regering heeft nog geen vergunningen voor de export van chips naar China verleend.",
    ],
)
def test_a_verb_final_grant_negated_before_its_licence(analyzer: Analyzer, body: str) -> None:
    # a licence slowdown: no licence granted yet is no easing
    check(analyzer, "", body, None)


def test_a_verb_final_grant_without_negation_stays_news(analyzer: Analyzer) -> None:
    # contrast
    body = "Die Bundesregierung hat am Montag Lizenzen für den Export von Chips nach China erteilt."
    check(analyzer, "", body, ("DE", "easing"))
