"""Crash windows: the worker killed right after a state write, before the output it owes.

Each test arms one test-only failpoint (``CHIPWATCH_TEST_FAILPOINT``,
``streams/failpoints.py``): the worker makes the state write durable on the broker and
SIGKILLs itself at that point. The test checks the window was real (the state is on
the changelog, the output is not on its topic), restarts the worker on the same data
directory without the failpoint, and checks nothing was lost: the alerts are published
and the webhooks delivered, repeats carry the same ids, and no event gets a second
``new`` alert id. README defaults (RocksDB store) except where a test says otherwise.
"""

from __future__ import annotations

import base64
import json
import os
import random
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from streams import failpoints
from streams.core.subscriptions import webhook_id
from tests.integration.faultkit import (
    HookReceiver,
    alerts_on,
    analyzed_ids,
    assert_same_ids_only,
    corpus,
    expected_alerts,
    own_words,
    produce,
    read_all,
    subscriptions_file,
    wait_until,
)
from tests.kafka_harness import Broker, Names, Worker

pytestmark = pytest.mark.integration

# One partition each: the article that trips the failpoint is then the first of its
# partition, and what follows it waits behind it (no other partition runs ahead).
WINDOW_SETTINGS: dict[str, Any] = {
    "store": "rocksdb://",
    "partitions_raw": 1,
    "partitions_internal": 1,
    "partitions_out": 1,
    "alert_update_interval_seconds": 0,
    "session_timeout_seconds": 6,
    "heartbeat_interval_seconds": 1,
}
KILLED = -signal.SIGKILL


def secret() -> str:
    return "whsec_" + base64.b64encode(os.urandom(32)).decode()


@pytest.fixture
def names() -> Names:
    return Names()


@pytest.fixture
def receiver() -> Iterator[HookReceiver]:
    hook = HookReceiver(secret()).start()
    yield hook
    hook.stop()


@pytest.fixture
def workers() -> Iterator[list[Worker]]:
    started: list[Worker] = []
    yield started
    for worker in started:
        worker.kill()


def worker(
    workers: list[Worker],
    broker: Broker,
    names: Names,
    tmp: Path,
    hooks: dict[str, Any],
    failpoint: str | None = None,
) -> Worker:
    """A worker on ``tmp``'s data directory; with ``failpoint`` armed, if given."""
    w = Worker(broker, names, tmp, **{**WINDOW_SETTINGS, **hooks})
    if failpoint:
        w.env[failpoints.ENV] = failpoint
    workers.append(w)
    return w.start(timeout=180)


def wait_killed(w: Worker, failpoint: str, timeout: float = 120) -> None:
    """The worker died by its own SIGKILL at ``failpoint`` (not otherwise)."""
    assert w.proc is not None
    try:
        w.proc.wait(timeout=timeout)
    except Exception as err:
        raise AssertionError(f"the failpoint did not trip in {timeout}s\n{w.log_tail()}") from err
    assert w.proc.returncode == KILLED, w.log_tail()
    tripped = [
        json.loads(row)
        for row in w.log_path.read_text().splitlines()
        if '"failpoint tripped' in row
    ]
    assert [t["failpoint"] for t in tripped] == [failpoint], w.log_tail()


def changelog(broker: Broker, names: Names, table: str) -> list[Any]:
    return read_all(broker, f"{names.app_id}-{table}-changelog", idle=2.0)


def delivered_once_each(
    receiver: HookReceiver, expected: set[str], timeout: float = 120
) -> list[str]:
    """Wait until every expected alert reached the receiver; return the webhook-ids seen."""
    want = {webhook_id("main", a): a for a in expected}
    try:
        wait_until(lambda: set(want) <= set(receiver.webhook_ids()), timeout, "every webhook")
    except AssertionError as err:
        missing = sorted(a for w, a in want.items() if w not in receiver.webhook_ids())
        raise AssertionError(f"{err}: no delivery of alert(s) {missing}") from None
    time.sleep(1.0)  # nothing else may follow
    seen = receiver.webhook_ids()
    assert set(seen) == set(want), "a webhook-id for no expected alert"
    assert all(h.verified for h in receiver.hits)
    # One alert id per webhook-id: a repeat is the same delivery again.
    assert {h.webhook_id: h.alert_id for h in receiver.hits} == {
        webhook_id("main", a): a for a in expected
    }
    return seen


