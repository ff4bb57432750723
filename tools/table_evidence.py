r"""Read back a fault test's tables: changelogs (offset, time, key, value) against each store.

Why: the zombie fault test (``tests/integration/test_faults_more.py``) failed in ways that
pointed at table state after partitions moved (docs/operations.md, "The zombie fault
test beside it"). This script puts side by side, for the dedupe and alerting tables,
what the changelog holds and what each worker's RocksDB store holds, so that a store
that skipped changelog records (its persisted offset past records it never applied) or
a stale value written last shows with offsets and times.

Use it on a run whose broker outlived the test (``CHIPWATCH_TEST_KAFKA_PORT`` pointing
at a broker started with ``deploy/kafka/kafka-local up``) and whose folders pytest kept
(``--basetemp``)::

    .venv/bin/python tools/table_evidence.py --broker 127.0.0.1:PORT \\
        --run BASETEMP/test_a_zombie_worker_paused_pa0 [--key CN] [--hash HASH]

It prints, per table partition: the writers' generations (``chipwatch-generation``
header) and every record made more than 2 s before one ahead of it (a zombie's late
record); then per worker: the store's persisted offset, the changelog's end, and every
key whose store value is not the changelog's last value up to the persisted offset,
less the records a fenced recovery drops (the store never applied the record at that
offset: its offset was moved past it).
Then, per key asked for, every changelog record of it (offset, CreateTime, a summary of
the value). Times are the producers' clocks (one machine: comparable with the logs).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from rocksdict import AccessType, Rdict

from streams.fencing import GenerationFence, generation_of

OFFSET_KEY = b"__faust\0offset__"
TABLES = ("dedupe-seen", "alert-policy-state")


async def read_topic(bootstrap: str, topic: str, partitions: int) -> dict[int, list[Any]]:
    """Every record of ``topic``, by partition, in offset order."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        out: dict[int, list[Any]] = defaultdict(list)
        todo = {tp for tp in tps if ends[tp] > 0}
        while todo:
            batch = await consumer.getmany(timeout_ms=2000)
            if not batch:
                break
            for tp, records in batch.items():
                out[tp.partition].extend(records)
                if records[-1].offset + 1 >= ends[tp]:
                    todo.discard(tp)
        return out
    finally:
        await consumer.stop()


def out(text: str) -> None:
    """One line of the report, on stdout."""
    sys.stdout.write(text + "\n")


def when(ms: int) -> str:
    """A record's CreateTime (epoch ms) as UTC time of day."""
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%H:%M:%S.%f")[:-3]


def summary(table: str, value: bytes | None) -> str:
    """A short description of a table value (what tells a stale one from a fresh one)."""
    if value is None:
        return "tombstone"
    if table == "dedupe-seen":
        entry = json.loads(value)
        return f"first_id={entry['first_id']} first_seen={entry['first_seen']:.3f}"
    state = json.loads(value)
    groups = state.get("groups", {})
    folded = sum(len(g.get("folded", {})) for g in groups.values())
    revisions = sum(g.get("revision", 0) for g in groups.values())
    return f"groups={len(groups)} folded={folded} revisions={revisions}"


def open_store(path: Path) -> dict[bytes, bytes]:
    """Every key and value of one partition's RocksDB store, read only."""
    db = Rdict(str(path), access_type=AccessType.read_only(), options=None)
    try:
        return {bytes(k): bytes(v) for k, v in db.items()}
    finally:
        db.close()


def compare(table: str, records: list[Any], store: dict[bytes, bytes], who: str) -> None:
    """Report the keys where ``store`` is not the changelog up to its persisted offset."""
    persisted_raw = store.get(OFFSET_KEY)
    persisted = int(persisted_raw) if persisted_raw is not None else None
    end = records[-1].offset + 1 if records else 0
    expect: dict[bytes, Any] = {}
    fence = GenerationFence()  # what a fenced recovery applies (streams/fencing.py)
    for r in records:
        tp = TopicPartition(r.topic, r.partition)
        if (
            persisted is not None
            and r.offset <= persisted
            and fence.admit(tp, r.headers, r.timestamp)
        ):
            expect[r.key] = r
    wrong = []
    for key, r in expect.items():
        have = store.get(key)
        if have != r.value:
            wrong.append((key, r, have))
    out(
        f"  {who}: persisted offset {persisted}, changelog end {end}, "
        f"{len(expect)} keys up to it, {len(wrong)} differ from the changelog"
    )
    for key, r, have in wrong[:20]:
        later = [x for x in records if x.key == key]
        out(
            f"    key {key[:40]!r}: changelog last (<= persisted) at {r.offset} "
            f"{when(r.timestamp)} {summary(table, r.value)}; store: {summary(table, have)}"
        )
        for x in later:
            out(f"      record {x.offset} {when(x.timestamp)} {summary(table, x.value)}")


def late(table: str, records: list[Any]) -> None:
    """Report records made more than 2 s before a record ahead of them (a zombie's)."""
    newest = 0
    for r in records:
        if r.timestamp < newest - 2000:
            out(
                f"  late record {r.offset} made {when(r.timestamp)} (a record ahead of it: "
                f"{when(newest)}), generation {generation_of(r.headers)}, "
                f"{summary(table, r.value)}"
            )
        newest = max(newest, r.timestamp)


def workers(run: Path) -> dict[str, Path]:
    """Each worker folder of a fault test run and its tables folder."""
    out = {}
    for w in sorted(run.iterdir()):
        tables = list(w.glob("data-*/v1/tables"))
        if tables:
            out[w.name] = tables[0]
    return out


def main() -> None:
    """Compare every changelog partition with every worker's store."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--broker", required=True)
    parser.add_argument("--run", type=Path, required=True)
    parser.add_argument("--key", action="append", default=[], help="a policy key to list")
    parser.add_argument("--hash", action="append", default=[], help="a content hash to list")
    parser.add_argument("--partitions", type=int, default=4, help="the tables' partitions")
    args = parser.parse_args()
    logs = sorted(args.run.glob("*/worker-*.log"))
    suffix = re.match(r"worker-([0-9a-f]+)-", logs[0].name).group(1)  # type: ignore[union-attr]
    app = f"cwtest-{suffix}"
    stores = workers(args.run)
    for table in TABLES:
        topic = f"{app}-{table}-changelog"
        parts = asyncio.run(read_topic(args.broker, topic, args.partitions))
        out(f"== {topic}")
        for partition in sorted(parts):
            records = parts[partition]
            gens = sorted({str(generation_of(r.headers)) for r in records})
            out(f" partition {partition}: {len(records)} records, generations {gens}")
            late(table, records)
            for who, path in stores.items():
                db = path / f"{table}-{partition}.db"
                if db.exists():
                    compare(table, records, open_store(db), who)
            wanted = [k.encode() for k in (args.key if table != "dedupe-seen" else args.hash)]
            for key in wanted:
                for r in records:
                    if r.key == key:
                        out(f"   {key!r} {r.offset} {when(r.timestamp)} {summary(table, r.value)}")


if __name__ == "__main__":
    main()
