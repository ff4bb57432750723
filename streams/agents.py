"""The agents: decode, call the core, write, count. Nothing else happens here.

No exception escapes an agent: Faust acknowledges a message whose agent raises, so it
would be lost. Every failure is dead-lettered with topic/partition/offset and reason,
counted, logged, and the stream goes on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from schemas.internal import EventReport, IngestedArticle, Origin
from streams.codecs import (
    DecodeError,
    dead_letter,
    decode_model,
    decode_raw_article,
    encode_alert,
    encode_model,
)
from streams.core.alerts import AlertConfig, PolicyState, alert_step, reports_for
from streams.core.dedupe import SeenEntry, dedupe_step
from streams.core.normalise import content_hash

if TYPE_CHECKING:
    from streams.app import Pipeline

log = logging.getLogger("chipwatch.agents")


def _origin(event: Any) -> Origin:
    message = event.message
    return Origin(topic=message.topic, partition=message.partition, offset=message.offset)


async def _dead_letter(p: Pipeline, event: Any, stage: str, reason: str, detail: str) -> None:
    """Send the event's original bytes to the DLQ with why; count and log it."""
    origin = _origin(event)
    letter = dead_letter(
        topic=origin.topic,
        partition=origin.partition,
        offset=origin.offset,
        key=event.message.key,
        value=event.message.value,
        reason=reason,
        detail=detail,
        stage=stage,
        failed_at=datetime.now(UTC),
        max_value_bytes=p.settings.max_message_bytes,
    )
    await p.topics.dlq.send(key=event.message.key, value=encode_model(letter))
    p.metrics.dead_letters.labels(stage, reason).inc()
    log.warning(
        "dead-lettered",
        extra={"stage": stage, "reason": reason, "detail": detail[:300], **origin.model_dump()},
    )


async def _unexpected(p: Pipeline, event: Any, stage: str, err: Exception) -> None:
    p.metrics.agent_errors.labels(stage).inc()
    log.exception("unexpected error", extra={"stage": stage, **_origin(event).model_dump()})
    try:
        await _dead_letter(p, event, stage, "internal_error", f"{type(err).__name__}: {err}")
    except Exception:  # the DLQ itself failing must not kill the agent either
        log.exception("could not dead-letter", extra={"stage": stage})


def raw_topic(
    app: Any, name: str, partitions: int, *, internal: bool = False, compacted: bool = False
) -> Any:
    """Declare a topic of bytes: Faust moves them, ``streams.codecs`` decodes them."""
    return app.topic(
        name,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=partitions,
        internal=internal,
        compacting=compacted or None,
    )


def guarded_agent(
    p: Pipeline, topic: Any, name: str, handle: Callable[[Any], Awaitable[None]]
) -> None:
    """Define agent ``name`` on ``topic`` that calls ``handle`` for each event.

    No exception escapes: Faust would acknowledge the message and it would be gone, so
    a failure is dead-lettered (reason ``internal_error``), counted and logged, and the
    stream goes on with the next event.
    """

    async def run(stream: Any) -> AsyncIterator[None]:
        async for event in stream.events():
            try:
                await handle(event)
            except Exception as err:
                await _unexpected(p, event, name, err)
            # One value per event: Faust's test harness (put(wait=True)) waits for it.
            yield None

    run.__doc__ = handle.__doc__
    p.app.agent(topic, name=name)(run)


