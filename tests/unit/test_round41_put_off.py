"""A measure's start put off, in every language we read (round 41, issue 11).

Round 40 read the English passive ("the ban ... has been postponed"). Still missed: the
same news in Chinese, Japanese and Korean, where the measure stands right before the verb
("将…新规的生效日期推迟90天", "規制の適用開始を先送り", "수출통제 시행을 90일 연기") and
was read as a new tightening; the active in French ("a reporté ... l'entrée en vigueur des
restrictions"); and an English passive whose subject carries an apposition ("the export
ban ..., due to take effect on Friday, has been postponed"), where "take effect on" was
taken for an impact ("the effect on X would be limited"). A firm that puts off its own
launch or shipment because of a measure eases nothing.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

_PUT_OFF = [
    ("美国商务部周五宣布，将对华先进芯片出口管制新规的生效日期推迟90天。", "US"),
    ("米商務省は、対中半導体輸出規制の適用開始を90日先送りすると発表した。", "US"),
    ("미국 상무부는 대중국 첨단 반도체 수출통제 시행을 90일 연기한다고 밝혔다.", "US"),
    (
        "Le gouvernement français a reporté de trois mois l'entrée en vigueur des restrictions "
        "sur les exportations de puces vers la Chine.",
        "FR",
    ),
    (
        "The Commerce Department said the export ban on advanced chips, due to take effect on "
        "Friday, has been postponed by 90 days.",
        "US",
    ),
]


@pytest.mark.parametrize(("body", "state"), _PUT_OFF)
def test_a_measure_put_off_eases_and_is_no_tightening(
    analyzer: Analyzer, body: str, state: str
) -> None:
    found = events(analyzer, "", body)
    assert [(e.jurisdiction, e.direction) for e in found] == [(state, "easing")], brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "受美国出口管制影响，英伟达推迟了面向中国市场的B30芯片发布。",
        "美国出口管制导致英伟达推迟发布面向中国的新芯片。",
        "米国の輸出規制を受け、エヌビディアは中国向け製品の出荷を延期した。",
        "미국 수출통제 여파로 삼성전자는 중국 공장 증설 계획을 연기했다.",
    ],
)
def test_a_firm_putting_off_its_own_plan_is_no_easing(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.direction == "easing" for e in found), brief(found)
