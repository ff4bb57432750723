"""Pipeline and topic commands: worker, scan, backtest, produce, tail, catalog."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import os
import sys
import threading
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import orjson

from streams.cli.util import (
    STDIN_CHUNK,
    count_lines,
    counted,
    log,
    progress,
    read_lines,
)
from streams.settings import Settings

# --- worker ---------------------------------------------------------------------------


def cmd_worker(args: argparse.Namespace) -> int:
    """Run a stream worker until SIGTERM/SIGINT."""
    from faust import Worker

    from streams import failpoints
    from streams.app import create_app
    from streams.kafka_admin import faust_topic_specs
    from streams.logs import LEVELS, logging_config, setup_logging
    from streams.startup import EXIT_DATA_DIR, data_dir_problem, wait_for_broker
    from streams.table_prime import prime_tables

    # Start-up builds objects that live as long as the process (below): the cyclic
    # garbage collector is off until they are built, then they are frozen out of it.
    gc.disable()
    settings = Settings()
    setup_logging(settings.log_level)
    try:
        failpoints.arm_from_env()  # test only: read once, here (streams/failpoints.py)
    except failpoints.UnknownFailpoint as err:
        log.error("unknown failpoint", extra={"error": str(err)})
        return 2
    problem = data_dir_problem(settings.data_dir)
    if problem:
        log.error(
            "data directory not writable: stopping (mount a writable volume there, or "
            "set CHIPWATCH_DATA_DIR)",
            extra={"data_dir": str(settings.data_dir), "reason": problem},
        )
        return EXIT_DATA_DIR
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    # Built before the broker is asked (nothing in it talks to the broker yet): the
    # topics Faust would create itself come from it (below). The analyzer is built on a
    # thread meanwhile, while the worker waits on the broker (``build_in_background``).
    pipeline = create_app(settings, background_build=True)
    # What is built by then lives as long as the process (the analyzer's catalog and
    # lexicon, Faust's app, the imported modules: ~150,000 objects). Frozen, the cyclic
    # garbage collector stops walking them at each full collection, which took 70-80 ms
    # at load 2.5 and up to 0.85 s at load 8 on the bench machine, 30 times in a cold
    # start with 1M hashes (bench/README.md, "Settings of issue 12"). So the collector
    # stays off until the analyzer is built (a few seconds of start-up), then they are
    # frozen, on the build's thread or here if it is done. A catalog reloaded later
    # replaces the analyzer: the frozen one is still freed by reference counting (only
    # reference cycles in it stay).
    pipeline.analyzer.on_built(freeze_what_lives)
    # Waits (serving /readyz 503) until the broker answers, and creates missing topics,
    # Faust's changelogs and leader topic too, so that the first group join finds every
    # one in the broker's metadata (streams/kafka_admin.py, faust_topic_specs): maybe
    # for long, with the collector on (a retry's exception is cyclic garbage).
    if not loop.run_until_complete(wait_for_broker(settings, faust_topic_specs(pipeline.app))):
        return 0
    # RocksDB tables: their changelogs in bulk before Faust's per-record recovery.
    loop.run_until_complete(prime_tables(pipeline))
    worker = Worker(
        pipeline.app,
        loglevel=LEVELS[settings.log_level],
        logging_config=logging_config(settings.log_level),
        loop=loop,
        redirect_stdouts=False,
    )
    without_spinner(worker)
    worker.execute_from_commandline()
    return 0  # pragma: no cover - execute_from_commandline exits the process


def freeze_what_lives() -> None:
    """Collect, move every object alive now out of the collector's reach, turn it on."""
    gc.collect()
    gc.freeze()
    gc.enable()


def without_spinner(worker: Any) -> None:
    """Turn off Faust's start-up spinner, which sets the root logger to DEBUG.

    At a log level of ``warn`` or above, Faust's worker adds a handler that advances a
    terminal spinner on every log record and sets the root logger to DEBUG for it (the
    JSON handler keeps the configured level). Every debug call of Faust and mode then
    builds a ``LogRecord`` (several per event: ~3 % of the worker's CPU in the bench,
    which runs at ``warn``), long after start-up, when the spinner has stopped. Without
    the spinner the root logger keeps the configured level; nothing else reads it.
    """
    worker.spinner = None


