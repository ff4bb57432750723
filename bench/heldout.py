"""Scan and score held-out sets (real news excerpts labelled by people who never read the code).

A held-out set is a folder holding ``input.jsonl`` (raw article lines) and ``gold.jsonl``
(labels in the shared scorer's format). This script runs ``chipwatch scan`` on each set,
scores it with ``../shared/tools/score_analysis.py`` and prints one row a set, so a round's
effect on text nobody tuned on is one command. ``--errors`` prints, per article that went
wrong, its title, the gold events and the predicted ones: the view used to sort a set's
failures into classes (do that only on sets you have decided to spend).

A set may also hold ``gold_second.jsonl``: a second labelling of the same inputs by a labeller
who saw neither the first labels nor the code. Then two more rows are printed: the second
labelling scored against the first (how far two careful readers agree: the ceiling the
labels allow) and the scan scored against the second.

    .venv/bin/python bench/heldout.py SETDIR... [--keep DIR] [--errors] [--scope FILE]

Why the sets live outside the repository until spent: a set stays a fair test only while
no one who changes the detector has read it; see docs/detection.md, "Held-out sets".
"""

from __future__ import annotations

import argparse
import atexit
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def find_scorer() -> Path:
    """The shared scorer: ``shared/`` beside the checkout or beside any folder above it.

    A git worktree under ``/work/wt/NAME`` has no ``shared/`` beside it; the checkout it
    came from does, one level further up.
    """
    for folder in ROOT.parents:
        path = folder / "shared" / "tools" / "score_analysis.py"
        if path.is_file():
            return path
    raise SystemExit("shared/tools/score_analysis.py not found beside the checkout or above it")


def load(path: Path) -> dict[str, dict[str, Any]]:
    """Rows of a JSON Lines file by id."""
    rows: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[str(row["id"])] = row
    return rows


def score(gold: Path, pred: Path, out: Path, scope: str | None) -> dict[str, Any]:
    """Run the shared scorer and return its JSON result."""
    extra = ["--firms-scope", scope] if scope else []
    proc = subprocess.run(
        [sys.executable, str(find_scorer()), "--gold", str(gold), "--pred", str(pred),
         "--json", str(out), "--errors", "0", *extra],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr or proc.stdout)
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def brief(event: dict[str, Any]) -> str:
    """One event as ``CN approve/import easing [H200] (bg)``."""
    products = ",".join(str(p) for p in event.get("products") or [])
    tail = "" if event.get("primary", True) else " (bg)"
    return (
        f"{event.get('jurisdiction')} {event.get('action')}/{event.get('flow')} "
        f"{event.get('direction')} [{products}]{tail}"
    )


Rows = dict[str, dict[str, Any]]


def show_errors(gold: Rows, pred: Rows, inputs: Rows, result: dict[str, Any]) -> None:
    """Print every article the scorer found an error in, with both sides' events."""
    wrong: dict[str, list[str]] = {}
    for line in result["errors"]:
        key, _, what = str(line).partition(": ")
        wrong.setdefault(key, []).append(what)
    for key, whats in wrong.items():
        art, g, p = inputs.get(key, {}), gold.get(key, {}), pred.get(key, {})
        print(f"--- {key} [{art.get('lang')}] {str(art.get('title'))[:110]}")
        for what in whats:
            print(f"    ! {what}")
        for event in g.get("events") or []:
            print(f"    gold {brief(event)} :: {str(event.get('evidence'))[:150]}")
        for event in p.get("events") or []:
            print(f"    pred {brief(event)} :: {str(event.get('evidence'))[:150]}")


def scratch(prefix: str) -> Path:
    """A temporary folder removed when the script exits (``--keep`` names one to keep)."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    return work


def main() -> int:
    """Scan and score each set; print a table (and the errors on request)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="folders with input.jsonl, gold.jsonl")
    parser.add_argument("--keep", type=Path, help="keep scan outputs here (SET.scan.jsonl)")
    parser.add_argument("--errors", action="store_true", help="print the articles that went wrong")
    parser.add_argument("--scope", help="--firms-scope file for the scorer")
    args = parser.parse_args()
    work = args.keep or scratch("chipwatch-heldout-")
    work.mkdir(parents=True, exist_ok=True)
    chipwatch = Path(sys.executable).with_name("chipwatch")
    rows = []
    for folder in args.sets:
        name = folder.resolve().name
        if not load(folder / "gold.jsonl"):
            # An empty set would score a perfect 1.000: refuse it rather than report that.
            raise SystemExit(f"{folder}: gold.jsonl holds no labelled article")
        pred = work / f"{name}.scan.jsonl"
        subprocess.run(
            [str(chipwatch), "scan", str(folder / "input.jsonl"), "-o", str(pred)],
            check=True, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        result = score(folder / "gold.jsonl", pred, work / f"{name}.score.json", args.scope)
        if args.errors:
            gold, inputs = load(folder / "gold.jsonl"), load(folder / "input.jsonl")
            show_errors(gold, load(pred), inputs, result)
        rows.append((name, result))
        second = folder / "gold_second.jsonl"
        if second.is_file():
            # Both directions are one scorer run each: the first labelling is the gold
            # the set is reported on, so the second is scored as if it were a prediction.
            agree = score(folder / "gold.jsonl", second, work / f"{name}.agree.json", args.scope)
            rows.append((f"{name} 2nd/1st", agree))
            scan2 = score(second, pred, work / f"{name}.score2.json", args.scope)
            rows.append((f"{name} scan/2nd", scan2))
    print(f"{'set':18s} {'n':>4s} {'firms':>6s} {'chips':>6s} {'art P/R':>11s} {'art F1':>6s}"
          f" {'ev P/R':>11s} {'ev F1':>6s}")  # fmt: skip
    for name, r in rows:
        a, e = r["policy_change_articles"], r["events"]
        print(
            f"{name:18s} {r['articles']:>4} {r['firms']['f1']:6.3f} {r['chips']['f1']:6.3f} "
            f"{a['precision']:.3f}/{a['recall']:.3f} {a['f1']:6.3f} "
            f"{e['precision']:.3f}/{e['recall']:.3f} {e['f1']:6.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
