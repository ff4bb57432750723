"""Dedupe by content hash: the first copy goes on, later copies are named duplicates."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel


class SeenEntry(BaseModel):
    """What the dedupe table remembers per content hash (the table's value)."""

    first_id: str
    first_seen: float  # epoch seconds when the first copy was ingested


@dataclass(frozen=True, slots=True)
class DedupeResult:
    """The outcome for one article: ``duplicate_of`` is None for a first copy."""

    duplicate_of: str | None

    @property
    def is_first(self) -> bool:
        """True when this article is the first copy within the TTL."""
        return self.duplicate_of is None


def dedupe_step(
    state: SeenEntry | None, article_id: str, now: float, ttl_seconds: float
) -> tuple[SeenEntry, DedupeResult]:
    """Decide whether ``article_id`` (whose hash has ``state``) is a first copy.

    An entry older than the TTL counts as absent, so the table never has to be swept
    for correctness (sweeping only frees space). The same id re-delivered (a Kafka
    redelivery, or a producer retry) is recognised as itself, not as a duplicate, so a
    replay after a crash re-processes it idempotently downstream.
    """
    if state is not None and now - state.first_seen < ttl_seconds:
        if state.first_id == article_id:
            return state, DedupeResult(duplicate_of=None)
        return state, DedupeResult(duplicate_of=state.first_id)
    return SeenEntry(first_id=article_id, first_seen=now), DedupeResult(duplicate_of=None)


def is_expired(state: SeenEntry, now: float, ttl_seconds: float) -> bool:
    """True when ``state`` is older than the TTL and may be deleted."""
    return now - state.first_seen >= ttl_seconds
