"""``create_app(settings)``: the Faust app, its topics, tables, agents and web views.

Topics and tables are declared from the registry (``schemas.topics``).

No module-global app: the worker entry point builds one, tests build their own.
"""

from __future__ import annotations

import logging
import os
import ssl
import sys
import threading
import time
from concurrent.futures import Future
from typing import Any

import faust
from prometheus_client import CollectorRegistry

from schemas.catalog import Catalog
from schemas.topics import TOPICS, table
from streams.agents import register_agents
from streams.catalog_updates import register_catalog_watch
from streams.commit_drain import drain_before_commit
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import PolicyPatterns, load_patterns
from streams.core.event_judge import EventJudge
from streams.core.story_judge import StoryJudge
from streams.deferred import register_alert_flush
from streams.faust_io import DeadLetters, raw_schema, raw_topic
from streams.fencing import FencedTable
from streams.kafka_admin import message_limit
from streams.lag import register_lag_probe
from streams.metrics import Metrics
from streams.pipeline import AnalyzerHolder, NearDupHolder, Pipeline, Topics
from streams.policies import register_policies
from streams.settings import Settings
from streams.state import register_state_tasks
from streams.steps import event_judge, story_judge
from streams.table_manager import PromptTableManager
from streams.topics import partitions, topic_name
from streams.transport import install as install_transport
from streams.watchdog import register_watchdog
from streams.web import register_views
from streams.webhooks.wiring import register_webhooks

log = logging.getLogger("chipwatch.app")

SEEN = table("dedupe-seen")
POLICY = table("alert-policy-state")
NEARDUP = table("neardup-index")


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


def store_options(settings: Settings) -> dict[str, Any] | None:
    """Return the RocksDB options of one table (a new dict: Faust's store pops from it).

    Faust's ``RocksDBOptions`` gives every partition's database a 64 MiB memtable (three
    of them) and a 2 GiB block cache; the changelog of 1M remembered hashes (~120 MB) then
    never left the memtables, and was replayed into them from the log at each restart
    (bench/README.md: settings of issue 12). Of Faust's options these three reach rocksdict; its
    ``block_cache_compressed_size`` only reaches python-rocksdb, and ``max_open_files``
    (90 % of the process's file limit) and the 64 MiB file size are kept: a table of
    1M hashes is a few files per partition (two in a 1M-hash load on the bench machine).
    """
    if not settings.store.startswith("rocksdb"):
        return None
    return {
        "write_buffer_size": settings.store_write_buffer_bytes,
        "max_write_buffer_number": settings.store_max_write_buffers,
        "block_cache_size": settings.store_block_cache_bytes,
    }


# sysexits.h EX_CONFIG: the catalog or pattern file cannot be built into an analyzer.
EXIT_ANALYZER_BUILD = 78
# The interpreter's thread switch interval while the analyzer is built on a thread.
BUILD_SWITCH_INTERVAL_SECONDS = 0.0005


def build_in_background(
    catalog: Catalog,
    patterns: PolicyPatterns,
    judge: StoryJudge | None = None,
    event_judge: EventJudge | None = None,
) -> Future[Analyzer]:
    """Start building the analyzer on a thread; its future.

    The build is CPU-bound (compiling the cue lists: 2-3 s on the bench machine) and
    needs nothing from the broker; the worker's start-up meanwhile mostly waits on the
    network (the broker probe, the bulk table load, the group join, the recovery), and
    the thread runs in those waits. A build that fails (a pattern file that loads but
    does not compile) stops the process with ``EXIT_ANALYZER_BUILD`` and a logged
    reason, as the same error did when the build ran before start-up: a worker without
    an analyzer would dead-letter every article.
    """
    future: Future[Analyzer] = Future()

    def run() -> None:
        started = time.perf_counter()
        # While this thread computes, the event loop's thread waits for the GIL at each
        # wake-up until the build yields it, up to the switch interval (5 ms by default),
        # and the start-up is made of many short waits on the broker. A shorter interval
        # for the build's few seconds gave the loop its turn sooner: alternating warm
        # restarts, median 5.52 s against 6.97 s (bench/README.md, "Round 30").
        switch = sys.getswitchinterval()
        sys.setswitchinterval(BUILD_SWITCH_INTERVAL_SECONDS)
        try:
            analyzer = Analyzer.build(catalog, patterns, judge, event_judge)
        except BaseException as err:
            log.critical(
                "analyzer could not be built: stopping the worker (check the catalog and "
                "pattern files)",
                extra={"error": f"{type(err).__name__}: {err}"[:500]},
                exc_info=True,
            )
            for handler in logging.getLogger().handlers:
                handler.flush()
            os._exit(EXIT_ANALYZER_BUILD)
        sys.setswitchinterval(switch)
        log.info("analyzer built", extra={"seconds": round(time.perf_counter() - started, 2)})
        future.set_result(analyzer)

    # A daemon thread: a worker stopped during start-up does not wait for the build.
    threading.Thread(target=run, name="chipwatch-analyzer-build", daemon=True).start()
    return future


