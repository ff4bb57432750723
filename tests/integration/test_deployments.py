"""Issue 13.5: two deployments (two app ids) on one broker share none of chipwatch's topics.

Each deployment has its own input and output topics and its own app id; the worker's
own topics (repartition, webhook backlog, catalog) are left to their defaults, which
are named after the app id. Both workers run on the README's defaults otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from tests.kafka_harness import Broker, Names, Worker, consume, produce, run

pytestmark = pytest.mark.integration

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples" / "articles.jsonl"


def _sample(article_id: str) -> tuple[bytes, bytes]:
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        if json.loads(line)["id"] == article_id:
            return article_id.encode(), line.encode()
    raise KeyError(article_id)


def _ids(records: list[Any]) -> list[str]:
    return [json.loads(r.value)["id"] for r in records]


def _alert_articles(records: list[Any]) -> list[str]:
    return [json.loads(r.value)["article"]["id"] for r in records]


async def _topics(broker: Broker) -> set[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
    await admin.start()
    try:
        return set(await admin.list_topics())
    finally:
        await admin.close()


def test_two_app_ids_on_one_broker_neither_cross_feed_nor_alert_twice(
    broker: Broker, tmp_path: Path
) -> None:
    a, b = Names(), Names()
    first = Worker(broker, a, tmp_path).start()
    second = Worker(broker, b, tmp_path).start()
    try:
        for names in (a, b):  # each deployment's own topics exist, named after its app id
            for base in ("articles.by-hash", "events.by-policy", "webhook.retries", "catalog"):
                assert names.own(base) in run(_topics(broker))
        run(produce(broker.bootstrap, a.topic("articles.raw"), [_sample("cw-001")]))
        run(produce(broker.bootstrap, b.topic("articles.raw"), [_sample("cw-006")]))
        got_a = run(consume(broker.bootstrap, a.topic("alerts.policy"), min_count=1, settle=5))
        got_b = run(consume(broker.bootstrap, b.topic("alerts.policy"), min_count=1, settle=1))
        # Each deployment alerts on its own input only, once per event.
        assert set(_alert_articles(got_a)) == {"cw-001"}, _alert_articles(got_a)
        assert set(_alert_articles(got_b)) == {"cw-006"}, _alert_articles(got_b)
        for got in (got_a, got_b):
            keys = [json.loads(r.value)["event_key"] for r in got]
            assert len(keys) == len(set(keys)), "an event alerted twice"
        analyzed_a = run(consume(broker.bootstrap, a.topic("articles.analyzed"), min_count=1))
        analyzed_b = run(consume(broker.bootstrap, b.topic("articles.analyzed"), min_count=1))
        assert _ids(analyzed_a) == ["cw-001"] and _ids(analyzed_b) == ["cw-006"]
        # And neither read the other's repartitioned articles.
        for names, article in ((a, "cw-001"), (b, "cw-006")):
            by_hash = run(consume(broker.bootstrap, names.own("articles.by-hash"), min_count=1))
            assert [json.loads(r.value)["article"]["id"] for r in by_hash] == [article]
    finally:
        assert first.stop() == 0, first.log_tail()
        assert second.stop() == 0, second.log_tail()
