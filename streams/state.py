"""Table housekeeping: expired dedupe hashes swept away, recovery time reported.

The dedupe TTL is already enforced on read (``dedupe_step`` treats an old entry as
absent); the sweep is what frees the space, on disk (RocksDB) and in the changelog
(a tombstone each, so compaction drops the hash and a recovery never restores it).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from aiokafka.partitioner import DefaultPartitioner

from streams.codecs import decode_model
from streams.core.dedupe import SeenEntry, is_expired
from streams.metrics import Metrics
from streams.settings import Settings

log = logging.getLogger("chipwatch.state")

# Keys looked at between two yields to the event loop: a sweep of a large table must
# not hold up the agents (or the heartbeats) for more than a few milliseconds at a time.
SWEEP_CHUNK = 500
# Keys counted between two yields when the dedupe table is counted after a recovery.
COUNT_CHUNK = 20_000


def key_partition(key: bytes, partitions: int) -> int:
    """Return the partition the producer's default partitioner picks for ``key``.

    The by-hash topic is written with that partitioner, and the dedupe table writes a
    key's changelog to the partition of the by-hash message it came from, so this is
    the partition of both the topic message and the table entry.
    """
    every = list(range(partitions))
    return int(DefaultPartitioner()(key, every, every))


def active_partitions(app: Any, topic: str) -> set[int]:
    """Partitions of ``topic`` (by-hash) this worker processes (its active dedupe keys)."""
    return {tp.partition for tp in app.consumer.assignment() if tp.topic == topic}


async def sweep_expired(
    app: Any, seen: Any, settings: Settings, metrics: Metrics, now: float | None = None
) -> int:
    """Delete expired hashes of this worker's active partitions; return how many.

    Only active partitions: the memory store also holds standby copies, and a standby
    deleting a key would race with the owner writing it anew. Faust's ``del table[k]``
    needs a current event to pick the changelog partition (or ``use_partitioner=True``,
    which Faust's test harness cannot run), so the sweep sends the tombstone to the
    key's partition itself and then deletes the key from the store (RocksDB included).
    """
    if app.rebalancing or not app.tables.recovery.completed.is_set():
        return 0
    now = time.time() if now is None else now
    mine = active_partitions(app, settings.topic_by_hash)
    n = settings.partitions_internal
    deleted = 0
    keys = list(seen.keys())  # a snapshot: the agent may write while we yield
    for start in range(0, len(keys), SWEEP_CHUNK):
        for key in keys[start : start + SWEEP_CHUNK]:
            if key_partition(key, n) not in mine:  # a standby copy: the owner sweeps it
                continue
            raw = seen.get(key)
            if raw is None:
                continue
            try:
                entry = decode_model(SeenEntry, raw)
            except ValueError:  # unreadable: it can never match again, drop it
                entry = None
            if entry is None or is_expired(entry, now, settings.dedupe_ttl_seconds):
                partition = key_partition(key, n)
                seen.send_changelog(partition, key, None, value_serializer="raw")
                del seen.data[key]
                deleted += 1
        await asyncio.sleep(0)
        if app.rebalancing:  # partitions may have moved: stop, the next run starts over
            break
    if deleted:
        metrics.dedupe_expired.inc(deleted)
        metrics.dedupe_keys.dec(deleted)  # the agent counts additions only
        log.info("dedupe hashes expired", extra={"deleted": deleted})
    return deleted


async def count_keys(app: Any, seen: Any, chunk: int = COUNT_CHUNK) -> int | None:
    """Count the keys of ``seen``, yielding to the event loop every ``chunk`` keys.

    Faust's ``len(table)`` walks every RocksDB key in one go: with 1M remembered hashes
    that held the event loop for ~1 s right after each recovery, so a worker that had
    just turned ready answered ``/readyz`` and fed its agents a second late (the
    warm-restart timeline in bench/README.md, "Round 21: start-up"). ``None`` when a
    rebalance starts meanwhile: the partitions moved, the next recovery counts again.
    """
    n = 0
    for n, _ in enumerate(seen.keys(), 1):
        if n % chunk == 0:
            await asyncio.sleep(0)
            if app.rebalancing:
                return None
    return n


class RecoveryClock:
    """Measures how long each table recovery takes, from start or rebalance to ready.

    Faust sets ``tables.recovery.completed`` when a recovery ends and the worker goes
    back to its streams; a rebalance clears the ready state (``app.rebalancing``). The
    clock polls both, so it needs no hook into Faust's private recovery service.
    """

    def __init__(self, app: Any) -> None:
        self.app = app
        self.started = time.monotonic()
        self.waiting = True

    def tick(self, now: float) -> float | None:
        """Advance the clock; return the recovery time when one just finished."""
        app = self.app
        ready = not app.rebalancing and app.tables.recovery.completed.is_set()
        if not self.waiting and not ready:
            self.waiting, self.started = True, now
            return None
        if self.waiting and ready:
            self.waiting = False
            return now - self.started
        return None


def register_state_tasks(app: Any, seen: Any, settings: Settings, metrics: Metrics) -> None:
    """Add the sweep timer of the dedupe table ``seen`` and the recovery clock to ``app``."""
    clock = RecoveryClock(app)

    @app.timer(interval=settings.dedupe_sweep_interval_seconds)  # type: ignore[untyped-decorator]
    async def dedupe_sweep() -> None:
        """Delete expired content hashes (the whole table would otherwise only grow)."""
        try:
            await sweep_expired(app, seen, settings, metrics)
        except Exception:  # a failed sweep only delays freeing space; never kill the timer
            log.exception("dedupe sweep failed")

    @app.task  # type: ignore[untyped-decorator]
    async def recovery_clock() -> None:
        """Report each table recovery's duration (log line and gauge)."""
        while True:
            took = clock.tick(time.monotonic())
            if took is not None:
                # The agent counts keys as it adds them; after a recovery the partitions
                # (and so the keys) are new, so count once here (O(n), once per rebalance,
                # in chunks). What the agent added or the sweep removed meanwhile is kept.
                before = metrics.dedupe_keys_value()
                counted = await count_keys(app, seen)
                keys = (
                    None if counted is None else int(counted + metrics.dedupe_keys_value() - before)
                )
                if keys is not None:
                    metrics.dedupe_keys.set(keys)
                metrics.table_recovery_seconds.set(took)
                metrics.table_recoveries.inc()
                log.info(
                    "tables recovered",
                    extra={
                        "recovery_seconds": round(took, 3),
                        "dedupe_keys": keys,
                        "assigned_partitions": len(app.consumer.assignment()),
                    },
                )
            await asyncio.sleep(0.1)
