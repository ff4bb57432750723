"""German state aliases in every adjective ending (issue 11, round 28).

The catalog writes "niederländische Regierung"; after a preposition or an indefinite
article German writes "niederländischen" or "niederländischer". The tagger builds the
other two endings of a German alias's adjective, so the acting state is found in every
case; other languages and German words outside an alias tag nothing new.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.tag_match import declension_variants
from streams.core.tagging import Tagger
from tests.unit.sentence_kit import check


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    """One tagger over the shipped catalog."""
    return Tagger(load_catalog(None))


def jurisdictions(tagger: Tagger, text: str) -> list[str]:
    """The jurisdictions the tagger finds in ``text``, in order."""
    return [m.name for m in tagger.find(text) if m.type == "jurisdiction"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Die Ausfuhrgenehmigung wurde von der niederländischen Regierung widerrufen.", "NL"),
        ("Nach Angaben der amerikanischen Regierung gilt die Regel ab Montag.", "US"),
        ("Mit der chinesischen Regierung sprach der Minister über Gallium.", "CN"),
        ("Die niederländische Regierung hat die Genehmigung widerrufen.", "NL"),
    ],
)
def test_a_german_state_alias_is_found_in_each_adjective_ending(
    tagger: Tagger, text: str, state: str
) -> None:
    assert jurisdictions(tagger, text) == [state]


def test_the_variants_change_only_a_german_adjective_before_a_noun() -> None:
    assert declension_variants("niederländische Regierung", "de") == [
        "niederländische Regierung",
        "niederländischen Regierung",
        "niederländischer Regierung",
    ]
    # not German, or no adjective in -e before a capitalised noun: as written
    assert declension_variants("Nederlandse regering", "nl") == ["Nederlandse regering"]
    assert declension_variants("US-Regierung", "de") == ["US-Regierung"]
    assert declension_variants("Niederlande", "de") == ["Niederlande"]


def test_a_german_adjective_alone_is_no_state(tagger: Tagger) -> None:
    # the endings belong to the whole alias: the adjective without its noun tags nothing
    assert jurisdictions(tagger, "Ein niederländischer Hersteller liefert Wafer.") == []


def test_a_licence_withdrawn_by_the_government_in_the_dative_acts_for_that_state(
    analyzer: Analyzer,
) -> None:
    check(
        analyzer,
        "Chipausrüster verliert eine Exportlizenz",
        "Eine Lizenz für die Lieferung bestimmter Belichtungsanlagen nach China wurde am "
        "Freitag von der niederländischen Regierung zurückgezogen.",
        ("NL", "tightening"),
    )
