"""Faults on a real broker: several workers, crashes, restarts, a broker restart, bad input.

Every test uses 4 partitions per topic, its own topic names and consumer group, and a
short session timeout so a killed worker's partitions move in seconds. The expected
alerts are computed from the pure core (what ``chipwatch scan`` runs), never written
down by hand: the test only fixes the input.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
import urllib.error
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import TopicPartition

from schemas.article import RawArticle
from streams.core.alerts import AlertConfig, PolicyState, alert_step, reports_for
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.core.normalise import content_hash
from tests.kafka_harness import (
    CHIPWATCH,
    Broker,
    Names,
    Worker,
    free_port,
    local_broker,
    reader,
    run,
)

pytestmark = pytest.mark.integration

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


def _own_words(rng: random.Random) -> str:
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
                + _own_words(rng),
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


def expected_alert_ids(articles: list[dict[str, Any]]) -> set[str]:
    """Alert ids the pipeline must produce: dedupe, analyze and fold with the core."""
    analyzer = Analyzer.build(load_catalog(None), load_patterns())
    config = AlertConfig(update_interval_seconds=0)
    seen: set[str] = set()
    states: dict[str, PolicyState] = {}
    ids: set[str] = set()
    now = datetime.now(UTC)
    for raw in articles:
        article = RawArticle.model_validate(raw)
        digest = content_hash(article.title, article.body)
        if digest in seen:
            continue
        seen.add(digest)
        for report in reports_for(analyzer.analyze(article, now, digest)):
            state, alerts = alert_step(
                states.get(report.policy_key), report, now.timestamp(), config
            )
            states[report.policy_key] = state
            ids.update(a.alert_id for a in alerts)
    return ids


# --- Kafka helpers ----------------------------------------------------------------------


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


def wait_for_alerts(
    broker: Broker, names: Names, expected: set[str], timeout: float, workers: list[Worker]
) -> list[dict[str, Any]]:
    """Poll the alert topic until every expected id is there (bounded); return all alerts."""
    deadline = time.monotonic() + timeout
    alerts: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        alerts = [json.loads(r.value) for r in read_all(broker, names.topic("alerts.policy"), 1.0)]
        if expected <= {a["alert_id"] for a in alerts}:
            # and a little more: nothing else (no duplicate) may follow
            time.sleep(2.0)
            return [
                json.loads(r.value) for r in read_all(broker, names.topic("alerts.policy"), 2.0)
            ]
        for worker in workers:
            assert worker.proc is not None
            if worker.proc.poll() is not None:
                # Act as the supervisor (Kubernetes, systemd) would, but only for the
                # watchdog's deliberate stop: any other exit fails the test.
                assert '"message": "stalled' in worker.log_tail(200), worker.log_tail()
                worker.restarts += 1
                worker.start(timeout=120)
        time.sleep(2.0)
    missing = len(expected - {a["alert_id"] for a in alerts})
    tails = "\n---\n".join(w.log_tail(20) for w in workers)
    raise AssertionError(f"{missing} of {len(expected)} alerts missing after {timeout}s\n{tails}")


def assert_exactly_once(
    alerts: list[dict[str, Any]], expected: set[str], redelivered_ok: bool = False
) -> int:
    """Every expected alert id, no other; one ``new`` id per event; return repeats.

    At-least-once (the chosen guarantee, docs/operations.md): after a crash, an alert
    whose send reached the broker before the state change did can be sent again, with
    the same id (ids are deterministic), which consumers drop. Without a crash
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
        assert repeats == 0, f"{repeats} alerts sent twice without a crash"
    return repeats


def analyzed_ids(broker: Broker, names: Names) -> list[str]:
    return [json.loads(r.value)["id"] for r in read_all(broker, names.topic("articles.analyzed"))]


def assert_one_copy_analyzed(articles: list[dict[str, Any]], ids: list[str]) -> None:
    """Of each content (an original and its copies) exactly one id was analyzed."""
    by_content: dict[str, set[str]] = {}
    for article in articles:
        key = content_hash(article["title"], article["body"])
        by_content.setdefault(key, set()).add(article["id"])
    analyzed = set(ids)
    for content_ids in by_content.values():
        assert len(content_ids & analyzed) == 1, sorted(content_ids & analyzed)


def assignment(worker: Worker) -> int:
    """Partitions the worker holds once it is ready (0 while it rebalances)."""
    try:
        return int(json.loads(worker.get("/readyz"))["assigned_partitions"])
    except urllib.error.HTTPError:  # 503: rebalancing or recovering
        return 0


