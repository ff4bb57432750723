"""The pipeline's steps as the agents call them, synchronous and without Faust.

One article's way: ``decode_raw_article`` (``streams.codecs``) -> ``ingest`` ->
``dedupe`` -> ``analyze`` -> ``reports_for`` -> ``alert_step`` (both ``streams.core.alerts``,
with ``alert_config`` from here).
The agents (``streams.agents``) call these between reading and writing Kafka;
``chipwatch scan`` and ``chipwatch backtest`` (``streams.offline``) call the same ones
over a file, with dicts for tables. Clocks come in as arguments, so a backtest can run
on publication times.
"""

from __future__ import annotations

from datetime import datetime

from schemas.article import AnalyzedArticle, RawArticle
from schemas.internal import IngestedArticle, Origin
from streams.core.alerts import AlertConfig
from streams.core.analyze import Analyzer
from streams.core.dedupe import DedupeResult, SeenEntry, dedupe_step
from streams.core.normalise import content_hash
from streams.settings import Settings


def ingest(article: RawArticle, origin: Origin, now: datetime) -> IngestedArticle:
    """Hash a valid article's content and stamp when it was read: the by-hash message."""
    return IngestedArticle(
        content_hash=content_hash(article.title, article.body),
        ingested_at=now,
        article=article,
        origin=origin,
    )


def dedupe(
    state: SeenEntry | None, item: IngestedArticle, ttl_seconds: float
) -> tuple[SeenEntry, DedupeResult]:
    """Decide whether ``item`` is the first copy of its content hash (``state``: its entry).

    The clock is the ingest time, so a redelivered message is judged as it was first.
    """
    return dedupe_step(state, item.article.id, item.ingested_at.timestamp(), ttl_seconds)


def analyze(analyzer: Analyzer, item: IngestedArticle) -> AnalyzedArticle:
    """Tag and detect on a first copy (its hash is known: no rehashing)."""
    return analyzer.analyze(item.article, item.ingested_at, item.content_hash)


def alert_config(settings: Settings, analyzer: Analyzer) -> AlertConfig:
    """Return the alerting knobs: settings, and the patterns' titles and generic classes."""
    return AlertConfig(
        update_interval_seconds=settings.alert_update_interval_seconds,
        group_ttl_days=settings.alert_group_ttl_days,
        event_window_hours=settings.alert_event_window_hours,
        action_titles=analyzer.detector.action_titles,
        generic_products=frozenset(analyzer.detector.lexicon.generic),
    )