# --- scan -----------------------------------------------------------------------------


def cmd_scan(args: argparse.Namespace) -> int:
    """Analyze a JSONL file with the stream's steps, no broker: one line out per line in."""
    from streams.offline import build_analyzer, scan

    settings = Settings()
    analyzer = build_analyzer(settings, args.catalog, args.patterns)
    out: IO[bytes] = open(args.output, "wb") if args.output else sys.stdout.buffer  # noqa: SIM115
    errors = 0
    try:
        with progress(count_lines(args.input), "article") as bar:
            lines = counted(read_lines(args.input), bar)
            for row in scan(lines, analyzer, settings, datetime.now(UTC), args.input):
                errors += row.error
                out.write(row.line + b"\n")
    finally:
        if args.output:
            out.close()
        else:
            out.flush()
    if errors:
        log.warning("invalid lines", extra={"count": errors})
    return 0


# --- backtest -------------------------------------------------------------------------


def cmd_backtest(args: argparse.Namespace) -> int:
    """Write every alert the stream would have sent for an archive, at publication times."""
    from streams.codecs import encode_alert
    from streams.offline import backtest, build_analyzer, read_dated

    settings = Settings()
    analyzer = build_analyzer(settings, args.catalog, args.patterns)
    dated, skipped = read_dated(read_lines(args.input), settings, datetime.now(UTC))
    for skip in skipped:
        where = f"{args.input}:{skip.number}"
        sys.stderr.write(f"chipwatch backtest: {where}: skipped, {skip.reason}\n")
    out: IO[bytes] = open(args.output, "wb") if args.output else sys.stdout.buffer  # noqa: SIM115
    statuses = {"new": 0, "update": 0}
    try:
        with progress(len(dated), "article") as bar:
            for alert in backtest(counted(dated, bar), analyzer, settings, args.input):
                statuses[alert.status] += 1
                _, value, _ = encode_alert(alert, settings.cloudevents_source)
                out.write(value + b"\n")
    finally:
        if args.output:
            out.close()
        else:
            out.flush()
    sys.stderr.write(
        f"chipwatch backtest: {len(dated)} articles, {len(skipped)} lines skipped; "
        f"{statuses['new']} new alerts, {statuses['update']} updates\n"
    )
    return 0


# --- produce / tail -------------------------------------------------------------------


async def _stdin_lines() -> AsyncIterator[bytes]:
    """Yield stdin's lines without blocking the event loop.

    A thread reads the file descriptor (``os.read``: no lock of ``sys.stdin`` held, so
    the process can exit while it waits) and hands chunks to the loop through a bounded
    queue. Reading stdin in the loop itself blocked it: Ctrl-C only asked the loop to
    stop, which it could not do until the next line came (issue 13.9).
    """
    loop = asyncio.get_running_loop()
    chunks: asyncio.Queue[bytes] = asyncio.Queue(maxsize=8)
    fd = sys.stdin.fileno()

    def read() -> None:
        try:
            while True:
                chunk = os.read(fd, STDIN_CHUNK)
                asyncio.run_coroutine_threadsafe(chunks.put(chunk), loop).result()
                if not chunk:
                    return
        except Exception:  # the loop closed (Ctrl-C, an error): the reader just ends
            return

    threading.Thread(target=read, name="stdin", daemon=True).start()
    rest = b""
    while chunk := await chunks.get():
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        for line in lines:
            yield line + b"\n"
    if rest:
        yield rest


async def _input_lines(path: str) -> AsyncIterator[bytes]:
    if path == "-":
        async for line in _stdin_lines():
            yield line
        return
    for line in read_lines(path):  # a file: each read returns at once
        yield line
        await asyncio.sleep(0)


