"""Per-subscriber lanes: the pending backlog handed out, sent, and what follows each attempt.

The ``webhook-pending`` agent (``track``) keeps the latest ``DeliveryRecord`` per
webhook-id in the ``webhook-pending`` table: the durable backlog a restarted worker
recovers from its changelog. A scanner task (``Lanes.scan``) moves due records into
per-subscriber lanes (a bounded queue, a few sender tasks with their own HTTP
connection pool, and a circuit breaker), so a slow subscriber never holds up another
one or the alert pipeline. A sender makes one attempt (``streams.webhooks.delivery``),
then writes the record back with the attempt appended and the next time (a retry), or
a tombstone (delivered or given up: the latter also goes to the webhook DLQ with every
attempt's outcome).

Retries are not a retry library's loop: a loop lives in one process's memory, and the
schedule spans days, so the schedule is data (``next_at``) in Kafka instead.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp

from schemas.webhook import DeliveryAttempt, DeliveryRecord, GiveUpReason, WebhookDeadLetter
from streams import failpoints
from streams.codecs import decode_model, encode_model
from streams.core.subscriptions import (
    CIRCUIT_GAUGE,
    Breaker,
    Verdict,
    breaker_allows,
    breaker_record,
    retry_delay,
)
from streams.faust_io import Tally
from streams.metrics import Metrics
from streams.settings import Settings
from streams.webhooks.delivery import attempt, client_session
from streams.webhooks.store import SubscriptionStore

log = logging.getLogger("chipwatch.webhooks")


@dataclass
class Lane:
    """One subscriber's queue, senders and circuit breaker (isolated from the others)."""

    queue: asyncio.Queue[DeliveryRecord]
    breaker: Breaker = field(default_factory=Breaker)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


