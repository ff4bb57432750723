"""The webhook scanner and lanes in one process: in-memory tables and topics, real HTTP.

No broker: the pending table is a dict, topic sends are recorded. Receivers are aiohttp
servers on 127.0.0.1 free ports. What this proves, deterministically and fast: the
circuit breaker stops sending to a failing endpoint and probes it after the pause; a
queued record is not lost when the circuit opens; retries and tombstones are written.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web
from prometheus_client import CollectorRegistry

from schemas.alert import Alert, AlertArticle
from schemas.article import PolicyEvent
from schemas.webhook import DeliveryRecord, Subscription, SubscriptionFilters
from streams.core.subscriptions import parse_schedule, webhook_id
from streams.metrics import Metrics
from streams.settings import Settings
from streams.webhooks.lanes import Lanes
from streams.webhooks.store import SubscriptionStore
from tests.kafka_harness import free_port

SECRET = "whsec_" + base64.b64encode(b"s" * 32).decode()
NOW = datetime.now(UTC)


class Recorder:
    """Stands in for ``Topic.send``: records, and returns the delivery future (done)."""

    def __init__(self) -> None:
        self.sent: list[tuple[bytes, bytes | None]] = []

    async def send(self, *, key: bytes, value: bytes | None) -> asyncio.Future[None]:
        self.sent.append((key, value))
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


def alert(n: int) -> Alert:
    return Alert(
        alert_id=f"alert-{n}",
        event_key=f"CN|import|H200|easing|{n}",
        status="new",
        revision=1,
        severity="high",
        title="t",
        summary="s",
        event=PolicyEvent(
            jurisdiction="CN",
            action="approve",
            flow="import",
            direction="easing",
            products=["H200"],
            primary=True,
            evidence="e",
            confidence=0.9,
        ),
        article=AlertArticle(id=f"cw-{n}", title="t"),
        created_at=NOW + timedelta(seconds=n),
        first_seen_at=NOW,
    )


@pytest_asyncio.fixture
async def receiver() -> AsyncIterator[dict[str, Any]]:
    """An endpoint answering ``state["status"]``; it records each request's arrival."""
    state: dict[str, Any] = {"status": 503, "hits": []}

    async def handle(request: web.Request) -> web.Response:
        state["hits"].append((time.monotonic(), request.headers["webhook-id"]))
        return web.Response(status=state["status"])

    app = web.Application()
    app.router.add_post("/hook", handle)
    runner = web.AppRunner(app, shutdown_timeout=1.0)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    state["url"] = f"http://127.0.0.1:{port}/hook"
    yield state
    await runner.cleanup()


def hooks(url: str, **settings: Any) -> tuple[Lanes, Recorder, Recorder]:
    s = Settings(
        webhook_allow_http=True,
        webhook_allowed_private_networks="127.0.0.0/8",
        webhook_concurrency=1,
        webhook_retry_schedule="0.1s,0.1s,0.1s,0.1s,0.1s,0.1s,0.1s,0.1s,0.1s,0.1s",
        webhook_retry_jitter=0,
        **settings,
    )
    retries, dlq = Recorder(), Recorder()
    sub = Subscription(
        id="s1",
        url=url,
        secret=SECRET,
        filters=SubscriptionFilters(),
        enabled=True,
        description="",
        created_at=NOW,
        updated_at=NOW,
    )
    h = Lanes(
        settings=s,
        metrics=Metrics(CollectorRegistry()),
        store=SubscriptionStore(table={b"s1": sub.model_dump_json().encode()}, static={}),
        pending={},
        retries=retries,
        dlq=dlq,
        schedule=parse_schedule(s.webhook_retry_schedule),
    )
    return h, retries, dlq


async def pump(h: Lanes, retries: Recorder, until: Callable[[], bool], timeout: float) -> None:
    """Play the pending agent and the scanner: apply sends to the table, scan, repeat."""
    applied = 0
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not until():
        for key, value in retries.sent[applied:]:
            if value is None:
                h.pending.pop(key, None)
                h.claimed.pop(key.decode(), None)
            else:
                h.pending[key] = value
        applied = len(retries.sent)
        h.scan(datetime.now(UTC))
        await asyncio.sleep(0.02)


@pytest.mark.asyncio
async def test_the_circuit_opens_then_probes_and_nothing_is_lost(
    receiver: dict[str, Any],
) -> None:
    h, retries, _ = hooks(
        receiver["url"], webhook_circuit_failures=2, webhook_circuit_cooldown_seconds=0.5
    )
    try:
        for n in range(4):
            record = DeliveryRecord(
                webhook_id=webhook_id("s1", f"alert-{n}"),
                subscription_id="s1",
                alert=alert(n),
                next_at=NOW,
            )
            h.pending[record.webhook_id.encode()] = record.model_dump_json().encode()
        lane = h.lane("s1")
        # Two failures open the circuit; nothing more goes out during the pause.
        await pump(h, retries, lambda: lane.breaker.state == "open", 10)
        assert lane.breaker.state == "open"
        assert len(receiver["hits"]) == 2
        opened = time.monotonic()
        gauge = h.metrics.webhook_circuit_state.labels("s1")
        await pump(h, retries, lambda: False, 0.3)
        assert len(receiver["hits"]) == 2, "no request while the circuit is open"
        assert gauge._value.get() == 2
        # After the pause one probe goes; it fails, so the circuit opens again.
        await pump(h, retries, lambda: len(receiver["hits"]) >= 3, 5)
        assert receiver["hits"][2][0] - opened >= 0.45
        await pump(h, retries, lambda: lane.breaker.state == "open", 5)
        await pump(h, retries, lambda: False, 0.3)
        assert len(receiver["hits"]) == 3, "one probe at a time"
        # The endpoint heals: the next probe closes the circuit and everything is sent.
        receiver["status"] = 200
        await pump(h, retries, lambda: not h.pending, 10)
        assert not h.pending, "every delivery ends (tombstone)"
        delivered = {wid for _, wid in receiver["hits"][-4:]}
        assert delivered == {webhook_id("s1", f"alert-{n}") for n in range(4)}
        assert lane.breaker.state == "closed"
        records = [json.loads(v) for _, v in retries.sent if v is not None]
        assert all(r["attempts"][-1]["outcome"] == "http_5xx" for r in records)
    finally:
        await h.stop()


@pytest.mark.asyncio
async def test_a_4xx_is_not_retried_and_goes_to_the_dlq(receiver: dict[str, Any]) -> None:
    receiver["status"] = 400
    h, retries, dlq = hooks(receiver["url"])
    try:
        record = DeliveryRecord(
            webhook_id=webhook_id("s1", "alert-0"),
            subscription_id="s1",
            alert=alert(0),
            next_at=NOW,
        )
        h.pending[record.webhook_id.encode()] = record.model_dump_json().encode()
        await pump(h, retries, lambda: bool(dlq.sent) and not h.pending, 10)
        assert len(receiver["hits"]) == 1
        letter = json.loads(dlq.sent[0][1] or b"{}")
        assert letter["reason"] == "not_retryable"
        assert [a["status"] for a in letter["attempts"]] == [400]
        sub = h.store.get("s1")
        assert sub is not None and sub.enabled, "a 400 does not disable (a 410 does)"
    finally:
        await h.stop()
