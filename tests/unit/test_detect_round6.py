"""Detector rules of round 6 (issue 11), on whole sentences through catalog and pattern file.

Every sentence is our own, written for the class it names: a permission that ends (a
ban), a progressive verb's object (after it, not before), a future carried by the verb
that governs a measure noun, "follows" in the Romance languages, two states named as a
relation, a Japanese topic after a phrase comma, the "limit" family and the materials
in every language, a noun compound holding a verb. Contrasts sit beside each rule.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

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


# ----------------------------------------------- "follows" in the Romance languages


def test_sigue_a_la_decision_is_the_earlier_act(analyzer: Analyzer) -> None:
    body = (
        "Pekín estudia cuotas de compra de aceleradores extranjeros. Esto sigue a la "
        "decisión de Washington el lunes de dar luz verde a la venta de los chips H200."
    )
    found = events(analyzer, "", body)
    assert not [e for e in found if e.primary], brief(found)


# ------------------------------------------------------- two states as a relation


@pytest.mark.parametrize(
    "body",
    [
        "La disputa sui chip tra Cina e Stati Uniti si inasprisce.",
        "The standoff over chips between China and the US tightens further.",
    ],
)
def test_states_in_a_relation_do_not_act(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_state_after_a_relation_clause_still_acts(analyzer: Analyzer) -> None:
    body = "Amid tension between the two powers, China restricts exports of gallium."
    check(analyzer, "", body, ("CN", "tightening"))


# --------------------------------------- a Japanese topic after a phrase comma


def test_topic_after_a_phrase_comma_acts(analyzer: Analyzer) -> None:
    body = (
        "商務部の報道官は、中国は日本の防衛関連の利用者に向けたガリウムの輸出を禁止すると述べた。"
    )
    check(analyzer, "", body, ("CN", "tightening"))


def test_state_listed_after_a_noun_comma_is_a_place(analyzer: Analyzer) -> None:
    body = "米商務省は、韓国、日本への装置の輸出を規制すると発表した。"
    check(analyzer, "", body, ("US", "tightening"))


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


# --------------------------------------------- a noun compound holding a CJK verb


def test_regulated_items_compound_is_a_noun(analyzer: Analyzer) -> None:
    body = "規制対象となる品目を輸出するには、経済産業大臣の許可が必要になる見込みだ。"
    check(analyzer, "", body, None)


# ------------------------------------- a government body with its own complement


@pytest.mark.parametrize(
    "body",
    [
        "Il ministero del Commercio di Pechino ha annunciato nuove restrizioni "
        "all'esportazione di germanio.",
        "El Ministerio de Comercio de China anunció nuevas restricciones a la exportación "
        "de galio.",
    ],
)
def test_body_named_with_its_complement_acts_for_its_state(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("CN", "tightening"))


def test_a_place_after_a_firm_is_still_a_place(analyzer: Analyzer) -> None:
    body = "Un proveedor de Pekín anunció nuevas restricciones a la exportación de galio."
    found = [e for e in events(analyzer, "", body) if e.primary and e.jurisdiction == "CN"]
    assert not found, brief(found)
