"""Talk against acts (``talk.py``), own sentences: modality, plans, forecasts, purposes.

Intentions and wishes, readiness and threats, German "will" and a speaker's headline
ending in an infinitive, a Romance conditional reported from further back, futures a
paper reports, hedged or hearsay wording, "presumably", "as early as", a signalled
approval, discussions of a measure, exemptions announced without a channel to apply,
Romance denials and a negative determiner before a passive are no acts; a decided measure
with a future date, a reported decision and the plain stated act stay acts. Written over
issue 11's rounds 3 to 14.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, check_any_actor, events

# ------------------------------------------------------- decided measures with a date


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # headline grammar: "<state> to <verb>" states a decided act
        ("Japan to tighten export rules on chip cleaning tools", "", ("JP", "tightening")),
        ("Beijing to require licences for rare earth magnet exports", "", ("CN", "tightening")),
        # ... but not after a firm or a planning verb
        ("Samsung to halt memory shipments to China", "", None),
        ("Tokyo plans to tighten rules on chip tools", "", None),
        # "would"/"set to" with the date the rule enters into force
        (
            "",
            "The new curbs on chipmaking tools would take effect from March 1, the "
            "Japanese trade ministry said.",
            ("JP", "tightening"),
        ),
        (
            "",
            "Seoul's restrictions on exports of memory equipment are set to take effect "
            "on Jan. 5, South Korea's industry ministry said.",
            ("KR", "tightening"),
        ),
        # ... and without one, "would" and "could" stay talk
        ("", "Officials said the Netherlands could restrict more ASML machines.", None),
        # a licence duty worded as what exporters are made to do
        (
            "",
            "Malaysia will make exporters of AI servers apply for permits, the trade "
            "ministry said.",
            ("MY", "tightening"),
        ),
        (
            "",
            "Under the notice, exporters shall apply for licences before shipping the "
            "gallium items, China's commerce ministry said.",
            ("CN", "tightening"),
        ),
        # Chinese, Korean, Dutch, French: a dated entry into force decides
        ("", "商务部表示，将自12月1日起对相关锑制品实施出口管制。", ("CN", "tightening")),
        (
            "",
            "미국 상무부는 반도체 장비 수출 통제를 3월 1일부터 시행할 예정이라고 밝혔다.",
            ("US", "tightening"),
        ),
        ("Kabinet voert vergunningplicht voor chipmachines in", "", ("NL", "tightening")),
        (
            "",
            "Le gouvernement néerlandais a annoncé qu'il allait étendre les contrôles à "
            "l'exportation des machines de gravure à partir du 1er juin.",
            ("NL", "tightening"),
        ),
    ],
)
def test_decided_measures_with_a_future_date(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check_any_actor(analyzer, title, body, expected)


# ------------------------------------------- moods, modal verbs, denials, purposes


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # planning verbs in every form of their lemma
        (
            "",
            "O governo dos EUA está avaliando impor novas restrições às exportações de chips.",
            None,
        ),
        ("", "Il governo statunitense sta valutando nuove restrizioni all'export di chip.", None),
        (
            "",
            "La Chine prévoyait déjà de nouvelles restrictions sur les exportations de gallium.",
            None,
        ),
        (
            "",
            (
                "Le gouvernement américain travaille sur de nouvelles restrictions à "
                "l'exportation de puces."
            ),
            None,
        ),
        # a conditional mood says what a measure would do
        ("", "Las nuevas reglas prohibirían la venta de chips avanzados a China.", None),
        ("", "As novas normas limitariam as exportações de chips para a China.", None),
        ("", "Le nuove regole vieterebbero l'export di chip avanzati in Cina.", None),
        ("", "Les nouvelles règles interdiraient les exportations de puces vers la Chine.", None),
        # ... unless a reporting verb reports the decision
        (
            "",
            (
                "El Departamento de Comercio anunció que prohibiría la venta de chips "
                "avanzados a China a partir de enero."
            ),
            ("US", "tightening"),
        ),
        # a German modal after the verb-final predicate
        (
            "",
            (
                "Berichten zufolge heißt es, dass die Regierung die Ausfuhr von "
                "Chipanlagen nach China beschränken will."
            ),
            None,
        ),
        ("Bundesregierung beschränkt Ausfuhr von Chipanlagen nach China", "", ("DE", "tightening")),
        # denials in every language
        (
            "",
            (
                "Das Ministerium dementierte, dass die Regierung ein Exportverbot für "
                "Chip-Chemikalien plane."
            ),
            None,
        ),
        (
            "",
            "Le ministère a démenti toute interdiction des exportations de puces vers la Chine.",
            None,
        ),
        ("", "El Gobierno desmintió que vaya a prohibir la exportación de chips a China.", None),
        # the body of a state named with "de": the state acts, not the paper's own
        (
            "",
            "El Gobierno de Estados Unidos prohibió la venta de chips avanzados a China.",
            ("US", "tightening"),
        ),
        # a purpose, a rule in force
        ("", "A ideia é restringir o acesso de empresas chinesas a equipamentos de chips.", None),
        ("", "Il divieto attualmente in vigore sulle vendite di chip resta invariato.", None),
        # a false friend of another language: "sa ferme opposition" is no ban
        ("", "La Chine a exprimé sa ferme opposition aux nouvelles mesures américaines.", None),
    ],
)
def test_moods_modals_and_denials(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


# --------------------------------------------- a future a paper reports


@pytest.mark.parametrize(
    "title",
    [
        "China limitará las compras de chips de Nvidia, según el FT",
        "A China restringirá as compras de chips da Nvidia, segundo a Reuters",
        "La Chine restreindra l'accès aux puces Nvidia, selon le FT",
    ],
)
def test_future_reported_by_a_paper_is_a_plan(analyzer: Analyzer, title: str) -> None:
    check(analyzer, title, "", None)


def test_future_announced_by_the_state_is_decided(analyzer: Analyzer) -> None:
    body = "El Ministerio de Comercio de China limitará las exportaciones de galio desde agosto."
    check(analyzer, "", body, ("CN", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "El gobierno chino está discutiendo formas de permitir compras de chips H200.",
        "O governo chinês está discutindo como permitir compras de chips H200.",
    ],
)
def test_discussing_a_measure_is_talk(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


# ------------------------------- a future carried by the verb governing the noun


@pytest.mark.parametrize(
    "body",
    [
        "Washington impondrá nuevas restricciones a la venta de chips a China en "
        "septiembre, según un reporte de un diario económico.",
        "Washington imporrà nuove restrizioni sulla vendita di chip alla Cina a settembre, "
        "secondo fonti.",
    ],
)
def test_future_of_the_governing_verb_reported_by_others_is_a_plan(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "", body, None)


def test_present_governing_verb_states_the_act(analyzer: Analyzer) -> None:
    body = "Washington impone nuevas restricciones a la venta de chips a China."
    check(analyzer, "", body, ("US", "tightening"))


# ------------------------------------------ an intention or a wish is not an act


@pytest.mark.parametrize(
    "body",
    [
        "El presidente Donald Trump anunció el lunes su intención de imponer nuevos "
        "aranceles del 50 % a los chips importados.",
        "Le Japon veut restreindre les ventes de machines de gravure à la Chine.",
        "Il governo olandese ha l'intenzione di introdurre nuove restrizioni sulle "
        "macchine per chip dirette in Cina.",
        "The White House said it intends to impose new tariffs on imported chips.",
    ],
)
def test_an_intention_or_a_wish_is_no_event(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_the_stated_act_beside_it_stays_an_event(analyzer: Analyzer) -> None:
    body = (
        "El Gobierno de Estados Unidos impuso el martes aranceles a los semiconductores importados."
    )
    check(analyzer, "", body, ("US", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "Estados Unidos está dispuesto a restringir la exportación de memorias HBM a China.",
        "Peking droht mit Exportbeschränkungen für Gallium.",
        "La Chine menace de restreindre les exportations de gallium.",
        "Pechino ha minacciato di limitare l'export di gallio.",
        "O governo chinês ameaçou restringir as exportações de gálio.",
    ],
)
def test_readiness_and_threats_are_talk(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


# -------------------------- German "will" before a final infinitive: an intention


@pytest.mark.parametrize(
    "body",
    [
        "Die Bundesregierung will den Verkauf der Chipfabrik an den Investor untersagen.",
        "Die Regierung in Den Haag will die Ausfuhr weiterer Anlagen nach China beschränken.",
    ],
)
def test_intention_modal_in_second_place(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    "body, state",
    [
        # contrasts: the perfect, and the Dutch future "gaat ... beperken"
        ("Das Kabinett hat den Verkauf der Chipfabrik an den Investor untersagt.", "DE"),
        ("Het kabinet gaat de export van chipmachines naar China verder beperken.", "NL"),
    ],
)
def test_decided_verbs_stay_acts(analyzer: Analyzer, body: str, state: str) -> None:
    check(analyzer, "", body, (state, "tightening"))


# ------------------------------- drafts for comment, bills, reactions: not acts


@pytest.mark.parametrize(
    "title, body",
    [
        ("", "商务部会同有关部门起草了对镓锗实施出口管制的规定，现公开征求意见。"),
        (
            "EUA: nova proposta sobre chips no Senado",
            "Segundo o jornal, o projeto de lei determina a suspensão de licenças por dois "
            "anos e proibirá a venda dos chips H200 à China.",
        ),
        (
            "Washington und die KI-Chips",
            "Washington hatte die Ausfuhr 2023 beschränkt. Der Gesetzentwurf verbietet die "
            "Ausfuhr moderner KI-Chips nach China.",
        ),
        ("", "미국이 대중 반도체 수출 통제를 발표한 것에 대해 정부는 영향이 제한적이라고 밝혔다."),
        ("米、中国企業を近く禁輸リストへ まもなく追加", ""),
    ],
)
def test_talk_of_a_measure(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


def test_a_decided_chinese_rule_stays_an_act(analyzer: Analyzer) -> None:
    body = "商务部宣布对部分稀土物项实施出口管制，并就实施细则公开征求意见。"
    check(analyzer, "", body, ("CN", "tightening"))


# ------------------------ a negative determiner opening the subject of a passive


@pytest.mark.parametrize(
    "body",
    [
        "The UK updated its open licence for EU exports. No general licences for the other "
        "destinations have yet been issued by the unit.",
        "Keine Exportlizenzen wurden bisher an die beiden Firmen vergeben, sagte die "
        "Regierung in Berlin.",
    ],
)
def test_no_subject_negates_a_passive(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_licence_granted_stays_an_act(analyzer: Analyzer) -> None:
    body = "The Commerce Department has granted export licences to the two firms, it said."
    check(analyzer, "", body, ("US", "easing"))


# ------------- a Romance conditional after "said ... that": the reported decision


@pytest.mark.parametrize(
    "body",
    [
        "El Ministerio de Comercio de China dijo el lunes que la revisión había terminado y que "
        "prohibiría a los operadores comprar chips de memoria de la empresa.",
        "O Ministério do Comércio da China disse na segunda-feira que a revisão terminou e que "
        "proibiria os operadores de comprar os chips da empresa.",
    ],
)
def test_a_conditional_reported_from_further_back(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("CN", "tightening"))


def test_a_conditional_without_a_report_stays_hypothetical(analyzer: Analyzer) -> None:
    body = "Analistas creen que unas nuevas normas de China prohibirían la compra de esos chips."
    check(analyzer, "", body, None)


# ------------- a German speaker's headline ending in a bare infinitive: an intention


def test_a_speaker_headline_with_an_infinitive_is_talk(analyzer: Analyzer) -> None:
    check(analyzer, "Habeck: Verkauf von Chipwerk an Investor aus China untersagen", "", None)


@pytest.mark.parametrize(
    "title, state",
    [
        ("Berlin: Regierung untersagt Verkauf von Chipwerk an Investor aus China", "DE"),
        ("Niederlande untersagen Verkauf von Chipfirma an Investor aus China", "NL"),
    ],
)
def test_a_finite_headline_stays_an_act(analyzer: Analyzer, title: str, state: str) -> None:
    check(analyzer, title, "", (state, "tightening"))


# ------------- "as early as next week" (Japanese, Chinese); Korean demand and guess


@pytest.mark.parametrize(
    "title",
    [
        "米政権、来週にも対中半導体の輸出規制を強化",
        "美国最快下周收紧对华芯片出口管制",
    ],
)
def test_as_early_as_is_a_forecast(analyzer: Analyzer, title: str) -> None:
    check(analyzer, title, "", None)


def test_the_fastest_chip_is_no_forecast(analyzer: Analyzer) -> None:
    # contrast: 最快 as an adjective ("the fastest chip")
    title = "美国商务部宣布限制英伟达最快芯片对华出口"
    check(analyzer, title, "", ("US", "tightening"))


# ------------- round 12 (European languages), class 2: hedged and hearsay wording


@pytest.mark.parametrize(
    "body",
    [
        "Il disegno di legge impedirebbe all'amministrazione di allentare i limiti sui chip.",
        "Il governo olandese è in procinto di pubblicare nuovi controlli sull'export di chip.",
        "Le gouvernement néerlandais est sur le point de durcir les contrôles sur les puces.",
        "O Departamento de Comércio dos EUA estaria a preparar novas restrições aos chips.",
        "O governo dos EUA está prestes a restringir a venda de chips avançados.",
        "El Gobierno chino habría prohibido la compra de chips de Nvidia, según la prensa.",
        "Pékin aurait interdit aux entreprises chinoises d'acheter des puces Nvidia.",
    ],
)
def test_hedged_or_hearsay_wording_is_no_event(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Il governo olandese ha pubblicato nuovi controlli sull'export di chip.",
            ("NL", "tightening"),
        ),
        ("Le gouvernement néerlandais a durci les contrôles sur les puces.", ("NL", "tightening")),
        ("O governo dos EUA restringiu a venda de chips avançados.", ("US", "tightening")),
        ("El Gobierno chino prohibió la compra de chips de Nvidia.", ("CN", "tightening")),
        (
            "Pékin a interdit aux entreprises chinoises d'acheter des puces Nvidia.",
            ("CN", "tightening"),
        ),
    ],
)
def test_the_same_measures_stated_as_done_stay_events(
    analyzer: Analyzer, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, "", body, expected)


@pytest.mark.parametrize(
    "body",
    [
        "O governo chinês negou ter bloqueado as compras de chips da Nvidia.",
        "El Gobierno chino negó haber bloqueado las compras de chips de Nvidia.",
        "Il governo cinese ha negato di aver bloccato gli acquisti di chip Nvidia.",
    ],
)
def test_a_romance_denial_is_no_event(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


# ----------- round 13 (European languages), class 2: exemptions, with and without a channel


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Peking will Ausnahmen vom Chip-Exportverbot gewähren",
            "Man werde Exporte genehmigen, die die Bedingungen erfüllen, sagte ein Sprecher "
            "des chinesischen Handelsministeriums. Firmen mit Schwierigkeiten können sich an "
            "die örtlichen Handelsbehörden wenden.",
        ),
        (
            "Chip, Pechino concederà esenzioni al divieto di esportazione",
            "Il ministero del Commercio cinese concederà esenzioni per le spedizioni di chip "
            "destinate a uso civile. Le aziende interessate possono rivolgersi alle autorità "
            "locali.",
        ),
    ],
)
def test_exemptions_with_a_channel_to_apply_ease(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, ("CN", "easing"))


@pytest.mark.parametrize(
    "title",
    [
        "Il ministero cinese ha aperto alla possibilità di revocare il divieto di export di chip",
        "Pekín abre la puerta a levantar la prohibición de exportar chips",
        "Pequim abre a possibilidade de suspender a proibição de exportar chips",
    ],
)
def test_opening_to_the_possibility_is_no_act(analyzer: Analyzer, title: str) -> None:
    check(analyzer, title, "", None)


def test_exemptions_announced_without_a_channel_stay_talk(analyzer: Analyzer) -> None:
    # contrast: "will consider" with nowhere to apply stays a plan
    check(
        analyzer,
        "",
        "Man werde Ausnahmen vom Exportverbot für Chips prüfen, sagte ein Sprecher des "
        "chinesischen Handelsministeriums.",
        None,
    )


# ------------- round 14 (European languages), class 8: "presumably"


def test_presumably_from_this_summer_is_a_plan(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Het kabinet voert vermoedelijk deze zomer een vergunningplicht in voor chipmachines",
        "Het kabinet voert vermoedelijk deze zomer een vergunningplicht in voor de export van "
        "chipmachines naar China.",
        None,
    )


def test_the_plain_sentence_is_the_act(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Het kabinet voert deze zomer een vergunningplicht in voor chipmachines",
        "Het kabinet voert deze zomer een vergunningplicht in voor de export van chipmachines "
        "naar China.",
        ("NL", "tightening"),
    )


# ------------------------------------------ round 14 (held-out set), class 5: signals and purposes


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Trump and the chip trade",
            "Trump has signalled that he will allow sales of H200 chips to China.",
        ),
        (
            "Trump und die Chips",
            "Trump hat signalisiert, künftig den Export von H200-Chips nach China zu genehmigen.",
        ),
        (
            "Trump et les puces",
            "Trump a laissé entendre qu'il autorisera la vente de puces H200 à la Chine.",
        ),
        (
            "Trump e i chip",
            "Trump ha lasciato intendere che autorizzerà la vendita di chip H200 alla Cina.",
        ),
    ],
)
def test_a_signalled_approval_is_a_plan(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


def test_a_purpose_from_the_other_state_credits_it_nothing(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Pechino vieta i chip Nvidia",
        "La Cina ha vietato l'acquisto di chip Nvidia. "
        "La decisione punta a rafforzare l'indipendenza dagli Stati Uniti.",
    )
    assert {(e.jurisdiction, e.direction) for e in found if e.primary} == {("CN", "tightening")}
    assert not any(e.jurisdiction == "US" for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Trump approves chip sales", "Trump approved the sale of H200 chips to China on Monday."),
        (
            "Trump genehmigt Chipexporte",
            "Trump hat am Montag den Export von H200-Chips nach China genehmigt.",
        ),
    ],
)
def test_the_approval_itself_stays_news(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, ("US", "easing"))
