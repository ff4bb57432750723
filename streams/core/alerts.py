"""Alerting: one alert per real-world policy event, updates as independent reports come in.

An article makes one report of its news (``reports_for``, ``streams.core.alert_reports``);
a report joins a live event group of its jurisdiction when it may be a report of that
group's event (``streams.core.alert_groups``: same direction, time window, action family,
flows, products; firms for listings and probes; names only, for undated reports), or when
the group has counted its near-duplicate cluster (a copy joins the group of its original,
whatever the detector read in it); else it starts a group. The first report of a group
makes a ``new`` alert; a report from a near-duplicate cluster not yet counted makes an
``update``, at most one per ``update_interval_seconds``; one held back by that interval is
sent by
``flush_due`` (``streams.core.alert_deferred``) once the interval has passed. A report
already folded in (a redelivery, a replay) makes again exactly the alert it made the
first time. ``alert_step`` (here) and ``flush_due`` are the stateful steps; everything
else is derived.

The parts, one module each:

* ``alert_state``: the table's value (``PolicyState``: groups, directions), its bounds
  (``MAX_*``) and the knobs (``AlertConfig``);
* ``alert_reports``: an analyzed article's report;
* ``alert_groups``: event identity (which group a report is a report of, event keys);
* ``alert_text``: titles, summaries, severity; ``alert_build``: ids and alerts;
* ``alert_deferred``: the held-back updates (``flush_due``, ``confirm_sent``,
  ``next_due``).

This module re-exports their public names, so that the shell, the benches and the tests
import the alerting core from one place.
"""

from __future__ import annotations

from collections.abc import Mapping

from schemas.alert import Alert
from schemas.internal import EventReport
from streams.core.alert_build import build, emit
from streams.core.alert_deferred import confirm_sent, due_at, flush_due, next_due, with_due
from streams.core.alert_groups import (
    best,
    event_time,
    families,
    named,
    new_key,
    placed,
    policies,
    sides,
)
from streams.core.alert_reports import reports_for
from streams.core.alert_state import (
    GENERIC_PRODUCTS,
    MATERIAL_PRODUCTS,
    MAX_CLUSTERS,
    MAX_EVIDENCE_CHARS,
    MAX_FOLDED,
    MAX_GROUPS,
    MAX_NAME_CHARS,
    MAX_NAMES,
    MAX_POLICIES,
    MAX_PRODUCTS,
    MAX_RETIRED,
    MAX_SOURCE_CHARS,
    MAX_SOURCES,
    MAX_STATE_BYTES,
    AlertConfig,
    Deferred,
    DirectionMark,
    Emission,
    GroupState,
    PolicyState,
    bounded,
    digest,
    fold,
    live,
)
from streams.core.alert_text import describe, severity

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
    "alert_step",
    "confirm_sent",
    "describe",
    "due_at",
    "event_time",
    "flush_due",
    "next_due",
    "reports_for",
    "severity",
]


def _resend(state: PolicyState, report: EventReport, key: str, config: AlertConfig) -> list[Alert]:
    """What a report already folded in made the first time (nothing, or its alert)."""
    for group in state.groups.values():
        revision = group.folded.get(key)
        if revision is None:
            continue
        made = [e for e in group.emissions if e.revision == revision]
        return [build(report, group, made[0], config.action_titles)] if made else []
    return []


def _absorb(
    state: PolicyState, groups: dict[str, GroupState], group: GroupState, key: str
) -> PolicyState:
    """``state`` with the report of ``key`` folded into ``group``, having made nothing."""
    groups[group.event_key] = group.model_copy(update={"folded": fold(group, key, 0)})
    return state.model_copy(update={"groups": groups})


def _report_key(report: EventReport) -> str:
    return digest(f"{report.article.id}|{report.policy_key}")


def _remember(
    directions: Mapping[str, DirectionMark], report: EventReport, now: float
) -> dict[str, DirectionMark]:
    marks = dict(directions)
    for policy in policies(report):
        marks.pop(policy, None)
        marks[policy] = DirectionMark(direction=report.event.direction, at=now)
    while len(marks) > MAX_POLICIES:  # the least recently set first
        del marks[next(iter(marks))]
    return marks