def wait_until(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def metric(worker: Worker, name: str) -> float:
    for row in worker.get("/metrics").splitlines():
        if row.startswith(name + " "):
            return float(row.split()[-1])
    return 0.0


@pytest.fixture
def names() -> Names:
    return Names()


@pytest.fixture
def workers() -> Iterator[list[Worker]]:
    """Workers a test starts; every one is stopped afterwards, whatever happened."""
    started: list[Worker] = []
    yield started
    for worker in started:
        worker.kill()


def start(
    workers: list[Worker], broker: Broker, names: Names, tmp: Path, **settings: Any
) -> Worker:
    tmp.mkdir(parents=True, exist_ok=True)
    worker = Worker(broker, names, tmp, **{**FAULT_SETTINGS, **settings})
    workers.append(worker)
    return worker.start(timeout=120)


# --- tests ------------------------------------------------------------------------------


def test_two_workers_share_the_work_and_survive_a_sigkill(
    broker: Broker, names: Names, tmp_path: Path, workers: list[Worker]
) -> None:
    """2,000 articles (30 % copies), two workers, one killed halfway: every alert once."""
    articles = corpus(2000, 0.3, seed=7, prefix="k")
    expected = expected_alert_ids(articles)
    assert len(expected) > 300
    a = start(workers, broker, names, tmp_path / "a")
    b = start(workers, broker, names, tmp_path / "b")
    wait_until(lambda: assignment(a) > 0 and assignment(b) > 0, 60, "both workers assigned")
    half = len(articles) // 2
    raw = names.topic("articles.raw")
    produce(broker, raw, articles[:half])
    # Kill b once the pair has done real work, but (most likely) not all of it.
    wait_until(
        lambda: (
            sum(
                metric(w, f'chipwatch_articles_total{{outcome="{o}"}}')
                for w in (a, b)
                for o in ("accepted", "duplicate")
            )
            >= half // 2
        ),
        90,
        "half of the first half processed",
    )
    b.kill()
    produce(broker, raw, articles[half:])
    alerts = wait_for_alerts(broker, names, expected, 240, [a])
    repeats = assert_exactly_once(alerts, expected, redelivered_ok=True)
    print(
        f"alerts: {len(expected)} expected, {repeats} same-id repeats after the SIGKILL, "
        f"{a.restarts} watchdog restarts"
    )
    assert_one_copy_analyzed(articles, analyzed_ids(broker, names))
    # a now holds everything: 4 partitions each of raw, by-hash, by-policy, and more
    # (changelogs, catalog, webhook topics).
    assert assignment(a) >= 4 * 3


def test_sigterm_commits_and_leaves_and_a_restarted_group_recovers_state(
    broker: Broker, names: Names, tmp_path: Path, workers: list[Worker]
) -> None:
    """SIGTERM: exit 0 fast, offsets committed; a new group recovers dedupe and alerting."""
    articles = corpus(600, 0.3, seed=11, prefix="t")
    first = [a for a in articles if "copy" not in a["id"]][:200]
    later = [a for a in articles if a not in first]
    a = start(workers, broker, names, tmp_path / "a")
    b = start(workers, broker, names, tmp_path / "b")
    produce(broker, names.topic("articles.raw"), first)
    wait_for_alerts(broker, names, expected_alert_ids(first), 120, [a, b])
    for worker in (a, b):
        began = time.monotonic()
        assert worker.stop(signal.SIGTERM, timeout=30) == 0, worker.log_tail()
        assert time.monotonic() - began < 20
    # Offsets were committed on the way out: the group sits at the end of the input.
    assert run(_lag(broker.bootstrap, names.app_id, names.topic("articles.raw"))) == 0
    # A whole new generation of the group: state comes back from the changelogs.
    c = start(workers, broker, names, tmp_path / "c")
    d = start(workers, broker, names, tmp_path / "d")
    produce(broker, names.topic("articles.raw"), later)
    alerts = wait_for_alerts(broker, names, expected_alert_ids(articles), 120, [c, d])
    assert_exactly_once(alerts, expected_alert_ids(articles))
    # Every copy of a first-run article was recognised by the new workers, and nothing
    # of the first run was processed again (no article analyzed twice).
    ids = analyzed_ids(broker, names)
    assert len(ids) == len(set(ids))
    assert_one_copy_analyzed(articles, ids)
    for worker in (c, d):
        assert metric(worker, "chipwatch_table_recoveries_total") >= 1
        text = worker.log_path.read_text()
        assert '"message": "tables recovered"' in text


async def _lag(bootstrap: str, group: str, topic: str) -> int:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group)
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in partitions]
        ends = await consumer.end_offsets(tps)
        lag = 0
        for tp in tps:
            committed = await consumer.committed(tp)
            lag += ends[tp] - (committed or 0)
        return lag
    finally:
        await consumer.stop()


