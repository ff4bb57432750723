"""The fetch wait hook against the real broker: the started consumer's fetcher uses it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from streams.app import create_app
from streams.settings import Settings
from tests.kafka_harness import Broker, Names, free_port

pytestmark = pytest.mark.integration


@pytest.mark.asyncio
async def test_started_consumer_fetches_with_the_configured_wait(
    broker: Broker, tmp_path: Path
) -> None:
    names = Names()
    p = create_app(
        Settings(
            broker=f"kafka://{broker.bootstrap}",
            app_id=names.app_id,
            store="memory://",
            data_dir=tmp_path,
            web_port=free_port(),
            consumer_fetch_max_wait_seconds=0.04,
        ),
        registry=CollectorRegistry(),
    )
    thread = p.app.consumer._thread
    consumer = thread._create_worker_consumer(p.app.transport)
    await consumer.start()  # aiokafka hands the wait to its fetcher here
    try:
        assert consumer._fetcher._fetch_max_wait_ms == 40
    finally:
        await consumer.stop()
        for own in (getattr(p.app, "_loop", None), getattr(thread, "thread_loop", None)):
            if own is not None and own is not asyncio.get_running_loop() and not own.is_closed():
                own.close()
