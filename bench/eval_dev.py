"""Score ``chipwatch scan`` on the shared development set, whole and in two fixed halves.

The development set (``../shared/eval-dev/articles.jsonl``, written outside the team) is
small, so tuning on all of it would fit it. It is split by a fixed rule into a *tune*
half (the first byte of sha256(id) is even) and a *check* half (odd): rules are tuned
while looking at the tune half only; the check half is only measured. This script runs
``chipwatch scan`` (the same analysis as the workers), then the shared scorer on the
whole set and on each half, and prints the three summaries.

    .venv/bin/python bench/eval_dev.py [--errors tune|check|all] [--keep DIR]
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "eval-dev" / "articles.jsonl"
SCORER = SHARED / "tools" / "score_analysis.py"


def half(article_id: str) -> str:
    """The half an item belongs to: ``tune`` (even first byte of sha256(id)) or ``check``."""
    return "tune" if hashlib.sha256(article_id.encode()).digest()[0] % 2 == 0 else "check"


def score(
    gold: Path, pred: Path, out: Path, errors: int, scope: str | None = None
) -> dict[str, object]:
    """Run the shared scorer; return its JSON result and print its summary."""
    extra = ["--firms-scope", scope] if scope else []
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred),
         "--json", str(out), "--errors", str(errors), *extra],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr or proc.stdout)
    sys.stdout.write(proc.stdout)
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return result


def scratch(prefix: str) -> Path:
    """A temporary folder removed when the script exits (``--keep`` names one to keep)."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    return work


def main() -> int:
    """Scan the set once, score all / tune / check."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=["none", "tune", "check", "all"], default="none")
    parser.add_argument("--keep", help="keep the scan output and the halves in this folder")
    parser.add_argument("--scope", help="--firms-scope file for the scorer")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else scratch("chipwatch-dev-")
    work.mkdir(parents=True, exist_ok=True)
    pred = work / "scan.jsonl"
    chipwatch = Path(sys.executable).with_name("chipwatch")
    subprocess.run([str(chipwatch), "scan", str(GOLD), "-o", str(pred)], check=True)
    rows = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts = {"all": rows, "tune": [], "check": []}
    for line in rows:
        parts[half(json.loads(line)["id"])].append(line)
    for name, lines in parts.items():
        gold = work / f"gold-{name}.jsonl"
        gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"== {name} ({len(lines)} items)")
        errors = 500 if args.errors == name else 0
        score(gold, pred, work / f"score-{name}.json", errors, args.scope)
    return 0


if __name__ == "__main__":
    sys.exit(main())
