"""Score ``chipwatch backtest`` on the shared development set, whole and in two fixed halves.

The alert grouping is checked the way ``bench/eval_dev.py`` checks the detector: the
set is split by a fixed rule into a *tune* half (the first byte of sha256(id) is even)
and a *check* half (odd); each part is backtested on its own (its articles only, as an
archive of its own) and scored by the shared scorer (stories alerted, ``new`` alerts per
alerted story, non-policy stories alerted).

    .venv/bin/python bench/eval_backtest.py [--show] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "eval-dev" / "articles.jsonl"
SCORER = SHARED / "tools" / "score_backtest.py"


def half(article_id: str) -> str:
    """The half an item belongs to: ``tune`` (even first byte of sha256(id)) or ``check``."""
    return "tune" if hashlib.sha256(article_id.encode()).digest()[0] % 2 == 0 else "check"


def main() -> int:
    """Backtest and score all / tune / check."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="the scorer's per-story lines")
    parser.add_argument("--keep", help="keep the halves and the alerts in this folder")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="chipwatch-bt-"))
    work.mkdir(parents=True, exist_ok=True)
    chipwatch = Path(sys.executable).with_name("chipwatch")
    rows = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts: dict[str, list[str]] = {"all": rows, "tune": [], "check": []}
    for line in rows:
        parts[half(json.loads(line)["id"])].append(line)
    for name, lines in parts.items():
        gold = work / f"gold-{name}.jsonl"
        gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
        alerts = work / f"alerts-{name}.jsonl"
        subprocess.run(
            [str(chipwatch), "backtest", str(gold), "-o", str(alerts)],
            check=True, capture_output=True,
        )  # fmt: skip
        show = ["--show"] if args.show else []
        scored = subprocess.run(
            [sys.executable, str(SCORER), "--gold", str(gold), "--alerts", str(alerts), *show],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        print(f"== {name} ({len(lines)} items)")
        sys.stdout.write(scored.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