def create_app(
    settings: Settings,
    registry: CollectorRegistry | None = None,
    analyzer: Analyzer | None = None,
    *,
    background_build: bool = False,
) -> Pipeline:
    """Build the Faust app with its topics, tables, agents and web views.

    ``analyzer``: use this one (tests share one across apps). Else one is built from the
    settings' files, here or, with ``background_build`` (the worker), on a thread that
    runs while the worker starts (``build_in_background``; ``/readyz`` waits for it).
    """
    registry = registry if registry is not None else CollectorRegistry()
    patterns = load_patterns(settings.patterns_path)
    catalog = load_catalog(settings.catalog_path)
    judge, events_judge = story_judge(settings), event_judge(settings)
    first: Analyzer | Future[Analyzer]
    if analyzer is not None:
        first = analyzer
    elif background_build:
        first = build_in_background(catalog, patterns, judge, events_judge)
    else:
        first = Analyzer.build(catalog, patterns, judge, events_judge)
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
        # Per partition and fetch: the message limit unless set (0); a message above a
        # smaller setting still comes whole (the broker returns a first batch over the limit:
        # tests/integration/test_limits.py).
        consumer_max_fetch_size=settings.consumer_max_partition_fetch_bytes
        or message_limit(settings),
        # A message up to the topic's limit must fit one produce request
        # (kafka_admin.message_limit), or it would be refused rather than dead-lettered
        # with a reason.
        producer_max_request_size=message_limit(settings),
        # Faust's defaults (no linger, 16 KB batches: four 4 KB articles) make one produce
        # request per few messages; the socket writes were 11 % of the worker's CPU and
        # the broker burnt as much again (bench/README.md). 5 ms by default; 1 ms halves
        # the latency at low load and costs throughput (the setting's description).
        producer_linger=settings.producer_linger_seconds,
        producer_max_batch_size=256 * 1024,
        # Faust's own logs go through the JSON log config of the worker entry point.
        logging_config=None,
        # Every partitioned table: a zombie's late changelog records neither move its
        # store's offset past another writer's records nor replay last (streams/fencing.py).
        Table=FencedTable,
        # Tables are all declared here, before the worker starts: no need for Faust's
        # one-second wait for late ones at every start (streams/table_manager.py).
        TableManager=PromptTableManager,
    )
    # Before any topic or agent: the consumer Faust builds later takes the fetch wait.
    install_transport(app, settings)
    # Then on that transport (it wraps its producer class): a commit waits for every
    # queued table write (streams/faust_io.py).
    drain_before_commit(app)
    topics = Topics(
        **{
            t.id: raw_topic(
                app,
                topic_name(settings, t),
                partitions(settings, t),
                internal=t.internal,
                compacted=t.compacted,
            )
            for t in TOPICS
            if t.stream
        }
    )
    # Bytes in and out: codecs (not Faust's serializers) turn them into models.
    raw = raw_schema()
    # Tables are keyed by the key of the topic their agent reads (co-partitioned: same
    # key bytes, same partition count), so each key has one writer.
    seen = app.Table(
        SEEN.name,
        key_type=bytes,
        value_type=bytes,
        schema=raw,
        partitions=partitions(settings, SEEN),
        options=store_options(settings),
    )
    policy = app.Table(
        POLICY.name,
        key_type=bytes,
        value_type=bytes,
        schema=raw,
        partitions=partitions(settings, POLICY),
        options=store_options(settings),
    )
    # One partition (the registry says so): its one writer sees every recent article.
    neardup = app.Table(
        NEARDUP.name,
        key_type=bytes,
        value_type=bytes,
        schema=raw,
        partitions=partitions(settings, NEARDUP),
        options=store_options(settings),
    )
    metrics = Metrics(registry)
    p = Pipeline(
        app=app,
        settings=settings,
        metrics=metrics,
        analyzer=AnalyzerHolder(first, len(catalog.entries)),
        topics=topics,
        dead_letters=DeadLetters(topics.dlq, metrics, settings.max_message_bytes),
        seen=seen,
        policy=policy,
        neardup=neardup,
        neardup_index=NearDupHolder(),
    )
    register_agents(p)
    register_alert_flush(p)
    register_views(app, registry, p.analyzer)
    register_lag_probe(app, settings, metrics)
    register_state_tasks(app, seen, settings, metrics)
    register_catalog_watch(app, settings, metrics, p.analyzer)
    register_watchdog(app, settings, metrics)
    register_webhooks(app, settings, metrics, topics, p.dead_letters)
    register_policies(app, settings, metrics, topics, p.dead_letters)
    return p
