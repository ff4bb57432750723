"""Round 36 (issue 11): an adjective of nationality on a measure noun names its author.

"Chinese export controls", "the American sanctions", "amerikanische Exportkontrollen",
"Amerikaanse exportbeperkingen" put the state's adjective before the noun (English
``headline_demonyms``, German and Dutch ``prenominal_demonyms``); the Romance languages
put it after ("sanciones estadounidenses"), and read it without its accents as well
("sanctions americaines"). Own sentences.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("Chinese export controls on gallium took effect on Monday.", "CN"),
        ("New American sanctions on Huawei took effect on Monday.", "US"),
        ("Chinesische Exportkontrollen für Gallium traten am Montag in Kraft.", "CN"),
        (
            "Die niederländischen Exportbeschränkungen für Lithografiemaschinen traten am "
            "Montag in Kraft.",
            "NL",
        ),
        ("De Amerikaanse exportbeperkingen op AI-chips traden maandag in werking.", "US"),
        ("Las sanciones americanas contra Huawei entraron en vigor el lunes.", "US"),
    ],
)
def test_the_adjective_names_the_author(analyzer: Analyzer, body: str, state: str) -> None:
    found = events(analyzer, "", body)
    assert found, body
    assert found[0].jurisdiction == state, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        # no adjective before the noun: nobody is named, nothing is read
        "Export controls on gallium took effect on Monday.",
        "Exportkontrollen für Gallium traten am Montag in Kraft.",
        # tariffs named by a nationality are as often a duty on that state's goods
        "The new Chinese tariffs on US chips took effect on Monday.",
    ],
)
def test_no_adjective_names_no_author(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not found, brief(found)


def test_the_romance_adjective_is_read_without_accents(analyzer: Analyzer) -> None:
    lex = analyzer.detector.lexicon
    assert lex.demonym.fullmatch("americaines") is not None
    assert lex.demonym_of["americaines"] == "US"
