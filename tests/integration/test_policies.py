"""The policies API through the real broker, two workers: each answers for every key,
also for a key whose view the other worker owns; `chipwatch policies` prints it."""

from __future__ import annotations

import json
import os
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.kafka_harness import CHIPWATCH, Broker, Names, Worker, consume, produce, run
from tests.neardup_pairs import load_stories

pytestmark = pytest.mark.integration

TOKEN = "policies-test-token-1234567890"
H200 = "CN|import|H200"


def _article(article_id: str, title: str, body: str, published: str) -> tuple[bytes, bytes]:
    value = {
        "id": article_id,
        "source": f"Outlet {article_id}",
        "title": title,
        "body": body,
        "published_at": published,
    }
    return article_id.encode(), json.dumps(value).encode()


def _story(event: str, published: str) -> tuple[bytes, bytes]:
    story = next(s for s in load_stories() if s["event"] == event and s["version"] == "A")
    return _article(event, story["title"], "\n".join(story["paragraphs"]), published)


def _get(worker: Worker, path: str, token: str | None = TOKEN) -> tuple[int, Any]:
    request = urllib.request.Request(f"http://127.0.0.1:{worker.port}{path}")
    if token is not None:
        request.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def _wait(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def _assigned(worker: Worker) -> int:
    status, body = _get(worker, "/readyz", token=None)
    return int(body["assigned_partitions"]) if status == 200 else 0


def _keys(worker: Worker) -> dict[str, str]:
    status, body = _get(worker, "/policies")
    return {v["key"]: v["direction"] for v in body["policies"]} if status == 200 else {}


def _owner(workers: list[Worker], key: str) -> Worker:
    """The worker whose policy-view agent folded ``key`` (it logs each change of direction)."""
    mark = f'"policy": "{key}"'
    owners = [w for w in workers if mark in w.log_path.read_text(errors="replace")]
    assert len(owners) >= 1, f"no worker logged {key}"
    return owners[-1]


def test_any_worker_answers_for_every_policy_and_the_cli_prints_them(
    broker: Broker, tmp_path: Path
) -> None:
    names = Names()
    settings = {"webhook_api_token": TOKEN, "alert_update_interval_seconds": 0}
    workers: list[Worker] = []
    try:
        for name in ("a", "b"):
            (tmp_path / name).mkdir()
            workers.append(Worker(broker, names, tmp_path / name, **settings).start(120))
        a, b = workers
        _wait(lambda: _assigned(a) > 0 and _assigned(b) > 0, 90, "both workers assigned")
        raw = names.topic("articles.raw")
        first = [
            _article(
                "halt-1",
                "China halts H200 imports",
                "Chinese customs officials have halted imports of Nvidia's H200 chips.",
                "2026-11-03T08:00:00Z",
            ),
            _story("e04", "2026-11-04T08:00:00Z"),
            _story("e08", "2026-11-05T08:00:00Z"),
            _story("e05", "2026-11-06T08:00:00Z"),
        ]
        run(produce(broker.bootstrap, raw, first))
        # The approval after the halt's alert: the alerting step then calls it a reversal.
        run(consume(broker.bootstrap, names.topic("alerts.policy"), min_count=4, timeout=90))
        approval = _article(
            "approve-1",
            "China approves H200 imports",
            "Chinese regulators have approved imports of Nvidia's H200 chips by Tencent.",
            "2026-11-20T08:00:00Z",
        )
        run(produce(broker.bootstrap, raw, [approval]))
        # Every view the published alerts call for, each in its latest alert's direction:
        # derived from the alerts topic, so the test follows what alerting decides.
        published = [
            json.loads(r.value)
            for r in run(
                consume(broker.bootstrap, names.topic("alerts.policy"), min_count=5, timeout=90)
            )
        ]
        expected: dict[str, str] = {}
        for alert in sorted(published, key=lambda x: x["first_seen_at"]):
            event = alert["event"]
            for product in sorted(set(event["products"])) or ["-"]:
                expected[f"{event['jurisdiction']}|{event['flow']}|{product}"] = event["direction"]
        assert expected[H200] == "easing" and "US|sale|H20" in expected
        assert "JP|export|chipmaking equipment" in expected, "a key with spaces"
        for worker in workers:
            _wait(lambda w=worker: _keys(w) == expected, 90, f"every view on :{worker.port}")

        # Each key is answered by the worker that does not own it, as by its owner.
        askers = set()
        for key in expected:
            owner = _owner(workers, key)
            other = b if owner is a else a
            askers.add(other.port)
            path = f"/policies/{quote(key, safe='')}"
            status, theirs = _get(other, path)
            assert status == 200, theirs
            assert theirs == _get(owner, path)[1]
        assert askers == {a.port, b.port}, "each worker answered for keys the other owns"

        status, h200 = _get(a, f"/policies/{quote(H200, safe='')}")
        assert status == 200 and h200["direction"] == "easing"
        assert h200["since"].startswith("2026-11-20") or h200["since"] > h200["events"][0]["at"]
        assert [(c["from_direction"], c["to_direction"]) for c in h200["reversals"]] == [
            ("tightening", "easing")
        ]
        assert [x["status"] for x in h200["alerts"]] == ["new", "new"]
        assert h200["alerts"][0]["evidence"] and h200["alerts"][0]["article_id"] == "approve-1"
        # "|" unescaped in the path works too.
        assert _get(b, f"/policies/{H200}")[1]["key"] == H200

        # Filters, validation, auth.
        status, cn = _get(b, "/policies?jurisdiction=cn&direction=tightening")
        tightening = {k for k, d in expected.items() if k.startswith("CN|") and d == "tightening"}
        assert tightening and H200 not in tightening
        assert status == 200 and {v["key"] for v in cn["policies"]} == tightening
        status, body = _get(a, "/policies?product=H20&flow=sale")
        assert [v["key"] for v in body["policies"]] == ["US|sale|H20"]
        assert _get(a, "/policies?flow=smuggling")[0] == 400
        assert _get(a, "/policies?color=red")[0] == 400
        assert _get(a, "/policies/CN%7Cimport%7CH100") == (
            404,
            {"error": "no such policy", "key": "CN|import|H100"},
        )
        assert _get(a, "/policies/not-a-key")[0] == 400
        assert _get(a, "/policies", token=None)[0] == 401
        assert _get(a, "/policies", token="wrong")[0] == 401

        # The command line, against worker b.
        env = {
            **os.environ,
            "CHIPWATCH_WEBHOOK_API_TOKEN": TOKEN,
            "CHIPWATCH_WEB_PORT": str(b.port),
        }
        table = subprocess.run(
            [str(CHIPWATCH), "policies", "--jurisdiction", "CN"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert table.returncode == 0, table.stderr
        lines = table.stdout.splitlines()
        assert lines[0].split()[:3] == ["POLICY", "DIRECTION", "SINCE"]
        assert any(line.startswith(H200) and "easing" in line for line in lines)
        assert not any(line.startswith("US|") for line in lines)
        one = subprocess.run(
            [str(CHIPWATCH), "policies", H200, "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert one.returncode == 0 and json.loads(one.stdout)["key"] == H200
        missing = subprocess.run(
            [str(CHIPWATCH), "policies", "CN|import|H100"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert missing.returncode == 1 and "no such policy" in missing.stderr
    finally:
        for worker in workers:
            worker.stop()
