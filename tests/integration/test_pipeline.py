"""The whole path on a real broker: raw articles in, one alert per event out."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from tests.kafka_harness import Broker, Names, Worker, consume, produce, run

pytestmark = pytest.mark.integration

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples" / "articles.jsonl"
NON_POLICY = {
    "cw-002",
    "cw-003",
    "cw-004",
    "cw-005",
    "cw-007",
    "cw-008",
    "cw-009",
    "cw-010",
    "cw-011",
    "cw-012",
    "cw-013",
}


def _samples() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]


def _line(article: dict[str, Any]) -> bytes:
    return json.dumps(article, ensure_ascii=False).encode()


def _alerts(records: list[Any]) -> list[dict[str, Any]]:
    return [json.loads(r.value) for r in records]


def _h200_alerts(alerts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        a for a in alerts if a["event"]["jurisdiction"] == "CN" and "H200" in a["event"]["products"]
    ]


@pytest.fixture
def names() -> Names:
    return Names()


def test_samples_yield_one_h200_alert_and_none_for_other_news(
    broker: Broker, names: Names, tmp_path: Path
) -> None:
    worker = Worker(broker, names, tmp_path).start()
    try:
        samples = _samples()
        first, resend = samples[0], samples[1]
        assert first["id"] == "cw-001" and resend["id"] == "cw-001-resend"
        # Every sample but the re-sent copy from Python...
        run(
            produce(
                broker.bootstrap,
                names.topic("articles.raw"),
                [(a["id"].encode(), _line(a)) for a in samples if a is not resend],
            )
        )
        # ...and the re-sent copy from a producer outside Python: kcat, as any producer
        # of the platform would write it.
        kcat = shutil.which("kcat")
        assert kcat, "kcat is required (make system-deps installs it)"
        subprocess.run(
            [
                kcat,
                "-P",
                "-b",
                broker.bootstrap,
                "-t",
                names.topic("articles.raw"),
                "-k",
                resend["id"],
            ],
            input=_line(resend),
            check=True,
            timeout=60,
        )
        analyzed = run(
            consume(
                broker.bootstrap,
                names.topic("articles.analyzed"),
                min_count=len(samples) - 1,
                timeout=90,
            )
        )
        analyzed_ids = {json.loads(r.value)["id"] for r in analyzed}
        assert "cw-001" in analyzed_ids
        assert "cw-001-resend" not in analyzed_ids, "the copy must be dropped, not analyzed"
        assert analyzed_ids >= NON_POLICY

        records = run(
            consume(
                broker.bootstrap,
                names.topic("alerts.policy"),
                until=lambda rs: bool(_h200_alerts(_alerts(rs))),
                timeout=60,
                settle=3.0,
            )
        )
        alerts = _alerts(records)
        h200 = _h200_alerts(alerts)
        assert len(h200) == 1, f"exactly one H200 alert expected, got {h200}"
        alert = h200[0]
        assert alert["status"] == "new"
        assert alert["event"]["action"] == "approve"
        assert alert["event"]["direction"] == "easing"
        assert alert["event"]["flow"] in {"import", "purchase"}
        assert alert["article"]["id"] == "cw-001"
        assert alert["reversal"] is True and alert["previous_direction"] == "tightening"
        assert {key for key, _ in records[0].headers} >= {
            "ce_id",
            "ce_specversion",
            "ce_source",
            "ce_type",
        }
        assert not {a["article"]["id"] for a in alerts} & NON_POLICY
    finally:
        worker.stop()


def test_bad_messages_go_to_dlq_and_the_worker_goes_on(
    broker: Broker, names: Names, tmp_path: Path
) -> None:
    worker = Worker(broker, names, tmp_path).start()
    try:
        good = _samples()[3]
        bad = [
            (b"k1", b"this is not json {"),
            (b"k2", json.dumps({"id": "x", "title": 5}).encode()),
            (b"k3", b'{"id": "y", "title": "caf\xe9", "body": "b"}'),
        ]
        run(
            produce(
                broker.bootstrap,
                names.topic("articles.raw"),
                [*bad, (good["id"].encode(), _line(good))],
            )
        )
        letters = run(
            consume(
                broker.bootstrap, names.topic("articles.dlq"), min_count=3, timeout=60, settle=1.0
            )
        )
        reasons = {json.loads(r.value)["reason"] for r in letters}
        assert reasons == {"invalid_json", "schema_violation", "not_utf8"}
        for record in letters:
            letter = json.loads(record.value)
            assert letter["topic"] == names.topic("articles.raw")
            assert letter["stage"] == "ingest"
            assert letter["offset"] >= 0 and letter["value_b64"]
        analyzed = run(
            consume(broker.bootstrap, names.topic("articles.analyzed"), min_count=1, timeout=60)
        )
        assert [json.loads(r.value)["id"] for r in analyzed] == [good["id"]]
        assert worker.proc is not None and worker.proc.poll() is None
        metrics = worker.get("/metrics")
        assert 'chipwatch_articles_total{outcome="invalid"} 3.0' in metrics
    finally:
        worker.stop()


def test_replay_across_a_restart_yields_one_alert(
    broker: Broker, names: Names, tmp_path: Path
) -> None:
    """The mandatory replay test: the same input twice, across a restart, one alert id."""
    seed = _samples()[0]
    worker = Worker(broker, names, tmp_path).start()
    try:
        run(produce(broker.bootstrap, names.topic("articles.raw"), [(b"a", _line(seed))]))
        first = run(
            consume(broker.bootstrap, names.topic("alerts.policy"), min_count=1, timeout=60)
        )
        assert len(_h200_alerts(_alerts(first))) == 1
    finally:
        assert worker.stop() == 0, worker.log_tail()
    worker = Worker(broker, names, tmp_path).start()  # same app id: same group, same tables
    try:
        # The very same message again, and a copy under another id from another producer.
        copy = {**seed, "id": "cw-001-other", "body": seed["body"] + "\n"}
        run(
            produce(
                broker.bootstrap,
                names.topic("articles.raw"),
                [(b"a", _line(seed)), (b"b", _line(copy))],
            )
        )
        # Wait until the worker has read both (the counter says so), then look at alerts.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            text = worker.get("/metrics")
            accepted = _sample(text, 'chipwatch_articles_total{outcome="accepted"}')
            duplicate = _sample(text, 'chipwatch_articles_total{outcome="duplicate"}')
            if accepted + duplicate >= 2:
                break
            time.sleep(0.3)
        assert duplicate == 1, "the copy under another id must be a duplicate after restart"
        records = run(
            consume(broker.bootstrap, names.topic("alerts.policy"), min_count=2, timeout=5)
        )
        # The same message again is a redelivery: the alert it made is sent again, the
        # same alert (id and content, created_at too), which consumers drop; the copy
        # makes none.
        h200 = _h200_alerts(_alerts(records))
        assert len({a["alert_id"] for a in h200}) == 1, h200
        assert len(h200) == 2 and h200[1] == h200[0]
    finally:
        worker.stop()


def _sample(metrics: str, name: str) -> float:
    for line in metrics.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0
