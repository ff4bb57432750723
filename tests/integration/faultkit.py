"""What the fault tests share: a corpus with known alerts, Kafka reads, patient waits, receivers.

The expected alerts are computed from the pure core (what ``chipwatch scan`` runs),
never written down by hand: a test only fixes the input. Waits are bounded by
progress, not by one wall-clock figure: a loaded machine gets more time as long as
the pipeline moves, and a test that gives up says what stood still.
"""

from __future__ import annotations

import json
import random
import threading
import time
import urllib.error
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml
from aiokafka import AIOKafkaProducer
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from schemas.article import RawArticle
from streams.core.alerts import PolicyState, alert_step, reports_for
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.core.normalise import content_hash
from streams.settings import Settings
from streams.steps import alert_config
from tests.kafka_harness import Broker, Names, Worker, free_port, reader, run

# Four partitions everywhere; alerts on every new source (no update throttle), so the
# alert set depends on the input only, not on timing; a killed worker's partitions
# move after 6 s (the broker's minimum session timeout).
FAULT_SETTINGS: dict[str, Any] = {
    "partitions_raw": 4,
    "partitions_internal": 4,
    "partitions_out": 4,
    "alert_update_interval_seconds": 0,
    "session_timeout_seconds": 6,
    "heartbeat_interval_seconds": 1,
    # Short enough for a test's patience, long enough that a loaded 2-core machine
    # (commits every ~3 s while there is work) never trips it by being slow.
    "stall_timeout_seconds": 30,
}

# --- the corpus -------------------------------------------------------------------------

ACTORS = [
    ("US", "The US Commerce Department banned exports of Nvidia {p} chips to China"),
    ("MY", "Malaysia halted exports of {p} chips to China, the trade ministry said"),
    ("CN", "China approved imports of Nvidia {p} chips, according to the commerce ministry"),
    ("JP", "Japan restricted exports of {p} chips to China on Tuesday"),
]
PRODUCTS = ["H100", "H20", "H200", "B200", "A100"]
SOURCES = ["Reuters", "Harbour Daily", "Bloomberg", "Nikkei", "Caixin", "Les Echos"]


SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def own_words(rng: random.Random) -> str:
    """A paragraph of made-up words: each original tells its story in its own words.

    Without it, originals of one template would be near-duplicates of each other (one
    cluster: one report), and the alert set would depend on which reached the
    near-duplicate index first. Syllables end in vowels, so no trigger word can form.
    """
    words = ["".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(60)]
    return " ".join(words) + "."


