"""Faust plumbing every agent shares: topics and tables of bytes, guarded agents, dead letters.

Faust moves bytes; ``streams.codecs`` turns them into models. No exception escapes an
agent defined here: Faust acknowledges a message whose agent raises, so it would be
lost. Every failure is dead-lettered with topic/partition/offset and reason, counted,
logged, and the stream goes on.
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NoReturn, TypeVar

import faust

from schemas.internal import Origin
from streams.codecs import dead_letter, encode_model
from streams.metrics import Metrics

log = logging.getLogger("chipwatch.agents")

D = TypeVar("D")


def raw_topic(
    app: Any, name: str, partitions: int, *, internal: bool = False, compacted: bool = False
) -> Any:
    """Declare a topic of bytes: Faust moves them, ``streams.codecs`` decodes them."""
    return app.topic(
        name,
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


def guarded_agent(
    app: Any,
    dead_letters: DeadLetters,
    topic: Any,
    name: str,
    handler: Callable[[D, Any], Awaitable[None]],
    deps: D,
) -> None:
    """Define agent ``name`` on ``topic`` that calls ``handler(deps, event)`` for each event.

    The agent is the binding of a module-level handler to its dependencies. No
    exception escapes: Faust would acknowledge the message and it would be gone, so a
    failure is dead-lettered (reason ``internal_error``), counted and logged, and the
    stream goes on with the next event.
    """

    async def run(stream: Any) -> AsyncIterator[None]:
        async for event in stream.events():
            try:
                await handler(deps, event)
            except Exception as err:
                if is_store_failure(err):
                    stop_on_store_failure(name, event, err)
                await dead_letters.unexpected(event, name, err)
            # One value per event: Faust's test harness (put(wait=True)) waits for it.
            yield None

    run.__doc__ = handler.__doc__
    app.agent(topic, name=name)(run)


async def drain(buffer: Any) -> None:
    """Wait until Faust's producer buffer is empty (its own flush may return before).

    ``ProducerBuffer.flush`` returns as soon as one message takes more than 0.1 s to be
    handed to the Kafka client (back-pressure), with messages still queued: table
    changelog records among them, since a table write is queued there (``send_soon``).
    Faust commits input offsets right after that flush, so a crash then would lose
    state whose input is committed. This loops until the queue is empty or the
    producer stops (then nothing can be sent, and Faust's own check raises).
    """
    while buffer.size and not buffer.should_stop:
        await buffer.flush()


def drain_before_commit(app: Any) -> None:
    """Make the producer's flush, which Faust calls before every commit, drain it all.

    See ``drain``: without this, a commit could follow table writes still queued.
    """
    transport = app.transport
    base = transport.Producer

    class DrainingProducer(base):  # type: ignore[misc,valid-type]
        """Faust's producer, whose flush waits for its whole buffer."""

        __module__ = base.__module__  # mode names the class's logger after it: Faust's

        async def flush(self) -> None:
            await drain(self.buffer)
            await super().flush()

    transport.Producer = DrainingProducer
