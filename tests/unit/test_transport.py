"""The consumer fetch wait hook (streams/transport.py): the worker's consumer gets the
configured wait instead of Faust's hard-coded 1.5 s. No broker: the consumer is built,
not started (tests/integration/test_transport.py starts one)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread
from prometheus_client import CollectorRegistry
from pydantic import ValidationError

from streams.app import Pipeline, create_app
from streams.settings import Settings
from streams.transport import FetchWaitConsumerThread, FetchWaitTransport
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
