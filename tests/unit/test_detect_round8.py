"""Detector rules of round 8 (issue 11), on whole sentences through catalog and pattern file.

Every sentence is our own, written for the class it names: German "nach" before a state
is a direction, not "after"; German and Dutch licence nouns end compounds and stand far
before a clause-final verb; a plural that ends its sentence is a noun; the past perfect
of the Romance and Germanic languages and their "in recent years" mark background; a
list of controlled goods may be named by a paraphrase. Contrasts sit beside each rule.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------------------------------- German "nach" before a state is "to", not "after"


def test_nach_before_a_state_is_a_direction(analyzer: Analyzer) -> None:
    body = "Die US-Regierung hat Lizenzen für die Lieferung der Beschleuniger nach China erteilt."
    check(analyzer, "", body, ("US", "easing"))


def test_after_with_its_own_subject_stays_an_earlier_clause(analyzer: Analyzer) -> None:
    body = "Nvidia resumed sales of the H20 in China after Washington lifted its ban on the chip."
    check(analyzer, "", body, None)


# ------------------------- German and Dutch licence nouns: compounds, long middle field


@pytest.mark.parametrize(
    "body, state",
    [
        ("Die US-Regierung hat Exportlizenzen für die H20 erteilt.", "US"),
        ("Het kabinet heeft exportvergunningen voor de machines van ASML verleend.", "NL"),
        (
            "Das US-Handelsministerium hat begonnen, Lizenzen für die Ausfuhr "
            "der angepassten Beschleuniger von AMD zu erteilen.",
            "US",
        ),
    ],
)
def test_licence_granted_with_the_verb_last(analyzer: Analyzer, body: str, state: str) -> None:
    check(analyzer, "", body, (state, "easing"))


# ----------------------------------------- a plural that ends its sentence is a noun


@pytest.mark.parametrize(
    "title, body",
    [
        ("", "Customs now check every shipment of accelerators that breach US export curbs."),
        ("Tokyo joins chip tool controls, in line with US China curbs", ""),
    ],
)
def test_a_final_plural_is_a_noun(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary and e.rule.startswith("restrict:verb")], brief(found)


def test_a_plural_verb_with_its_object_stays_a_verb(analyzer: Analyzer) -> None:
    check(
        analyzer, "", "China curbs exports of gallium to the United States.", ("CN", "tightening")
    )


# -------------------------------- past perfect and "in recent years" beyond English


@pytest.mark.parametrize(
    "body",
    [
        "Im Frühjahr hatte die Regierung in Washington die Ausfuhr der H20 untersagt.",
        "La Casa Blanca había prohibido la venta de los aceleradores H20 a China.",
        "Le Japon avait imposé des restrictions sur les machines de gravure.",
        "Il governo olandese aveva vietato l'export delle macchine di ASML.",
        "O governo chinês tinha proibido a compra dos chips H20.",
        "Washington hat sein Technologie-Embargo in den vergangenen Jahren verschärft.",
        "El Gobierno chino ha endurecido en los últimos años los controles sobre el galio.",
        "Het kabinet heeft de afgelopen jaren de export van chipmachines beperkt.",
    ],
)
def test_past_perfect_and_recent_years_are_background(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert found, "the act is still read"
    assert not [e for e in found if e.primary], brief(found)


@pytest.mark.parametrize(
    "body, state",
    [
        ("La Casa Blanca prohibió la venta de los aceleradores H20 a China.", "US"),
        ("Il governo olandese ha vietato l'export delle macchine di ASML.", "NL"),
    ],
)
def test_simple_past_stays_news(analyzer: Analyzer, body: str, state: str) -> None:
    check(analyzer, "", body, (state, "tightening"))


# ------------------------------------- a list of controlled goods by its paraphrase


def test_goods_added_to_a_paraphrased_control_list(analyzer: Analyzer) -> None:
    body = (
        "Japan's trade ministry said that 23 kinds of chipmaking tools will be added to its "
        "list of items subject to export licensing."
    )
    found = events(analyzer, "", body)
    assert [e for e in found if e.primary and e.direction == "tightening"], brief(found)


# ------------------------- acronyms as Romance papers write them, memory spelled out


def _names(analyzer: Analyzer, body: str, kind: str) -> set[str]:
    tags = analyzer.tagger.tag("", body)
    return {m.name for m in tags.mentions if m.type == kind}


@pytest.mark.parametrize(
    "body, kind, name",
    [
        ("Il blocco riguarda anche le memorie Hbm destinate alla Cina.", "chip", "HBM"),
        ("Le macchine di Asml restano al centro dello scontro.", "firm", "ASML"),
        ("La Smic ha aumentato la produzione a Shanghai.", "firm", "SMIC"),
    ],
)
def test_titlecased_acronyms_are_tagged(
    analyzer: Analyzer, body: str, kind: str, name: str
) -> None:
    assert name in _names(analyzer, body, kind)


@pytest.mark.parametrize(
    "body",
    [
        "El veto incluye la memoria de alto ancho de banda fabricada en Corea.",
        "Les règles visent aussi la mémoire à haute bande passante.",
        "Il divieto colpisce la memoria ad alta larghezza di banda.",
        "A medida atinge a memória de alta largura de banda.",
        "Betroffen ist auch Speicher mit hoher Bandbreite.",
    ],
)
def test_spelled_out_high_bandwidth_memory_is_hbm(analyzer: Analyzer, body: str) -> None:
    assert "HBM" in _names(analyzer, body, "chip")


@pytest.mark.parametrize(
    "body",
    [
        "Una conexión de alto ancho de banda llega a la oficina.",
        "Il nuovo Pro tempore del consiglio è stato nominato.",
        "Der Tel Aviv Stock Exchange meldet Rekorde.",
    ],
)
def test_words_that_look_like_them_are_not(analyzer: Analyzer, body: str) -> None:
    tags = analyzer.tagger.tag("", body)
    assert not [m for m in tags.mentions if m.type in ("chip", "firm")], tags.mentions


# ------------------------- Romance "a" before an infinitive; readiness and threats


@pytest.mark.parametrize(
    "body",
    [
        "Os EUA começaram a restringir a exportação de memória HBM para a China.",
        "Gli Stati Uniti hanno iniziato a limitare le esportazioni di memorie HBM verso la Cina.",
        "Estados Unidos empezó a restringir la exportación de memorias HBM a China.",
    ],
)
def test_romance_a_before_an_infinitive_is_no_article(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("US", "tightening"))


def test_english_a_before_a_noun_stays_an_article(analyzer: Analyzer) -> None:
    body = "Analysts said a ban on the chips would hurt Nvidia's sales in China."
    check(analyzer, "", body, None)


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


@pytest.mark.parametrize(
    "body",
    [
        "Le gouvernement néerlandais, après des discussions avec la Chine, a levé ses mesures "
        "sur Nexperia.",
        "Il governo olandese, dopo i colloqui con la Cina, ha revocato il provvedimento su "
        "Nexperia.",
        "Die niederländische Regierung hat nach Gesprächen mit China ihre Anordnung aufgehoben.",
    ],
)
def test_a_partner_after_with_does_not_act(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("NL", "easing"))


def test_a_passive_with_an_adverb_keeps_its_measure_before(analyzer: Analyzer) -> None:
    body = (
        "Le gouvernement néerlandais a annoncé que la mesure visant Nexperia est désormais "
        "suspendue."
    )
    check(analyzer, "", body, ("NL", "easing"))


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
