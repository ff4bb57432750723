"""A firm's own act frames the story (round 36, issue 11), own sentences.

A firm as the subject of the headline (or of the lead, when the headline states no act)
with a cue of its own act (results, a launch, a plant, a statement, its executive
speaking): the export controls the body retells are background, kept with their fields.
A frame that states a state's act, or a lead that reports one as the day's news, keeps it.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of

_US_BAN_EN = "The US has banned exports of the H20 to China."


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Nvidia launches new gaming chip", f"Nvidia unveiled a faster card. {_US_BAN_EN}"),
        ("Nvidia opens new plant in Arizona", f"The plant will build servers. {_US_BAN_EN}"),
        ("Nvidia CEO Huang says China market is closed", f"He spoke in Taipei. {_US_BAN_EN}"),
        ("Nvidia shareholders approve pay plan", f"The vote was held online. {_US_BAN_EN}"),
        ("US chipmaker Nvidia unveils new AI chip", f"It ships next year. {_US_BAN_EN}"),
        ("英伟达发布新一代芯片", "英伟达周二发布新一代AI芯片。美国已禁止向中国出口H20。"),
        # the firm named with its home state and a descriptor: still the subject
        ("美国芯片巨头英伟达发布新一代芯片", "美国已禁止向中国出口H20。"),
        ("米半導体大手エヌビディア、新製品を発表", "米政府はH20の対中輸出を禁止した。"),
        ("미국 반도체 기업 엔비디아, 신형 칩 공개", "미국은 H20의 중국 수출을 금지했다."),
        ("英偉達發表新晶片", "英偉達週二發表新一代AI晶片。美國已禁止向中國出口H20。"),
        ("エヌビディア、新型AI半導体を発表", "米政府はH20の対中輸出を禁止した。"),
        (
            "엔비디아, 신형 AI 칩 공개",
            "엔비디아가 신형 AI 칩을 공개했다. 미국은 H20의 중국 수출을 금지했다.",
        ),
        (
            "Nvidia stellt neuen Chip vor",
            "Nvidia hat einen KI-Chip vorgestellt. Die USA haben den Export des H20 nach "
            "China verboten.",
        ),
        (
            "Nvidia meldet Rekordumsatz",
            "Nvidia hat einen Rekordumsatz gemeldet. Die USA haben den Export des H20 nach "
            "China verboten.",
        ),
        (
            "Nvidia lance une nouvelle puce",
            "Nvidia a lancé une puce. Les États-Unis ont interdit l'exportation de la puce H20 "
            "vers la Chine.",
        ),
        (
            "Nvidia presenta un nuevo chip",
            "Nvidia presentó un chip. Estados Unidos ha prohibido la exportación del H20 a China.",
        ),
        (
            "Nvidia presenta i conti trimestrali",
            "Gli Stati Uniti hanno vietato l'esportazione del chip H20 in Cina.",
        ),
        (
            "Nvidia apresenta novo chip",
            "Os Estados Unidos proibiram a exportação do chip H20 para a China.",
        ),
        (
            "Nvidia batte le stime",
            "Gli Stati Uniti hanno vietato l'esportazione del chip H20 in Cina.",
        ),
        (
            "Nvidia supera las expectativas",
            "Estados Unidos ha prohibido la exportación del H20 a China.",
        ),
        (
            "Nvidia dépasse les attentes",
            "Les États-Unis ont interdit l'exportation de la puce H20 vers la Chine.",
        ),
        (
            "ASML onthult nieuwe chipmachine",
            "De Nederlandse regering heeft exportvergunningen voor ASML-machines ingetrokken.",
        ),
    ],
)
def test_a_firm_act_headline_makes_the_retold_measures_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)
    assert any(e.direction == "tightening" for e in found), brief(found)  # kept, as background


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Chip stocks slide",
            f"Nvidia reported record quarterly revenue on Wednesday. {_US_BAN_EN}",
        ),
        (
            "Chipwerte unter Druck",
            "Der US-Chipentwickler Nvidia hat einen Rekordumsatz gemeldet. Die USA haben den "
            "Export des H20 nach China verboten.",
        ),
        ("AI需求强劲", "英伟达周三发布财报，营收创新高。美国已禁止向中国出口H20。"),
        # the firm named with its home state and a descriptor
        (
            "Mercados",
            "El fabricante estadounidense de procesadores Nvidia incrementó su beneficio un "
            "59%. Estados Unidos ha prohibido la exportación del H20 a China.",
        ),
        ("Chip stocks", f"US chipmaker Nvidia reported record results. {_US_BAN_EN}"),
    ],
)
def test_a_firm_act_lead_frames_a_headline_without_an_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)
    assert any("firm_act" in e.rule for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # the state acts in the headline
        (
            "US orders Nvidia to stop selling H20 to China",
            "The US Commerce Department on Monday ordered Nvidia to stop selling the H20 to China.",
            ("US", "tightening"),
        ),
        (
            "China bans purchases of Nvidia chips; Nvidia shares fall",
            "China's internet regulator banned firms from buying Nvidia's RTX Pro 6000D on "
            "Wednesday.",
            ("CN", "tightening"),
        ),
        # a licence granted, reported by the firm: the state's act
        (
            "Nvidia says it received US licences to sell H20",
            "Nvidia said on Tuesday that the US government had granted it licences to sell "
            "the H20 to China.",
            ("US", "easing"),
        ),
        (
            "US orders chipmaker Nvidia to stop selling H20",
            "The US Commerce Department on Monday ordered Nvidia to stop selling the H20.",
            ("US", "tightening"),
        ),
        # the firm halts because the state requires a licence
        (
            "Nvidia halts H20 sales after US requires licence",
            "Nvidia said the US government told it that exports of the H20 to China now need "
            "a licence.",
            ("US", "tightening"),
        ),
        # the state's act leads a headline without an act
        (
            "Chip stocks slide",
            "The US on Wednesday banned exports of the H20 to China. Nvidia reported record "
            "quarterly revenue.",
            ("US", "tightening"),
        ),
        # a second clause of the headline states the state's act, as a noun
        (
            "Nvidia posts record revenue; China's regulator opens antitrust probe",
            "Nvidia posted record revenue. China's market regulator opened an antitrust "
            "investigation into Nvidia on Monday.",
            ("CN", "tightening"),
        ),
        (
            "Nvidia meldet Rekordumsatz; China leitet Kartellverfahren ein",
            "Nvidia meldete am Mittwoch einen Rekordumsatz.",
            ("CN", "tightening"),
        ),
        # a state before the firm, a verb between: no qualifier of the firm
        ("美国商务部约谈英伟达", "美国商务部周二约谈英伟达。", ("US", "tightening")),
        (
            "美国禁止英伟达H20对华出口",
            "美国商务部周二宣布，禁止英伟达向中国出口H20芯片。",
            ("US", "tightening"),
        ),
        (
            "Nvidia: Washington verbietet Export von H20",
            "Die US-Regierung hat am Dienstag den Export des H20 nach China verboten.",
            ("US", "tightening"),
        ),
    ],
)
def test_a_frame_that_states_a_state_act_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    found = events(analyzer, title, body)
    assert expected in main_of(found), brief(found)


def test_a_measure_noun_in_the_firm_act_clause_is_background(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Nvidia posts record revenue despite US export curbs",
        "Nvidia posted record revenue. The US has required licences for H20 exports to China.",
    )
    assert not main_of(found), brief(found)


def test_a_lead_that_reports_the_act_today_keeps_it(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Nvidia unveils new AI chip",
        "The US government on Monday banned exports of the H20 to China. Nvidia unveiled "
        "its new chip in Taipei.",
    )
    assert ("US", "tightening") in main_of(found), brief(found)


_CALL = (
    "Prepared remarks\n"
    "[Operator]\n"
    "Good afternoon and welcome.\n"
    "Colette Kress -- Executive Vice President and Chief Financial Officer\n"
    "On April 9, the US government informed us that a licence is required for H20 "
    "exports to China. The US has banned exports of the H20 to China.\n"
    "Jensen Huang -- President and Chief Executive Officer\n"
    "The market is closed to us."
)


def test_a_results_call_transcript_is_the_firm_talking(analyzer: Analyzer) -> None:
    found = events(analyzer, "Nvidia (NVDA) Q1 2026 call transcript", _CALL)
    assert not main_of(found), brief(found)
    assert any("background:call" in e.rule for e in found), brief(found)


def test_speaker_marks_of_a_state_briefing_are_no_call(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Commerce Department briefing",
        "Q: Will more chips be covered?\nA: The US on Tuesday banned exports of the H20 to "
        "China, effective today.",
    )
    assert not any("background:call" in e.rule for e in found), brief(found)


def test_a_state_before_the_firm_without_a_descriptor_is_no_frame(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "Chip stocks", f"China says Nvidia results show strong demand. {_US_BAN_EN}"
    )
    assert ("US", "tightening") in main_of(found), brief(found)
