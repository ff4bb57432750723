"""The generation fence and the persisted offset rule of ``streams/fencing.py``."""

from __future__ import annotations

from faust.types import TP

from streams.fencing import (
    FENCE_WINDOW_MS,
    GENERATION_HEADER,
    GenerationFence,
    generation_of,
    next_persisted,
)

TP0 = TP("app-dedupe-seen-changelog", 0)
TP1 = TP("app-dedupe-seen-changelog", 1)
T = 1_796_000_000_000


def stamp(generation: int) -> list[tuple[str, bytes]]:
    return [("other", b"x"), (GENERATION_HEADER, str(generation).encode())]


def test_the_generation_is_read_from_its_header() -> None:
    assert generation_of(stamp(7)) == 7
    assert generation_of(None) is None
    assert generation_of([(GENERATION_HEADER, b"junk")]) is None


def test_an_older_generation_after_a_newer_one_is_dropped_per_partition() -> None:
    fence = GenerationFence()
    assert fence.admit(TP0, stamp(2), T)
    assert fence.admit(TP0, stamp(3), T + 8_000)
    assert not fence.admit(TP0, stamp(2), T + 100)  # the zombie's, made before its pause
    assert not fence.admit(TP0, stamp(2), T + 21_000)  # or just after it woke
    assert fence.admit(TP1, stamp(2), T + 100)  # another partition: its own floor
    assert fence.admit(TP0, stamp(3), T + 9_000)  # the same generation goes on
    assert fence.dropped == 2


def test_own_writes_raise_the_floor() -> None:
    fence = GenerationFence()
    fence.wrote(TP0, 3, T + 8_000)
    assert not fence.admit(TP0, stamp(2), T)
    assert fence.admit(TP0, stamp(4), T + 30_000)


def test_unstamped_records_of_an_older_version_are_applied() -> None:
    fence = GenerationFence()
    fence.wrote(TP0, 3, T)
    assert fence.admit(TP0, None, T - 10_000)


def test_a_group_that_started_its_generations_again_is_not_fenced() -> None:
    """Kafka deletes a group whose offsets expired: generations start again at 1."""
    fence = GenerationFence()
    assert fence.admit(TP0, stamp(40), T)
    later = T + FENCE_WINDOW_MS + 1
    assert fence.admit(TP0, stamp(1), later)
    assert fence.admit(TP0, stamp(1), later + 10)  # the new floor is generation 1
    assert not fence.admit(TP0, stamp(0), later + 20)


def test_only_a_record_right_after_the_persisted_offset_advances_it() -> None:
    assert next_persisted(None, 0) == 0
    assert next_persisted(76, 77) == 77
    assert next_persisted(76, 217) is None  # another writer's records lie between
    assert next_persisted(None, 5) is None
    assert next_persisted(80, 77) is None
