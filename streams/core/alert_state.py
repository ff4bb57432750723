"""The alerting table's value (one jurisdiction's event groups), its bounds and knobs.

Everything in a state value is bounded (``MAX_*``), so that one jurisdiction's value
stays far below Kafka's message size (``tests/unit/test_alerts.py`` checks the worst
case). The models here are what the table stores as JSON; the steps that change them
are in ``streams.core.alerts`` (a report) and ``streams.core.alert_deferred`` (the
timer).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pydantic import BaseModel, Field

from schemas.internal import EventReport
from streams.core.alert_text import ACTION_PAST

__all__ = [
    "GENERIC_PRODUCTS",
    "MATERIAL_PRODUCTS",
    "MAX_CLUSTERS",
    "MAX_EVIDENCE_CHARS",
    "MAX_FOLDED",
    "MAX_GROUPS",
    "MAX_NAMES",
    "MAX_NAME_CHARS",
    "MAX_POLICIES",
    "MAX_PRODUCTS",
    "MAX_RETIRED",
    "MAX_SOURCES",
    "MAX_SOURCE_CHARS",
    "MAX_STATE_BYTES",
    "AlertConfig",
    "Deferred",
    "DirectionMark",
    "Emission",
    "GroupState",
    "PolicyState",
    "bounded",
    "digest",
    "fold",
    "live",
    "timestamp",
    "utc",
]

# Bounds on what one state value may hold (one jurisdiction's live groups).
MAX_GROUPS = 128  # live event groups per jurisdiction; the least recently active goes first
MAX_STATE_BYTES = 512_000  # and fewer when their JSON would pass this (Kafka's limit: 1 MB)
MAX_FOLDED = 128  # articles remembered per group (what they produced, for re-sends)
MAX_CLUSTERS = 64  # independent reports counted per group (corroboration stops there)
MAX_SOURCES = 20  # outlets listed on an alert
MAX_SOURCE_CHARS = 80
MAX_PRODUCTS = 12  # products a group matches on
MAX_POLICIES = 64  # last directions remembered per jurisdiction (for reversals)
MAX_RETIRED = 256  # event keys of groups pushed out by the bounds (never reused)
MAX_EVIDENCE_CHARS = 1_000  # evidence quoted on an alert (a sentence; a run-on is cut)
MAX_NAMES = 20  # firms, chips, products, targets named on an alert
MAX_NAME_CHARS = 80  # (catalog names are far shorter)

# The catalog's generic product class (``generic: true`` in the pattern file): a report
# naming only it says "chips", which fits any named product.
GENERIC_PRODUCTS = frozenset({"advanced chips"})
# The pattern file's raw-material classes (``material: true``): a measure on them is not
# a measure on chips, tools or a firm's goods (``streams/core/measures.py``).
MATERIAL_PRODUCTS = frozenset(
    {
        "gallium",
        "germanium",
        "antimony",
        "graphite",
        "rare earths",
        # round 42: the chipmaking chemicals of Japan's 2019 controls
        "hydrogen fluoride",
        "photoresist",
        "fluorinated polyimide",
    }
)

# Times outside these cannot become a datetime (year 1 .. 9999) and are clamped first.
_MIN_TS = datetime(1, 1, 2, tzinfo=UTC).timestamp()
_MAX_TS = datetime(9999, 12, 30, tzinfo=UTC).timestamp()
_DAY = 86_400.0
# What the remembered directions may take of a state value, at most (MAX_POLICIES marks
# of a side and a product name each).
_MARKS_BYTES = MAX_POLICIES * (4 * MAX_NAME_CHARS + 80)
_RETIRED_BYTES = MAX_RETIRED * (4 * MAX_NAME_CHARS + 60)


@dataclass(frozen=True, slots=True)
class AlertConfig:
    """Alerting knobs, from settings and the pattern data."""

    update_interval_seconds: float = 600.0
    group_ttl_days: int = 7
    event_window_hours: float = 72.0
    action_titles: Mapping[str, str] = field(default_factory=lambda: dict(ACTION_PAST))
    generic_products: Collection[str] = GENERIC_PRODUCTS
    material_products: Collection[str] = MATERIAL_PRODUCTS


class Emission(BaseModel):
    """What an alert of a group was made of, beyond its report: to make it again."""

    revision: int
    created_at: float
    corroboration: int
    listed: int = Field(description="How many of the group's sources it listed.")


class Deferred(BaseModel):
    """An update ``flush_due`` sent, kept until the shell confirms it was delivered."""

    emission: Emission
    report: EventReport


class GroupState(BaseModel):
    """One event group: every report of one real-world event."""

    event_key: str
    direction: str
    families: list[str] = Field(default_factory=list)
    sides: list[str] = Field(default_factory=list)
    products: list[str] = Field(default_factory=list, description="Named ones only.")
    targets: list[str] = Field(default_factory=list)
    event_time: float = Field(
        description="Publication time of the first dated report (else the first's read time)."
    )
    dated: bool = Field(
        default=True, description="Whether a report with a publication time is in the group."
    )
    revision: int
    first_seen_at: float
    last_emitted_at: float
    clusters: list[str] = Field(default_factory=list, description="Digests, in order.")
    sources: list[str] = Field(default_factory=list)
    folded: dict[str, int] = Field(
        default_factory=dict, description="Article digest -> the revision it made (0: none)."
    )
    emissions: list[Emission] = Field(default_factory=list)
    pending: EventReport | None = Field(
        default=None, description="The newest report held back by the update interval."
    )
    deferred: Deferred | None = None
    reversal: bool = False
    previous_direction: str | None = None


class DirectionMark(BaseModel):
    """The last known direction of one policy (side and product) of a jurisdiction."""

    direction: str
    at: float


class PolicyState(BaseModel):
    """The alerting table's value for one jurisdiction: its live groups, its policies.

    ``due`` comes first, so that it opens the value's JSON: the deferred-update timer
    reads it from the first bytes and decodes only the values with something due
    (``streams/codecs.py:policy_state_due``).
    """

    due: float | None = Field(
        default=None,
        description="The earliest time the flush has work here: an update held back "
        "falls due, a flushed one awaits confirmation, a group expires (None: nothing; "
        "values of older versions lack it).",
    )
    groups: dict[str, GroupState] = Field(default_factory=dict)
    directions: dict[str, DirectionMark] = Field(default_factory=dict)
    retired: list[str] = Field(
        default_factory=list,
        description="Event keys of live groups pushed out by the bounds: not given again.",
    )


def digest(text: str) -> str:
    """A short stable digest (article keys, clusters): 16 hex digits of sha256."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _clamp(ts: float) -> float:
    return min(max(ts, _MIN_TS), _MAX_TS)


