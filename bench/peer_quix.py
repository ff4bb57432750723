"""The peer: chipwatch's work on Quix Streams, for `make bench` to run beside the worker.

Same input topic and corpus, same codecs and the same core calls as chipwatch's agents
(streams/agents.py), same topology:

  raw --decode, content hash--> repartition by hash --dedupe (Quix state, RocksDB),
  analyze, MinHash signature--> near-dup topic (one partition) --near-duplicate step
  (one window; its entries in Quix state)--> analyzed topic; primary events -->
  repartition by policy key --alert step (Quix state)--> alerts topic (CloudEvents
  headers); invalid input --> DLQ topic.

What it leaves out of chipwatch's work: Prometheus counters, JSON logs per duplicate
and alert, the catalog watch, webhooks, the lag probe, the stall watchdog. Those are
cheap at a backlog (bench/README.md has the profile); the point is Kafka plumbing and
state, Faust's against Quix Streams' (librdkafka underneath).

Usage (bench/run.py starts it as a process, like a worker):
  python bench/peer_quix.py --broker HOST:PORT --group G --state-dir DIR \
      --raw T --analyzed T --alerts T --dlq T --by-policy T --neardup T
Stops on SIGTERM/SIGINT (Quix Streams commits and closes).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quixstreams import Application, message_context
from quixstreams.models.serializers import Serializer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from schemas.article import AnalyzedArticle
from schemas.internal import EventReport, IngestedArticle, Origin
from streams.codecs import (
    DecodeError,
    candidate_headers,
    dead_letter,
    decode_model,
    decode_raw_article,
    encode_alert,
    encode_model,
    read_candidate_headers,
    with_cluster,
)
from streams.core.alerts import AlertConfig, PolicyState, alert_step, reports_for
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.dedupe import SeenEntry, dedupe_step
from streams.core.detect import load_patterns
from streams.core.neardup import SCHEME, NearDupConfig, NearDupIndex
from streams.core.normalise import content_hash
from streams.core.story_judge import load_story_judge
from streams.steps import place_signed, signed

MAX_MESSAGE_BYTES = 1_048_576  # chipwatch's defaults (streams/settings.py)
MAX_BODY_CHARS = 200_000
DEDUPE_TTL_SECONDS = 7 * 24 * 3600.0
# As the bench's workers: every policy article from a new outlet makes an alert.
ALERTS = AlertConfig(update_interval_seconds=0, group_ttl_days=7)
SOURCE = "urn:chipwatch"
NEARDUP = NearDupConfig(threshold=0.5, window_articles=100_000, window_seconds=259_200.0)


class LastBytes(Serializer):
    """Values travel between steps as (route, key, bytes, ...); the topic gets the bytes."""

    def __call__(self, value: Any, ctx: Any) -> bytes:
        return bytes(value[2])


def build(args: argparse.Namespace) -> Application:
    """The Quix Streams application with chipwatch's topology."""
    app = Application(
        broker_address=args.broker,
        consumer_group=args.group,
        auto_offset_reset="earliest",
        state_dir=args.state_dir,
        # Faust commits every 2.8 s; Quix Streams' default is 5 s.
        commit_interval=2.8,
        loglevel="WARNING",
    )
    analyzer = Analyzer.build(load_catalog(None), load_patterns(), load_story_judge())
    routed = LastBytes()
    raw = app.topic(args.raw, key_deserializer="bytes", value_deserializer="bytes")
    analyzed_t = app.topic(args.analyzed, key_serializer="bytes", value_serializer=routed)
    alerts_t = app.topic(args.alerts, key_serializer="bytes", value_serializer=routed)
    dlq_t = app.topic(args.dlq, key_serializer="bytes", value_serializer=routed)
    by_policy_t = app.topic(args.by_policy, key_serializer="bytes", value_serializer=routed)
    by_policy_in = app.topic(args.by_policy, key_deserializer="bytes", value_deserializer="bytes")
    neardup_t = app.topic(args.neardup, key_serializer="bytes", value_serializer=routed)
    neardup_in = app.topic(args.neardup, key_deserializer="bytes", value_deserializer="bytes")
    window = NearDupIndex()  # the one window, as the worker's near-dup agent keeps it

    def ingest(value: bytes) -> tuple[str, bytes, bytes]:
        ctx = message_context()
        origin = Origin(topic=ctx.topic, partition=ctx.partition, offset=ctx.offset)
        try:
            article = decode_raw_article(value, MAX_MESSAGE_BYTES, MAX_BODY_CHARS)
        except DecodeError as err:
            letter = dead_letter(
                topic=origin.topic,
                partition=origin.partition,
                offset=origin.offset,
                key=None,
                value=value,
                reason=err.reason,
                detail=err.detail,
                stage="ingest",
                failed_at=datetime.now(UTC),
                max_value_bytes=MAX_MESSAGE_BYTES,
            )
            return ("dlq", b"", encode_model(letter))
        digest = content_hash(article.title, article.body)
        message = IngestedArticle(
            content_hash=digest, ingested_at=datetime.now(UTC), article=article, origin=origin
        )
        return ("ok", digest.encode(), encode_model(message))

    def dedupe_analyze(value: bytes, state: Any) -> list[tuple[str, bytes, bytes]]:
        item = decode_model(IngestedArticle, value)
        raw_state = state.get("seen")
        seen = decode_model(SeenEntry, raw_state.encode()) if raw_state else None
        new_state, result = dedupe_step(
            seen, item.article.id, item.ingested_at.timestamp(), DEDUPE_TTL_SECONDS
        )
        if new_state is not seen:
            state.set("seen", encode_model(new_state).decode())
        if not result.is_first:
            return []
        analyzed = analyzer.analyze(item.article, item.ingested_at, item.content_hash)
        primary = any(ev.primary for ev in analyzed.events)
        headers = candidate_headers(item.ingested_at, SCHEME, signed(item), primary)
        return [("candidate", analyzed.id.encode(), encode_model(analyzed), headers)]

    def near_dup(
        value: bytes, key: bytes, timestamp: int, headers: Any, state: Any
    ) -> list[tuple[str, bytes, bytes]]:
        heads = read_candidate_headers(headers)
        assert heads is not None
        article_id = key.decode()
        result = place_signed(
            window, article_id, heads.scheme, heads.signature, heads.ingested_at, NEARDUP
        )
        if not result.redelivered:
            state.set("entry", encode_model(result.entry).decode())
        placed = with_cluster(value, result.near_duplicate_of, result.similarity)
        out = [("analyzed", key, placed)]
        if heads.primary:
            for report in reports_for(decode_model(AnalyzedArticle, placed)):
                out.append(("report", report.policy_key.encode(), encode_model(report)))
        return out

    def alerting(value: bytes, state: Any) -> list[tuple[str, bytes, bytes, Any]]:
        report = decode_model(EventReport, value)
        raw_state = state.get("policy")
        policy = decode_model(PolicyState, raw_state.encode()) if raw_state else None
        new_state, alerts = alert_step(policy, report, time.time(), ALERTS)
        state.set("policy", encode_model(new_state).decode())
        out = []
        for alert in alerts:
            key, encoded, headers = encode_alert(alert, SOURCE)
            out.append(("alert", key, encoded, headers))
        return out

    # Quix Streams keeps the input record's timestamp on what it produces; Faust (like
    # aiokafka) stamps a record when it is sent. The bench clocks both by record
    # timestamps, so the peer stamps its records at the step that makes them.
    def now(value: Any, key: Any, timestamp: int, headers: Any) -> int:
        return time.time_ns() // 1_000_000

    sdf = app.dataframe(raw).apply(ingest).set_timestamp(now)
    sdf[sdf.apply(lambda v: v[0] == "dlq")].to_topic(dlq_t)
    by_hash = sdf[sdf.apply(lambda v: v[0] == "ok")].group_by(
        lambda v: v[1],
        name="by-hash",
        key_serializer="bytes",
        value_serializer=routed,
        key_deserializer="bytes",
        value_deserializer="bytes",
    )
    candidates = by_hash.apply(dedupe_analyze, stateful=True, expand=True).set_timestamp(now)
    candidates = candidates.set_headers(lambda value, key, timestamp, headers: value[3])
    candidates.to_topic(neardup_t, key=lambda v: v[1])
    # Quix Streams allows one group_by per dataframe: the later hops go through topics
    # of their own read by other dataframes (what chipwatch does with its near-dup
    # topic, one partition, and chipwatch.events.by-policy).
    outputs = app.dataframe(neardup_in).apply(near_dup, stateful=True, expand=True, metadata=True)
    outputs = outputs.set_timestamp(now)
    outputs[outputs.apply(lambda v: v[0] == "analyzed")].to_topic(analyzed_t, key=lambda v: v[1])
    outputs[outputs.apply(lambda v: v[0] == "report")].to_topic(by_policy_t, key=lambda v: v[1])
    alerts = app.dataframe(by_policy_in).apply(alerting, stateful=True, expand=True)
    alerts = alerts.set_timestamp(now)
    alerts = alerts.set_headers(lambda value, key, timestamp, headers: value[3])
    alerts.to_topic(alerts_t, key=lambda v: v[1])
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    names = ("broker", "group", "state-dir", "raw", "analyzed", "alerts", "dlq", "by-policy")
    for name in (*names, "neardup"):
        parser.add_argument(f"--{name}", required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    build(args).run()


if __name__ == "__main__":
    main()
