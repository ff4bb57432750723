"""Round 45: headlines rebuilt from a page's address, and what a law makes possible.

A slug drops diacritics and hyphens and writes everything in lower case: "pekin interdit
…", "japao restringe exportacao …", "niederlande uebernehmen kontrolle ueber …", "eua
restringem …". Cue words, trigger words and names are also read in that spelling; an
umlaut is spelled in two letters, never dropped ("würde" is no "wurde"), and a final
accent is kept (unaccented, "reforçará" reads as a Portuguese pluperfect).

"una normativa que permite restringir importaciones": the infinitive a law makes possible
is no act.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from streams.core.script import slug_variants
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "state"),
    [
        ("pekin interdit les exportations de gallium vers les etats unis", "CN"),
        ("japao restringe exportacao de maquinas de chips para a china", "JP"),
        ("eua restringem venda de chips de ia para a china", "US"),
        ("usa verschaerfen ausfuhrbeschraenkungen fuer ki chips", "US"),
        ("les etats unis durcissent les restrictions sur les puces", "US"),
    ],
)
def test_a_slug_headline_is_read(analyzer: Analyzer, title: str, state: str) -> None:
    found = events(analyzer, title, "")
    assert (state, "tightening") in main_of(found), brief(found)


def test_a_past_passive_is_no_conditional(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "Der Verkauf der Chipfabrik wurde am Mittwoch von der Bundesregierung untersagt.",
    )
    assert ("DE", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("written", "slug"),
    [("Pékin", "Pekin"), ("verschärft", "verschaerft"), ("États-Unis", "Etats-Unis")],
)
def test_slug_spellings(written: str, slug: str) -> None:
    assert slug in slug_variants(written)


def test_an_umlaut_is_spelled_in_two_letters_never_dropped() -> None:
    assert slug_variants("würde") == ["wuerde"]  # "wurde" (was) is another word


@pytest.mark.parametrize("written", ["reforçará", "aprobó", "ドイツ", "禁止"])
def test_no_slug_spelling_for_final_accents_and_other_scripts(written: str) -> None:
    assert slug_variants(written) == []


def test_hyphens_become_spaces_in_names_only() -> None:
    assert "Etats Unis" in slug_variants("États-Unis", hyphens=True)
    assert all(" " not in v for v in slug_variants("would-be"))


@pytest.mark.parametrize(
    "body",
    [
        "La Sección 232 es una normativa que permite restringir importaciones consideradas "
        "una amenaza.",
        "La Sezione 232 è una norma che consente di limitare le importazioni di chip.",
        "La section 232 est une loi qui permet de restreindre les importations de puces.",
    ],
)
def test_what_a_law_makes_possible_is_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "eeuu aranceles chips trump", body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "state"),
    [
        ("Les Pays-Bas limitent les exportations de machines ASML vers la Chine", "NL"),
        ("Los Países Bajos limitan las exportaciones de máquinas de ASML a China", "NL"),
        ("Os Países Baixos limitam as exportações de máquinas da ASML para a China", "NL"),
    ],
)
def test_a_plural_subject_takes_the_regular_plural_verb(
    analyzer: Analyzer, title: str, state: str
) -> None:
    found = events(analyzer, title, "")
    assert (state, "tightening") in main_of(found), brief(found)
