"""The pipeline's agents: decode, call the core, write, count. Nothing else happens here.

Each handler is a module-level function of (the pipeline's parts, one event) that
``register_agents`` binds as an agent (``streams.faust_io.guarded_agent``).

No exception escapes an agent: Faust acknowledges a message whose agent raises, so it
would be lost. Every failure is dead-lettered with topic/partition/offset and reason,
counted, logged, and the stream goes on.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any

from schemas.article import AnalyzedArticle
from schemas.clusters import ClusterCandidate
from schemas.internal import EventReport, IngestedArticle
from streams import failpoints
from streams.codecs import (
    DecodeError,
    candidate_headers,
    decode_model,
    decode_raw_article,
    decode_window_record,
    encode_alert,
    encode_model,
    read_candidate_headers,
    with_cluster,
)
from streams.core.alerts import PolicyState, alert_step, reports_for
from streams.core.dedupe import SeenEntry
from streams.core.neardup import SCHEME, IndexBatch, NearDupIndex
from streams.faust_io import Tally, guarded_agent, origin_of
from streams.pipeline import Pipeline
from streams.steps import (
    alert_config,
    analyze,
    dedupe,
    ingest,
    neardup_config,
    place,
    place_signed,
    signed,
)

log = logging.getLogger("chipwatch.agents")


async def on_raw(p: Pipeline, event: Any, tally: Tally) -> None:
    """Agent ``ingest``: validate a raw article, hash it, repartition it by content hash."""
    s = p.settings
    m = p.metrics
    started = time.perf_counter()
    try:
        article = decode_raw_article(event.message.value, s.max_message_bytes, s.max_body_chars)
    except DecodeError as err:
        tally.count(m.child(m.articles, "invalid"))
        await p.dead_letters.send(event, "ingest", err.reason, err.detail)
        return
    item = ingest(article, origin_of(event), datetime.now(UTC))
    await p.topics.by_hash.send(key=item.content_hash.encode(), value=encode_model(item))
    tally.time(m.child(m.stage_seconds, "ingest"), time.perf_counter() - started)


async def on_ingested(p: Pipeline, event: Any, tally: Tally) -> None:
    """Agent ``dedupe-analyze``: drop copies; tag and detect first copies; sign them."""
    m = p.metrics
    started = time.perf_counter()
    item = decode_model(IngestedArticle, event.message.value)
    key = event.message.key
    raw_state = p.seen.get(key)
    state = decode_model(SeenEntry, raw_state) if raw_state else None
    new_state, result = dedupe(state, item, p.settings.dedupe_ttl_seconds)
    if not result.is_first:
        tally.count(m.child(m.articles, "duplicate"))
        tally.note(
            "duplicate", {"article_id": item.article.id, "duplicate_of": result.duplicate_of}
        )
        return
    tally.count(m.child(m.articles, "accepted"))
    tally.time(m.child(m.stage_seconds, "dedupe"), time.perf_counter() - started)
    started = time.perf_counter()
    analyzed = analyze(await p.analyzer.ready(), item)
    tally.time(m.child(m.stage_seconds, "analyze"), time.perf_counter() - started)
    # The signature is made here, where the text is; the near-duplicate agent (one
    # partition) publishes the article and its reports once it knows the cluster. It
    # gets the article as it will be published and the rest in headers (codecs).
    primary = any(ev.primary for ev in analyzed.events)
    headers = candidate_headers(item.ingested_at, SCHEME, signed(item), primary)
    await p.topics.neardup.send(
        key=analyzed.id.encode(), value=encode_model(analyzed), headers=headers
    )
    for entity in [*analyzed.firms, *analyzed.chips, *analyzed.jurisdictions]:
        tally.count(m.mention_counter(entity.type, entity.name), entity.mentions)
    for ev in analyzed.events:
        labels = (ev.jurisdiction, ev.action, ev.direction, str(ev.primary).lower())
        tally.count(m.child(m.policy_events, *labels))
    # Remembered only once its output is sent: if a send fails (the agent dead-letters
    # the message), the hash stays unknown and the same text under another id is a first
    # copy, not a duplicate of an article that produced nothing (issue 13.3).
    if new_state is not state:
        p.seen[key] = encode_model(new_state)
        # Counted as keys are added, not len(p.seen): that walks every key of the
        # RocksDB store per article (O(n), 22 % of the worker's CPU at 5k hashes).
        if raw_state is None:
            tally.count(m.dedupe_keys)
        # The window: the first copy is remembered and its candidate sent, the input
        # offset not yet committed. A redelivery is the same article id, which
        # dedupe_step lets through again: analyzed and sent again, same ids.
        if failpoints.ARMED:
            await failpoints.hit("dedupe.after_state_write", p.app.producer.flush)


def _window(p: Pipeline) -> NearDupIndex:
    """Return the near-duplicate window, rebuilt from its table if partitions moved."""
    if p.neardup_index.index is not None:
        return p.neardup_index.index
    started = time.perf_counter()
    stored = [(key, decode_window_record(raw)) for key, raw in p.neardup.items()]
    index, skipped = p.neardup_index.load(stored)
    p.metrics.near_duplicate_window.set(len(index))
    log.info(
        "near-duplicate window loaded",
        extra={
            "articles": len(index),
            "skipped": skipped,
            "seconds": round(time.perf_counter() - started, 3),
        },
    )
    return index


async def on_candidate(p: Pipeline, event: Any, tally: Tally) -> None:
    """Agent ``near-dup``: place an article in the window; publish it and its reports.

    The article stays bytes unless it has a primary event (a report to make): the
    cluster fields are written into its JSON (``codecs.with_cluster``).
    """
    m = p.metrics
    started = time.perf_counter()
    index = _window(p)
    config = neardup_config(p.settings)
    heads = read_candidate_headers(event.message.headers)
    analyzed: AnalyzedArticle | None
    if heads is None:  # a ClusterCandidate, from the version before
        analyzed, result = place(index, decode_model(ClusterCandidate, event.message.value), config)
        article_id, value = analyzed.id, encode_model(analyzed)
        primary = any(ev.primary for ev in analyzed.events)
    else:
        article_id = event.message.key.decode()
        result = place_signed(
            index, article_id, heads.scheme, heads.signature, heads.ingested_at, config
        )
        value = with_cluster(event.message.value, result.near_duplicate_of, result.similarity)
        analyzed, primary = None, heads.primary
    if not result.redelivered:
        # Written with the batch's others when the batch ends (``write_window``).
        p.neardup_index.pending.append(result.entry)
        p.neardup_index.pending_floor = index.floor()
        if result.near_duplicate_of is not None:
            tally.count(m.near_duplicates)
        for size in result.closed_sizes:
            m.near_duplicate_cluster_size.observe(size)
        m.near_duplicate_window.set(len(index))
    if result.near_duplicate_of is not None:
        tally.note(
            "near-duplicate",
            {
                "article_id": article_id,
                "near_duplicate_of": result.near_duplicate_of,
                "similarity": result.similarity,
            },
        )
    tally.time(m.child(m.stage_seconds, "neardup"), time.perf_counter() - started)
    # A redelivery re-sends what the article produced, with the same keys and content.
    await p.topics.analyzed.send(key=article_id.encode(), value=value)
    if not primary:
        return
    if analyzed is None:
        analyzed = decode_model(AnalyzedArticle, value)
    alerting = alert_config(p.settings, await p.analyzer.ready())
    for report in reports_for(analyzed, alerting):
        await p.topics.by_policy.send(key=report.policy_key.encode(), value=encode_model(report))


# Entries per table record: ~1.1 KB each (the signature ~0.9 KB), at most ~5.5 KB with
# 512-character ids, so a record stays far below the broker's 1 MB message limit
# whatever CHIPWATCH_AGENT_BATCH_MAX is (up to 10,000).
WINDOW_RECORD_ENTRIES = 128


async def write_window(p: Pipeline) -> None:
    """After each batch of ``near-dup``: the entries it placed, as one table record.

    One per ``WINDOW_RECORD_ENTRIES`` entries, keyed by the first one's ``seq``.

    One writer: the table has one partition, the agent its only consumer. The records
    whose entries have all left the window are deleted (``IndexBatch``): one record and
    at most a few tombstones per batch, where a record per article and a tombstone per
    article leaving the window were written before (bench/README.md, "Records per
    article"). It runs before the batch's events are acknowledged (``take_batches``), so
    an offset is committed only after its entry is on the changelog. A crash after the
    sends and before this write redelivers the batch, which the window, rebuilt without
    it, places again in the same order with the same clock: the same answers.
    """
    holder = p.neardup_index
    if not holder.pending:
        return
    pending = holder.pending
    for start in range(0, len(pending), WINDOW_RECORD_ENTRIES):
        entries = pending[start : start + WINDOW_RECORD_ENTRIES]
        key = b"\x00window:%012d" % entries[0].seq
        p.neardup[key] = encode_model(IndexBatch(entries=entries, floor=holder.pending_floor))
        holder.records.append((key, max(e.seq for e in entries)))
    holder.pending = []
    while holder.records and holder.records[0][1] < holder.pending_floor:
        gone, _ = holder.records.popleft()
        p.neardup.pop(gone, None)


async def on_report(p: Pipeline, event: Any, tally: Tally) -> None:
    """Agent ``alerting``: fold a report into its jurisdiction's state; publish the alerts.

    A report already folded in (a redelivery after a crash between the state write and
    the sends, or a replay) returns the alerts it made the first time, same ids and
    content: so a write that outlived its sends is made good by the redelivery, and
    consumers drop what they already have by ``alert_id``.
    """
    s = p.settings
    m = p.metrics
    started = time.perf_counter()
    report = decode_model(EventReport, event.message.value)
    key = event.message.key
    raw_state = p.policy.get(key)
    state = decode_model(PolicyState, raw_state) if raw_state else None
    now = time.time()
    config = alert_config(s, await p.analyzer.ready())
    new_state, alerts = alert_step(state, report, now, config)
    p.policy[key] = encode_model(new_state)
    if failpoints.ARMED and alerts:  # the window: state written, alerts not sent
        await failpoints.hit("alerting.after_state_write", p.app.producer.flush)
    for alert in alerts:
        key, value, headers = encode_alert(alert, s.cloudevents_source)
        await p.topics.alerts.send(key=key, value=value, headers=headers)
        tally.count(m.child(m.alerts, alert.status, alert.severity))
        # From ingest, not the outlet's publish time: outlets' clocks and time zones
        # are unreliable, and a backfill would read as latency.
        m.end_to_end_seconds.observe(max(0.0, now - report.ingested_at.timestamp()))
        # One line per alert, not per batch: alerts are few, and each is the product.
        log.info(
            "alert",
            extra={
                "alert_id": alert.alert_id,
                "status": alert.status,
                "article_id": report.article.id,
                "title": alert.title,
            },
        )
    tally.time(m.child(m.stage_seconds, "alerting"), time.perf_counter() - started)


def register_agents(p: Pipeline) -> None:
    """Bind the pipeline's handlers to ``p`` as agents with stable names."""

    # Partitions moving may move the near-duplicate table's one partition: forget the
    # in-memory window, the next article rebuilds it from the recovered table.
    @p.app.on_partitions_revoked.connect  # type: ignore[untyped-decorator]
    async def drop_window_on_revoke(app: Any, revoked: Any, **kwargs: Any) -> None:
        p.neardup_index.drop()
        p.metrics.near_duplicate_window.set(0)

    @p.app.on_partitions_assigned.connect  # type: ignore[untyped-decorator]
    async def drop_window_on_assign(app: Any, assigned: Any, **kwargs: Any) -> None:
        p.neardup_index.drop()

    for topic, name, handler, after_batch in (
        (p.topics.raw, "ingest", on_raw, None),
        (p.topics.by_hash, "dedupe-analyze", on_ingested, None),
        (p.topics.neardup, "near-dup", on_candidate, write_window),
        (p.topics.by_policy, "alerting", on_report, None),
    ):
        guarded_agent(
            p.app,
            p.dead_letters,
            topic,
            name,
            handler,
            p,
            batch_max=p.settings.agent_batch_max,
            within=p.settings.agent_batch_within_seconds,
            after_batch=after_batch,
        )
