"""Near-duplicates in `chipwatch scan` and `chipwatch backtest`: the stream's steps, no broker."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from typing import Any

from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.offline import scan
from streams.settings import Settings
from tests.neardup_pairs import syndicated_feed

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@cache
def analyzer() -> Analyzer:
    return Analyzer.build(load_catalog(), load_patterns())


def lines(feed: list[dict[str, Any]]) -> list[bytes]:
    return [json.dumps(article).encode() for article in feed]


def test_scan_names_the_wire_original_on_each_syndicated_copy() -> None:
    feed = syndicated_feed()
    rows = [json.loads(r.line) for r in scan(lines(feed), analyzer(), Settings(), NOW, "t")]
    first = feed[0]["id"]
    assert rows[0]["near_duplicate_of"] is None and rows[0]["similarity"] is None
    assert [r["near_duplicate_of"] for r in rows[1:]] == [first] * 4
    assert all(0.5 <= r["similarity"] <= 1.0 for r in rows[1:])
    assert all(r["duplicate_of"] is None for r in rows), "none is a byte-identical copy"
    # Each copy is still analyzed on its own (its headline may read as another action
    # or flow: the cluster, not the event key, is what ties the copies together).
    assert {(r["events"][0]["jurisdiction"], *r["events"][0]["products"]) for r in rows} == {
        ("US", "H20")
    }


def test_scan_threshold_is_the_setting() -> None:
    strict = Settings(neardup_threshold=0.99)
    rows = [
        json.loads(r.line) for r in scan(lines(syndicated_feed()), analyzer(), strict, NOW, "t")
    ]
    assert [r["near_duplicate_of"] for r in rows] == [None] * 5


def test_scan_gives_an_exact_copy_the_cluster_of_its_first_copy() -> None:
    feed = syndicated_feed()
    copy = {**feed[1], "id": "exact-copy"}
    rows = [
        json.loads(r.line) for r in scan(lines([*feed[:2], copy]), analyzer(), Settings(), NOW, "t")
    ]
    assert rows[2]["duplicate_of"] == feed[1]["id"]
    assert rows[2]["near_duplicate_of"] == feed[0]["id"]
