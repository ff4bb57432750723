"""Measures named in passing (issue 11, round 18), own sentences.

Class A: a measure inside a concessive or circumstance phrase ("despite the curbs",
"a pesar del veto que … impuso", "apesar do impacto das sanções …, que restringem",
"尽管美国限制", "規制にもかかわらず", "규제에도 불구하고", "…포함시킨 가운데,") is the
circumstance of another story: background (``concessive.py``), still read as an event.
Class B: a headline that analyses, explains or reacts to a known measure ("what it
means", "解读", "해설", "…소식에 약세", "Analysts say …"): the measures are background
(``story_genre.py``, read as impact headlines). Contrasts: the act itself in a main clause,
or a headline that states it in a clause of its own, stays news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

_NOT_NEWS = [
    # Class A: concessive and circumstance phrases, ten languages
    (
        "Chip distributor keeps shipping memory to Huawei",
        "A Hong Kong distributor kept selling memory modules to Huawei, despite the ban "
        "that Washington imposed on such sales, a trade newsletter said.",
    ),
    (
        "Distribuidor asiático sigue vendiendo memorias a Huawei",
        "Un distribuidor asiático sigue vendiendo memorias a la firma china Huawei, a pesar "
        "del veto que el gobierno de Estados Unidos impuso a esas ventas, informó un diario.",
    ),
    (
        "Receita da fabricante de chips supera as estimativas",
        "A fabricante registrou receita recorde no trimestre, apesar do impacto das "
        "restrições dos Estados Unidos contra a China, que proíbem a venda de chips "
        "avançados.",
    ),
    (
        "Chipausrüster hebt Prognose an",
        "Der Konzern hob seine Prognose an, trotz der Sanktionen der USA, die den Verkauf "
        "von KI-Chips nach China verbieten.",
    ),
    (
        "Il produttore di chip alza le stime",
        "Il gruppo ha alzato le stime sui ricavi nonostante le sanzioni degli Stati Uniti "
        "che vietano la vendita di chip avanzati alla Cina.",
    ),
    (
        "芯片分销商第三季度营收增长",
        "尽管美国限制向中国出口先进芯片，该分销商第三季度营收仍增长两成。",
    ),
    (
        "반도체 장비업체, 3분기 매출 증가",
        "미국이 첨단 반도체의 중국 수출을 금지했음에도 불구하고 이 회사의 3분기 매출은 "
        "전년보다 늘었다.",
    ),
    (
        "메모리 업계에 비상등",
        "미국 상무부가 반도체 수출 통제를 강화하며 HBM도 수출 금지 대상에 포함시킨 가운데, "
        "메모리 업계에 비상등이 켜졌다.",
    ),
    # Class B: analysis, explainer, market and verdict headlines over a known measure
    (
        "Explainer: what the new US chip rules mean for data centres",
        "The rules that Washington issued restrict exports of advanced AI chips to most countries.",
    ),
    (
        "Analysts say new US rules on advanced chip imports unclear",
        "The United States restricted exports of advanced chips to most countries, and "
        "industry groups want more clarity on the rules.",
    ),
    (
        "美国对华芯片出口管制新规解读",
        "美国商务部发布规则，限制向中国出口先进计算芯片。本文解读新规的主要内容。",
    ),
    (
        "삼성전자, 美 HBM 수출통제 소식에 약세",
        "미국의 HBM 수출 통제 소식에 삼성전자가 약세를 보이고 있다. 미국 정부는 HBM의 "
        "중국 수출을 금지한다고 발표했다.",
    ),
    (
        "Analysts say US ban on H20 sales to China will hit Nvidia",
        "Washington's latest ban on H20 sales will cost Nvidia billions, analysts said.",
    ),
    # a Korean column's tag (``column_tag``)
    ("[기획] 미국 수출 통제 1년", "미국 정부는 첨단 반도체의 중국 수출을 금지했다."),
    (
        "HBM 수출 통제 해설",
        "미국 정부가 HBM의 중국 수출을 금지했다. 국내 기업에 미칠 영향을 짚어본다.",
    ),
]


@pytest.mark.parametrize(("title", "body"), _NOT_NEWS)
def test_a_measure_named_in_passing_is_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert found, "the measure is still read"
    assert not any(e.primary for e in found), brief(found)


# Read as no event at all, before this round as after (a French or Dutch noun clause
# the readers leave, Japanese "ず" read as a negation): kept as guards of the same class.
_QUIET = [
    (
        "Le fabricant de puces publie un chiffre d'affaires record",
        "Le groupe a publié un chiffre d'affaires record, malgré l'interdiction que les "
        "États-Unis ont décidée sur la vente de puces avancées à la Chine.",
    ),
    (
        "Chipfabrikant verhoogt omzetverwachting",
        "Het bedrijf verhoogde zijn verwachting, ondanks het verbod dat de Verenigde "
        "Staten op de verkoop van AI-chips aan China hebben ingesteld.",
    ),
    (
        "半導体商社、7～9月期は増収",
        "米国が先端半導体の対中輸出を禁止したにもかかわらず、同社の7～9月期の売上高は"
        "前年同期を上回った。",
    ),
]


@pytest.mark.parametrize(("title", "body"), _QUIET)
def test_a_quiet_concessive_stays_without_news(analyzer: Analyzer, title: str, body: str) -> None:
    assert not any(e.primary for e in events(analyzer, title, body))


_NEWS = [
    # the concessive phrase ends at its comma: the act after it is the news
    (
        "US bans memory chip sales to China",
        "Despite protests from industry groups, the US Commerce Department on Monday banned "
        "exports of advanced memory chips to China.",
    ),
    (
        "EE.UU. prohíbe la venta de chips de memoria a China",
        "Pese a las protestas de la industria, el Departamento de Comercio de Estados Unidos "
        "prohibió el lunes las exportaciones de chips de memoria a China.",
    ),
    (
        "美国宣布制裁华为",
        "尽管业界强烈反对，美国商务部周一宣布对华为实施制裁。",
    ),
    (
        "미국, HBM 대중 수출 금지",
        "업계의 반발에도 불구하고 미국 상무부는 2일 HBM의 중국 수출을 금지했다.",
    ),
    # a headline that states the act in a clause of its own, then the explainer
    (
        "US bans advanced memory chip exports to China: what it means",
        "The US Commerce Department on Monday banned exports of advanced memory chips to China.",
    ),
    # a genre headline over a lead that reports the act as the day's news (``lead_report``)
    (
        "Analysts say US ban on H20 sales to China will hit Nvidia",
        "The US Commerce Department on Monday banned sales of Nvidia's H20 chips to China, "
        "analysts said.",
    ),
    (
        "美, 엔비디아 H20 중국 수출 금지…관련주 약세",
        "미국 상무부가 이날 엔비디아 H20의 중국 수출을 금지했다. 이 소식에 관련주가 약세를 보였다.",
    ),
    (
        "美国宣布禁止英伟达H20对华出口 相关概念股大跌",
        "美国商务部周一宣布禁止英伟达H20芯片对华出口。消息公布后，相关概念股大跌。",
    ),
    # a headline that states the act keeps it when the body names it in a circumstance
    # clause (``demote_title`` does not count that clause against the headline)
    (
        "美, HBM 대중 수출 통제 발표",
        "미국 상무부가 2일 HBM의 대중 수출을 금지하는 새 규제를 발표한 가운데, 국내 업계는 "
        "영향이 제한적일 것으로 내다봤다.",
    ),
    # a Korean news tag is no column
    ("[속보] 미국, HBM 대중 수출 금지", "미국 상무부가 HBM의 중국 수출을 금지했다."),
    ("[종합2보] 미국, HBM 대중 수출 금지", "미국 상무부가 HBM의 중국 수출을 금지했다."),
    # a noun "among" (가운데) after a noun is no circumstance clause
    (
        "미국, HBM 수출 금지",
        "미국 상무부는 2일 수출 통제 품목 가운데 HBM의 중국 수출을 금지한다고 발표했다.",
    ),
]


@pytest.mark.parametrize(("title", "body"), _NEWS)
def test_the_act_itself_stays_news(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert any(e.primary for e in found), brief(found)


# Class C: a law's approval is a legislative act, no grant (``approval.py``, "law"); an
# approval of exports or a deal stays an easing.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Japan's chip security bill wins final approval",
            "Japan's parliament gave final approval on Friday to the bill, which covers "
            "exports of advanced chips and chipmaking equipment.",
        ),
        (
            "Japans Chip-Gesetz erhält die endgültige Zustimmung",
            "Das Gesetz über den Export von KI-Chips erhielt am Freitag die endgültige "
            "Zustimmung des japanischen Parlaments.",
        ),
        (
            "La loi japonaise sur les puces reçoit l'approbation finale",
            "Le Parlement japonais a donné vendredi son approbation finale à la loi sur les "
            "exportations de puces avancées.",
        ),
    ],
)
def test_a_law_approved_is_no_approval_event(analyzer: Analyzer, title: str, body: str) -> None:
    assert not any(e.action == "approve" for e in events(analyzer, title, body))


def test_an_approval_of_exports_stays_an_easing(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Japan approves Nvidia H20 exports to China",
        "Japan's trade ministry on Friday gave its approval to exports of Nvidia H20 chips "
        "to China.",
    )
    assert any(e.primary and e.action == "approve" for e in found), brief(found)
