"""A state's body named by its English adjective (round 35, issue 11).

English names a government's body by its state's adjective before a common noun: "South
Korean officials", "the Dutch Department of Economic Affairs", "Malaysian trade ministry
officials". The catalog gives the adjectives (``state_demonyms``) and the nouns
(``state_bodies``) once; ``with_state_bodies`` joins each pair into an alias of the state.
A named body after the adjective stays whole ("Japanese Ministry of Economy, Trade and
Industry" is Japan's ministry, not Japan and then another state's "Trade and Industry").

Sentences in our own words.
"""

from __future__ import annotations

import pytest

from schemas.catalog import Catalog
from streams.core.analyze import Analyzer
from streams.core.catalog import CatalogError, load_catalog, parse_catalog, with_state_bodies
from streams.core.tagging import Tagger
from tests.unit.sentence_kit import brief, events


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_catalog())


def _states(tagger: Tagger, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.jurisdiction) for m in tagger.find(text) if m.jurisdiction]


# --- the expansion ----------------------------------------------------------------------


def _raw(**extra: object) -> dict[str, object]:
    return {
        "entries": [
            {"name": "KR", "type": "jurisdiction", "aliases": ["South Korea"]},
            {"name": "JP", "type": "jurisdiction", "aliases": ["Japan"]},
            {"name": "METI", "type": "regulator", "jurisdiction": "JP",
             "aliases": ["Ministry of Economy, Trade and Industry", "Japanese trade ministry"]},
        ],
        **extra,
    }  # fmt: skip


def test_each_adjective_and_noun_become_an_alias_of_the_state() -> None:
    raw = _raw(state_demonyms={"KR": ["South Korean"]}, state_bodies=["officials", "cabinet"])
    out = with_state_bodies(raw)
    assert out["entries"][0]["aliases"][:3] == [
        "South Korea",
        {"text": "South Korean officials", "lang": "en"},
        {"text": "South Korean cabinet", "lang": "en"},
    ]
    assert raw["entries"][0]["aliases"] == ["South Korea"]  # type: ignore[index]


def test_a_pair_another_entry_claims_keeps_its_owner() -> None:
    out = with_state_bodies(
        _raw(state_demonyms={"JP": ["Japanese"]}, state_bodies=["trade ministry"])
    )
    assert out["entries"][1]["aliases"] == ["Japan"]  # METI keeps "Japanese trade ministry"


def test_the_adjective_before_its_own_states_named_body_names_that_body() -> None:
    out = with_state_bodies(
        _raw(state_demonyms={"JP": ["Japanese"], "KR": ["Korean"]}, state_bodies=[])
    )
    meti = out["entries"][2]["aliases"]
    assert {"text": "Japanese Ministry of Economy, Trade and Industry", "lang": "en"} in meti
    # another state's adjective before that name names the adjective's state
    assert {"text": "Korean Ministry of Economy, Trade and Industry", "lang": "en"} in out[
        "entries"
    ][0]["aliases"]


def test_an_unknown_state_is_refused() -> None:
    with pytest.raises(CatalogError, match="state_demonyms names states the catalog lacks"):
        parse_catalog(
            '{"entries": [{"name": "KR", "type": "jurisdiction", "aliases": ["Seoul"]}],'
            ' "state_demonyms": {"XX": ["Xish"]}, "state_bodies": ["officials"]}'
        )


def test_the_catalog_keeps_the_table() -> None:
    catalog = load_catalog()
    assert isinstance(catalog, Catalog)
    assert "South Korean" in catalog.state_demonyms["KR"]
    assert "officials" in catalog.state_bodies


# --- tagging ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("South Korean officials said so.", "KR"),
        ("The Dutch Department of Economic Affairs said so.", "NL"),
        ("Malaysian trade ministry officials said so.", "MY"),
        ("The Indian government said so.", "IN"),
        ("Taiwanese authorities said so.", "TW"),
    ],
)
def test_the_body_is_tagged_as_its_state(tagger: Tagger, text: str, code: str) -> None:
    assert _states(tagger, text)[0][1] == code


def test_a_named_body_after_the_adjective_stays_whole(tagger: Tagger) -> None:
    found = _states(tagger, "The Japanese Ministry of Economy, Trade and Industry said so.")
    assert found == [("Japanese Ministry of Economy, Trade and Industry", "JP")]


# --- detection --------------------------------------------------------------------------


def test_officials_named_by_their_state_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "South Korean officials said on Monday they had imposed licence requirements on "
        "exports of HBM chips to China.",
    )
    assert [(e.jurisdiction, e.action, e.direction) for e in found] == [
        ("KR", "license", "tightening")
    ], brief(found)


def test_a_department_named_by_its_state_acts(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "The Dutch Department of Economic Affairs said on Friday it had imposed licence "
        "requirements on exports of DUV lithography machines.",
    )
    assert [e.jurisdiction for e in found] == ["NL"], brief(found)
