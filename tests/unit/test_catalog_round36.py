"""Round 36 (issue 11): spellings met in b51 — Nvidia's L2, Sophgo vs computing power, firms.

Blind labellers tag "L2" in reports of Nvidia's late-2023 trio for China ("H20, L20 and
L2"); alone, "L2" is a cache level, a crypto layer or a road class. The alias carries the
siblings as context words. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from streams.core.catalog import load_catalog
from streams.core.tagging import Tagger
from tests.unit.sentence_kit import tagged


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_catalog())


def chips(tagger: Tagger, text: str) -> list[str]:
    """Canonical chip names in text order, once each."""
    return tagged(tagger, text, "chip")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vendor will ship the H20, the L20 and the L2 to buyers in China.",
            ["H20", "L20", "L2"],
        ),
        ("Le groupe proposera les cartes L20 et L2 aux clients chinois.", ["L20", "L2"]),
        ("同社は中国向けに「H20」「L20」「L2」を投入する。", ["H20", "L20", "L2"]),
    ],
)
def test_l2_beside_its_siblings(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert chips(tagger, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The accelerator doubles its L2 cache to speed up inference.",
        "Token prices on the L2 network fell after the upgrade.",
        "the l2 and l20 parts",  # lower case: not the part number
    ],
)
def test_l2_alone_is_no_chip(tagger: Tagger, text: str) -> None:
    assert "L2" not in chips(tagger, text)


def firms(tagger: Tagger, text: str) -> list[str]:
    """Canonical firm names in text order, once each."""
    return tagged(tagger, text, "firm")


@pytest.mark.parametrize(
    "text",
    [
        "新型号的计算能力只有旗舰产品的一半。",
        "新型號的運算能力只有旗艦產品的一半。",
        "新製品の計算能力は従来品の半分にとどまる。",
        "毎秒の演算能力を高めた。",
    ],
)
def test_computing_power_does_not_name_sophgo(tagger: Tagger, text: str) -> None:
    # "算能" (Sophgo) sits inside 计算能力 / 演算能力, "computing power"
    assert "Sophgo" not in firms(tagger, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("台积电已停止向算能供货。", ["TSMC", "Sophgo"]),
        ("親会社のウイングテックが対象となった。", ["Wingtech"]),
        ("당국은 도쿄 일렉트론의 유지 보수를 제한했다.", ["Tokyo Electron"]),
        ("英特爾終止收購高塔半導體的計畫。", ["Intel", "Tower Semiconductor"]),
    ],
)
def test_round36_firm_spellings(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert firms(tagger, text) == expected
