"""Score ``chipwatch backtest`` on the shared development set, whole and in two fixed halves.

The alert grouping is checked the way ``bench/eval_dev.py`` checks the detector: the
set is split by a fixed rule into a *tune* half (the first byte of sha256(id) is even)
and a *check* half (odd); each part is backtested on its own (its articles only, as an
archive of its own) and scored by the shared scorer (stories alerted, ``new`` alerts per
alerted story, non-policy stories alerted).

The shared scorer's line is the figure (a story is alerted when it gets a ``new``
alert). Beside it, this script prints what the scorer does not count: the policy
stories that got only ``update`` alerts, each with the story whose ``new`` alert opened
the event it updates. Where the labels name one real event twice (docs/alerting.md),
that update is the right alert and the events figure (policy stories joined through
such updates counted once) is what the alert step can reach; where the two stories are
distinct events, the update is a wrong merge. The list is there to be checked by hand:
the events figure trusts our grouping and is never the headline.

    .venv/bin/python bench/eval_backtest.py [--show] [--keep DIR]
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
SCORER = SHARED / "tools" / "score_backtest.py"


def half(article_id: str) -> str:
    """The half an item belongs to: ``tune`` (even first byte of sha256(id)) or ``check``."""
    return "tune" if hashlib.sha256(article_id.encode()).digest()[0] % 2 == 0 else "check"


def scratch(prefix: str) -> Path:
    """A temporary folder removed when the script exits (``--keep`` names one to keep)."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    return work


def main() -> int:
    """Backtest and score all / tune / check."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="the scorer's per-story lines")
    parser.add_argument("--keep", help="keep the halves and the alerts in this folder")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else scratch("chipwatch-bt-")
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
        sys.stdout.write(beside(lines, alerts))
    return 0


def beside(lines: list[str], alerts: Path) -> str:
    """Policy stories reached only by updates, and the events figure (not the shared one)."""
    gold = {g["id"]: g for g in (json.loads(line) for line in lines)}
    policy = {g["story"] for g in gold.values() if g["is_policy_change"]}
    opened: dict[str, str] = {}  # event key -> the story of its `new` alert
    updated: dict[str, set[str]] = {}  # story -> event keys of its updates
    news: set[str] = set()
    for line in alerts.read_text(encoding="utf-8").splitlines():
        alert = json.loads(line)
        story = gold.get(alert["article"]["id"], {}).get("story")
        if story is None:
            continue
        if alert["status"] == "new":
            opened.setdefault(alert["event_key"], story)
            news.add(story)
        else:
            updated.setdefault(story, set()).add(alert["event_key"])
    parent = {s: s for s in policy}

    def root(story: str) -> str:
        while parent[story] != story:
            story = parent[story]
        return story

    out = []
    by_update = 0
    for story in sorted(policy - news):
        twins = sorted({opened[k] for k in updated.get(story, ()) if k in opened} - {story})
        by_update += bool(twins)
        out.append(f"   update only: {story} -> updates the event of {', '.join(twins) or '-'}")
        for twin in twins:
            if twin in policy:
                parent[root(story)] = root(twin)
    events = {root(s) for s in policy}
    reached = {root(s) for s in policy & news}
    out.append(
        f"   beside it (not the shared figure): {len(policy & news) + by_update}/{len(policy)}"
        f" policy stories got a new or an update; as events (stories joined by an update"
        f" counted once): {len(reached)}/{len(events)} alerted"
    )
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
