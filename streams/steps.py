"""The pipeline's steps as the agents call them, synchronous and without Faust.

One article's way: ``decode_raw_article`` (``streams.codecs``) -> ``ingest`` ->
``dedupe`` -> ``analyze`` -> ``candidate`` -> ``place`` (near-duplicates) ->
``reports_for`` -> ``alert_step`` (both ``streams.core.alerts``, with ``alert_config``
from here).
The agents (``streams.agents``) call these between reading and writing Kafka;
``chipwatch scan`` and ``chipwatch backtest`` (``streams.offline``) call the same ones
over a file, with dicts for tables. Clocks come in as arguments, so a backtest can run
on publication times.
"""

from __future__ import annotations

import contextlib
from datetime import datetime

from schemas.article import AnalyzedArticle, RawArticle
from schemas.clusters import ClusterCandidate
from schemas.internal import IngestedArticle, Origin
from streams.core.alerts import AlertConfig
from streams.core.analyze import Analyzer
from streams.core.dedupe import DedupeResult, SeenEntry, dedupe_step
from streams.core.event_judge import EventJudge, load_event_judge
from streams.core.neardup import (
    SCHEME,
    NearDupConfig,
    NearDupIndex,
    NearDupResult,
    decode_signature,
    encode_signature,
    neardup_step,
    signature,
)
from streams.core.normalise import content_hash
from streams.core.story_judge import StoryJudge, load_story_judge
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


def signed(item: IngestedArticle) -> str | None:
    """Return the article's MinHash signature (base64 of ``SCHEME``), None without words.

    Computed where the text is (the body does not travel further), on every partition.
    """
    sig = signature(item.article.title, item.article.body)
    return encode_signature(sig) if sig is not None else None


def candidate(analyzed: AnalyzedArticle, item: IngestedArticle) -> ClusterCandidate:
    """Attach the article's MinHash signature: what the near-duplicate step takes."""
    return ClusterCandidate(article=analyzed, scheme=SCHEME, signature=signed(item))


def story_judge(settings: Settings) -> StoryJudge | None:
    """The story judge the settings ask for (the bundled one, or a file); None when off."""
    return load_story_judge(settings.story_judge_path) if settings.story_judge else None


def event_judge(settings: Settings) -> EventJudge | None:
    """The event judge the settings ask for (the bundled one, or a file); None when off."""
    return load_event_judge(settings.event_judge_path) if settings.event_judge else None


def neardup_config(settings: Settings) -> NearDupConfig:
    """Return the near-duplicate knobs from settings."""
    return NearDupConfig(
        threshold=settings.neardup_threshold,
        window_articles=settings.neardup_window_articles,
        window_seconds=settings.neardup_window_seconds,
    )


def place(
    index: NearDupIndex, item: ClusterCandidate, config: NearDupConfig
) -> tuple[AnalyzedArticle, NearDupResult]:
    """Place an article in the near-duplicate window; return it with its cluster filled in.

    The clock is the article's ingest time, so a redelivery is judged as it was first.
    A signature of another scheme (a worker of another version during an upgrade), or
    one that does not read, is not compared: the article starts its own cluster and
    still goes on (losing the article would be worse than counting it twice).
    """
    article = item.article
    clock = article.ingested_at.timestamp()
    result = place_signed(index, article.id, item.scheme, item.signature, clock, config)
    placed = article.model_copy(
        update={"near_duplicate_of": result.near_duplicate_of, "similarity": result.similarity}
    )
    return placed, result


def place_signed(
    index: NearDupIndex,
    article_id: str,
    scheme: str,
    encoded: str | None,
    clock: float,
    config: NearDupConfig,
) -> NearDupResult:
    """``place`` from the parts the near-dup agent reads (the article stays bytes there).

    ``clock`` is the article's ingest time (POSIX seconds).
    """
    sig = None
    if encoded is not None and scheme == SCHEME:
        with contextlib.suppress(ValueError):
            sig = decode_signature(encoded)
    _, result = neardup_step(index, article_id, sig, clock, config)
    return result


def alert_config(settings: Settings, analyzer: Analyzer) -> AlertConfig:
    """Return the alerting knobs: settings, and the patterns' titles and product classes."""
    return AlertConfig(
        update_interval_seconds=settings.alert_update_interval_seconds,
        group_ttl_days=settings.alert_group_ttl_days,
        event_window_hours=settings.alert_event_window_hours,
        action_titles=analyzer.detector.action_titles,
        generic_products=frozenset(analyzer.detector.lexicon.generic),
        material_products=frozenset(analyzer.detector.lexicon.materials),
    )
