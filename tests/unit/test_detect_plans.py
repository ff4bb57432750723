"""Plans, announcements still to come and threatened measures are no acts (issue 11).

1. An announcement still to come: "says he will announce tariffs within two weeks"; a
   time to come after the measure ("will be in place in the near future").
2. A plan in progress or a wish: "is moving to revoke", "wanted to revoke".
3. A Romance conditional governing the measure to be brought in is a plan at the time,
   whatever the verb of saying ("confirmó que se alinearía ... e introduciría nuevas
   normas"); a date of entry into force makes it decided.
4. A threatened or expected measure: "la minaccia dei dazi imposti da ...", "la amenaza de
   aranceles"; "falls on expectations US will further limit ...", "fears that the US will
   tighten ..." (a fear "that the ..." opens a clause, it is no judgement "it the right
   moment").
Contrasts: the measure taken, a reported decision with its date, a reported "would"
that heads the measure, the Italian act.

From round 8: a rule put out for public comment is a proposal; contrast: a rule in force.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("President says he will announce chip tariffs within two weeks", ""),
        ("Chip levies", "The president said on Friday he will unveil tariffs on imported chips."),
        ("Chip levies", "The tariffs on chips will be in place in the near future, he said."),
        ("Agency is moving to revoke chip tool waivers for memory makers", ""),
        (
            "Tool waivers",
            "An export official told memory makers he wanted to revoke the waivers they use "
            "to ship tools to their plants in China.",
        ),
        (
            "Chip levies",
            "Secondo la stampa, il dazio del 50% verrebbe applicato se i produttori non "
            "investono negli Stati Uniti.",
        ),
    ],
)
def test_an_announcement_to_come_or_a_plan_in_progress_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    "body",
    [
        "El Gobierno de Países Bajos confirmó que se alinearía con Estados Unidos e "
        "introduciría nuevas normas restringiendo las exportaciones de equipos de litografía.",
        "Le gouvernement des Pays-Bas a confirmé qu'il introduirait de nouvelles règles "
        "restreignant les exportations de machines de lithographie.",
        "Il governo dei Paesi Bassi ha confermato che introdurrebbe nuove norme che limitano "
        "le esportazioni di macchine per litografia.",
    ],
)
def test_a_romance_conditional_of_a_measure_to_bring_in_is_a_plan(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "Litografia", body, None)


@pytest.mark.parametrize(
    "body",
    [
        "I titoli dei chip scendono per la minaccia dei dazi imposti da Trump sui semiconduttori.",
        "La amenaza de aranceles de Trump a los semiconductores pesa sobre los fabricantes.",
    ],
)
def test_a_threatened_measure_is_no_act(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Mercati", body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Chipmaker falls on expectations US will further limit China chip sales", ""),
        ("Chip stocks", "Fears that the US will tighten chip export curbs further hit the shares."),
        (
            "Chip stocks",
            "Speculation that Washington will expand export curbs on memory chips weighed on "
            "the sector.",
        ),
    ],
)
def test_an_expected_measure_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


def test_a_measure_a_headline_reports_beside_a_fall_stays_an_act(analyzer: Analyzer) -> None:
    check(analyzer, "Chipmaker falls as US limits China chip sales", "", ("US", "tightening"))


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("U.S. imposes new curbs on memory chip exports to China", "", ("US", "tightening")),
        (
            "Chip levies",
            "President Trump signed a proclamation on Monday imposing 25% tariffs on "
            "imported chips.",
            ("US", "tightening"),
        ),
        (
            "Reglas",
            "El Departamento de Comercio anunció que prohibiría la venta de chips avanzados a "
            "China a partir de enero.",
            ("US", "tightening"),
        ),
        (
            "Litografía",
            "El Gobierno de Países Bajos anunció que introduciría nuevas normas de exportación "
            "para equipos de litografía a partir del 1 de septiembre.",
            ("NL", "tightening"),
        ),
        (
            "Dazi",
            "Trump ha imposto lunedì dazi del 25% sui semiconduttori importati.",
            ("US", "tightening"),
        ),
    ],
)
def test_the_measure_taken_stays_an_act(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


# ------------------------------------------- a rule put out for comment is a proposal


@pytest.mark.parametrize(
    "body",
    [
        "Taiwan's economy ministry will open a 60-day public comment period on rules to "
        "tighten export controls on chipmaking tools.",
        "Le gouvernement soumet à consultation publique un décret qui restreint l'export de "
        "machines de gravure.",
    ],
)
def test_a_rule_out_for_comment_is_no_event(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_rule_in_force_stays_an_event(analyzer: Analyzer) -> None:
    body = "The Commerce Department imposed new export controls on HBM, effective immediately."
    check(analyzer, "", body, ("US", "tightening"))


# Round 19 (issue 11): a headline act that the lead restates as the state's plan or wish
# compresses the plan; the body's future retellings of it are its content.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Freedonia to curb exports of wafer etching tools",
            "Freedonia's government said on Tuesday it plans to restrict exports of 14 kinds "
            "of wafer etching tools. Toolmakers will need to seek export permits for every "
            "destination, the trade minister said.",
        ),
        (
            "Japan to tighten export rules on lithography gear",
            "Tokyo is planning to restrict exports of 23 types of chipmaking equipment to all "
            "regions, the industry ministry said in a statement.",
        ),
        (
            "Le Japon va restreindre ses exportations d'équipements de gravure",
            "Le gouvernement japonais prévoit de restreindre les exportations de 14 types "
            "d'équipements de gravure de semi-conducteurs, a indiqué le ministère.",
        ),
        (
            "Japón restringirá la exportación de equipos de litografía",
            "El gobierno japonés tiene previsto restringir las exportaciones de equipos de "
            "litografía avanzados, según un comunicado del ministerio.",
        ),
        (
            "EUA querem proibir venda de chips Nvidia à China",
            "Deputados dos Estados Unidos querem restringir as exportações de chips avançados "
            "para a China. O projeto proibirá a venda dos modelos mais potentes por dois anos.",
        ),
        (
            "Il Giappone vuole limitare l'export di macchinari per chip",
            "Il governo giapponese intende limitare le esportazioni di macchinari per la "
            "produzione di chip avanzati, ha detto il ministro.",
        ),
    ],
)
def test_a_headline_act_the_lead_restates_as_a_plan_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Japan to restrict exports of lithography gear from July 23",
            "Japan will restrict exports of 23 kinds of chipmaking gear from July 23, the "
            "industry ministry said on Friday.",
        ),
        (
            "Japan to curb exports of etching tools",
            "Japan's government decided to restrict exports of 14 kinds of etching tools, the "
            "industry ministry said on Friday.",
        ),
        (
            "Japón restringirá la exportación de equipos de litografía",
            "El gobierno japonés anunció que restringirá las exportaciones de equipos de "
            "litografía a partir del 23 de julio.",
        ),
        (
            "Le Japon restreint ses exportations d'équipements de gravure",
            "Le Japon a annoncé vendredi qu'il imposera des licences d'exportation pour 14 "
            "types d'équipements de gravure à partir du 23 juillet.",
        ),
    ],
)
def test_a_decided_measure_under_a_to_headline_stays_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("JP", "tightening"))


# A plan told after the same state's act done in the lead elaborates that act: the
# headline's act stays news (round 19's plan rule must not take it).
@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China amplia controles sobre a exportação de gálio",
            "A China endureceu nesta quinta-feira os controles sobre a exportação de gálio, "
            "dizendo que pretende limitar as vendas a usuários militares estrangeiros.",
        ),
        (
            "China widens export controls on gallium",
            "China tightened its controls on gallium exports on Thursday, saying it intends "
            "to limit sales to foreign military users.",
        ),
        (
            "China amplía los controles a la exportación de galio",
            "China endureció el jueves los controles a la exportación de galio. El ministerio "
            "tiene previsto limitar también las ventas a usuarios militares extranjeros.",
        ),
    ],
)
def test_a_plan_after_the_act_done_in_the_lead_keeps_the_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("CN", "tightening"))


# Round 19: a wish in the past ("voleva impedire", "quería prohibir", "wollte verbieten")
# is no act, as English "wanted to"; contrast: permission given as a noun phrase ("ha dato
# il permesso", "dio permiso", "gave permission") is the act.
@pytest.mark.parametrize(
    "body",
    [
        "Il governo statunitense voleva impedire alla Cina di accedere ai chip più avanzati.",
        "El gobierno estadounidense quería prohibir la venta de chips avanzados a China.",
        "Die US-Regierung wollte den Export von KI-Chips nach China verbieten.",
        "Le gouvernement américain voulait interdire la vente de puces avancées à la Chine.",
    ],
)
def test_a_wish_in_the_past_is_no_act(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    "body",
    [
        "Il governo statunitense ha dato il permesso a Nvidia di vendere il chip H200 in Cina.",
        "El gobierno estadounidense dio permiso a Nvidia para vender el chip H200 en China.",
        "O governo dos Estados Unidos deu permissão à Nvidia para vender o chip H200 na China.",
        "The US government gave permission to Nvidia to sell its H200 chip in China.",
    ],
)
def test_permission_given_as_a_noun_phrase_is_an_approval(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("US", "easing"))
