"""Round 47: a slash that names a sibling part by its suffix alone.

"Ascend 910B/C" is the 910B and the 910C: news writes two parts of one family once,
swapping only the closing letter. The sibling is the catalog's own key with the suffix
replaced; an upper-case suffix is required, so plurals, paths and words add nothing.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer


def _chips(analyzer: Analyzer, text: str) -> set[str]:
    return {m.name for m in analyzer.tagger.find(text) if m.type == "chip"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huawei ships its Ascend 910B/C accelerators to local clouds.", {"910B", "910C"}),
        ("华为昇腾910B/C芯片供不应求。", {"910B", "910C"}),
        ("AMD's MI300X/A parts are covered by the rule.", {"MI300X", "MI300A"}),
    ],
)
def test_a_slash_suffix_names_the_sibling_part(
    analyzer: Analyzer, text: str, expected: set[str]
) -> None:
    found = _chips(analyzer, text)
    assert all(any(name.endswith(tail) for name in found) for tail in expected), found
    assert len(found) == len(expected), found


def test_the_sibling_spans_its_suffix(analyzer: Analyzer) -> None:
    text = "the Ascend 910B/C line"
    sibling = [m for m in analyzer.tagger.find(text) if m.name == "Ascend 910C"]
    assert [(m.start, m.end, text[m.start : m.end]) for m in sibling] == [(16, 17, "C")]


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia sold H20/s by the thousand.",  # lower case: no part suffix
        "Ascend 910B/CX boards",  # no such sibling key
        "Ascend 910B/c",  # a part suffix is written in capitals
        "H20/H",  # the key has no letter suffix to swap
    ],
)
def test_no_sibling_without_a_part_suffix(analyzer: Analyzer, text: str) -> None:
    found = _chips(analyzer, text)
    assert len(found) <= 1, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gamers still smuggle the RTX5090 into China.", "RTX 5090"),
        ("The RTX-4090D was made for the Chinese market.", "RTX 4090D"),
        ("Huawei's Kirin9000S processor", "Kirin 9000S"),
    ],
)
def test_a_family_and_number_written_joined(analyzer: Analyzer, text: str, name: str) -> None:
    assert _chips(analyzer, text) == {name}
