"""Round 33: word lists scoped to the article's language (``streams/core/language.py``).

Our own sentences: an English-only word fires in English text (an English article, an
English headline quoted in a French one) and not as a false friend inside another Latin
language; the Romance lists keep serving each other save the listed false friends; the
Chinese lists keep serving Japanese kanji; a phrase of no language fires everywhere.
"""

from __future__ import annotations

import pytest

from schemas.article import PolicyEvent
from streams.core.analyze import Analyzer
from streams.core.detect import load_patterns
from streams.core.language import Languages, primary_tag


def events(
    analyzer: Analyzer, title: str, body: str = "", lang: str | None = None
) -> list[tuple[str, str, str]]:
    """(jurisdiction, action, direction) of the events read with the article's tag."""
    tagged = analyzer.tagger.tag(title, body)
    found: list[PolicyEvent] = analyzer.detector.detect(title, body, tagged, lang=lang)
    return [(e.jurisdiction, e.action, e.direction) for e in found]


@pytest.fixture(scope="module")
def languages() -> Languages:
    return Languages(load_patterns().language_scope)


# ------------------------------------------------------------------------ the language


@pytest.mark.parametrize(
    ("tag", "primary"),
    [("es", "es"), ("pt-BR", "pt"), ("zh-Hant", "zh"), ("EN_us", "en"), ("ru", "ru")],
)
def test_a_valid_tag_gives_its_primary_subtag(tag: str, primary: str) -> None:
    assert primary_tag(tag) == primary


@pytest.mark.parametrize("tag", [None, "", "und", "spanish!", "e", "12"])
def test_a_missing_or_invalid_tag_gives_none(tag: str | None) -> None:
    assert primary_tag(tag) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El ministerio dijo que los controles también afectan a las empresas.", "es"),
        ("Le ministère a indiqué que les contrôles sont entrés en vigueur dans la journée.", "fr"),
        ("Il governo ha detto che gli esportatori sono soggetti anche alle nuove regole.", "it"),
        ("O governo disse que os controles não são novos e que já estão em vigor.", "pt"),
        ("Die Regierung sagte, dass die Regeln auch für Firmen mit Sitz im Ausland gelten.", "de"),
        ("Het kabinet zegt dat de regels ook voor bedrijven in het buitenland gelden.", "nl"),
        ("The ministry said that the rules would apply to firms with plants abroad.", "en"),
        ("经济部表示，新规将于下月起实施。", "zh"),
        ("経済産業省は新たな規制を発表した。", "ja"),
        ("산업통상자원부는 새 규제를 발표했다.", "ko"),
    ],
)
def test_an_untagged_article_is_guessed_from_its_text(
    languages: Languages, text: str, lang: str
) -> None:
    assert languages.article(None, "", text) == lang


def test_a_tag_wins_over_the_text(languages: Languages) -> None:
    assert languages.article("pt", "", "The ministry said that the rules apply.") == "pt"


def test_too_few_function_words_guess_nothing(languages: Languages) -> None:
    assert languages.article(None, "Nexperia", "ASML, TSMC") is None


# --------------------------------------------------------------- English-only words


def test_an_english_verb_fires_in_an_english_article(analyzer: Analyzer) -> None:
    found = events(analyzer, "Japan fines Tokyo Electron over chip export violations", lang="en")
    assert ("JP", "sanction", "tightening") in found


def test_spanish_fines_are_purposes_not_penalties(analyzer: Analyzer) -> None:
    body = (
        "El Gobierno de Japón quiere impedir que sus equipos de chips se usen con fines "
        "militares en otros países."
    )
    assert not any(a == "sanction" for _, a, _ in events(analyzer, "", body, lang="es"))


def test_spanish_fines_untagged_are_guessed_spanish(analyzer: Analyzer) -> None:
    body = (
        "El Gobierno de Japón quiere impedir que sus equipos de chips se usen con fines "
        "militares en otros países, dijo el ministerio, y también los de sus socios."
    )
    assert not any(a == "sanction" for _, a, _ in events(analyzer, "", body))


def test_italian_al_fine_di_is_no_fine(analyzer: Analyzer) -> None:
    body = (
        "Gli Stati Uniti hanno adottato nuove regole al fine di limitare le vendite di "
        "processori alla Cina."
    )
    assert not any(a == "sanction" for _, a, _ in events(analyzer, "", body, lang="it"))


def test_an_english_headline_in_a_french_article_still_reads(analyzer: Analyzer) -> None:
    title = "China lifts export restrictions on gallium until 2026"
    body = "La Chine a annoncé la mesure dimanche, selon un communiqué du ministère."
    found = events(analyzer, title, body, lang="fr")
    assert ("CN", "relax", "easing") in found


def test_a_shared_word_fires_in_its_language(analyzer: Analyzer) -> None:
    title = "El Gobierno de Países Bajos toma el control de Nexperia"
    assert ("NL", "restrict", "tightening") in events(analyzer, title, lang="es")


# ------------------------------------------------------------ the Romance lists


def test_italian_detiene_holds_and_stops_nothing(analyzer: Analyzer) -> None:
    body = "La Cina detiene il primato mondiale nella raffinazione del gallio e del germanio."
    assert not any(a == "halt" for _, a, _ in events(analyzer, "", body, lang="it"))


def test_spanish_detiene_still_stops(analyzer: Analyzer) -> None:
    title = "China detiene las exportaciones de galio a Estados Unidos"
    assert ("CN", "halt", "tightening") in events(analyzer, title, lang="es")


def test_a_romance_cognate_keeps_serving_another_romance_language(analyzer: Analyzer) -> None:
    # "levanta" is listed for Spanish only: the same Portuguese word fires.
    title = "Pequim levanta a proibição de exportar gálio para os Estados Unidos"
    with_tag = events(analyzer, title, lang="pt")
    assert with_tag == events(analyzer, title, lang="xx")  # an unsupported tag: no scope
    assert ("CN", "relax", "easing") in with_tag


# ----------------------------------------------------------- scripts and forms


def test_a_chinese_list_still_serves_japanese_kanji(analyzer: Analyzer) -> None:
    title = "米政府、半導体の輸出規制を撤回"
    assert events(analyzer, title, lang="ja") == events(analyzer, title, lang="xx")
    assert any(d == "easing" for _, _, d in events(analyzer, title, lang="ja"))


def test_a_phrase_of_no_language_fires_everywhere(analyzer: Analyzer) -> None:
    # A predicate's ``forms`` are keyed by no language: their scope is empty.
    readings = analyzer.detector.lexicon.readings("toestemming gekregen")
    assert readings and all(not r.scope for r in readings)
    body = (
        "ASML heeft van de Nederlandse regering toestemming gekregen om lithografiemachines "
        "naar China te exporteren."
    )
    assert events(analyzer, "", body, lang="nl") == events(analyzer, "", body, lang="xx")
    assert ("NL", "approve", "easing") in events(analyzer, "", body, lang="nl")


def test_latin_words_in_a_japanese_article_read_as_english(analyzer: Analyzer) -> None:
    title = "Japan fines Tokyo Electron over chip export violations"
    assert events(analyzer, title, lang="ja") == events(analyzer, title, lang="en")
