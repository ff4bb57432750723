"""Tagger + detector over the labelled sets, scored by the shared scorer.

Three sets: ``policy.jsonl`` (the detector's development set), ``entities.jsonl``
(written by the tagger's author, never used to tune the detector) and
``holdout.jsonl`` (written before the detector was run on it, never tuned on).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from streams.core.catalog import load_catalog
from streams.core.detect import Detector, is_policy_change, load_patterns
from streams.core.tagging import Tagger

HERE = Path(__file__).resolve()
LABELLED = HERE.parents[1] / "data" / "labelled"
GOLD = LABELLED / "policy.jsonl"
# The shared folder sits beside the repository: <repo>/../shared/tools/score_analysis.py
SCORER = HERE.parents[3] / "shared" / "tools" / "score_analysis.py"
MIN_ARTICLE_F1 = 0.90
MIN_EVENT_F1 = 0.90
# (file, minimum article F1, minimum event F1). The hold-out set is small and unseen
# during tuning, so its bar is lower: it measures generalisation, not fit.
SETS = [
    ("policy.jsonl", MIN_ARTICLE_F1, MIN_EVENT_F1),
    ("entities.jsonl", MIN_ARTICLE_F1, MIN_EVENT_F1),
    ("holdout.jsonl", 0.80, 0.80),
]


def _gold(path: Path = GOLD) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_dev_set_is_large_and_bilingual() -> None:
    rows = _gold()
    assert len(rows) >= 80
    assert sum(row["lang"] == "zh" for row in rows) >= 15
    assert len({row["id"] for row in rows}) == len(rows)
    assert any(row["is_policy_change"] for row in rows)
    assert any(not row["is_policy_change"] for row in rows)
    for row in rows:
        events = row["events"]
        assert isinstance(events, list)
        assert row["is_policy_change"] == any(e["primary"] for e in events), row["id"]


def test_holdout_set_is_bilingual_with_negatives() -> None:
    rows = _gold(LABELLED / "holdout.jsonl")
    assert len(rows) >= 20
    assert sum(row["lang"] == "zh" for row in rows) >= 5
    assert sum(not row["is_policy_change"] for row in rows) >= 5
    assert len({row["id"] for row in rows}) == len(rows)


@pytest.mark.parametrize(("name", "min_article_f1", "min_event_f1"), SETS)
def test_policy_quality_meets_targets(
    tmp_path: Path, name: str, min_article_f1: float, min_event_f1: float
) -> None:
    gold = LABELLED / name
    if not SCORER.exists():
        pytest.skip(f"shared scorer not found at {SCORER} (the shared folder beside the repo)")
    detector = Detector(load_patterns())
    tagger = Tagger(load_catalog(), keywords=detector.keywords)
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for row in _gold(gold):
            tagged = tagger.tag(str(row["title"]), str(row["body"]))
            events = detector.detect(str(row["title"]), str(row["body"]), tagged.mentions)
            line = {
                "id": row["id"],
                "firms": [{"name": ref.name} for ref in tagged.of_type("firm")],
                "chips": [{"name": ref.name} for ref in tagged.of_type("chip")],
                "is_policy_change": is_policy_change(events),
                "events": [event.model_dump(mode="json") for event in events],
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    report = tmp_path / "score.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--gold",
            str(gold),
            "--pred",
            str(pred),
            "--json",
            str(report),
            "--errors",
            "60",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    result = json.loads(report.read_text(encoding="utf-8"))
    article_f1 = result["policy_change_articles"]["f1"]
    event_f1 = result["events"]["f1"]
    summary = f"{name}: article F1 {article_f1}, event F1 {event_f1}\n{proc.stdout}"
    assert not result["missing_predictions"], summary
    assert article_f1 >= min_article_f1, summary
    assert event_f1 >= min_event_f1, summary
