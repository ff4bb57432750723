"""The detector's mentions by kind, built when first read (bench/README.md, round 8).

A field's triggers come from the tagger at once; its products, chips, equipment, firms
and actors only when the reader asks for them. These tests pin that the lazily built
lists are the ones the eager fill made, and that a kind nobody reads is never built.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import PRODUCT_LABEL, TRIGGER_LABEL, Detector, load_patterns
from streams.core.fields import Field

KINDS = ("products", "chips", "equipment", "firms", "actors")

# Our own sentences: firms, chips, equipment, states, a regulator, triggers, product words.
TEXTS = [
    (
        "Washington bans sales of H20 chips to China",
        "WASHINGTON - The Commerce Department on Monday banned exports of Nvidia H20 and "
        "AMD MI308 accelerators to China, the ministry said. ASML lithography tools were "
        "not named.\nBeijing said it opposed the ban on semiconductors.",
    ),
    (
        "Nvidia shares rise",
        "Nvidia and Intel shares rose after Samsung reported earnings. No rule was named.",
    ),
    (
        "Japan approves export licences for chipmaking tools",
        "Tokyo approved licences for Tokyo Electron equipment shipments to China, METI "
        "said on Friday. South Korea and the EU are weighing similar curbs on chips.",
    ),
    ("", "The Netherlands restricted ASML exports. China halted gallium sales to the US."),
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.build(load_catalog(None), load_patterns())


def _eager(analyzer: Analyzer, title: str, body: str) -> dict[str, dict[str, list[object]]]:
    """Each field's kinds as the detector filled them from all mentions before round 8."""
    tagged = analyzer.tagger.tag(title, body)
    out: dict[str, dict[str, list[object]]] = {}
    for name in ("title", "body"):
        groups = tagged.groups("title" if name == "title" else "body")
        states, regulators = groups.get("jurisdiction", []), groups.get("regulator", [])
        out[name] = {
            "triggers": list(groups.get(TRIGGER_LABEL, [])),
            "products": list(groups.get(PRODUCT_LABEL, [])),
            "chips": list(groups.get("chip", [])),
            "equipment": list(groups.get("equipment", [])),
            "firms": list(groups.get("firm", [])),
            "actors": sorted(states + regulators, key=lambda m: m.start),
        }
    return out


@pytest.mark.parametrize(("title", "body"), TEXTS)
def test_group_is_the_group_of_all_mentions(analyzer: Analyzer, title: str, body: str) -> None:
    tagged = analyzer.tagger.tag(title, body)
    fresh = analyzer.tagger.tag(title, body)  # groups() first on one, group() on the other
    for name in ("title", "body"):
        field = "title" if name == "title" else "body"
        groups = fresh.groups(field)
        labels = {*groups, "chip", "firm", "jurisdiction", "regulator", TRIGGER_LABEL}
        for label in labels:
            assert tagged.group(field, label) == groups.get(label, [])
            assert tagged.group(field, label) is tagged.group(field, label)  # kept


@pytest.mark.parametrize(("title", "body"), TEXTS)
def test_kinds_read_lazily_equal_the_eager_fill(analyzer: Analyzer, title: str, body: str) -> None:
    tagged = analyzer.tagger.tag(title, body)
    fields = {"title": Field("title", title), "body": Field("body", body)}
    Detector._fill_from_tags(fields, tagged)
    expected = _eager(analyzer, title, body)
    for name, item in fields.items():
        assert item.triggers == expected[name]["triggers"]
        assert not item.kinds  # nothing but the triggers built yet
        for kind in KINDS:
            assert getattr(item, kind) == expected[name][kind]
            assert kind in item.kinds
        assert any(expected[n][k] for n in expected for k in KINDS)


def test_a_kind_nobody_reads_is_never_built(analyzer: Analyzer) -> None:
    title, body = TEXTS[1]
    tagged = analyzer.tagger.tag(title, body)
    fields = {"title": Field("title", title), "body": Field("body", body)}
    Detector._fill_from_tags(fields, tagged)
    assert fields["body"].kinds == {}
    assert fields["body"].firms  # read now: built, and kept
    assert set(fields["body"].kinds) == {"firms"}


def test_assigned_and_appended_kinds_stay() -> None:
    item = Field("body", "text")
    assert item.firms == [] and item.actors == []
    item.actors = ["x"]  # type: ignore[list-item]
    item.chips.append("y")  # type: ignore[arg-type]
    assert item.actors == ["x"] and item.chips == ["y"]


@pytest.mark.parametrize(("title", "body"), TEXTS)
def test_events_from_the_tag_result_equal_those_from_its_mentions(
    analyzer: Analyzer, title: str, body: str
) -> None:
    detector = analyzer.detector
    published = datetime(2026, 11, 30, tzinfo=UTC)
    tagged = analyzer.tagger.tag(title, body)
    lazy = detector.detect(title, body, tagged, published=published)
    eager = detector.detect(title, body, analyzer.tagger.tag(title, body).mentions, published)
    assert lazy == eager