def settled(broker: Broker, names: Names) -> list[Any]:
    """Wait until the retries topic ends in a tombstone and stays so; return its records."""
    topic = names.own("webhook.retries")
    wait_until(lambda: read_all(broker, topic, idle=1.0)[-1].value is None, 60, "a tombstone")
    time.sleep(3.0)
    records = read_all(broker, topic, idle=1.0)
    assert records[-1].value is None, "a delivery pending again after its tombstone"
    return records


@pytest.mark.timeout(400)
def test_a_crash_after_the_dedupe_write_analyzes_the_first_copy_after_restart(
    broker: Broker, names: Names, tmp_path: Path, workers: list[Worker], receiver: HookReceiver
) -> None:
    """dedupe-analyze: the candidate is sent, then the hash remembered, then SIGKILL.

    The hash is written after the output (issue 13.3), so the window left is "state
    written, input offset not committed". The redelivered article is the same id, so
    the dedupe step lets it through again: it is analyzed and alerted after the
    restart under the same ids, not taken for its own copy.
    """
    articles = corpus(4, 0.0, seed=31, prefix="dw")
    expected = expected_alerts(articles)
    hooks = subscriptions_file(tmp_path, {"main": receiver})
    point = "dedupe.after_state_write"
    a = worker(workers, broker, names, tmp_path, hooks, failpoint=point)
    produce(broker, names.topic("articles.raw"), articles)
    wait_killed(a, point)
    # The window was real: the hash is on the changelog, its candidate on the near-dup
    # topic (the output went first), and the input offset was never committed.
    seen = changelog(broker, names, "dedupe-seen")
    assert [json.loads(r.value)["first_id"] for r in seen] == [articles[0]["id"]]
    candidates = read_all(broker, names.own("articles.neardup"), idle=1.0)
    # The candidate's value is the analyzed article as published (cluster fields null).
    assert [json.loads(r.value)["id"] for r in candidates] == [articles[0]["id"]]

    restarted = time.monotonic()
    worker(workers, broker, names, tmp_path, hooks)
    delivered_once_each(receiver, set(expected))
    took = time.monotonic() - restarted
    alerts = alerts_on(broker, names, idle=2.0)
    repeated = assert_same_ids_only(alerts, set(expected), redelivered_ok=True)
    print(f"dedupe window: all delivered {took:.1f}s after the restart, {repeated} repeats")
    ids = analyzed_ids(broker, names)
    assert set(ids) == {a["id"] for a in articles}
    # The one that tripped it was analyzed after the restart: a first copy, not a copy.
    text = workers[-1].log_path.read_text()
    assert '"message": "duplicate"' not in text