@pytest.fixture
def own_broker(tmp_path: Path) -> Iterator[Broker]:
    """A broker of this test alone, so it can be stopped and started again."""
    with local_broker(tmp_path) as broker:
        yield broker


def test_broker_restart_under_the_workers_loses_nothing(
    own_broker: Broker, names: Names, tmp_path: Path, workers: list[Worker]
) -> None:
    articles = corpus(600, 0.3, seed=23, prefix="r")
    half = len(articles) // 2
    a = start(workers, own_broker, names, tmp_path / "a")
    b = start(workers, own_broker, names, tmp_path / "b")
    produce(own_broker, names.topic("articles.raw"), articles[:half])
    wait_for_alerts(own_broker, names, expected_alert_ids(articles[:half]), 120, [a, b])
    own_broker.down()
    time.sleep(3)
    own_broker.up()
    produce(own_broker, names.topic("articles.raw"), articles[half:])
    expected = expected_alert_ids(articles)
    alerts = wait_for_alerts(own_broker, names, expected, 180, [a, b])
    # A commit that fails while the broker is away means a replay: same ids at most.
    assert_exactly_once(alerts, expected, redelivered_ok=True)
    assert_one_copy_analyzed(articles, analyzed_ids(own_broker, names))


def hostile_messages(n: int, seed: int) -> list[tuple[bytes | None, bytes]]:
    """Random bytes, truncated JSON, huge fields, wrong types, deep nesting, bad UTF-8."""
    rng = random.Random(seed)
    good = {"id": "h", "title": "t", "body": "b", "source": "s"}
    makers = [
        lambda: rng.randbytes(rng.randrange(1, 400)),
        lambda: json.dumps({**good, "id": f"h{rng.random()}"}).encode()[: rng.randrange(1, 30)],
        lambda: json.dumps({**good, "title": rng.choice([5, None, [], {}, True, 1.5])}).encode(),
        lambda: json.dumps({**good, "body": rng.choice([7, ["x"], {"a": 1}])}).encode(),
        lambda: json.dumps({**good, "id": rng.choice([None, 3, ""])}).encode(),
        lambda: json.dumps({**good, "body": "x" * 300_000}).encode(),
        lambda: b"[" * 5000 + b"]" * 5000,
        lambda: b'{"a":' * 2000 + b"1" + b"}" * 2000,
        lambda: b'{"id": "h", "title": "caf\xe9", "body": "b"}',
        lambda: b"\xef\xbb\xbf" + json.dumps(good).encode()[:-1],
        lambda: json.dumps(rng.choice([[good], "text", 12, None])).encode(),
        lambda: b"",
    ]
    return [(rng.choice([None, b"k"]), rng.choice(makers)()) for _ in range(n)]


def test_fuzz_hostile_messages_all_dead_lettered_and_good_ones_processed(
    broker: Broker, names: Names, tmp_path: Path, workers: list[Worker]
) -> None:
    limit = 6_000_000
    worker = start(workers, broker, names, tmp_path, max_message_bytes=limit)
    hostile = hostile_messages(3000, seed=5)
    # 10 MB: over the input limit and over one partition fetch (~12 MB topic limit, the
    # fetch size follows it): dead-lettered as too_large, never a stalled partition.
    hostile.append((b"big", b'{"id": "big", "title": "t", "body": "' + b"x" * 10_000_000 + b'"}'))
    good = corpus(60, 0.0, seed=3, prefix="g")
    messages: list[tuple[bytes | None, bytes]] = []
    step = len(hostile) // len(good)
    for i, article in enumerate(good):
        messages.extend(hostile[i * step : (i + 1) * step])
        messages.append((article["id"].encode(), line(article)))
    messages.extend(hostile[len(good) * step :])
    run(_produce(broker.bootstrap, names.topic("articles.raw"), messages))
    wait_until(
        lambda: metric(worker, 'chipwatch_articles_total{outcome="invalid"}') >= len(hostile),
        180,
        "every hostile message dead-lettered",
    )
    wait_until(
        lambda: metric(worker, 'chipwatch_articles_total{outcome="accepted"}') >= len(good),
        60,
        "every good message processed",
    )
    assert worker.proc is not None and worker.proc.poll() is None
    letters = [json.loads(r.value) for r in read_all(broker, names.topic("articles.dlq"))]
    assert len(letters) == len(hostile)
    reasons = Counter(letter["reason"] for letter in letters)
    assert {"invalid_json", "schema_violation", "not_utf8", "too_large"} <= set(reasons)
    assert "internal_error" not in reasons
    big = next(letter for letter in letters if letter["reason"] == "too_large")
    assert "cut to" in big["detail"]
    assert set(analyzed_ids(broker, names)) == {a["id"] for a in good}


