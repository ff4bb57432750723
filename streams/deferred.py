"""Deferred alert updates: a timer sends the updates the update interval held back.

``alert_step`` holds back an update that comes less than
``CHIPWATCH_ALERT_UPDATE_INTERVAL_SECONDS`` after its group's last alert; with no further
report, nothing would ever send it. Every ``CHIPWATCH_ALERT_FLUSH_INTERVAL_SECONDS`` this
timer runs ``flush_due`` (the pure core) over the alert table's keys of this worker's
active partitions, writes each changed state, sends the alerts and counts them.

Each value opens with its ``due`` time (the earliest time the flush has work in it: an
update falls due, a flushed one awaits confirmation, a group expires), which every step
keeps right; the timer reads it from the value's first bytes
(``streams.codecs.policy_state_due``) and decodes only the values that are due. A tick
over values with nothing due costs a table read and a short match per jurisdiction, not
a decode of up to 512 KB each (``bench/bench_alert_flush.py``; ``docs/alerting.md``).

The timer writes the table outside an event, as ``streams.state.sweep_expired`` does:
the changelog record goes to the key's partition (that of the by-policy topic, whose
agent is the table's other writer), and the value into that partition's store. Faust's
RocksDB store picks a partition only from the current event, so its partition database
is written directly. No ``await`` comes between reading a state and writing it, so the
agent cannot write the same key in between (both run on one event loop).

A flushed update stays in its group (``deferred``) until its delivery is acknowledged
(``confirm_sent``): a worker that stops after the write and before the delivery sends it
again, with the same id, on its next flush after the restart.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from streams import failpoints
from streams.codecs import decode_model, encode_alert, encode_model, policy_state_due
from streams.core.alerts import PolicyState, confirm_sent, flush_due
from streams.pipeline import Pipeline
from streams.state import active_partitions, key_partition
from streams.steps import alert_config

log = logging.getLogger("chipwatch.alerts")


def _decode(raw: bytes | None) -> PolicyState | None:
    if raw is None:
        return None
    try:
        return decode_model(PolicyState, raw)
    except ValueError:  # not a state this version wrote: the agent's next report resets it
        return None


def write_outside_event(table: Any, partition: int, key: bytes, value: bytes) -> None:
    """Set ``key`` of ``table`` in ``partition``: its changelog record, then its store."""
    table.send_changelog(partition, key, value, key_serializer="raw", value_serializer="raw")
    store = table.data
    partition_db = getattr(store, "_db_for_partition", None)
    if partition_db is None:  # the memory store needs no partition
        store[key] = value
        return
    # RocksDB: the store's own __setitem__ asserts a current event for the partition.
    partition_db(partition).put(key, value)
    store._key_index[key] = partition


async def flush_deferred(p: Pipeline, now: float | None = None) -> int:
    """Send the held-back updates that are due on this worker's partitions; return how many.

    Only active partitions: a standby copy's owner flushes it. After a rebalance or
    before recovery, nothing (the next tick runs on the settled assignment).
    """
    app = p.app
    s = p.settings
    # First: a wait for the worker's first analyzer comes before the checks below.
    config = alert_config(s, await p.analyzer.ready())
    if app.rebalancing or not app.tables.recovery.completed.is_set():
        return 0
    now = time.time() if now is None else now
    mine = active_partitions(app, s.topic_by_policy)
    sent = 0
    for key in list(p.policy.keys()):  # a snapshot: the agent may add keys meanwhile
        partition = key_partition(key, s.partitions_internal)
        if partition not in mine:
            continue
        raw = p.policy.get(key)
        if raw is None or policy_state_due(raw) > now:
            continue  # nothing due: the value is not decoded
        state = _decode(raw)
        if state is None:
            continue
        new_state, alerts = flush_due(state, now, config)
        if new_state is not state:
            write_outside_event(p.policy, partition, key, encode_model(new_state))
        if not alerts:
            continue
        if failpoints.ARMED:  # the window: the update is in the state, not yet sent
            await failpoints.hit("alerting.flush.after_state_write", p.app.producer.flush)
        for alert in alerts:
            out_key, value, headers = encode_alert(alert, s.cloudevents_source)
            delivery = await p.topics.alerts.send(key=out_key, value=value, headers=headers)
            await delivery  # acknowledged by the broker before it is forgotten below
            p.metrics.alerts.labels(alert.status, alert.severity).inc()
            log.info(
                "alert",
                extra={
                    "alert_id": alert.alert_id,
                    "status": alert.status,
                    "article_id": alert.article.id,
                    "title": alert.title,
                    "deferred": True,
                },
            )
            sent += 1
        # Read again: the agent may have folded a report in while we were sending.
        state = _decode(p.policy.get(key))
        if state is not None:
            confirmed = confirm_sent(state, {a.alert_id for a in alerts}, config)
            if confirmed is not state:
                write_outside_event(p.policy, partition, key, encode_model(confirmed))
    return sent


def register_alert_flush(p: Pipeline) -> None:
    """Add the timer that sends deferred alert updates to ``p.app``."""

    @p.app.timer(interval=p.settings.alert_flush_interval_seconds)  # type: ignore[untyped-decorator]
    async def alert_flush() -> None:
        """Send the updates the update interval held back, once it has passed."""
        try:
            await flush_deferred(p)
        except Exception:  # a failed flush is retried on the next tick; never kill the timer
            log.exception("alert flush failed")