@pytest.mark.timeout(400)
def test_a_crash_after_the_alert_state_write_publishes_the_alert_after_restart(
    broker: Broker, names: Names, tmp_path: Path, workers: list[Worker], receiver: HookReceiver
) -> None:
    """alerting: the report is folded into the state, the alert not sent, then SIGKILL.

    The redelivered report is already in the state, so the alert step must send again
    what it produced the first time (same alert id), and the fan-out the same
    webhook-id: the restarted worker publishes the alert and delivers the webhook, and
    no event gets a second ``new`` alert under another id.
    """
    articles = corpus(4, 0.0, seed=37, prefix="aw")
    expected = expected_alerts(articles)
    hooks = subscriptions_file(tmp_path, {"main": receiver})
    point = "alerting.after_state_write"
    a = worker(workers, broker, names, tmp_path, hooks, failpoint=point)
    produce(broker, names.topic("articles.raw"), articles)
    wait_killed(a, point)
    # The window was real: the report is folded into the state on the changelog, and
    # no alert is on the alert topic (nor delivered).
    states = [json.loads(r.value) for r in changelog(broker, names, "alert-policy-state")]
    folded = [f for s in states for g in s["groups"].values() for f in g["folded"]]
    assert len(states) == 1 and len(folded) == 1, states  # the first report, folded in
    assert alerts_on(broker, names) == []
    assert receiver.hits == []

    restarted = time.monotonic()
    worker(workers, broker, names, tmp_path, hooks)
    try:
        delivered_once_each(receiver, set(expected))
    except AssertionError as err:
        lost = sorted(set(expected) - {a["alert_id"] for a in alerts_on(broker, names)})
        raise AssertionError(
            f"{err}\nnever published after the restart: {[expected[i]['event_key'] for i in lost]}"
            f" (the report of {articles[0]['id']} was folded in before the crash)"
        ) from None
    alerts = alerts_on(broker, names, idle=2.0)
    repeated = assert_same_ids_only(alerts, set(expected), redelivered_ok=True)
    # What the restarted worker sent is what the first would have: same alert content.
    by_id = {a["alert_id"]: a for a in alerts}
    for alert_id, want in expected.items():
        got = by_id[alert_id]
        for name in ("event_key", "status", "revision", "severity", "title", "corroboration"):
            assert got[name] == want[name], (name, got[name], want[name])
    print(
        f"alerting window: all delivered {time.monotonic() - restarted:.1f}s after the "
        f"restart, {repeated} same-id repeats on the alert topic, "
        f"{len(receiver.hits) - len(expected)} repeated deliveries"
    )


@pytest.mark.timeout(400)
def test_a_crash_after_a_deferred_update_is_written_sends_it_after_restart(
    broker: Broker, names: Names, tmp_path: Path, workers: list[Worker], receiver: HookReceiver
) -> None:
    """Flush timer: a held-back update is written into the state, then SIGKILL.

    The update interval holds back the second outlet's update; the flush timer makes
    it, writes it into its group (``deferred``) and dies before sending it. Nothing
    redelivers a timer's work, so the state itself must say "not yet sent": the
    restarted worker's first flush sends it, with the id it was given.
    """
    [first] = corpus(1, 0.0, seed=47, prefix="fw")
    second = {
        **first,
        "id": first["id"] + "-b",
        "source": "Another Outlet",
        # Its own account of the same event: a copy (near-duplicate) would join the
        # first article's cluster and make no update.
        "body": f"{first['title']}. Officials confirmed it later. " + own_words(random.Random(147)),
    }
    hooks = {
        **subscriptions_file(tmp_path, {"main": receiver}),
        "alert_update_interval_seconds": 4,
        "alert_flush_interval_seconds": 1,
    }
    point = "alerting.flush.after_state_write"
    a = worker(workers, broker, names, tmp_path, hooks, failpoint=point)
    produce(broker, names.topic("articles.raw"), [first, second])
    wait_killed(a, point)
    # The window was real: the update is in the state as sent-but-unconfirmed, and only
    # the `new` alert is on the topic.
    states = [json.loads(r.value) for r in changelog(broker, names, "alert-policy-state")]
    deferred = [g["deferred"] for g in states[-1]["groups"].values() if g["deferred"]]
    assert len(deferred) == 1, states[-1]
    before = alerts_on(broker, names)
    assert [x["status"] for x in before] == ["new"], before

    restarted = time.monotonic()
    worker(workers, broker, names, tmp_path, hooks)
    wait_until(lambda: len({x["alert_id"] for x in alerts_on(broker, names)}) >= 2, 120, "update")
    alerts = alerts_on(broker, names, idle=2.0)
    ids = {x["alert_id"]: x for x in alerts}
    assert sorted(x["status"] for x in ids.values()) == ["new", "update"], alerts
    [update] = [x for x in ids.values() if x["status"] == "update"]
    assert update["revision"] == 2 and update["event_key"] == before[0]["event_key"]
    assert update["article"]["id"] == second["id"]
    delivered_once_each(receiver, set(ids))
    print(f"deferred update sent {time.monotonic() - restarted:.1f}s after the restart")


