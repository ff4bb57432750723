"""The tagger on subsidiaries and numbered chip members (catalog classes of round 13, English).

* A chip-design subsidiary named by its own name is its own firm ("HiSilicon"): round 13
  tagged it as its parent Huawei; round 28 follows the blind labels, which name HiSilicon
  beside Huawei in 3 of the 4 stories that name it (docs/detection.md, round 28).
* Numbered members of Biren's BR100 and Moore Threads' MTT S families are chips, each
  its own name; the flagship's name is no prefix of theirs.
* Equipment named by model stays no chip.
"""

from __future__ import annotations

import pytest

from streams.core.catalog import load_catalog
from streams.core.tagging import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_catalog())


def names(tagger: Tagger, text: str, type_: str) -> list[str]:
    """Canonical names of the mentions of one type, in text order, once each."""
    out: list[str] = []
    for mention in tagger.find(text):
        if mention.type == type_ and mention.name not in out:
            out.append(mention.name)
    return out


def test_a_chip_design_subsidiary_named_by_its_own_name_is_its_own_firm(tagger: Tagger) -> None:
    assert names(tagger, "Huawei's chip unit HiSilicon designs its own processors.", "firm") == [
        "Huawei",
        "HiSilicon",
    ]


@pytest.mark.parametrize(
    ("text", "chips"),
    [
        ("Biren's BR104 and Moore Threads' MTT S3000 are rivals.", ["BR104", "MTT S3000"]),
        ("The MTT S80 gaming card and the BR100 flagship.", ["MTT S80", "BR100"]),
        ("Moore Threads shipped the MTT S4000 and the MTT S70.", ["MTT S4000", "MTT S70"]),
    ],
)
def test_numbered_family_members_are_their_own_chips(
    tagger: Tagger, text: str, chips: list[str]
) -> None:
    assert sorted(names(tagger, text, "chip")) == sorted(chips)


def test_lithography_models_are_no_chips(tagger: Tagger) -> None:
    text = "Shipments of its NXT:2050i and NXT:2100i lithography systems."
    assert names(tagger, text, "chip") == []
