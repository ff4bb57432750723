"""Tables that a zombie worker cannot corrupt: fenced changelog records, honest offsets.

Found with the zombie fault test (docs/operations.md, "Fixed: a zombie's late changelog
records"): a worker paused past its session (SIGSTOP, a long GC or VM freeze) is
evicted and its partitions move; when it wakes, the changelog records it had produced
before the pause (still in its producer's buffer) are sent, and land *after* the new
owner's records of the same partitions. Two things then went wrong in Faust's tables:

1. **Its store skipped the new owner's records.** Faust sets a store's persisted offset
   (where the next recovery starts) to the offset of each record the worker itself
   wrote, once the broker acknowledges it (``Table._on_changelog_sent``), which holds
   only while the worker is the partition's one writer. The zombie's late record moved
   its offset past the hundreds of records the new owner had written meanwhile, which it
   had never read; when the partition came back to it, its recovery started after them
   (seen: 140 of 217 dedupe hashes missing from such a store: copies analyzed again, and
   an alerting state without the new owner's groups: alerts lost).
2. **A stale value was replayed last.** The zombie's late record is the last of its key
   in the changelog, so every later recovery (Faust recovers every active partition
   from its persisted offset at every rebalance) ends with the zombie's old value.

``FencedTable`` (every partitioned table of the app: ``create_app`` passes it as Faust's
``Table`` class) closes both:

1. a record the worker wrote advances the persisted offset only when it directly follows
   it (the store holds everything before it); otherwise the next recovery reads from the
   old offset, the other writer's records and its own alike;
2. each changelog record carries the consumer group generation its writer was in
   (header ``chipwatch-generation``); recovery (Faust's, and ``table_prime``'s bulk load)
   drops a record whose generation is below one already applied or written on that
   partition (``GenerationFence``): the zombie was a member of an older generation than
   the owner that wrote after it. The dropped record still counts as read.

Hand-written: Faust has no fencing outside its ``exactly_once`` guarantee (Kafka
transactions, which fence a zombie's producer; at-least-once, the default here, has
none), and no hook between a changelog record and the store but these two methods.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import faust
from faust.types import TP

log = logging.getLogger("chipwatch.fencing")

GENERATION_HEADER = "chipwatch-generation"
# A record of an older generation is dropped only when it was made no later than this
# after the newer generation's record it follows. A zombie's late records were made
# before or just after its pause; a record made long after is a group that started its
# generations again (Kafka deletes a group whose offsets expired, 7 days by default)
# and must be applied.
FENCE_WINDOW_MS = 3_600_000


def generation_of(headers: Sequence[tuple[str, bytes]] | None) -> int | None:
    """The writer's generation stamped on a changelog record (None: unstamped)."""
    for name, value in headers or ():
        if name == GENERATION_HEADER:
            try:
                return int(value)
            except (TypeError, ValueError):
                return None
    return None


@dataclass
class GenerationFence:
    """Per changelog partition: the newest generation seen, and when it last wrote.

    In memory, for the life of the process; a restart starts afresh from what its
    recovery reads (a zombie's record read first after a restart is not dropped).
    """

    floors: dict[TP, tuple[int, int]] = field(default_factory=dict)
    dropped: int = 0

    def wrote(self, tp: TP, generation: int, at_ms: int) -> None:
        """Note that this worker wrote a record of ``generation`` to ``tp`` at ``at_ms``."""
        self._raise(tp, generation, at_ms)

    def admit(self, tp: TP, headers: Sequence[tuple[str, bytes]] | None, at_ms: int) -> bool:
        """Whether a changelog record read from ``tp`` is to be applied."""
        generation = generation_of(headers)
        if generation is None:  # written by a version before the stamp
            return True
        floor = self.floors.get(tp)
        if floor is not None and generation < floor[0] and at_ms < floor[1] + FENCE_WINDOW_MS:
            self.dropped += 1
            return False
        self._raise(tp, generation, at_ms)
        return True

    def _raise(self, tp: TP, generation: int, at_ms: int) -> None:
        floor = self.floors.get(tp)
        if floor is None or generation >= floor[0]:
            self.floors[tp] = (generation, max(at_ms, floor[1] if floor else at_ms))
        elif at_ms >= floor[1] + FENCE_WINDOW_MS:  # the group started again
            self.floors[tp] = (generation, at_ms)


def next_persisted(known: int | None, written: int) -> int | None:
    """The persisted offset after this worker's record at ``written`` (None: unchanged).

    Only a record right after the known offset (or the first of an empty store) may
    advance it: a gap holds another writer's records, which this store never applied.
    """
    if (known is None and written == 0) or (known is not None and written == known + 1):
        return written
    return None


class FencedTable(faust.Table):  # type: ignore[type-arg]
    """A Faust table whose changelog records carry their writer's generation.

    See the module docstring: stale records of an evicted writer are dropped on
    recovery, and a record written after another writer's advances no offset.
    """

    @property
    def fence(self) -> GenerationFence:
        """The generation fence of this table (made on first use)."""
        fence: GenerationFence | None = self.__dict__.get("_chipwatch_fence")
        if fence is None:
            fence = self.__dict__["_chipwatch_fence"] = GenerationFence()
        return fence

    def send_changelog(
        self,
        partition: int | None,
        key: Any,
        value: Any,
        key_serializer: Any = None,
        value_serializer: Any = None,
    ) -> Any:
        """Send a table change to the changelog, stamped with this worker's generation."""
        generation = int(self.app.consumer_generation_id)
        if partition is not None:
            self.fence.wrote(TP(self.changelog_topic_name, partition), generation, _now_ms())
        return self.changelog_topic.send_soon(
            key=key,
            value=value,
            partition=partition,
            headers=[(GENERATION_HEADER, str(generation).encode())],
            key_serializer=self.key_serializer if key_serializer is None else key_serializer,
            value_serializer=(
                self.value_serializer if value_serializer is None else value_serializer
            ),
            callback=self._on_changelog_sent,
            eager_partitioning=True,
        )

    def _on_changelog_sent(self, fut: Any) -> None:
        if self.app.in_transaction:  # exactly_once: offsets persist on commit; fenced by Kafka
            super()._on_changelog_sent(fut)
            return
        res = fut.result()
        tp = res.topic_partition
        offset = next_persisted(self.data.persisted_offset(tp), res.offset)
        if offset is not None:
            self.data.set_persisted_offset(tp, offset)

    def apply_changelog_batch(self, batch: Iterable[Any]) -> None:
        """Apply changelog records to the store, less those a newer generation fenced."""
        fence = self.fence
        kept = []
        last: dict[TP, int] = {}
        for event in batch:
            message = event.message
            last[message.tp] = max(message.offset, last.get(message.tp, -1))
            if fence.admit(message.tp, message.headers, int((message.timestamp or 0) * 1000)):
                kept.append(event)
            else:
                log.warning(
                    "stale changelog record dropped",
                    extra={
                        "topic": message.topic,
                        "partition": message.partition,
                        "offset": message.offset,
                        "generation": generation_of(message.headers),
                        "newer_generation": fence.floors[message.tp][0],
                    },
                )
        super().apply_changelog_batch(kept)
        # The dropped records count as read: the next recovery starts after them.
        for tp, offset in last.items():
            known = self.data.persisted_offset(tp)
            if known is None or known < offset:
                self.data.set_persisted_offset(tp, offset)


def _now_ms() -> int:
    return int(time.time() * 1000)
