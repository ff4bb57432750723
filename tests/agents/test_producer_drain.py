"""Faust's producer buffer, as Faust builds it: its flush may return with messages queued.

Faust flushes this buffer (table changelog records go through it) right before it
commits input offsets. ``streams.commit_drain.drain`` waits for the whole queue.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from faust.transport.producer import ProducerBuffer

from streams.commit_drain import count_in_flight, drain


async def slow_buffer(seconds_per_message: float) -> tuple[ProducerBuffer, list[Any]]:
    """A started buffer whose hand-over to the client takes ``seconds_per_message``."""
    buffer = ProducerBuffer()
    buffer.app = SimpleNamespace(conf=SimpleNamespace(producer_threaded=False))  # type: ignore[assignment]
    sent: list[Any] = []

    async def hand_over(fut: Any) -> None:  # the Kafka client's send, under back-pressure
        await asyncio.sleep(seconds_per_message)
        sent.append(fut)

    buffer._send_pending = hand_over  # type: ignore[method-assign]
    count_in_flight(buffer)  # what chipwatch's producer does to its buffer
    await buffer.start()
    return buffer, sent


@pytest.mark.asyncio
async def test_fausts_own_flush_returns_with_messages_still_queued() -> None:
    buffer, sent = await slow_buffer(0.3)
    try:
        for n in range(3):
            buffer.put(n)  # type: ignore[arg-type]
        await buffer.flush()
        assert buffer.size > 0 and len(sent) < 3  # what a commit would follow
    finally:
        await drain(buffer)  # Faust's stop refuses a buffer that is not empty
        await buffer.stop()


@pytest.mark.asyncio
async def test_drain_waits_for_every_queued_message() -> None:
    buffer, sent = await slow_buffer(0.3)
    try:
        for n in range(3):
            buffer.put(n)  # type: ignore[arg-type]
        await asyncio.wait_for(drain(buffer), 10)
        assert buffer.size == 0
        # The last one too: it was off the queue (size 0) but still being handed over
        # when the queue emptied; the client's flush would not have waited for it.
        assert sent == [0, 1, 2]
    finally:
        await buffer.stop()
