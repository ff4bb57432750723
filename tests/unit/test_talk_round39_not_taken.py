"""Acts not taken (issue 11, round 39): questions, willingness, hedges, failed approvals.

Sentences in our own words. The act inside an indirect question ("asked whether the US
would loosen", "auf die Frage, ob", "savoir si", "preguntado si", "完和するかどうか",
"완화할지 여부") is not taken; a stated willingness ("said he was willing to allow",
"表示愿意允许", "s'est dit disposé à") is a plan; a hedged forecast ("will probably
approve") is no decision; a deal ended for want of an approval has no approval in it.
The near misses keep their event: the decided act in each language, and a refusal to
approve, which is the state's block ("监管机构拒绝批准该交易"), neither an approval nor
nothing.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

_ASKED = [
    (
        "Nvidia-Chef zu Exportregeln",
        "Auf die Frage, ob die USA die Exportbeschränkungen für Nvidia-Chips nach China "
        "lockern werden, sagte Huang, er wisse es nicht.",
    ),
    (
        "Le patron de Nvidia",
        "Interrogé sur la question de savoir si Washington allait assouplir les contrôles à "
        "l'exportation des puces Nvidia vers la Chine, Huang a dit ne pas savoir.",
    ),
    (
        "Le patron de Nvidia",
        "Interrogé pour savoir si Washington assouplira les restrictions sur les puces "
        "Nvidia, Huang a dit ne pas savoir.",
    ),
    (
        "El jefe de Nvidia",
        "Preguntado si Estados Unidos flexibilizará los controles a la exportación de los "
        "chips de Nvidia a China, Huang dijo que no lo sabía.",
    ),
    (
        "O chefe da Nvidia",
        "Perguntado se os EUA vão flexibilizar os controles de exportação dos chips da "
        "Nvidia para a China, Huang disse que não sabia.",
    ),
    (
        "Nvidia CEO on export rules",
        "Asked whether Washington would ease the export curbs on Nvidia chips to China, "
        "Huang said he did not know.",
    ),
    (
        "英伟达CEO",
        "被问及美国是否会放宽对英伟达芯片的出口管制时，黄仁勋表示他不知道。",
    ),
    (
        "エヌビディアCEO",
        "米国がエヌビディア製半導体の対中輸出規制を緩和するかどうかについて、フアン氏は"
        "分からないと述べた。",
    ),
    (
        "엔비디아 CEO",
        "미국이 엔비디아 칩의 대중 수출 규제를 완화할지 여부에 대해 황 CEO는 모른다고 말했다.",
    ),
]


@pytest.mark.parametrize(("title", "body"), _ASKED)
def test_the_act_inside_an_indirect_question_is_not_taken(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


_WILLING = [
    "The US president said he was willing to allow limited sales of Nvidia's H20 chip to China.",
    "Nvidia's sales resumed a month after the president said he was ready to allow limited "
    "sales of the H20 chip to China.",
    "美国总统表示愿意允许英伟达向中国有限销售H20芯片。",
    "Las ventas de Nvidia se reanudaron un mes después de que el presidente expresara su "
    "disposición a permitir ventas limitadas del chip H20 a China.",
    "Der US-Präsident hat sich bereit erklärt, begrenzte Verkäufe des Nvidia-Chips H20 nach "
    "China zu erlauben.",
    "Le président américain s'est dit prêt à autoriser des ventes limitées de la puce H20 de "
    "Nvidia vers la Chine.",
]


@pytest.mark.parametrize("body", _WILLING)
def test_a_stated_willingness_is_a_plan_not_a_grant_nor_a_restriction(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "Nvidia", body, None)


@pytest.mark.parametrize(
    "body",
    [
        "The US Commerce Department will probably approve sales of Nvidia's H20 chip to China.",
        "Die Übernahme von Siltronic durch GlobalWafers wird voraussichtlich vom "
        "Wirtschaftsministerium genehmigt.",
        "Le rachat de Siltronic par GlobalWafers sera probablement autorisé par le "
        "gouvernement allemand.",
        "La compra de Siltronic por GlobalWafers probablemente será aprobada por el gobierno "
        "alemán.",
        "环球晶圆收购Siltronic一案有望获得德国政府批准。",
        "グローバルウェーハズによるシルトロニック買収はドイツ政府に承認される見通しだ。",
    ],
)
def test_a_hedged_forecast_of_an_approval_is_not_one(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Siltronic", body, None)


@pytest.mark.parametrize(
    "body",
    [
        "Intel terminated its acquisition of Tower Semiconductor because it did not receive "
        "regulatory approval from China in time.",
        "由于未能及时获得中国国家市场监督管理总局的批准，英特尔收购高塔半导体的交易已终止。",
        "中国の規制当局の承認が得られず、インテルはタワーセミコンダクターの買収を断念した。",
        "중국 규제 당국의 승인을 받지 못해 인텔의 타워세미컨덕터 인수가 무산됐다.",
        "Intel a renoncé au rachat de Tower Semiconductor faute d'avoir obtenu l'approbation "
        "des autorités chinoises.",
        "Intel hat die Übernahme von Tower Semiconductor ohne die Genehmigung der "
        "chinesischen Behörden abgesagt.",
        # round 39: an approval missing ("in the absence of", "mangels", "faute de", "a
        # falta de", "in mancanza di", "bij gebrek aan") or held back ("withheld")
        "Intel dropped its bid for Tower Semiconductor in the absence of approval from "
        "China's market regulator.",
        "Intel dropped its bid for Tower Semiconductor after China's market regulator "
        "withheld approval.",
        "Intel hat die Übernahme von Tower Semiconductor mangels Genehmigung der chinesischen "
        "Wettbewerbsbehörde abgesagt.",
        "Intel a renoncé au rachat de Tower Semiconductor faute d'approbation du régulateur "
        "chinois.",
        "Intel renunció a la compra de Tower Semiconductor a falta de la aprobación del "
        "regulador chino.",
        "Intel ha rinunciato all'acquisizione di Tower Semiconductor in mancanza "
        "dell'approvazione dell'autorità cinese.",
        "Intel ziet af van de overname van Tower Semiconductor bij gebrek aan goedkeuring van "
        "de Chinese toezichthouder.",
        "在未取得中国市场监管总局批准的情况下，英特尔终止了对高塔半导体的收购。",
    ],
)
def test_a_deal_ended_without_an_approval_has_no_approval(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Intel and Tower", body, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the decided acts the questions and the hedges ask about keep their event
        (
            "The US eased export rules on Nvidia chips to China, the Commerce Department said.",
            ("US", "easing"),
        ),
        (
            "Die USA haben die Exportkontrollen für Nvidia-Chips nach China gelockert, teilte "
            "das Handelsministerium mit.",
            ("US", "easing"),
        ),
        (
            "Washington a assoupli les contrôles à l'exportation des puces Nvidia vers la Chine.",
            ("US", "easing"),
        ),
        (
            "Estados Unidos flexibilizó los controles a la exportación de los chips de Nvidia a "
            "China.",
            ("US", "easing"),
        ),
        (
            "Os EUA flexibilizaram os controles de exportação dos chips da Nvidia para a China.",
            ("US", "easing"),
        ),
        ("美国放宽了对英伟达芯片的出口管制。", ("US", "easing")),
        ("米国はエヌビディア製半導体の対中輸出規制を緩和した。", ("US", "easing")),
        ("미국이 엔비디아 칩의 대중 수출 규제를 완화했다.", ("US", "easing")),
        (
            "The US commerce department allowed limited sales of Nvidia's H20 chip to China.",
            ("US", "easing"),
        ),
        ("美国商务部允许英伟达向中国销售H20芯片。", ("US", "easing")),
    ],
)
def test_the_decided_act_keeps_its_event(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, "Nvidia", body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The German economy ministry has approved the takeover of Siltronic by GlobalWafers.",
            ("DE", "easing"),
        ),
        (
            "Germany's regulator approved the deal for GlobalWafers to buy Siltronic.",
            ("DE", "easing"),
        ),
        # a refusal to approve is the regulator's decided block, not an approval
        (
            "China's market regulator refused to approve Intel's acquisition of Tower "
            "Semiconductor.",
            ("CN", "tightening"),
        ),
        ("中国国家市场监督管理总局拒绝批准英特尔收购高塔半导体的交易。", ("CN", "tightening")),
        ("中国国家市场监督管理总局不予批准英特尔收购高塔半导体的交易。", ("CN", "tightening")),
        # a lack named as the ground of a decided block leaves the block
        (
            "Citing a lack of transparency, China's market regulator blocked Intel's "
            "acquisition of Tower Semiconductor.",
            ("CN", "tightening"),
        ),
    ],
)
def test_a_decided_approval_or_refusal_keeps_its_event(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, "Chip deal", body, expected)


@pytest.mark.parametrize(
    "body",
    [
        "The US commerce department allowed limited sales of Nvidia's H20 chip to China.",
        "The US president said he was willing to allow limited sales of Nvidia's H20 chip to "
        "China.",
        "美国总统表示愿意允许英伟达向中国有限销售H20芯片。",
    ],
)
def test_limited_sales_allowed_are_no_restriction(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Nvidia", body)
    assert not [e for e in found if e.direction == "tightening"], brief(found)
