"""``register_webhooks``: the webhook feature's tables, agents, scanner task and API views."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from schemas.topics import table
from streams.core.subscriptions import parse_schedule
from streams.faust_io import DeadLetters, guarded_agent, raw_schema
from streams.metrics import Metrics
from streams.pipeline import Topics
from streams.settings import Settings
from streams.topics import partitions
from streams.webhooks.api import register_views
from streams.webhooks.fanout import Fanout, fan_out
from streams.webhooks.lanes import Lanes, track
from streams.webhooks.store import SubscriptionStore, load_static

log = logging.getLogger("chipwatch.webhooks")

SUBSCRIPTIONS = table("webhook-subscriptions")
PENDING = table("webhook-pending")


@dataclass(frozen=True, slots=True)
class Webhooks:
    """The webhook feature's parts, as ``register_webhooks`` built them."""

    store: SubscriptionStore
    fanout: Fanout
    lanes: Lanes


def register_webhooks(
    app: Any, settings: Settings, metrics: Metrics, topics: Topics, dead_letters: DeadLetters
) -> Webhooks:
    """Add the webhook tables, agents, scanner task and API views to ``app``.

    The fan-out reads ``topics.alerts``; the backlog is ``topics.webhook_retries``;
    ``dead_letters`` takes what an agent cannot handle.
    """
    s = settings
    raw = raw_schema()
    if s.webhook_allow_private_targets:
        log.warning(
            "CHIPWATCH_WEBHOOK_ALLOW_PRIVATE_TARGETS is deprecated: it allows every "
            "private network (cloud metadata addresses are refused all the same); list the "
            "networks you need in CHIPWATCH_WEBHOOK_ALLOWED_PRIVATE_NETWORKS"
        )

    # Faust names the changelog `<app_id>-webhook-subscriptions-changelog` and makes it
    # compacted: that topic is the store. (A changelog topic of our own naming left the
    # worker without partitions in faust-streaming 0.15.) One partition, per Faust's
    # advice for global tables; the partitioner lets web views write outside a stream.
    subscriptions = app.GlobalTable(
        SUBSCRIPTIONS.name,
        key_type=bytes,
        value_type=bytes,
        schema=raw,
        partitions=partitions(settings, SUBSCRIPTIONS),
        use_partitioner=True,
        recovery_buffer_size=1,
    )
    # Keyed like the retries topic that feeds it, same partition count: one writer per key.
    pending = app.Table(
        PENDING.name,
        key_type=bytes,
        value_type=bytes,
        schema=raw,
        partitions=partitions(settings, PENDING),
    )
    store = SubscriptionStore(
        table=subscriptions,
        static=load_static(s.webhook_subscriptions_file, s.webhook_allow_http),
    )
    hooks = Webhooks(
        store=store,
        fanout=Fanout(settings=settings, store=store, retries=topics.webhook_retries),
        lanes=Lanes(
            settings=settings,
            metrics=metrics,
            store=store,
            pending=pending,
            retries=topics.webhook_retries,
            dlq=topics.webhook_dlq,
            schedule=parse_schedule(s.webhook_retry_schedule),
        ),
    )
    guarded_agent(app, dead_letters, topics.alerts, "webhook-fanout", fan_out, hooks.fanout)
    guarded_agent(app, dead_letters, topics.webhook_retries, "webhook-pending", track, hooks.lanes)

    async def scanner() -> None:
        """Hand due deliveries to lanes, until the worker stops (then stop the lanes)."""
        await run_scanner(app, hooks.lanes)

    app.task(scanner)
    register_views(app, settings, store, hooks.fanout)
    return hooks


async def run_scanner(app: Any, lanes: Lanes) -> None:
    """Scan the backlog every few moments once tables are recovered; stop lanes at the end."""
    try:
        while True:
            await asyncio.sleep(lanes.settings.webhook_scan_interval_seconds)
            # Before recovery the table is partial: a scan would re-send old records.
            if not app.tables.recovery.completed.is_set():
                continue
            try:
                lanes.scan(datetime.now(UTC))
            except Exception:
                lanes.metrics.agent_errors.labels("webhook-scanner").inc()
                log.exception("webhook scan failed")
    finally:
        await lanes.stop()
