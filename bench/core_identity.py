"""Check that the pure core's outputs are byte for byte those of another git revision.

Runs the whole core, as the workers chain it, over ``make bench``'s corpus (20,000
articles, seed 1) and the shared development set (``../shared/eval-dev/articles.jsonl``):
decode (the dead-letter reason of a refused message), content hash, the analyzed record
(``Analyzer.analyze``, a fixed ingest time), the near-duplicate placement, the event
reports and the alert step (a fixed clock, the workers' settings of ``make bench``:
update interval 0). Every output is written as JSON, one line per input; the same is
done with the core of revision ``REV`` (``git archive`` into a temporary directory,
imported first on ``sys.path`` by the same interpreter), and the two dumps are compared.

    .venv/bin/python bench/core_identity.py --against main

Exit status 0 when identical; else the first differing lines are printed. ``--dump
FILE`` writes this tree's dump only (what the ``--against`` run does in each tree).
Speed changes to the core are checked with it before each commit (bench/README.md).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval-dev" / "articles.jsonl"


def inputs(articles: int) -> list[bytes]:
    """The bench corpus's messages, then each development article as a raw message."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate

    values = [item.value for item in generate(articles, seed=1, prefix="e2e")]
    for line in DEV.read_text(encoding="utf-8").splitlines():
        if line.strip():
            gold = json.loads(line)
            raw = {k: gold.get(k) for k in ("id", "title", "body", "url", "lang")}
            raw["published_at"] = gold.get("published") and f"{gold['published']}T00:00:00Z"
            values.append(json.dumps(raw, ensure_ascii=False).encode("utf-8"))
    return values


def dump(out: Path, articles: int) -> None:
    """Write one JSON line of every output per input (the tree on ``sys.path`` first)."""
    from streams.codecs import DecodeError, decode_raw_article
    from streams.core.alerts import AlertConfig, alert_step, reports_for
    from streams.core.analyze import Analyzer
    from streams.core.catalog import load_catalog
    from streams.core.detect import load_patterns
    from streams.core.neardup import NearDupConfig, NearDupIndex, neardup_step, signature
    from streams.core.normalise import content_hash

    analyzer = Analyzer.build(load_catalog(None), load_patterns())
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    clock = now.timestamp()
    index = NearDupIndex()
    neardup_config = NearDupConfig(threshold=0.5, window_articles=100_000, window_seconds=259_200)
    alert_config = AlertConfig(
        update_interval_seconds=0,
        action_titles=analyzer.detector.action_titles,
        generic_products=frozenset(analyzer.detector.lexicon.generic),
        material_products=frozenset(analyzer.detector.lexicon.materials),
    )
    states: dict[str, Any] = {}
    seen: set[str] = set()
    with out.open("w", encoding="utf-8") as sink:
        for i, value in enumerate(inputs(articles)):
            line: dict[str, Any] = {"i": i}
            try:
                article = decode_raw_article(value, 1 << 20, 200_000)
            except DecodeError as err:
                line["refused"] = [err.reason, err.detail]
                sink.write(json.dumps(line, ensure_ascii=False) + "\n")
                continue
            digest = content_hash(article.title, article.body)
            line["hash"] = digest
            if digest not in seen:
                seen.add(digest)
                result = analyzer.analyze(article, now, digest)
                line["analyzed"] = result.model_dump_json()
                line["reports_unplaced"] = [r.model_dump_json() for r in reports_for(result)]
                _, placed = neardup_step(
                    index, result.id, signature(article.title, article.body), clock, neardup_config
                )
                cluster = {
                    "near_duplicate_of": placed.near_duplicate_of,
                    "similarity": placed.similarity,
                }
                line["cluster"] = cluster
                alerts = []
                for report in reports_for(result.model_copy(update=cluster), alert_config):
                    key = report.policy_key
                    states[key], made = alert_step(states.get(key), report, clock, alert_config)
                    alerts.extend(a.model_dump_json() for a in made)
                    line.setdefault("reports", []).append(report.model_dump_json())
                line["alerts"] = alerts
            sink.write(json.dumps(line, ensure_ascii=False) + "\n")


def main() -> None:
    """Dump this tree's outputs and, with ``--against``, compare them with REV's."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", help="git revision to compare with")
    parser.add_argument("--dump", type=Path, help="write this tree's dump here, compare nothing")
    parser.add_argument("--articles", type=int, default=20_000)
    args = parser.parse_args()
    if args.dump is not None:
        dump(args.dump, args.articles)
        return
    if args.against is None:
        parser.error("--against REV or --dump FILE")
    with tempfile.TemporaryDirectory() as tmp:
        other = Path(tmp) / "tree"
        other.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.against],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(other)], input=archive, check=True)
        dumps = []
        for tree in (ROOT, other):
            target = Path(tmp) / f"{len(dumps)}.jsonl"
            # This file's ``dump`` with the tree's packages first on the path: the same
            # corpus and the same chain of calls, only the core differs.
            code = (
                f"import sys; sys.path.insert(0, {str(tree)!r}); import schemas, streams;"
                f"assert streams.__file__.startswith({str(tree)!r}), streams.__file__;"
                f"assert schemas.__file__.startswith({str(tree)!r}), schemas.__file__;"
                f"sys.path.insert(1, {str(ROOT / 'bench')!r}); import core_identity;"
                f"core_identity.dump(__import__('pathlib').Path({str(target)!r}), {args.articles})"
            )
            subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp)
            dumps.append(target)
        ours, theirs = (d.read_bytes() for d in dumps)
        lines = ours.count(b"\n")
        print(
            f"this tree: {lines} inputs, sha256 {hashlib.sha256(ours).hexdigest()[:16]}; "
            f"{args.against}: sha256 {hashlib.sha256(theirs).hexdigest()[:16]}"
        )
        if ours == theirs:
            print("identical")
            return
        for n, (a, b) in enumerate(zip(ours.splitlines(), theirs.splitlines(), strict=False)):
            if a != b:
                print(f"input {n} differs:\n  this tree: {a[:400]!r}")
                print(f"  {args.against}: {b[:400]!r}")
                break
        sys.exit(1)


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):
        main()
