"""The transport against the real broker: the fetch wait hook, and the seek after a rebalance."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import faust
import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.structs import TopicPartition
from prometheus_client import CollectorRegistry

from streams.app import create_app
from streams.settings import Settings
from streams.transport import install
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


@pytest.mark.asyncio
async def test_a_partition_never_committed_is_sought_back_to_its_start(
    broker: Broker, tmp_path: Path
) -> None:
    """After a rebalance Faust seeks back to the committed offsets; with none, to the start.

    Faust drops records it fetched but never handed to an agent (the queues it clears on a
    revoke) and relies on this seek to fetch them again. aiokafka's seek skips a
    partition without a committed offset, so a stock consumer goes on from wherever its
    fetcher stood: here 6, past records 0-5 that no agent handled. A minimal app (memory
    store, no web server, one agent) on the real broker, because the seek needs a started
    group consumer; the worker's defaults play no part in it.
    """
    names = Names()
    topic_name = names.topic("seek")
    admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic_name, 1, 1)])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap)
    await producer.start()
    try:
        for i in range(10):
            await producer.send_and_wait(topic_name, b"record %d" % i, partition=0)
    finally:
        await producer.stop()
    app = faust.App(
        names.app_id,
        broker=f"kafka://{broker.bootstrap}",
        store="memory://",
        datadir=str(tmp_path),
        web_enabled=False,
        autodiscover=False,
        consumer_auto_offset_reset="earliest",
        loop=asyncio.get_running_loop(),
    )
    install(app, Settings())
    topic = app.topic(topic_name, value_serializer="raw", partitions=1)
    hold = asyncio.Event()

    async def holder(stream: Any) -> None:
        async for _ in stream.events():
            await hold.wait()  # an agent busy with record 0: nothing is committed

    app.agent(topic, name="holder")(holder)
    await app.start()
    try:
        tp = TopicPartition(topic_name, 0)
        consumer = app.consumer
        for _ in range(300):  # bounded: the group forms within seconds
            if tp in consumer.assignment() and not app.rebalancing:
                break
            await asyncio.sleep(0.1)
        assert tp in consumer.assignment()
        consumer._thread.seek(tp, 6)  # the fetcher has moved past records 0-5
        await consumer.perform_seek()  # what Faust does at the end of every rebalance
        assert await consumer._thread.position(tp) == 0
        # And a gap at the head of what agents acknowledged holds the commit back.
        assert consumer._committed_offset[tp] == 0
        consumer._acked[tp].extend([3, 4, 5])
        assert consumer._new_offset(tp) is None
        consumer._acked[tp].extend([0, 1, 2])
        assert consumer._new_offset(tp) == 6
    finally:
        hold.set()
        await app.stop()
