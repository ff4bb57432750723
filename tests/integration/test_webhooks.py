"""Webhooks end to end: a real broker, a `chipwatch worker` process, real HTTP receivers.

Receivers are aiohttp servers in the test process on 127.0.0.1 free ports; they verify
every request with the `standardwebhooks` package, as a subscriber would. Alerts come
from sample articles produced to the raw topic (cw-001: a CN H200 alert; cw-006: an NL
restriction).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
import yaml
from aiohttp import web
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from streams.core.subscriptions import webhook_id
from tests.kafka_harness import Broker, Names, Worker, consume, free_port, produce

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples" / "articles.jsonl"
TOKEN = "test-token-" + "x" * 20


def secret() -> str:
    return "whsec_" + base64.b64encode(os.urandom(32)).decode()


def sample(article_id: str) -> tuple[bytes, bytes]:
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        if article["id"] == article_id:
            return article_id.encode(), line.encode()
    raise KeyError(article_id)


@dataclass
class Hit:
    """One request a receiver got."""

    at: float
    webhook_id: str
    verified: bool
    event: dict[str, Any]
    status: int
    content_type: str


@dataclass
class Receiver:
    """An HTTP endpoint: answers from ``statuses`` in order, then ``default``."""

    secret: str
    statuses: list[int] = field(default_factory=list)
    default: int = 200
    hang: asyncio.Event | None = None  # when set: hold each request until the event
    hits: list[Hit] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        status = self.statuses.pop(0) if self.statuses else self.default
        try:
            event = Webhook(self.secret).verify(body, dict(request.headers))
            verified = True
        except WebhookVerificationError:
            event, verified = json.loads(body), False
        self.hits.append(
            Hit(
                at=time.monotonic(),
                webhook_id=request.headers.get("webhook-id", ""),
                verified=verified,
                event=event,
                status=status,
                content_type=request.headers.get("content-type", ""),
            )
        )
        if self.hang is not None:
            await self.hang.wait()
        return web.Response(status=status)

    def delivered(self) -> list[Hit]:
        return [h for h in self.hits if 200 <= h.status < 300]


@pytest_asyncio.fixture
async def serve() -> AsyncIterator[Callable[[Receiver], Any]]:
    """Start receivers on free loopback ports; stop them all at the end."""
    runners: list[web.AppRunner] = []
    hangs: list[asyncio.Event] = []

    async def start(receiver: Receiver) -> Receiver:
        app = web.Application()
        app.router.add_post("/hook", receiver.handle)
        runner = web.AppRunner(app, shutdown_timeout=1.0)
        await runner.setup()
        receiver.port = free_port()
        await web.TCPSite(runner, "127.0.0.1", receiver.port).start()
        runners.append(runner)
        if receiver.hang is not None:
            hangs.append(receiver.hang)
        return receiver

    yield start
    for hang in hangs:
        hang.set()
    for runner in runners:
        await runner.cleanup()


@pytest.fixture
def names() -> Names:
    return Names()


def hook_settings(names: Names, **extra: Any) -> dict[str, Any]:
    return {
        "topic_webhook_dlq": names.topic("alerts.webhook.dlq"),
        "webhook_allow_http": True,
        # The receivers are on loopback: that network only (never metadata addresses).
        "webhook_allowed_private_networks": "127.0.0.0/8",
        "webhook_scan_interval_seconds": 0.2,
        **extra,
    }


async def start(worker: Worker) -> Worker:
    return await asyncio.to_thread(worker.start, 150.0)


async def stop(worker: Worker) -> None:
    await asyncio.to_thread(worker.stop)


async def api(
    worker: Worker, method: str, path: str, body: Any = None, token: str | None = TOKEN
) -> tuple[int, Any, str]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    async with (
        aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session,
        session.request(
            method, f"http://127.0.0.1:{worker.port}{path}", json=body, headers=headers
        ) as response,
    ):
        text = await response.text()
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        return response.status, data, text


async def wait_for(
    check: Callable[[], bool], timeout: float, what: str, worker: Worker | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        await asyncio.sleep(0.1)
    facts = ""
    if worker is not None:  # say how far the pipeline got
        lines = worker.get("/metrics").splitlines()
        facts = "\n".join(
            line
            for line in lines
            if line.startswith(("chipwatch_articles", "chipwatch_alerts", "chipwatch_webhook_d"))
        )
    raise AssertionError(f"timed out after {timeout}s waiting for {what}\n{facts}")


async def subscribe(worker: Worker, receiver: Receiver, sub_id: str, **filters: Any) -> None:
    status, data, text = await api(
        worker,
        "POST",
        "/subscriptions",
        {"id": sub_id, "url": receiver.url, "secret": receiver.secret, "filters": filters},
    )
    assert status == 201, text
    assert "secret" not in data and receiver.secret not in text


def metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


@pytest.mark.asyncio
async def test_signed_deliveries_match_filters_and_the_api_needs_the_token(
    broker: Broker, names: Names, tmp_path: Path, serve: Any
) -> None:
    cn = await serve(Receiver(secret()))
    nl = await serve(Receiver(secret()))
    worker = await start(
        Worker(broker, names, tmp_path, **hook_settings(names, webhook_api_token=TOKEN))
    )
    try:
        # The API refuses without the token, or with a wrong one.
        assert (await api(worker, "GET", "/subscriptions", token=None))[0] == 401
        assert (await api(worker, "GET", "/subscriptions", token="wrong"))[0] == 401
        status, _, _ = await api(
            worker, "POST", "/subscriptions", {"url": cn.url, "secret": cn.secret}, token=None
        )
        assert status == 401
        # Bad secrets and URLs are refused.
        bad = {"id": "bad", "url": cn.url, "secret": "whsec_short"}
        assert (await api(worker, "POST", "/subscriptions", bad))[0] == 422
        bad = {"id": "bad", "url": "ftp://127.0.0.1/x", "secret": cn.secret}
        assert (await api(worker, "POST", "/subscriptions", bad))[0] == 422

        await subscribe(worker, cn, "cn", jurisdictions=["CN"])
        await subscribe(worker, nl, "nl", jurisdictions=["NL"], direction="tightening")
        # The secret is never returned: not by get, list or update.
        for path in ("/subscriptions", "/subscriptions/cn", "/subscriptions/nl"):
            status, _, text = await api(worker, "GET", path)
            assert status == 200 and cn.secret not in text and nl.secret not in text
            assert '"secret"' not in text
        status, data, text = await api(
            worker, "PATCH", "/subscriptions/cn", {"description": "China desk"}
        )
        assert status == 200 and data["description"] == "China desk"
        assert cn.secret not in text and '"secret"' not in text

        await produce(
            broker.bootstrap,
            names.topic("articles.raw"),
            [sample("cw-001"), sample("cw-006"), sample("cw-002")],
        )
        await wait_for(lambda: bool(cn.hits and nl.hits), 90, "one delivery each", worker=worker)
        await asyncio.sleep(3.0)  # anything that should not come would come by now

        alerts = [
            json.loads(r.value)
            for r in await consume(
                broker.bootstrap, names.topic("alerts.policy"), min_count=2, timeout=30
            )
        ]
        expected = {
            "cn": {a["alert_id"] for a in alerts if a["event"]["jurisdiction"] == "CN"},
            "nl": {
                a["alert_id"]
                for a in alerts
                if a["event"]["jurisdiction"] == "NL" and a["event"]["direction"] == "tightening"
            },
        }
        assert expected["cn"] and expected["nl"]
        for sub_id, receiver in (("cn", cn), ("nl", nl)):
            assert all(h.verified for h in receiver.hits), "every request verifies"
            got = [h.event["data"]["alert_id"] for h in receiver.hits]
            assert sorted(got) == sorted(expected[sub_id]), (sub_id, got)
            for hit in receiver.hits:
                assert hit.content_type.startswith("application/cloudevents+json")
                assert hit.event["specversion"] == "1.0"
                assert hit.event["type"] == "io.chipwatch.policy.alert.v1"
                assert hit.event["id"] == hit.event["data"]["alert_id"]
                assert hit.webhook_id == webhook_id(sub_id, hit.event["data"]["alert_id"])

        # Replay: the same alerts again, with their original webhook-ids.
        before = len(cn.hits)
        since = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
        status, data, text = await api(worker, "POST", "/subscriptions/cn/replay", {"since": since})
        assert status == 202 and data["queued"] == len(expected["cn"]), text
        await wait_for(lambda: len(cn.hits) >= before + len(expected["cn"]), 60, "the replay")
        assert {h.webhook_id for h in cn.hits[before:]} == {h.webhook_id for h in cn.hits[:before]}
        assert all(h.verified for h in cn.hits)

        metrics = worker.get("/metrics")
        assert metric(
            metrics, 'chipwatch_webhook_deliveries_total{outcome="delivered",subscription="cn"}'
        ) == len(cn.hits)
        assert "chipwatch_webhook_attempt_seconds_bucket" in metrics
        assert 'chipwatch_webhook_circuit_state{subscription="cn"} 0.0' in metrics
        assert 'chipwatch_webhook_queue_depth{subscription="nl"}' in metrics

        # Delete, and the secrets never reached the log.
        assert (await api(worker, "DELETE", "/subscriptions/nl"))[0] == 200
        assert (await api(worker, "GET", "/subscriptions/nl"))[0] == 404
        log_text = worker.log_path.read_text(errors="replace")
        assert cn.secret not in log_text and nl.secret not in log_text
    finally:
        await stop(worker)


@pytest.mark.asyncio
async def test_the_api_answers_with_what_it_stored_on_the_default_rocksdb_store(
    broker: Broker, names: Names, tmp_path: Path, serve: Any
) -> None:
    """Issue 13.1: on `rocksdb://` (the default) POST and PATCH answered 500, yet applied.

    Runs on the README's defaults (the harness sets no store), and checks that it did.
    """
    gone = await serve(Receiver(secret(), default=410))
    kept = await serve(Receiver(secret()))
    worker = Worker(broker, names, tmp_path, **hook_settings(names, webhook_api_token=TOKEN))
    assert "CHIPWATCH_STORE" not in {k for k in worker.env if k not in os.environ}
    worker = await start(worker)
    try:
        body = {"id": "a", "url": gone.url, "secret": gone.secret, "description": "desk"}
        status, created, text = await api(worker, "POST", "/subscriptions", body)
        assert status == 201, text
        assert created["id"] == "a" and created["description"] == "desk"
        assert created["enabled"] is True and created["url"] == gone.url
        status, read, _ = await api(worker, "GET", "/subscriptions/a")  # read-your-write
        assert status == 200 and read == created
        status, _, _ = await api(worker, "POST", "/subscriptions", body)
        assert status == 409, "the same id again"
        status, changed, text = await api(worker, "PATCH", "/subscriptions/a", {"description": "x"})
        assert status == 200 and changed["description"] == "x", text
        assert changed["updated_at"] > created["updated_at"]
        assert (await api(worker, "GET", "/subscriptions/a"))[1] == changed
        await subscribe(worker, kept, "b")

        # The automatic disable (a 410) writes outside any event too.
        await produce(broker.bootstrap, names.topic("articles.raw"), [sample("cw-001")])

        async def disabled() -> bool:
            data = (await api(worker, "GET", "/subscriptions/a"))[1]
            return data["enabled"] is False

        deadline = time.monotonic() + 90
        while not await disabled():
            assert time.monotonic() < deadline, worker.log_tail()
            await asyncio.sleep(0.3)
        data = (await api(worker, "GET", "/subscriptions/a"))[1]
        assert data["disabled_reason"] == "the endpoint answered 410 Gone"
        await wait_for(lambda: bool(kept.delivered()), 60, "the other subscriber's delivery")
        status, data, _ = await api(worker, "PATCH", "/subscriptions/a", {"enabled": True})
        assert status == 200 and data["enabled"] is True and data["disabled_reason"] is None

        status, _, _ = await api(worker, "DELETE", "/subscriptions/a")
        assert status == 200
        assert (await api(worker, "GET", "/subscriptions/a"))[0] == 404
    finally:
        await stop(worker)
    log_text = worker.log_path.read_text(errors="replace")
    assert "Traceback" not in log_text and "AssertionError" not in log_text
    # On disk: the store's files, and the subscription read back after a restart.
    data_dir = Path(worker.env["CHIPWATCH_DATA_DIR"])
    files = await asyncio.to_thread(lambda: [p.name for p in data_dir.rglob("*")])
    assert any(name.startswith("webhook-subscriptions") for name in files), files[:20]
    worker = await start(worker)
    try:
        status, data, _ = await api(worker, "GET", "/subscriptions")
        assert status == 200 and [s["id"] for s in data["subscriptions"]] == ["b"]
    finally:
        await stop(worker)


@pytest.mark.asyncio
async def test_retries_keep_the_webhook_id_and_a_dead_endpoint_ends_in_the_dlq(
    broker: Broker, names: Names, tmp_path: Path, serve: Any
) -> None:
    flaky = await serve(Receiver(secret(), statuses=[500, 500, 500]))
    dead = await serve(Receiver(secret(), default=503))
    gone = await serve(Receiver(secret(), default=410))
    settings = hook_settings(
        names,
        webhook_api_token=TOKEN,
        webhook_retry_schedule="0.5s,0.5s,0.5s,0.5s",
        webhook_retry_jitter=0,
        webhook_circuit_failures=100,
    )
    worker = await start(Worker(broker, names, tmp_path, **settings))
    try:
        await subscribe(worker, flaky, "flaky")
        await subscribe(worker, dead, "dead")
        await subscribe(worker, gone, "gone")
        await produce(broker.bootstrap, names.topic("articles.raw"), [sample("cw-001")])

        await wait_for(
            lambda: bool(flaky.delivered()), 90, "the flaky receiver's 200", worker=worker
        )
        assert [h.status for h in flaky.hits] == [500, 500, 500, 200]
        assert len({h.webhook_id for h in flaky.hits}) == 1, "same webhook-id on every retry"
        assert all(h.verified for h in flaky.hits)
        gaps = [b.at - a.at for a, b in zip(flaky.hits, flaky.hits[1:], strict=False)]
        assert all(g >= 0.4 for g in gaps), gaps  # the schedule is kept, not hammered

        letters = await consume(
            broker.bootstrap,
            names.topic("alerts.webhook.dlq"),
            until=lambda rs: len(rs) >= 2,
            timeout=60,
            settle=1.0,
        )
        by_sub = {json.loads(r.value)["subscription_id"]: json.loads(r.value) for r in letters}
        assert set(by_sub) == {"dead", "gone"}
        letter = by_sub["dead"]
        assert letter["reason"] == "schedule_exhausted"
        assert [a["status"] for a in letter["attempts"]] == [503] * 5
        assert [a["outcome"] for a in letter["attempts"]] == ["http_5xx"] * 5
        assert [a["attempt"] for a in letter["attempts"]] == [1, 2, 3, 4, 5]
        assert len(dead.hits) == 5 and len({h.webhook_id for h in dead.hits}) == 1
        assert letter["webhook_id"] == dead.hits[0].webhook_id
        assert by_sub["gone"]["reason"] == "not_retryable"
        assert [a["outcome"] for a in by_sub["gone"]["attempts"]] == ["http_410"]

        # A 410 disables at once; failing through the whole schedule disables too.
        for sub_id in ("gone", "dead"):
            _, data, _ = await api(worker, "GET", f"/subscriptions/{sub_id}")
            assert data["enabled"] is False and data["disabled_reason"], data
        _, data, _ = await api(worker, "GET", "/subscriptions/flaky")
        assert data["enabled"] is True

        metrics = worker.get("/metrics")
        assert (
            metric(
                metrics,
                'chipwatch_webhook_deliveries_total{outcome="http_5xx",subscription="dead"}',
            )
            == 5
        )
        assert (
            metric(
                metrics,
                'chipwatch_webhook_deliveries_total{outcome="dead_lettered",subscription="dead"}',
            )
            == 1
        )
    finally:
        await stop(worker)


@pytest.mark.asyncio
async def test_a_hanging_receiver_does_not_delay_another(
    broker: Broker, names: Names, tmp_path: Path, serve: Any
) -> None:
    """Static subscriptions from YAML, no token: the API is off, deliveries still flow."""
    hanging = await serve(Receiver(secret(), hang=asyncio.Event()))
    fast = await serve(Receiver(secret()))
    static = tmp_path / "subscriptions.yaml"
    static.write_text(
        yaml.safe_dump(
            {
                "subscriptions": [
                    {"id": "hanging", "url": hanging.url, "secret": hanging.secret},
                    {"id": "fast", "url": fast.url, "secret": fast.secret},
                ]
            }
        )
    )
    settings = hook_settings(
        names,
        webhook_subscriptions_file=static,
        webhook_timeout_seconds=20,
        webhook_concurrency=1,
    )
    worker = await start(Worker(broker, names, tmp_path, **settings))
    try:
        status, data, _ = await api(worker, "GET", "/subscriptions")
        assert status == 404 and "off" in data["error"], "no token: the API is off"
        assert (await api(worker, "GET", "/subscriptions", token=None))[0] == 404

        await produce(broker.bootstrap, names.topic("articles.raw"), [sample("cw-001")])
        await wait_for(
            lambda: bool(fast.hits and hanging.hits), 90, "both receivers", worker=worker
        )
        assert abs(fast.hits[0].at - hanging.hits[0].at) < 1.0, fast.hits[0].at - hanging.hits[0].at
        # The hanging lane is still stuck on its first request; the fast one goes on.
        await produce(broker.bootstrap, names.topic("articles.raw"), [sample("cw-006")])
        await wait_for(lambda: len(fast.hits) >= 2, 60, "the second alert at the fast one")
        assert len(hanging.hits) == 1
        assert all(h.verified for h in fast.hits + hanging.hits)
    finally:
        assert hanging.hang is not None
        hanging.hang.set()
        await stop(worker)


@pytest.mark.asyncio
async def test_a_retry_backlog_survives_sigkill(
    broker: Broker, names: Names, tmp_path: Path, serve: Any
) -> None:
    receiver = await serve(Receiver(secret(), default=500))
    settings = hook_settings(
        names,
        webhook_api_token=TOKEN,
        webhook_retry_schedule=",".join(["2s"] * 60),
        webhook_retry_jitter=0,
        webhook_circuit_failures=1000,
    )
    worker = await start(Worker(broker, names, tmp_path, **settings))
    try:
        await subscribe(worker, receiver, "backlog")
        await produce(
            broker.bootstrap, names.topic("articles.raw"), [sample("cw-001"), sample("cw-006")]
        )

        def retried_both() -> bool:
            ids = [h.webhook_id for h in receiver.hits]
            return len(set(ids)) >= 2 and all(ids.count(i) >= 2 for i in set(ids))

        await wait_for(retried_both, 90, "two alerts in the retry backlog", worker=worker)
    finally:
        worker.kill()
    backlog = {h.webhook_id for h in receiver.hits}
    receiver.default = 200  # the endpoint recovers while the worker is down
    worker = await start(Worker(broker, names, tmp_path, **settings))
    try:
        await wait_for(
            lambda: {h.webhook_id for h in receiver.delivered()} >= backlog,
            150,
            "the backlog delivered after the restart",
        )
        assert all(h.verified for h in receiver.hits)
        status, data, _ = await api(worker, "GET", "/subscriptions/backlog")
        assert status == 200 and data["enabled"] is True, "the subscription survived too"
    finally:
        await stop(worker)
