"""Bulk changelog load into RocksDB before Faust starts (streams/table_prime.py), on the
real broker and the production store: what Faust's recovery would have written."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from prometheus_client import CollectorRegistry

from streams.app import Pipeline, create_app
from streams.settings import Settings
from streams.table_prime import prime_tables
from tests.kafka_harness import Broker, Names, Worker, free_port, run
from tests.kafka_harness import produce as kh_produce

pytestmark = pytest.mark.integration

PARTITIONS = 2
SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples" / "articles.jsonl"


def build(broker: Broker, names: Names, data_dir: Path) -> Pipeline:
    return create_app(
        Settings(
            broker=f"kafka://{broker.bootstrap}",
            app_id=names.app_id,
            store="rocksdb://",
            data_dir=data_dir,
            web_port=free_port(),
            partitions_raw=PARTITIONS,
            partitions_internal=PARTITIONS,
            partitions_out=PARTITIONS,
        ),
        registry=CollectorRegistry(),
    )


async def changelog(broker: Broker, topic: str, records: list[tuple[int, bytes, Any]]) -> None:
    """Create the compacted changelog and write (partition, key, value) records in order."""
    admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
    await admin.start()
    try:
        await admin.create_topics(
            [NewTopic(topic, PARTITIONS, 1, topic_configs={"cleanup.policy": "compact"})]
        )
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    await producer.start()
    try:
        for partition, key, value in records:
            await producer.send_and_wait(topic, key=key, value=value, partition=partition)
    finally:
        await producer.stop()


def close(p: Pipeline) -> None:
    for table in p.app.tables.values():
        for db in table.data._dbs.values():
            db.close()
        table.data._dbs.clear()
    own = getattr(p.app, "_loop", None)
    if own is not None and own is not asyncio.get_running_loop() and not own.is_closed():
        own.close()


@pytest.mark.asyncio
async def test_changelog_lands_in_rocksdb_as_faust_recovery_would(
    broker: Broker, tmp_path: Path
) -> None:
    names = Names()
    topic = f"{names.app_id}-dedupe-seen-changelog"
    records: list[tuple[int, bytes, Any]] = [
        (0, b"h1", b'{"first_id":"a","first_seen":1.0}'),
        (1, b"h2", b'{"first_id":"b","first_seen":2.0}'),
        (0, b"h3", b'{"first_id":"c","first_seen":3.0}'),
        (0, b"h1", None),  # swept: a tombstone deletes
        (1, b"h2", b'{"first_id":"b2","first_seen":4.0}'),  # the last value wins
    ]
    await changelog(broker, topic, records)

    p = build(broker, names, tmp_path)
    try:
        loaded = await prime_tables(p)
        assert loaded[topic] == 5
        store = p.seen.data
        assert store._db_for_partition(0).get(b"h1") is None
        assert store._db_for_partition(0).get(b"h3") == b'{"first_id":"c","first_seen":3.0}'
        assert store._db_for_partition(1).get(b"h2") == b'{"first_id":"b2","first_seen":4.0}'
        # Faust's recovery starts at the persisted offset: the last record of each one.
        assert store.persisted_offset(_tp(topic, 0)) == 2
        assert store.persisted_offset(_tp(topic, 1)) == 1
        # Nothing new: a second load (a warm restart) reads nothing.
        assert (await prime_tables(p))[topic] == 0
    finally:
        close(p)

    # A restart on the kept store loads only what the changelog got since.
    await changelog_tail(broker, topic, [(1, b"h4", b'{"first_id":"d","first_seen":5.0}')])
    again = build(broker, names, tmp_path)
    try:
        assert (await prime_tables(again))[topic] == 1
        store = again.seen.data
        assert store._db_for_partition(1).get(b"h4") == b'{"first_id":"d","first_seen":5.0}'
        assert store._db_for_partition(0).get(b"h3") == b'{"first_id":"c","first_seen":3.0}'
        assert store.persisted_offset(_tp(topic, 1)) == 2
    finally:
        close(again)


def _tp(topic: str, partition: int) -> Any:
    from faust.types import TP

    return TP(topic, partition)


async def changelog_tail(broker: Broker, topic: str, records: list[tuple[int, bytes, Any]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    await producer.start()
    try:
        for partition, key, value in records:
            await producer.send_and_wait(topic, key=key, value=value, partition=partition)
    finally:
        await producer.stop()


@pytest.mark.asyncio
async def test_first_start_without_changelogs_loads_nothing(broker: Broker, tmp_path: Path) -> None:
    p = build(broker, Names(), tmp_path)
    try:
        loaded = await prime_tables(p)
        assert loaded and all(n == 0 for n in loaded.values())
    finally:
        close(p)


def test_cold_worker_primed_from_the_changelog_knows_every_hash(
    broker: Broker, tmp_path: Path
) -> None:
    """A worker on an empty data dir gets the hashes by the bulk load, and dedupes with them."""
    names = Names()
    settings = {"store": "rocksdb://", "alert_update_interval_seconds": 0}
    samples = SAMPLES.read_bytes().splitlines()
    first = Worker(broker, names, tmp_path, **settings, data_dir=tmp_path / "a").start()
    try:
        run(kh_produce(broker.bootstrap, names.topic("articles.raw"), [(None, s) for s in samples]))
        _wait(lambda: _counted(first) >= len(samples))
        distinct = _metric(first, 'chipwatch_articles_total{outcome="accepted"}')
        assert distinct == len(samples) - 1  # the samples hold one resent copy
    finally:
        assert first.stop() == 0
    # Same content under new ids, to a worker with no local state at all.
    copies = [
        json.dumps({**json.loads(s), "id": f"again-{n}"}).encode() for n, s in enumerate(samples)
    ]
    second = Worker(broker, names, tmp_path, **settings, data_dir=tmp_path / "b").start()
    try:
        log = second.log_path.read_text()
        primed = [json.loads(x) for x in log.splitlines() if '"table primed' in x]
        seen = next(x for x in primed if x["topic"].endswith("dedupe-seen-changelog"))
        assert seen["records"] == distinct
        run(kh_produce(broker.bootstrap, names.topic("articles.raw"), [(None, c) for c in copies]))
        _wait(
            lambda: _metric(second, 'chipwatch_articles_total{outcome="duplicate"}') >= len(copies)
        )
        assert _metric(second, 'chipwatch_articles_total{outcome="accepted"}') == 0
    finally:
        assert second.stop() == 0


def _counted(worker: Worker) -> float:
    return sum(
        _metric(worker, f'chipwatch_articles_total{{outcome="{o}"}}')
        for o in ("accepted", "duplicate", "invalid")
    )


def _metric(worker: Worker, name: str) -> float:
    for row in worker.get("/metrics").splitlines():
        if row.startswith(name + " "):
            return float(row.split()[-1])
    return 0.0


def _wait(predicate: Any, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.3)
    raise AssertionError(f"not reached within {timeout} s")
