"""The producer's flush before a commit waits for everything sent: nothing committed is unsent.

Faust commits input offsets right after flushing its producer. Its flush can return
with messages still queued (table changelog records among them) or in the hand-over to
the Kafka client; ``drain_before_commit`` makes it wait for both (issue 13's window
audit, ``tests/agents/test_producer_drain.py``).
"""

from __future__ import annotations

import asyncio
from typing import Any


async def drain(buffer: Any) -> None:
    """Wait until Faust's producer buffer is empty (its own flush may return before).

    ``ProducerBuffer.flush`` returns as soon as one message takes more than 0.1 s to be
    handed to the Kafka client (back-pressure), with messages still queued: table
    changelog records among them, since a table write is queued there (``send_soon``).
    Faust commits input offsets right after that flush, so a crash then would lose
    state whose input is committed. This loops until the queue is empty, and the
    message the buffer took off it last is in the client's hands (``count_in_flight``:
    its hand-over can wait for room in a full batch, and the client's flush, which
    Faust calls next, awaits only the batches that hold records already), or until the
    producer stops (then nothing can be sent, and Faust's own check raises).
    """
    while not buffer.should_stop and (buffer.size or getattr(buffer, IN_FLIGHT, 0)):
        if buffer.size:
            await buffer.flush()
        else:
            await asyncio.sleep(0.001)


IN_FLIGHT = "chipwatch_in_flight"


def count_in_flight(buffer: Any) -> None:
    """Count, on ``buffer``, the messages it has taken off its queue and not yet handed over.

    ``ProducerBuffer._handle_pending`` takes a message off the queue (``size`` no longer
    counts it), then awaits its hand-over to the Kafka client; ``drain`` waits for both.
    Call it before the buffer starts (its task reads ``_send_pending`` once).
    """
    hand_over = buffer._send_pending
    setattr(buffer, IN_FLIGHT, 0)

    async def counted(fut: Any) -> None:
        setattr(buffer, IN_FLIGHT, getattr(buffer, IN_FLIGHT) + 1)
        try:
            await hand_over(fut)
        finally:
            setattr(buffer, IN_FLIGHT, getattr(buffer, IN_FLIGHT) - 1)

    buffer._send_pending = counted


def drain_before_commit(app: Any) -> None:
    """Make the producer's flush, which Faust calls before every commit, drain it all.

    See ``drain``: without this, a commit could follow table writes still queued.
    """
    transport = app.transport
    base = transport.Producer

    class DrainingProducer(base):  # type: ignore[misc,valid-type]
        """Faust's producer, whose flush waits for its whole buffer."""

        __module__ = base.__module__  # mode names the class's logger after it: Faust's

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            count_in_flight(self.buffer)

        async def flush(self) -> None:
            await drain(self.buffer)
            await super().flush()

    transport.Producer = DrainingProducer
