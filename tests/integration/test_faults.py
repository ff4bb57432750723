"""Faults on a real broker: several workers, crashes, restarts, a broker restart, bad input.

Every test uses 4 partitions per topic, its own topic names and consumer group, and a
short session timeout so a killed worker's partitions move in seconds. The expected
alerts are computed from the pure core (``tests.integration.faultkit``), never written
down by hand: the test only fixes the input. More faults: ``test_faults_more.py``; the
crash windows between a state write and its output: ``test_faults_windows.py``.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition

from tests.integration.faultkit import (
    _produce,
    analyzed_ids,
    assert_one_copy_analyzed,
    assert_same_ids_only,
    assignment,
    corpus,
    expected_alert_ids,
    line,
    metric,
    processed,
    produce,
    read_all,
    repeats,
    start,
    wait_for_alerts,
    wait_until,
)
from tests.kafka_harness import (
    CHIPWATCH,
    Broker,
    Names,
    Worker,
    free_port,
    local_broker,
    run,
)

pytestmark = pytest.mark.integration


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


# --- tests ------------------------------------------------------------------------------


@pytest.mark.timeout(600)  # the waits are bounded by progress (faultkit.wait_for_alerts)
def test_two_workers_share_the_work_and_survive_a_sigkill(
    broker: Broker, names: Names, tmp_path: Path, workers: list[Worker]
) -> None:
    """2,000 articles (30 % copies), two workers, one killed halfway: every alert once."""
    articles = corpus(2000, 0.3, seed=7, prefix="k")
    expected = expected_alert_ids(articles)
    assert len(expected) > 300
    a = start(workers, broker, names, tmp_path / "a")
    b = start(workers, broker, names, tmp_path / "b")
    wait_until(lambda: assignment(a) > 0 and assignment(b) > 0, 120, "both workers assigned")
    half = len(articles) // 2
    raw = names.topic("articles.raw")
    produce(broker, raw, articles[:half])
    # Kill b once the pair has done real work, but (most likely) not all of it.
    wait_until(
        lambda: processed(a) + processed(b) >= half // 2, 180, "half of the first half processed"
    )
    b.kill()
    began = time.monotonic()
    produce(broker, raw, articles[half:])
    alerts = wait_for_alerts(broker, names, expected, [a])
    repeated = assert_same_ids_only(alerts, expected, redelivered_ok=True)
    print(
        f"alerts: {len(expected)} expected, all in {time.monotonic() - began:.0f}s after the "
        f"SIGKILL, {repeated} same-id repeats, {a.restarts} watchdog restarts "
        f"(load {os.getloadavg()[0]:.1f})"
    )
    assert_one_copy_analyzed(articles, analyzed_ids(broker, names))
    # a now holds everything: 4 partitions each of raw, by-hash, by-policy, and more
    # (changelogs, catalog, webhook topics).
    assert assignment(a) >= 4 * 3


@pytest.mark.timeout(600)
def test_sigterm_commits_and_leaves_and_a_restarted_group_recovers_state(
    broker: Broker, names: Names, tmp_path: Path, workers: list[Worker]
) -> None:
    """SIGTERM: exit 0 fast, offsets committed; a new group recovers dedupe and alerting.

    What a clean stop promises is tested strictly: exit 0 in < 20 s, the group's offset
    at the end of the input, and nothing of the first run processed again by the next
    generation. Within a generation, at-least-once allows a repeat with the same id:
    Faust forgets the uncommitted offsets of the partitions a rebalance moves (the other
    worker leaving, one evicted under load), so their next owner processes them again;
    that was the "421 == 420" this test used to fail with. There the assertion is "same
    ids only" (docs/operations.md, "Rebalances repeat work").
    """
    articles = corpus(600, 0.3, seed=11, prefix="t")
    first = [a for a in articles if "copy" not in a["id"]][:200]
    later = [a for a in articles if a not in first]
    a = start(workers, broker, names, tmp_path / "a")
    b = start(workers, broker, names, tmp_path / "b")
    produce(broker, names.topic("articles.raw"), first)
    wait_for_alerts(broker, names, expected_alert_ids(first), [a, b])
    for worker in (a, b):
        began = time.monotonic()
        assert worker.stop(signal.SIGTERM, timeout=30) == 0, worker.log_tail()
        assert time.monotonic() - began < 20
    # Offsets were committed on the way out: the group sits at the end of the input.
    assert run(_lag(broker.bootstrap, names.app_id, names.topic("articles.raw"))) == 0
    first_run = read_all(broker, names.topic("articles.analyzed"))
    first_ends = Counter({r.partition: r.offset + 1 for r in first_run})
    # A whole new generation of the group: state comes back from the changelogs.
    c = start(workers, broker, names, tmp_path / "c")
    d = start(workers, broker, names, tmp_path / "d")
    produce(broker, names.topic("articles.raw"), later)
    expected = expected_alert_ids(articles)
    alerts = wait_for_alerts(broker, names, expected, [c, d])
    repeated = assert_same_ids_only(alerts, expected, redelivered_ok=True)
    records = read_all(broker, names.topic("articles.analyzed"))
    ids = [json.loads(r.value)["id"] for r in records]
    first_ids = {a["id"] for a in first}
    later_ids = [json.loads(r.value)["id"] for r in records if r.offset >= first_ends[r.partition]]
    again = first_ids.intersection(later_ids)
    assert not again, f"the new generation analyzed first-run articles again: {sorted(again)}"
    # Every copy of a first-run article was recognised by the new workers.
    assert_one_copy_analyzed(articles, ids)
    print(f"same-id repeats: {repeats(ids)} analyzed, {repeated} alerts")
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


@pytest.mark.timeout(600)
def test_broker_restart_under_the_workers_loses_nothing(
    own_broker: Broker, names: Names, tmp_path: Path, workers: list[Worker]
) -> None:
    articles = corpus(600, 0.3, seed=23, prefix="r")
    half = len(articles) // 2
    a = start(workers, own_broker, names, tmp_path / "a")
    b = start(workers, own_broker, names, tmp_path / "b")
    produce(own_broker, names.topic("articles.raw"), articles[:half])
    wait_for_alerts(own_broker, names, expected_alert_ids(articles[:half]), [a, b])
    own_broker.down()
    time.sleep(3)
    own_broker.up()
    produce(own_broker, names.topic("articles.raw"), articles[half:])
    expected = expected_alert_ids(articles)
    alerts = wait_for_alerts(own_broker, names, expected, [a, b])
    # A commit that fails while the broker is away means a replay: same ids at most.
    assert_same_ids_only(alerts, expected, redelivered_ok=True)
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
        # Until it has tried the broker at least once (bounded; a fixed 6 s sleep was
        # not always enough for a start-up on a loaded machine to log anything).
        wait_until(
            lambda w=worker: "waiting for the broker" in w.log_path.read_text(errors="replace"),
            120,
            "the worker's first attempt at the broker",
        )
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
