"""Near-duplicates in `chipwatch scan` and `chipwatch backtest`: the stream's steps, no broker."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from typing import Any

import pytest

from schemas.alert import Alert
from schemas.article import RawArticle
from schemas.clusters import ClusterCandidate
from schemas.internal import IngestedArticle, Origin
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.core.neardup import NearDupIndex
from streams.offline import backtest, read_dated, scan
from streams.settings import Settings
from streams.steps import analyze, candidate, neardup_config, place
from tests.neardup_pairs import load_stories, syndicated_feed

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


def backtested(feed: list[dict[str, Any]], **settings: Any) -> list[Alert]:
    chosen = Settings(**settings)
    dated, _ = read_dated(lines(feed), chosen, NOW)
    return list(backtest(dated, analyzer(), chosen, "t"))


def test_backtest_of_a_story_syndicated_to_five_sites_gives_one_new_alert_and_no_update() -> None:
    # No update throttle: any update the copies made would be sent.
    alerts = backtested(syndicated_feed(), alert_update_interval_seconds=0)
    assert [(a.status, a.corroboration) for a in alerts] == [("new", 1)]
    assert alerts[0].article.id == syndicated_feed()[0]["id"]


def test_independent_reports_still_corroborate_next_to_syndicated_copies() -> None:
    # The five copies and a report of the same event in another outlet's own words (the
    # B story of the pair set): the second cluster is an update with corroboration 2.
    feed = syndicated_feed()
    story = next(s for s in load_stories() if s["event"] == "e08" and s["version"] == "B")
    own = {
        "id": "e08-own-reporting",
        "source": "Metro Tech",
        "title": feed[0]["title"],  # the same headline: the body tells the story anew
        "body": "\n".join(story["paragraphs"]),
        "published_at": "2026-11-25T10:00:00+00:00",
    }
    alerts = backtested([*feed, own], alert_update_interval_seconds=0)
    assert [(a.status, a.corroboration) for a in alerts] == [("new", 1), ("update", 2)]
    assert alerts[1].article.id == "e08-own-reporting"


@pytest.mark.parametrize("event", sorted({s["event"] for s in load_stories()}))
def test_syndicated_copies_of_any_story_never_send_an_update(event: str) -> None:
    alerts = backtested(syndicated_feed(event=event), alert_update_interval_seconds=0)
    assert [a for a in alerts if a.status == "update"] == []


@pytest.mark.parametrize("event", sorted({s["event"] for s in load_stories()}))
def test_syndicated_copies_of_any_story_make_at_most_one_new_alert(event: str) -> None:
    # e04's re-headlined copy ("Tokyo adds 23 chip tools to export control list") reads
    # as a listing where the original reads a control: it still joins the original's
    # group, since its cluster is counted there. (e12 is no policy event: no alert.)
    alerts = backtested(syndicated_feed(event=event), alert_update_interval_seconds=0)
    news = [a.article.id for a in alerts if a.status == "new"]
    assert news == ([] if event == "e12" else [syndicated_feed(event=event)[0]["id"]])


def _ingested(article: dict[str, Any]) -> IngestedArticle:
    return IngestedArticle(
        content_hash=article["id"],
        ingested_at=NOW,
        article=RawArticle.model_validate(article),
        origin=Origin(topic="t", partition=0, offset=0),
    )


def _candidate(article: dict[str, Any], article_id: str | None = None) -> ClusterCandidate:
    item = _ingested({**article, "id": article_id or article["id"]})
    return candidate(analyze(analyzer(), item), item)


def test_an_unreadable_or_foreign_signature_starts_its_own_cluster_and_the_article_goes_on() -> (
    None
):
    feed = syndicated_feed()
    index = NearDupIndex()
    config = neardup_config(Settings())
    place(index, _candidate(feed[0]), config)
    broken = _candidate(feed[1], "broken").model_copy(update={"signature": "bm90IGl0"})
    placed, _ = place(index, broken, config)
    assert placed.id == "broken" and placed.near_duplicate_of is None
    foreign = _candidate(feed[1], "foreign").model_copy(update={"scheme": "rensa-v1/p64"})
    assert place(index, foreign, config)[0].near_duplicate_of is None
    readable = _candidate(feed[1], "readable")
    assert place(index, readable, config)[0].near_duplicate_of == feed[0]["id"]
