"""Alert grouping on news nobody here wrote: ``chipwatch backtest`` over the shared dev set.

``../shared/eval-dev/articles.jsonl`` labels each article with the real-world story it
reports. The backtest runs dedupe, analysis and the alert step over it at publication
times, and the shared scorer counts the policy stories that got a ``new`` alert, the
``new`` alerts per alerted story (one real event should make one) and the non-policy
stories alerted. The floors are the figures reached (README, "Alerts"); a floor only
ever tightens. A missing set or scorer fails the test: CI lays ``../shared`` beside the
repository.

Story recall and false stories depend on the detector as much as on grouping; the set
also labels nine real events twice (an item and its rewrite in another language under
two story names), so correct grouping caps recall at 56/65, below the issue's goal
(docs/alerting.md lists them; ``bench/eval_backtest.py`` prints the events figure beside
the shared one).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from streams.cli import main

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
GOLD = SHARED / "eval-dev" / "articles.jsonl"
SCORER = SHARED / "tools" / "score_backtest.py"

# Floors at the figures reached (whole set, round 10 of docs/detection.md): stories
# alerted 56/65 (0.862), 60 new alerts for 56 alerted stories (1.071), no non-policy
# story alerted. The 9 policy stories without a `new` alert are the second label of an
# event labelled twice, each sent as an `update` of its twin's alert: all 56 of the
# real events are alerted (docs/alerting.md).
MIN_STORY_RECALL = 0.86
MAX_NEW_PER_STORY = 1.08
MAX_FALSE_STORIES = 0


def test_backtest_of_the_shared_development_set_meets_the_floors(tmp_path: Path) -> None:
    assert GOLD.is_file(), f"the shared development set is missing: {GOLD}"
    assert SCORER.is_file(), f"the shared scorer is missing: {SCORER}"
    alerts = tmp_path / "alerts.jsonl"
    assert main(["backtest", str(GOLD), "-o", str(alerts)]) == 0
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(GOLD), "--alerts", str(alerts),
         "--min-story-recall", str(MIN_STORY_RECALL),
         "--max-per-story", str(MAX_NEW_PER_STORY),
         "--max-false-stories", str(MAX_FALSE_STORIES)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "stories alerted" in proc.stdout
