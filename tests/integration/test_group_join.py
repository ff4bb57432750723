"""The worker's first group join against the real broker: a failed join is said and retried.

aiokafka keeps an error of a group join for the consumer's next poll and joins again only
after that poll; Faust polls only once it holds partitions, so before the fix a worker
whose first join failed waited silently for ever (docs/operations.md, "A worker stuck at
its first group join"). Here the join fails for a real reason the broker gives: another
application already holds the group under another assignment protocol.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from schemas.topics import TABLES
from tests.kafka_harness import Broker, Names, Worker, create_topic, run

pytestmark = pytest.mark.integration

JOIN_FAILED = "group join failed; joining again"


async def _hold_the_group(
    broker: Broker, names: Names, joined: asyncio.Event, release: asyncio.Event
) -> None:
    """A plain aiokafka consumer in the worker's group (its default protocol) until ``release``."""
    topic = names.topic("foreign")
    await create_topic(broker, topic)
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=broker.bootstrap, group_id=names.app_id, session_timeout_ms=10_000
    )
    await consumer.start()
    try:
        deadline = time.monotonic() + 60
        while not consumer.assignment():  # joined: the group has its protocol now
            assert time.monotonic() < deadline, "the foreign consumer never joined"
            await consumer.getmany(timeout_ms=200)
        joined.set()
        while not release.is_set():  # polls, so it stays a member (heartbeats go on)
            await consumer.getmany(timeout_ms=200)
    finally:
        await consumer.stop()  # leaves the group: the worker's next join succeeds


@pytest.mark.timeout(400)
def test_a_failed_first_group_join_is_logged_and_retried_until_the_worker_is_ready(
    broker: Broker, tmp_path: Path
) -> None:
    names = Names()
    worker = Worker(broker, names, tmp_path)

    async def scenario() -> tuple[float, float]:
        joined, release = asyncio.Event(), asyncio.Event()
        holder = asyncio.create_task(_hold_the_group(broker, names, joined, release))
        try:
            await asyncio.wait(
                [holder, asyncio.create_task(joined.wait())], return_when=asyncio.FIRST_COMPLETED
            )
            assert joined.is_set(), "the foreign consumer never joined"
            worker.launch()
            started = time.monotonic()
            # Inconsistent protocols: the broker refuses the worker's join; it says so.
            while JOIN_FAILED not in _log(worker):
                assert worker.proc is not None and worker.proc.poll() is None, worker.log_tail()
                assert time.monotonic() - started < 150, (
                    f"the refused join was never logged:\n{worker.log_tail()}"
                )
                await asyncio.sleep(0.5)
            said = time.monotonic() - started
            assert "InconsistentGroupProtocolError" in _log(worker), worker.log_tail()
            assert not await asyncio.to_thread(worker.ready)
        finally:
            release.set()
            await holder
        # The group is free: a retry joins, and the worker becomes ready in the same process.
        freed = time.monotonic()
        while not await asyncio.to_thread(worker.ready):
            assert worker.proc is not None and worker.proc.poll() is None, worker.log_tail()
            assert time.monotonic() - freed < 150, (
                f"not ready after the group was freed:\n{worker.log_tail()}"
            )
            await asyncio.sleep(0.5)
        return said, time.monotonic() - freed

    try:
        said, ready = run(scenario())
    finally:
        worker.stop()
    print(
        f"refused join logged {said:.1f}s after start; ready {ready:.1f}s after the group was freed"
    )


def _log(worker: Worker) -> str:
    try:
        return worker.log_path.read_text(errors="replace")
    except OSError:
        return ""


@pytest.mark.timeout(300)
def test_the_worker_creates_fausts_own_topics_before_faust_starts(
    broker: Broker, tmp_path: Path
) -> None:
    """Changelogs and the leader topic exist, with leaders, before Faust's consumer joins.

    Faust would create them itself a moment before its first join; on a busy broker the
    leader's metadata could then miss a global table's changelog and the join failed
    (docs/operations.md). Created by the worker's start, they carry what Faust gives them:
    the tables' partition counts and a compacted changelog.
    """
    names = Names()
    worker = Worker(broker, names, tmp_path).start()
    try:
        lines = [json.loads(line) for line in _log(worker).splitlines() if line.startswith("{")]
    finally:
        worker.stop()
    ready = next(i for i, r in enumerate(lines) if r["message"] == "topics ready")
    faust_starts = next(i for i, r in enumerate(lines) if r["message"] == "[^Worker]: Starting...")
    assert ready < faust_starts
    created = set(lines[ready]["topics_created"])
    app_id = names.app_id
    # The registry's tables; a count by setting is the harness's (2 partitions).
    tables = {t.name: t.partitions if isinstance(t.partitions, int) else 2 for t in TABLES}
    own = {f"{app_id}-{table}-changelog" for table in tables} | {f"{app_id}-__assignor-__leader"}
    assert own <= created, sorted(own - created)
    partitions, policies = run(_describe(broker, sorted(own)))
    for table, count in tables.items():
        name = f"{app_id}-{table}-changelog"
        assert partitions[name] == count, (name, partitions[name])
        assert policies[name] == "compact", (name, policies[name])
    assert partitions[f"{app_id}-__assignor-__leader"] == 1


async def _describe(broker: Broker, topics: list[str]) -> tuple[dict[str, int], dict[str, str]]:
    """Partition counts and cleanup policies of ``topics``, as the broker has them."""
    admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics(topics)
        responses = await admin.describe_configs(
            [ConfigResource(ConfigResourceType.TOPIC, name) for name in topics]
        )
    finally:
        await admin.close()
    partitions = {t["topic"]: len(t["partitions"]) for t in described if not t["error_code"]}
    policies = {}
    for response in responses:
        for _err, _msg, _type, name, entries in response.resources:
            policies[name] = next(e[1] for e in entries if e[0] == "cleanup.policy")
    return partitions, policies
