"""Alerting: one alert per real-world policy event, updates as independent reports come in.

Reports of one event differ: in product wording (H200, "advanced AI chips", none), in
day (time zones, late reports), in action (a halt, a block at customs), in flow (a ban
on imports, on purchases), and one article may state the event twice. So an event is
not a key but a **group**: a report joins a live group of its jurisdiction when it is

* the same actor (the state is keyed by jurisdiction) and the same direction;
* within ``event_window_hours`` of the group's first report (publication times);
* of one action family (``FAMILIES``: ban, halt, restrict and a licence requirement
  are one family of controls; a listing, a probe, a tariff, a summons, an easing are
  others);
* of compatible flows (export with sale, import with purchase, investment alone;
  ``other`` fits all); and
* of compatible products: a report that names no product, or only a generic class
  ("advanced chips"), fits any group; two that name products must share one.

Within an article, every primary statement of one jurisdiction in the lead statement's
direction is one report (``reports_for``). The first report of a group makes a ``new``
alert; a report from a near-duplicate cluster not yet counted makes an ``update``, at
most one per ``update_interval_seconds``; one held back by that interval is sent by
``flush_due`` once the interval has passed. A report already folded in (a redelivery,
a replay) makes again exactly the alert it made the first time. ``alert_step`` and
``flush_due`` are the stateful steps; everything else is derived.

Everything in a state value is bounded (``MAX_*``), so that one jurisdiction's value
stays far below Kafka's message size (``tests/unit/test_alerts.py`` checks the worst
case).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from schemas.alert import Alert, AlertArticle, Severity
from schemas.article import AnalyzedArticle, PolicyEvent
from schemas.internal import EventReport

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

# Action families of a tightening: the words outlets use for one measure vary within a
# family ("halted", "blocked at customs", "banned", "now needs a licence"), not across.
# Every easing (approve, relax, a licence granted) is one family. An action the pattern
# data adds is a family of its own.
FAMILIES = {
    "ban": "control", "halt": "control", "restrict": "control", "license": "control",
    "sanction": "listing", "investigate": "probe", "tariff": "tariff", "summon": "summon",
}  # fmt: skip

# Flows seen from the acting state: goods leaving (export, sale) or entering (import,
# purchase) are two sides; investment is its own; "other" (the text does not say) fits all.
SIDES = {
    "export": "out", "sale": "out", "import": "in", "purchase": "in",
    "investment": "investment", "other": "any",
}  # fmt: skip

# The catalog's generic product class (``generic: true`` in the pattern file): a report
# naming only it says "chips", which fits any named product.
GENERIC_PRODUCTS = frozenset({"advanced chips"})

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
    event_time: float = Field(description="Publication time of the first report.")
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
    """The alerting table's value for one jurisdiction: its live groups, its policies."""

    groups: dict[str, GroupState] = Field(default_factory=dict)
    directions: dict[str, DirectionMark] = Field(default_factory=dict)
    retired: list[str] = Field(
        default_factory=list,
        description="Event keys of live groups pushed out by the bounds: not given again.",
    )


# --- reports ------------------------------------------------------------------------------


def _source_key(article: AnalyzedArticle) -> str:
    if article.source:
        return article.source.strip().casefold()
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    return f"id:{article.id}"


def _source_name(article: AnalyzedArticle) -> str | None:
    if article.source and article.source.strip():
        return article.source.strip()[:MAX_SOURCE_CHARS]
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")[:MAX_SOURCE_CHARS]
    return None


def _names(names: list[str]) -> list[str]:
    return [name[:MAX_NAME_CHARS] for name in names[:MAX_NAMES]]


def _union(lists: list[list[str]]) -> list[str]:
    return list(dict.fromkeys(item for items in lists for item in items))


def _key_product(products: list[str], generic: Collection[str]) -> str:
    # One key per event, not per product: the smallest name keeps the choice stable
    # across outlets that list them in any order.
    named = [p for p in products if p not in generic]
    return min(named or products) if products else "-"


