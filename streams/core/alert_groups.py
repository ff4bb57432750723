"""Event identity: which live group of its jurisdiction a report is a report of.

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
  ``other`` fits all), or naming a firm the group names;
* of compatible products: a report that names no product, or only a generic class
  ("advanced chips"), fits any group; two that name products must share one;
* on the same kind of thing (``streams/core/measures.py``): a measure on raw materials
  (gallium, rare earths) is not one on chips, tools or a firm's goods, whatever the day,
  actor and direction (the exemption for Nexperia's chips and the suspension of the
  gallium ban, both China's easings of 9 November 2025, are two events);
* for a listing, a probe or a summons (``NAMED_BY_TARGETS``), of a firm the group names,
  when both name firms; and
* when the report or the group has no publication time (undated articles: their read
  time places them), naming a firm or a product in common with the group.

A group that fits none starts a group with a key of its own (``new_key``).
"""

from __future__ import annotations

from collections.abc import Collection

from schemas.internal import EventReport
from streams.core.alert_state import AlertConfig, GroupState, timestamp, utc
from streams.core.measures import matter, other_matter

__all__ = [
    "FAMILIES",
    "NAMED_BY_TARGETS",
    "SIDES",
    "best",
    "event_time",
    "families",
    "family",
    "named",
    "new_key",
    "placed",
    "policies",
    "sides",
]

_DAY = 86_400.0

# Action families of a tightening: the words outlets use for one measure vary within a
# family ("halted", "blocked at customs", "banned", "now needs a licence"), not across.
# Every easing (approve, relax, a licence granted) is one family. An action the pattern
# data adds is a family of its own.
FAMILIES = {
    "ban": "control", "halt": "control", "restrict": "control", "license": "control",
    "sanction": "listing", "investigate": "probe", "tariff": "tariff", "summon": "summon",
}  # fmt: skip

# Families of measures that are *of* the firms they name: a listing lists them, a probe
# or a summons is of them. Two such measures naming no firm in common are two events
# (entity-list additions come in waves days apart, each of other firms). Controls and
# easings are of products and flows; the firms reports name for them (buyers, makers,
# the deal's parties) vary from outlet to outlet, so they do not tell events apart.
NAMED_BY_TARGETS = frozenset({"listing", "probe", "summon"})

# Flows seen from the acting state: goods leaving (export, sale) or entering (import,
# purchase) are two sides; investment is its own; "other" (the text does not say) fits all.
SIDES = {
    "export": "out", "sale": "out", "import": "in", "purchase": "in",
    "investment": "investment", "other": "any",
}  # fmt: skip


def placed(report: EventReport) -> tuple[float, bool]:
    """When the report's article was published, and whether it says so (``dated``).

    An undated article, or one whose publication time is more than a day after it was
    read (a wrong clock or a typo), is placed at its read time and is not dated.
    """
    read = timestamp(report.ingested_at)
    published = report.article.published_at
    if published is None:
        return read, False
    when = timestamp(published)
    return (read, False) if when > read + _DAY else (when, True)


def event_time(report: EventReport) -> float:
    """When the report's article was published (else read): the clock of event days."""
    return placed(report)[0]


def family(action: str, direction: str) -> str:
    """The action family of ``action`` in ``direction`` (every easing is one)."""
    return "easing" if direction == "easing" else FAMILIES.get(action, action)


def families(report: EventReport) -> list[str]:
    """The families of every action the report's article states for its event."""
    actions = report.actions or [report.event.action]
    return list(dict.fromkeys(family(a, report.event.direction) for a in actions))


def sides(report: EventReport) -> list[str]:
    """The flow sides of every flow the report's article states for its event."""
    flows = report.flows or [report.event.flow]
    return list(dict.fromkeys(SIDES.get(f, "any") for f in flows))


def named(report: EventReport, generic: Collection[str]) -> list[str]:
    """The report's named products (generic classes such as "advanced chips" left out)."""
    return [p for p in report.event.products if p not in generic]


def _fits(
    report: EventReport, group: GroupState, when: float, dated: bool, config: AlertConfig
) -> bool:
    """Whether ``report`` (published at ``when``) may be a report of ``group``'s event."""
    targets = set(report.event.targets)
    products = set(named(report, config.generic_products))
    shared_targets = bool(targets & set(group.targets))
    shared_products = bool(products & set(group.products))
    if not (dated and group.dated) and not (shared_targets or shared_products):
        return False  # no publication time places it: only names can tie it (``best``)
    if report.event.direction != group.direction:
        return False
    if abs(when - group.event_time) > config.event_window_hours * 3600:
        return False
    lead = family(report.event.action, report.event.direction)
    if lead not in group.families:
        return False  # what the report leads with is no part of what the event was
    generic, materials = config.generic_products, config.material_products
    kind = matter(report.event.products, report.event.targets, generic, materials)
    if other_matter(kind, matter(group.products, group.targets, generic, materials)):
        return False  # a measure on materials and one on chips or a firm's goods
    if lead in NAMED_BY_TARGETS and targets and group.targets and not shared_targets:
        return False  # a listing or probe of other firms
    theirs, ours = set(sides(report)), set(group.sides)
    flows_fit = "any" in theirs or "any" in ours or bool(theirs & ours)
    # Outlets word the flow of one measure differently ("probes the deal", "probes
    # imports"); a measure on the same named firm is the same measure.
    if not flows_fit and not shared_targets:
        return False
    return not products or not group.products or shared_products


def best(
    report: EventReport,
    groups: dict[str, GroupState],
    when: float,
    config: AlertConfig,
    dated: bool = True,
) -> GroupState | None:
    """The live group ``report`` fits best: a shared named product, then the closest.

    A report that is not ``dated``, or a group whose reports were none, fits only when
    the two name a firm or a product in common (``README``, "Alerts": the time a report
    without a publication date is placed at is when it was read, which for an archive,
    a crawler's second visit or a backtest is no time of the event).
    """
    products = set(named(report, config.generic_products))
    fitting = [g for g in groups.values() if _fits(report, g, when, dated, config)]
    if not fitting:
        return None
    return max(fitting, key=lambda g: (bool(products & set(g.products)), -abs(when - g.event_time)))


def policies(report: EventReport) -> list[str]:
    """The policies (side|product) a report is about, for reversals."""
    products = report.event.products or ["-"]
    return [f"{side}|{product}" for side in sides(report) for product in products]


def new_key(report: EventReport, when: float, taken: Collection[str]) -> str:
    """The event key of a group ``report`` starts: its wording and day, unique in ``taken``."""
    day = utc(when).date().isoformat()
    event = report.event
    base = f"{event.jurisdiction}|{event.flow}|{report.product}|{event.direction}|{day}"
    key, n = base, 1
    while key in taken:  # another event of the same wording and day: still its own
        n += 1
        key = f"{base}|{n}"
    return key
