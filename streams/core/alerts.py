"""Alerting: one alert per real-world policy event, updates as outlets corroborate it.

The state is keyed by policy (``jurisdiction|flow|product``): it holds the last known
direction of that policy (for reversals) and the event groups of the last days (for
corroboration). ``alert_step`` is the one stateful step; everything else is derived.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from schemas.alert import Alert, AlertArticle, Severity
from schemas.article import AnalyzedArticle, PolicyEvent
from schemas.internal import EventReport

# Bounds on what one state value may hold, so that a table value never grows without end.
MAX_SOURCES = 200
MAX_ARTICLE_IDS = 500

COUNTRY_NAMES = {
    "US": "The US", "CN": "China", "NL": "The Netherlands", "JP": "Japan",
    "KR": "South Korea", "TW": "Taiwan", "EU": "The EU", "DE": "Germany",
    "GB": "The UK", "FR": "France", "IN": "India", "SG": "Singapore",
    "MY": "Malaysia", "VN": "Vietnam", "AE": "The UAE", "SA": "Saudi Arabia",
    "RU": "Russia", "IL": "Israel",
}  # fmt: skip

# Default alert-title wording; the pattern file's `actions` (AlertConfig.action_titles)
# overrides it and adds new actions without code.
ACTION_PAST = {
    "approve": "approved", "ban": "banned", "halt": "halted", "restrict": "restricted",
    "relax": "relaxed", "license": "licensed", "investigate": "opened a probe into",
    "sanction": "sanctioned", "tariff": "put tariffs on", "summon": "summoned firms over",
}  # fmt: skip

FLOW_NOUN = {
    "export": "exports", "import": "imports", "purchase": "purchases", "sale": "sales",
    "investment": "investment", "other": "trade",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class AlertConfig:
    """Alerting knobs, from settings."""

    update_interval_seconds: float = 600.0
    group_ttl_days: int = 7
    action_titles: Mapping[str, str] = field(default_factory=lambda: dict(ACTION_PAST))


class GroupState(BaseModel):
    """One event group: every report of one event (key includes direction and day)."""

    event_key: str
    revision: int
    first_seen_at: float
    last_emitted_at: float
    sources: list[str] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)
    reversal: bool = False
    previous_direction: str | None = None


class PolicyState(BaseModel):
    """The alerting table's value for one ``jurisdiction|flow|product``."""

    last_direction: str | None = None
    groups: dict[str, GroupState] = Field(default_factory=dict)


def policy_key(jurisdiction: str, flow: str, product: str) -> str:
    """Return the key that partitions and indexes alert state."""
    return f"{jurisdiction}|{flow}|{product}"


def _key_product(event: PolicyEvent) -> str:
    # One key per event, not per product: an event naming H20 and H200 is one decision.
    # The smallest name keeps the choice stable across outlets that list them in any order.
    return min(event.products) if event.products else "-"


def _source_key(article: AnalyzedArticle) -> str:
    if article.source:
        return article.source.strip().casefold()
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    return f"id:{article.id}"


def reports_for(article: AnalyzedArticle) -> list[EventReport]:
    """Return one report per primary event of ``article``, ready for repartitioning."""
    ref = AlertArticle(
        id=article.id,
        title=article.title,
        url=article.url,
        source=article.source,
        published_at=article.published_at,
    )
    reports = []
    for event in article.events:
        if not event.primary:
            continue
        product = _key_product(event)
        background = sorted(
            {
                e.direction
                for e in article.events
                if not e.primary
                and e.jurisdiction == event.jurisdiction
                and e.flow == event.flow
                and (product == "-" or product in e.products)
            }
        )
        reports.append(
            EventReport(
                policy_key=policy_key(event.jurisdiction, event.flow, product),
                product=product,
                event=event,
                background_directions=background,
                article=ref,
                source_key=_source_key(article),
                firms=[f.name for f in article.firms],
                chips=[c.name for c in article.chips],
                ingested_at=article.ingested_at,
            )
        )
    return reports


