"""Quality on news nobody here wrote: ``chipwatch scan`` over the shared development set.

``../shared/eval-dev/articles.jsonl`` was written and labelled outside the team from real
articles (wire copy, press releases, Chinese, Japanese, Korean and European outlets), so
it measures how the detector reads other people's phrasing. The same analysis as
``chipwatch scan`` runs over it in process and the shared scorer judges the output. The
floors are the figures reached (``docs/detection.md``); a floor only ever rises. A
missing set or scorer fails the test: CI lays ``../shared`` beside the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

from streams.cli import main
from tests.unit.scoring_kit import scan_and_score

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
GOLD = SHARED / "eval-dev" / "articles.jsonl"

# Floors at the figures of docs/detection.md (whole set, firms scored within SCOPE); they
# only rise. Round 28 reached firms 0.986 and articles 1.000: 0.995 on articles fails on
# one lost or one false article (F1 <= 0.9945 with the set's 90 policy articles). Round 30
# reached events 0.980 (250 right, 10 wrong), round 32 0.982 (250 right, 9 wrong): 0.980
# leaves room for one more spurious event (0.9804), not two (0.9785).
FLOORS = {"firms": 0.985, "chips": 0.96, "policy_change_articles": 0.995, "events": 0.980}


def test_shared_development_set_meets_the_floors(tmp_path: Path) -> None:
    assert GOLD.is_file(), f"the shared development set is missing: {GOLD}"
    result = scan_and_score(
        GOLD, tmp_path, "--errors", "40",
        "--min-entity-f1", str(min(FLOORS["firms"], FLOORS["chips"])),
        "--min-event-f1", str(FLOORS["events"]),
        "--min-article-f1", str(FLOORS["policy_change_articles"]),
    )  # fmt: skip
    assert not result["missing_predictions"]
    for metric, floor in FLOORS.items():
        assert result[metric]["f1"] >= floor, f"{metric} F1 {result[metric]['f1']} < {floor}"


def test_equipment_is_reported_apart_from_chips(tmp_path: Path) -> None:
    raw = tmp_path / "in.jsonl"
    raw.write_text(
        json.dumps(
            {"id": "e1", "title": "Dutch curb EUV lithography exports",
             "body": "The Netherlands restricted exports of EUV machines and H20 chips."}
        ) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(raw), "-o", str(out)]) == 0
    row = json.loads(out.read_text(encoding="utf-8"))
    assert [e["name"] for e in row["equipment"]] == ["EUV lithography"]
    assert [c["name"] for c in row["chips"]] == ["H20"]
    assert any("EUV lithography" in e["products"] for e in row["events"])
