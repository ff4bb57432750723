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

import itertools
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from faust.transport.consumer import ensure_TP
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.utils.functional import consecutive_numbers

from streams.settings import Settings

# aiokafka keeps the constructor's argument in this attribute until ``start()`` hands it
# to the Fetcher (aiokafka 0.12-0.14, the versions pyproject allows). Checked at build
# time, so an aiokafka that renames it fails the worker's start, not silently.
_WAIT_ATTRIBUTE = "_fetch_max_wait_ms"

logger = logging.getLogger(__name__)

# A commit held this long by a missing offset at the head is logged (once per hole).
_HELD_LOG_AFTER = 10.0


class FetchedRecords(dict[Any, list[Any]]):
    """One fetch's records by partition, with what the consumer thread knew when it took them.

    ``seeks``: each partition's seek count at that moment (a later seek makes the
    records stale). ``holes``: for a record that follows offsets aiokafka stepped over
    without a record for them (transaction markers, aborted or compacted records, a
    reset past deleted ones), the first such offset, by the record's offset.
    """

    seeks: dict[Any, int]
    holes: dict[Any, dict[int, int]]


class FetchWaitConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """Faust's consumer thread; the worker consumer gets the transport's fetch wait.

    It also counts the seeks of each partition and remembers where aiokafka's fetch
    position stood after each fetch, so that every fetch's records say which seek they
    were fetched after and which offsets before them hold no record
    (``FetchedRecords``). Both are read and written only in the thread's event loop (a
    seek from the main loop goes through ``call_thread``), so a fetch and a seek never
    interleave: the records a fetch returns were taken either before a seek or after it.
    """

    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        if not hasattr(consumer, _WAIT_ATTRIBUTE):
            raise RuntimeError(
                f"aiokafka.AIOKafkaConsumer has no {_WAIT_ATTRIBUTE}: the fetch wait "
                "hook (streams/transport.py) needs updating for this aiokafka"
            )
        setattr(consumer, _WAIT_ATTRIBUTE, transport.fetch_max_wait_ms)
        return consumer

    def __post_init__(self) -> None:
        super().__post_init__()
        self._seeks: dict[Any, int] = {}  # partition -> number of its last seek
        # partition -> (aiokafka's state of it, the fetch position last seen)
        self._positions: dict[Any, tuple[Any, int]] = {}
        self._seek_numbers = itertools.count(1)

    def seek_count(self, tp: Any) -> int:
        """How many times ``tp`` was sought (a number that only grows), 0 if never."""
        return self._seeks.get(tp, 0)

    async def on_start(self) -> None:
        """Start aiokafka's consumer as Faust does, then count the seeks of its fetcher."""
        await super().on_start()
        # Every seek of aiokafka's consumer (``seek``, ``seek_to_committed``, Faust's
        # ``seek_wait`` for the tables' recovery) ends in ``Fetcher.seek_to``, which sets
        # the position and drops the fetcher's buffered records of the partition: the
        # one place to count seeks. aiokafka keeps its fetcher and subscription private;
        # checked here, so that an aiokafka that renames them fails the worker's start.
        consumer = self._ensure_consumer()
        fetcher = getattr(consumer, "_fetcher", None)
        subscription = getattr(consumer, "_subscription", None)
        if fetcher is None or subscription is None or not hasattr(fetcher, "seek_to"):
            raise RuntimeError(
                "aiokafka.AIOKafkaConsumer has no _fetcher.seek_to or _subscription: the "
                "seek hook (streams/transport.py) needs updating for this aiokafka"
            )
        seek_to = fetcher.seek_to

        def counted_seek_to(tp: Any, offset: int) -> None:
            seek_to(tp, offset)
            self._seeks[tp] = next(self._seek_numbers)
            self._positions[tp] = (_partition_state(consumer, tp), offset)

        fetcher.seek_to = counted_seek_to

    async def _fetch_records(
        self,
        consumer: Any,
        active_partitions: Any,
        timeout: float | None = None,  # noqa: ASYNC109 (Faust's signature)
        max_records: int | None = None,
    ) -> FetchedRecords:
        records = await super()._fetch_records(
            consumer, active_partitions, timeout=timeout, max_records=max_records
        )
        # No await from here on: nothing (no seek) runs in this loop until we return.
        seeks, positions = self._seeks, self._positions
        fetched = FetchedRecords(records)
        fetched.seeks = {tp: seeks.get(tp, 0) for tp in records}
        fetched.holes = {}
        for tp, batch in records.items():
            known = positions.get(tp)
            # The position remembered after the previous fetch (or the last seek) is
            # where this fetch started, if the partition is still under the same
            # assignment (a new assignment starts wherever aiokafka resets it).
            prev = known[1] if known and known[0] is _partition_state(consumer, tp) else None
            holes: dict[int, int] = {}
            for record in batch:
                if prev is not None and record.offset > prev:
                    holes[record.offset] = prev
                prev = record.offset + 1
            if holes:
                fetched.holes[tp] = holes
        assignment = _assignment(consumer)
        if assignment is not None:
            for tp in assignment.tps:
                state = assignment.state_value(tp)
                if state is not None and state.has_valid_position:
                    positions[tp] = (state, state.position)
        return fetched


