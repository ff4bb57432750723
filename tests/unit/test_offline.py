"""`chipwatch scan` and `chipwatch backtest` over files: the agents' steps, no broker."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from streams.app import create_app
from streams.cli import main
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.offline import scan
from streams.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples" / "articles.jsonl"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@cache
def analyzer() -> Analyzer:
    return Analyzer.build(load_catalog(), load_patterns())


def scanned(lines: list[bytes]) -> list[dict[str, Any]]:
    rows = scan(lines, analyzer(), Settings(), NOW, "test.jsonl")
    return [json.loads(row.line) for row in rows]


def test_scan_writes_one_row_per_line_in_order_with_copies_and_errors_named() -> None:
    samples = SAMPLES.read_bytes().splitlines(keepends=True)
    lines = [samples[0], b"\n", b"{not json\n", samples[1], b'{"id": "x", "title": 1}\n']
    rows = scanned(lines)
    assert [r.get("id") for r in rows] == ["cw-001", None, "cw-001-resend", "x"]
    assert rows[0]["duplicate_of"] is None and rows[0]["is_policy_change"] is True
    assert rows[1]["line"] == 3 and rows[1]["error"].startswith("invalid_json")
    # The copy carries the first copy's analysis under its own id.
    assert rows[2]["duplicate_of"] == "cw-001"
    assert rows[2]["events"] == rows[0]["events"]
    assert rows[3]["line"] == 5 and rows[3]["error"].startswith("schema_violation")


def test_scan_of_the_same_id_twice_is_no_copy() -> None:
    first = SAMPLES.read_bytes().splitlines()[0]
    rows = scanned([first, first])
    assert [r["duplicate_of"] for r in rows] == [None, None]


def patterns_without(tmp_path: Path, action: str) -> Path:
    """The bundled patterns file less every trigger of ``action``."""
    bundled = resources.files("streams.catalog").joinpath("policy_patterns.yaml")
    data = yaml.safe_load(bundled.read_text(encoding="utf-8"))
    data["triggers"] = [t for t in data["triggers"] if t["action"] != action]
    path = tmp_path / "patterns.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_scan_patterns_option_and_setting_choose_the_lexicon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(SAMPLES.read_bytes().splitlines(keepends=True)[0])

    def actions(*extra: str) -> set[str]:
        out = tmp_path / "out.jsonl"
        assert main(["scan", str(source), "-o", str(out), *extra]) == 0
        (row,) = [json.loads(line) for line in out.read_bytes().splitlines()]
        return {e["action"] for e in row["events"]}

    assert "approve" in actions()
    reduced = patterns_without(tmp_path, "approve")
    assert "approve" not in actions("--patterns", str(reduced))
    monkeypatch.setenv("CHIPWATCH_PATTERNS_PATH", str(reduced))
    assert "approve" not in actions()


def test_the_worker_loads_the_patterns_file_of_its_settings(tmp_path: Path) -> None:
    reduced = patterns_without(tmp_path, "approve")
    p = create_app(Settings(store="memory://", patterns_path=reduced))
    assert p.analyzer.patterns.triggers
    assert all(t.action != "approve" for t in p.analyzer.patterns.triggers)
    (tmp_path / "broken.yaml").write_text("triggers: 5\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        create_app(Settings(store="memory://", patterns_path=tmp_path / "broken.yaml"))
