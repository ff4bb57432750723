"""Webhook subscribers: the subscription store and API, and signed, retried deliveries.

Data flow (every state change goes through Kafka, so a restart loses nothing):

* Subscriptions live in a global table over a compacted topic: every worker reads all
  of them. Static ones come from a YAML file and are read-only.
* ``webhook-fanout`` reads the alert topic and, for each subscription an alert matches,
  writes a ``DeliveryRecord`` (key: its ``webhook-id``) to the compacted retries topic.
* ``webhook-pending`` reads the retries topic into the ``webhook-pending`` table (a
  tombstone removes the key). The table is the durable backlog: a restarted worker
  recovers it from its changelog and goes on where the dead one stopped.
* A scanner task moves due records into per-subscriber lanes (a bounded queue, a few
  sender tasks with their own HTTP connection pool, and a circuit breaker), so a slow
  subscriber never holds up another one or the alert pipeline.
* A sender makes one attempt, then writes the record back with the attempt appended
  and the next time (a retry), or a tombstone (delivered or given up: the latter also
  goes to the webhook DLQ with every attempt's outcome).

Retries are not a retry library's loop: a loop lives in one process's memory, and the
schedule spans days, so the schedule is data (``next_at``) in Kafka instead.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import random
import socket
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import faust
import yaml
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver
from aiokafka import AIOKafkaConsumer
from pydantic import ValidationError
from standardwebhooks import Webhook

from schemas.alert import Alert
from schemas.topics import table
from schemas.webhook import (
    AlertCloudEvent,
    DeliveryAttempt,
    DeliveryRecord,
    GiveUpReason,
    ReplayRequest,
    Subscription,
    SubscriptionIn,
    SubscriptionUpdate,
    WebhookDeadLetter,
)
from streams.codecs import decode_model, encode_model
from streams.core.subscriptions import (
    CIRCUIT_GAUGE,
    Breaker,
    Verdict,
    address_error,
    breaker_allows,
    breaker_record,
    classify,
    matches,
    parse_retry_after,
    parse_schedule,
    retry_delay,
    secret_error,
    url_error,
    webhook_id,
)
from streams.faust_io import DeadLetters, guarded_agent, raw_schema
from streams.kafka_admin import client_kwargs
from streams.metrics import Metrics
from streams.pipeline import Topics
from streams.settings import Settings
from streams.topics import partitions

log = logging.getLogger("chipwatch.webhooks")

CONTENT_TYPE = "application/cloudevents+json"
USER_AGENT = "chipwatch-webhooks/1"
REPLAY_TIMEOUT_SECONDS = 60.0
SUBSCRIPTIONS = table("webhook-subscriptions")
PENDING = table("webhook-pending")


class TargetRefused(OSError):
    """The endpoint resolves to an address the settings do not allow."""


class GuardedResolver(AbstractResolver):
    """Resolve like aiohttp does, then refuse loopback, private and metadata addresses.

    Checking inside the connection's own resolution (not before it) leaves no gap for
    a DNS answer that changes between a check and the connect (DNS rebinding).
    """

    def __init__(self) -> None:
        self._inner = DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """Return the addresses of ``host``, or raise ``TargetRefused``."""
        results = await self._inner.resolve(host, port, family)
        for result in results:
            reason = address_error(result["host"])
            if reason:
                raise TargetRefused(f"{host}: {reason}")
        return results

    async def close(self) -> None:
        """Release the inner resolver."""
        await self._inner.close()


@dataclass
class Lane:
    """One subscriber's queue, senders and circuit breaker (isolated from the others)."""

    queue: asyncio.Queue[DeliveryRecord]
    breaker: Breaker = field(default_factory=Breaker)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


