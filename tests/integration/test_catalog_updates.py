"""An operator publishes a new catalog; every worker applies it within seconds."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from streams.core.catalog import load_catalog
from tests.kafka_harness import CHIPWATCH, Broker, Names, Worker, consume, produce, run

pytestmark = pytest.mark.integration


def _article(article_id: str, text: str) -> bytes:
    return json.dumps({"id": article_id, "title": text, "body": text}).encode()


def _firms(records: list, article_id: str) -> list[str]:
    for record in records:
        data = json.loads(record.value)
        if data["id"] == article_id:
            return [f["name"] for f in data["firms"]]
    raise AssertionError(f"{article_id} not analyzed")


def _publish(broker: Broker, names: Names, path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        **names.env(),
        "CHIPWATCH_BROKER": f"kafka://{broker.bootstrap}",
    }
    return subprocess.run(
        [str(CHIPWATCH), "catalog", "publish", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_published_catalog_is_applied_and_an_invalid_one_refused(
    broker: Broker, tmp_path: Path
) -> None:
    # The CLI and the worker share the app id (names.env()), so both use the catalog
    # topic named after it (`<app id>.catalog`).
    names = Names()
    worker = Worker(broker, names, tmp_path).start()
    try:
        raw = names.topic("articles.raw")
        analyzed = names.topic("articles.analyzed")
        text = "Zephyrion Semiconductor opened a new fab near Dresden."
        run(produce(broker.bootstrap, raw, [(b"1", _article("before", text))]))
        records = run(consume(broker.bootstrap, analyzed, min_count=1, timeout=60))
        assert "Zephyrion Semiconductor" not in _firms(records, "before")

        catalog = load_catalog().model_dump(mode="json", exclude_none=True)
        catalog["entries"].append(
            {"name": "Zephyrion Semiconductor", "type": "firm", "aliases": ["Zephyrion"]}
        )
        good = tmp_path / "catalog.yaml"
        good.write_text(yaml.safe_dump(catalog, allow_unicode=True), encoding="utf-8")
        result = _publish(broker, names, good)
        assert result.returncode == 0, result.stderr

        # Applied within seconds: the next article after the update carries the new firm.
        deadline = time.monotonic() + 30
        while (
            time.monotonic() < deadline
            and 'chipwatch_catalog_updates_total{outcome="applied"} 1.0'
            not in worker.get("/metrics")
        ):
            time.sleep(0.2)
        run(produce(broker.bootstrap, raw, [(b"2", _article("after", text + " Again."))]))
        records = run(consume(broker.bootstrap, analyzed, min_count=2, timeout=60))
        assert "Zephyrion Semiconductor" in _firms(records, "after")

        # An invalid catalog: the CLI refuses it before sending anything...
        bad = tmp_path / "bad.yaml"
        duplicate = {"name": "Nvidia", "type": "firm", "aliases": ["NVDA"]}
        bad.write_text(yaml.safe_dump({**catalog, "entries": [*catalog["entries"], duplicate]}))
        refused = _publish(broker, names, bad)
        assert refused.returncode == 2 and "Nvidia" in refused.stderr
        # ...and a worker refuses one that reaches the topic anyway, keeping the one in use.
        run(produce(broker.bootstrap, names.own("catalog"), [(b"catalog", b"entries: [oops")]))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and 'outcome="refused"} 1.0' not in worker.get(
            "/metrics"
        ):
            time.sleep(0.2)
        assert 'chipwatch_catalog_updates_total{outcome="refused"} 1.0' in worker.get("/metrics")
        run(produce(broker.bootstrap, raw, [(b"3", _article("later", text + " Third."))]))
        records = run(consume(broker.bootstrap, analyzed, min_count=3, timeout=60))
        assert "Zephyrion Semiconductor" in _firms(records, "later")
    finally:
        worker.stop()
