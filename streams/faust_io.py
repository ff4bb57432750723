"""Faust plumbing every agent shares: topics and tables of bytes, guarded agents, dead letters.

Faust moves bytes; ``streams.codecs`` turns them into models. No exception escapes an
agent defined here: Faust acknowledges a message whose agent raises, so it would be
lost. Every failure is dead-lettered with topic/partition/offset and reason, counted,
logged, and the stream goes on.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

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
                await dead_letters.unexpected(event, name, err)
            # One value per event: Faust's test harness (put(wait=True)) waits for it.
            yield None

    run.__doc__ = handler.__doc__
    app.agent(topic, name=name)(run)
