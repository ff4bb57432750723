"""Entity quality on the hand-labelled development set, scored by the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from streams.core.catalog import load_catalog
from streams.core.tagging import Tagger

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "data" / "labelled" / "entities.jsonl"
SCORER = REPO / ".." / "shared" / "tools" / "score_analysis.py"
MIN_F1 = 0.97


def _gold() -> list[dict[str, object]]:
    with GOLD.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_development_set_is_well_formed() -> None:
    rows = _gold()
    assert len(rows) >= 60
    assert sum(r["lang"] == "zh" for r in rows) >= 12
    assert len({r["id"] for r in rows}) == len(rows)
    names = {e.name for e in load_catalog().entries}
    for row in rows:
        for key in ("id", "title", "body", "lang", "firms", "chips", "is_policy_change", "events"):
            assert key in row, (row["id"], key)
        for name in [*row["firms"], *row["chips"]]:  # type: ignore[misc]
            assert name in names, (row["id"], name)
        events = row["events"]
        assert isinstance(events, list)
        assert row["is_policy_change"] == any(e["primary"] for e in events), row["id"]


@pytest.mark.skipif(not SCORER.is_file(), reason=f"shared scorer not found at {SCORER.resolve()}")
def test_firms_and_chips_f1_on_development_set(tmp_path: Path) -> None:
    tagger = Tagger(load_catalog())
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for row in _gold():
            result = tagger.tag(str(row["title"]), str(row["body"]))
            line = {
                "id": row["id"],
                "firms": [{"name": n} for n in result.names("firm")],
                "chips": [{"name": n} for n in result.names("chip")],
                "is_policy_change": False,
                "events": [],
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    report = tmp_path / "score.json"
    run = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--gold",
            str(GOLD),
            "--pred",
            str(pred),
            "--json",
            str(report),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode in (0, 1), run.stderr
    result = json.loads(report.read_text(encoding="utf-8"))
    entity_errors = [e for e in result["errors"] if " firms " in e or " chips " in e]
    assert result["firms"]["f1"] >= MIN_F1, (result["firms"], entity_errors)
    assert result["chips"]["f1"] >= MIN_F1, (result["chips"], entity_errors)
    assert not result["missing_predictions"]
