"""States named in every language (round 34, issue 11): CLDR names and lists of places.

- Each catalog state gets its plain name in the ten languages from the Unicode CLDR
  table the tool ``tools/gen_territories.py`` writes (``territories.json``):
  ``with_territory_names`` adds it to the state's aliases unless the catalog already
  gives the name to any entry.
- Belarus is a state of its own: its names hold Russia's ("白俄罗斯", "Weißrussland").
- A state later in a list opened by a place word ("nach China, Iran, Russland") is a
  place like the list's first member; the act is its subject's.

Sentences in our own words.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog, load_territories, with_territory_names
from streams.core.fields import list_head
from streams.core.tagging import Tagger
from tests.unit.sentence_kit import brief, events


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_catalog())


def _names(tagger: Tagger, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in tagger.find(text)]


# --- the merge --------------------------------------------------------------------------


def test_names_are_added_to_the_state_with_their_language() -> None:
    raw = {"entries": [{"name": "KR", "type": "jurisdiction", "aliases": ["South Korea"]}]}
    out = with_territory_names(raw, {"KR": {"nl": ["Zuid-Korea"], "pt": ["Coreia do Sul"]}})
    assert out["entries"][0]["aliases"] == [
        "South Korea",
        {"text": "Zuid-Korea", "lang": "nl"},
        {"text": "Coreia do Sul", "lang": "pt"},
    ]
    assert raw["entries"][0]["aliases"] == ["South Korea"]  # the input is not changed


def test_a_name_the_catalog_already_gives_away_is_not_added() -> None:
    # a catalog of one's own may use a name for something else: it keeps it
    raw = {
        "entries": [
            {"name": "GE", "type": "jurisdiction", "aliases": ["Tbilisi"]},
            {"name": "Georgia Ports", "type": "firm", "aliases": ["georgia"]},
        ]
    }
    out = with_territory_names(raw, {"GE": {"en": ["Georgia"]}})
    assert out["entries"][0]["aliases"] == ["Tbilisi"]


def test_only_states_take_names() -> None:
    raw = {"entries": [{"name": "KR", "type": "firm", "aliases": []}]}
    assert with_territory_names(raw, {"KR": {"nl": ["Zuid-Korea"]}}) == raw


def test_the_bundled_table_covers_names_the_hand_lists_missed() -> None:
    table = load_territories()
    assert "Zuid-Korea" in table["KR"]["nl"]
    assert "Coreia do Sul" in table["KR"]["pt"]
    assert "Reino Unido" in table["GB"]["es"]
    assert "HK" not in table  # CLDR names it in its administrative form only


def test_an_empty_table_loads_the_file_alone() -> None:
    names = {
        a.text for e in load_catalog(territories={}).entries if e.name == "KR" for a in e.aliases
    }
    assert "Zuid-Korea" not in names


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("De regering van het Verenigd Koninkrijk", "GB"),
        ("O governo da Coreia do Sul", "KR"),
        ("Le Royaume-Uni a décidé", "GB"),
        ("Il Regno Unito ha deciso", "GB"),
        ("A França e os Países Baixos", "NL"),
        ("南韓政府宣布", "KR"),
        ("Malasia exige un permiso", "MY"),
    ],
)
def test_cldr_names_tag_their_state(tagger: Tagger, text: str, state: str) -> None:
    assert state in {name for _, name in _names(tagger, text)}, _names(tagger, text)


@pytest.mark.parametrize(
    "text", ["白俄罗斯与俄罗斯", "Weißrussland und Russland", "a Bielorrússia e a Rússia"]
)
def test_belarus_is_not_russia(tagger: Tagger, text: str) -> None:
    names = _names(tagger, text)
    assert [name for _, name in names] == ["BY", "RU"], names


def test_indonesia_does_not_hold_india(tagger: Tagger) -> None:
    names = _names(tagger, "インドネシア政府が発表した")
    assert "IN" not in {name for _, name in names}, names
    assert "IN" in {name for _, name in _names(tagger, "インド政府が発表した")}


# --- a list of places -------------------------------------------------------------------


def test_later_members_of_a_list_of_destinations_do_not_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Neue Ausfuhrverbote für KI-Chips",
        "Die US-Regierung will mit dem Beschluss die Ausfuhr moderner KI-Chips nach "
        "China, Iran, Russland und weiteren Ländern stoppen.",
    )
    states = {e.jurisdiction for e in found}
    assert "US" in states, brief(found)
    assert "RU" not in states, brief(found)


def test_a_list_after_a_conjunction_with_its_article(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Washington durcit ses règles",
        "Washington a interdit les exportations de puces avancées vers la Chine et la Russie.",
    )
    states = {e.jurisdiction for e in found}
    assert states == {"US"}, brief(found)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Ausfuhr nach China, Iran, Russland", "China"),  # a name not held between
        ("exports to China, Russia and Belarus", "China"),
        ("vers la Chine et la Russie", "Chine"),  # an article after the conjunction
        # no list: an article after a bare comma opens the clause after a fronted phrase
        ("face aux Etats-Unis, la Chine", "Chine"),
        ("in China, however, Russia", "Russia"),  # a lower-case word is no name
    ],
)
def test_list_head(tagger: Tagger, text: str, head: str) -> None:
    states = [m for m in tagger.find(text) if m.type == "jurisdiction"]
    found = list_head(text, text.lower(), states, states[-1])
    assert found.text == head, [m.text for m in states]


def test_an_adverb_between_commas_is_no_list(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Chips: new curbs",
        "Chip sales in China, however, Washington restricted on Monday with a new rule "
        "on advanced processors.",
    )
    assert "US" in {e.jurisdiction for e in found}, brief(found)


# --- a Romance government named by its demonym -------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "Séoul durcit le ton",
            "Le gouvernement sud-coréen a interdit lundi les exportations de puces avancées "
            "vers la Chine.",
            "KR",
        ),
        (
            "Seul stringe",
            "Il governo sudcoreano ha vietato lunedì le esportazioni di chip avanzati verso "
            "la Cina.",
            "KR",
        ),
        (
            "Londres frena la venta",
            "El Gobierno británico ha prohibido la venta de la fábrica de chips a un grupo chino.",
            "GB",
        ),
        (
            "Taipé aperta",
            "O governo taiwanês proibiu a exportação de chips avançados para a China.",
            "TW",
        ),
    ],
)
def test_a_government_named_by_its_demonym_acts(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    # without the demonym the article's own state ("gouvernement" in a French paper,
    # "governo" in an Italian one) took the act
    found = events(analyzer, title, body)
    assert {e.jurisdiction for e in found if e.primary} == {state}, brief(found)


def test_a_firm_with_a_demonym_does_not_act(analyzer: Analyzer) -> None:
    # contrast: "le groupe sud-coréen" is a firm; the US acts
    found = events(
        analyzer,
        "Washington serre la vis",
        "Le groupe sud-coréen a indiqué que Washington a interdit lundi les exportations "
        "de puces avancées vers la Chine.",
    )
    assert "KR" not in {e.jurisdiction for e in found}, brief(found)
