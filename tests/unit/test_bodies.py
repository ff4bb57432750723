"""Round 25 (issue 11): a story whose speaker is an industry body, not a state (``bodies.py``).

A headline whose subject is a body of firms (an association, a lobby, a federation, a
chamber of commerce, or a named body such as SEMI) and whose verb is that body's statement,
urging, warning or concern tells no state act: the measure is its occasion, every act the
story reads is background. Contrasts that stay news: a state act told in the headline's
own clause before the body; a plain act report with no body in the headline.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "SEMI statement on the new export control rules for chip tools",
            "The group said it is deeply worried that the export control rules issued on "
            "March 3 by the Commerce Department will harm equipment makers. The Commerce "
            "Department expanded the restrictions on chipmaking tools last week.",
        ),
        (
            "Chip industry association urges Washington to drop new curbs on China sales",
            "The association said the United States imposed export restrictions on advanced "
            "chips to China on Monday and asked the administration to reconsider them.",
        ),
        (
            "Halbleiterverband warnt vor neuen Exportbeschränkungen der USA",
            "Die USA haben am Montag die Exportkontrollen für Chipanlagen nach China "
            "verschärft. Der Verband fürchtet Umsatzeinbußen.",
        ),
        (
            "L'association des équipementiers s'inquiète des nouvelles restrictions américaines",
            "Les États-Unis ont restreint lundi les exportations de puces avancées vers la "
            "Chine. L'association craint des pertes de ventes.",
        ),
        (
            "La asociación de fabricantes advierte sobre los nuevos controles de EE.UU.",
            "Estados Unidos restringió el lunes las exportaciones de chips avanzados a China. "
            "La asociación teme perder ventas.",
        ),
        (
            "就日本限制向中国出口芯片设备，中国某行业协会发表声明",
            "日本政府3日宣布限制向中国出口23种芯片制造设备。协会表示坚决反对。",
        ),
        (
            "美国芯片行业协会发声明 劝阻政府对华采取新限制",
            "该协会周一发表声明，敦促美国政府在评估影响之前不要采取进一步的出口限制措施。",
        ),
        (
            "반도체산업협회, 미국 수출통제 강화에 우려 성명",
            "미국 상무부는 지난 3일 중국에 대한 첨단 반도체 수출통제를 강화했다. "
            "협회는 업계 피해를 우려했다.",
        ),
    ],
    ids=["en-named", "en-urges", "de", "fr", "es", "zh-topic", "zh-urging", "ko"],
)
def test_an_industry_bodys_statement_story_states_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)
    assert all("background:industry" in e.rule for e in found if not e.primary), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "US restricts chip tool exports to China; industry association warns of lost sales",
            "The Commerce Department on Monday restricted exports of chipmaking tools to "
            "China, effective immediately.",
            "US",
        ),
        (
            "USA verschärfen Exportkontrollen für Chipanlagen, Verband warnt",
            "Die USA haben am Montag die Exportkontrollen für Chipanlagen nach China verschärft.",
            "US",
        ),
        (
            "美国宣布限制对华出口芯片设备 行业协会表示担忧",
            "美国商务部周一宣布限制向中国出口先进芯片制造设备，即日生效。",
            "US",
        ),
        (
            "US restricts chip tool exports to China",
            "The Commerce Department on Monday restricted exports of chipmaking tools to "
            "China. An industry association said it was concerned.",
            "US",
        ),
    ],
    ids=["en-act-first", "de-act-first", "zh-act-first", "en-no-body-in-headline"],
)
def test_a_state_act_told_before_the_body_stays_news(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    found = events(analyzer, title, body)
    assert (state, "tightening") in main_of(found), brief(found)


def test_a_lower_case_semi_is_no_named_body(analyzer: Analyzer) -> None:
    """Named bodies are matched as written: "semi-conducteurs" names no SEMI."""
    found = events(
        analyzer,
        "Les États-Unis restreignent les exportations de semi-conducteurs, déclaration à venir",
        "Les États-Unis ont restreint lundi les exportations de semi-conducteurs avancés "
        "vers la Chine.",
    )
    assert ("US", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Prosecutors charge three in AI chip smuggling case",
            "Federal prosecutors charged three men with shipping restricted accelerators to "
            "China through a shell firm. The United States has been tightening export "
            "restrictions on advanced chips since 2022.",
        ),
        (
            "Staatsanwaltschaft ermittelt wegen Betrugs mit KI-Chips",
            "Die Ermittler prüfen Lieferungen von Servern nach Malaysia. Die USA haben die "
            "Exportkontrollen für fortschrittliche Chips verschärft.",
        ),
        (
            "检察机关起诉三人涉嫌走私先进芯片",
            "起诉书称，三人通过第三国转运芯片。美国此前已收紧对华先进芯片出口管制。",
        ),
    ],
    ids=["en", "de", "zh"],
)
def test_a_criminal_case_story_states_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


def test_a_state_act_in_a_case_headline_stays_news(analyzer: Analyzer) -> None:
    """The headline's own act keeps the story: the case is then its occasion."""
    found = events(
        analyzer,
        "US restricts exports to three firms after smuggling case",
        "The Commerce Department on Monday restricted exports of advanced chips to three "
        "firms named in a smuggling case, effective immediately.",
    )
    assert ("US", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Chipmachinemaker ASML: kwartaalcijfers",
            "Voor leveringen van onderdelen uit de VS aan een Chinese klant is een "
            "exportvergunning nodig, aldus het bedrijf.",
        ),
        (
            "Halbleiterkonzern Infineon: Quartalsergebnis",
            "Die USA haben die Exportkontrollen für Chips nach China verschärft.",
        ),
    ],
    ids=["nl", "de"],
)
def test_a_firms_results_column_under_its_descriptor_states_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    """One descriptor word before the firm is its apposition: the firm is the subject."""
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "[무역안보 브리프] 미국 반도체 수출통제의 경과와 전망",
            "미국은 반도체 수출통제를 강화하고 있으며 통제 대상 품목의 범위를 확대하고 있다.",
        ),
        (
            "米国の半導体輸出規制の経緯と展望",
            "米国は半導体の輸出規制を強化し、対象品目を拡大してきた。",
        ),
        (
            "美国芯片出口管制的回顾与展望",
            "美国不断收紧对华芯片出口管制，扩大管制物项范围。",
        ),
    ],
    ids=["ko", "ja", "zh"],
)
def test_a_review_and_outlook_brief_states_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    """ "The course and outlook of …": an analysis of a known measure, no act of the day."""
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


