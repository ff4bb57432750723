"""The ``chipwatch`` command: worker, scan, backtest, produce, tail, policies, schemas, ...

Exits as Unix filters do (issue 13.9): Ctrl-C ends any command at once with status 130
(128 + SIGINT) and no traceback; a reader that goes away (``chipwatch scan ... | head
-1``) ends it quietly with status 141 (128 + SIGPIPE), what ``cat`` or ``grep`` report
when their pipe closes, so ``set -o pipefail`` scripts see the same from chipwatch.
Python ignores SIGPIPE (sockets get an error instead of a kill) and chipwatch keeps it
so: the broker's sockets must not kill ``produce`` or ``tail``; the closed stdout is
caught as ``BrokenPipeError`` in ``main``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, TypeVar

import orjson
from tqdm import tqdm

from streams.settings import Settings

log = logging.getLogger("chipwatch.cli")
T = TypeVar("T")

EXIT_INTERRUPTED = 130  # 128 + SIGINT: Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of stdout went away
STDIN_CHUNK = 65_536


def _progress(total: int | None, unit: str) -> Any:
    # Progress only for people: a pipe or a CI log gets none of the carriage returns.
    return tqdm(total=total, unit=unit, file=sys.stderr, disable=not sys.stderr.isatty())


def _lines(path: str) -> Iterator[bytes]:
    if path == "-":
        yield from sys.stdin.buffer
        return
    with open(path, "rb") as handle:
        yield from handle


def _counted(items: Iterable[T], bar: Any) -> Iterator[T]:
    for item in items:
        bar.update(1)
        yield item


def _count_lines(path: str) -> int | None:
    if path == "-":
        return None
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)


# --- worker ---------------------------------------------------------------------------


def cmd_worker(args: argparse.Namespace) -> int:
    """Run a stream worker until SIGTERM/SIGINT."""
    from faust import Worker

    from streams import failpoints
    from streams.app import create_app
    from streams.logs import LEVELS, logging_config, setup_logging
    from streams.startup import EXIT_DATA_DIR, data_dir_problem, wait_for_broker
    from streams.table_prime import prime_tables

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
    # Waits (serving /readyz 503) until the broker answers, and creates missing topics.
    if not loop.run_until_complete(wait_for_broker(settings)):
        return 0
    pipeline = create_app(settings)
    # RocksDB tables: their changelogs in bulk before Faust's per-record recovery.
    loop.run_until_complete(prime_tables(pipeline))
    worker = Worker(
        pipeline.app,
        loglevel=LEVELS[settings.log_level],
        logging_config=logging_config(settings.log_level),
        loop=loop,
        redirect_stdouts=False,
    )
    worker.execute_from_commandline()
    return 0  # pragma: no cover - execute_from_commandline exits the process


# --- scan -----------------------------------------------------------------------------


def cmd_scan(args: argparse.Namespace) -> int:
    """Analyze a JSONL file with the stream's steps, no broker: one line out per line in."""
    from streams.offline import build_analyzer, scan

    settings = Settings()
    analyzer = build_analyzer(settings, args.catalog, args.patterns)
    out: IO[bytes] = open(args.output, "wb") if args.output else sys.stdout.buffer  # noqa: SIM115
    errors = 0
    try:
        with _progress(_count_lines(args.input), "article") as bar:
            lines = _counted(_lines(args.input), bar)
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
    dated, skipped = read_dated(_lines(args.input), settings, datetime.now(UTC))
    for skip in skipped:
        where = f"{args.input}:{skip.number}"
        sys.stderr.write(f"chipwatch backtest: {where}: skipped, {skip.reason}\n")
    out: IO[bytes] = open(args.output, "wb") if args.output else sys.stdout.buffer  # noqa: SIM115
    statuses = {"new": 0, "update": 0}
    try:
        with _progress(len(dated), "article") as bar:
            for alert in backtest(_counted(dated, bar), analyzer, settings, args.input):
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
    for line in _lines(path):  # a file: each read returns at once
        yield line
        await asyncio.sleep(0)


async def _produce(settings: Settings, path: str, topic: str, sent: list[int]) -> None:
    from aiokafka import AIOKafkaProducer

    from streams.kafka_admin import client_kwargs

    producer = AIOKafkaProducer(**client_kwargs(settings), linger_ms=5, acks="all")
    await producer.start()
    try:
        with _progress(_count_lines(path), "msg") as bar:
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
    from streams.core.catalog import CatalogError, parse_catalog
    from streams.logs import setup_logging

    settings = Settings()
    setup_logging(settings.log_level)
    data = Path(args.file).read_bytes()
    try:
        catalog = parse_catalog(data)
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


# --- policies -------------------------------------------------------------------------


