"""Faust's aiokafka transport with the consumer's fetch wait as a setting.

Why: Faust 0.15's aiokafka driver builds the worker's consumer with
``fetch_max_wait_ms=1500`` written into the call (no setting reaches it). aiokafka keeps
at most one fetch in flight per broker, and does not fetch a partition whose records
still wait in its buffer. So when the busy partitions' records sit unread for longer
than aiokafka's prefetch backoff (0.1 s: Faust hands them to the agents at its own
pace), the next fetch asks only for the partitions that have nothing (the catalog
topic, the by-policy and webhook topics, the assignor's topic) and the broker holds it
for the full 1.5 s; nothing else is fetched meanwhile. Output then comes in bursts with
pauses of up to 1.5 s while the input waits (bench/README.md measures it). A shorter
wait bounds the pause; its price is one empty fetch per wait per broker when idle
(measured in bench/README.md, "the fetch wait").

How: ``install(app, settings)`` swaps the app's transport (``App.transport`` has a
public setter) for a subclass whose consumer thread lets Faust build the consumer as
always and then sets the wait before ``start()``: aiokafka passes it to its fetcher in
``AIOKafkaConsumer.start()``, which Faust calls right after building the consumer, on
every (re)start of the consumer thread. No fork, nothing else of Faust's changed.
"""

from __future__ import annotations

from typing import Any

from faust.transport.consumer import ensure_TP
from faust.transport.drivers import aiokafka as faust_aiokafka

from streams.settings import Settings

# aiokafka keeps the constructor's argument in this attribute until ``start()`` hands it
# to the Fetcher (aiokafka 0.12-0.14, the versions pyproject allows). Checked at build
# time, so an aiokafka that renames it fails the worker's start, not silently.
_WAIT_ATTRIBUTE = "_fetch_max_wait_ms"


class FetchWaitConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """Faust's consumer thread; the worker consumer gets the transport's fetch wait."""

    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        if not hasattr(consumer, _WAIT_ATTRIBUTE):
            raise RuntimeError(
                f"aiokafka.AIOKafkaConsumer has no {_WAIT_ATTRIBUTE}: the fetch wait "
                "hook (streams/transport.py) needs updating for this aiokafka"
            )
        setattr(consumer, _WAIT_ATTRIBUTE, transport.fetch_max_wait_ms)
        return consumer


class FetchWaitConsumer(faust_aiokafka.Consumer):
    """Faust's aiokafka consumer, with the thread above and a seek that rewinds every partition.

    Why the seek: after each rebalance (and whenever it fetched while its flow was
    suspended) Faust seeks the assigned partitions back to their committed offsets, so
    that records it fetched but never handed to an agent (the queues it clears on a
    revoke, the rest of a fetch it stops reading when the generation changes) come again.
    But aiokafka's ``seek_to_committed`` skips a partition that has no committed offset
    (``if offset and offset > 0``), and Faust then keeps its own remembered offset for it,
    which a commit that failed during the rebalance may have set. Such a partition goes on
    from wherever the fetcher stood, past the dropped records; with no committed offset
    Faust's check for a gap at the head of the acknowledged offsets is skipped too, so
    the next commit covers records that no agent handled: lost (the broker-SIGKILL fault
    test lost 4-23 alerts this way in some runs; tests/integration/test_faults_more.py).
    Here a partition of an acknowledged (agent) topic without a committed offset is sought
    to its first offset, the consumer's ``auto_offset_reset`` of ``earliest``, and Faust's
    record of its committed offset is set to that start, so that a gap at the head holds
    the commit back. Changelog partitions are left to Faust's recovery.
    """

    def _new_consumer_thread(self) -> FetchWaitConsumerThread:
        return FetchWaitConsumerThread(self, loop=self.loop, beacon=self.beacon)

    async def perform_seek(self) -> None:
        """Seek every assigned partition to its committed offset, or its start if none."""
        # Keys: aiokafka's partitions for the client's calls, Faust's TP for its records.
        committed = await self.seek_to_committed()
        self._read_offset.update(
            {ensure_TP(tp): o if o is not None and o >= 0 else None for tp, o in committed.items()}
        )
        self._committed_offset.update({ensure_TP(tp): o for tp, o in committed.items() if o})
        acking = self.app.topics.acks_enabled_for
        fresh = [tp for tp, o in committed.items() if not o and acking(tp.topic)]
        if not fresh:
            return
        starts = await self._thread.earliest_offsets(*fresh)
        for tp in fresh:
            start = int(starts.get(tp) or 0)
            self._thread.seek(tp, start)
            self._read_offset[ensure_TP(tp)] = None
            self._committed_offset[ensure_TP(tp)] = start

    def _new_offset(self, tp: Any) -> int | None:
        # Faust skips its check for a gap at the head of the acknowledged offsets when the
        # committed offset is 0 ("if committed_offset:"), which is what the seek above
        # records for a partition never committed: check it for 0 as for any offset.
        acked = self._acked[tp]
        committed = self._committed_offset[tp]
        if acked and committed == 0 and not self._gap[tp] and min(acked) > 1:
            return None
        new: int | None = super()._new_offset(tp)
        return new


class FetchWaitTransport(faust_aiokafka.Transport):
    """Faust's aiokafka transport whose consumer uses ``fetch_max_wait_ms``."""

    Consumer = FetchWaitConsumer

    def __init__(self, *args: Any, fetch_max_wait_ms: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fetch_max_wait_ms = fetch_max_wait_ms


def install(app: Any, settings: Settings) -> None:
    """Give ``app`` (a fresh ``faust.App``) the transport with the configured fetch wait.

    Call it right after building the app, before topics, agents or the consumer exist,
    so that everything Faust builds later goes through this transport.
    """
    app.transport = FetchWaitTransport(
        app.conf.broker_consumer,
        app,
        fetch_max_wait_ms=round(settings.consumer_fetch_max_wait_seconds * 1000),
    )
