"""Faust plumbing every agent shares: topics and tables of bytes, batched agents, dead letters.

Faust moves bytes; ``streams.codecs`` turns them into models. No exception escapes an
agent defined here: Faust acknowledges a message whose agent raises, so it would be
lost. Every failure is dead-lettered with topic/partition/offset and reason, counted,
logged, and the stream goes on. Agents take the events Faust has fetched in batches
(``take_batches``), but handle, acknowledge and dead-letter each event on its own;
what they count and log is written once per batch (``Tally``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import traceback
import weakref
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NoReturn, TypeVar

import faust
from faust.streams import _current_event
from faust.topics import Topic as FaustTopic
from faust.transport.drivers import aiokafka as faust_aiokafka

from schemas.internal import Origin
from streams.codecs import dead_letter, encode_model
from streams.metrics import Metrics

log = logging.getLogger("chipwatch.agents")

D = TypeVar("D")


class BytesTopic(FaustTopic):
    """A Faust topic of bytes whose ``send`` hands the record straight to the producer.

    Faust's ``Topic.send`` wraps every record in a ``FutureMessage``, runs its serializers
    (``raw`` here: nothing to do) and its send sensors, and attaches a callback to the
    client's future: per record, more than the client's own append (bench/README.md).
    Here the record goes to ``app.maybe_start_producer().send`` (the client's batch; under
    ``exactly_once`` the transaction manager, which picks the partition's transactional
    producer), which is awaited, so back-pressure from a full batch still holds up the
    agent. It is still at-least-once: an event is acknowledged after its handler
    returned, so its records are in the client's batches by then, and Faust commits only
    after flushing the producer (``drain_before_commit``), whose flush awaits every batch.
    Anything but key, value, partition, timestamp and headers goes through Faust's path.

    Once the producer has started, a send outside a transaction goes to the aiokafka
    client itself (``AIOKafkaProducer.send``, what Faust's ``Producer.send`` ends in),
    past Faust's wrapper: its started-check, a ``typing`` ``isinstance`` and cast per
    record, and its ``app.on_produce_message`` signal, which chipwatch does not connect
    (~2 % of the worker's CPU: bench/README.md, "Where the shell's time goes").
    The record, its partition (aiokafka's partitioner, as before) and its future are
    the client's own, so nothing about delivery or flushing changes.

    Decoding: the value and key stay the bytes aiokafka read (``raw`` serializers), so
    each event is made straight from the message, past Faust's per-message codec lookup
    (``_compile_decode``); anything but bytes or None goes through Faust's decoder.
    """

    _producer: Any = None  # Faust's aiokafka producer, once seen started

    def _compile_decode(self) -> None:
        super()._compile_decode()
        faust_decode = self.decode
        create_event = self.app.create_event

        async def decode(message: Any, *, propagate: bool = False) -> Any:
            key, value = message.key, message.value
            if (key is None or type(key) is bytes) and (value is None or type(value) is bytes):
                # What Faust's raw schema gives for bytes: the same key and value.
                return create_event(key, value, message.headers, message)
            return await faust_decode(message, propagate=propagate)

        self.decode = decode  # type: ignore[method-assign]

    async def send(
        self,
        *,
        key: Any = None,
        value: Any = None,
        partition: int | None = None,
        timestamp: float | None = None,
        headers: Any = None,
        **rest: Any,
    ) -> Any:
        """Send one record of bytes; anything else goes through Faust's ``send``."""
        if any(v is not None and v is not False for v in rest.values()):
            return await super().send(
                key=key,
                value=value,
                partition=partition,
                timestamp=timestamp,
                headers=headers,
                **rest,
            )
        app = self.app
        # The client of Faust's producer as it is now (a restart makes a new one).
        client = self._producer._producer if self._producer is not None else None
        if client is not None and not app.in_transaction:
            # Faust's Producer.send without its wrapper: ms timestamps, list headers.
            if isinstance(headers, Mapping):
                headers = list(headers.items())
            return await client.send(
                self.get_topic_name(),
                value,
                key=key,
                partition=partition,
                timestamp_ms=int(timestamp * 1000.0) if timestamp else timestamp,
                headers=headers,
            )
        producer = await app.maybe_start_producer()
        if (
            not app.in_transaction
            and isinstance(producer, faust_aiokafka.Producer)
            and producer.allow_headers
        ):
            self._producer = producer
        return await producer.send(
            self.get_topic_name(),
            key,
            value,
            partition=partition,
            timestamp=timestamp,
            headers=headers,
        )


def raw_topic(
    app: Any, name: str, partitions: int, *, internal: bool = False, compacted: bool = False
) -> Any:
    """Declare a topic of bytes: Faust moves them, ``streams.codecs`` decodes them."""
    return BytesTopic(
        app,
        topics=[name],
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=partitions,
        internal=internal,
        compacting=compacted or None,
    )


def raw_schema() -> Any:
    """Return the bytes-in, bytes-out schema of chipwatch's tables.

    Faust takes a changelog's serializers from ``key_type``/``value_type`` (bytes ->
    raw), the schema covers the rest; both are needed for recovery to read what was
    written.
    """
    return faust.Schema(
        key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
    )


def origin_of(event: Any) -> Origin:
    """Return where ``event`` was read: topic, partition, offset."""
    message = event.message
    return Origin(topic=message.topic, partition=message.partition, offset=message.offset)


@dataclass(frozen=True, slots=True)
class DeadLetters:
    """The dead-letter topic of input and internal messages, and how it is counted."""

    topic: Any  # the faust topic of bytes
    metrics: Metrics
    max_value_bytes: int

    async def send(self, event: Any, stage: str, reason: str, detail: str) -> None:
        """Send the event's original bytes to the DLQ with why; count and log it."""
        origin = origin_of(event)
        letter = dead_letter(
            topic=origin.topic,
            partition=origin.partition,
            offset=origin.offset,
            key=event.message.key,
            value=event.message.value,
            reason=reason,
            detail=detail,
            stage=stage,
            failed_at=datetime.now(UTC),
            max_value_bytes=self.max_value_bytes,
        )
        await self.topic.send(key=event.message.key, value=encode_model(letter))
        self.metrics.dead_letters.labels(stage, reason).inc()
        log.warning(
            "dead-lettered",
            extra={"stage": stage, "reason": reason, "detail": detail[:300], **origin.model_dump()},
        )

    async def unexpected(self, event: Any, stage: str, err: Exception) -> None:
        """Count, log and dead-letter (reason ``internal_error``) an exception of an agent."""
        self.metrics.agent_errors.labels(stage).inc()
        log.exception("unexpected error", extra={"stage": stage, **origin_of(event).model_dump()})
        try:
            await self.send(event, stage, "internal_error", f"{type(err).__name__}: {err}")
        except Exception:  # the DLQ itself failing must not kill the agent either
            log.exception("could not dead-letter", extra={"stage": stage})


# sysexits.h EX_IOERR: the worker's own storage failed. Also the exit code of a data
# directory found unwritable at start (streams.startup.EXIT_DATA_DIR).
EXIT_STORE_FAILURE = 74
_STORE_FRAMES = f"{os.sep}faust{os.sep}stores{os.sep}"


def is_store_failure(err: BaseException) -> bool:
    """True when ``err`` was raised inside Faust's table store (RocksDB, memory).

    RocksDB reports a full disk or a read-only volume as a plain ``Exception("IO
    error: ...")``; where it was raised is the reliable sign, not its type.
    """
    return any(_STORE_FRAMES in frame.filename for frame in traceback.extract_tb(err.__traceback__))


def stop_on_store_failure(stage: str, event: Any, err: BaseException) -> NoReturn:
    """Exit the worker at once (``EXIT_STORE_FAILURE``): its tables cannot be written.

    Dead-lettering instead would send every later message to the DLQ, since each one
    writes a table (measured before this: a disk filled mid-run dead-lettered 126 of
    the next 200 articles, and 73 of the other 74's event reports).
    Exiting commits nothing more, so the messages since the last commit go to another
    worker or to this one once its supervisor restarts it on a working volume.
    """
    log.critical(
        "table store failed: stopping the worker (its data directory cannot be written)",
        extra={
            "stage": stage,
            "error": f"{type(err).__name__}: {err}"[:500],
            **origin_of(event).model_dump(),
        },
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    os._exit(EXIT_STORE_FAILURE)


@dataclass(slots=True)
class Tally:
    """What one batch counts and logs, written once when the batch is done.

    Handlers add to it per event (cheap dict updates); ``write`` increments each
    Prometheus child once with the batch's sum, observes each stage's time once (the
    batch's mean per event), and logs one line per kind of note with the batch's items.
    """

    counts: dict[Any, float] = field(default_factory=lambda: defaultdict(float))
    seconds: dict[Any, list[float]] = field(default_factory=dict)
    notes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def count(self, child: Any, amount: float = 1) -> None:
        """Add ``amount`` to a counter child (``metrics.x.labels(...)``)."""
        self.counts[child] += amount

    def time(self, child: Any, seconds: float) -> None:
        """Record one event's time in a histogram child (observed as the batch's mean)."""
        got = self.seconds.get(child)
        if got is None:
            self.seconds[child] = [seconds, 1.0]
        else:
            got[0] += seconds
            got[1] += 1

    def note(self, message: str, item: dict[str, Any]) -> None:
        """Log ``item`` under ``message``, in one line with the batch's other items."""
        self.notes.setdefault(message, []).append(item)

    def write(self, stage: str) -> None:
        """Apply the batch's counts and times, log its notes; empty the tally."""
        for child, amount in self.counts.items():
            child.inc(amount)
        for child, (total, n) in self.seconds.items():
            child.observe(total / n)
        for message, items in self.notes.items():
            # Bounded: a batch of copies must not make a line of megabytes.
            log.info(message, extra={"stage": stage, "count": len(items), "items": items[:50]})
        self.counts.clear()
        self.seconds.clear()
        self.notes.clear()


async def take_batches(
    stream: Any, max_: int, within: float
) -> AsyncIterator[tuple[list[Any], list[int]]]:
    """Yield the events Faust has fetched for ``stream``, in batches of up to ``max_``.

    Unlike Faust's ``Stream.take_events``, which waits up to ``within`` for a batch to
    fill, a batch closes as soon as no more events are queued for the stream and its
    partition holds no records after the last one taken (or after ``within`` of
    gathering, or at ``max_``): a lone article is handled at once, and under a backlog
    a batch waits for the records the consumer hands over one at a time.

    Acknowledgement, and why this is at-least-once: the stream's own acks are off while
    batches are taken; the caller appends to ``done`` the index of every event it has
    handled (its outputs handed to the producer, or its dead letter sent), and when it
    asks for the next batch exactly those events are acknowledged. Faust commits an
    offset only when every event up to it is acknowledged, and only after flushing the
    producer (``drain_before_commit``). A batch cut short (the task cancelled when the
    worker stops) acknowledges only the events it handled, so the rest stay
    uncommitted and are delivered again; Faust's ``take_events`` would acknowledge the
    whole batch there. Faust waits for every fetched, unacknowledged event before a
    rebalance or a stop commits (``Consumer.wait_empty``), which includes the ones
    gathered here: the batch is handled and acknowledged first.
    """
    events: list[Any] = []
    arrived = asyncio.Event()
    room = asyncio.Event()
    room.set()
    loop = asyncio.get_running_loop()
    queue = getattr(stream.channel, "queue", None)

    async def add(value: Any) -> Any:
        # Runs in the stream's own iteration (Faust's passive drainer), once per event.
        if not room.is_set():
            await room.wait()
        event = stream.current_event
        if event is None:
            raise RuntimeError("a batched stream yielded no event")
        events.append(event)
        arrived.set()
        if len(events) >= max_:
            room.clear()
        return value

    wake: asyncio.Future[None] | None = None
    enable_acks = stream.enable_acks
    stream.enable_acks = False
    stream.add_processor(add)
    stream._enable_passive(aiter(stream.channel))
    try:
        while not stream.should_stop:
            # Waiting for the next event: mode's ``wait_for_stopped(arrived)`` makes three
            # tasks (the event, the stream's stopped and crashed events) and an
            # asyncio.wait per call, ~2 % of the worker's CPU with the small batches of a
            # loaded worker (bench/README.md, "Where the shell's time goes").
            # One task (``wake``) waits for the stream to stop or crash, for the whole
            # iteration, and sets ``arrived``; from then on, mode's wait as before.
            if wake is None:
                wake = asyncio.ensure_future(_wake_on_stop(stream, arrived))
            if wake.done():
                await stream.wait_for_stopped(arrived)
            elif arrived.is_set():
                await asyncio.sleep(0)  # the turn mode's wait gave the other tasks
            else:
                await arrived.wait()
            if not events:
                continue
            # Let the drainer move what is already queued. Each turn of the loop lets it
            # move about one event: an Event set per event would cost more than the turn.
            # Once the queue is empty, wait (without spinning) for more only while the
            # partition has records past the last event (a backlog): Faust's consumer
            # hands a poll's records over one at a time, round robin over its topics, so
            # under a backlog this stream's queue is empty between two of its records
            # and would close every batch at one event (bench/README.md, "Batch sizes under
            # a backlog").
            # A lone article has none after it and goes out at once.
            deadline = loop.time() + within
            timer: asyncio.TimerHandle | None = None
            expired = False

            def expire() -> None:
                nonlocal expired
                expired = True
                arrived.set()

            try:
                while len(events) < max_ and not expired and loop.time() < deadline:
                    if queue is not None and not queue.empty():
                        await asyncio.sleep(0)
                        continue
                    if stream.should_stop or not _behind(stream, events[-1]):
                        break
                    if timer is None:
                        timer = loop.call_at(deadline, expire)
                    arrived.clear()
                    await arrived.wait()
            finally:
                if timer is not None:
                    timer.cancel()
            room.clear()
            batch = events[:]
            events.clear()
            arrived.clear()
            done: list[int] = []
            try:
                yield batch, done
            finally:
                for index in done:
                    await stream.ack(batch[index])
                room.set()
    finally:
        if wake is not None:
            wake.cancel()
        stream.enable_acks = enable_acks
        stream._processors.remove(add)


def _behind(stream: Any, event: Any) -> bool:
    """True when ``event``'s partition holds records after it (the consumer's highwater).

    The highwater is the one aiokafka keeps from its last fetch response: no request.
    Unknown (no fetch yet, the partition revoked, a test's app without a consumer) is
    not behind.
    """
    message = event.message
    try:
        end = stream.app.consumer.highwater(message.tp)
        return isinstance(end, int) and end > message.offset + 1
    except Exception:
        return False


async def _wake_on_stop(stream: Any, arrived: asyncio.Event) -> None:
    """Set ``arrived`` once ``stream`` stops or crashes: ``take_batches`` then sees it."""
    waits = [asyncio.ensure_future(e.wait()) for e in (stream._stopped, stream._crashed)]
    try:
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiting in waits:  # none left pending when the iteration ends first
            waiting.cancel()
    arrived.set()


def guarded_agent(
    app: Any,
    dead_letters: DeadLetters,
    topic: Any,
    name: str,
    handler: Callable[[D, Any, Tally], Awaitable[None]],
    deps: D,
    *,
    batch_max: int = 500,
    within: float = 0.005,
    after_batch: Callable[[D], Awaitable[None]] | None = None,
) -> None:
    """Define agent ``name`` on ``topic`` that calls ``handler(deps, event, tally)`` per event.

    The agent is the binding of a module-level handler to its dependencies. It takes
    the fetched events in batches (``take_batches``) and handles them one by one: no
    exception escapes an event, since Faust would acknowledge the message and it would
    be gone, so a failure is dead-lettered alone (reason ``internal_error``, with its
    own topic/partition/offset), counted and logged, and the batch goes on with the next
    event. The handlers' counts and logs (``tally``) are written once per batch.

    ``after_batch(deps)`` runs once the batch's events are handled and before they are
    acknowledged: a state write per batch (``streams.agents.write_window``) is on its
    way to the changelog before any of their offsets can be committed. If it fails, the
    worker stops when the store failed (``stop_on_store_failure``); otherwise the error
    is counted and logged and the acknowledgements go on (the hook keeps what it could
    not write for the next batch).
    """

    async def run(stream: Any) -> AsyncIterator[None]:
        tally = Tally()
        loop = asyncio.get_running_loop()
        async for batch, done in take_batches(stream, batch_max, within):
            turn = loop.time()
            for index, event in enumerate(batch):
                # A handler rarely waits (a send waits only for room in a full batch), so
                # a batch of 500 could hold the loop for 100 ms: the other agents, the
                # fetcher and the producer's sender get a turn every 10 ms.
                if loop.time() - turn > 0.01:
                    await asyncio.sleep(0)
                    turn = loop.time()
                # What Faust's own iteration sets for the event in hand (in this task's
                # context only): a table write picks its changelog partition from it.
                _current_event.set(weakref.ref(event))
                try:
                    await handler(deps, event, tally)
                except Exception as err:
                    if is_store_failure(err):
                        stop_on_store_failure(name, event, err)
                    await dead_letters.unexpected(event, name, err)
                done.append(index)
            if after_batch is not None and batch:
                # The last event stays current: a table write picks its partition from it.
                try:
                    await after_batch(deps)
                except Exception as err:
                    if is_store_failure(err):
                        stop_on_store_failure(name, batch[-1], err)
                    dead_letters.metrics.agent_errors.labels(name).inc()
                    log.exception("batch write failed", extra={"stage": name})
            _current_event.set(None)
            tally.write(name)
            # One value per event: Faust's test harness (put(wait=True)) waits for it.
            for _ in batch:
                yield None

    run.__doc__ = handler.__doc__
    app.agent(topic, name=name)(run)
