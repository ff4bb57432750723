"""Issue 13.3 on a real broker: an article the input limits accept is never lost for size.

The worker runs with the README's defaults (RocksDB store, default size limits).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from tests.kafka_harness import Broker, Names, Worker, consume, produce, run

pytestmark = pytest.mark.integration

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples" / "articles.jsonl"
BODY_LIMIT = 200_000  # CHIPWATCH_MAX_BODY_CHARS's default


def _seed() -> dict[str, Any]:
    article: dict[str, Any] = json.loads(SAMPLES.read_text(encoding="utf-8").splitlines()[0])
    return article


def _sample(metrics: str, name: str) -> float:
    for line in metrics.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


def test_articles_at_the_body_limit_are_analyzed_and_alerted(
    broker: Broker, tmp_path: Path
) -> None:
    names = Names()
    seed = _seed()
    h20 = {"id": "h20-only", "title": "A list", "body": "H20 " * 50_000}
    policy = {**seed, "id": "policy-big", "body": (seed["body"] + "\n" + "H20 " * 50_000)}
    policy["body"] = policy["body"][:BODY_LIMIT]
    copy = {**policy, "id": "policy-big-again"}
    assert len(h20["body"]) == len(policy["body"]) == BODY_LIMIT
    worker = Worker(broker, names, tmp_path).start()
    try:
        messages = [(a["id"].encode(), json.dumps(a).encode()) for a in (h20, policy)]
        run(produce(broker.bootstrap, names.topic("articles.raw"), messages))
        analyzed = run(
            consume(broker.bootstrap, names.topic("articles.analyzed"), min_count=2, timeout=60)
        )
        records = {r.key.decode(): r for r in analyzed}
        assert set(records) == {"h20-only", "policy-big"}, worker.log_tail()
        for record in records.values():
            assert len(record.value) < 20_000
        (chip,) = json.loads(records["h20-only"].value)["chips"]
        assert chip["mentions"] == 50_000 and len(chip["spans"]) == 50
        alerts = run(consume(broker.bootstrap, names.topic("alerts.policy"), min_count=1))
        assert [json.loads(a.value)["article"]["id"] for a in alerts][:1] == ["policy-big"]
        # The same text again under another id: a duplicate of an article that did
        # produce its outputs (nothing is lost, nothing said twice).
        again = [(copy["id"].encode(), json.dumps(copy).encode())]
        run(produce(broker.bootstrap, names.topic("articles.raw"), again))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            text = worker.get("/metrics")
            if _sample(text, 'chipwatch_articles_total{outcome="duplicate"}') >= 1:
                break
            time.sleep(0.3)
        text = worker.get("/metrics")
        assert _sample(text, 'chipwatch_articles_total{outcome="duplicate"}') == 1
        letters = run(consume(broker.bootstrap, names.topic("articles.dlq"), timeout=2))
        assert letters == []
    finally:
        assert worker.stop() == 0, worker.log_tail()


def test_an_article_larger_than_a_partition_fetch_comes_whole_behind_a_backlog(
    broker: Broker, tmp_path: Path
) -> None:
    """With partition fetches of 64 KiB (a setting), a 600 KB article still comes whole.

    The broker returns a batch over the limit only for the first partition of a fetch
    response that has data (KIP-74), and an empty one for any later partition (fetch v3
    and up), so the big article waits, never is skipped, until its partition comes first.
    Here it sits among ordinary articles on the test's two partitions of every topic:
    all are analyzed, none is dead-lettered or skipped.
    """
    names = Names()
    small = [
        {"id": f"small-{i:04d}", "title": f"Quarterly results {i}", "body": f"Sales rose {i}."}
        for i in range(600)
    ]
    # 200,000 Chinese characters: 600 KB of UTF-8, at the body limit, 9 partition fetches.
    big = {"id": "big-zh", "title": "一份长名单", "body": "晶片" * (BODY_LIMIT // 2)}
    articles = [*small[:300], big, *small[300:]]
    worker = Worker(broker, names, tmp_path, consumer_max_partition_fetch_bytes=65_536).start()
    try:
        messages = [
            (a["id"].encode(), json.dumps(a, ensure_ascii=False).encode()) for a in articles
        ]
        assert len(messages[300][1]) > 8 * 65_536
        run(produce(broker.bootstrap, names.topic("articles.raw"), messages))
        analyzed = run(
            consume(
                broker.bootstrap,
                names.topic("articles.analyzed"),
                min_count=len(articles),
                timeout=120,
            )
        )
        assert {r.key.decode() for r in analyzed} == {a["id"] for a in articles}, worker.log_tail()
        letters = run(consume(broker.bootstrap, names.topic("articles.dlq"), timeout=2))
        assert letters == []
    finally:
        assert worker.stop() == 0, worker.log_tail()