@pytest.mark.timeout(400)
def test_a_crash_after_a_delivery_sends_it_again_with_the_same_webhook_id(
    broker: Broker, names: Names, tmp_path: Path, workers: list[Worker], receiver: HookReceiver
) -> None:
    """Webhook lane: the subscriber answered 2xx, the tombstone is not written, SIGKILL.

    The delivery is still pending after the restart, so it is sent again under the
    same webhook-id (the receiver drops it), then tombstoned: repeated, not lost.
    """
    articles = corpus(1, 0.0, seed=41, prefix="hw")
    expected = expected_alerts(articles)
    assert len(expected) == 1
    [alert_id] = expected
    hooks = subscriptions_file(tmp_path, {"main": receiver})
    point = "webhook.after_delivery"
    a = worker(workers, broker, names, tmp_path, hooks, failpoint=point)
    produce(broker, names.topic("articles.raw"), articles)
    wait_killed(a, point)
    wid = webhook_id("main", alert_id)
    assert receiver.webhook_ids() == [wid]

    restarted = time.monotonic()
    worker(workers, broker, names, tmp_path, hooks)
    wait_until(lambda: len(receiver.webhook_ids()) >= 2, 120, "the delivery sent again")
    took = time.monotonic() - restarted
    retries = settled(broker, names)
    print(f"delivery window: sent again {took:.1f}s after the restart, {len(receiver.hits)} hits")
    # Repeated under the same webhook-id (more than once if the alert itself was
    # redelivered: its input offset was not committed before the kill either).
    assert set(receiver.webhook_ids()) == {wid}
    assert {r.key.decode() for r in retries} == {wid}
    assert_same_ids_only(alerts_on(broker, names), set(expected), redelivered_ok=True)


@pytest.mark.timeout(400)
def test_a_crash_after_a_dead_letter_dead_letters_again_and_loses_nothing(
    broker: Broker, names: Names, tmp_path: Path, workers: list[Worker]
) -> None:
    """Webhook lane: the dead letter is acknowledged, the tombstone not written, SIGKILL.

    The letter is on the broker before the tombstone may be (``Lanes._give_up`` waits
    for its acknowledgement), so the crash leaves the delivery pending: after the
    restart it is attempted again and dead-lettered again under the same webhook-id.
    """
    refusing = HookReceiver(secret(), status=400).start()  # not retryable: give up at once
    try:
        articles = corpus(1, 0.0, seed=43, prefix="lw")
        expected = expected_alerts(articles)
        [alert_id] = expected
        wid = webhook_id("main", alert_id)
        hooks = subscriptions_file(tmp_path, {"main": refusing})
        point = "webhook.after_dead_letter"
        a = worker(workers, broker, names, tmp_path, hooks, failpoint=point)
        produce(broker, names.topic("articles.raw"), articles)
        wait_killed(a, point)
        dlq = names.topic("alerts.webhook.dlq")
        letters = [json.loads(r.value) for r in read_all(broker, dlq, idle=1.0)]
        assert [letter["webhook_id"] for letter in letters] == [wid]

        restarted = time.monotonic()
        worker(workers, broker, names, tmp_path, hooks)
        wait_until(lambda: len(read_all(broker, dlq, idle=1.0)) >= 2, 120, "a second letter")
        took = time.monotonic() - restarted
        settled(broker, names)
        letters = [json.loads(r.value) for r in read_all(broker, dlq, idle=1.0)]
        # Again under the same webhook-id: nothing lost, nothing under another id.
        assert {letter["webhook_id"] for letter in letters} == {wid}
        assert all(letter["reason"] == "not_retryable" for letter in letters)
        assert {h.webhook_id for h in refusing.hits} == {wid}
        assert len(refusing.hits) == len(letters)
        print(f"dead-letter window: again {took:.1f}s after the restart ({len(letters)} letters)")
    finally:
        refusing.stop()