async def _produce(settings: Settings, path: str, topic: str, sent: list[int]) -> None:
    from aiokafka import AIOKafkaProducer

    from streams.kafka_admin import client_kwargs

    producer = AIOKafkaProducer(**client_kwargs(settings), linger_ms=5, acks="all")
    await producer.start()
    try:
        with progress(count_lines(path), "msg") as bar:
            async for line in _input_lines(path):
                value = line.rstrip(b"\r\n")
                if not value.strip():
                    continue
                key = None
                with contextlib.suppress(Exception):
                    key = str(orjson.loads(value)["id"]).encode()
                await producer.send(topic, value=value, key=key)
                sent[0] += 1
                bar.update(1)
        await producer.flush()
    finally:
        await producer.stop()  # sends what was accepted, also after Ctrl-C


def cmd_produce(args: argparse.Namespace) -> int:
    """Send each line of a JSONL file, as is, to the input topic (key = the line's id)."""
    from streams.logs import setup_logging

    settings = Settings()
    setup_logging(settings.log_level)
    sent = [0]
    try:
        asyncio.run(_produce(settings, args.input, args.topic or settings.topic_raw, sent))
    except KeyboardInterrupt:
        log.info("produced, then interrupted", extra={"messages": sent[0]})
        raise
    log.info("produced", extra={"messages": sent[0]})
    return 0


async def _tail(settings: Settings, args: argparse.Namespace) -> int:
    from aiokafka import AIOKafkaConsumer

    from streams.kafka_admin import client_kwargs

    consumer = AIOKafkaConsumer(
        args.topic or settings.topic_alerts,
        **client_kwargs(settings),
        group_id=None,
        auto_offset_reset="earliest" if args.from_beginning else "latest",
        enable_auto_commit=False,
        isolation_level="read_committed",
    )
    await consumer.start()
    count = 0
    deadline = time.monotonic() + args.timeout if args.timeout else None
    try:
        while args.limit is None or count < args.limit:
            if deadline is not None and time.monotonic() >= deadline:
                break
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for record in records:
                    value = record.value or b""
                    if args.pretty:
                        value = orjson.dumps(orjson.loads(value), option=orjson.OPT_INDENT_2)
                    sys.stdout.buffer.write(value + b"\n")
                    sys.stdout.flush()
                    count += 1
    finally:
        await consumer.stop()
    return count


def cmd_tail(args: argparse.Namespace) -> int:
    """Print alerts (or any topic's values) as JSON lines as they arrive."""
    from streams.logs import setup_logging

    settings = Settings()
    setup_logging(settings.log_level)
    asyncio.run(_tail(settings, args))  # Ctrl-C: 130, as any other command (main)
    return 0


# --- catalog --------------------------------------------------------------------------


async def _publish_catalog(settings: Settings, data: bytes) -> None:
    from aiokafka import AIOKafkaProducer

    from streams.catalog_updates import CATALOG_KEY
    from streams.kafka_admin import client_kwargs, ensure_topics, topic_specs

    specs = [t for t in topic_specs(settings) if t.name == settings.topic_catalog]
    await ensure_topics(settings, specs)
    producer = AIOKafkaProducer(**client_kwargs(settings), acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(settings.topic_catalog, value=data, key=CATALOG_KEY)
    finally:
        await producer.stop()


def cmd_catalog(args: argparse.Namespace) -> int:
    """Validate a catalog file; with ``publish``, send it to every worker."""
    from streams.core.catalog import CatalogError, load_territories, parse_catalog
    from streams.logs import setup_logging

    settings = Settings()
    setup_logging(settings.log_level)
    data = Path(args.file).read_bytes()
    try:
        catalog = parse_catalog(data, load_territories())  # as every worker will read it
    except CatalogError as err:
        sys.stderr.write(f"chipwatch: {args.file}: {err}\n")
        return 2
    if args.action == "publish":
        asyncio.run(_publish_catalog(settings, data))
        log.info(
            "catalog published",
            extra={"entries": len(catalog.entries), "topic_name": settings.topic_catalog},
        )
    else:
        sys.stderr.write(f"{args.file}: valid, {len(catalog.entries)} entries\n")
    return 0
