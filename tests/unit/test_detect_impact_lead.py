"""Round 28 (h46r, issue 11): an impact headline over a lead that reports the act.

A Chinese, Japanese or Korean headline that names an act and then its impact ("<state>,
<act>…<impact>") is an impact story (``story_genre.demote_impact``), unless its lead
reports the act: the act, read with its own actor, closes the body's first sentence in
the past (``lead_act``). Own sentences; contrasts: a quotative ("…시행한다고 밝혔다"), a
firm as the lead's subject, an act the lead only names stay background.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check, events


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "美, 첨단 메모리 중국 수출 통제…국내 업계 타격 불가피",
            "미국 정부가 고대역폭메모리의 중국 수출을 통제했다. 국내 업체들의 수출에도 "
            "타격이 불가피할 전망이다.",
            "US",
        ),
        (
            "輸出管理制度の見直し施行と半導体業界への影響",
            "2025年10月9日、日本の輸出管理制度「補完的輸出規制」の見直しが施行された。"
            "企業は審査体制の見直しを求められる。",
            "JP",
        ),
        (
            "美国管制对华出口先进存储芯片 国内厂商影响几何",
            "美国商务部对先进存储芯片实施出口管制了。国内厂商的出口将受到冲击。",
            "US",
        ),
    ],
)
def test_an_impact_headline_keeps_the_act_its_lead_reports(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    found = events(analyzer, title, body)
    assert (state, "tightening") in {(e.jurisdiction, e.direction) for e in found if e.primary}


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "中, 희귀금속 수출 통제…국내 업계 타격 불가피",
            "중국 상무부는 희귀금속에 대한 수출 제한 조치를 시행한다고 밝혔다. 업계는 "
            "영향을 점검하고 있다.",
        ),
        (
            "삼성전자, 영업익 급감…美 반도체 규제 직격탄",
            "삼성전자가 실적 전망을 발표하며 미국의 반도체 수출 제한 조치로 인한 충격을 인정했다.",
        ),
        (
            "美国管制对华出口先进存储芯片 国内厂商影响几何",
            "美国对华出口管制持续升级，国内厂商的出口将受到冲击。",
        ),
    ],
)
def test_an_impact_headline_over_a_reported_or_named_act_stays_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


# Round 34 (issue 11): under an impact headline, a lead sentence that dates the state's
# announcement to a day and closes with it ("…지난 5일 … 시행한다고 밝혔다", "…は8日、…と
# 発表した") reports the act (``story_genre.announced_on_day``). Contrasts: no day named,
# a firm's statement.
@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "中, 안티몬 수출 통제…배터리 업계 파장 촉각",
            "중국 상무부는 지난 5일 안티몬 제품에 대한 수출 제한 조치를 시행한다고 밝혔다. "
            "업계는 영향을 점검하고 있다.",
            "CN",
        ),
        (
            "中国のアンチモン輸出規制、電池業界に波紋",
            "中国商務省は8日、アンチモンの輸出管理を厳格化すると発表した。電池各社は調達先の"
            "見直しを急ぐ。",
            "CN",
        ),
    ],
)
def test_an_impact_headline_keeps_an_act_announced_on_a_day(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    found = events(analyzer, title, body)
    assert (state, "tightening") in {(e.jurisdiction, e.direction) for e in found if e.primary}


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "中, 안티몬 수출 통제…배터리 업계 파장 촉각",
            "중국 상무부는 최근 안티몬 제품에 대한 수출 제한 조치를 시행한다고 밝혔다. "
            "업계는 영향을 점검하고 있다.",
        ),
        (
            "中, 안티몬 수출 통제…배터리 업계 파장 촉각",
            "삼성SDI는 지난 5일 중국의 안티몬 수출 제한 조치로 조달에 차질이 없다고 밝혔다.",
        ),
    ],
)
def test_an_impact_headline_over_an_undated_or_firm_announcement_stays_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)