def reports_for(article: AnalyzedArticle, config: AlertConfig | None = None) -> list[EventReport]:
    """Return the report of ``article``'s news: its lead decision (none if no event is primary).

    One article, one news event. The lead statement is the first primary event (the
    detector lists them in text order, the headline first); every other primary event
    of the same jurisdiction and direction states the same decision (told twice, with
    another action or flow) and adds its targets, actions and flows, and its products
    where the lead names none. Primary events of other actors or of the opposite
    direction are no report of their own: news of a second decision in one article is
    a reaction or a package, told as news by other articles, and far more often the
    detector taking context for news (no labelled article of the shared development set
    has primary events of two actors).
    """
    primary = [e for e in article.events if e.primary]
    if not primary:
        return []
    generic = (config or AlertConfig()).generic_products
    lead = primary[0]
    same = [
        e for e in primary if (e.jurisdiction, e.direction) == (lead.jurisdiction, lead.direction)
    ]
    # The lead names the decision's products; where it names none (or only "chips"),
    # the article's other statements of it say which.
    products = list(lead.products)
    if all(p in generic for p in products):
        products = _union([products, *(e.products for e in same)])
    if any(p not in generic for p in products):
        # A class like "advanced chips" only paraphrases the named product.
        products = [p for p in products if p not in generic]
    product = _key_product(products, generic)
    flows = list(dict.fromkeys(e.flow for e in same))
    background = sorted(
        {
            e.direction
            for e in article.events
            if not e.primary
            and e.jurisdiction == lead.jurisdiction
            and e.flow in flows
            and (product == "-" or product in e.products)
        }
    )
    event = lead.model_copy(
        update={
            "products": _names(products),
            "targets": _names(_union([e.targets for e in same])),
            "evidence": lead.evidence[:MAX_EVIDENCE_CHARS],
        }
    )
    ref = AlertArticle(
        id=article.id,
        title=article.title,
        url=article.url,
        source=article.source,
        published_at=article.published_at,
    )
    report = EventReport(
        policy_key=lead.jurisdiction,
        product=product,
        event=event,
        actions=list(dict.fromkeys(e.action for e in same)),
        flows=flows,
        background_directions=background,
        article=ref,
        source_key=_source_key(article),
        source=_source_name(article),
        cluster=article.near_duplicate_of or article.id,
        firms=_names([f.name for f in article.firms]),
        chips=_names([c.name for c in article.chips]),
        ingested_at=article.ingested_at,
    )
    return [report]


# --- wording ------------------------------------------------------------------------------


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
    title = f"{actor} {verb} {FLOW_NOUN.get(event.flow, event.flow)} of {products}"
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


# --- time ---------------------------------------------------------------------------------


def _clamp(ts: float) -> float:
    return min(max(ts, _MIN_TS), _MAX_TS)


def _utc(ts: float) -> datetime:
    """``ts`` as an aware UTC time; a time beyond the years 1..9999 is clamped to them."""
    return datetime.fromtimestamp(_clamp(ts), UTC)


def _timestamp(when: datetime) -> float:
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return _clamp(aware.timestamp())


def event_time(report: EventReport) -> float:
    """When the report's article was published (else read): the clock of event days.

    A publication time more than a day after the article was read is a wrong clock or a
    typo, and the read time stands in for it.
    """
    read = _timestamp(report.ingested_at)
    published = report.article.published_at
    when = read if published is None else _timestamp(published)
    return read if when > read + _DAY else when


# --- grouping -----------------------------------------------------------------------------


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _family(action: str, direction: str) -> str:
    return "easing" if direction == "easing" else FAMILIES.get(action, action)


def _families(report: EventReport) -> list[str]:
    actions = report.actions or [report.event.action]
    return list(dict.fromkeys(_family(a, report.event.direction) for a in actions))


def _sides(report: EventReport) -> list[str]:
    flows = report.flows or [report.event.flow]
    return list(dict.fromkeys(SIDES.get(f, "any") for f in flows))


def _named(report: EventReport, generic: Collection[str]) -> list[str]:
    return [p for p in report.event.products if p not in generic]


def _fits(report: EventReport, group: GroupState, when: float, config: AlertConfig) -> bool:
    """Whether ``report`` (published at ``when``) may be a report of ``group``'s event."""
    if report.event.direction != group.direction:
        return False
    if abs(when - group.event_time) > config.event_window_hours * 3600:
        return False
    if _family(report.event.action, report.event.direction) not in group.families:
        return False  # what the report leads with is no part of what the event was
    sides = set(_sides(report))
    flows_fit = "any" in sides or "any" in group.sides or bool(sides & set(group.sides))
    # Outlets word the flow of one measure differently ("probes the deal", "probes
    # imports"); a measure on the same named firm is the same measure.
    if not flows_fit and not set(report.event.targets) & set(group.targets):
        return False
    named = _named(report, config.generic_products)
    return not named or not group.products or bool(set(named) & set(group.products))


