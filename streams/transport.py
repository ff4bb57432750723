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

import asyncio
import contextlib
import itertools
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any, NamedTuple

from aiokafka.consumer.fetcher import FetchError, FetchResult
from aiokafka.errors import ConsumerStoppedError
from faust.transport.consumer import ensure_TP
from faust.transport.drivers import aiokafka as faust_aiokafka

from streams.settings import Settings

# aiokafka keeps the constructor's argument in this attribute until ``start()`` hands it
# to the Fetcher (aiokafka 0.12-0.14, the versions pyproject allows). Checked at build
# time, so an aiokafka that renames it fails the worker's start, not silently.
_WAIT_ATTRIBUTE = "_fetch_max_wait_ms"

log = logging.getLogger("chipwatch.transport")

# How often the consumer thread looks for a group-join error that aiokafka holds for a
# poll that never comes (``release_parked_join_error``); one held over a whole period is
# released.
JOIN_ERROR_CHECK_SECONDS = 5.0


async def release_parked_join_error(
    consumer: Any, seen: BaseException | None
) -> BaseException | None:
    """Let aiokafka retry a group join whose error waits for a poll; return what is parked.

    Why: when a join fails with an error that aiokafka hands to the user (any error of the
    JoinGroup or SyncGroup answer that is not retried in place, or an exception of the
    leader's assignor, wrapped as ``KafkaError``), its coordination task parks the error
    and waits until the next ``getmany``/``getone`` raises it (``_push_error_to_user``),
    and only then tries the join again. Faust polls only once it holds partitions: an
    error at the first join therefore stopped the worker for good, without a word after
    the assignor's last line. So it goes when the leader's metadata misses a global
    table's changelog, created by Faust a moment before the join (Faust's assignor then
    raises ``KeyError``: the likely cause of the stuck starts in docs/operations.md, "A
    worker stuck at its first group join"), and when another application holds the
    group under another protocol (``InconsistentGroupProtocolError``). Here an error
    still parked when seen a second time (one check period later: a polling consumer
    raises it within one fetch wait) is logged, the metadata refreshed, and the error
    consumed as a poll would, so that aiokafka joins again. ``seen``: what the previous
    call returned.
    """
    coordinator = getattr(consumer, "_coordinator", None)
    if coordinator is None or coordinator._coordination_task.done():
        return None  # not started, or stopped (a dead coordination task is not ours)
    parked: BaseException | None = coordinator._pending_exception
    if parked is None or parked is not seen:
        return parked
    log.error(
        "group join failed; joining again (the worker is not ready until a join succeeds)",
        extra={"group": coordinator.group_id, "error": f"{type(parked).__name__}: {parked}"[:300]},
    )
    with contextlib.suppress(Exception):
        await consumer._client.force_metadata_update()
    with contextlib.suppress(Exception):
        coordinator.check_errors()  # raises the parked error and lets the task go on
    return None


class Sought(NamedTuple):
    """One partition's seek after a rebalance.

    ``committed``: the group's committed offset (None if never committed); ``offset``:
    where the fetcher was sent (the committed offset, or the partition's start; None if
    it was left where it was); ``seek``: the partition's seek number after it.
    """

    committed: int | None
    offset: int | None
    seek: int


class FetchedRecords(dict[Any, list[Any]]):
    """One fetch's records by partition, with each partition's seek count when taken.

    ``seeks``: the partition's seek number at the moment the consumer thread took the
    records from aiokafka; a later seek of the partition makes them stale.
    """

    seeks: dict[Any, int]


class _Held(NamedTuple):
    """A bounded partition's records taken from aiokafka and not yet handed over.

    ``assignment`` and ``position``: aiokafka's assignment and the partition's fetch
    position right after they were taken. Any seek, offset reset or rebalance changes
    one of them, and the records are then dropped (aiokafka fetches from the new
    position), exactly the check aiokafka makes of its own buffered fetches.
    """

    records: list[Any]
    assignment: Any
    position: int