def test_sasl_password_never_logged(tmp_path: Path) -> None:
    """A worker with SASL settings against a closed port: its log never has the secret."""
    secret = "pa55-" + os.urandom(8).hex()
    secret_file = tmp_path / "password"
    secret_file.write_text("file-" + secret + "\n")
    names = Names()
    dead = Broker(port=free_port(), controller_port=0, state_dir=tmp_path)
    for extra in (
        {"sasl_password": secret},
        {"sasl_password_file": str(secret_file), "create_topics": "false"},
    ):
        worker = Worker(
            dead,
            names,
            tmp_path,
            security_protocol="SASL_PLAINTEXT",
            sasl_mechanism="SCRAM-SHA-512",
            sasl_username="chipwatch",
            log_level="debug",
            **extra,
        )
        # Not Worker.start: this worker never gets ready, it only has to try and log.
        log = open(worker.log_path, "ab")  # noqa: SIM115
        worker.proc = subprocess.Popen(
            [str(CHIPWATCH), "worker"], env=worker.env, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        time.sleep(6)
        worker.stop(signal.SIGKILL)
        text = worker.log_path.read_text(errors="replace")
        assert text.strip(), "the worker logged nothing"
        assert secret not in text


def test_rocksdb_store_forgets_expired_hashes_on_disk_and_in_the_changelog(
    broker: Broker, names: Names, tmp_path: Path, workers: list[Worker]
) -> None:
    """RocksDB tables: an expired hash is deleted from disk and tombstoned in the changelog."""
    from rocksdict import AccessType, Rdict

    settings = {"store": "rocksdb://", "dedupe_ttl_seconds": 3, "dedupe_sweep_interval_seconds": 1}
    [article] = corpus(1, 0.0, seed=1, prefix="ttl")
    worker = start(workers, broker, names, tmp_path, **settings)
    produce(broker, names.topic("articles.raw"), [article])
    wait_until(lambda: metric(worker, "chipwatch_dedupe_expired_total") >= 1, 60, "the sweep")
    assert metric(worker, 'chipwatch_articles_total{outcome="accepted"}') == 1
    assert worker.stop(signal.SIGTERM) == 0
    text = worker.log_path.read_text()
    assert '"message": "dedupe hashes expired"' in text
    assert '"message": "tables recovered"' in text
    # On disk: the table's RocksDB partitions hold no key any more.
    dbs = sorted(tmp_path.rglob("*dedupe-seen*.db"))
    assert dbs, sorted(str(p) for p in tmp_path.rglob("*"))
    for path in dbs:
        db = Rdict(str(path), access_type=AccessType.read_only())
        try:
            # Faust keeps its changelog offset in each partition's DB; no hash is left.
            stored = list(db.keys())
            assert [k for k in stored if not k.startswith(b"__faust")] == []
        finally:
            db.close()
    # In the changelog: the key, then its tombstone (so a recovery cannot restore it).
    changelog = read_all(broker, f"{names.app_id}-dedupe-seen-changelog", idle=2.0)
    assert [r.value is None for r in changelog] == [False, True]
    # A copy now is a first copy again, also for a restarted worker (state from disk).
    worker = start(workers, broker, names, tmp_path, **settings)
    produce(broker, names.topic("articles.raw"), [{**article, "id": "ttl-again"}])
    wait_until(
        lambda: metric(worker, 'chipwatch_articles_total{outcome="accepted"}') == 1,
        60,
        "the copy accepted as new",
    )
    assert metric(worker, 'chipwatch_articles_total{outcome="duplicate"}') == 0
