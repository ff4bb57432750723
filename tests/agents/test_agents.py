"""The agents under Faust's test harness: a fresh app and registry per test, no broker.

Topic sends are recorded instead of produced (the harness has no broker); each test
feeds what one agent sent into the next, so the whole chain runs in memory.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from prometheus_client import CollectorRegistry

from streams.app import Pipeline, create_app
from streams.settings import Settings
from tests.kafka_harness import free_port

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples" / "articles.jsonl"


class Recorder:
    """Stands in for ``Topic.send``: keeps (key, value, headers) of every send."""

    def __init__(self) -> None:
        self.sent: list[tuple[bytes | None, bytes, Any]] = []

    async def __call__(
        self, *, key: bytes | None = None, value: bytes, headers: Any = None
    ) -> None:
        self.sent.append((key, value, headers))

    def values(self) -> list[dict[str, Any]]:
        return [json.loads(v) for _, v, _ in self.sent]


@pytest_asyncio.fixture
async def pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Pipeline]:
    settings = Settings(
        app_id="agents-test",
        store="memory://",
        data_dir=tmp_path,
        web_port=free_port(),
        alert_update_interval_seconds=0,
    )
    p = create_app(settings, registry=CollectorRegistry())
    p.app.finalize()
    p.app.flow_control.resume()
    for name in ("dlq", "analyzed", "alerts", "by_hash", "by_policy"):
        monkeypatch.setattr(getattr(p.topics, name), "send", Recorder())
    yield p
    # Faust builds a loop of its own for the app when it is first asked for one; the
    # harness runs in pytest-asyncio's loop, so that one is never run: close it.
    # The same goes for the loop of the consumer's thread, built when a stream first
    # asks for the consumer: no broker here, so the thread never runs it.
    thread = getattr(p.app._consumer, "_thread", None) if p.app._consumer else None
    for own in (getattr(p.app, "_loop", None), getattr(thread, "thread_loop", None)):
        if own is not None and own is not asyncio.get_running_loop() and not own.is_closed():
            own.close()


def sent(p: Pipeline, topic: str) -> Recorder:
    recorder = getattr(p.topics, topic).send
    assert isinstance(recorder, Recorder)
    return recorder


async def feed(p: Pipeline, agent_name: str, messages: list[tuple[bytes | None, bytes]]) -> None:
    agent = p.app.agents[agent_name]
    async with agent.test_context() as ctx:
        for key, value in messages:
            await ctx.put(key=key, value=value)


async def run_chain(p: Pipeline, raw: list[tuple[bytes | None, bytes]]) -> None:
    await feed(p, "ingest", raw)
    await feed(p, "dedupe-analyze", [(k, v) for k, v, _ in sent(p, "by_hash").sent])
    await feed(p, "alerting", [(k, v) for k, v, _ in sent(p, "by_policy").sent])


def sample_messages() -> list[tuple[bytes | None, bytes]]:
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    return [(json.loads(line)["id"].encode(), line.encode()) for line in lines]


@pytest.mark.asyncio
async def test_agents_have_stable_names(pipeline: Pipeline) -> None:
    assert {"ingest", "dedupe-analyze", "alerting"} <= set(pipeline.app.agents)


@pytest.mark.asyncio
async def test_chain_drops_the_copy_and_alerts_once_on_h200(pipeline: Pipeline) -> None:
    await run_chain(pipeline, sample_messages())
    analyzed = sent(pipeline, "analyzed").values()
    ids = [a["id"] for a in analyzed]
    assert "cw-001" in ids and "cw-001-resend" not in ids
    alerts = sent(pipeline, "alerts").values()
    h200 = [a for a in alerts if "H200" in a["event"]["products"]]
    assert len(h200) == 1 and h200[0]["event"]["jurisdiction"] == "CN"
    registry = pipeline.metrics.registry
    assert registry.get_sample_value("chipwatch_articles_total", {"outcome": "duplicate"}) == 1


@pytest.mark.asyncio
async def test_invalid_message_is_dead_lettered_and_next_one_processed(
    pipeline: Pipeline,
) -> None:
    good = sample_messages()[3]
    await feed(pipeline, "ingest", [(b"bad", b"\xff\xfe not json"), good])
    letters = sent(pipeline, "dlq").values()
    assert [d["reason"] for d in letters] == ["not_utf8"]
    assert letters[0]["stage"] == "ingest"
    assert len(sent(pipeline, "by_hash").sent) == 1


@pytest.mark.asyncio
async def test_unexpected_error_in_an_agent_is_dead_lettered_not_raised(
    pipeline: Pipeline,
) -> None:
    # A by-hash message that is not an IngestedArticle: the agent must catch, dead-letter
    # with reason internal_error, count, and keep going with the next message.
    await feed(pipeline, "dedupe-analyze", [(b"h", b'{"not": "an ingested article"}')])
    letters = sent(pipeline, "dlq").values()
    assert [(d["stage"], d["reason"]) for d in letters] == [("dedupe-analyze", "internal_error")]
    errors = pipeline.metrics.registry.get_sample_value(
        "chipwatch_agent_errors_total", {"agent": "dedupe-analyze"}
    )
    assert errors == 1


@pytest.mark.asyncio
async def test_a_redelivered_report_makes_the_same_alert_again(pipeline: Pipeline) -> None:
    # The alerting agent gets the H200 report twice (a redelivery after a crash between
    # its state write and its sends): the second time it sends the very same message,
    # key, value (created_at included) and CloudEvents headers.
    await feed(pipeline, "ingest", sample_messages()[:1])
    await feed(pipeline, "dedupe-analyze", [(k, v) for k, v, _ in sent(pipeline, "by_hash").sent])
    reports = [(k, v) for k, v, _ in sent(pipeline, "by_policy").sent]
    assert [k for k, _ in reports] == [b"CN"]
    await feed(pipeline, "alerting", reports)
    await asyncio.sleep(0.01)
    await feed(pipeline, "alerting", reports)
    first, again = sent(pipeline, "alerts").sent
    assert again == first
    assert json.loads(first[1])["status"] == "new"
