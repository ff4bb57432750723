"""Does a 1.5 MB record get through a consumer whose partition fetches are 64 KB?

A check for the proposal in bench/README.md ("Output pauses"): a smaller
``max_partition_fetch_bytes`` than the largest message relies on Kafka returning a
larger batch when it is the first of the response (KIP-74). Three partitions hold a
backlog of 4 KB records, the fourth 100 small records, one of 1.5 MB, 100 more; a plain
aiokafka consumer reads them all at 2.1 MB (chipwatch's ``message_limit``) and at 64 KB
partition fetches. Own broker (free ports, temp dir), about a minute:
``.venv/bin/python bench/big_record_fetch.py``.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.kafka_harness import local_broker

LIMIT = 2_162_688  # message_limit() at the default max_message_bytes
SMALL = b"x" * 4000
BIG = b"B" * 1_500_000


async def load(bootstrap: str, topic: str) -> int:
    """Create and fill ``topic``; return how many records it holds."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        config = {"max.message.bytes": str(LIMIT)}
        await admin.create_topics([NewTopic(topic, 4, 1, topic_configs=config)])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, max_request_size=LIMIT, linger_ms=5, max_batch_size=256 << 10
    )
    await producer.start()
    try:
        for _ in range(3000):
            for partition in range(3):
                await producer.send(topic, SMALL, partition=partition)
        for value in [SMALL] * 100 + [BIG] + [SMALL] * 100:
            await producer.send(topic, value, partition=3)
        await producer.flush()
    finally:
        await producer.stop()
    return 3 * 3000 + 201


async def read(bootstrap: str, topic: str, total: int, fetch_bytes: int) -> str:
    """Read ``topic`` with partition fetches of ``fetch_bytes``; say when the big one came."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        max_partition_fetch_bytes=fetch_bytes,
        fetch_max_wait_ms=100,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    consumer.assign([TopicPartition(topic, p) for p in range(4)])
    started = time.monotonic()
    n, big_after = 0, None
    try:
        while n < total and time.monotonic() - started < 120:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for record in records:
                    n += 1
                    if len(record.value) == len(BIG):
                        big_after = n
            await asyncio.sleep(0.002)  # a little work per poll, as a worker does
    finally:
        await consumer.stop()
    return (
        f"partition fetch {fetch_bytes} B: read {n}/{total} in "
        f"{time.monotonic() - started:.1f} s; the 1.5 MB record as number {big_after}"
    )


async def main() -> None:
    """Run the check at both fetch sizes on a fresh broker."""
    with tempfile.TemporaryDirectory() as tmp, local_broker(Path(tmp)) as broker:
        for fetch_bytes in (LIMIT, 65_536):
            topic = f"big-record-{fetch_bytes}"
            total = await load(broker.bootstrap, topic)
            print(await read(broker.bootstrap, topic, total, fetch_bytes))


if __name__ == "__main__":
    asyncio.run(main())