def _best(
    report: EventReport, groups: dict[str, GroupState], when: float, config: AlertConfig
) -> GroupState | None:
    """The live group ``report`` fits best: a shared named product, then the closest."""
    named = set(_named(report, config.generic_products))
    fitting = [g for g in groups.values() if _fits(report, g, when, config)]
    if not fitting:
        return None
    return max(fitting, key=lambda g: (bool(named & set(g.products)), -abs(when - g.event_time)))


def _policies(report: EventReport) -> list[str]:
    """The policies (side|product) a report is about, for reversals."""
    products = report.event.products or ["-"]
    return [f"{side}|{product}" for side in _sides(report) for product in products]


def _new_key(report: EventReport, when: float, taken: Collection[str]) -> str:
    day = _utc(when).date().isoformat()
    event = report.event
    base = f"{event.jurisdiction}|{event.flow}|{report.product}|{event.direction}|{day}"
    key, n = base, 1
    while key in taken:  # another event of the same wording and day: still its own
        n += 1
        key = f"{base}|{n}"
    return key


# --- alerts -------------------------------------------------------------------------------


def _alert_id(group: GroupState, revision: int) -> str:
    # Of the event key and the revision only, so that reports of one wording make the
    # same ids whichever of them came first. Event keys are never reused (``retired``).
    return hashlib.sha256(f"{group.event_key}|{revision}".encode()).hexdigest()[:32]


def _build(
    report: EventReport,
    group: GroupState,
    emission: Emission,
    titles: Mapping[str, str] = ACTION_PAST,
) -> Alert:
    """The alert of ``group``'s revision ``emission.revision``, told by ``report``."""
    event = report.event
    title, summary = describe(event, group.reversal, group.previous_direction, titles)
    return Alert(
        alert_id=_alert_id(group, emission.revision),
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
        created_at=_utc(emission.created_at),
        first_seen_at=_utc(group.first_seen_at),
    )


def _emit(group: GroupState, now: float) -> tuple[GroupState, Emission]:
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


def _fold(group: GroupState, key: str, revision: int) -> dict[str, int]:
    folded = {**group.folded, key: revision}
    while len(folded) > MAX_FOLDED:  # the oldest first (dicts keep insertion order)
        del folded[next(iter(folded))]
    return folded


def _live(state: PolicyState, now: float, config: AlertConfig) -> dict[str, GroupState]:
    horizon = now - config.group_ttl_days * _DAY
    return {k: g for k, g in state.groups.items() if g.first_seen_at >= horizon}


def _resend(state: PolicyState, report: EventReport, key: str, config: AlertConfig) -> list[Alert]:
    """What a report already folded in made the first time (nothing, or its alert)."""
    for group in state.groups.values():
        revision = group.folded.get(key)
        if revision is None:
            continue
        made = [e for e in group.emissions if e.revision == revision]
        return [_build(report, group, made[0], config.action_titles)] if made else []
    return []


