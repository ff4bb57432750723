"""``chipwatch scan`` and ``chipwatch backtest``: the stream's steps over a file, no broker.

Both call the functions the agents call (``streams.steps``, ``streams.core``), in
the agents' order, with dicts where the workers have tables. The command line
(``streams.cli``) reads the file, shows progress and writes what these yield.

The backtest (the contract is in ``../shared/TAXONOMY.md``) runs each article at its
publication time: that is the clock of dedupe (``ingested_at``) and of alerting
(``now``), so event days, update intervals and group expiry fall as they would have
when the news broke. Where ``published_at`` is missing, a ``published`` field (a date
or date-time, as some archives and the team's labelled sets carry) stands in for it,
in the backtest and in ``scan`` alike; the stream itself knows only ``published_at``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from pydantic import TypeAdapter, ValidationError

from schemas.alert import Alert
from schemas.article import AnalyzedArticle, RawArticle, published_in_range
from schemas.internal import Origin
from streams.codecs import DecodeError, decode_raw_article
from streams.core.alerts import (
    AlertConfig,
    PolicyState,
    alert_step,
    confirm_sent,
    flush_due,
    next_due,
    reports_for,
)
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.dedupe import SeenEntry
from streams.core.detect import load_patterns
from streams.core.neardup import NearDupIndex
from streams.settings import Settings
from streams.steps import (
    alert_config,
    analyze,
    candidate,
    dedupe,
    event_judge,
    ingest,
    neardup_config,
    place,
    story_judge,
)


def build_analyzer(
    settings: Settings, catalog: Path | None = None, patterns: Path | None = None
) -> Analyzer:
    """Build the analyzer a worker with ``settings`` would use; the paths win over them."""
    return Analyzer.build(
        load_catalog(catalog or settings.catalog_path),
        load_patterns(patterns or settings.patterns_path),
        story_judge(settings),
        event_judge(settings),
    )


@dataclass(frozen=True, slots=True)
class ScanRow:
    """One output line of ``scan`` (JSON, no newline); ``error`` when the input was invalid."""

    line: bytes
    error: bool


def scan(
    lines: Iterable[bytes], analyzer: Analyzer, settings: Settings, now: datetime, source: str
) -> Iterator[ScanRow]:
    """Analyze each raw article line: one row per non-blank line, in input order.

    A copy (same content hash, another id) gets the first copy's analysis under its own
    id, with ``duplicate_of``; an invalid line gets ``error`` (and ``id`` if readable).
    A first copy goes through the near-duplicate window as in the stream
    (``near_duplicate_of``, ``similarity``). ``source`` names the input in each
    article's origin.
    """
    seen: dict[str, SeenEntry] = {}
    first: dict[str, AnalyzedArticle] = {}
    window = NearDupIndex()
    config = neardup_config(settings)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            article = decode_raw_article(
                line.rstrip(b"\r\n"), settings.max_message_bytes, settings.max_body_chars
            )
        except DecodeError as err:
            row: dict[str, Any] = {"line": number, "error": str(err)}
            with contextlib.suppress(orjson.JSONDecodeError, AttributeError):
                row["id"] = orjson.loads(line).get("id")
            yield ScanRow(orjson.dumps(row), error=True)
            continue
        if article.published_at is None and (published := _published(line)) is not None:
            # As the backtest does: an archive's ``published`` dates the article when it
            # has no ``published_at``, so the rules that read the publication date (months
            # and years before it) work on such files as they do in the stream.
            article = article.model_copy(update={"published_at": _aware(published)})
        item = ingest(article, Origin(topic=source, partition=0, offset=number), now)
        digest = item.content_hash
        state, result = dedupe(seen.get(digest), item, settings.dedupe_ttl_seconds)
        seen[digest] = state
        if result.is_first or digest not in first:
            analyzed, _ = place(window, candidate(analyze(analyzer, item), item), config)
            first.setdefault(digest, analyzed)
        else:
            analyzed = first[digest].model_copy(update={"id": article.id})
        data = analyzed.model_dump(mode="json")
        data["duplicate_of"] = result.duplicate_of
        yield ScanRow(orjson.dumps(data), error=False)


# --- backtest ---------------------------------------------------------------------------

_WHEN: TypeAdapter[datetime] = TypeAdapter(datetime)


@dataclass(frozen=True, slots=True)
class Dated:
    """A valid article of the input with the clock it runs at."""

    number: int  # its line in the input (1-based)
    article: RawArticle
    clock: datetime  # aware (UTC when the input named no zone)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input line that is no valid raw article, and why."""

    number: int
    reason: str


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _published(line: bytes) -> datetime | None:
    """Return the line's ``published`` field as a time, or None (absent or unreadable)."""
    try:
        value = orjson.loads(line).get("published")
        when = _WHEN.validate_python(value) if value else None
    except (orjson.JSONDecodeError, AttributeError, ValidationError):
        return None
    # The range ``published_at`` must be in (issue 13.4): outside it, no clock at all.
    return when if when is not None and published_in_range(when) else None


