"""Decided acts in resultative and designation shapes (round 39, issue 11).

A control told by its effect on the trade ("exports of the A800 came under control",
"수출이 통제되게 됐다", "輸出できなくなった"), goods designated as a controlled or banned
class ("designated graphite as an item subject to export control", "수출 규제 품목으로
지정했다", "unter Exportkontrolle gestellt"), a designation answering another state's
measure, and limits caused by rules that are no trade policy. Each class has its near
misses: plans, forecasts, "including", a rule described.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of

# --- a control told by its effect: the trade the subject, the story's state acts ------

_RESULTATIVE = [
    "The US Commerce Department changed its rules on Tuesday. As a result, exports of "
    "Nvidia's A800 and H800 came under control.",
    "미국 상무부가 규정을 강화했다. 이에 따라 엔비디아 A800과 H800의 수출이 통제되게 됐다.",
    "미국 상무부가 규정을 강화했다. 이에 따라 엔비디아 A800과 H800의 중국 수출이 막히게 됐다.",
    "美国商务部修改了规则。因此，英伟达A800和H800的出口受到管制。",
    "米商務省が規則を改定した。これにより、エヌビディアのA800とH800の輸出が規制されることになった。",
    "米商務省が規則を改定した。これにより、エヌビディアのA800とH800は中国へ輸出できなくなった。",
]


@pytest.mark.parametrize("body", _RESULTATIVE)
def test_a_control_told_by_its_effect_is_the_story_states_act(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "", body)
    assert ("US", "tightening") in main_of(found), brief(found)
    # China is where the goods go, never who controls them
    assert not any(e.jurisdiction == "CN" for e in found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Exports of Nvidia's H20 may come under control.",
        "Exports of Nvidia's H20 chips could fall under export controls.",
        "The wildfire near the chip plant came under control on Sunday.",
        # no state anywhere in the story: nobody to credit
        "엔비디아 A800과 H800의 중국 수출이 통제됐다.",
    ],
)
def test_a_forecast_or_another_control_is_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "미국 정부는 엔비디아 H20의 중국 수출을 금지하기로 결정했다.",
        "미국 정부는 엔비디아 H20의 중국 수출을 제한하기로 결정했다.",
    ],
)
def test_korean_decided_to_ban_or_restrict_is_decided(analyzer: Analyzer, body: str) -> None:
    assert ("US", "tightening") in main_of(events(analyzer, "", body))


# --- designation as a controlled or banned item ---------------------------------------

_DESIGNATED = [
    "The Chinese government designated spherical graphite as an item subject to export control.",
    "The commerce ministry of China designated gallium as a controlled item on Monday.",
    "중국 정부는 구형 흑연을 수출 규제 대상으로 지정했다.",
    "중국 정부가 배터리 핵심 광물인 흑연을 수출 규제 품목으로 지정했다.",
    "중국 상무부는 구형 흑연과 팽창 흑연을 수출 통제 대상에 포함한다고 20일 발표했다.",
    "中国商务部将球形石墨列入出口管制物项。",
    "中国政府は球状黒鉛を輸出規制の対象に指定した。",
    "China hat Kugelgraphit unter Exportkontrolle gestellt.",
    "China stellt Kugelgraphit unter Exportkontrolle.",
    "Le ministère chinois du Commerce a désigné le graphite sphérique comme bien soumis au "
    "contrôle des exportations.",
    "El Ministerio de Comercio de China designó el grafito esférico como artículo sujeto a "
    "control de exportaciones.",
    "Il ministero del Commercio cinese ha designato la grafite sferica come bene a duplice uso.",
    "O Ministério do Comércio da China designou a grafite esférica como item controlado.",
    "Het Chinese ministerie van Handel heeft bolvormig grafiet aangewezen als gecontroleerd goed.",
]


@pytest.mark.parametrize("body", _DESIGNATED)
def test_a_designation_as_controlled_is_a_decided_licence_act(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "", body)
    assert any(
        e.jurisdiction == "CN" and e.action in ("license", "restrict") and e.primary for e in found
    ), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "미 상무부는 엔비디아가 중국용으로 만든 A800과 H800도 판매 금지 대상에 포함시켰다.",
        "米商務省はエヌビディアのA800とH800も販売禁止の対象に含めた。",
    ],
)
def test_goods_put_in_a_banned_class_are_banned(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(e.jurisdiction == "US" and e.action == "ban" and e.primary for e in found), brief(
        found
    )


@pytest.mark.parametrize(
    "body",
    [
        "The ministry plans to designate graphite as an item subject to export control.",
        "중국 정부는 흑연을 수출 규제 대상으로 지정할 계획이다.",
        "중국 정부는 흑연을 수출 규제 품목으로 지정할 예정이다.",
        "미 상무부는 A800과 H800도 판매 금지 대상에 포함할 계획이다.",
        "米商務省はA800とH800も販売禁止の対象に含める方針だ。",
        "中国商务部拟将石墨列入出口管制物项。",
        "Le ministère chinois prévoit de désigner le graphite comme bien soumis au contrôle "
        "des exportations.",
        "La Cina ha designato un nuovo ambasciatore a Washington.",
        "中国商务部表示，将研究把石墨纳入出口管制范围。",
        # "including", and a class described: no designation
        "米国を含めた各国の規制の対象となったエヌビディアのH20は好調だ。",
        "중국의 수출 통제 대상은 흑연을 포함한다.",
    ],
)
def test_a_planned_designation_or_a_class_described_is_no_act(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "", body)
    assert not main_of(found), brief(found)


# --- the headline's act stays primary over the background of earlier controls ---------

_HEADLINED = [
    (
        "China puts graphite under export control too",
        "The Chinese government designated spherical graphite, used in batteries, as an item "
        "subject to export control. China had earlier restricted exports of gallium and "
        "germanium.",
    ),
    (
        "중국, 흑연도 수출 통제",
        "중국 정부는 배터리 소재인 구형 흑연을 수출 규제 대상으로 지정했다. 중국은 앞서 갈륨과 "
        "게르마늄의 수출을 통제한 바 있다.",
    ),
    (
        "中国也对石墨实施出口管制",
        "中国商务部将用于电池的球形石墨列入出口管制物项。此前中国已对镓和锗实施出口管制。",
    ),
    (
        "中国、黒鉛も輸出規制",
        "中国政府は電池に使われる球状黒鉛を輸出規制の対象に指定した。中国は以前、ガリウムと"
        "ゲルマニウムの輸出を規制していた。",
    ),
    (
        "China stellt auch Graphit unter Exportkontrolle",
        "China hat Graphit für Batterien unter Exportkontrolle gestellt. Bereits im August "
        "hatte Peking die Ausfuhr von Gallium und Germanium beschränkt.",
    ),
]


@pytest.mark.parametrize(("title", "body"), _HEADLINED)
def test_the_lead_designation_under_its_headline_is_primary(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert main_of(found) == {("CN", "tightening")}, brief(found)


def test_a_designation_answering_another_state_is_the_answerers(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "중국 정부가 미국의 반도체 수출 규제에 맞서 흑연을 수출 통제 대상으로 지정했다.",
    )
    assert main_of(found) == {("CN", "tightening")}, brief(found)


# --- a limit that is no trade policy ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Demand for Nvidia's H20 chips in China is limited by data-centre energy rules, "
        "analysts said.",
        "Sales of Nvidia's H20 in China were restricted by new energy-efficiency rules for "
        "data centres.",
        "中国的数据中心能效新规限制了英伟达H20芯片的使用。",
        "데이터센터 전력 규제로 엔비디아 H20의 중국 판매가 제한됐다.",
        "データセンターの電力規制により、エヌビディアH20の中国での販売が制限された。",
        "Building rules in Arizona restricted the construction of TSMC's new fab.",
    ],
)
def test_a_limit_caused_by_a_non_trade_rule_is_no_event(analyzer: Analyzer, body: str) -> None:
    assert not main_of(events(analyzer, "", body))


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("China restricted exports of Nvidia's H20 chips under new energy rules.", "CN"),
        ("中国以能耗规定为由限制英伟达H20芯片出口。", "CN"),
        ("The US restricted sales of Nvidia's H20 chips to China.", "US"),
    ],
)
def test_a_trade_limit_stays_an_event(analyzer: Analyzer, body: str, state: str) -> None:
    found = events(analyzer, "", body)
    assert (state, "tightening") in main_of(found), brief(found)
