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
                extra={"partitions": stalled, "timeout_seconds": timeout},
            )
            # SIGTERM takes Faust's graceful path: commit what is done, leave the group.
            os.kill(os.getpid(), signal.SIGTERM)

    app.timer(CHECK_EVERY_SECONDS, name="stall-watchdog")(stall_watchdog)