@dataclass
class Webhooks:
    """The webhook feature's runtime state, built by ``register_webhooks``."""

    app: Any  # faust.App
    settings: Settings
    metrics: Metrics
    dead_letters: DeadLetters  # the pipeline's DLQ, for messages an agent cannot handle
    subscriptions: Any  # GlobalTable[bytes, bytes]: id -> Subscription JSON
    pending: Any  # Table[bytes, bytes]: webhook-id -> DeliveryRecord JSON
    retries: Any  # topic
    dlq: Any  # topic
    schedule: tuple[float, ...]
    static: dict[str, Subscription]
    static_disabled: dict[str, str] = field(default_factory=dict)
    lanes: dict[str, Lane] = field(default_factory=dict)
    # webhook-id -> number of attempts of the record handed to a lane; a newer record
    # (more attempts) in the table is eligible again, the same one is not.
    claimed: dict[str, int] = field(default_factory=dict)
    decoded: dict[bytes, tuple[bytes, DeliveryRecord]] = field(default_factory=dict)
    last_success: dict[str, float] = field(default_factory=dict)
    rng: random.Random = field(default_factory=random.SystemRandom)

    # --- subscriptions -------------------------------------------------------------------

    def get(self, sub_id: str) -> Subscription | None:
        """Return a subscription (static ones first), or None."""
        if sub_id in self.static:
            sub = self.static[sub_id]
            reason = self.static_disabled.get(sub_id)
            return (
                sub.model_copy(update={"enabled": False, "disabled_reason": reason})
                if (reason)
                else sub
            )
        raw = self.subscriptions.get(sub_id.encode())
        return decode_model(Subscription, raw) if raw else None

    def all(self) -> list[Subscription]:
        """Return every subscription, static and stored, sorted by id."""
        subs = {s: self.get(s) for s in self.static}
        for key in list(self.subscriptions.keys()):
            sub_id = key.decode()
            if sub_id not in subs:
                subs[sub_id] = self.get(sub_id)
        return sorted((s for s in subs.values() if s is not None), key=lambda s: s.id)

    def put(self, sub: Subscription) -> None:
        """Store a (non-static) subscription: the table's changelog is the compacted topic."""
        self.subscriptions[sub.id.encode()] = encode_model(sub)

    def disable(self, sub_id: str, reason: str) -> None:
        """Disable a subscription and say why (the API shows it)."""
        log.warning("subscription disabled", extra={"subscription": sub_id, "reason": reason})
        if sub_id in self.static:
            self.static_disabled[sub_id] = reason
            return
        sub = self.get(sub_id)
        if sub is not None and sub.enabled:
            self.put(
                sub.model_copy(
                    update={
                        "enabled": False,
                        "disabled_reason": reason,
                        "updated_at": datetime.now(UTC),
                    }
                )
            )

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
            s = self.settings
            lane = Lane(queue=asyncio.Queue(maxsize=s.webhook_queue_size))
            self.lanes[sub_id] = lane
            lane.tasks.append(asyncio.create_task(self._sender(sub_id, lane)))
        return lane

    async def _sender(self, sub_id: str, lane: Lane) -> None:
        """Run a lane: its own connection pool, ``webhook_concurrency`` attempts at once."""
        s = self.settings
        connector = aiohttp.TCPConnector(
            limit=s.webhook_concurrency,
            resolver=None if s.webhook_allow_private_targets else GuardedResolver(),
        )
        timeout = aiohttp.ClientTimeout(total=s.webhook_timeout_seconds)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            slots = asyncio.Semaphore(s.webhook_concurrency)
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

    # --- one attempt -----------------------------------------------------------------------

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
        sub = self.get(record.subscription_id)
        label = m.subscription_label(record.subscription_id)
        if sub is None or not sub.enabled:
            await self._give_up(record, sub.url if sub else "", "subscription_gone")
            m.webhook_deliveries.labels("dead_lettered", label).inc()
            return
        event = AlertCloudEvent(
            id=record.alert.alert_id,
            source=s.cloudevents_source,
            subject=record.alert.event_key,
            time=record.alert.created_at,
            data=record.alert,
        )
        body = encode_model(event)
        sent_at = datetime.now(UTC)
        signature = Webhook(sub.secret).sign(record.webhook_id, sent_at, body.decode("utf-8"))
        headers = {
            "content-type": CONTENT_TYPE,
            "user-agent": USER_AGENT,
            "webhook-id": record.webhook_id,
            "webhook-timestamp": str(int(sent_at.timestamp())),
            "webhook-signature": signature,
        }
        status, retry_after, verdict, detail = None, None, None, ""
        started = time.perf_counter()
        host = urlsplit(sub.url).hostname or ""
        refusal = None if s.webhook_allow_private_targets else _literal_address_error(host)
        if refusal:
            verdict, detail = classify(None, "refused"), refusal
        else:
            try:
                async with session.post(
                    sub.url, data=body, headers=headers, allow_redirects=False
                ) as response:
                    status = response.status
                    retry_after = parse_retry_after(
                        response.headers.get("retry-after"), datetime.now(UTC)
                    )
                    await response.read()
                verdict = classify(status, None)
            except TimeoutError:
                verdict, detail = classify(None, "timeout"), "no answer in time"
            except aiohttp.ClientError as err:
                refused = _refused(err)
                verdict = classify(None, "refused" if refused else "connection")
                detail = str(refused or err)[:500]
        seconds = time.perf_counter() - started
        m.webhook_attempt_seconds.observe(seconds)
        m.webhook_deliveries.labels(verdict.outcome, label).inc()
        attempt = DeliveryAttempt(
            attempt=len(record.attempts) + 1,
            at=sent_at,
            outcome=verdict.outcome,
            status=status,
            seconds=round(seconds, 4),
            detail=detail,
        )
        attempts = [*record.attempts, attempt]
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
                "attempt": attempt.attempt,
                "outcome": verdict.outcome,
                "status": status,
            },
        )
        await self._after(record, sub, attempts, verdict, retry_after)

    async def _after(
        self,
        record: DeliveryRecord,
        sub: Subscription,
        attempts: list[DeliveryAttempt],
        verdict: Verdict,
        retry_after: float | None,
    ) -> None:
        key = record.webhook_id.encode()
        label = self.metrics.subscription_label(sub.id)
        if verdict.outcome == "delivered":
            self.last_success[sub.id] = time.time()
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
        await self._give_up(updated, sub.url, reason)
        self.metrics.webhook_deliveries.labels("dead_lettered", label).inc()
        if verdict.disable:
            self.disable(sub.id, "the endpoint answered 410 Gone")
        elif reason == "schedule_exhausted":
            first = attempts[0].at.timestamp()
            if self.last_success.get(sub.id, 0.0) < first:
                self.disable(sub.id, f"failing since {attempts[0].at.isoformat()}")

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
        await self.dlq.send(key=key, value=encode_model(letter))
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

    # --- fan-out and replay ------------------------------------------------------------------

    def records_for(
        self, alert: Alert, now: datetime, replay: bool = False
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
            for sub in self.all()
            if sub.enabled and matches(alert, sub.filters)
        ]

    async def replay(self, sub: Subscription, since: datetime, until: datetime) -> int:
        """Queue again the alerts produced in [since, until) that ``sub`` matches.

        Reads the alert topic from the offsets at ``since`` up to the end offsets seen at
        the start, so the read is bounded even while alerts keep coming.
        """
        s = self.settings
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
            starts = await consumer.offsets_for_times(
                {tp: int(since.timestamp() * 1000) for tp in tps}
            )
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
                        queued += await self._replay_one(sub, message.value, since, until)
                    if tp in todo and await consumer.position(tp) >= todo[tp]:
                        del todo[tp]
        finally:
            await consumer.stop()
        return queued

    async def _replay_one(
        self, sub: Subscription, value: bytes | None, since: datetime, until: datetime
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
        await self.retries.send(key=record.webhook_id.encode(), value=encode_model(record))
        return 1


def _literal_address_error(host: str) -> str | None:
    """Check a host that is an IP literal (aiohttp does not resolve those)."""
    reason = address_error(host.strip("[]"))
    return None if reason and reason.startswith("not an IP address") else reason


def _refused(err: BaseException) -> TargetRefused | None:
    seen: BaseException | None = err
    for _ in range(5):  # aiohttp wraps the resolver's error once or twice
        if seen is None:
            return None
        if isinstance(seen, TargetRefused):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def load_static(path: Path | None, allow_http: bool) -> dict[str, Subscription]:
    """Read static subscriptions from YAML (``subscriptions: [...]``); raise if invalid.

    A secret may be given inline (``secret``) or, better for files in git, as the name of
    an environment variable (``secret_env``).
    """
    if path is None:
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    now = datetime.now(UTC)
    subs: dict[str, Subscription] = {}
    for item in data.get("subscriptions", []):
        item = dict(item)
        env = item.pop("secret_env", None)
        if env:
            item["secret"] = os.environ[env]
        spec = SubscriptionIn.model_validate(item)
        problem = _spec_error(spec.id, spec.url, spec.secret, allow_http)
        if problem or spec.id is None or spec.secret is None:
            raise ValueError(f"{path}: static subscription {spec.id!r}: {problem}")
        subs[spec.id] = Subscription(
            id=spec.id,
            url=spec.url,
            secret=spec.secret,
            filters=spec.filters,
            enabled=spec.enabled,
            description=spec.description,
            static=True,
            created_at=now,
            updated_at=now,
        )
    return subs


def _spec_error(sub_id: str | None, url: str | None, secret: str | None, allow_http: bool) -> str:
    if sub_id is None:
        return "an id is required"
    if url is not None and (problem := url_error(url, allow_http)):
        return problem
    if secret is None:
        return "a secret is required (`whsec_` + base64 of 24-64 random bytes)"
    return secret_error(secret) or ""


async def _resolution_error(url: str) -> str | None:
    """Refuse a URL whose host resolves to a forbidden address (checked at creation)."""
    host = urlsplit(url).hostname or ""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None)
    except OSError as err:
        return f"{host} does not resolve: {err}"
    for info in infos:
        reason = address_error(str(info[4][0]))
        if reason:
            return f"{host}: {reason}"
    return None


