"""False policy articles that recur across held-out sets (round 28, h46p).

1. A state weighing a measure in a Latin-script headline ("Washington considers ending
   waivers", "Le Japon envisage de …", "Trump prepara aranceles …", "Seoul proposes to
   widen …"), no act in the headline, no start day or enactment in the story: the story
   is the plan, and the acts its body reads (a waiver granted before, the rules the state
   "applies", the measures it "is evaluating") are background, as a Chinese, Japanese or
   Korean plan headline's were (round 24). A headline act, a start day, a verb of another
   kind ("plans to" over a dated rule) stay as read.
2. A continuity adverb before the predicate: English "still" and the Spanish "seguir" +
   gerund of applying or keeping ("sigue aplicando la prohibición"), for verbs and for the
   measure noun such a verb governs: what stands, no new act. "still" in a clause reported
   after "that" ("assured the firm that … are still authorized … for one year") is the
   content of a new assurance and stays news; "sigue a" ("follows") stays out.
3. A site's copyright or reprint line ("무단전재·재배포 금지", "All rights reserved.
   Redistribution prohibited.", "版权所有，未经授权禁止转载"): its "prohibited" bans nothing.
Our own sentences.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Uncertainty for chipmakers as Washington considers ending equipment waivers",
            "Chipmakers with plants in China worry about their supplies.\nTo avoid "
            "disruption, two Korean memory makers were granted one-year exemptions from the "
            "rules.",
        ),
        (
            "Taiwan considers tighter export rules for its newest chip processes",
            "Taiwan is evaluating tighter export control measures that could limit "
            "production of its newest chips abroad, officials said.",
        ),
        (
            "Le Japon envisage de retirer la Corée du Sud de sa liste blanche",
            "Tokyo examine une mesure contre Séoul. Le Japon applique des restrictions "
            "commerciales minimales aux pays de la liste.",
        ),
        (
            "Seoul proposes to widen export controls on Russia",
            "The amendments widen the current export controls on Russia and Belarus to 300 "
            "more items.",
        ),
        (
            "USA erwägen neue Chip-Exportkontrollen gegen China",
            "Washington hat die Ausfuhr moderner KI-Chips nach China untersagt.",
        ),
    ],
)
def test_a_state_weighing_a_measure_in_the_headline_is_a_plan_story(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert found, "the body's act stays a background event"
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "main"),
    [
        # the headline states an act: the weighing verb is not the state's
        (
            "Chipmakers weigh options as Japan restricts chip tool exports",
            "Japan restricted exports of 23 kinds of chipmaking equipment on Friday.",
            ("JP", "tightening"),
        ),
        # "plans to" is no weighing verb: a rule with a start day is decided
        (
            "Japan plans to curb exports of chip tools",
            "Japan will restrict exports of 23 kinds of chipmaking equipment from July 23, "
            "the trade ministry said.",
            ("JP", "tightening"),
        ),
    ],
)
def test_a_headline_act_or_a_decided_plan_stays_news(
    analyzer: Analyzer, title: str, body: str, main: tuple[str, str]
) -> None:
    found = events(analyzer, title, body)
    assert main in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Washington still bars sales of advanced chips to China", ""),
        (
            "Chipmakers count the cost",
            "The US still applies its ban on sales of advanced chips to China.",
        ),
        (
            "China sufre por los chips",
            "El presidente adoptó y sigue aplicando la prohibición de vender semiconductores "
            "avanzados a China.",
        ),
    ],
)
def test_a_measure_that_still_stands_is_no_new_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "main"),
    [
        (
            "Chipmakers count the cost",
            "The US applies its ban on sales of advanced chips to China.",
            ("US", "tightening"),
        ),
        (
            "Korean chipmakers get one-year grace period",
            "The US Commerce Department's Bureau of Industry and Security has assured SK "
            "hynix that the company and its suppliers are still authorized to import "
            "chipmaking tools for one year without a license.",
            ("US", "easing"),
        ),
        (
            "La medida de Pekín",
            "La medida sigue a la presión de Washington, que prohibió la venta de chips "
            "avanzados a China.",
            ("US", "tightening"),
        ),
    ],
)
def test_an_act_without_continuity_or_in_a_new_assurance_stays_news(
    analyzer: Analyzer, title: str, body: str, main: tuple[str, str]
) -> None:
    found = events(analyzer, title, body)
    assert main in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            '"HBM도 대중 수출통제 포함될 수도"…외신 보도',
            "외신은 미국 정부가 이달 발표할 새 대중 반도체 통제에 HBM이 포함될 수 있다고 "
            "전했다.\nCopyright © 한빛경제, 무단전재·재배포 금지",
        ),
        (
            "중국, 갈륨 수출 통제",
            "중국이 갈륨과 게르마늄 수출을 제한합니다.\n수출 업자는 상무부의 허가를 받아야 "
            "합니다.\nAll rights reserved.무단 전재, 재배포 및 AI학습 이용 금지",
        ),
        (
            "China limits gallium exports",
            "China will require licences for gallium exports from August 1, the commerce "
            "ministry said.\nCopyright 2025 The Daily Ledger. All rights reserved. "
            "Redistribution prohibited.",
        ),
        (
            "中国限制镓出口",
            "中国商务部宣布自8月1日起对镓实施出口管制。\n版权所有，未经授权禁止转载",
        ),
    ],
)
def test_a_reprint_line_bans_nothing(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not any(e.action == "ban" for e in found), brief(found)


def test_a_ban_beside_a_reprint_line_stays(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "중국, 갈륨 수출 금지",
        "중국 상무부는 갈륨 수출을 금지했다.\nCopyright © 한빛경제, 무단전재·재배포 금지",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)
    assert sum(e.action == "ban" for e in found) == 1, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "El presidente anunció este miércoles que impondrá un arancel del 100% a las "
        "importaciones de chips.",
        "President Trump announced on Wednesday that he will impose a 100% tariff on imported "
        "chips.",
        "Le président a annoncé mercredi qu'il imposera des droits de douane de 100 % sur les "
        "puces importées.",
        "Il presidente ha annunciato mercoledì che imporrà dazi del 100% sui chip importati.",
        "O presidente anunciou na quarta-feira que vai impor tarifas de 100% sobre chips "
        "importados.",
    ],
)
def test_a_tariff_still_to_be_imposed_with_no_start_is_a_threat(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "Chips: Washington and its tariffs", body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("body", "main"),
    [
        # a start day makes the tariff decided
        (
            "El presidente Donald Trump anunció que impondrá un arancel del 100% a las "
            "importaciones de chips a partir del 1 de octubre.",
            ("US", "tightening"),
        ),
        # a listing announced in the future is no tariff: it stays decided
        (
            "El Departamento de Comercio anunció que añadirá 30 empresas chinas a su lista de "
            "entidades.",
            ("US", "tightening"),
        ),
    ],
)
def test_a_dated_tariff_or_a_future_listing_stays_news(
    analyzer: Analyzer, body: str, main: tuple[str, str]
) -> None:
    found = events(analyzer, "Aranceles y listas", body)
    assert main in main_of(found), brief(found)