def alert_step(
    state: PolicyState | None, report: EventReport, now: float, config: AlertConfig
) -> tuple[PolicyState, list[Alert]]:
    """Fold one report into its jurisdiction's state; return the new state and the alerts.

    - a report that fits no live group (``streams.core.alert_groups``) starts one: a
      ``new`` alert (revision 1), a reversal when its direction differs from the last
      known direction of one of its policies, or from a background event of its article;
    - a report from a near-duplicate cluster the group has not counted makes an
      ``update`` with the new corroboration, unless the last alert of the group is less
      than ``update_interval_seconds`` old: then it waits in ``pending`` for
      ``flush_due``;
    - a report of a near-duplicate cluster a live group has counted (a syndicated
      copy) joins that group, whatever the detector read in it, and adds nothing: a
      copy never starts a second group;
    - a report already folded in (same article: a redelivery or a replay) changes
      nothing and returns again the alert it made the first time, same id and content,
      or nothing if it made none.
    ``now`` is the processing clock (group expiry, update interval, ``created_at``); the
    article's publication time places the report in its event's window. The returned
    state is a new object; ``state`` is never mutated.
    """
    current = state or PolicyState()
    key = _report_key(report)
    if any(key in g.folded for g in current.groups.values()):
        return current, _resend(current, report, key, config)
    groups = live(current, now, config)
    cluster = digest(report.cluster or report.article.id)
    counted = next((g for g in groups.values() if cluster in g.clusters), None)
    if counted is not None:
        # A copy of a report a live group has counted: the same article, re-run, is the
        # same event, whatever the detector read in its new headline ("adds 23 chip
        # tools to the control list": a listing, where the original read a control).
        # It joins that group, adds nothing and sends nothing.
        return with_due(_absorb(current, groups, counted, key), config), []
    when, dated = placed(report)
    group = best(report, groups, when, config, dated)
    titles = config.action_titles
    if group is None:
        direction = report.event.direction
        marks = [current.directions[p] for p in policies(report) if p in current.directions]
        latest = max(marks, key=lambda m: m.at).direction if marks else None
        earlier = [d for d in report.background_directions if d != direction]
        previous = latest if latest not in (None, direction) else next(iter(earlier), None)
        group = GroupState(
            event_key=new_key(report, when, {*groups, *current.retired}),
            direction=report.event.direction,
            families=families(report),
            sides=sides(report),
            products=named(report, config.generic_products)[:MAX_PRODUCTS],
            targets=report.event.targets[:MAX_PRODUCTS],
            event_time=when,
            dated=dated,
            revision=0,
            first_seen_at=now,
            last_emitted_at=now,
            clusters=[digest(report.cluster or report.article.id)],
            sources=[report.source] if report.source else [],
            reversal=previous is not None,
            previous_direction=previous,
        )
        group, emission = emit(group, now)
        group = group.model_copy(update={"folded": fold(group, key, emission.revision)})
        groups[group.event_key] = group
        directions = _remember(current.directions, report, now)
        kept, retired = bounded(groups, group.event_key, current.retired)
        new_state = PolicyState(groups=kept, directions=directions, retired=retired)
        return with_due(new_state, config), [build(report, group, emission, titles)]
    if len(group.clusters) >= MAX_CLUSTERS:  # the count is full: nothing new
        return with_due(_absorb(current, groups, group, key), config), []
    sources = group.sources
    if report.source and report.source not in sources and len(sources) < MAX_SOURCES:
        sources = [*sources, report.source]
    # The event's products are those of its first report that names any: a group
    # grows no wider with each report (no chaining from one event to the next).
    products = group.products or named(report, config.generic_products)[:MAX_PRODUCTS]
    targets = group.targets or report.event.targets[:MAX_PRODUCTS]
    # A group started by an undated report takes its first dated report's time.
    placed_at = {} if group.dated or not dated else {"event_time": when, "dated": True}
    group = group.model_copy(
        update={
            "clusters": [*group.clusters, cluster],
            "sources": sources,
            "products": products,
            "targets": targets,
            **placed_at,
        }
    )
    alerts = []
    interval = config.update_interval_seconds
    if interval <= 0 or now - group.last_emitted_at >= interval:
        group, emission = emit(group, now)
        alerts.append(build(report, group, emission, titles))
        revision = emission.revision
    else:
        group, revision = group.model_copy(update={"pending": report}), 0
    group = group.model_copy(update={"folded": fold(group, key, revision)})
    groups[group.event_key] = group
    kept, retired = bounded(groups, group.event_key, current.retired)
    new_state = current.model_copy(update={"groups": kept, "retired": retired})
    return with_due(new_state, config), alerts
