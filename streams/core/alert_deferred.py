"""Deferred updates: the updates the update interval held back, sent once it has passed.

``alert_step`` keeps a report that comes less than ``update_interval_seconds`` after
its group's last alert in the group (``pending``); the shell's timer
(``streams/deferred.py``) calls ``flush_due`` and, once the alerts are delivered,
``confirm_sent``. ``next_due`` says when the next one falls due (the backtest sends each
at that time). Every state a step returns carries ``due`` (``with_due``), the earliest
time the flush has any work in it, so that the timer skips the others unread.
"""

from __future__ import annotations

from collections.abc import Collection

from schemas.alert import Alert
from streams.core.alert_build import alert_id, build, emit
from streams.core.alert_state import AlertConfig, Deferred, PolicyState, live

__all__ = ["confirm_sent", "due_at", "flush_due", "next_due", "with_due"]

_DAY = 86_400.0


def flush_due(
    state: PolicyState, now: float, config: AlertConfig
) -> tuple[PolicyState, list[Alert]]:
    """Send the updates held back by the update interval once it has passed.

    A group with a ``pending`` report whose last alert is at least
    ``update_interval_seconds`` old makes its next revision from that report, now. The
    alert stays in the group (``deferred``) until ``confirm_sent``: a worker that stops
    between writing the state and delivering the alert sends it again (same id and
    content) on its next flush. Expired groups are dropped. Returns ``state`` itself
    when nothing changed, so that the caller writes only what changed; the state
    returned carries its next ``due`` time.
    """
    groups = live(state, now, config)
    changed = len(groups) != len(state.groups)
    alerts: list[Alert] = []
    titles = config.action_titles
    for name, group in groups.items():
        if group.deferred is not None:  # sent before and not confirmed: again
            alerts.append(build(group.deferred.report, group, group.deferred.emission, titles))
            continue
        if group.pending is None or now - group.last_emitted_at < config.update_interval_seconds:
            continue
        report = group.pending
        group, emission = emit(group, now)
        group = group.model_copy(update={"deferred": Deferred(emission=emission, report=report)})
        groups[name] = group
        alerts.append(build(report, group, emission, titles))
        changed = True
    new_state = state.model_copy(update={"groups": groups}) if changed else state
    return with_due(new_state, config), alerts


def confirm_sent(
    state: PolicyState, alert_ids: Collection[str], config: AlertConfig
) -> PolicyState:
    """Forget the deferred updates among ``alert_ids``: they were delivered.

    Returns ``state`` itself when none of them was waiting.
    """
    groups = dict(state.groups)
    changed = False
    for name, group in groups.items():
        deferred = group.deferred
        if deferred and alert_id(group, deferred.emission.revision) in alert_ids:
            groups[name] = group.model_copy(update={"deferred": None})
            changed = True
    return with_due(state.model_copy(update={"groups": groups}), config) if changed else state


def due_at(state: PolicyState, config: AlertConfig) -> float | None:
    """The earliest time ``flush_due`` has work in ``state``, or None.

    An update held back falls due, a flushed one not yet confirmed is due at once (it is
    sent again), a group expires (the flush drops it).
    """
    times = []
    interval = max(0.0, config.update_interval_seconds)
    for g in state.groups.values():
        times.append(g.first_seen_at + config.group_ttl_days * _DAY)
        if g.deferred is not None:
            times.append(g.deferred.emission.created_at)
        elif g.pending is not None:
            times.append(g.last_emitted_at + interval)
    return min(times) if times else None


def with_due(state: PolicyState, config: AlertConfig) -> PolicyState:
    """``state`` with its ``due`` time right (``state`` itself when it was)."""
    due = due_at(state, config)
    return state if due == state.due else state.model_copy(update={"due": due})


def next_due(state: PolicyState, config: AlertConfig) -> float | None:
    """The earliest time at which ``flush_due`` would send an update held back, or None."""
    times = [
        g.last_emitted_at + max(0.0, config.update_interval_seconds)
        for g in state.groups.values()
        if g.pending is not None and g.deferred is None
    ]
    return min(times) if times else None
