"""Instructions of the core pass's loop, counted by callgrind: the figure a shared machine keeps.

CPU-second rates move by 10-50 % with the load of the other processes on the machine
(bench/README.md, "A faster core"); the number of instructions the core pass executes
does not. This runs the core pass's loop (decode + hash + dedupe + ``Analyzer.analyze`` +
``reports_for`` per input, as ``run.core_pass`` times it) over ``generate(N, seed=1,
prefix="e2e")`` under ``valgrind --tool=callgrind`` and counts only inside the loop: the
loop is driven by ``collections.deque(map(...), maxlen=0)``, so ``--toggle-collect`` on
the C function that drains it (``consume_iterator``, used nowhere else in the core)
switches counting on for exactly the loop; the analyzer's build and a warm-up over
other articles are not counted. No ``callgrind_control`` timing to get right.

    .venv/bin/python bench/core_instructions.py [--articles 300] [--against REV] [--runs 1]
        [--stage loop|decode|hash|tag|detect|analyze|reports]

With ``--against REV`` the same loop runs on ``git archive REV`` (imported first on the
path, as ``core_identity.py`` does), this tree and REV alternating. Prints instructions
per input article. ``PYTHONHASHSEED=0``: set iteration order does not move the count.
Needs valgrind; 300 articles take ~1.5 min a run (the build runs under valgrind too).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import os
import re
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_COLLECTED = re.compile(r"Collected\s*:\s*([0-9]+)")


#: What ``--stage`` counts: the core loop, or one stage of it alone over the same inputs
#: (prepared before counting starts, as the loop would have them).
STAGES = ("loop", "decode", "hash", "tag", "detect", "analyze", "reports")


def loop(articles: int, stage: str = "loop") -> None:
    """Build, warm up, then run the core loop (or one stage) inside ``consume_iterator``.

    ``decode`` runs over every input, ``hash`` over every valid one, the rest over the
    first copies as the loop analyzes them: ``tag`` (``Tagger.tag``), ``detect`` (the
    detector on a fresh tag result: its mentions are built inside), ``analyze`` (the
    whole ``Analyzer.analyze``: tag + detect + the record) and ``reports``
    (``reports_for`` of the analyzed records). Only what runs inside is counted.
    """
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate

    from streams.codecs import DecodeError, decode_raw_article
    from streams.core.alerts import reports_for
    from streams.core.analyze import Analyzer
    from streams.core.catalog import load_catalog
    from streams.core.detect import load_patterns
    from streams.core.normalise import content_hash

    values = [item.value for item in generate(articles, seed=1, prefix="e2e")]
    try:  # the story judge, as the worker runs it (round 48); a REV before it has none
        from streams.core.story_judge import load_story_judge

        judge = None if os.environ.get("CHIPWATCH_STORY_JUDGE") == "false" else load_story_judge()
        analyzer = Analyzer.build(load_catalog(None), load_patterns(), judge)
    except ImportError:
        analyzer = Analyzer.build(load_catalog(None), load_patterns())
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    for item in generate(200, seed=5, prefix="warm"):  # not counted: first-call costs
        with contextlib.suppress(DecodeError):
            analyzer.analyze(decode_raw_article(item.value, 1 << 20, 200_000), now)
    seen: set[str] = set()

    def one(value: bytes) -> None:
        try:
            article = decode_raw_article(value, 1 << 20, 200_000)
        except DecodeError:
            return
        digest = content_hash(article.title, article.body)
        if digest in seen:
            return
        seen.add(digest)
        reports_for(analyzer.analyze(article, now, digest))

    if stage == "loop":
        collections.deque(map(one, values), maxlen=0)
        return
    valid = []
    for value in values:
        with contextlib.suppress(DecodeError):
            valid.append(decode_raw_article(value, 1 << 20, 200_000))
    firsts = []
    for article in valid:
        digest = content_hash(article.title, article.body)
        if digest not in seen:
            seen.add(digest)
            firsts.append((article, digest))
    tagger, detector = analyzer.tagger, analyzer.detector
    work: dict[str, tuple[Any, list[Any]]] = {
        "decode": (lambda v: decode_raw_article(v, 1 << 20, 200_000), values),
        "hash": (lambda a: content_hash(a.title, a.body), valid),
        "tag": (lambda f: tagger.tag(f[0].title, f[0].body), firsts),
        "analyze": (lambda f: analyzer.analyze(f[0], now, f[1]), firsts),
    }
    if stage == "detect":
        tagged = [(a, tagger.tag(a.title, a.body)) for a, _ in firsts]
        work[stage] = (
            lambda f: detector.detect(f[0].title, f[0].body, f[1], published=f[0].published_at),
            tagged,
        )
    elif stage == "reports":
        work[stage] = (reports_for, [analyzer.analyze(a, now, d) for a, d in firsts])
    call, inputs = work[stage]

    def guarded(item: Any) -> None:
        with contextlib.suppress(DecodeError):
            call(item)

    collections.deque(map(guarded, inputs), maxlen=0)


def count(tree: Path | None, articles: int, stage: str = "loop") -> int:
    """Instructions of the loop (or ``stage``) over ``articles`` inputs, ``tree`` first."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--collect-atstart=no",
                "--toggle-collect=consume_iterator",
                f"--callgrind-out-file={tmp}/callgrind.out",
                sys.executable,
                __file__,
                "--loop",
                "--articles",
                str(articles),
                "--stage",
                stage,
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"no callgrind total in:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    """Count this tree's loop (and REV's, alternating) and print per input article."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--against", help="git revision to count too")
    parser.add_argument("--runs", type=int, default=1, help="runs of each tree")
    parser.add_argument(
        "--stage", choices=STAGES, default="loop", help="count one stage alone (see loop)"
    )
    parser.add_argument("--loop", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.loop:
        loop(args.articles, args.stage)
        return
    with tempfile.TemporaryDirectory() as tmp:
        trees: list[tuple[str, Path | None]] = [("this tree", None)]
        if args.against:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", args.against],
                capture_output=True,
                check=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            trees.insert(0, (args.against, Path(tmp)))
        for run in range(args.runs):
            for name, tree in trees:
                total = count(tree, args.articles, args.stage)
                print(
                    f"run {run + 1} {name:>12s} {args.stage}: {total:,} instructions,"
                    f" {total / args.articles:,.0f} per input ({args.articles} inputs)",
                    flush=True,
                )


if __name__ == "__main__":
    main()
