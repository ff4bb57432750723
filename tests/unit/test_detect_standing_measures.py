"""Round 34 (issue 11): old or standing measures restated in another story are no act.

1. A duration adverb ("has long restricted", "hanno a lungo limitato", "ont longtemps
   restreint", "一直限制", "長年", the Korean perfect of duration "제한해 왔다") tells a
   measure that has stood a long time: background, or no event at all.
2. The German and Dutch pluperfect around a clause-final participle, however long the
   middle field ("Die USA hatten ein ... Verkaufsverbot ... erst kürzlich aufgehoben"),
   right after the participle in a subordinate clause, or in a measure noun's relative
   clause ("die Sanktionen, welche die USA verhängt hatten"): an earlier act.
3. Who acts, named after the predicate: a German inverted subject with a long name
   ("erteilte das US-Handelsministerium ..."), a Romance agent that governs an institution
   of the state ("decretati dal governo degli Stati Uniti") or follows a weekday
   ("pubblicate martedì dal Dipartimento del Commercio"); and a German participle declined
   "-te" after a determiner ("die erteilte Lizenz") is an adjective, no second grant.
4. Money approved for a plant or a funding package is industrial policy, no trade
   measure (subsidy cues); an investment screening's approval stays news.
5. A listed firm's office in a state ("…及其台灣辦事處") names where it sits, not who lists.
Contrasts that must still fire: the same act dated this week, the perfect, a headline
act the body restates beside a standing one.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events, main_of

_DURATIVE = [
    ("Chipmaker posts record quarter",
     "The United States has long restricted sales of advanced GPUs to Chinese customers."),
    ("Il produttore di chip registra vendite record",
     "Gli Stati Uniti hanno a lungo limitato le vendite di GPU avanzate verso i clienti cinesi."),
    ("Le fabricant de puces publie un trimestre record",
     "Les États-Unis ont longtemps restreint les ventes de GPU avancés aux clients chinois."),
    ("El fabricante de chips registra ventas récord",
     "Estados Unidos ha restringido durante mucho tiempo las ventas de GPU avanzadas a "
     "clientes chinos."),
    ("Fabricante de chips tem vendas recorde",
     "Os EUA restringem há muito tempo as vendas de GPUs avançadas para clientes chineses."),
    ("Chiphersteller meldet Rekordquartal",
     "Die USA beschränken schon lange die Verkäufe von modernen GPUs an chinesische Kunden."),
    ("ASML levert minder",
     "De Nederlandse regering heeft al lang de export van DUV-machines naar China beperkt."),
    ("芯片厂商季度营收创新高", "美国一直限制向中国客户出售先进GPU。"),
    ("半導体メーカー、過去最高の決算", "米国は長年、中国への先端半導体の輸出を制限した。"),
    ("반도체 업체 사상 최대 실적", "미국은 중국 고객에 대한 첨단 GPU 판매를 제한해 왔다."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "body"), _DURATIVE)
def test_a_measure_that_has_long_stood_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        ("Chipmaker posts record quarter",
         "The United States restricted sales of advanced GPUs to Chinese customers on Tuesday.",
         "US"),
        ("Il produttore di chip registra vendite record",
         "Gli Stati Uniti hanno limitato martedì le vendite di GPU avanzate verso i clienti "
         "cinesi.", "US"),
        ("芯片厂商季度营收创新高", "美国周二限制向中国客户出售先进GPU。", "US"),
        ("半導体メーカー、過去最高の決算", "米国は2日、中国への先端半導体の輸出を制限した。", "US"),
        ("반도체 업체 사상 최대 실적",
         "미국은 2일 중국 고객에 대한 첨단 GPU 판매를 제한했다.", "US"),
        ("ASML levert minder",
         "De Nederlandse regering heeft de export van DUV-machines naar China dinsdag beperkt.",
         "NL"),
    ],
)  # fmt: skip
def test_the_same_act_dated_this_week_stays_news(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    check(analyzer, title, body, (state, "tightening"))


def test_a_headline_act_beside_a_standing_measure_stays_news(analyzer: Analyzer) -> None:
    body = (
        "The U.S. Commerce Department on Tuesday tightened rules on exports of advanced "
        "chips to China. Washington has long restricted such sales."
    )
    check(analyzer, "US tightens chip export rules for China", body, ("US", "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Nvidia drosselt Produktion",
         "Die USA hatten ein zeitweiliges Verkaufsverbot für die Chips nach China erst "
         "kürzlich aufgehoben."),
        ("China entwickelt eigenen Prozessor",
         "Das ist ein Rückschlag für die Sanktionen, welche die USA verhängt hatten, um den "
         "Aufstieg Chinas aufzuhalten."),
        ("ASML levert minder",
         "De Nederlandse regering had de export van geavanceerde DUV-machines naar China in "
         "het voorjaar al fors beperkt."),
    ],
)  # fmt: skip
def test_a_split_pluperfect_is_an_earlier_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "state", "direction"),
    [
        ("Nvidia drosselt Produktion",
         "Die USA haben ein zeitweiliges Verkaufsverbot für die Chips nach China am Dienstag "
         "aufgehoben.", "US", "easing"),
        ("China entwickelt eigenen Prozessor",
         "Die Regierung in Washington hat am Dienstag neue Sanktionen gegen chinesische "
         "Chiphersteller verhängt.", "US", "tightening"),
    ],
)  # fmt: skip
def test_the_perfect_stays_news(
    analyzer: Analyzer, title: str, body: str, state: str, direction: str
) -> None:
    check(analyzer, title, body, (state, direction))


def test_an_inverted_ministry_with_a_long_name_acts(analyzer: Analyzer) -> None:
    body = (
        "Wie berichtet wird, erteilte das US-Handelsministerium Nvidia die Lizenz zum Export "
        "seiner Chips nach China."
    )
    found = events(analyzer, "Nvidia chips China Lizenz", body)
    assert main_of(found) == {("US", "easing")}, brief(found)


def test_a_declined_participle_after_a_determiner_is_no_grant(analyzer: Analyzer) -> None:
    body = "Wie viele Chips Nvidia exportieren darf und welchen Umfang die erteilte Lizenz hat."
    found = events(analyzer, "Nvidia chips China Lizenz", body)
    assert not found, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "I nuovi controlli alle esportazioni di chip verso la Cina decretati dal governo "
        "degli Stati Uniti potrebbero cancellare gli ordini.",
        "Le nuove regole, pubblicate martedì dal Dipartimento del Commercio, prevedono che "
        "Nvidia certifichi ogni spedizione verso la Cina.",
        "Les nouvelles restrictions sur les puces vers la Chine, publiées mardi par le "
        "gouvernement des États-Unis, visent Nvidia.",
    ],
)
def test_the_agent_after_a_participle_acts_not_the_destination(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "Nvidia, export Cina", body)
    assert found and {e.jurisdiction for e in found} == {"US"}, brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("India clears chip projects",
         "The Union Cabinet on Wednesday approved Rs 40,000 crore worth of investments in two "
         "semiconductor plants in Gujarat."),
        ("Bruxelles dit oui",
         "La Commission européenne a autorisé l'Italie à soutenir le projet d'une nouvelle "
         "usine de puces."),
        ("Récord para la ley de chips",
         "Es el paquete financiero más grande que el gobierno estadounidense ha aprobado bajo "
         "la Ley CHIPS."),
    ],
)  # fmt: skip
def test_money_approved_for_a_plant_is_no_trade_measure(
    analyzer: Analyzer, title: str, body: str
) -> None:
    """Round 34: a funding package or a plant's investment approved (subsidy cues)."""
    check(analyzer, title, body, None)


def test_an_investment_screening_approval_stays_news(analyzer: Analyzer) -> None:
    body = "經濟部投審會今天核准台積電以35億美元增資美國子公司。"
    check(analyzer, "投審會核准台積電增資", body, ("TW", "easing"))


def test_a_listed_firm_s_office_names_no_actor(analyzer: Analyzer) -> None:
    """Round 34: "…及其台灣辦事處，也被列入黑名單": the office's state is where it sits."""
    body = (
        "美國商務部週五將23家中國企業列入實體清單。"
        "其中，一家晶片設計公司及其台灣辦事處，也被列入黑名單。"
    )
    check(analyzer, "美將23家中企列入黑名單", body, ("US", "tightening"))


def test_a_state_s_own_ministry_still_acts(analyzer: Analyzer) -> None:
    body = "台灣經濟部週五宣布禁止先進晶片出口至俄羅斯。"
    check(analyzer, "經濟部擴大出口管制", body, ("TW", "tightening"))
