"""Consumer lag per input partition, as a gauge refreshed by a Faust timer.

Lag = log end offset (highwater) - the offset this worker has committed, for each
partition of the input topic that this worker holds. Before a first commit on a
partition, the consumer's read position stands in for the committed offset.
Partitions that move to another worker in a rebalance are removed from the gauge, so
no stale series lingers and the series count stays bounded by the partition count.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from streams.metrics import Metrics
from streams.settings import Settings

log = logging.getLogger("chipwatch.lag")

# The interval is CHIPWATCH_LAG_PROBE_INTERVAL_SECONDS (default 5 s): a tenth of the
# default 15 s scrape would be wasted work, a minute would hide short stalls from the
# "lag growing" alert (its deriv() needs a few points per window).
# One broker round trip (ListOffsets) per probe; a slow broker must not stall the timer.
BROKER_CALL_TIMEOUT_SECONDS = 4.0


async def partition_lags(consumer: Any, topic: str) -> dict[int, int]:
    """Return ``{partition: lag}`` for the partitions of ``topic`` that ``consumer`` holds.

    ``consumer`` is Faust's consumer (``app.consumer``). The log end comes from the
    broker (``highwaters``: the cached ``highwater`` only moves while the partition is
    fetched, so a stalled worker would report a frozen lag); the committed offset is
    the one Faust itself committed, which is what a restart would resume from.
    """
    held = [tp for tp in consumer.assignment() if tp.topic == topic]
    if not held:
        return {}
    ends = await asyncio.wait_for(consumer.highwaters(*held), BROKER_CALL_TIMEOUT_SECONDS)
    # Faust keeps what it committed per partition (next offset to read); it offers no
    # public getter, and asking the group coordinator every 5 s would cost a round trip.
    committed_offsets = getattr(consumer, "_committed_offset", {})
    lags: dict[int, int] = {}
    for tp in held:
        end = ends.get(tp)
        if end is None:
            continue
        done = committed_offsets.get(tp)
        if done is None:
            done = await asyncio.wait_for(consumer.position(tp), BROKER_CALL_TIMEOUT_SECONDS)
        if done is None:
            continue
        lags[tp.partition] = max(0, int(end) - int(done))
    return lags


def register_lag_probe(app: Any, settings: Settings, metrics: Metrics) -> None:
    """Add a timer that sets ``chipwatch_consumer_lag_messages`` every few seconds."""
    topic = settings.topic_raw
    gauge = metrics.consumer_lag
    exported: set[int] = set()

    async def probe_consumer_lag() -> None:
        """Refresh the lag gauge; log and carry on on any failure (never raise)."""
        try:
            if not getattr(app, "started", False) or getattr(app, "rebalancing", False):
                return  # no stable assignment to read during startup or a rebalance
            lags = await partition_lags(app.consumer, topic)
            for partition, lag in lags.items():
                gauge.labels(topic, str(partition)).set(lag)
            for gone in exported - set(lags):
                gauge.remove(topic, str(gone))
            exported.clear()
            exported.update(lags)
        except Exception:
            # A timer that raises stops for good (and may crash the worker): a missing
            # lag reading is far cheaper than either.
            log.warning("consumer lag probe failed", exc_info=True, extra={"topic": topic})

    interval = settings.lag_probe_interval_seconds
    if interval > 0:
        app.timer(interval, name="consumer-lag-probe")(probe_consumer_lag)