def utc(ts: float) -> datetime:
    """``ts`` as an aware UTC time; a time beyond the years 1..9999 is clamped to them."""
    return datetime.fromtimestamp(_clamp(ts), UTC)


def timestamp(when: datetime) -> float:
    """``when`` (naive: UTC) as a timestamp, clamped to the years 1..9999."""
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return _clamp(aware.timestamp())


def fold(group: GroupState, key: str, revision: int) -> dict[str, int]:
    """``group``'s folded reports with ``key`` (the revision it made), the oldest dropped."""
    folded = {**group.folded, key: revision}
    while len(folded) > MAX_FOLDED:  # the oldest first (dicts keep insertion order)
        del folded[next(iter(folded))]
    return folded


def live(state: PolicyState, now: float, config: AlertConfig) -> dict[str, GroupState]:
    """The groups of ``state`` not yet expired at ``now`` (a new dict)."""
    horizon = now - config.group_ttl_days * _DAY
    return {k: g for k, g in state.groups.items() if g.first_seen_at >= horizon}


def bounded(
    groups: dict[str, GroupState], keep: str, retired: list[str]
) -> tuple[dict[str, GroupState], list[str]]:
    """``groups`` less the least recently active ones (never ``keep``) beyond the bounds.

    At most ``MAX_GROUPS``, and fewer when their JSON would pass ``MAX_STATE_BYTES``
    (the reports a group holds for its deferred update carry whole titles and URLs).
    The keys of the groups pushed out join ``retired``: a later event of the same
    wording and day gets a key (and so alert ids) of its own.
    """
    sizes = {k: len(g.model_dump_json().encode()) for k, g in groups.items()}
    budget = MAX_STATE_BYTES - _MARKS_BYTES - _RETIRED_BYTES
    gone: list[str] = []
    while len(groups) > 1 and (len(groups) > MAX_GROUPS or sum(sizes.values()) > budget):
        others = [k for k in groups if k != keep]
        oldest = min(others, key=lambda k: groups[k].last_emitted_at)
        del groups[oldest], sizes[oldest]
        gone.append(oldest)
    return groups, [*retired, *gone][-MAX_RETIRED:] if gone else retired
