"""The stall watchdog: stop a worker whose assigned partitions stopped moving.

A stuck worker holds its partitions forever; a stopped one hands them to the group at
once, and its supervisor (Kubernetes, systemd, compose) starts it again, when it
resumes from the committed offsets. At-least-once with idempotent steps makes the
repeat harmless. ``CHIPWATCH_STALL_TIMEOUT_SECONDS=0`` turns the watchdog off.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from typing import Any

from streams.core.stall import Progress, stall_step
from streams.metrics import Metrics
from streams.settings import Settings

log = logging.getLogger("chipwatch.watchdog")

CHECK_EVERY_SECONDS = 5.0
BROKER_CALL_TIMEOUT_SECONDS = 10.0


async def observe(consumer: Any, topics: set[str]) -> dict[str, tuple[int | None, int]]:
    """Return ``{"topic/partition": (committed, log end)}`` for held partitions of ``topics``."""
    held = [tp for tp in consumer.assignment() if tp.topic in topics]
    if not held:
        return {}
    ends = await asyncio.wait_for(consumer.highwaters(*held), BROKER_CALL_TIMEOUT_SECONDS)
    # Faust's own record of what it committed (no public getter): what a restart
    # would resume from, and what must move while there is work.
    committed = getattr(consumer, "_committed_offset", {})
    return {
        f"{tp.topic}/{tp.partition}": (committed.get(tp), int(ends[tp]))
        for tp in held
        if ends.get(tp) is not None
    }


def consumer_view(consumer: Any, names: list[str]) -> dict[str, dict[str, Any]]:
    """What Faust's consumer holds for the partitions ``names`` ("topic/partition").

    Logged with a stall, once: whether the commit is held by a hole in the acknowledged
    offsets (Faust commits up to the first one), by nothing acknowledged (no agent took a
    record), or by a partition Faust does not fetch (not active). Faust's bookkeeping is
    private; whatever is missing is left out rather than failing the stop.
    """
    view: dict[str, dict[str, Any]] = {}
    for tp in list(consumer.assignment()):
        name = f"{tp.topic}/{tp.partition}"
        if name not in names:
            continue
        acked = sorted(getattr(consumer, "_acked", {}).get(tp, ()))
        gaps = getattr(consumer, "_gap", {}).get(tp)
        active = getattr(consumer, "_active_partitions", None)
        view[name] = {
            "read_offset": getattr(consumer, "_read_offset", {}).get(tp),
            "acked_count": len(acked),
            "acked_first": acked[:5],
            "gaps": sorted((i.begin, i.end) for i in gaps)[:5] if gaps else [],
            "active": None if active is None else tp in active,
            "paused": tp in getattr(consumer, "_paused_partitions", ()),
        }
    return view


def register_watchdog(app: Any, settings: Settings, metrics: Metrics) -> None:
    """Add the timer that stops the worker when a partition stalls."""
    timeout = settings.stall_timeout_seconds
    # Under exactly-once, transaction markers sit after the last record, so a caught-up
    # committed offset stays below the log end for good: this comparison would misfire.
    if timeout <= 0 or settings.processing_guarantee == "exactly_once":
        return
    s = settings
    topics = {s.topic_raw, s.topic_by_hash, s.topic_by_policy}
    state: dict[str, Progress] = {}

    async def stall_watchdog() -> None:
        """Compare committed offsets with log ends; stop the worker on a stall."""
        nonlocal state
        try:
            if not getattr(app, "started", False) or getattr(app, "rebalancing", False):
                state = {}  # a rebalance resets every clock
                return
            observed = await observe(app.consumer, topics)
            state, stalled = stall_step(state, observed, time.monotonic(), timeout)
        except Exception:
            log.warning("stall watchdog could not observe the partitions", exc_info=True)
            return
        if stalled:
            metrics.stalls.inc()
            log.error(
                "stalled: partitions have waiting work and no commit progress; stopping "
                "so that the group reassigns them and the supervisor restarts this worker",
                extra={
                    "partitions": stalled,
                    "timeout_seconds": timeout,
                    "observed": {name: observed[name] for name in stalled},
                    "consumer": _view_or_none(app.consumer, stalled),
                },
            )
            # SIGTERM takes Faust's graceful path: commit what is done, leave the group.
            os.kill(os.getpid(), signal.SIGTERM)

    app.timer(CHECK_EVERY_SECONDS, name="stall-watchdog")(stall_watchdog)


def _view_or_none(consumer: Any, names: list[str]) -> dict[str, dict[str, Any]] | None:
    try:
        return consumer_view(consumer, names)
    except Exception:  # a diagnostic never stands in the stop's way
        return None
