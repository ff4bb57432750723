"""A zombie's late changelog records, replayed into the app's real RocksDB tables.

The exact sequence of the zombie fault test (docs/operations.md, "Fixed: a zombie's
late changelog records"), built by hand on the dedupe table of ``create_app``: worker b
owned a partition in generation 2 and wrote its records up to offset 76; it was paused,
evicted, and worker a (generation 3) wrote 77-216; b woke and its buffered record landed
at 217. With Faust's stock ``Table`` both of these failed: b's acknowledged record moved
its store's persisted offset to 217 over a's records (its next recovery skipped them:
the copies analyzed twice), and a recovery reading 77-217 ended on b's stale value.
"""

from __future__ import annotations

import asyncio
from typing import Any

import faust
import pytest
from faust.types import TP
from faust.types.tuples import Message, RecordMetadata

from streams.app import Pipeline
from streams.fencing import GENERATION_HEADER, FencedTable

PAUSED_AT_MS = 1_796_000_000_000  # when b was paused: a's records were made after it


def changelog(p: Pipeline, partition: int) -> TP:
    return TP(p.seen.changelog_topic_name, partition)


def record(p: Pipeline, offset: int, key: bytes, value: bytes, generation: int, at_ms: int) -> Any:
    """A changelog record as Faust's recovery hands it to the table."""
    tp = changelog(p, 0)
    message = Message(
        tp.topic,
        0,
        offset,
        at_ms / 1000,
        0,
        [(GENERATION_HEADER, str(generation).encode())],
        key,
        value,
        None,
        tp=tp,
    )
    return faust.Event(p.app, key, value, message.headers, message)


def acknowledged(p: Pipeline, offset: int) -> asyncio.Future[RecordMetadata]:
    """The broker's acknowledgement of this worker's changelog record at ``offset``."""
    tp = changelog(p, 0)
    fut: asyncio.Future[RecordMetadata] = asyncio.get_running_loop().create_future()
    fut.set_result(RecordMetadata(tp.topic, 0, tp, offset))
    return fut


@pytest.mark.asyncio
async def test_the_tables_are_fenced(pipeline: Pipeline) -> None:
    for table in (pipeline.seen, pipeline.policy, pipeline.neardup):
        assert isinstance(table, FencedTable)


@pytest.mark.asyncio
async def test_a_late_own_record_does_not_move_the_offset_over_another_writers(
    pipeline: Pipeline,
) -> None:
    seen, tp = pipeline.seen, changelog(pipeline, 0)
    # b's store: everything up to 76 applied (its recovery, then its own records).
    seen.apply_changelog_batch(
        [record(pipeline, n, b"h%d" % n, b"b", 2, PAUSED_AT_MS - 1000) for n in range(77)]
    )
    assert seen.persisted_offset(tp) == 76
    seen._on_changelog_sent(acknowledged(pipeline, 77))  # its own next record: follows
    assert seen.persisted_offset(tp) == 77
    # Paused; a wrote 78-216 (never read here); b's buffered record landed at 217.
    seen._on_changelog_sent(acknowledged(pipeline, 217))
    assert seen.persisted_offset(tp) == 77, "the next recovery must read 78-216"


@pytest.mark.asyncio
async def test_a_recovery_drops_the_zombies_late_record(pipeline: Pipeline) -> None:
    seen, tp = pipeline.seen, changelog(pipeline, 0)
    key = b"hash-of-z-00131"
    fresh = b'{"first_id":"z-00131","first_seen":2.0}'
    stale = b'{"first_id":"z-copy-244","first_seen":1.0}'
    seen.apply_changelog_batch(
        [
            record(pipeline, 77, b"other", b"x", 2, PAUSED_AT_MS - 2000),
            # a, generation 3, during b's pause
            record(pipeline, 78, key, fresh, 3, PAUSED_AT_MS + 8000),
            # b's record made before its pause, sent when it woke
            record(pipeline, 79, key, stale, 2, PAUSED_AT_MS - 500),
        ]
    )
    assert seen.data._db_for_partition(0).get(key) == fresh
    assert seen.persisted_offset(tp) == 79, "the dropped record counts as read"
    assert seen.fence.dropped == 1


@pytest.mark.asyncio
async def test_the_zombies_own_store_ends_on_the_new_owners_value(pipeline: Pipeline) -> None:
    """b recovers after rejoining: its own late record is dropped there too."""
    seen = pipeline.seen
    key = b"k"
    # b wrote its value (generation 2) in its store and buffered the record.
    seen.fence.wrote(changelog(pipeline, 0), 2, PAUSED_AT_MS - 500)
    seen.data._db_for_partition(0).put(key, b"stale")
    seen.apply_changelog_batch(
        [
            record(pipeline, 5, key, b"fresh", 3, PAUSED_AT_MS + 8000),
            record(pipeline, 6, key, b"stale", 2, PAUSED_AT_MS - 500),
        ]
    )
    assert seen.data._db_for_partition(0).get(key) == b"fresh"
