"""Round 51 (issue 11): parts outside labellers named on their own, and their guards.

Nvidia's B20 and H30, AMD's MI309, Huawei's Kirin 9000 and Russia's Elbrus were each
named by two or more blind labellers and missing from the catalog. The short names are
also a biodiesel blend, a road and a mountain, so they read only near a chip word or
their maker.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import chips


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Nvidia is readying a B20 chip for Chinese buyers.", {"B20"}),
        ("傳英偉達將推出H30芯片供應中國市場。", {"H30"}),
        ("AMD needed a licence to sell its MI309 in China.", {"MI309"}),
        ("The Kirin 9000 in the Mate 40 was the last chip TSMC made for Huawei.", {"Kirin 9000"}),
        ("The Kirin 9000s is made by SMIC.", {"Kirin 9000S"}),
        ("Taiwan barred TSMC from making Elbrus processors for Russia.", {"Elbrus"}),
    ],
)
def test_a_part_named_by_outside_labellers_is_a_chip(
    analyzer: Analyzer, body: str, expected: set[str]
) -> None:
    assert chips(analyzer, "", body) == expected


def test_the_short_names_need_a_chip_word_or_their_maker(analyzer: Analyzer) -> None:
    body = "Trucks run on B20 diesel along the H30 road to Mount Elbrus."
    assert chips(analyzer, "", body) == set()