# ---------- round 26 (issue 11): legislators and their initiative as the headline


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Senators propose bill to stop the easing of AI chip export rules",
            "Currently the Commerce Department restricts which AI chips can be sold to China. "
            "The bill would keep those limits for 30 months and bar the administration from "
            "loosening them.",
        ),
        (
            "Senatoren wollen die Lockerung der Exportregeln für KI-Chips blockieren",
            "Die US-Regierung lockerte die Exportregeln für KI-Chips nach China.",
        ),
        (
            "美两党参议员提出法案 阻止放宽对华AI芯片管制",
            "美国商务部已批准英伟达向中国出口H20芯片。",
        ),
        (
            "美 상원의원들, 대중 AI 칩 수출 완화 막는 법안 발의",
            "미국 상무부는 엔비디아 H20 칩의 중국 수출을 허용했다.",
        ),
    ],
)
def test_a_legislators_initiative_makes_the_states_acts_its_occasion(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # contrasts: a state act the headline tells before the legislators
        (
            "US adds 30 Chinese firms to entity list; senators want more",
            "The Commerce Department on Monday added 30 Chinese firms to the Entity List.",
            ("US", "tightening"),
        ),
        (
            "China bans gallium exports to the US as senators propose a chip bill",
            "China's commerce ministry on Tuesday banned exports of gallium to the United States.",
            ("CN", "tightening"),
        ),
    ],
)
def test_a_state_act_before_the_legislators_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
