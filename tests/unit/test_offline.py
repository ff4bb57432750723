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

from schemas.alert import Alert
from streams.app import create_app
from streams.cli import main
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.offline import backtest, read_dated, scan
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


def test_scan_dates_an_article_by_its_published_field_when_published_at_is_missing() -> None:
    first = json.loads(SAMPLES.read_bytes().splitlines()[0])
    first.pop("published_at", None)
    archived = {**first, "id": "arch-1", "published": "2025-09-30"}
    both = {**first, "id": "arch-2", "body": first["body"] + " More.",
            "published": "2025-09-30", "published_at": "2025-10-02T08:00:00Z"}  # fmt: skip
    rows = scanned([json.dumps(archived).encode(), json.dumps(both).encode()])
    assert rows[0]["published_at"].startswith("2025-09-30")
    assert rows[1]["published_at"].startswith("2025-10-02")  # published_at wins


def test_scan_of_the_same_id_twice_is_no_copy() -> None:
    first = SAMPLES.read_bytes().splitlines()[0]
    rows = scanned([first, first])
    assert [r["duplicate_of"] for r in rows] == [None, None]


def patterns_without(tmp_path: Path, action: str) -> Path:
    """The bundled patterns file less every predicate group of ``action``."""
    bundled = resources.files("streams.catalog").joinpath("policy_patterns.yaml")
    data = yaml.safe_load(bundled.read_text(encoding="utf-8"))
    data["predicates"] = [g for g in data["predicates"] if g["action"] != action]
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
    assert p.analyzer.current.detector.patterns.predicates
    assert all(g.action != "approve" for g in p.analyzer.current.detector.patterns.predicates)
    (tmp_path / "broken.yaml").write_text("predicates: 5\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        create_app(Settings(store="memory://", patterns_path=tmp_path / "broken.yaml"))


# --- backtest ---------------------------------------------------------------------------

START = datetime(2030, 1, 1, tzinfo=UTC)


def sample(n: int, **changes: Any) -> dict[str, Any]:
    """Sample article ``n`` (0-based line of the samples file) with fields changed."""
    data: dict[str, Any] = json.loads(SAMPLES.read_bytes().splitlines()[n])
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def jsonl(*items: dict[str, Any] | bytes) -> list[bytes]:
    return [i if isinstance(i, bytes) else json.dumps(i).encode() + b"\n" for i in items]


# The H200 approval told again in other words: independent reports, not near-duplicates
# of sample cw-001 (a copy with a sentence added would be one, and corroborate nothing).
RETOLD = (
    "Chinese regulators approved purchases of Nvidia's H200 by ByteDance, Alibaba and "
    "Tencent, according to two executives briefed on the matter. The three had waited "
    "weeks for the go-ahead.",
    "Beijing has signed off on H200 orders from three of its largest internet companies. "
    "Officials approved the deals on Wednesday, a person familiar with the decision said, "
    "after customs had held the chips.",
    "The clearance means ByteDance, Alibaba and Tencent can take delivery of Nvidia's H200 "
    "accelerators. China approved the purchases this week; smaller buyers are still waiting.",
)


def h200(article_id: str, source: str, published_at: str | None, told: int = 0) -> Any:
    """The H200 approval (sample cw-001) as ``source`` tells it: ``told`` > 0, in its own words."""
    body = RETOLD[told - 1] if told else sample(0)["body"]
    return sample(0, id=article_id, source=source, published_at=published_at, body=body)


def backtested(lines: list[bytes], **settings: Any) -> list[Alert]:
    dated, _ = read_dated(lines, Settings(**settings), START)
    return list(backtest(dated, analyzer(), Settings(**settings), "test.jsonl"))


def test_backtest_runs_articles_in_publication_order_at_their_publication_time() -> None:
    # The Dutch restriction (sample cw-006, 21 Nov) comes after the H200 approval (25 Nov)
    # in the file, and before it in time.
    alerts = backtested(jsonl(sample(0), sample(6)))
    assert [a.event.jurisdiction for a in alerts] == ["NL", "CN"]
    assert [a.created_at for a in alerts] == [
        datetime(2026, 11, 21, 7, 20, tzinfo=UTC),
        datetime(2026, 11, 25, 8, 30, tzinfo=UTC),
    ]
    assert alerts[1].event_key.endswith("|2026-11-25")


def test_backtest_updates_follow_the_publication_clock() -> None:
    # A second outlet 30 min later corroborates (update); a third 5 min after that is
    # within the 10-minute update interval: held back, and sent when the interval has
    # passed (09:10), before the fourth report (09:20) is read.
    lines = jsonl(
        h200("a", "Harbour Daily", "2026-11-25T08:30:00Z"),
        h200("b", "Other Post", "2026-11-25T09:00:00Z", told=1),
        h200("c", "Third Gazette", "2026-11-25T09:05:00Z", told=2),
        h200("d", "Fourth Courier", "2026-11-25T09:20:00Z", told=3),
    )
    alerts = backtested(lines)
    assert [
        (a.status, a.article.id, a.corroboration, a.created_at.strftime("%H:%M")) for a in alerts
    ] == [
        ("new", "a", 1, "08:30"),
        ("update", "b", 2, "09:00"),
        ("update", "c", 3, "09:10"),
        ("update", "d", 4, "09:20"),
    ]
    assert alerts[-1].sources == ["Harbour Daily", "Other Post", "Third Gazette", "Fourth Courier"]
    assert len({a.alert_id for a in alerts}) == 4


def test_backtest_sends_an_update_held_back_at_the_end_of_the_input() -> None:
    lines = jsonl(
        h200("a", "Harbour Daily", "2026-11-25T08:30:00Z"),
        h200("b", "Other Post", "2026-11-25T08:35:00Z", told=1),
    )
    alerts = backtested(lines)
    assert [(a.status, a.article.id, a.created_at.strftime("%H:%M")) for a in alerts] == [
        ("new", "a", "08:30"),
        ("update", "b", "08:40"),
    ]
    assert [a.status for a in backtested(lines, alert_update_interval_seconds=0)] == [
        "new", "update"
    ]  # fmt: skip


def test_backtest_drops_copies_and_writes_each_alert_once() -> None:
    # The copy stops at dedupe; the article again (same id) is a redelivery, whose
    # alert the stream sends again with its id: the backtest writes it once.
    first = h200("a", "Harbour Daily", "2026-11-25T08:30:00Z")
    copy = h200("a-copy", "Harbour Daily", "2026-11-25T08:31:00Z")
    alerts = backtested(jsonl(first, copy, first))
    assert [(a.status, a.article.id) for a in alerts] == [("new", "a")]


def test_backtest_groups_an_undated_article_only_by_a_name_in_common() -> None:
    # Each undated article runs at the clock of the one before it (the contract): that
    # is no time of its event. The Japanese licence rule names no firm and no product
    # but "advanced chips": its own event. The Micron purchase ban names Micron, as the
    # dated report before it does: an update of that event.
    lines = jsonl(
        {"id": "jp-a", "source": "Harbour Daily", "published_at": "2026-03-02T08:00:00Z",
         "title": "Japan tightens export controls on advanced chips",
         "body": "Japan's trade ministry said on Monday it had tightened export controls on "
                 "advanced semiconductors, requiring exporters to obtain a licence before "
                 "shipping them to a wider range of destinations.\nThe rule takes effect "
                 "next month."},
        {"id": "jp-b", "source": "Trade Brief",
         "title": "Japan widens licence rules for chip materials",
         "body": "Japan has tightened export controls on advanced chips and certain chip "
                 "materials: exporters must now obtain a licence from the trade minister "
                 "before shipping them abroad.\nThe change amends the Export Trade Control "
                 "Order."},
        {"id": "cn-a", "source": "Harbour Daily", "published_at": "2026-03-03T08:00:00Z",
         "title": "China restricts Micron chip purchases",
         "body": "China's cyberspace regulator said on Tuesday that operators of critical "
                 "information infrastructure must stop buying products from Micron, after a "
                 "security review found risks.\nMicron said it would engage with the "
                 "authorities."},
        {"id": "cn-b", "source": "Law Notes",
         "title": "Operators told to stop buying Micron products",
         "body": "Chinese regulators barred operators of critical information infrastructure "
                 "from purchasing Micron chips, citing the findings of a cybersecurity "
                 "review.\nThe decision applies to new purchases."},
    )  # fmt: skip
    alerts = backtested(lines, alert_update_interval_seconds=0)
    assert [(a.status, a.article.id) for a in alerts] == [
        ("new", "jp-a"), ("new", "jp-b"), ("new", "cn-a"), ("update", "cn-b")
    ]  # fmt: skip


def test_read_dated_orders_stably_and_undated_articles_take_the_previous_clock() -> None:
    lines = jsonl(
        sample(2, id="w", published_at=None),  # before any dated one: the first dated clock
        sample(3, id="x", published_at="2026-11-24T10:00:00Z"),
        sample(4, id="y", published_at=None),  # the previous article's clock (x)
        sample(6, id="z", published_at="2026-11-24T09:00:00+00:00"),
        sample(7, id="v", published_at="2026-11-24T10:00:00Z"),  # equal to x: input order
    )
    dated, skipped = read_dated(lines, Settings(), START)
    assert skipped == []
    assert [d.article.id for d in dated] == ["z", "w", "x", "y", "v"]
    ten = datetime(2026, 11, 24, 10, tzinfo=UTC)
    assert [d.clock for d in dated] == [ten.replace(hour=9), ten, ten, ten, ten]
    assert [d.number for d in dated] == [4, 1, 2, 3, 5]


def test_read_dated_without_any_date_runs_at_the_start_time() -> None:
    dated, _ = read_dated(jsonl(sample(2, published_at=None)), Settings(), START)
    assert [d.clock for d in dated] == [START]


def test_read_dated_takes_published_where_published_at_is_missing() -> None:
    lines = jsonl(
        sample(2, id="p", published_at=None, published="2025-01-13"),
        sample(3, id="q", published_at="2025-01-12T23:00:00-02:00", published="2024-01-01"),
        sample(4, id="r", published_at=None, published="not a date"),
    )
    dated, _ = read_dated(lines, Settings(), START)
    by_id = {d.article.id: d for d in dated}
    assert by_id["p"].clock == datetime(2025, 1, 13, tzinfo=UTC)
    assert by_id["p"].article.published_at == datetime(2025, 1, 13, tzinfo=UTC)
    assert by_id["q"].clock == datetime(2025, 1, 13, 1, tzinfo=UTC)  # published_at wins
    assert by_id["r"].article.published_at is None  # unreadable: as if missing
    assert by_id["r"].clock == by_id["q"].clock


def test_read_dated_ignores_a_published_field_out_of_range() -> None:
    # Issue 13.4: a `published` stand-in must obey the range `published_at` obeys, or a
    # backtest would run the alert step at year 9999 (and overflow).
    lines = jsonl(
        sample(2, id="p", published_at="2025-01-13T00:00:00Z"),
        sample(3, id="q", published_at=None, published="9999-12-31T23:59:59-05:00"),
        sample(4, id="r", published_at=None, published="0001-01-01"),
    )
    dated, skipped = read_dated(lines, Settings(), START)
    by_id = {d.article.id: d for d in dated}
    assert skipped == []
    assert by_id["q"].article.published_at is None and by_id["r"].article.published_at is None
    assert by_id["q"].clock == by_id["r"].clock == datetime(2025, 1, 13, tzinfo=UTC)


def test_read_dated_skips_a_published_at_out_of_range_saying_why() -> None:
    lines = jsonl(sample(2, id="p", published_at="9999-12-31T23:59:59-05:00"), sample(3))
    dated, skipped = read_dated(lines, Settings(), START)
    assert [d.article.id for d in dated] == ["cw-003"]
    assert [s.number for s in skipped] == [1]
    assert skipped[0].reason.startswith("published_at_out_of_range")


def test_read_dated_skips_invalid_lines_saying_why() -> None:
    lines = jsonl(b"{oops\n", b"\n", sample(2), {"id": "no-body", "title": "t"})
    dated, skipped = read_dated(lines, Settings(), START)
    assert [d.article.id for d in dated] == ["cw-002"]
    assert [s.number for s in skipped] == [1, 4]
    assert skipped[0].reason.startswith("invalid_json")
    assert skipped[1].reason.startswith("schema_violation") and "body" in skipped[1].reason


def test_backtest_command_writes_alerts_and_a_replay_gives_the_same_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "archive.jsonl"
    source.write_bytes(SAMPLES.read_bytes() + b"not json\n")

    def run(path: Path) -> list[dict[str, Any]]:
        out = tmp_path / "alerts.jsonl"
        assert main(["backtest", str(path), "-o", str(out)]) == 0
        return [json.loads(line) for line in out.read_bytes().splitlines()]

    alerts = run(source)
    assert {(a["event"]["jurisdiction"], a["status"]) for a in alerts} == {
        ("CN", "new"),
        ("NL", "new"),
    }
    assert all(
        {"alert_id", "event_key", "event", "article", "corroboration"} <= set(a) for a in alerts
    )
    err = capsys.readouterr().err
    assert f"{source}:15: skipped, invalid_json" in err
    # The same input again, and the whole input twice in one run: the same alerts.
    assert [a["alert_id"] for a in run(source)] == [a["alert_id"] for a in alerts]
    twice = tmp_path / "twice.jsonl"
    twice.write_bytes(source.read_bytes() * 2)
    assert [a["alert_id"] for a in run(twice)] == [a["alert_id"] for a in alerts]
