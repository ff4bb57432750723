"""Scan a labelled file as ``chipwatch scan`` does and score it with the shared scorer.

The shared scorer sits beside the repository (``../shared/tools/score_analysis.py``); CI
lays it there, so a missing scorer fails the caller rather than skipping it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from streams.cli import main

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "tools" / "score_analysis.py"
SCOPE = REPO / "tests" / "data" / "firms_scope.txt"


def scan_and_score(gold: Path, work: Path, *flags: str) -> dict[str, Any]:
    """The scorer's JSON report for ``chipwatch scan`` over ``gold`` (firms within SCOPE).

    ``flags`` go to the scorer as given (``--min-event-f1 0.98``); a non-zero exit fails.
    """
    assert SCORER.is_file(), f"the shared scorer is missing: {SCORER}"
    pred = work / "scan.jsonl"
    assert main(["scan", str(gold), "-o", str(pred)]) == 0
    report = work / "score.json"
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred),
         "--firms-scope", str(SCOPE), "--json", str(report), *flags],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report_data: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return report_data