@dataclass
class Lanes:
    """The pending backlog and every subscriber's lane, built by ``register_webhooks``."""

    settings: Settings
    metrics: Metrics
    store: SubscriptionStore
    pending: Any  # Table[bytes, bytes]: webhook-id -> DeliveryRecord JSON
    retries: Any  # topic
    dlq: Any  # topic
    schedule: tuple[float, ...]
    lanes: dict[str, Lane] = field(default_factory=dict)
    # webhook-id -> number of attempts of the record handed to a lane; a newer record
    # (more attempts) in the table is eligible again, the same one is not.
    claimed: dict[str, int] = field(default_factory=dict)
    decoded: dict[bytes, tuple[bytes, DeliveryRecord]] = field(default_factory=dict)
    last_success: dict[str, float] = field(default_factory=dict)
    rng: random.Random = field(default_factory=random.SystemRandom)

    # --- scheduling ------------------------------------------------------------------------

    def _record(self, key: bytes, raw: bytes) -> DeliveryRecord:
        cached = self.decoded.get(key)
        if cached is not None and cached[0] == raw:
            return cached[1]
        record = decode_model(DeliveryRecord, raw)
        self.decoded[key] = (raw, record)
        return record

    def scan(self, now: datetime) -> None:
        """Hand due, unclaimed pending deliveries to their subscribers' lanes."""
        due: dict[str, list[DeliveryRecord]] = {}
        live = set()
        for key, raw in list(self.pending.items()):
            live.add(key)
            record = self._record(key, raw)
            if record.next_at > now:
                continue
            if self.claimed.get(record.webhook_id, -1) >= len(record.attempts):
                continue
            due.setdefault(record.subscription_id, []).append(record)
        for key in set(self.decoded) - live:
            del self.decoded[key]
        mono = time.monotonic()
        s = self.settings
        for sub_id, records in due.items():
            lane = self.lane(sub_id)
            # Per subscriber in alert order; a retry goes before newer first attempts.
            records.sort(key=lambda r: r.alert.created_at)
            lane.breaker, allowed = breaker_allows(
                lane.breaker,
                mono,
                s.webhook_circuit_cooldown_seconds,
                s.webhook_circuit_max_cooldown_seconds,
            )
            if not allowed:
                continue
            room = 1 if lane.breaker.state != "closed" else lane.queue.maxsize - lane.queue.qsize()
            for record in records[: max(0, room)]:
                lane.queue.put_nowait(record)
                self.claimed[record.webhook_id] = len(record.attempts)
        for sub_id, lane in self.lanes.items():
            label = self.metrics.subscription_label(sub_id)
            self.metrics.webhook_queue_depth.labels(label).set(lane.queue.qsize())
            self.metrics.webhook_circuit_state.labels(label).set(CIRCUIT_GAUGE[lane.breaker.state])

    def lane(self, sub_id: str) -> Lane:
        """Return the subscriber's lane, starting its senders on first use."""
        lane = self.lanes.get(sub_id)
        if lane is None:
            lane = Lane(queue=asyncio.Queue(maxsize=self.settings.webhook_queue_size))
            self.lanes[sub_id] = lane
            lane.tasks.append(asyncio.create_task(self._sender(sub_id, lane)))
        return lane

    async def _sender(self, sub_id: str, lane: Lane) -> None:
        """Run a lane: its own connection pool, ``webhook_concurrency`` attempts at once."""
        async with client_session(self.settings) as session:
            slots = asyncio.Semaphore(self.settings.webhook_concurrency)
            running: set[asyncio.Task[None]] = set()
            try:
                while True:
                    record = await lane.queue.get()
                    await slots.acquire()
                    task = asyncio.create_task(self._deliver(session, lane, record))
                    running.add(task)
                    task.add_done_callback(running.discard)
                    task.add_done_callback(lambda _: slots.release())
            finally:
                for task in running:
                    task.cancel()
                await asyncio.gather(*running, return_exceptions=True)

    async def stop(self) -> None:
        """Cancel every lane's senders (their sessions close on the way out)."""
        tasks = [t for lane in self.lanes.values() for t in lane.tasks]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # --- one attempt and what follows --------------------------------------------------------

    async def _deliver(
        self, session: aiohttp.ClientSession, lane: Lane, record: DeliveryRecord
    ) -> None:
        """Make one attempt of ``record`` and write what follows; never raises."""
        if lane.breaker.state == "open":
            # Queued before the circuit opened: leave it in the table for after the pause.
            self.claimed.pop(record.webhook_id, None)
            return
        try:
            await self._attempt(session, lane, record)
        except Exception:
            # The record stays in the table unchanged: unclaim it so the next scan
            # picks it up again rather than losing it.
            self.claimed.pop(record.webhook_id, None)
            # Nor may a failed probe leave the breaker half-open for good.
            lane.breaker = replace(lane.breaker, probing=False)
            self.metrics.agent_errors.labels("webhook-sender").inc()
            log.exception("webhook delivery failed", extra={"webhook_id": record.webhook_id})

    async def _attempt(
        self, session: aiohttp.ClientSession, lane: Lane, record: DeliveryRecord
    ) -> None:
        s = self.settings
        m = self.metrics
        sub = self.store.get(record.subscription_id)
        label = m.subscription_label(record.subscription_id)
        if sub is None or not sub.enabled:
            await self._give_up(record, sub.url if sub else "", "subscription_gone")
            m.webhook_deliveries.labels("dead_lettered", label).inc()
            return
        done = await attempt(session, s, sub, record)
        verdict = done.verdict
        m.webhook_attempt_seconds.observe(done.seconds)
        m.webhook_deliveries.labels(verdict.outcome, label).inc()
        attempts = [*record.attempts, done.attempt]
        if verdict.outcome != "delivered" and verdict.retry:
            # Only transport errors, 429 and 5xx say the endpoint is unwell.
            lane.breaker = breaker_record(
                lane.breaker, False, time.monotonic(), s.webhook_circuit_failures
            )
        else:
            lane.breaker = breaker_record(
                lane.breaker, True, time.monotonic(), s.webhook_circuit_failures
            )
        log.info(
            "webhook attempt",
            extra={
                "webhook_id": record.webhook_id,
                "subscription": sub.id,
                "attempt": done.attempt.attempt,
                "outcome": verdict.outcome,
                "status": done.attempt.status,
            },
        )
        await self._after(record, sub.id, sub.url, attempts, verdict, done.retry_after)

    async def _after(
        self,
        record: DeliveryRecord,
        sub_id: str,
        url: str,
        attempts: list[DeliveryAttempt],
        verdict: Verdict,
        retry_after: float | None,
    ) -> None:
        key = record.webhook_id.encode()
        label = self.metrics.subscription_label(sub_id)
        if verdict.outcome == "delivered":
            self.last_success[sub_id] = time.time()
            # Output before state: a crash here re-sends the delivery after the restart
            # with the same webhook-id (the receiver drops it), it never loses it.
            if failpoints.ARMED:
                await failpoints.hit("webhook.after_delivery")
            await self.retries.send(key=key, value=None)  # tombstone: done
            return
        updated = record.model_copy(update={"attempts": attempts})
        if verdict.retry:
            delay = retry_delay(
                self.schedule,
                len(attempts),
                self.rng.random(),
                self.settings.webhook_retry_jitter,
                retry_after,
            )
            if delay is not None:
                updated.next_at = datetime.now(UTC) + timedelta(seconds=delay)
                await self.retries.send(key=key, value=encode_model(updated))
                return
        reason: GiveUpReason = "schedule_exhausted" if verdict.retry else "not_retryable"
        await self._give_up(updated, url, reason)
        self.metrics.webhook_deliveries.labels("dead_lettered", label).inc()
        if verdict.disable:
            self.store.disable(sub_id, "the endpoint answered 410 Gone")
        elif reason == "schedule_exhausted":
            first = attempts[0].at.timestamp()
            if self.last_success.get(sub_id, 0.0) < first:
                self.store.disable(sub_id, f"failing since {attempts[0].at.isoformat()}")

    async def _give_up(self, record: DeliveryRecord, url: str, reason: GiveUpReason) -> None:
        letter = WebhookDeadLetter(
            webhook_id=record.webhook_id,
            subscription_id=record.subscription_id,
            url=url,
            reason=reason,
            alert=record.alert,
            attempts=record.attempts,
            failed_at=datetime.now(UTC),
        )
        key = record.webhook_id.encode()
        # The letter must be on the broker before the tombstone may be: both are
        # buffered sends to different topics, so without waiting for the letter's
        # acknowledgement a crash could leave the tombstone and lose the letter. The
        # other way round, a crash re-attempts the delivery and dead-letters it again,
        # under the same webhook-id.
        acked = await self.dlq.send(key=key, value=encode_model(letter))
        await acked
        if failpoints.ARMED:
            await failpoints.hit("webhook.after_dead_letter")
        await self.retries.send(key=key, value=None)
        log.warning(
            "webhook dead-lettered",
            extra={
                "webhook_id": record.webhook_id,
                "subscription": record.subscription_id,
                "reason": reason,
                "attempts": len(record.attempts),
            },
        )


async def track(lanes: Lanes, event: Any, tally: Tally) -> None:
    """Agent ``webhook-pending``: keep the latest record per webhook-id in the backlog."""
    key, value = event.message.key, event.message.value
    if value is None:
        if key in lanes.pending:
            del lanes.pending[key]
        lanes.claimed.pop(key.decode(), None)
        return
    record = decode_model(DeliveryRecord, value)
    if not record.attempts and key in lanes.pending:
        # A fan-out read again after a restart, or a replay of a delivery that is
        # still going: keep the one in progress (its attempts, its schedule).
        return
    lanes.pending[key] = value