class BoundedPolls:
    """Hand Faust at most ~``per_topic`` records of each bounded topic per poll.

    Why: Faust hands the records of one poll to the agents round robin by topic and polls
    again only when all are handed over, and one poll took everything fetched: a fetch
    per partition of up to the message limit (2.1 MB, ~530 articles). The one-partition
    near-dup agent got its ~530 in the first third of a poll of ~4,500 and then waited
    while the four-partition stages worked through theirs: the analyzed output came in
    bursts with pauses of 2-6.5 s under a backlog (bench/README.md, "Round 21"). With at
    most ``per_topic`` of each bounded topic per poll, every stage gets its share at each
    poll. Smaller fetches (64 KiB) did that too but cost throughput (one fetch in flight
    per broker bounds the intake); bounding aiokafka's own buffer (``max_records``)
    costs it too: aiokafka fetches a partition again only once its buffer is empty and
    holds every fetch to the broker for 0.1 s after any buffer was filled, so partitions
    drained one by one were fetched one by one, with waits between.

    How: aiokafka fetches as before (all of a partition at once, the buffers refilled
    together). At a poll, a bounded partition whose records here are used up takes all
    aiokafka holds for it (``Fetcher.fetched_records``; aiokafka then fetches it again
    while these are handed over), and each bounded topic hands over ``per_topic``
    shared among its partitions (rounded up); a topic not bounded (table changelogs:
    their recovery reads in bulk) is handed over as fetched. Records held here are
    dropped when aiokafka's position or assignment of their partition moved (a seek, a
    reset, a rebalance), as aiokafka drops its own; a paused partition's wait here until
    it resumes (aiokafka fetches it again from after them). Nothing awaits while
    records are taken and handed over (``fetched_records`` awaits only with a timeout,
    or while a rebalance assigns: then the sweep stops), so each partition's records are
    tagged with its ``seek_count`` of that moment (``FetchedRecords``). A partition's
    fetch error is raised before any record is taken, as aiokafka raises it when it
    comes first. Only when nothing waits, here or in aiokafka: one call that waits up
    to ``timeout`` for the next fetch. Used in the consumer thread's loop only.
    """

    def __init__(self, per_topic: int, bounded: Callable[[str], bool]) -> None:
        self.per_topic = per_topic
        self.bounded = bounded
        self._held: dict[Any, _Held] = {}

    async def poll(
        self,
        fetcher: Any,
        active_partitions: Any,
        timeout: float,  # noqa: ASYNC109 (aiokafka's wait, passed on)
        seek_count: Callable[[Any], int],
    ) -> FetchedRecords:
        """One poll's records: what aiokafka's ``fetcher`` holds, bounded per topic."""
        fetched = FetchedRecords()
        fetched.seeks = {}
        subscriptions = fetcher._subscriptions

        def active(tp: Any) -> bool:
            return not active_partitions or tp in active_partitions

        waiting: list[Any] = []
        for tp, result in list(fetcher._records.items()):
            if not active(tp):
                continue
            if isinstance(result, FetchError):
                await fetcher.fetched_records((tp,), 0)  # raises it, as aiokafka would
            elif isinstance(result, FetchResult):
                waiting.append(tp)
        self._drop_moved(subscriptions)
        if not waiting and not any(active(tp) for tp in self._held):
            self._take(
                await fetcher.fetched_records(active_partitions, timeout),
                fetched,
                seek_count,
                subscriptions,
            )
            self._drop_moved(subscriptions)  # the wait may have spanned a rebalance
        else:
            for tp in waiting:
                if subscriptions.reassignment_in_progress:
                    return fetched  # what is taken goes; the rest waits for the assignment
                if tp not in self._held:
                    self._take(
                        await fetcher.fetched_records((tp,), 0), fetched, seek_count, subscriptions
                    )
        by_topic: dict[str, list[Any]] = {}
        for tp in self._held:
            if active(tp):
                by_topic.setdefault(tp.topic, []).append(tp)
        for tps in by_topic.values():
            share = -(-self.per_topic // len(tps))
            for tp in tps:
                held = self._held[tp]
                fetched[tp] = held.records[:share]
                fetched.seeks[tp] = seek_count(tp)
                if len(held.records) > share:
                    self._held[tp] = held._replace(records=held.records[share:])
                else:
                    del self._held[tp]
        return fetched

    def _take(
        self,
        records: dict[Any, list[Any]],
        fetched: FetchedRecords,
        seek_count: Callable[[Any], int],
        subscriptions: Any,
    ) -> None:
        for tp, got in records.items():
            if not got:
                continue
            if self.bounded(tp.topic):
                assignment = subscriptions.subscription.assignment
                position = assignment.state_value(tp).position
                self._held[tp] = _Held(got, assignment, position)
            else:
                fetched[tp] = got
                fetched.seeks[tp] = seek_count(tp)

    def _drop_moved(self, subscriptions: Any) -> None:
        subscription = subscriptions.subscription
        assignment = subscription.assignment if subscription is not None else None
        for tp, held in list(self._held.items()):
            state = assignment.state_value(tp) if assignment is not None else None
            if (
                assignment is not held.assignment
                or not assignment.active
                or subscriptions.reassignment_in_progress
                or state is None
                or not state.has_valid_position
                or state.position != held.position
            ):
                del self._held[tp]


class FetchWaitConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """Faust's consumer thread; the worker consumer gets the transport's fetch wait.

    It also numbers the seeks of each partition and tags every fetch's records with the
    numbers current when aiokafka handed them over (``FetchedRecords``), so that the main
    loop can tell a record fetched before its partition's last seek. Both happen in the
    thread's event loop (our own seeks go through ``call_thread``), and the tag is taken
    with no await after aiokafka returns the records: a fetch is wholly before or after a
    seek.
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
        self._seek_numbers = itertools.count(1)
        self._join_guard: asyncio.Task[None] | None = None
        self._seek_guard: asyncio.Lock | None = None  # made in the thread's own loop
        self._bounded: BoundedPolls | None = None  # per-topic bound of a poll, if set

    def seek_count(self, tp: Any) -> int:
        """The number of ``tp``'s last seek (it only grows), 0 if never sought."""
        return self._seeks.get(tp, 0)

    async def on_start(self) -> None:
        """Start aiokafka's consumer as Faust does, then number the seeks of its fetcher."""
        await super().on_start()
        # Every seek of aiokafka's consumer (``seek``, ``seek_to_committed``, Faust's
        # ``seek_wait``) ends in ``Fetcher.seek_to``, which sets aiokafka's fetch position
        # to the offset and drops its buffered and in-flight records of the partition:
        # aiokafka fetches again from there. Records it handed over before are the only
        # ones it will not bring again by itself, and those are what the main loop drops.
        # The fetcher is private in aiokafka: checked here, so that an aiokafka that
        # renames it fails the worker's start, not silently.
        fetcher = getattr(self._ensure_consumer(), "_fetcher", None)
        if fetcher is None or not hasattr(fetcher, "seek_to"):
            raise RuntimeError(
                "aiokafka.AIOKafkaConsumer has no _fetcher.seek_to: the seek hook "
                "(streams/transport.py) needs updating for this aiokafka"
            )
        seek_to = fetcher.seek_to

        def numbered_seek_to(tp: Any, offset: int) -> None:
            seek_to(tp, offset)
            self._seeks[tp] = next(self._seek_numbers)

        fetcher.seek_to = numbered_seek_to
        # The same check for the coordinator's parked join error (see
        # ``release_parked_join_error``), then its watch, in this thread's loop.
        coordinator = getattr(self._ensure_consumer(), "_coordinator", None)
        if not all(
            hasattr(coordinator, name)
            for name in ("_pending_exception", "_coordination_task", "check_errors", "group_id")
        ):
            raise RuntimeError(
                "aiokafka's group coordinator has no _pending_exception/check_errors: the "
                "join error watch (streams/transport.py) needs updating for this aiokafka"
            )
        self._join_guard = asyncio.ensure_future(self._watch_join_errors())

    async def seek_to_committed_or_start(self, acking: Callable[[str], bool]) -> dict[Any, Sought]:
        """Seek every assigned partition to its committed offset, or its start if none.

        Runs in this thread (``call_thread``). Only partitions of topics that ``acking``
        accepts go to their start; the others without a committed offset stay where they
        are, as aiokafka's ``seek_to_committed`` leaves them. Returns, per partition still
        assigned after the reads, what was found and where it went (``Sought``).

        Why one step: Faust's ``perform_seek`` reads the committed offsets and seeks,
        partition by partition, with the consumer's group calls in between, and then
        records its read and committed offsets in the main loop. Two such seeks can run at
        once (the one at the end of a rebalance, and the one Faust's ``getmany`` runs when
        a fetch returns while the flow is stopped), and one cancelled by the next rebalance
        goes on in this thread; when a commit lands between their reads, the fetcher ends
        at one seek's offsets and Faust's books at the other's. A never-committed
        partition recorded at its start (read offset unknown) while the fetcher reads
        from a later commit then never commits again: every acknowledgement starts past
        the start, which is a hole at the head (``FetchWaitConsumer._new_offset``), and
        with no read offset Faust records no gap to fill it (the stall watchdog stopped
        a worker this way after the broker-SIGKILL fault test; docs/operations.md). So
        here the reads come first, the seeks after them with no await between (a fetch
        is wholly before or after them), one such call at a time.
        """
        if self._seek_guard is None:
            self._seek_guard = asyncio.Lock()
        async with self._seek_guard:
            consumer = self._ensure_consumer()
            committed = {tp: await consumer.committed(tp) for tp in consumer.assignment()}
            fresh = [tp for tp, offset in committed.items() if not offset and acking(tp.topic)]
            starts = await consumer.beginning_offsets(fresh) if fresh else {}
            # No await from here on: the seeks and what they report are one step.
            held = consumer.assignment()
            sought: dict[Any, Sought] = {}
            for tp, offset in committed.items():
                if tp not in held:
                    continue  # revoked during the reads: no longer ours to seek
                if offset:
                    consumer.seek(tp, offset)
                    sought[tp] = Sought(offset, offset, self.seek_count(tp))
                elif tp in starts or tp in fresh:
                    start = int(starts.get(tp) or 0)
                    consumer.seek(tp, start)
                    sought[tp] = Sought(None, start, self.seek_count(tp))
                else:
                    sought[tp] = Sought(offset, None, self.seek_count(tp))
            return sought

    async def _watch_join_errors(self) -> None:
        seen: BaseException | None = None
        while True:
            await asyncio.sleep(JOIN_ERROR_CHECK_SECONDS)
            try:
                seen = await release_parked_join_error(self._consumer, seen)
            except Exception:
                log.warning("join error watch failed", exc_info=True)

    async def on_thread_stop(self) -> None:
        """Stop the join error watch, then the consumer as Faust does."""
        if self._join_guard is not None:
            self._join_guard.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._join_guard
            self._join_guard = None
        await super().on_thread_stop()

    async def _fetch_records(
        self,
        consumer: Any,
        active_partitions: Any,
        timeout: float | None = None,  # noqa: ASYNC109 (Faust's signature)
        max_records: int | None = None,
    ) -> FetchedRecords:
        per_topic = getattr(self.transport, "poll_records_per_topic", 0)
        if not per_topic or max_records is not None or not self.consumer.flow_active:
            records = await super()._fetch_records(
                consumer, active_partitions, timeout=timeout, max_records=max_records
            )
            # No await from here on: no seek runs in this loop until the tag is taken.
            fetched = FetchedRecords(records)
            fetched.seeks = {tp: self._seeks.get(tp, 0) for tp in records}
            return fetched
        fetcher = consumer._fetcher
        if consumer._closed or fetcher._closed:
            raise ConsumerStoppedError()
        if self._bounded is None:
            self._bounded = BoundedPolls(per_topic, self.app.topics.acks_enabled_for)
        with fetcher._subscriptions.fetch_context():
            return await self._bounded.poll(
                fetcher, active_partitions, timeout or 0.0, self.seek_count
            )


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

    And records fetched before their partition's last seek are dropped. A fetch that
    aiokafka handed over before the seek can reach Faust's reading loop after it (the
    result waits for the main loop while the seek runs). Faust then took the step from
    the sought offset (its read position, which after a seek is the next offset to read)
    to such a record as a gap, counted the offsets between as handled, and dropped the
    re-fetched records up to it as already read: records the seek was meant to bring back
    were never handled and the commit went over them (the joining-worker fault test lost
    alerts this way; docs/operations.md). The seek set aiokafka's fetch position back, so
    a dropped record comes again with the re-fetch.
    """

    _fetched: FetchedRecords | None = None
    _thread: FetchWaitConsumerThread
    _seek_lock: asyncio.Lock | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        # Partition -> (its seek number, the read offset ``perform_seek`` recorded for it).
        self._sought: dict[Any, tuple[int, int | None]] = {}

    def _new_consumer_thread(self) -> FetchWaitConsumerThread:
        return FetchWaitConsumerThread(self, loop=self.loop, beacon=self.beacon)

    async def perform_seek(self) -> None:
        """Seek every assigned partition to its committed offset, or its start if none."""
        if self._seek_lock is None:
            self._seek_lock = asyncio.Lock()
        async with self._seek_lock:  # one at a time: see seek_to_committed_or_start
            sought = await self._thread.call_thread(
                self._thread.seek_to_committed_or_start, self.app.topics.acks_enabled_for
            )
            # No await from here on: Faust's books follow the seeks just made. Keys:
            # aiokafka's partitions for the client's calls, Faust's TP for its books.
            for atp, seek in sought.items():
                tp = ensure_TP(atp)
                if seek.committed:
                    self._read_offset[tp] = seek.committed
                    self._committed_offset[tp] = seek.committed
                elif seek.offset is not None:
                    # Never committed, sought to its start: that start is the committed
                    # offset, so that a hole at the head holds the commit back.
                    self._read_offset[tp] = None
                    self._committed_offset[tp] = seek.offset
                else:
                    self._read_offset[tp] = None  # a changelog without a commit
                self._sought[tp] = (seek.seek, self._read_offset[tp])

    async def _getmany(self, active_partitions: Any, timeout: float) -> Any:  # noqa: ASYNC109
        records = await super()._getmany(active_partitions, timeout)
        # Faust's getmany reads the records of one such call, right after it returns.
        self._fetched = records if isinstance(records, FetchedRecords) else None
        return records

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[Any, Any]]:  # noqa: ASYNC109
        """Faust's ``getmany``, without records fetched before their partition's last seek."""
        seek_count = self._thread.seek_count
        dropped: dict[Any, list[int]] = {}
        try:
            async for tp, message in super().getmany(timeout):
                fetched = self._fetched
                if fetched is not None and seek_count(tp) != fetched.seeks.get(tp, 0):
                    dropped.setdefault(tp, []).append(message.offset)
                    continue
                seeks = seek_count(tp)
                yield tp, message
                if seek_count(tp) != seeks:
                    self._keep_sought_read_offset(tp, message.offset)
        finally:
            # Rare (a seek while a fetch waits for the main loop): one line per fetch.
            for tp, offsets in dropped.items():
                log.info(
                    "records fetched before a seek dropped; fetched again from the seek",
                    extra={
                        "topic": tp.topic,
                        "partition": tp.partition,
                        "first": offsets[0],
                        "last": offsets[-1],
                        "count": len(offsets),
                        # Faust's read position: after a seek, the sought offset.
                        "read_offset": self._read_offset.get(tp),
                    },
                )

    def _keep_sought_read_offset(self, tp: Any, offset: int) -> None:
        # Faust's reading loop hands a record to the agents (which waits while their
        # queue is full) and then records its offset as read. When the partition was
        # sought meanwhile, that record is of the old position, and its offset, written
        # over the sought one, made Faust drop the re-fetched records before it as
        # already read: records the seek was meant to bring back, never acknowledged
        # again, a hole at the head of the acknowledged offsets that holds the
        # partition's commit for good. So the read offset goes back to what the seek
        # recorded (if its books are in: else ``perform_seek`` writes them after this).
        seek, read_offset = self._sought.get(tp, (0, None))
        if seek == self._thread.seek_count(tp) and self._read_offset.get(tp) == offset:
            self._read_offset[tp] = read_offset
            log.info(
                "record handed over across a seek; read offset kept at the seek",
                extra={
                    "topic": tp.topic,
                    "partition": tp.partition,
                    "offset": offset,
                    "read_offset": read_offset,
                },
            )

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

    def __init__(
        self, *args: Any, fetch_max_wait_ms: int, poll_records_per_topic: int = 0, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fetch_max_wait_ms = fetch_max_wait_ms
        # Most records of one agent input topic per poll (fetch_bounded); 0: no bound.
        self.poll_records_per_topic = poll_records_per_topic


def install(app: Any, settings: Settings) -> None:
    """Give ``app`` (a fresh ``faust.App``) the transport with the configured fetch wait.

    Call it right after building the app, before topics, agents or the consumer exist,
    so that everything Faust builds later goes through this transport.
    """
    app.transport = FetchWaitTransport(
        app.conf.broker_consumer,
        app,
        fetch_max_wait_ms=round(settings.consumer_fetch_max_wait_seconds * 1000),
        poll_records_per_topic=settings.consumer_poll_records_per_topic,
    )