def _when(value: str | None) -> str:
    """An RFC 3339 time as ``YYYY-MM-DD HH:MM`` (UTC), for tables."""
    if not value:
        return "-"
    return datetime.fromisoformat(value).astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=False)]
    lines = [header, ["-" * w for w in widths], *rows]
    return (
        "\n".join(
            "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
            for r in lines
        )
        + "\n"
    )


def format_policies(views: list[dict[str, Any]]) -> str:
    """The policy views as a table: one line per policy."""
    rows = []
    for v in views:
        last = v["alerts"][0] if v["alerts"] else {}
        rows.append(
            [
                v["key"],
                v["direction"],
                _when(v["since"]),
                _when(last.get("created_at")),
                last.get("status", "-"),
                str(len(v["reversals"])),
            ]
        )
    header = ["POLICY", "DIRECTION", "SINCE", "LAST ALERT", "STATUS", "REVERSALS"]
    return _table(header, rows)


def format_policy(view: dict[str, Any]) -> str:
    """One policy's view: its state, its last alerts, its reversals."""
    out = [
        f"{view['key']}: {view['direction']} since {_when(view['since'])} "
        f"(updated {_when(view['updated_at'])})\n",
        "\nlast alerts\n",
        _table(
            ["TIME", "STATUS", "ACTION", "DIRECTION", "ALERT", "EVIDENCE"],
            [
                [
                    _when(a["created_at"]),
                    a["status"],
                    a["action"],
                    a["direction"],
                    a["alert_id"][:12],
                    a["evidence"][:80],
                ]
                for a in view["alerts"]
            ],
        ),
    ]
    if view["reversals"]:
        out.append("\nreversals\n")
        out.append(
            _table(
                ["AT", "FROM", "TO", "ALERT"],
                [
                    [_when(c["at"]), c["from_direction"], c["to_direction"], c["alert_id"][:12]]
                    for c in view["reversals"]
                ],
            )
        )
    return "".join(out)


def _api_get(url: str, token: str | None) -> tuple[int, Any]:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"accept": "application/json"})
    if token:
        request.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return int(answer.status), orjson.loads(answer.read())
    except urllib.error.HTTPError as err:
        try:
            return int(err.code), orjson.loads(err.read())
        except orjson.JSONDecodeError:
            return int(err.code), {"error": err.reason}


def cmd_policies(args: argparse.Namespace) -> int:
    """Print the state of each policy (or one), from a worker's ``GET /policies``."""
    from urllib.parse import quote, urlencode

    settings = Settings()
    host = "127.0.0.1" if settings.web_host in ("0.0.0.0", "::") else settings.web_host
    base = (args.url or f"http://{host}:{settings.web_port}").rstrip("/")
    token = settings.webhook_api_token.get_secret_value() if settings.webhook_api_token else None
    if args.key:
        url = f"{base}/policies/{quote(args.key, safe='')}"
    else:
        filters = {
            k: getattr(args, k)
            for k in ("jurisdiction", "product", "flow", "direction")
            if getattr(args, k) is not None
        }
        url = f"{base}/policies" + (f"?{urlencode(filters)}" if filters else "")
    try:
        status, body = _api_get(url, token)
    except OSError as err:
        sys.stderr.write(f"chipwatch policies: {base}: {err}\n")
        return 2
    if status != 200:
        problem = body.get("error", body) if isinstance(body, dict) else body
        sys.stderr.write(f"chipwatch policies: {status}: {problem}\n")
        return 1
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(body, option=orjson.OPT_INDENT_2) + b"\n")
    elif args.key:
        sys.stdout.write(format_policy(body))
    else:
        sys.stdout.write(format_policies(body["policies"]))
    return 0


# --- settings -------------------------------------------------------------------------

README_BEGIN = "<!-- settings:begin (generated by `chipwatch settings --readme README.md`) -->\n"
README_END = "<!-- settings:end -->"
TOPICS_BEGIN = "<!-- topics:begin (generated by `chipwatch topics --readme README.md`) -->\n"
TOPICS_END = "<!-- topics:end -->"


def _write_between(path: Path, name: str, begin: str, end: str, block: str) -> int:
    """Replace the README block between ``begin`` and ``end`` with ``block``."""
    text = path.read_text(encoding="utf-8")
    head, sep, rest = text.partition(begin)
    _, sep2, tail = rest.partition(end)
    if not (sep and sep2):
        sys.stderr.write(f"chipwatch: {path} has no {name} markers\n")
        return 2
    path.write_text(head + begin + block + end + tail, encoding="utf-8")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    """Print the settings table, or write it into the README between its markers."""
    from streams.settings import settings_table

    table = settings_table()
    if not args.readme:
        sys.stdout.write(table)
        return 0
    return _write_between(Path(args.readme), "settings", README_BEGIN, README_END, table)