# --- registration ----------------------------------------------------------------------------


def register_webhooks(
    app: Any, settings: Settings, metrics: Metrics, topics: Topics, dead_letters: DeadLetters
) -> Webhooks:
    """Add the webhook tables, agents, scanner task and API views to ``app``.

    The fan-out reads ``topics.alerts``; the backlog is ``topics.webhook_retries``;
    ``dead_letters`` takes what an agent cannot handle.
    """
    s = settings
    raw = raw_schema()

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
    hooks = Webhooks(
        app=app,
        settings=settings,
        metrics=metrics,
        dead_letters=dead_letters,
        subscriptions=subscriptions,
        pending=pending,
        retries=topics.webhook_retries,
        dlq=topics.webhook_dlq,
        schedule=parse_schedule(s.webhook_retry_schedule),
        static=load_static(s.webhook_subscriptions_file, s.webhook_allow_http),
    )
    _register_agents(hooks, topics.alerts)
    _register_views(hooks)
    return hooks


def _register_agents(h: Webhooks, alerts: Any) -> None:

    async def fan_out(h: Webhooks, event: Any) -> None:
        alert = decode_model(Alert, event.message.value)
        for record in h.records_for(alert, datetime.now(UTC)):
            await h.retries.send(key=record.webhook_id.encode(), value=encode_model(record))

    async def track(h: Webhooks, event: Any) -> None:
        key, value = event.message.key, event.message.value
        if value is None:
            if key in h.pending:
                del h.pending[key]
            h.claimed.pop(key.decode(), None)
            return
        record = decode_model(DeliveryRecord, value)
        if not record.attempts and key in h.pending:
            # A fan-out read again after a restart, or a replay of a delivery that is
            # still going: keep the one in progress (its attempts, its schedule).
            return
        h.pending[key] = value

    guarded_agent(h.app, h.dead_letters, alerts, "webhook-fanout", fan_out, h)
    guarded_agent(h.app, h.dead_letters, h.retries, "webhook-pending", track, h)

    @h.app.task  # type: ignore[untyped-decorator]
    async def scanner() -> None:
        """Hand due deliveries to lanes, until the worker stops (then stop the lanes)."""
        try:
            while True:
                await asyncio.sleep(h.settings.webhook_scan_interval_seconds)
                # Before recovery the table is partial: a scan would re-send old records.
                if not h.app.tables.recovery.completed.is_set():
                    continue
                try:
                    h.scan(datetime.now(UTC))
                except Exception:
                    h.metrics.agent_errors.labels("webhook-scanner").inc()
                    log.exception("webhook scan failed")
        finally:
            await h.stop()