def read_dated(
    lines: Iterable[bytes], settings: Settings, start: datetime
) -> tuple[list[Dated], list[Skipped]]:
    """Decode every line and order the articles by publication time.

    An article's clock is its ``published_at`` (else its ``published``); where both are
    missing, the previous article's clock in the input, and before the first dated
    article, that article's clock (``start`` when none is dated). The sort is stable,
    so articles of one time keep their input order, and an undated article follows the
    one before it.
    """
    decoded: list[tuple[int, RawArticle, datetime | None]] = []
    skipped: list[Skipped] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            article = decode_raw_article(
                line.rstrip(b"\r\n"), settings.max_message_bytes, settings.max_body_chars
            )
        except DecodeError as err:
            skipped.append(Skipped(number, str(err)))
            continue
        if article.published_at is None and (published := _published(line)) is not None:
            article = article.model_copy(update={"published_at": _aware(published)})
        when = _aware(article.published_at) if article.published_at else None
        decoded.append((number, article, when))
    first = next((when for _, _, when in decoded if when is not None), _aware(start))
    dated: list[Dated] = []
    clock = first
    for number, article, when in decoded:
        clock = when or clock
        dated.append(Dated(number, article, clock))
    dated.sort(key=lambda d: d.clock)
    return dated, skipped


def _flush_until(
    policies: dict[str, PolicyState], until: float, config: AlertConfig
) -> Iterator[Alert]:
    """Send the held-back updates that fall due up to ``until``, each at its due time.

    The worker's flush timer sends them at its first tick after that time; the backtest
    takes the due time itself, so its output does not depend on the timer's interval.
    """
    while True:
        due = [
            (t, key)
            for key, state in policies.items()
            if (t := next_due(state, config)) is not None
        ]
        when, key = min(due, default=(None, ""))
        if when is None or when > until:
            return
        state, alerts = flush_due(policies[key], when, config)
        policies[key] = confirm_sent(state, {a.alert_id for a in alerts}, config)
        yield from alerts


def backtest(
    dated: Iterable[Dated], analyzer: Analyzer, settings: Settings, source: str
) -> Iterator[Alert]:
    """Yield every alert the stream would publish for ``dated``, in order.

    The agents' steps one article at a time: ``ingest`` at the article's clock,
    ``dedupe`` (a copy stops there), ``analyze``, ``candidate`` and ``place`` (the
    near-duplicate window), ``reports_for``, and ``alert_step`` on the state of each
    report's jurisdiction; before each article, and after the last, the updates held
    back by the update interval that have fallen due by then (``flush_due``, the
    worker's flush timer). An article seen again (same id) makes the stream send its
    alerts again, with the same ids; consumers drop those, and so does the backtest:
    each alert id is written once.
    """
    config = alert_config(settings, analyzer)
    window = NearDupIndex()
    clusters = neardup_config(settings)
    seen: dict[str, SeenEntry] = {}
    policies: dict[str, PolicyState] = {}
    written: set[str] = set()

    def once(alerts: Iterable[Alert]) -> Iterator[Alert]:
        for alert in alerts:
            if alert.alert_id not in written:
                written.add(alert.alert_id)
                yield alert

    for entry in dated:
        now = entry.clock.timestamp()
        yield from once(_flush_until(policies, now, config))
        origin = Origin(topic=source, partition=0, offset=entry.number)
        item = ingest(entry.article, origin, entry.clock)
        state, result = dedupe(seen.get(item.content_hash), item, settings.dedupe_ttl_seconds)
        seen[item.content_hash] = state
        if not result.is_first:
            continue
        analyzed, _ = place(window, candidate(analyze(analyzer, item), item), clusters)
        for report in reports_for(analyzed, config):
            policy, alerts = alert_step(policies.get(report.policy_key), report, now, config)
            policies[report.policy_key] = policy
            yield from once(alerts)
    yield from once(_flush_until(policies, float("inf"), config))
