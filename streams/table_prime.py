"""Cold start: the tables' changelogs loaded into RocksDB in bulk, before Faust starts.

Why: Faust recovers a table by passing every changelog record through its consumer,
conductor and recovery loop, one event and several awaits each (~90 µs a record on the
bench machine, CPU-bound in Faust/mode: bench/README.md, "start-up and fail-over"). A
worker with 1M remembered hashes and no local store took 100-180 s to get ready.

How: before the worker starts, each RocksDB-backed table's changelog is read with a
plain aiokafka consumer in large batches, from the store's persisted offset to the
end, and written with RocksDB write batches exactly as Faust's own
``Store.apply_changelog_batch`` writes them (the record's raw key and value bytes, a
tombstone deletes, the last applied offset as the store's persisted offset). Faust's
recovery then starts from that offset and only reads what came after. A warm restart
(store kept) reads only the changelog's tail here, as Faust would. Nothing of Faust's
is changed; the store objects are the ones Faust uses afterwards.

All partitions are loaded, not only the ones this worker will be assigned (unknown
before it joins the group): with the default one standby replica and two workers each
worker holds every partition anyway; with more workers the extra ones cost disk only.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from faust.stores.rocksdb import Store as RocksDBStore
from rocksdict import WriteBatch

from streams.fencing import FencedTable, GenerationFence
from streams.kafka_admin import client_kwargs

if TYPE_CHECKING:
    from streams.pipeline import Pipeline

log = logging.getLogger("chipwatch.table_prime")

# Records per getmany(): large batches are the point (one write batch per partition each).
MAX_RECORDS = 10_000
# A bound on the whole load, far above its measured cost; Faust's recovery finishes
# whatever is left if it is hit.
TIME_LIMIT_SECONDS = 600.0


async def prime_tables(p: Pipeline) -> dict[str, int]:
    """Load every RocksDB table's changelog into its store; return records per table."""
    tables = [t for t in p.app.tables.values() if isinstance(t.data, RocksDBStore)]
    if not tables:  # memory:// stores: nothing persists, Faust's recovery does it all
        return {}
    consumer = AIOKafkaConsumer(
        **client_kwargs(p.settings),
        group_id=None,
        enable_auto_commit=False,
        # Changelog records are small (~120 B): 2 MB a partition brings ~16k of them per
        # fetch; larger fetches were no faster and raised the worker's peak RSS (the
        # bench's 1M-hash worker: 313 MB with 16/64 MB, against a 300 MB goal).
        max_partition_fetch_bytes=2 << 20,
        fetch_max_bytes=8 << 20,
        fetch_max_wait_ms=100,
    )
    await consumer.start()
    loaded: dict[str, int] = {}
    try:
        # One metadata request and one pair of offset requests for all tables: asked per
        # table, they took 0.13-0.26 s each on a warm restart that then read nothing.
        present = await consumer.topics()
        plans: list[tuple[Any, str, list[TopicPartition]]] = []
        for table in tables:
            topic = table.changelog_topic.get_topic_name()
            if topic not in present:  # first start: Faust creates it later
                loaded[topic] = 0
                continue
            # The changelog has the table's partition count (Faust declares it so).
            partitions = table.partitions or p.app.conf.topic_partitions
            plans.append((table, topic, [TopicPartition(topic, n) for n in range(partitions)]))
        every = [tp for _, _, tps in plans for tp in tps]
        offsets = (
            (await consumer.beginning_offsets(every), await consumer.end_offsets(every))
            if every
            else ({}, {})
        )
        for table, topic, tps in plans:
            started = time.monotonic()
            fence = table.fence if isinstance(table, FencedTable) else None
            loaded[topic] = await _load(consumer, tps, offsets, table.data, fence)
            log.info(
                "table primed from its changelog",
                extra={
                    "topic": topic,
                    "records": loaded[topic],
                    "seconds": round(time.monotonic() - started, 3),
                },
            )
    finally:
        await consumer.stop()
    return loaded


async def _load(
    consumer: AIOKafkaConsumer,
    tps: list[TopicPartition],
    offsets: tuple[dict[TopicPartition, int], dict[TopicPartition, int]],
    store: Any,
    fence: GenerationFence | None = None,
) -> int:
    """Read the changelog partitions ``tps`` from ``store``'s persisted offsets to their ends.

    ``offsets`` holds the beginning and end offsets, asked for once for every table.
    With ``fence``, a record an evicted writer made after a newer generation's records
    is skipped, as Faust's recovery skips it (``streams/fencing.py``).
    """
    begins, ends = offsets
    todo: dict[TopicPartition, int] = {}
    for tp in tps:
        persisted = store.persisted_offset(tp)
        start = max(begins[tp], 0 if persisted is None else persisted + 1)
        if start < ends[tp]:
            todo[tp] = start
    if not todo:
        return 0
    consumer.assign(list(todo))
    for tp, start in todo.items():
        consumer.seek(tp, start)
    count = 0
    deadline = time.monotonic() + TIME_LIMIT_SECONDS
    while todo and time.monotonic() < deadline:
        batch = await consumer.getmany(timeout_ms=1000, max_records=MAX_RECORDS)
        for tp, records in batch.items():
            writes = WriteBatch(raw_mode=True)
            last = None
            for record in records:
                if record.offset >= ends[tp]:
                    break
                last = record.offset
                if fence is not None and not fence.admit(tp, record.headers, record.timestamp):
                    continue
                if record.value is None:
                    writes.delete(record.key)
                else:
                    writes.put(record.key, record.value)
                count += 1
            if last is None:
                continue
            store._db_for_partition(tp.partition).write(writes)
            store.set_persisted_offset(tp, last)
            if last + 1 >= ends[tp]:
                todo.pop(tp, None)
                consumer.pause(tp)
            else:
                todo[tp] = last + 1
    consumer.unsubscribe()
    return count
