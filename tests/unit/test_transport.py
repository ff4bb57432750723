"""The consumer fetch wait hook (streams/transport.py): the worker's consumer gets the
configured wait instead of Faust's hard-coded 1.5 s. No broker: the consumer is built,
not started (tests/integration/test_transport.py starts one)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import pytest_asyncio
from aiokafka.consumer.fetcher import FetchError, FetchResult
from aiokafka.errors import KafkaError
from aiokafka.structs import TopicPartition
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread
from prometheus_client import CollectorRegistry
from pydantic import ValidationError

from streams.app import Pipeline, create_app
from streams.settings import Settings
from streams.transport import BoundedPolls, FetchWaitConsumerThread, FetchWaitTransport
from tests.kafka_harness import free_port


def build(tmp_path: Path, **settings: Any) -> Pipeline:
    return create_app(
        Settings(
            app_id="transport-test",
            store="memory://",
            data_dir=tmp_path,
            web_port=free_port(),
            **settings,
        ),
        registry=CollectorRegistry(),
    )


@pytest_asyncio.fixture
async def apps() -> AsyncIterator[list[Pipeline]]:
    made: list[Pipeline] = []
    yield made
    # The consumer's thread builds an event loop it never runs here (no broker); Faust
    # may have built one for the app too: close them, as tests/agents does.
    for p in made:
        thread = getattr(p.app._consumer, "_thread", None) if p.app._consumer else None
        for own in (getattr(p.app, "_loop", None), getattr(thread, "thread_loop", None)):
            if own is not None and own is not asyncio.get_running_loop() and not own.is_closed():
                own.close()


@pytest.mark.asyncio
async def test_worker_consumer_gets_the_configured_fetch_wait(
    tmp_path: Path, apps: list[Pipeline]
) -> None:
    p = build(tmp_path, consumer_fetch_max_wait_seconds=0.05)
    apps.append(p)
    transport = p.app.transport
    assert isinstance(transport, FetchWaitTransport)
    thread = p.app.consumer._thread
    assert isinstance(thread, FetchWaitConsumerThread)
    consumer = thread._create_worker_consumer(transport)
    assert consumer._fetch_max_wait_ms == 50
    # Everything else is Faust's as before: same group, no auto commit, same fetch size.
    assert consumer._group_id == "transport-test"
    assert consumer._enable_auto_commit is False
    assert consumer._max_partition_fetch_bytes == p.app.conf.consumer_max_fetch_size
    await consumer.stop()  # built, never started: releases its client


@pytest.mark.asyncio
async def test_default_wait_replaces_fausts_hard_coded_one(
    tmp_path: Path, apps: list[Pipeline]
) -> None:
    p = build(tmp_path)
    apps.append(p)
    ours = p.app.consumer._thread._create_worker_consumer(p.app.transport)
    # Faust's own thread class on the same app builds the consumer with 1.5 s: the
    # difference is the hook's doing.
    stock = AIOKafkaConsumerThread(p.app.consumer, loop=p.app.consumer.loop)
    theirs = stock._create_worker_consumer(p.app.transport)
    assert theirs._fetch_max_wait_ms == 1500
    assert ours._fetch_max_wait_ms == round(Settings().consumer_fetch_max_wait_seconds * 1000)
    assert ours._fetch_max_wait_ms < 200
    for consumer in (ours, theirs):
        await consumer.stop()
    stock.thread_loop.close()


def test_fetch_wait_must_be_positive_and_bounded() -> None:
    with pytest.raises(ValidationError):
        Settings(consumer_fetch_max_wait_seconds=0)
    with pytest.raises(ValidationError):
        Settings(consumer_fetch_max_wait_seconds=31)


@pytest.mark.asyncio
async def test_worker_consumer_fetches_the_configured_bytes_per_partition(
    tmp_path: Path, apps: list[Pipeline]
) -> None:
    default = build(tmp_path / "default")
    apps.append(default)
    consumer = default.app.consumer._thread._create_worker_consumer(default.app.transport)
    # 0 by default, the message limit (2 x 1 MiB + 64 KiB): any accepted message fits.
    assert consumer._max_partition_fetch_bytes == 2 * 1_048_576 + 65_536
    await consumer.stop()
    custom = build(tmp_path / "custom", consumer_max_partition_fetch_bytes=65_536)
    apps.append(custom)
    consumer = custom.app.consumer._thread._create_worker_consumer(custom.app.transport)
    assert consumer._max_partition_fetch_bytes == 65_536
    await consumer.stop()


def test_partition_fetch_is_the_message_limit_or_at_least_a_kib() -> None:
    assert Settings(consumer_max_partition_fetch_bytes=0).consumer_max_partition_fetch_bytes == 0
    with pytest.raises(ValidationError):
        Settings(consumer_max_partition_fetch_bytes=1023)
    with pytest.raises(ValidationError):
        Settings(consumer_max_partition_fetch_bytes=-1)


@pytest.mark.asyncio
async def test_the_transport_takes_the_per_topic_bound_of_a_poll(
    tmp_path: Path, apps: list[Pipeline]
) -> None:
    default = build(tmp_path / "default")
    apps.append(default)
    assert default.app.transport.poll_records_per_topic == 0  # off: a poll takes all
    bounded = build(tmp_path / "bounded", consumer_poll_records_per_topic=64)
    apps.append(bounded)
    assert bounded.app.transport.poll_records_per_topic == 64
    with pytest.raises(ValidationError):
        Settings(consumer_poll_records_per_topic=-1)


class _FakeFetcher:
    """aiokafka's fetcher as ``BoundedPolls`` uses it: its buffer, ``fetched_records``, and
    the subscription's assignment with each partition's fetch position."""

    def __init__(self, records: dict[Any, Any]) -> None:
        self._records = records
        self.states = {tp: SimpleNamespace(position=0, has_valid_position=True) for tp in records}
        assignment = SimpleNamespace(active=True, state_value=self.states.get)
        self._subscriptions = SimpleNamespace(
            reassignment_in_progress=False, subscription=SimpleNamespace(assignment=assignment)
        )
        self.taken: list[Any] = []

    async def fetched_records(
        self,
        partitions: Any,
        timeout: float = 0,
        max_records: int | None = None,
    ) -> dict[Any, list[int]]:
        out: dict[Any, list[int]] = {}
        for tp in [tp for tp in self._records if tp in partitions]:
            result = self._records.pop(tp)
            if isinstance(result, FetchError):
                raise KafkaError("the partition's fetch failed")
            out[tp] = result.left
            self.states[tp].position = result.left[-1] + 1
            self.taken.append(tp)
        return out


def _waiting(offsets: range) -> FetchResult:
    result = FetchResult.__new__(FetchResult)  # a buffered fetch; only its type is read
    result.left = list(offsets)
    return result


@pytest.mark.asyncio
async def test_a_bounded_poll_raises_a_fetch_error_before_it_takes_any_record() -> None:
    """aiokafka raises a partition's fetch error at the poll that meets it first; taking
    other records before it would drop them with the exception."""
    wide, bad = TopicPartition("wide", 0), TopicPartition("bad", 0)
    fetcher = _FakeFetcher(
        {wide: _waiting(range(10)), bad: FetchError(error=KafkaError(), backoff=0)}
    )
    polls = BoundedPolls(4, lambda _: True)
    with pytest.raises(KafkaError):
        await polls.poll(fetcher, {wide, bad}, 0.1, lambda _: 0)
    assert fetcher.taken == []
    records = await polls.poll(fetcher, {wide}, 0.1, lambda _: 7)
    assert records == {wide: [0, 1, 2, 3]}
    assert records.seeks == {wide: 7}


@pytest.mark.asyncio
async def test_a_bounded_poll_shares_a_topic_and_holds_the_rest_until_the_partition_moves() -> None:
    a0, a1, a2, b0 = (TopicPartition(t, p) for t, p in (("a", 0), ("a", 1), ("a", 2), ("b", 0)))
    fetcher = _FakeFetcher({tp: _waiting(range(20)) for tp in (a0, a1, a2, b0)})
    polls = BoundedPolls(8, lambda topic: topic == "a")
    records = await polls.poll(fetcher, {a0, a1, a2, b0}, 0.1, lambda _: 0)
    # "a": 8 shared by three partitions, rounded up; "b" not bounded: all of it.
    assert records == {a0: [0, 1, 2], a1: [0, 1, 2], a2: [0, 1, 2], b0: list(range(20))}
    # The rest is held, not taken from aiokafka again; a paused partition (not active)
    # keeps its records for later.
    records = await polls.poll(fetcher, {a0, a1}, 0.1, lambda _: 0)
    assert records == {a0: [3, 4, 5, 6], a1: [3, 4, 5, 6]}
    # A seek (the position moved) drops what a0 held; a rebalance in progress hands
    # nothing over and drops everything held (Faust seeks after it).
    fetcher.states[a0].position = 2
    records = await polls.poll(fetcher, {a0, a1, a2}, 0.1, lambda _: 0)
    assert records == {a1: [7, 8, 9, 10], a2: [3, 4, 5, 6]}
    fetcher._subscriptions.reassignment_in_progress = True
    fetcher._records[a0] = _waiting(range(2, 20))
    assert await polls.poll(fetcher, {a0, a1, a2}, 0.1, lambda _: 0) == {}
    assert fetcher.taken == [a0, a1, a2, b0]