def _assignment(consumer: Any) -> Any:
    subscription = consumer._subscription.subscription
    return None if subscription is None else subscription.assignment


def _partition_state(consumer: Any, tp: Any) -> Any:
    assignment = _assignment(consumer)
    return None if assignment is None else assignment.state_value(tp)


class FetchWaitConsumer(faust_aiokafka.Consumer):
    """Faust's aiokafka consumer, with the thread above and exact bookkeeping around seeks.

    Four changes to Faust's consumer, all about what counts as handled:

    1. The seek rewinds every partition. After each rebalance (and whenever it fetched
       while its flow was suspended) Faust seeks the assigned partitions back to their
       committed offsets, so that records it fetched but never handed to an agent (the
       queues it clears on a revoke, the rest of a fetch it stops reading when the
       generation changes) come again. aiokafka's ``seek_to_committed`` skips a partition
       that has no committed offset; such a partition went on from wherever the fetcher
       stood, past the dropped records (the broker-SIGKILL fault test lost 4-23 alerts
       this way). Here a partition of an acknowledged (agent) topic without a committed
       offset is sought to its first offset (``auto_offset_reset`` is ``earliest``) and
       that start is recorded as its committed offset. Changelog partitions are left to
       Faust's recovery.
    2. Records fetched before a seek are dropped. A fetch that returned before the seek
       can be read after it (the fetch's result waits for the main loop while the seek
       runs): Faust took the step from the sought offset to such a record as a gap,
       marked the records between as handled, and dropped the re-fetched ones as already
       read, so records the seek was meant to bring back were never handled and the
       commit went over them (the joining-worker fault test lost alerts this way).
       Now a record whose partition was sought after its fetch is not handed on; the
       re-fetch from the sought offset brings it.
    3. Only offsets the broker has no record for count as handled without a record.
       Faust marks every step in the offsets it reads as a gap and commits over it
       (meant for transaction markers); a step also comes from records Faust fetched and
       dropped. Here the consumer thread says which offsets aiokafka stepped over
       (``FetchedRecords.holes``: markers, aborted or compacted records, a reset past
       deleted ones) and only those fill in; any other missing offset holds the commit
       back, so that the stall watchdog restarts the worker instead of a record being
       skipped. This holds in both processing guarantees: under ``exactly_once`` the
       transaction markers are such holes.
    4. The check for a gap at the head is exact: Faust lets one missing offset after the
       committed one pass (``min(acked) - committed > 1``), and skips the check when the
       committed offset is 0. Here the first acknowledged offset must be the committed
       one (0 included). While the committed offset is unknown (before the seek that
       ends a rebalance) there is no head to check, as in Faust.
    """

    _fetched: FetchedRecords | None = None
    _held: dict[Any, tuple[tuple[int, int], float, bool]]
    _thread: FetchWaitConsumerThread

    def _new_consumer_thread(self) -> FetchWaitConsumerThread:
        # partition -> ((committed, first acknowledged), held since, logged)
        self._held = {}
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
        positions = {tp: int(starts.get(tp) or 0) for tp in fresh}
        # In the consumer thread, like every other seek: see FetchWaitConsumerThread.
        await self._thread.call_thread(_seek_all, self._thread, positions)
        for tp, start in positions.items():
            self._read_offset[ensure_TP(tp)] = None
            self._committed_offset[ensure_TP(tp)] = start

    async def _getmany(self, active_partitions: Any, timeout: float) -> Any:  # noqa: ASYNC109
        records = await super()._getmany(active_partitions, timeout)
        # Faust's getmany reads one fetch per call, right after this returns.
        self._fetched = records if isinstance(records, FetchedRecords) else None
        return records

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[Any, Any]]:  # noqa: ASYNC109
        """Faust's ``getmany``, without records fetched before their partition's last seek.

        And for a record that follows offsets without records (``FetchedRecords.holes``),
        those offsets are recorded as handled (Faust's gap), on acknowledged topics.
        """
        seek_count = self._thread.seek_count
        acking = self.app.topics.acks_enabled_for
        async for tp, message in super().getmany(timeout):
            fetched = self._fetched
            if fetched is not None:
                if seek_count(tp) != fetched.seeks.get(tp, 0):
                    logger.debug("dropped %s@%d: fetched before a seek", tp, message.offset)
                    continue
                holes = fetched.holes.get(tp)
                if holes and message.offset in holes and acking(message.topic):
                    self._fill_hole(tp, holes[message.offset], message.offset)
            yield tp, message

    def _fill_hole(self, tp: Any, first: int, offset: int) -> None:
        committed = self._committed_offset[tp]
        start = first if committed is None else max(first, committed)
        if start < offset:
            gaps = self._gap[tp]
            gaps.addi(start, offset)
            gaps.merge_overlaps()

    def _note_held(self, tp: Any, committed: int, first_acked: int) -> None:
        # The head of the acknowledged offsets is often in an agent's batch for a moment;
        # a hold that lasts is worth a line (the watchdog names only the partition).
        now = time.monotonic()
        key = (committed, first_acked)
        seen = self._held.get(tp)
        if seen is None or seen[0] != key:
            self._held[tp] = (key, now, False)
        elif not seen[2] and now - seen[1] >= _HELD_LOG_AFTER:
            self._held[tp] = (key, seen[1], True)
            logger.warning(
                "commit held: offsets never acknowledged",
                extra={
                    "partition": f"{tp.topic}/{tp.partition}",
                    "committed": committed,
                    "first_acknowledged": first_acked,
                    "seconds": round(now - seen[1], 1),
                },
            )

    async def _add_gap(self, tp: Any, offset_from: int, offset_to: int) -> None:
        # Faust's own gap, inferred from a step in the offsets it read: not trusted (3.
        # above); the holes aiokafka stepped over are filled in by getmany instead.
        return None

    def _new_offset(self, tp: Any) -> int | None:
        # Faust's, with the exact head check (4. above).
        acked = self._acked[tp]
        if not acked:
            return None
        gaps = self._gap[tp]
        if gaps:
            max_offset = max(acked)
            candidates = sorted(gaps.overlap(0, max_offset), key=lambda x: x.begin)
            if candidates:
                filled = [o for entry in candidates for o in range(entry.begin, entry.end)]
                acked.extend(filled)
                gaps.chop(0, max(filled[-1], max_offset + 1))
        acked.sort()
        committed = self._committed_offset[tp]
        # Unknown until the seek that ends a rebalance (which can come many seconds after
        # the assignment, behind the tables' recovery): as Faust does, no head check then.
        # The records come from aiokafka's position, which starts at the group's
        # committed offset. Holding instead stalled new partitions past the watchdog.
        if committed is not None and acked[0] > committed:
            self._note_held(tp, committed, acked[0])
            return None
        self._held.pop(tp, None)
        batch = next(consecutive_numbers(acked))
        acked[: len(batch)] = []
        self._acked_index[tp].difference_update(batch)
        return int(batch[-1]) + 1


async def _seek_all(thread: FetchWaitConsumerThread, positions: dict[Any, int]) -> None:
    for tp, offset in positions.items():
        thread.seek(tp, offset)


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