def _bounded(
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


def _report_key(report: EventReport) -> str:
    return _digest(f"{report.article.id}|{report.policy_key}")


def _remember(
    directions: Mapping[str, DirectionMark], report: EventReport, now: float
) -> dict[str, DirectionMark]:
    marks = dict(directions)
    for policy in _policies(report):
        marks.pop(policy, None)
        marks[policy] = DirectionMark(direction=report.event.direction, at=now)
    while len(marks) > MAX_POLICIES:  # the least recently set first
        del marks[next(iter(marks))]
    return marks


def alert_step(
    state: PolicyState | None, report: EventReport, now: float, config: AlertConfig
) -> tuple[PolicyState, list[Alert]]:
    """Fold one report into its jurisdiction's state; return the new state and the alerts.

    - a report that fits no live group (the module docstring) starts one: a ``new``
      alert (revision 1), a reversal when its direction differs from the last known
      direction of one of its policies, or from a background event of its article;
    - a report from a near-duplicate cluster the group has not counted makes an
      ``update`` with the new corroboration, unless the last alert of the group is less
      than ``update_interval_seconds`` old: then it waits in ``pending`` for
      ``flush_due``;
    - a report of a cluster already counted (a syndicated copy) adds nothing;
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
    groups = _live(current, now, config)
    when = event_time(report)
    group = _best(report, groups, when, config)
    titles = config.action_titles
    if group is None:
        direction = report.event.direction
        marks = [current.directions[p] for p in _policies(report) if p in current.directions]
        latest = max(marks, key=lambda m: m.at).direction if marks else None
        earlier = [d for d in report.background_directions if d != direction]
        previous = latest if latest not in (None, direction) else next(iter(earlier), None)
        group = GroupState(
            event_key=_new_key(report, when, {*groups, *current.retired}),
            direction=report.event.direction,
            families=_families(report),
            sides=_sides(report),
            products=_named(report, config.generic_products)[:MAX_PRODUCTS],
            targets=report.event.targets[:MAX_PRODUCTS],
            event_time=when,
            revision=0,
            first_seen_at=now,
            last_emitted_at=now,
            clusters=[_digest(report.cluster or report.article.id)],
            sources=[report.source] if report.source else [],
            reversal=previous is not None,
            previous_direction=previous,
        )
        group, emission = _emit(group, now)
        group = group.model_copy(update={"folded": _fold(group, key, emission.revision)})
        groups[group.event_key] = group
        directions = _remember(current.directions, report, now)
        kept, retired = _bounded(groups, group.event_key, current.retired)
        new_state = PolicyState(groups=kept, directions=directions, retired=retired)
        return new_state, [_build(report, group, emission, titles)]
    cluster = _digest(report.cluster or report.article.id)
    if cluster in group.clusters or len(group.clusters) >= MAX_CLUSTERS:
        # A copy of a report already counted (or the count is full): nothing new.
        group = group.model_copy(update={"folded": _fold(group, key, 0)})
        groups[group.event_key] = group
        return current.model_copy(update={"groups": groups}), []
    sources = group.sources
    if report.source and report.source not in sources and len(sources) < MAX_SOURCES:
        sources = [*sources, report.source]
    # The event's products are those of its first report that names any: a group
    # grows no wider with each report (no chaining from one event to the next).
    products = group.products or _named(report, config.generic_products)[:MAX_PRODUCTS]
    targets = group.targets or report.event.targets[:MAX_PRODUCTS]
    group = group.model_copy(
        update={
            "clusters": [*group.clusters, cluster],
            "sources": sources,
            "products": products,
            "targets": targets,
        }
    )
    alerts = []
    interval = config.update_interval_seconds
    if interval <= 0 or now - group.last_emitted_at >= interval:
        group, emission = _emit(group, now)
        alerts.append(_build(report, group, emission, titles))
        revision = emission.revision
    else:
        group, revision = group.model_copy(update={"pending": report}), 0
    group = group.model_copy(update={"folded": _fold(group, key, revision)})
    groups[group.event_key] = group
    kept, retired = _bounded(groups, group.event_key, current.retired)
    return current.model_copy(update={"groups": kept, "retired": retired}), alerts


def flush_due(
    state: PolicyState, now: float, config: AlertConfig
) -> tuple[PolicyState, list[Alert]]:
    """Send the updates held back by the update interval once it has passed.

    A group with a ``pending`` report whose last alert is at least
    ``update_interval_seconds`` old makes its next revision from that report, now. The
    alert stays in the group (``deferred``) until ``confirm_sent``: a worker that stops
    between writing the state and delivering the alert sends it again (same id and
    content) on its next flush. Expired groups are dropped. Returns ``state`` itself
    when nothing changed, so that the caller writes only what changed.
    """
    live = _live(state, now, config)
    changed = len(live) != len(state.groups)
    alerts: list[Alert] = []
    titles = config.action_titles
    for name, group in live.items():
        if group.deferred is not None:  # sent before and not confirmed: again
            alerts.append(_build(group.deferred.report, group, group.deferred.emission, titles))
            continue
        if group.pending is None or now - group.last_emitted_at < config.update_interval_seconds:
            continue
        report = group.pending
        group, emission = _emit(group, now)
        group = group.model_copy(update={"deferred": Deferred(emission=emission, report=report)})
        live[name] = group
        alerts.append(_build(report, group, emission, titles))
        changed = True
    if not changed:
        return state, alerts
    return state.model_copy(update={"groups": live}), alerts


def confirm_sent(state: PolicyState, alert_ids: Collection[str]) -> PolicyState:
    """Forget the deferred updates among ``alert_ids``: they were delivered.

    Returns ``state`` itself when none of them was waiting.
    """
    groups = dict(state.groups)
    changed = False
    for name, group in groups.items():
        deferred = group.deferred
        if deferred and _alert_id(group, deferred.emission.revision) in alert_ids:
            groups[name] = group.model_copy(update={"deferred": None})
            changed = True
    return state.model_copy(update={"groups": groups}) if changed else state


def next_due(state: PolicyState, config: AlertConfig) -> float | None:
    """The earliest time at which ``flush_due`` would send an update held back, or None."""
    times = [
        g.last_emitted_at + max(0.0, config.update_interval_seconds)
        for g in state.groups.values()
        if g.pending is not None and g.deferred is None
    ]
    return min(times) if times else None
