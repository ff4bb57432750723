"""Near-duplicates through the real broker: copies that arrive at once on two workers
meet in the one-partition index and make one alert, and the window survives a rebalance
and a restart."""

from __future__ import annotations

import json
import urllib.error
from pathlib import Path
from typing import Any

import pytest

from tests.integration.faultkit import wait_until
from tests.kafka_harness import Broker, Names, Worker, consume, produce, run
from tests.neardup_pairs import syndicated_feed

pytestmark = pytest.mark.integration


def _messages(feed: list[dict[str, Any]]) -> list[tuple[bytes, bytes]]:
    return [(a["id"].encode(), json.dumps(a).encode()) for a in feed]


def _analyzed(broker: Broker, names: Names, count: int, timeout: float = 90) -> list[Any]:
    records = run(
        consume(
            broker.bootstrap,
            names.topic("articles.analyzed"),
            min_count=count,
            timeout=timeout,
            settle=1.0,
        )
    )
    return [json.loads(r.value) for r in records]


def _by_id(records: list[Any]) -> dict[str, Any]:
    # articles.analyzed has several partitions: no order across them.
    return {x["id"]: x for x in records}


def _cluster_of(broker: Broker, names: Names, count: int, article_id: str, w: Worker) -> Any:
    """The near_duplicate_of of ``article_id`` once ``count`` articles are analyzed."""
    found = _by_id(_analyzed(broker, names, count, timeout=120))
    assert article_id in found, f"{article_id} not analyzed; worker log:\n{w.log_tail(40)}"
    return found[article_id]["near_duplicate_of"]


def _worker(broker: Broker, names: Names, tmp: Path, **settings: Any) -> Worker:
    tmp.mkdir(parents=True, exist_ok=True)
    return Worker(broker, names, tmp, **settings).start(timeout=120)


def _assigned(worker: Worker) -> int:
    try:
        return int(json.loads(worker.get("/readyz"))["assigned_partitions"])
    except (urllib.error.HTTPError, OSError):
        return 0


def test_copies_sent_at_once_to_two_workers_join_one_cluster_and_make_one_alert(
    broker: Broker, tmp_path: Path
) -> None:
    names = Names()
    # No update throttle: an update for any copy would be sent at once.
    a = _worker(broker, names, tmp_path / "a", alert_update_interval_seconds=0)
    b = _worker(broker, names, tmp_path / "b", alert_update_interval_seconds=0)
    try:
        wait_until(lambda: _assigned(a) > 0 and _assigned(b) > 0, 90, "both workers assigned")
        feed = syndicated_feed()
        # All five at once: their content hashes spread them over both workers'
        # dedupe-analyze partitions, which analyze them in parallel.
        run(produce(broker.bootstrap, names.topic("articles.raw"), _messages(feed)))
        analyzed = _analyzed(broker, names, len(feed))
        assert sorted(x["id"] for x in analyzed) == sorted(x["id"] for x in feed)
        firsts = [x for x in analyzed if x["near_duplicate_of"] is None]
        # Whichever reached the index first is the cluster's first article; every
        # other copy names it, however the two workers interleaved.
        assert len(firsts) == 1, [(x["id"], x["near_duplicate_of"]) for x in analyzed]
        first = firsts[0]["id"]
        others = [x for x in analyzed if x["id"] != first]
        assert {x["near_duplicate_of"] for x in others} == {first}
        assert all(0.5 <= x["similarity"] <= 1.0 for x in others)
        found = sum(
            float(line.split()[-1])
            for w in (a, b)
            for line in w.get("/metrics").splitlines()
            if line.startswith("chipwatch_near_duplicates_total ")
        )
        assert found == 4
        # Five outlets, one report: one `new` alert, and no update for the copies.
        alerts = run(
            consume(
                broker.bootstrap, names.topic("alerts.policy"), min_count=1, timeout=60, settle=5.0
            )
        )
        values = [json.loads(r.value) for r in alerts]
        assert [(x["status"], x["corroboration"]) for x in values] == [("new", 1)]
    finally:
        a.stop()
        b.stop()


def test_the_window_survives_a_rebalance_and_a_restart(broker: Broker, tmp_path: Path) -> None:
    names = Names()
    feed = syndicated_feed(event="e04")
    raw = names.topic("articles.raw")
    # The production store: the window's table on disk, its changelog in Kafka.
    a = _worker(broker, names, tmp_path / "a", store="rocksdb://")
    b: Worker | None = None
    first = feed[0]["id"]
    try:
        # One at a time, so that the wire original is the first in the index.
        run(produce(broker.bootstrap, raw, _messages(feed[:1])))
        assert _by_id(_analyzed(broker, names, 1))[first]["near_duplicate_of"] is None
        run(produce(broker.bootstrap, raw, _messages(feed[1:2])))
        assert _cluster_of(broker, names, 2, feed[1]["id"], a) == first
        # A second worker joins: the one-partition table may move to it (rebalance).
        b = _worker(broker, names, tmp_path / "b", store="rocksdb://")
        wait_until(lambda: _assigned(a) > 0 and _assigned(b) > 0, 90, "both workers assigned")
        shared = _assigned(b)
        run(produce(broker.bootstrap, raw, _messages(feed[2:3])))
        assert _cluster_of(broker, names, 3, feed[2]["id"], b) == first
        # The first worker leaves: b holds everything now and rebuilds the window from
        # the table it recovered (or kept as a standby).
        assert a.stop() == 0, a.log_tail()
        # Ready again, with a's partitions too (the rebalance and recovery are over).
        wait_until(lambda: _assigned(b) > shared, 120, "b alone assigned")
        run(produce(broker.bootstrap, raw, _messages(feed[3:4])))
        assert _cluster_of(broker, names, 4, feed[3]["id"], b) == first
        assert b.stop() == 0, b.log_tail()
        # Both gone; a restarts on its own data folder: RocksDB and the changelog.
        a = _worker(broker, names, tmp_path / "a", store="rocksdb://")
        run(produce(broker.bootstrap, raw, _messages(feed[4:5])))
        last = _by_id(_analyzed(broker, names, 5))
        assert set(last) == {x["id"] for x in feed}
        assert last[feed[4]["id"]]["near_duplicate_of"] == first
        assert "near-duplicate window loaded" in a.log_path.read_text(errors="replace")
    finally:
        a.stop()
        if b is not None:
            b.stop()
