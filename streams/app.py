"""``create_app(settings)``: the Faust app, its topics, tables, agents and web views.

No module-global app: the worker entry point builds one, tests build their own.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from typing import Any

import faust
from prometheus_client import CollectorRegistry

from streams.agents import raw_topic, register_agents
from streams.catalog_updates import AnalyzerHolder, register_catalog_watch
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.kafka_admin import message_limit
from streams.lag import register_lag_probe
from streams.metrics import Metrics
from streams.settings import Settings
from streams.state import register_state_tasks
from streams.transport import install as install_transport
from streams.watchdog import register_watchdog
from streams.web import register_views
from streams.webhooks import register_webhooks


@dataclass(frozen=True, slots=True)
class Topics:
    """Every topic the pipeline touches (all values are bytes: codecs decode them)."""

    raw: Any
    dlq: Any
    analyzed: Any
    alerts: Any
    by_hash: Any
    by_policy: Any


@dataclass(frozen=True, slots=True)
class Pipeline:
    """What ``create_app`` builds: the app and everything agents and views need."""

    app: Any  # faust.App (untyped library)
    settings: Settings
    metrics: Metrics
    analyzer: AnalyzerHolder  # .current is the Analyzer in use (catalog updates swap it)
    topics: Topics
    seen: Any  # Table[bytes, bytes]: content hash -> SeenEntry JSON
    policy: Any  # Table[bytes, bytes]: jurisdiction|flow|product -> PolicyState JSON


def _credentials(settings: Settings) -> Any:
    if settings.security_protocol == "PLAINTEXT":
        return None
    context = None
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        cafile = str(settings.ssl_cafile) if settings.ssl_cafile else None
        context = ssl.create_default_context(cafile=cafile)
    if settings.security_protocol == "SSL":
        return faust.SSLCredentials(context)
    return faust.SASLCredentials(
        username=settings.sasl_username or "",
        password=settings.sasl_secret() or "",
        mechanism=settings.sasl_mechanism or "PLAIN",
        ssl_context=context,
    )


def create_app(
    settings: Settings,
    registry: CollectorRegistry | None = None,
    analyzer: Analyzer | None = None,
) -> Pipeline:
    """Build the Faust app with its topics, tables, agents and web views."""
    registry = registry if registry is not None else CollectorRegistry()
    patterns = load_patterns()
    catalog = load_catalog(settings.catalog_path)
    if analyzer is None:
        analyzer = Analyzer.build(catalog, patterns)
    app = faust.App(
        settings.app_id,
        broker=settings.broker,
        broker_credentials=_credentials(settings),
        store=settings.store,
        datadir=str(settings.data_dir),
        autodiscover=False,
        web_enabled=True,
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_port=settings.web_port,
        topic_partitions=settings.partitions_internal,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        consumer_auto_offset_reset="earliest",
        processing_guarantee=settings.processing_guarantee,
        table_standby_replicas=settings.table_standby_replicas,
        broker_session_timeout=settings.session_timeout_seconds,
        broker_heartbeat_interval=settings.heartbeat_interval_seconds,
        # A message up to the topic's limit must fit one fetch and one produce request
        # (kafka_admin.message_limit), or it would be stuck or refused rather than
        # dead-lettered with a reason.
        consumer_max_fetch_size=message_limit(settings),
        producer_max_request_size=message_limit(settings),
        # Faust's defaults (no linger, 16 KB batches: four 4 KB articles) make one produce
        # request per few messages; the socket writes were 11 % of the worker's CPU and
        # the broker burnt as much again (bench/README.md). 5 ms is within the latency goal.
        producer_linger=0.005,
        producer_max_batch_size=256 * 1024,
        # Faust's own logs go through the JSON log config of the worker entry point.
        logging_config=None,
    )
    # Before any topic or agent: the consumer Faust builds later takes the fetch wait.
    install_transport(app, settings)
    topics = Topics(
        raw=raw_topic(app, settings.topic_raw, settings.partitions_raw),
        dlq=raw_topic(app, settings.topic_dlq, settings.partitions_out),
        analyzed=raw_topic(app, settings.topic_analyzed, settings.partitions_out),
        alerts=raw_topic(app, settings.topic_alerts, settings.partitions_out),
        by_hash=raw_topic(app, settings.topic_by_hash, settings.partitions_internal, internal=True),
        by_policy=raw_topic(
            app, settings.topic_by_policy, settings.partitions_internal, internal=True
        ),
    )
    # Bytes in and out: codecs (not Faust's serializers) turn them into models. Faust
    # takes the changelog's serializers from key_type/value_type (bytes -> raw), the
    # schema covers the rest; both are needed for recovery to read what was written.
    raw: Any = faust.Schema(
        key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
    )
    # Tables are keyed by the key of the topic their agent reads (co-partitioned: same
    # key bytes, same partition count), so each key has one writer.
    seen = app.Table(
        "dedupe-seen",
        key_type=bytes,
        value_type=bytes,
        schema=raw,
        partitions=settings.partitions_internal,
    )
    policy = app.Table(
        "alert-policy-state",
        key_type=bytes,
        value_type=bytes,
        schema=raw,
        partitions=settings.partitions_internal,
    )
    metrics = Metrics(registry)
    pipeline = Pipeline(
        app=app,
        settings=settings,
        metrics=metrics,
        analyzer=AnalyzerHolder(analyzer, patterns, len(catalog.entries)),
        topics=topics,
        seen=seen,
        policy=policy,
    )
    register_agents(pipeline)
    register_views(pipeline, registry)
    register_lag_probe(pipeline)
    register_state_tasks(pipeline)
    register_catalog_watch(pipeline)
    register_watchdog(pipeline)
    register_webhooks(pipeline)
    return pipeline
