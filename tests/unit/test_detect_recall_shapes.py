"""Round 27 (h43r, issue 11): true policy articles missed by shapes that recur across sets.

Three classes, each stated without any one article's words (own sentences):

- A headline act demoted because the body tells an act of the same state and direction
  only as background (``Story.demote_title``): a body act of *another* action told in the
  past perfect ("had required licences") is an earlier measure the headline's act follows,
  not its retelling. Contrasts: the same act retold in the past perfect with an earlier
  year stays background; a reported pluperfect ("said it had banned") was news before.
- A bare government noun with nothing named before it ("The government has removed ...",
  "Govt ...") takes the one state that acts anywhere in the story (a later agency).
  Contrasts: a story that names only the measure's target, or two acting states, leaves
  the noun unresolved.
- Verb families the detector read in some languages and missed in others: "put on" a
  list (nl, pt, es), "intervene in" a firm (fr, es, it, pt; ja 接収), the German rule
  nouns beside "Regeln", and goods added to a control's scope (ja, ko, zh). Contrasts:
  the same verbs with no list, no firm or no state stay silent.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China prohíbe exportar galio a Estados Unidos",
            "China ha anunciado la prohibición de exportar galio a Estados Unidos. El "
            "Ministerio de Comercio de China había requerido previamente licencias.",
        ),
        (
            "China bans gallium exports to the US",
            "The measure follows earlier steps. China's commerce ministry had required "
            "exporters to apply for licences since August.",
        ),
        (
            "China proíbe exportação de gálio para os EUA",
            "Pequim tinha exigido antes licenças de exportação para esses metais.",
        ),
    ],
)
def test_an_earlier_measure_in_the_past_perfect_leaves_the_headline_act_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("CN", "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China bans gallium exports to the US",
            "In 2023 China had banned gallium exports to the US, the ministry recalled.",
        ),
        (
            "China prohíbe exportar galio a Estados Unidos",
            "China había prohibido en 2023 la exportación de galio a Estados Unidos.",
        ),
    ],
)
def test_the_same_act_retold_in_the_past_perfect_stays_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_a_reported_past_perfect_still_tells_the_act(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "China bans gallium exports to the US",
        "China said it had banned gallium exports to the US.",
        ("CN", "tightening"),
    )


# A paragraph of background between the lead and the agency's name: beyond the lead
# that a headline takes its implied actor from, as in a notice quoted at the end.
_FILLER = (
    "Under the scheme, importers had to file advance details of each shipment in an online "
    "system and pay a fee for a registration number before the goods could be cleared. "
    "Traders had long asked for the step to be dropped for the most common memory parts, "
    "saying it delayed shipments for weeks and added paperwork for small firms. Industry "
    "groups said the monitoring had served its purpose of tracking volumes and prices, and "
    "that the data gathered so far would be enough to watch the market from now on."
)


@pytest.mark.parametrize(
    "title",
    [
        "Govt removes mandatory registration for some imported chips",
        "Registration for some imported chips removed",
    ],
)
def test_a_bare_government_takes_the_one_state_body_named_later(
    analyzer: Analyzer, title: str
) -> None:
    check(
        analyzer,
        title,
        "The government has removed the mandatory registration of some imported memory "
        "chips under its import monitoring scheme.\n"
        + _FILLER
        + "\nThe registration requirement has been discontinued with immediate effect, "
        "according to a notification of the Directorate General of Foreign Trade (DGFT).",
        ("IN", "easing"),
    )


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "Exportação de chips avançados é proibida",
            "O governo proibiu a exportação de chips avançados.\n"
            + _FILLER
            + "\nA medida foi publicada pelo Ministério do Comércio da China.",
            "CN",
        ),
        (
            "部分芯片出口遭禁",
            "政府宣布即日起禁止部分先进芯片出口。\n"
            + "据悉，出口商此前须提前在线填报每批货物的信息并缴纳费用后方可通关。" * 5
            + "\n马来西亚投资贸易及工业部发布通知确认了这一变化。",
            "MY",
        ),
    ],
)
def test_a_bare_government_in_other_languages_takes_the_sole_acting_state(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    check(analyzer, title, body, (state, "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        # only the target is named: the government is not South Korea's
        "The government said on Monday that it will tighten controls on exports of "
        "photoresists to South Korea, effective Thursday.",
        # two states act: the noun stays unresolved
        "The government has tightened controls on exports of photoresists. The US "
        "Commerce Department and China's commerce ministry declined to comment.",
    ],
)
def test_a_bare_government_with_no_sole_acting_state_stays_unresolved(
    analyzer: Analyzer, body: str
) -> None:
    assert not any(e.primary for e in events(analyzer, "Chip material curbs", body))


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "VS zetten Chinese bedrijven op zwarte lijst",
            "Het Amerikaanse ministerie van Handel heeft vijf Chinese bedrijven op de "
            "zwarte lijst gezet.",
            "US",
        ),
        (
            "EUA colocam empresas chinesas na lista negra",
            "O Departamento de Comércio dos EUA colocou cinco empresas chinesas na lista negra.",
            "US",
        ),
        (
            "EE.UU. coloca a empresas chinas en la lista negra",
            "El Departamento de Comercio colocó a cinco empresas chinas en su lista de entidades.",
            "US",
        ),
        # round 35: Spanish headlines' commoner "put" ("pone en la lista negra")
        (
            "EE.UU. pone a un fabricante chino de memorias en la lista negra",
            "",
            "US",
        ),
        (
            "Nuevas sanciones de Washington",
            "El Departamento de Comercio puso a siete empresas chinas en su lista de entidades.",
            "US",
        ),
        (
            "El Gobierno neerlandés interviene en el fabricante de chips Nexperia",
            "El Gobierno neerlandés anunció el domingo que interviene en Nexperia.",
            "NL",
        ),
        (
            "Il governo olandese interviene nel produttore di chip Nexperia",
            "Il governo olandese ha annunciato domenica che è intervenuto nella Nexperia.",
            "NL",
        ),
        (
            "Le gouvernement néerlandais intervient chez le fabricant de puces Nexperia",
            "Le gouvernement néerlandais est intervenu dimanche chez Nexperia.",
            "NL",
        ),
        (
            "Governo holandês intervém na Nexperia",
            "O governo holandês anunciou neste domingo que está intervindo na fabricante "
            "de chips Nexperia.",
            "NL",
        ),
        (
            "オランダ政府、ネクスペリアの経営権を接収",
            "オランダ政府は12日、ネクスペリアの経営権を接収したと発表した。",
            "NL",
        ),
        (
            "Niederlande: neue Vorgaben für DUV-Anlagen",
            "Die niederländische Regierung hat heute die neuen Vorgaben für den Export von "
            "DUV-Anlagen veröffentlicht.",
            "NL",
        ),
        (
            "Berlin erlässt neue Vorschriften für Chip-Exporte",
            "Die Bundesregierung hat neue Vorschriften für den Export von Chipanlagen erlassen.",
            "DE",
        ),
        (
            "経産省、製造装置23品目を規制対象に追加",
            "経済産業省は23日、製造装置など23品目を規制対象に加えると発表した。",
            "JP",
        ),
        (
            "일본, 반도체 장비 23개 품목 수출규제 대상에 추가",
            "일본 경제산업성은 23일 반도체 제조장비 23개 품목을 수출규제 대상에 추가했다고 밝혔다.",
            "JP",
        ),
        (
            "日本将23种半导体设备纳入管制范围",
            "日本经济产业省23日宣布，将23种半导体制造设备纳入管制范围。",
            "JP",
        ),
    ],
)
def test_a_sibling_of_a_read_verb_family_is_read(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    check(analyzer, title, body, (state, "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Kabinet zet in op meer chipfabrieken", "Het kabinet zet in op nieuwe fabrieken."),
        (
            "La banque centrale intervient dans le marché des changes",
            "La banque centrale est intervenue lundi dans le marché des changes.",
        ),
        (
            "Datenschutz: Vorgaben der EU",
            "Die Vorgaben der EU zum Datenschutz gelten seit 2018.",
        ),
        (
            "삼성, 신규 고객 추가",
            "삼성전자는 규제 대상이 아닌 제품군에 신규 고객을 추가했다.",
        ),
    ],
)
def test_the_same_verbs_without_their_object_stay_silent(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)
