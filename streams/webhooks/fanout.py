"""Alerts to deliveries: the fan-out agent's handler, and replays of past alerts.

``fan_out`` (agent ``webhook-fanout``) reads the alert topic and, for each subscription
an alert matches, writes a ``DeliveryRecord`` (key: its ``webhook-id``) to the
compacted retries topic, where the lanes pick it up. A replay (API) reads a time range
of the alert topic again and queues the matching alerts with their original ids.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from aiokafka import AIOKafkaConsumer
from pydantic import ValidationError

from schemas.alert import Alert
from schemas.webhook import DeliveryRecord, Subscription
from streams.codecs import decode_model, encode_model
from streams.core.subscriptions import matches, webhook_id
from streams.faust_io import Tally
from streams.kafka_admin import client_kwargs
from streams.settings import Settings
from streams.webhooks.store import SubscriptionStore

REPLAY_TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Fanout:
    """What the fan-out and replays need: settings, the subscriptions, the retries topic."""

    settings: Settings
    store: SubscriptionStore
    retries: Any  # topic


def records_for(
    store: SubscriptionStore, alert: Alert, now: datetime, replay: bool = False
) -> list[DeliveryRecord]:
    """Return one new delivery per enabled subscription that ``alert`` matches."""
    return [
        DeliveryRecord(
            webhook_id=webhook_id(sub.id, alert.alert_id),
            subscription_id=sub.id,
            alert=alert,
            next_at=now,
            replay=replay,
        )
        for sub in store.all()
        if sub.enabled and matches(alert, sub.filters)
    ]


async def fan_out(f: Fanout, event: Any, tally: Tally) -> None:
    """Agent ``webhook-fanout``: one pending delivery per subscription the alert matches."""
    alert = decode_model(Alert, event.message.value)
    for record in records_for(f.store, alert, datetime.now(UTC)):
        await f.retries.send(key=record.webhook_id.encode(), value=encode_model(record))


async def replay(f: Fanout, sub: Subscription, since: datetime, until: datetime) -> int:
    """Queue again the alerts produced in [since, until) that ``sub`` matches.

    Reads the alert topic from the offsets at ``since`` up to the end offsets seen at
    the start, so the read is bounded even while alerts keep coming.
    """
    s = f.settings
    # Subscribed in the constructor (no group): start() fetches the topic's metadata
    # and assigns every partition; a bare consumer knows no partitions.
    consumer = AIOKafkaConsumer(
        s.topic_alerts, **client_kwargs(s), group_id=None, enable_auto_commit=False
    )
    await consumer.start()
    queued = 0
    try:
        for _ in range(50):  # the assignment follows start() within moments
            if consumer.assignment():
                break
            await asyncio.sleep(0.1)
        tps = sorted(consumer.assignment())
        if not tps:
            return 0
        ends = await consumer.end_offsets(tps)
        starts = await consumer.offsets_for_times({tp: int(since.timestamp() * 1000) for tp in tps})
        todo = {}
        for tp in tps:
            found = starts.get(tp)
            if found is None or found.offset >= ends[tp]:
                continue
            consumer.seek(tp, found.offset)
            todo[tp] = ends[tp]
        deadline = time.monotonic() + REPLAY_TIMEOUT_SECONDS
        while todo and time.monotonic() < deadline:
            batch = await consumer.getmany(*todo, timeout_ms=500)
            for tp, messages in batch.items():
                for message in messages:
                    if message.offset >= todo.get(tp, -1):
                        continue
                    queued += await _replay_one(f, sub, message.value, since, until)
                if tp in todo and await consumer.position(tp) >= todo[tp]:
                    del todo[tp]
    finally:
        await consumer.stop()
    return queued


async def _replay_one(
    f: Fanout, sub: Subscription, value: bytes | None, since: datetime, until: datetime
) -> int:
    if not value:
        return 0
    try:
        alert = decode_model(Alert, value)
    except ValidationError:
        return 0
    if not since <= alert.created_at < until or not matches(alert, sub.filters):
        return 0
    record = DeliveryRecord(
        webhook_id=webhook_id(sub.id, alert.alert_id),
        subscription_id=sub.id,
        alert=alert,
        next_at=datetime.now(UTC),
        replay=True,
    )
    await f.retries.send(key=record.webhook_id.encode(), value=encode_model(record))
    return 1
