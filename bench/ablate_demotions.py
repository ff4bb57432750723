"""Each article-level demotion's track record: what the article flag does without it.

The story judge (``streams.core.article.Story.judge``) applies some forty demotions, each
written in a round for the errors of one labelled set. A demotion that only ever fires
right on the set it was written for, and wrong elsewhere, is a rule per example. This
script disables one demotion at a time (the function is swapped for a no-op in this
process only; the code is not changed), scans every given set with the same analyzer,
and counts per set the articles whose flag flips: toward the gold (the demotion was
wrong there) or away from it (the demotion was right there).

    .venv/bin/python bench/ablate_demotions.py [--set NAME=INPUT[:GOLD] ...] [--json OUT]

Without ``--set`` the shared development set is used. A set's gold file defaults to its
input (the dev set carries its labels in the same lines). Nothing of the sets' texts is
printed: set names, demotion names and counts only, so sets kept unread stay unread.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.core import article as story_module  # noqa: E402
from streams.core import measure_frames, predicate_frames  # noqa: E402
from streams.offline import build_analyzer, scan  # noqa: E402
from streams.settings import Settings  # noqa: E402

DEV = ROOT.parent / "shared" / "eval-dev" / "articles.jsonl"
# Story's own checks that demote: methods (the three *_story ones decide a whole story).
STORY_METHODS = (
    "demote_title",
    "demote_headed",
    "demote_restated",
    "demote_unreported",
    "demote_other_matter",
    "statistics_story",
    "business_story",
    "request_story",
    "promote_notified",
)


def targets() -> list[tuple[str, Any, str]]:
    """(label, owner, attribute) of every demotion the judge calls, in a stable order."""
    found: list[tuple[str, Any, str]] = [
        (name, story_module, name)
        for name in sorted(vars(story_module))
        if name.startswith(("demote_", "without_")) and callable(getattr(story_module, name))
    ]
    found += [(f"Story.{name}", story_module.Story, name) for name in STORY_METHODS]
    found += [
        ("PredicateFrameReader.demote", predicate_frames.PredicateFrameReader, "demote"),
        ("MeasureFrameReader.demote", measure_frames.MeasureFrameReader, "demote"),
        ("MeasureFrameReader.promote", measure_frames.MeasureFrameReader, "promote"),
    ]
    return found


def no_op(owner: Any, name: str) -> Callable[..., Any]:
    """A stand-in that does nothing: drafts kept, no story judged business or statistics."""
    if name.startswith("without_"):
        return lambda _first, drafts, *_rest, **_kw: drafts
    if name.endswith("_story") and owner is story_module.Story:
        return lambda *_a, **_kw: False
    return lambda *_a, **_kw: None


@contextmanager
def disabled(owner: Any, name: str) -> Iterator[None]:
    """Swap ``owner.name`` for a no-op for the block; restore the original descriptor."""
    original = vars(owner)[name]  # the staticmethod object itself, not its function
    setattr(owner, name, no_op(owner, name))
    try:
        yield
    finally:
        setattr(owner, name, original)


def load_set(spec: str) -> tuple[str, list[bytes], dict[str, bool]]:
    """``NAME=INPUT[:GOLD]`` -> (name, input lines, gold flag per id)."""
    name, _, paths = spec.partition("=")
    source, _, gold_path = paths.partition(":")
    lines = [line.encode() for line in Path(source).read_text(encoding="utf-8").splitlines()]
    gold: dict[str, bool] = {}
    for line in Path(gold_path or source).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[row["id"]] = bool(row.get("is_policy_change"))
    return name, [line for line in lines if line.strip()], gold


def flags(lines: list[bytes], analyzer: Any, settings: Settings) -> dict[str, bool]:
    """The article flag per id, as ``chipwatch scan`` gives it."""
    now = datetime(2026, 1, 1, tzinfo=UTC)  # scan's clock only stamps ingestion
    out: dict[str, bool] = {}
    for row in scan(lines, analyzer, settings, now, "ablate"):
        data = json.loads(row.line)
        if not row.error:
            out[data["id"]] = bool(data.get("is_policy_change"))
    return out


def main() -> int:
    """Scan every set with all demotions, then once per disabled demotion; print flips."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", dest="sets", default=[])
    parser.add_argument("--json", help="write every count here as JSON")
    args = parser.parse_args()
    sets = [load_set(spec) for spec in (args.sets or [f"dev={DEV}"])]
    settings = Settings()
    analyzer = build_analyzer(settings)
    base = {name: flags(lines, analyzer, settings) for name, lines, _ in sets}
    names = [name for name, _, _ in sets]
    print("demotion".ljust(36), *(n.rjust(7) for n in names), "  net (right when on / wrong)")
    report: dict[str, dict[str, list[int]]] = {}
    for label, owner, attr in targets():
        row: dict[str, list[int]] = {}
        with disabled(owner, attr):
            for name, lines, gold in sets:
                now = flags(lines, analyzer, settings)
                changed = [i for i in gold if now.get(i) != base[name].get(i)]
                wrong = sum(1 for i in changed if now.get(i) == gold[i])
                row[name] = [len(changed) - wrong, wrong]  # [right when on, wrong when on]
        report[label] = row
        right = sum(r for r, _ in row.values())
        wrong = sum(w for _, w in row.values())
        if right or wrong:
            cells = [f"{r}/{w}".rjust(7) if r or w else "      ." for r, w in row.values()]
            print(label.ljust(36), *cells, f"  {right - wrong:+d} ({right}/{wrong})")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
