"""Measure words and their direction, own sentences: what is a ban, a halt, an easing.

Permissions that end, revoked waivers, suspended bans and interventions, cancelled or
abolished measures, resumed exports, grace periods, directives to firms and forced sales,
vetoes of sales, control taken of a firm, probes and reviews, control lists by paraphrase,
the "limit" family and materials; idioms that are no measure ("stopped short of"),
pressure on another government, a firm's own acts. Written over issue 11's rounds 3 to 14.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, check_any_actor, events

# ------------------------------------------------------------- directives to firms


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "China urges its cloud firms to avoid using Nvidia H20 processors",
            "",
            ("CN", "tightening"),
        ),
        (
            "",
            "Regulators have sent notices to several data centre operators discouraging "
            "them from buying the H20, China's cyberspace regulator said.",
            ("CN", "tightening"),
        ),
        (
            "",
            "Operators of key networks should stop purchasing Micron memory, China's "
            "cyberspace regulator said on Sunday.",
            ("CN", "tightening"),
        ),
        (
            "",
            "The Cyberspace Administration of China told ByteDance and Alibaba to stop "
            "buying the RTX Pro 6000D.",
            ("CN", "tightening"),
        ),
        ("", "网信办要求字节跳动等企业停止采购英伟达RTX Pro 6000D芯片。", ("CN", "tightening")),
        (
            "",
            "中国政府已发布指引，要求国资数据中心只能使用国产人工智能芯片。",
            ("CN", "tightening"),
        ),
        # contrasts: an analyst's advice, a lawmaker's call
        ("", "Analysts urged investors to avoid buying Nvidia shares before the results.", None),
        ("", "US lawmakers urged the Commerce Department to stop Nvidia selling the H20.", None),
    ],
)
def test_directives_to_firms_are_guidance(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check_any_actor(analyzer, title, body, expected)


def test_a_forced_sale_is_an_order(analyzer: Analyzer) -> None:
    body = (
        "Nexperia has been told to sell most of its stake in the Welsh wafer plant. "
        "The final order was issued by the Business Secretary under the investment "
        "screening law."
    )
    check_any_actor(analyzer, "Divestment ordered at Welsh chip plant", body, ("GB", "tightening"))


# ------------------------------------------------------- vetoes, blocks, home governments


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Bundeskabinett untersagt Verkauf einer Chipfabrik an chinesischen Käufer",
            "",
            ("DE", "tightening"),
        ),
        (
            "",
            "Il Consiglio dei ministri ha esercitato i poteri speciali sulla cessione di "
            "un produttore di reattori per semiconduttori.",
            ("IT", "tightening"),
        ),
        (
            "",
            "Il governo ha posto il veto sulla vendita della società di chip a un gruppo cinese.",
            ("IT", "tightening"),
        ),
        (
            "Het kabinet beperkt de export van oudere chipmachines naar China",
            "",
            ("NL", "tightening"),
        ),
        # Dutch and German separable verbs, particle at the clause end
        ("", "De minister schort het bevel over de chipmaker op.", ("NL", "easing")),
        ("", "Berlin setzt die Regel für Chipexporte aus.", ("DE", "easing")),
        ("", "Das Kabinett setzt sich für die Chipbranche ein.", None),
        # "il governo" in a story about China is China's
        (
            "",
            "Pechino ha annunciato nuovi controlli. Il governo ha vietato le esportazioni "
            "di gallio.",
            ("CN", "tightening"),
        ),
    ],
)
def test_vetoes_and_home_governments(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check_any_actor(analyzer, title, body, expected)


# ------------------------------------------------------------ later rules of round 3


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a Chinese word holding a modal character ("模拟", analog) is no plan
        ("商务部对原产于美国的模拟芯片发起反倾销调查", "", ("CN", "tightening")),
        ("", "商务部拟对原产于美国的相关芯片发起反倾销调查。", None),
        # a construction's window is counted without the firm names inside it
        (
            "",
            "The US has revoked Taiwan Semiconductor Manufacturing Co's (TSMC) "
            "authorization to ship tools to its Nanjing plant.",
            ("US", "tightening"),
        ),
        # a causative clause reaches a licence at the end of a long object
        (
            "",
            "Effective immediately, Malaysia will require all exports and transits of "
            "high-performance AI chips from the United States to obtain a trade permit.",
            ("MY", "tightening"),
        ),
        # "as early as" after the verb makes it a forecast
        (
            "",
            "The Commerce Department will stop the shipments of Nvidia chips to China as "
            "early as next month, the report said.",
            None,
        ),
        # officials of a body act for it
        (
            "",
            "Ministers at the Department for Business and Trade ordered the Chinese owner to "
            "sell its stake in the Welsh chip plant.",
            ("GB", "tightening"),
        ),
        # Portuguese "A China" takes the article; Romance purpose is no act
        (
            "",
            "A China intensificou os controles às importações de chips americanos.",
            ("CN", "tightening"),
        ),
        (
            "",
            "Os EUA negociam um acordo com o Japão para impedir vendas de equipamentos à China.",
            None,
        ),
        # German verb-final grant, Dutch "whether" (German "will" is "wants to": a
        # modal since round 9; "wird" is the future)
        (
            "",
            "Das Handelsministerium in Peking wird Ausnahmen für Exporte gewähren.",
            ("CN", "easing"),
        ),
        ("", "Het kabinet beslist per aanvraag of een vergunning wordt verleend.", None),
    ],
)
def test_later_rules(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check_any_actor(analyzer, title, body, expected)


# -------------------------------------------------- lists, directives, instruments


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # removal from a favourable list tightens, a return to it eases
        ("US removes Samsung's China fab from validated end-user list", "", ("US", "tightening")),
        ("Commerce revokes VEU status of chip plants in China", "", ("US", "tightening")),
        ("US reinstates memory plant in validated end user program", "", ("US", "easing")),
        # entity-list additions counted as entities, and long object lists
        (
            "",
            "The US added 40 entities on Monday, citing chip diversion to Russia.",
            ("US", "tightening"),
        ),
        (
            "",
            (
                "The United States on Friday added a maker of etching tools, two "
                "software firms and a chip designer to its export restrictions list."
            ),
            ("US", "tightening"),
        ),
        # halting purchases is a directive
        (
            "",
            "Beijing told its largest platforms to halt their orders of Nvidia accelerators.",
            ("CN", "tightening"),
        ),
        (
            "",
            (
                "El regulador chino pidió a las tecnológicas que suspendan las compras "
                "de chips de Nvidia."
            ),
            ("CN", "tightening"),
        ),
        # a legal instrument on a measure; a verb governing an object list
        (
            "White House proclamation on duties for imported chips",
            "President Trump signed it on Friday.",
            ("US", "tightening"),
        ),
        (
            "",
            (
                "President Trump signed an order setting new reporting duties for "
                "chipmakers and a 25% tariff on imported processors."
            ),
            ("US", "tightening"),
        ),
        # rescission of a framework; plural measures as subjects
        ("Commerce rescinds chip export framework", "", ("US", "easing")),
        (
            "New regulations restrict sales of AI chips",
            "The Commerce Department issued them on Monday.",
            ("US", "tightening"),
        ),
        # deals are an investment flow: the approval grants something
        ("SAMR clears two chip deals", "", ("CN", "easing")),
        # a gerund after "began" is the act; a licence system is a licence duty
        ("China has begun issuing export licences for rare earths", "", ("CN", "easing")),
        ("陸對鎵鍺出口實施許可制", "", ("CN", "tightening")),
        # a firm's results headline makes the measures of its body context
        ("東エレ、業績予想を下方修正", "米国は10月に中国企業を規制リストに追加した。", None),
        # a German ordinal date does not end the sentence
        (
            "Genehmigungspflicht für Chipanlagen",
            (
                "In einem Schreiben an den Bundestag teilte das Wirtschaftsministerium "
                "mit, dass für die Ausfuhr bestimmter Chipanlagen ab dem 1. Juli eine "
                "Genehmigung erforderlich ist."
            ),
            ("DE", "tightening"),
        ),
        # "from" after a tightening verb says where, not who
        (
            "",
            "Twelve entities were added to the US Entity List on Tuesday from China and Russia.",
            ("US", "tightening"),
        ),
    ],
)
def test_lists_directives_and_instruments(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


# ------------------------------------ Romance directives to stop buying chips


@pytest.mark.parametrize(
    "body",
    [
        "El gobierno chino recomienda a las empresas locales dejar de adquirir chips de Nvidia.",
        "O governo chinês pediu às empresas que deixem de comprar chips da Nvidia.",
        "Le gouvernement chinois demande aux entreprises d'arrêter d'acheter des puces Nvidia.",
    ],
)
def test_romance_directive_to_stop_buying(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("CN", "tightening"))


# ------------------------------------------------- a permission that ends is a ban


@pytest.mark.parametrize(
    "body",
    [
        "The Dutch trade ministry said on Friday that ASML will no longer be allowed to "
        "ship its older immersion scanners to Chinese fabs.",
        "Die Bundesregierung teilte mit, die Ausfuhr der Anlagen sei ab sofort nicht mehr erlaubt.",
        "Le gouvernement néerlandais a indiqué que ces machines ne seront plus autorisées "
        "à l'exportation vers la Chine.",
    ],
)
def test_permission_that_ends_is_a_ban(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    main = [e for e in found if e.primary]
    assert main, brief(found)
    assert all(e.direction == "tightening" and e.action == "ban" for e in main), brief(found)


def test_a_plain_denial_of_a_permission_is_no_event(analyzer: Analyzer) -> None:
    # "not allowed" without "no longer": a statement of what holds, no act
    body = "The company said the Dutch government has not allowed the sale of the machines."
    check(analyzer, "", body, None)


# ------------------------------------------ a progressive verb's object follows it


def test_progressive_revocation_of_waivers_tightens(analyzer: Analyzer) -> None:
    body = (
        "In a notice on Friday, the Commerce Department said it was revoking the waivers "
        "that let two Korean memory makers bring US tools into their Chinese plants."
    )
    check(analyzer, "", body, ("US", "tightening"))


def test_passive_lifting_still_finds_its_measure_before_it(analyzer: Analyzer) -> None:
    body = "The export ban on the accelerators was lifted by Washington on Tuesday."
    check(analyzer, "", body, ("US", "easing"))


# ------------------------------------- the "limit" family and materials, everywhere


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Il ministero del Commercio cinese ha annunciato nuove limitazioni "
            "all'esportazione di gallio.",
            ("CN", "tightening"),
        ),
        (
            "El Ministerio de Comercio chino anunció nuevas limitaciones a la exportación "
            "de germanio.",
            ("CN", "tightening"),
        ),
        (
            "Le ministère chinois du Commerce a annoncé de nouvelles limitations à "
            "l'exportation d'antimoine.",
            ("CN", "tightening"),
        ),
    ],
)
def test_limit_nouns_and_materials_in_romance_languages(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, "", body, expected)


def test_material_names_are_products(analyzer: Analyzer) -> None:
    body = "Il ministero del Commercio cinese ha annunciato nuove limitazioni al gallio."
    found = [e for e in events(analyzer, "", body) if e.primary]
    assert found and "gallium" in found[0].products, brief(found)


# ----------------------------------- "take" and "conduct" govern a measure noun


@pytest.mark.parametrize(
    "title, body",
    [
        ("", "Le gouvernement néerlandais a pris le contrôle du fabricant de puces Nexperia."),
        ("Niederlande übernehmen Kontrolle über Chipfirma Nexperia", ""),
        ("", "El Gobierno de los Países Bajos tomó el control de Nexperia, filial de Wingtech."),
    ],
)
def test_a_state_taking_control_of_a_firm_restricts(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("NL", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "L'antitrust cinese ha reso noto di aver condotto indagini su Qualcomm.",
        "China's market regulator said it had conducted an antitrust investigation into "
        "Qualcomm's licensing deals.",
    ],
)
def test_a_state_conducting_a_probe_investigates(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("CN", "tightening"))


# ------------------------------------------ cancelling one's own measure eases it


@pytest.mark.parametrize(
    "body",
    [
        "Le gouvernement néerlandais a annulé sa décision de prendre le contrôle de Nexperia "
        "après des discussions avec Pékin.",
        "El Gobierno neerlandés anuló su medida sobre Nexperia tras hablar con Pekín.",
        "Il governo olandese ha annullato il provvedimento su Nexperia dopo i colloqui "
        "con Pechino.",
    ],
)
def test_a_state_cancelling_its_own_measure_eases(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    main = {(e.jurisdiction, e.direction) for e in found if e.primary}
    assert main == {("NL", "easing")}, brief(found)


# ---------------------------------------------- a Korean permit that is abolished


def test_korean_abolished_permit_is_revoked(analyzer: Analyzer) -> None:
    title = "미 상무부, 한국 반도체 기업 중국 공장 장비 포괄허가 폐지"
    check(analyzer, title, "", ("US", "tightening"))


# ------------------------------------- a list of controlled goods by its paraphrase


def test_goods_added_to_a_paraphrased_control_list(analyzer: Analyzer) -> None:
    body = (
        "Japan's trade ministry said that 23 kinds of chipmaking tools will be added to its "
        "list of items subject to export licensing."
    )
    found = events(analyzer, "", body)
    assert [e for e in found if e.primary and e.direction == "tightening"], brief(found)


# ------------- a state's intervention is its measure; "with" names a partner, not an actor


@pytest.mark.parametrize(
    "body",
    [
        "The Dutch government suspended its intervention at Nexperia on Wednesday.",
        "Le gouvernement néerlandais a décidé de suspendre son intervention chez Nexperia.",
        "El Gobierno neerlandés suspendió su orden sobre Nexperia.",
        "Il governo olandese ha sospeso il suo intervento su Nexperia.",
    ],
)
def test_suspending_its_own_intervention_eases(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    main = {(e.jurisdiction, e.direction) for e in found if e.primary}
    assert main == {("NL", "easing")}, brief(found)


# ------------------------------- the suspension of a ban eases; no second, new ban


@pytest.mark.parametrize(
    "body",
    [
        "Beijing on Sunday announced the suspension of a ban on gallium exports to the US.",
        "Pékin a annoncé la suspension d'une interdiction d'exporter du gallium vers les "
        "États-Unis.",
        "Peking kündigte die Aussetzung des Exportverbots für Gallium in die USA an.",
        "Cette réglementation, qui visait le gallium et le germanium, est suspendue jusqu'au "
        "27 novembre, a indiqué le ministère chinois du Commerce.",
    ],
)
def test_suspending_a_ban_is_one_easing(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    main = {(e.jurisdiction, e.direction) for e in found if e.primary}
    assert main == {("CN", "easing")}, brief(found)


def test_a_ban_alone_still_tightens(analyzer: Analyzer) -> None:
    body = "Beijing on Tuesday imposed a ban on gallium exports to the US."
    check(analyzer, "", body, ("CN", "tightening"))


# ------------- a grace period granted with a measure is part of it


@pytest.mark.parametrize(
    "title",
    [
        "美 상무부, 삼성 중국법인 VEU 지위 철회…90일 유예기간 부여",
        "US revokes chip plant authorisations, grants a 90-day grace period",
    ],
)
def test_a_grace_period_is_no_easing(analyzer: Analyzer, title: str) -> None:
    found = events(analyzer, title, "")
    assert not any(e.direction == "easing" for e in found), brief(found)
    assert any(e.jurisdiction == "US" and e.direction == "tightening" for e in found), brief(found)


def test_licences_granted_still_ease(analyzer: Analyzer) -> None:
    body = "The US Commerce Department granted licences to ship the H20 chip to China."
    check(analyzer, "", body, ("US", "easing"))


# ------------- an idiom: "stopped short of"


def test_stopped_short_of_is_no_halt(analyzer: Analyzer) -> None:
    body = "The president's remarks on chip tariffs stopped short of a formal rollout in the US."
    check(analyzer, "", body, None)


def test_a_stop_stays_a_halt(analyzer: Analyzer) -> None:
    body = "The US stopped shipments of advanced AI chips to China on Monday."
    check(analyzer, "", body, ("US", "tightening"))


# ------------- pressure on another government; a demand to withdraw a measure


def test_pressing_another_government_is_no_act(analyzer: Analyzer) -> None:
    body = "Washington has long pressed Tokyo to impose stricter export controls on chip tools."
    found = events(analyzer, "", body)
    assert not [e for e in found if e.primary], brief(found)


def test_pressing_firms_is_guidance(analyzer: Analyzer) -> None:
    # contrast: a government pressing its own firms issues guidance, an act
    body = "Beijing pressed its tech companies to stop buying Nvidia's H20 chips."
    check(analyzer, "", body, ("CN", "tightening"))


def test_a_demand_to_withdraw_is_no_easing(analyzer: Analyzer) -> None:
    body = "日本外务省周三向中方交涉，要求撤回对日两用物项出口管制措施。"
    found = events(analyzer, "", body)
    assert not any(e.direction == "easing" for e in found), brief(found)


def test_a_withdrawal_announced_eases(analyzer: Analyzer) -> None:
    body = "中国商务部周三宣布撤回对日两用物项出口管制措施。"
    check(analyzer, "", body, ("CN", "easing"))


# ------------- a control list of goods by paraphrase


def test_items_added_to_a_list_of_exports_tighten(analyzer: Analyzer) -> None:
    body = (
        "Seoul said on Monday that 12 more items, etching tools among them, will be added to "
        "the list of exports that need prior approval."
    )
    check(analyzer, "", body, ("KR", "tightening"))


# -------- round 12 (European languages), class 1: a state easing its own measure, verb last


@pytest.mark.parametrize(
    "body",
    [
        "China heeft het verbod op de uitvoer van gallium naar de Verenigde Staten opgeschort.",
        "Beijing schort het exportverbod voor chips van de Nijmeegse fabrikant op.",
        "China heeft het exportverbod voor Nexperia-chips voor civiel gebruik opgeheven.",
    ],
)
def test_a_dutch_easing_with_its_measure_before_the_verb(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("CN", "easing"))


def test_a_german_perfect_easing_stays_an_easing(analyzer: Analyzer) -> None:
    # contrast: German already read; the same order must keep working
    check(
        analyzer,
        "",
        "Peking hat das Exportverbot für Germanium in die USA ausgesetzt.",
        ("CN", "easing"),
    )


def test_a_dutch_halt_of_exports_without_a_measure_stays_a_halt(analyzer: Analyzer) -> None:
    # contrast: "schort de export op" halts exports; no measure is eased
    check(analyzer, "", "China schort de export van chips van Nexperia op.", ("CN", "tightening"))


# --------------------------- round 13 (zh, ja, ko), class 2: a catch-all revision that took effect


def test_a_catch_all_revision_that_took_effect_is_a_japanese_tightening(
    analyzer: Analyzer,
) -> None:
    check(
        analyzer,
        "キャッチオール規制の見直し、本日から適用",
        "2025年10月9日、日本の補完的輸出規制の見直しが施行された。汎用品でも用途に懸念が"
        "あれば経済産業大臣への許可申請が義務付けられる。",
        ("JP", "tightening"),
    )


# ------------------------------------------ round 13 (zh, ja, ko), class 5: a Korean list addition


def test_a_korean_list_addition_in_the_past_is_read(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "미 상무부, 중국 기관 수출통제",
        "미국 상무부는 9일 중국 기관 20곳을 수출 통제 대상 목록에 추가했다.",
        ("US", "tightening"),
    )


def test_a_controlled_class_addition_stays_a_licence_duty(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "",
        "산업통상자원부는 반도체 장비 5종을 전략물자에 추가했다.",
        ("KR", "tightening"),
    )


# ------------- round 13 (European languages), class 1: resuming trade after a block


@pytest.mark.parametrize(
    "title",
    [
        "Peking hervat de uitvoer van chips van de fabriek in Dongguan",
        "Peking nimmt die Ausfuhr von Germanium in die USA wieder auf",
        "La Chine reprend les exportations de gallium vers l'Europe",
        "Pekín reanuda las exportaciones de germanio a Estados Unidos",
        "Pechino riprende le esportazioni di gallio verso gli Stati Uniti",
        "A China retoma as exportações de germânio para os Estados Unidos",
    ],
)
def test_a_state_resuming_its_exports_eases(analyzer: Analyzer, title: str) -> None:
    check(analyzer, title, "", ("CN", "easing"))


def test_a_firm_resuming_deliveries_is_no_state_act(analyzer: Analyzer) -> None:
    # contrast: the firm is the subject; nobody acts for a state
    check(analyzer, "Il produttore olandese riprende le spedizioni di chip ai clienti", "", None)


def test_exports_resuming_in_the_statistics_is_no_act(analyzer: Analyzer) -> None:
    # contrast: the trade is the subject ("exports resumed in October"), not the object
    check(
        analyzer,
        "Le esportazioni cinesi di gallio riprendono a ottobre",
        "Secondo i dati doganali, le esportazioni di gallio dalla Cina sono riprese.",
        None,
    )


# - round 14 (European languages), class 9: a regulator's review, a government taking control


def test_a_regulators_review_is_an_investigation(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Micron, la Cina avvia esame sui chip americani: rischi per la sicurezza",
        "L'Authority cinese sulla cybersecurity ha annunciato la revisione dei prodotti di Micron.",
        ("CN", "tightening"),
    )


def test_a_bill_under_review_in_parliament_is_no_investigation(analyzer: Analyzer) -> None:
    check(analyzer, "Il disegno di legge sui chip è all'esame del Parlamento", "", None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Olanda usa il suo golden power su Nexperia",
            "Il governo olandese si è appropriato del controllo del produttore di microchip "
            "Nexperia.",
        ),
        ("El Gobierno neerlandés toma el control de Nexperia", ""),
    ],
)
def test_a_government_taking_control_of_a_chipmaker_restricts(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("NL", "tightening"))


def test_a_firm_taking_control_of_another_is_no_state_act(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Wingtech ha preso il controllo di Nexperia",
        "Il gruppo cinese Wingtech ha preso il controllo del produttore di chip Nexperia nel 2019.",
        None,
    )