def severity(event: PolicyEvent, reversal: bool) -> Severity:
    """Score an event; the rule is documented in the README.

    +2 a reversal of the last known direction; +1 the actor is the US or China (the two
    whose chip rules move the market); +1 three or more named firms; +1 confidence at
    least 0.8. Then 0-1 low, 2 medium, 3 high, 4+ critical.
    """
    score = (2 if reversal else 0) + (1 if event.jurisdiction in {"US", "CN"} else 0)
    score += 1 if len(event.targets) >= 3 else 0
    score += 1 if event.confidence >= 0.8 else 0
    if score >= 4:
        return "critical"
    if score == 3:
        return "high"
    if score == 2:
        return "medium"
    return "low"


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def describe(
    event: PolicyEvent,
    reversal: bool,
    previous: str | None,
    titles: Mapping[str, str] = ACTION_PAST,
) -> tuple[str, str]:
    """Return a human title and summary in English for ``event``."""
    actor = COUNTRY_NAMES.get(event.jurisdiction, event.jurisdiction)
    products = _join(event.products) or "chips"
    verb = titles.get(event.action) or ACTION_PAST.get(event.action) or event.action
    title = f"{actor} {verb} {FLOW_NOUN[event.flow]} of {products}"
    if event.targets:
        title += f" ({_join(event.targets)})"
    summary = (
        f"{actor} {'eased' if event.direction == 'easing' else 'tightened'} "
        f"{event.flow} rules on {products}."
    )
    if reversal and previous:
        summary += f" This reverses the earlier {previous}."
    summary += f' Evidence: "{event.evidence}"'
    return title, summary


def _alert_id(event_key: str, revision: int) -> str:
    return hashlib.sha256(f"{event_key}|{revision}".encode()).hexdigest()[:32]


def _day(report: EventReport) -> str:
    when = report.article.published_at or report.ingested_at
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).date().isoformat()


def _build(
    report: EventReport,
    group: GroupState,
    status: str,
    now: float,
    titles: Mapping[str, str] = ACTION_PAST,
) -> Alert:
    event = report.event
    title, summary = describe(event, group.reversal, group.previous_direction, titles)
    return Alert(
        alert_id=_alert_id(group.event_key, group.revision),
        event_key=group.event_key,
        status="new" if status == "new" else "update",
        revision=group.revision,
        severity=severity(event, group.reversal),
        title=title,
        summary=summary,
        event=event,
        reversal=group.reversal,
        previous_direction=group.previous_direction,
        corroboration=len(group.sources),
        article=report.article,
        firms=report.firms,
        chips=report.chips,
        created_at=datetime.fromtimestamp(now, UTC),
        first_seen_at=datetime.fromtimestamp(group.first_seen_at, UTC),
    )


def alert_step(
    state: PolicyState | None, report: EventReport, now: float, config: AlertConfig
) -> tuple[PolicyState, list[Alert]]:
    """Fold one report into the policy's state; return the new state and the alerts.

    - the first report of an event key makes a ``new`` alert (revision 1);
    - a report from a source not yet counted makes an ``update`` with the new
      corroboration count, at most once per ``update_interval_seconds``;
    - a report already folded in (same article id: a redelivery or replay) changes
      nothing and says nothing, which makes the step idempotent;
    - a new group whose direction differs from the policy's last known direction, or
      from a background event of the same article, is a reversal.
    The returned state is a new object; ``state`` is never mutated.
    """
    current = state or PolicyState()
    horizon = now - config.group_ttl_days * 86_400
    groups = {k: g for k, g in current.groups.items() if g.first_seen_at >= horizon}
    event = report.event
    key = f"{report.policy_key}|{event.direction}|{_day(report)}"
    group = groups.get(key)
    if group is None:
        earlier = [d for d in report.background_directions if d != event.direction]
        previous = current.last_direction or (earlier[0] if earlier else None)
        reversal = previous is not None and previous != event.direction
        group = GroupState(
            event_key=key,
            revision=1,
            first_seen_at=now,
            last_emitted_at=now,
            sources=[report.source_key],
            article_ids=[report.article.id],
            reversal=reversal,
            previous_direction=previous if reversal else None,
        )
        groups[key] = group
        new_state = PolicyState(last_direction=event.direction, groups=groups)
        return new_state, [_build(report, group, "new", now, config.action_titles)]
    if report.article.id in group.article_ids:
        return current.model_copy(update={"groups": groups}), []
    article_ids = [*group.article_ids, report.article.id][-MAX_ARTICLE_IDS:]
    is_new_source = report.source_key not in group.sources
    sources = [*group.sources, report.source_key] if is_new_source else group.sources
    sources = sources[-MAX_SOURCES:]
    due = now - group.last_emitted_at >= config.update_interval_seconds
    emit = is_new_source and due
    group = group.model_copy(
        update={
            "sources": sources,
            "article_ids": article_ids,
            "revision": group.revision + 1 if emit else group.revision,
            "last_emitted_at": now if emit else group.last_emitted_at,
        }
    )
    groups[key] = group
    new_state = PolicyState(last_direction=event.direction, groups=groups)
    return new_state, [_build(report, group, "update", now, config.action_titles)] if emit else []
