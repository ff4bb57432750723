"""The policy view: fold alerts into the state of each policy, and filter the views.

A read model of its own, fed from alerts (not from the alerting step's state), so it
does not depend on how that state is keyed or shaped. One entry per
``jurisdiction|flow|product`` for each product an alert names: "US restricts H20 and
H200" updates both, and a later "US allows H200" reverses H200 only.

Alerts of one policy reach the view from several partitions of the alerts topic, so
their order of arrival is not their order in time. The fold is order-insensitive: the
view keeps its events and alerts sorted by time and derives the direction, its start
and the reversals from them; an alert seen again (same id) changes nothing.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas.alert import Alert
from schemas.article import Direction, Flow
from schemas.policies import (
    DirectionChange,
    PolicyAlertRef,
    PolicyEventRef,
    PolicyView,
)

# Bounds, so that a view entry never grows without end: the last alerts shown, and the
# events the direction history is derived from (years of one chip policy).
MAX_ALERTS = 20
MAX_EVENTS = 200

FLOWS: tuple[Flow, ...] = ("export", "import", "purchase", "sale", "investment", "other")
DIRECTIONS: tuple[Direction, ...] = ("easing", "tightening")
_JURISDICTION = re.compile(r"^(?:[A-Z]{2}|EU)$")
_PRODUCT = re.compile(r"^[^|\x00-\x1f]{1,100}$")


def view_key(jurisdiction: str, flow: str, product: str) -> str:
    """Return the key of a policy's view entry."""
    return f"{jurisdiction}|{flow}|{product}"


def view_keys(alert: Alert) -> list[str]:
    """Return the view entries an alert updates: one per product it names ('-' for none)."""
    event = alert.event
    products = sorted(set(event.products)) or ["-"]
    return [view_key(event.jurisdiction, event.flow, product) for product in products]


def _ref(alert: Alert) -> PolicyAlertRef:
    return PolicyAlertRef(
        alert_id=alert.alert_id,
        event_key=alert.event_key,
        status=alert.status,
        revision=alert.revision,
        action=alert.event.action,
        direction=alert.event.direction,
        severity=alert.severity,
        reversal=alert.reversal,
        created_at=alert.created_at,
        first_seen_at=alert.first_seen_at,
        evidence=alert.event.evidence,
        article_id=alert.article.id,
        article_title=alert.article.title,
        corroboration=alert.corroboration,
    )


def _history(events: list[PolicyEventRef]) -> tuple[list[DirectionChange], int]:
    """Return the direction changes and the index of the first event of the last run."""
    changes: list[DirectionChange] = []
    start = 0
    for i in range(1, len(events)):
        before, now = events[i - 1], events[i]
        if now.direction != before.direction:
            start = i
            changes.append(
                DirectionChange(
                    at=now.at,
                    from_direction=before.direction,
                    to_direction=now.direction,
                    event_key=now.event_key,
                    alert_id=now.alert_id,
                )
            )
    return changes, start


def fold(view: PolicyView | None, key: str, alert: Alert) -> PolicyView:
    """Return the view of policy ``key`` with ``alert`` folded in (``view`` is not mutated).

    The event of an alert is its event key; the first alert seen of an event (lowest
    revision) stands for it in the history, at the time its first report was read.
    """
    jurisdiction, flow, product = key.split("|", 2)
    alerts = {a.alert_id: a for a in (view.alerts if view else [])}
    if alert.alert_id in alerts and view is not None:
        return view
    alerts[alert.alert_id] = _ref(alert)
    newest = sorted(alerts.values(), key=lambda a: (a.created_at, a.alert_id), reverse=True)
    events = {e.event_key: e for e in (view.events if view else [])}
    known = events.get(alert.event_key)
    candidate = PolicyEventRef(
        event_key=alert.event_key,
        alert_id=alert.alert_id,
        revision=alert.revision,
        action=alert.event.action,
        direction=alert.event.direction,
        at=alert.first_seen_at,
    )
    if known is None or known.revision > alert.revision:
        events[alert.event_key] = candidate
    ordered = sorted(events.values(), key=lambda e: (e.at, e.event_key))[-MAX_EVENTS:]
    changes, start = _history(ordered)
    return PolicyView(
        key=key,
        jurisdiction=jurisdiction,
        flow=flow,
        product=product,
        direction=ordered[-1].direction,
        since=ordered[start].at,
        updated_at=newest[0].created_at,
        alerts=newest[:MAX_ALERTS],
        reversals=changes,
        events=ordered,
    )


@dataclass(frozen=True, slots=True)
class PolicyFilter:
    """Which views ``GET /policies`` returns; None matches everything."""

    jurisdiction: str | None = None
    product: str | None = None
    flow: str | None = None
    direction: str | None = None

    def matches(self, view: PolicyView) -> bool:
        """True when ``view`` passes every filter that is set."""
        return (
            (self.jurisdiction is None or view.jurisdiction == self.jurisdiction)
            and (self.product is None or view.product.casefold() == self.product.casefold())
            and (self.flow is None or view.flow == self.flow)
            and (self.direction is None or view.direction == self.direction)
        )


FILTERS = ("jurisdiction", "product", "flow", "direction")


def parse_filter(params: dict[str, str]) -> tuple[PolicyFilter | None, str]:
    """Return the filter of a query string, or None and what is wrong with it."""
    unknown = sorted(set(params) - set(FILTERS))
    if unknown:
        return None, f"unknown filter {', '.join(unknown)}: use {', '.join(FILTERS)}"
    jurisdiction = params.get("jurisdiction")
    if jurisdiction is not None:
        jurisdiction = jurisdiction.strip().upper()
        if not _JURISDICTION.match(jurisdiction):
            return None, "jurisdiction: an ISO 3166 alpha-2 code (US, CN, ...) or EU"
    flow = params.get("flow")
    if flow is not None and flow not in FLOWS:
        return None, f"flow: one of {', '.join(FLOWS)}"
    direction = params.get("direction")
    if direction is not None and direction not in DIRECTIONS:
        return None, f"direction: one of {', '.join(DIRECTIONS)}"
    product = params.get("product")
    if product is not None and not _PRODUCT.match(product):
        return None, "product: 1 to 100 characters, no '|'"
    return PolicyFilter(jurisdiction, product, flow, direction), ""


def key_error(key: str) -> str:
    """Return what is wrong with a view key ("" when it is well-formed)."""
    parts = key.split("|")
    if len(parts) != 3:
        return "a policy key is jurisdiction|flow|product, e.g. CN|purchase|H200"
    jurisdiction, flow, product = parts
    if not _JURISDICTION.match(jurisdiction):
        return "jurisdiction: an ISO 3166 alpha-2 code (US, CN, ...) or EU"
    if flow not in FLOWS:
        return f"flow: one of {', '.join(FLOWS)}"
    if not _PRODUCT.match(product):
        return "product: 1 to 100 characters"
    return ""