# --- API ---------------------------------------------------------------------------------------


def _register_views(h: Webhooks) -> None:
    s = h.settings
    token = s.webhook_api_token.get_secret_value().encode() if s.webhook_api_token else None

    def refusal(view: Any, request: Any) -> Any:
        if token is None:
            return view.json(
                {"error": "the subscriptions API is off: no token is configured"}, status=404
            )
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.encode(), token):
            return view.json(
                {"error": "missing or wrong bearer token"},
                status=401,
                headers={"www-authenticate": "Bearer"},
            )
        return None

    def lookup(view: Any, request: Any, sub_id: str) -> tuple[Any, Any]:
        """Return (the subscription, None), or (None, the refusal or the 404 to answer)."""
        if (denied := refusal(view, request)) is not None:
            return None, denied
        sub = h.get(sub_id)
        if sub is None:
            return None, view.json({"error": "no such subscription"}, status=404)
        return sub, None

    async def body_of(request: Any) -> Any:
        try:
            return await request.json()
        except ValueError:
            return None

    async def check(url: str | None, secret: str | None, sub_id: str) -> str | None:
        problem = _spec_error(sub_id, url, secret, s.webhook_allow_http)
        if problem:
            return problem
        if url is not None and not s.webhook_allow_private_targets:
            return await _resolution_error(url)
        return None

    def out(sub: Subscription) -> dict[str, Any]:
        return sub.public().model_dump(mode="json")

    @h.app.page("/subscriptions")
    class Collection(faust.web.View):
        """List and create subscriptions."""

        async def get(self, request: Any) -> Any:
            """List every subscription (without secrets)."""
            if (denied := refusal(self, request)) is not None:
                return denied
            return self.json({"subscriptions": [out(sub) for sub in h.all()]})

        async def post(self, request: Any) -> Any:
            """Create a subscription; 409 if the id exists."""
            if (denied := refusal(self, request)) is not None:
                return denied
            try:
                spec = SubscriptionIn.model_validate(await body_of(request))
            except ValidationError as err:
                return self.json({"error": _errors(err)}, status=422)
            sub_id = spec.id or f"sub_{os.urandom(8).hex()}"
            if h.get(sub_id) is not None:
                return self.json({"error": f"subscription {sub_id} exists"}, status=409)
            problem = await check(spec.url, spec.secret, sub_id)
            if problem or spec.secret is None:
                return self.json({"error": problem}, status=422)
            now = datetime.now(UTC)
            sub = Subscription(
                id=sub_id,
                url=spec.url,
                secret=spec.secret,
                filters=spec.filters,
                enabled=spec.enabled,
                description=spec.description,
                created_at=now,
                updated_at=now,
            )
            h.put(sub)
            # The host only: a URL's path or query may carry a token of the subscriber's.
            host = urlsplit(sub.url).hostname
            log.info("subscription created", extra={"subscription": sub_id, "host": host})
            return self.json(out(sub), status=201)

    @h.app.page("/subscriptions/{sub_id}")
    class Item(faust.web.View):
        """Read, update and delete one subscription."""

        async def get(self, request: Any, sub_id: str) -> Any:
            """Return one subscription (without its secret)."""
            sub, answer = lookup(self, request, sub_id)
            if sub is None:
                return answer
            return self.json(out(sub))

        async def patch(self, request: Any, sub_id: str) -> Any:
            """Change some fields; enabling again clears ``disabled_reason``."""
            sub, answer = lookup(self, request, sub_id)
            if sub is None:
                return answer
            if sub.static:
                return self.json({"error": "static subscriptions are read-only"}, status=409)
            try:
                change = SubscriptionUpdate.model_validate(await body_of(request))
            except ValidationError as err:
                return self.json({"error": _errors(err)}, status=422)
            secret = change.secret if change.secret is not None else sub.secret
            problem = await check(change.url, secret, sub_id)
            if problem:
                return self.json({"error": problem}, status=422)
            update = change.model_dump(exclude_unset=True)
            if change.enabled:
                update["disabled_reason"] = None
            update["updated_at"] = datetime.now(UTC)
            new = Subscription.model_validate({**sub.model_dump(), **update})
            h.put(new)
            return self.json(out(new))

        async def delete(self, request: Any, sub_id: str) -> Any:
            """Delete a subscription; its pending deliveries go to the webhook DLQ."""
            sub, answer = lookup(self, request, sub_id)
            if sub is None:
                return answer
            if sub.static:
                return self.json({"error": "static subscriptions are read-only"}, status=409)
            del h.subscriptions[sub_id.encode()]
            return self.json({"deleted": sub_id})

    @h.app.page("/subscriptions/{sub_id}/replay")
    class Replay(faust.web.View):
        """Re-deliver a time range of alerts, with their original webhook-ids."""

        async def post(self, request: Any, sub_id: str) -> Any:
            """Queue the matching alerts of [since, until) again; answer how many."""
            sub, answer = lookup(self, request, sub_id)
            if sub is None:
                return answer
            if not sub.enabled:
                return self.json({"error": "the subscription is disabled"}, status=409)
            try:
                ask = ReplayRequest.model_validate(await body_of(request))
            except ValidationError as err:
                return self.json({"error": _errors(err)}, status=422)
            until = ask.until or datetime.now(UTC)
            try:
                queued = await h.replay(sub, ask.since, until)
            except Exception:
                log.exception("replay failed", extra={"subscription": sub_id})
                return self.json({"error": "replay failed: see the worker log"}, status=500)
            return self.json({"queued": queued}, status=202)


def _errors(err: ValidationError) -> list[str]:
    return [
        f"{'.'.join(str(x) for x in e['loc']) or '(body)'}: {e['msg']}" for e in err.errors()[:10]
    ]
