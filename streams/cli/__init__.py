"""The ``chipwatch`` command: worker, scan, backtest, produce, tail, policies, schemas, ...

This module holds the parser and the entry point; the commands live beside it by kind
(``stream``: the pipeline and its topics; ``policies``; ``docs``: generated files).

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
import contextlib
import os
import sys
from pathlib import Path

from streams.cli.docs import (
    README_BEGIN,
    README_END,
    TOPICS_BEGIN,
    TOPICS_END,
    cmd_schemas,
    cmd_settings,
    cmd_topics,
)
from streams.cli.policies import cmd_policies, format_policies, format_policy
from streams.cli.stream import (
    cmd_backtest,
    cmd_catalog,
    cmd_produce,
    cmd_scan,
    cmd_tail,
    cmd_worker,
)
from streams.cli.util import EXIT_BROKEN_PIPE, EXIT_INTERRUPTED

__all__ = [
    "README_BEGIN",
    "README_END",
    "TOPICS_BEGIN",
    "TOPICS_END",
    "build_parser",
    "format_policies",
    "format_policy",
    "main",
]


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
