"""Round 44: an approval whose object is another act, a participle's subject, a diplomat summoned.

- "The cabinet approved removing X from the whitelist", "agreed to restrict": what is
  approved is the second verb's act, which is read; the approval grants nothing.
- ", tightening controls on ...": a measure noun governed by an -ing verb after a comma
  is the main clause's act, not the act of the state named right before the comma.
- "summoned the ambassador": a state's protest to another state, no summons over chips.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    "body",
    [
        "Japan's cabinet on Tuesday approved removing Seoul from its whitelist of trusted buyers "
        "of etching gases and photoresists.",
        "The Indian government approved adding 14 Chinese chip firms to its export blacklist.",
        "El Gobierno aprobó restringir la exportación de equipos de litografía a China.",
    ],
)
def test_an_approved_act_is_no_easing(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert found, "the approved act itself is read"
    assert all(e.direction == "tightening" for e in found if e.primary), brief(found)


def test_an_approved_licence_stays_a_grant(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "", "The Commerce Department approved licences for Nvidia to ship H20 chips."
    )
    assert ("US", "easing") in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            "Japan on Friday struck South Korea off its list of preferred partners, tightening "
            "controls on exports of three chipmaking materials.",
            "JP",
        ),
        (
            "The United States added 30 firms to its entity list on Monday, including units "
            "in Singapore, expanding restrictions on chip exports to China.",
            "US",
        ),
    ],
)
def test_a_participle_after_the_comma_acts_for_the_main_subject(
    analyzer: Analyzer, body: str, state: str
) -> None:
    found = events(analyzer, "", body)
    states = {e.jurisdiction for e in found if e.primary}
    assert states == {state}, brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Beijing summons Dutch envoy",
            "China's foreign ministry summoned the Dutch ambassador on Wednesday to protest "
            "curbs on lithography machines sold by ASML.",
        ),
        ("", "中国外交部召见荷兰驻华大使，就荷方光刻机出口管制提出严正交涉。"),
        ("", "外務省は中国の駐日大使を呼び出し、半導体材料の輸出規制に抗議した。"),
        ("", "Das Auswärtige Amt hat den chinesischen Botschafter einbestellt."),
    ],
)
def test_a_diplomat_summoned_is_no_chip_summons(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.action == "summon"], brief(found)


def test_a_firm_summoned_is_still_a_summons(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "China's internet regulator summoned Nvidia on Thursday over security risks in its "
        "H20 chips.",
    )
    assert [e for e in found if e.action == "summon" and e.primary], brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "中国财政部将英特尔和AMD的处理器移出政府采购清单。",
        "中國政府已將英特爾與AMD處理器從政府採購清單中剔除。",
        "中国政府はインテルとAMDのプロセッサーを政府調達リストから除外した。",
        "China's finance ministry removed Intel and AMD processors from its government "
        "procurement list on Tuesday.",
    ],
)
def test_a_product_taken_off_a_procurement_list_is_a_tightening(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "", body)
    assert ("CN", "tightening") in main_of(found), brief(found)
    assert ("CN", "easing") not in main_of(found), brief(found)


def test_a_firm_taken_off_a_blacklist_is_still_an_easing(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "美国商务部将两家中国企业移出实体清单。")
    assert main_of(found) == {("US", "easing")}, brief(found)