def corpus(n: int, duplicate_share: float, seed: int, prefix: str) -> list[dict[str, Any]]:
    """Return ``n`` raw articles, ``duplicate_share`` of them copies under another id.

    Originals vary actor, product, day and outlet, so many event groups appear, most
    with several outlets (update alerts). A copy repeats its original's content (and
    outlet) under a new id, always after the original in the list.
    """
    rng = random.Random(seed)
    originals = round(n * (1 - duplicate_share))
    articles: list[dict[str, Any]] = []
    for i in range(originals):
        _actor, sentence = ACTORS[i % len(ACTORS)]
        product = PRODUCTS[(i // len(ACTORS)) % len(PRODUCTS)]
        # Days four apart: beyond the alert step's event window (72 h), so that each
        # (actor, product, day) is an event of its own, whatever order reports arrive in.
        when = datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(
            days=4 * ((i // (len(ACTORS) * len(PRODUCTS))) % 12)
        )
        day = when.day
        text = sentence.format(p=product)
        articles.append(
            {
                "id": f"{prefix}-{i:05d}",
                "source": rng.choice(SOURCES),
                "published_at": when.isoformat(),
                "title": text,
                "body": f"{text} on the {day}th. Filing {prefix}-{i} gives the details. "
                + own_words(rng),
            }
        )
    out = list(articles)
    for j in range(n - originals):
        position = rng.randrange(1, len(out) + 1)
        earlier = [a for a in out[:position] if "copy" not in a["id"]]
        original = rng.choice(earlier)
        out.insert(position, {**original, "id": f"{prefix}-copy-{j}"})
    return out


def line(article: dict[str, Any]) -> bytes:
    return json.dumps(article).encode()


def expected_alerts(articles: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Alerts the pipeline must produce, by id: dedupe, analyze and fold with the core."""
    analyzer = Analyzer.build(load_catalog(None), load_patterns())
    # The worker's own config (titles, generic product classes), as FAULT_SETTINGS set it.
    config = alert_config(Settings(alert_update_interval_seconds=0), analyzer)
    seen: set[str] = set()
    states: dict[str, PolicyState] = {}
    alerts: dict[str, dict[str, Any]] = {}
    now = datetime.now(UTC)
    for raw in articles:
        article = RawArticle.model_validate(raw)
        digest = content_hash(article.title, article.body)
        if digest in seen:
            continue
        seen.add(digest)
        for report in reports_for(analyzer.analyze(article, now, digest), config):
            state, out = alert_step(states.get(report.policy_key), report, now.timestamp(), config)
            states[report.policy_key] = state
            alerts.update({a.alert_id: a.model_dump(mode="json") for a in out})
    return alerts


def expected_alert_ids(articles: list[dict[str, Any]]) -> set[str]:
    """The ids of ``expected_alerts``."""
    return set(expected_alerts(articles))


# --- Kafka ------------------------------------------------------------------------------


async def _produce(bootstrap: str, topic: str, messages: list[tuple[bytes | None, bytes]]) -> None:
    """Send many messages fast (batched, acks=all); wait for every acknowledgement."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_request_size=16_000_000
    )
    await producer.start()
    try:
        futures = [await producer.send(topic, value=v, key=k) for k, v in messages]
        for future in futures:
            await future
    finally:
        await producer.stop()


def produce(broker: Broker, topic: str, articles: list[dict[str, Any]]) -> None:
    run(_produce(broker.bootstrap, topic, [(a["id"].encode(), line(a)) for a in articles]))


async def _read_all(bootstrap: str, topic: str, idle: float, timeout: float) -> list[Any]:
    """Read ``topic`` from the start (read_committed) until ``idle`` s pass without news."""
    # Large fetch sizes: the fuzz test's dead letters carry multi-megabyte values.
    consumer = reader(
        bootstrap, topic, max_partition_fetch_bytes=16_000_000, fetch_max_bytes=64_000_000
    )
    await consumer.start()
    records: list[Any] = []
    try:
        deadline = time.monotonic() + timeout
        last = time.monotonic()
        while time.monotonic() < deadline and time.monotonic() - last < idle:
            batch = await consumer.getmany(timeout_ms=300)
            for recs in batch.values():
                records.extend(recs)
                last = time.monotonic()
    finally:
        await consumer.stop()
    return records


def read_all(broker: Broker, topic: str, idle: float = 3.0, timeout: float = 60.0) -> list[Any]:
    return list(run(_read_all(broker.bootstrap, topic, idle, timeout)))


def alerts_on(broker: Broker, names: Names, idle: float = 1.0) -> list[dict[str, Any]]:
    return [json.loads(r.value) for r in read_all(broker, names.topic("alerts.policy"), idle)]


def analyzed_ids(broker: Broker, names: Names, idle: float = 3.0) -> list[str]:
    topic = names.topic("articles.analyzed")
    return [json.loads(r.value)["id"] for r in read_all(broker, topic, idle)]


# --- workers ----------------------------------------------------------------------------


def metric(worker: Worker, name: str) -> float:
    for row in worker.get("/metrics").splitlines():
        if row.startswith(name + " "):
            return float(row.split()[-1])
    return 0.0


def readyz(worker: Worker) -> dict[str, Any]:
    """The worker's /readyz answer (200 or 503), or what stands in its way."""
    try:
        return dict(json.loads(worker.get("/readyz")))
    except urllib.error.HTTPError as err:  # 503: its body says why
        return dict(json.loads(err.read().decode() or "{}"))
    except OSError as err:
        return {"unreachable": str(err)}


def assignment(worker: Worker) -> int:
    """Partitions the worker holds once it is ready (0 while it rebalances)."""
    facts = readyz(worker)
    return int(facts.get("assigned_partitions", 0)) if facts.get("ready") else 0


def processed(worker: Worker) -> float:
    """Articles the worker has read (accepted or duplicate); 0 when it does not answer."""
    try:
        return sum(
            metric(worker, f'chipwatch_articles_total{{outcome="{o}"}}')
            for o in ("accepted", "duplicate")
        )
    except OSError:
        return 0.0


def wait_until(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def start(
    workers: list[Worker], broker: Broker, names: Names, tmp: Path, **settings: Any
) -> Worker:
    tmp.mkdir(parents=True, exist_ok=True)
    worker = Worker(broker, names, tmp, **{**FAULT_SETTINGS, **settings})
    workers.append(worker)
    return worker.start(timeout=180)


def _facts(workers: list[Worker]) -> str:
    rows = []
    for w in workers:
        alive = w.proc is not None and w.proc.poll() is None
        rows.append(
            f"worker :{w.port} alive={alive} restarts={w.restarts} "
            f"readyz={readyz(w) if alive else '-'}\n{w.log_tail(15)}"
        )
    return "\n---\n".join(rows)


def wait_for_alerts(
    broker: Broker,
    names: Names,
    expected: set[str],
    workers: list[Worker],
    *,
    still: float = 90.0,
    cap: float = 480.0,
) -> list[dict[str, Any]]:
    """Poll the alert topic until every expected id is there; return all alerts.

    Bounded by progress: it gives up when neither a new expected id nor a worker's
    article count moved for ``still`` seconds while every worker said it was ready (a
    loaded machine is slow, not stuck: a rebalance or a cold table recovery after a
    takeover counts as moving while the worker says so on /readyz), and after ``cap``
    seconds in any case. Giving up, it says what stood still: ids missing, each
    worker's readiness and last log lines.

    A worker that exits is restarted, as its supervisor would, but only after the
    stall watchdog's deliberate stop: any other exit fails the test.
    """
    began = time.monotonic()
    last_move = began
    last_state: tuple[Any, ...] = ()
    alerts: list[dict[str, Any]] = []
    while True:
        alerts = alerts_on(broker, names)
        found = expected & {a["alert_id"] for a in alerts}
        if found == expected:
            time.sleep(2.0)  # and a little more: nothing else (no other id) may follow
            return alerts_on(broker, names, idle=2.0)
        for worker in workers:
            assert worker.proc is not None
            if worker.proc.poll() is not None:
                assert '"message": "stalled' in worker.log_tail(200), worker.log_tail()
                worker.restarts += 1
                worker.start(timeout=180)
        state = (len(found), tuple(processed(w) for w in workers))
        recovering = any(not readyz(w).get("ready") for w in workers)
        now = time.monotonic()
        if state != last_state or recovering:
            last_state, last_move = state, now
        if now - last_move > still or now - began > cap:
            why = f"nothing moved for {still:.0f}s" if now - last_move > still else f"cap {cap}s"
            raise AssertionError(
                f"{len(expected - found)} of {len(expected)} alerts missing after "
                f"{now - began:.0f}s ({why})\n{_facts(workers)}"
            )
        time.sleep(2.0)


def assert_same_ids_only(
    alerts: list[dict[str, Any]], expected: set[str], redelivered_ok: bool = False
) -> int:
    """Every expected alert id, no other; one ``new`` id per event; return repeats.

    At-least-once (the chosen guarantee, docs/operations.md): after a crash or a
    rebalance, an alert can be sent again, with the same id (ids
    are deterministic), which consumers drop. Without such a fault
    (``redelivered_ok`` False) not even that may happen.
    """
    counts = Counter(a["alert_id"] for a in alerts)
    assert set(counts) == expected, (len(set(counts) - expected), len(expected - set(counts)))
    news: dict[str, set[str]] = {}
    for alert in alerts:
        if alert["status"] == "new":
            news.setdefault(alert["event_key"], set()).add(alert["alert_id"])
    assert all(len(ids) == 1 for ids in news.values()), "two different new alerts, one event"
    repeats = sum(c - 1 for c in counts.values())
    if not redelivered_ok:
        assert repeats == 0, f"{repeats} alerts sent twice without a fault"
    return repeats


def assert_one_copy_analyzed(articles: list[dict[str, Any]], ids: list[str]) -> None:
    """Of each content (an original and its copies) exactly one id was analyzed."""
    by_content: dict[str, set[str]] = {}
    for article in articles:
        key = content_hash(article["title"], article["body"])
        by_content.setdefault(key, set()).add(article["id"])
    analyzed = set(ids)
    for content_ids in by_content.values():
        assert len(content_ids & analyzed) == 1, sorted(content_ids & analyzed)


def repeats(ids: list[str]) -> int:
    """How many records repeat an id already seen (same id, sent again)."""
    return sum(c - 1 for c in Counter(ids).values())


# --- webhook receivers ------------------------------------------------------------------


@dataclass
class Hit:
    """One request a receiver got."""

    at: float  # time.time() when it arrived
    webhook_id: str
    alert_id: str
    created_at: str
    verified: bool
    status: int


@dataclass
class HookReceiver:
    """A real HTTP endpoint on 127.0.0.1 (a thread per request), as a subscriber runs one.

    Verifies each request with the ``standardwebhooks`` package, answers ``status``
    after ``delay`` seconds, and records every request.
    """

    secret: str
    status: int = 200
    delay: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    port: int = 0
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def start(self) -> HookReceiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                try:
                    event = Webhook(receiver.secret).verify(body, dict(self.headers.items()))
                    verified = True
                except WebhookVerificationError:
                    event, verified = json.loads(body), False
                if receiver.delay:
                    time.sleep(receiver.delay)
                receiver.hits.append(
                    Hit(
                        at=time.time(),
                        webhook_id=self.headers.get("webhook-id", ""),
                        alert_id=event.get("id", ""),
                        created_at=event.get("data", {}).get("created_at", ""),
                        verified=verified,
                        status=receiver.status,
                    )
                )
                self.send_response(receiver.status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.port = free_port()
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def webhook_ids(self) -> list[str]:
        return [h.webhook_id for h in self.hits if 200 <= h.status < 300]


def subscriptions_file(tmp: Path, receivers: dict[str, HookReceiver]) -> dict[str, Any]:
    """Write static subscriptions (every alert to each receiver); return worker settings."""
    path = tmp / "subscriptions.yaml"
    tmp.mkdir(parents=True, exist_ok=True)
    path.write_text(
        yaml.safe_dump(
            {
                "subscriptions": [
                    {"id": sub_id, "url": r.url, "secret": r.secret}
                    for sub_id, r in receivers.items()
                ]
            }
        )
    )
    return {
        "webhook_subscriptions_file": path,
        "webhook_allow_http": True,
        "webhook_allow_private_targets": True,  # the receivers are on loopback
        "webhook_scan_interval_seconds": 0.2,
    }