def register_agents(p: Pipeline) -> None:
    """Define the pipeline's agents on ``p.app`` with stable names."""
    s = p.settings
    m = p.metrics
    config = AlertConfig(
        update_interval_seconds=s.alert_update_interval_seconds,
        group_ttl_days=s.alert_group_ttl_days,
        action_titles=p.analyzer.current.detector.action_titles,
    )

    # labels() takes a lock and builds a key per call; ~15 mentions an article made it
    # 5 % of the worker's CPU. A label's child never changes once made: keep it.
    mention_counters: dict[tuple[str, str], Any] = {}

    async def handle_raw(event: Any) -> None:
        started = time.perf_counter()
        try:
            article = decode_raw_article(event.message.value, s.max_message_bytes, s.max_body_chars)
        except DecodeError as err:
            m.articles.labels("invalid").inc()
            await _dead_letter(p, event, "ingest", err.reason, err.detail)
            return
        digest = content_hash(article.title, article.body)
        message = IngestedArticle(
            content_hash=digest,
            ingested_at=datetime.now(UTC),
            article=article,
            origin=_origin(event),
        )
        await p.topics.by_hash.send(key=digest.encode(), value=encode_model(message))
        m.stage_seconds.labels("ingest").observe(time.perf_counter() - started)

    async def handle_ingested(event: Any) -> None:
        started = time.perf_counter()
        item = decode_model(IngestedArticle, event.message.value)
        key = event.message.key
        raw_state = p.seen.get(key)
        state = decode_model(SeenEntry, raw_state) if raw_state else None
        new_state, result = dedupe_step(
            state, item.article.id, item.ingested_at.timestamp(), s.dedupe_ttl_seconds
        )
        if new_state is not state:
            p.seen[key] = encode_model(new_state)
            # Counted as keys are added, not len(p.seen): that walks every key of the
            # RocksDB store per article (O(n), 22 % of the worker's CPU at 5k hashes).
            if raw_state is None:
                m.dedupe_keys.inc()
        if not result.is_first:
            m.articles.labels("duplicate").inc()
            log.info(
                "duplicate",
                extra={"article_id": item.article.id, "duplicate_of": result.duplicate_of},
            )
            return
        m.articles.labels("accepted").inc()
        m.stage_seconds.labels("dedupe").observe(time.perf_counter() - started)
        started = time.perf_counter()
        analyzed = p.analyzer.current.analyze(item.article, item.ingested_at, item.content_hash)
        m.stage_seconds.labels("analyze").observe(time.perf_counter() - started)
        await p.topics.analyzed.send(key=analyzed.id.encode(), value=encode_model(analyzed))
        for entity in [*analyzed.firms, *analyzed.chips, *analyzed.jurisdictions]:
            child = mention_counters.get((entity.type, entity.name))
            if child is None:
                child = m.mentions.labels(entity.type, m.entity_label(entity.name))
                mention_counters[(entity.type, entity.name)] = child
            child.inc(entity.mentions)
        for ev in analyzed.events:
            m.policy_events.labels(
                ev.jurisdiction, ev.action, ev.direction, str(ev.primary).lower()
            ).inc()
        for report in reports_for(analyzed):
            await p.topics.by_policy.send(
                key=report.policy_key.encode(), value=encode_model(report)
            )

    async def handle_report(event: Any) -> None:
        started = time.perf_counter()
        report = decode_model(EventReport, event.message.value)
        key = event.message.key
        raw_state = p.policy.get(key)
        state = decode_model(PolicyState, raw_state) if raw_state else None
        now = time.time()
        new_state, alerts = alert_step(state, report, now, config)
        p.policy[key] = encode_model(new_state)
        for alert in alerts:
            key, value, headers = encode_alert(alert, s.cloudevents_source)
            await p.topics.alerts.send(key=key, value=value, headers=headers)
            m.alerts.labels(alert.status, alert.severity).inc()
            # From ingest, not the outlet's publish time: outlets' clocks and time zones
            # are unreliable, and a backfill would read as latency.
            m.end_to_end_seconds.observe(max(0.0, now - report.ingested_at.timestamp()))
            log.info(
                "alert",
                extra={
                    "alert_id": alert.alert_id,
                    "status": alert.status,
                    "article_id": report.article.id,
                    "title": alert.title,
                },
            )
        m.stage_seconds.labels("alerting").observe(time.perf_counter() - started)

    guarded_agent(p, p.topics.raw, "ingest", handle_raw)
    guarded_agent(p, p.topics.by_hash, "dedupe-analyze", handle_ingested)
    guarded_agent(p, p.topics.by_policy, "alerting", handle_report)