def cmd_topics(args: argparse.Namespace) -> int:
    """Print the topics and tables table, or write it into the README between its markers."""
    from streams.topics import topics_table

    table = topics_table()
    if not args.readme:
        sys.stdout.write(table)
        return 0
    return _write_between(Path(args.readme), "topics", TOPICS_BEGIN, TOPICS_END, table)


# --- schemas --------------------------------------------------------------------------


def cmd_schemas(args: argparse.Namespace) -> int:
    """Export JSON Schema and AsyncAPI files, or check that they match the code."""
    from schemas.export import check, export

    if args.check:
        drift = check(Path(args.dir) if args.dir else None)
        for name in drift:
            sys.stderr.write(f"out of date: {name}\n")
        return 1 if drift else 0
    for path in export(Path(args.dir) if args.dir else None):
        sys.stderr.write(f"wrote {path}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``chipwatch`` command."""
    parser = argparse.ArgumentParser(
        prog="chipwatch",
        description="Streaming alerts on government policy changes for AI chips. "
        "Settings come from CHIPWATCH_* environment variables (see README).",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("worker", help="run a stream worker (Faust) until SIGTERM/SIGINT")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("scan", help="analyze a JSONL file offline, one JSON line per article")
    p.add_argument("input", help="JSONL of raw articles, or - for stdin")
    p.add_argument("--output", "-o", help="write here instead of stdout")
    p.add_argument("--catalog", type=Path, help="entity catalog file (default: the bundled one)")
    p.add_argument(
        "--patterns", type=Path, help="policy patterns file (default: CHIPWATCH_PATTERNS_PATH)"
    )
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser(
        "backtest", help="which alerts would the stream have sent for this archive (JSONL)"
    )
    p.add_argument("input", help="JSONL of raw articles, or - for stdin")
    p.add_argument("--output", "-o", help="write the alerts here instead of stdout")
    p.add_argument("--catalog", type=Path, help="entity catalog file (default: the bundled one)")
    p.add_argument(
        "--patterns", type=Path, help="policy patterns file (default: CHIPWATCH_PATTERNS_PATH)"
    )
    p.set_defaults(func=cmd_backtest)

    p = sub.add_parser("produce", help="send a JSONL file of raw articles to the input topic")
    p.add_argument("input", help="JSONL file, or - for stdin")
    p.add_argument("--topic", help="topic (default: CHIPWATCH_TOPIC_RAW)")
    p.set_defaults(func=cmd_produce)

    p = sub.add_parser("tail", help="print alerts as JSON lines as they arrive")
    p.add_argument("--topic", help="topic (default: CHIPWATCH_TOPIC_ALERTS)")
    p.add_argument("--from-beginning", action="store_true", help="start at the oldest message")
    p.add_argument("--limit", type=int, help="stop after this many messages")
    p.add_argument("--timeout", type=float, help="stop after this many seconds")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.set_defaults(func=cmd_tail)

    p = sub.add_parser(
        "policies", help="the state of each policy (direction, since, alerts) from a worker"
    )
    p.add_argument("key", nargs="?", help="one policy: jurisdiction|flow|product")
    p.add_argument("--jurisdiction", help="e.g. CN, US, EU")
    p.add_argument("--product", help="e.g. H200")
    p.add_argument("--flow", help="export, import, purchase, sale, investment, other")
    p.add_argument("--direction", help="easing or tightening (the current direction)")
    p.add_argument("--json", action="store_true", help="the API's JSON instead of a table")
    p.add_argument("--url", help="a worker's web address (default: CHIPWATCH_WEB_HOST/_PORT)")
    p.set_defaults(func=cmd_policies)

    p = sub.add_parser("catalog", help="check or publish an entity catalog (YAML/JSON)")
    p.add_argument("action", choices=["check", "publish"], help="publish: to every worker")
    p.add_argument("file", help="catalog file")
    p.set_defaults(func=cmd_catalog)

    p = sub.add_parser("settings", help="print every CHIPWATCH_* setting as a Markdown table")
    p.add_argument("--readme", help="write the table into this README between its markers")
    p.set_defaults(func=cmd_settings)

    p = sub.add_parser("topics", help="print every topic and table as a Markdown table")
    p.add_argument("--readme", help="write the table into this README between its markers")
    p.set_defaults(func=cmd_topics)

    p = sub.add_parser("schemas", help="export JSON Schema + AsyncAPI files (or --check)")
    p.add_argument("--check", action="store_true", help="exit 1 when the files are stale")
    p.add_argument("--dir", help="output folder (default: the schemas package)")
    p.set_defaults(func=cmd_schemas)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``chipwatch`` console script.

    Ctrl-C: status 130, no traceback. A closed stdout (``| head``): status 141, quiet.
    """
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _drop_stdout()
        return EXIT_BROKEN_PIPE


def _drop_stdout() -> None:
    """Point stdout at /dev/null: the interpreter's last flush must not fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
