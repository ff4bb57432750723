"""An alert of a group's revision: its id, its content, the group's next revision.

The alert step and the deferred-update flush both make alerts here, and a re-send makes
the same alert again from what the group remembers (its ``Emission``): the same id and
content, ``created_at`` included.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from schemas.alert import Alert
from schemas.internal import EventReport
from streams.core.alert_state import MAX_CLUSTERS, Emission, GroupState, utc
from streams.core.alert_text import ACTION_PAST, describe, severity

__all__ = ["alert_id", "build", "emit"]


def alert_id(group: GroupState, revision: int) -> str:
    """The id of ``group``'s alert of ``revision``."""
    # Of the event key and the revision only, so that reports of one wording make the
    # same ids whichever of them came first. Event keys are never reused (``retired``).
    return hashlib.sha256(f"{group.event_key}|{revision}".encode()).hexdigest()[:32]


def build(
    report: EventReport,
    group: GroupState,
    emission: Emission,
    titles: Mapping[str, str] = ACTION_PAST,
) -> Alert:
    """The alert of ``group``'s revision ``emission.revision``, told by ``report``."""
    event = report.event
    title, summary = describe(event, group.reversal, group.previous_direction, titles)
    return Alert(
        alert_id=alert_id(group, emission.revision),
        event_key=group.event_key,
        status="new" if emission.revision == 1 else "update",
        revision=emission.revision,
        severity=severity(event, group.reversal),
        title=title,
        summary=summary,
        event=event,
        reversal=group.reversal,
        previous_direction=group.previous_direction,
        corroboration=max(1, emission.corroboration),
        sources=group.sources[: emission.listed],
        article=report.article,
        firms=report.firms,
        chips=report.chips,
        created_at=utc(emission.created_at),
        first_seen_at=utc(group.first_seen_at),
    )


def emit(group: GroupState, now: float) -> tuple[GroupState, Emission]:
    """The group's next revision, made now."""
    emission = Emission(
        revision=group.revision + 1,
        created_at=now,
        corroboration=len(group.clusters),
        listed=len(group.sources),
    )
    emissions = [*group.emissions, emission][-(MAX_CLUSTERS + 1) :]
    return group.model_copy(
        update={
            "revision": emission.revision,
            "last_emitted_at": now,
            "emissions": emissions,
            "pending": None,
        }
    ), emission
