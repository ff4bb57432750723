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
from streams.codecs import decode_window_record, encode_model
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


def _recorded(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    """A finalized app whose topic sends are recorded, not sent."""
    p = create_app(settings, registry=CollectorRegistry())
    p.app.finalize()
    p.app.flow_control.resume()
    for name in ("dlq", "analyzed", "alerts", "by_hash", "neardup", "by_policy"):
        monkeypatch.setattr(getattr(p.topics, name), "send", Recorder())
    return p


def _close_loops(p: Pipeline) -> None:
    # Faust builds a loop of its own for the app when it is first asked for one; the
    # harness runs in pytest-asyncio's loop, so that one is never run: close it.
    # The same goes for the loop of the consumer's thread, built when a stream first
    # asks for the consumer: no broker here, so the thread never runs it.
    thread = getattr(p.app._consumer, "_thread", None) if p.app._consumer else None
    for own in (getattr(p.app, "_loop", None), getattr(thread, "thread_loop", None)):
        if own is not None and own is not asyncio.get_running_loop() and not own.is_closed():
            own.close()


@pytest_asyncio.fixture
async def pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Pipeline]:
    settings = Settings(
        app_id="agents-test",
        store="memory://",
        data_dir=tmp_path,
        web_port=free_port(),
        alert_update_interval_seconds=0,
    )
    p = _recorded(settings, monkeypatch)
    yield p
    _close_loops(p)


def sent(p: Pipeline, topic: str) -> Recorder:
    recorder = getattr(p.topics, topic).send
    assert isinstance(recorder, Recorder)
    return recorder


async def feed(p: Pipeline, agent_name: str, messages: list[tuple[Any, ...]]) -> None:
    """Put each (key, value) or (key, value, headers) through the agent, one at a time."""
    agent = p.app.agents[agent_name]
    async with agent.test_context() as ctx:
        for key, value, *headers in messages:
            await ctx.put(key=key, value=value, headers=headers[0] if headers else None)


async def run_chain(p: Pipeline, raw: list[tuple[bytes | None, bytes]]) -> None:
    await feed(p, "ingest", raw)
    await feed(p, "dedupe-analyze", [(k, v) for k, v, _ in sent(p, "by_hash").sent])
    await feed(p, "near-dup", sent(p, "neardup").sent)
    await feed(p, "alerting", [(k, v) for k, v, _ in sent(p, "by_policy").sent])


def sample_messages() -> list[tuple[bytes | None, bytes]]:
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    return [(json.loads(line)["id"].encode(), line.encode()) for line in lines]


@pytest.mark.asyncio
async def test_agents_have_stable_names(pipeline: Pipeline) -> None:
    assert {"ingest", "dedupe-analyze", "near-dup", "alerting"} <= set(pipeline.app.agents)


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


def _story(article_id: str, source: str, title: str, extra: str = "") -> tuple[bytes, bytes]:
    body = (
        "Chinese regulators have approved purchases of Nvidia's H200 accelerators by "
        "ByteDance, Alibaba and Tencent, people familiar with the matter said on Wednesday.\n"
        "The approvals cover orders placed before customs officers stopped H200 shipments "
        "at the border earlier this month, the people said.\n"
        "Nvidia said it would comply with local rules in every market where it operates."
    )
    article = {"id": article_id, "source": source, "title": title, "body": body + extra}
    return article_id.encode(), json.dumps(article).encode()


@pytest.mark.asyncio
async def test_a_syndicated_copy_carries_the_first_article_of_its_cluster(
    pipeline: Pipeline,
) -> None:
    raw = [
        _story("wire-1", "Agency", "China clears H200 purchases"),
        _story("site-2", "Harbour Daily", "Beijing lets tech giants buy H200", "\nSubscribe now."),
    ]
    await feed(pipeline, "ingest", raw)
    await feed(pipeline, "dedupe-analyze", [(k, v) for k, v, _ in sent(pipeline, "by_hash").sent])
    candidates = sent(pipeline, "neardup").sent
    assert [k for k, _, _ in candidates] == [b"wire-1", b"site-2"]
    await feed(pipeline, "near-dup", candidates)
    analyzed = {a["id"]: a for a in sent(pipeline, "analyzed").values()}
    assert analyzed["wire-1"]["near_duplicate_of"] is None
    assert analyzed["site-2"]["near_duplicate_of"] == "wire-1"
    assert 0.5 <= analyzed["site-2"]["similarity"] < 1.0
    # Both articles' reports go on to alerting (corroboration is counted there).
    assert len(sent(pipeline, "by_policy").sent) == 2
    registry = pipeline.metrics.registry
    assert registry.get_sample_value("chipwatch_near_duplicates_total") == 1
    assert registry.get_sample_value("chipwatch_near_duplicate_window_articles") == 2
    # One table record per batch of the agent (fed one at a time here: two records).
    stored = [decode_window_record(v) for v in pipeline.neardup.values()]
    assert sorted(e.article_id for b in stored for e in b.entries) == ["site-2", "wire-1"]

    # A redelivery after the window was dropped (partitions moved) re-sends the same
    # answer: the window is rebuilt from the table, not started empty.
    pipeline.neardup_index.drop()
    await feed(pipeline, "near-dup", candidates[1:])
    again = sent(pipeline, "analyzed").values()[-1]
    assert again == analyzed["site-2"]
    assert pipeline.neardup_index.loads == 2
    assert registry.get_sample_value("chipwatch_near_duplicates_total") == 1


@pytest.mark.asyncio
async def test_a_redelivered_report_makes_the_same_alert_again(pipeline: Pipeline) -> None:
    # The alerting agent gets the H200 report twice (a redelivery after a crash between
    # its state write and its sends): the second time it sends the very same message,
    # key, value (created_at included) and CloudEvents headers.
    await feed(pipeline, "ingest", sample_messages()[:1])
    await feed(pipeline, "dedupe-analyze", [(k, v) for k, v, _ in sent(pipeline, "by_hash").sent])
    await feed(pipeline, "near-dup", sent(pipeline, "neardup").sent)
    reports = [(k, v) for k, v, _ in sent(pipeline, "by_policy").sent]
    assert [k for k, _ in reports] == [b"CN"]
    await feed(pipeline, "alerting", reports)
    await asyncio.sleep(0.01)
    await feed(pipeline, "alerting", reports)
    first, again = sent(pipeline, "alerts").sent
    assert again == first
    assert json.loads(first[1])["status"] == "new"


@pytest.mark.asyncio
@pytest.mark.parametrize("when", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00"])
async def test_a_publication_date_at_the_edges_is_dead_lettered_at_ingest(
    pipeline: Pipeline, when: str
) -> None:
    # Issue 13.4: it validated, then the alert step overflowed (internal_error, no alert).
    seed = json.loads(sample_messages()[0][1])
    article = {**seed, "published_at": when}
    await run_chain(pipeline, [(b"edge", json.dumps(article).encode())])
    letters = sent(pipeline, "dlq").values()
    assert [(d["stage"], d["reason"]) for d in letters] == [("ingest", "published_at_out_of_range")]
    assert sent(pipeline, "by_hash").sent == []
    errors = pipeline.metrics.registry.get_sample_value(
        "chipwatch_agent_errors_total", {"agent": "alerting"}
    )
    assert not errors


class FailsOnce(Recorder):
    """A topic whose first send fails, as a producer refusing a record does."""

    def __init__(self) -> None:
        super().__init__()
        self.failed = False

    async def __call__(
        self, *, key: bytes | None = None, value: bytes, headers: Any = None
    ) -> None:
        if not self.failed:
            self.failed = True
            raise RuntimeError("MessageSizeTooLargeError: the producer refused the record")
        await super().__call__(key=key, value=value, headers=headers)


@pytest.mark.asyncio
async def test_a_hash_is_remembered_only_once_its_outputs_were_sent(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue 13.3: the output of a first copy was refused (internal_error), but its hash
    # was remembered first, so the same text under a new id was then dropped as a
    # duplicate of an article that produced nothing: its alert was lost for good.
    signed = FailsOnce()
    monkeypatch.setattr(pipeline.topics.neardup, "send", signed)
    seed = json.loads(sample_messages()[0][1])
    again = {**seed, "id": "cw-001-again"}
    await feed(pipeline, "ingest", [(b"1", json.dumps(seed).encode())])
    await feed(pipeline, "ingest", [(b"2", json.dumps(again).encode())])
    await feed(pipeline, "dedupe-analyze", [(k, v) for k, v, _ in sent(pipeline, "by_hash").sent])
    letters = sent(pipeline, "dlq").values()
    assert [(d["stage"], d["reason"]) for d in letters] == [("dedupe-analyze", "internal_error")]
    assert [c["id"] for c in signed.values()] == ["cw-001-again"]
    await feed(pipeline, "near-dup", signed.sent)
    await feed(pipeline, "alerting", [(k, v) for k, v, _ in sent(pipeline, "by_policy").sent])
    alerts = sent(pipeline, "alerts").values()
    assert [a["article"]["id"] for a in alerts if "H200" in a["event"]["products"]] == [
        "cw-001-again"
    ]


@pytest.mark.asyncio
async def test_alerts_show_no_invisible_format_characters(pipeline: Pipeline) -> None:
    # Issue 13.8: bidi overrides and zero-width characters reached alert titles and
    # evidence, and a firm split by one was not tagged.
    from schemas.text import format_character_spans

    seed = json.loads(sample_messages()[0][1])
    hidden = {
        **seed,
        "id": "hidden",
        "title": seed["title"].replace("Nvidia", "N\u200bvid\u00adia") + " \u202eecruos\u202c",
        "body": "\ufeff" + seed["body"].replace("approved", "app\u200dro\u2066ved"),
        "source": "Wire\u200e",
    }
    await run_chain(pipeline, [(b"hidden", json.dumps(hidden).encode())])
    (analyzed,) = sent(pipeline, "analyzed").values()
    assert "Nvidia" in [f["name"] for f in analyzed["firms"]]
    alerts = sent(pipeline, "alerts").values()
    assert alerts, sent(pipeline, "dlq").values()
    for alert in alerts:
        shown = [
            alert["title"],
            alert["summary"],
            alert["event"]["evidence"],
            alert["article"]["title"],
            alert["article"]["source"],
        ]
        assert all(not format_character_spans(text) for text in shown), shown
        assert "Nvidia" in alert["article"]["title"]


@pytest_asyncio.fixture
async def batched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Pipeline]:
    """A pipeline whose agents may gather a batch for 10 s (the default is 5 ms)."""
    settings = Settings(
        app_id="agents-batch-test",
        store="memory://",
        data_dir=tmp_path,
        web_port=free_port(),
        agent_batch_max=500,
        agent_batch_within_seconds=10,
    )
    p = _recorded(settings, monkeypatch)
    yield p
    _close_loops(p)


@pytest.mark.asyncio
async def test_one_bad_message_in_a_batch_of_500_is_dead_lettered_alone(batched: Pipeline) -> None:
    p = batched
    base = json.loads(sample_messages()[3][1])
    messages = []
    for n in range(500):
        # Each its own text (a serial in the title): 499 first copies and one message
        # that is no IngestedArticle at all (the handler raises on it).
        article = {**base, "id": f"b-{n}", "title": f"{base['title']} ({n})"}
        messages.append((f"b-{n}".encode(), json.dumps(article).encode()))
    await feed(p, "ingest", messages)
    by_hash = [(k, v) for k, v, _ in sent(p, "by_hash").sent]
    assert len(by_hash) == 500
    by_hash[250] = (by_hash[250][0], b'{"not": "an ingested article"}')
    agent = p.app.agents["dedupe-analyze"]
    async with agent.test_context() as ctx:
        for key, value in by_hash:  # queued at once: the agent takes them as one batch
            await ctx.put(key=key, value=value, wait=False)
        for _ in range(2000):  # bounded: one value per handled event
            if len(ctx.results) == 500:
                break
            await asyncio.sleep(0.01)
    assert len(ctx.results) == 500
    registry = p.metrics.registry
    # One batch: stage times are observed once per batch.
    batches = registry.get_sample_value("chipwatch_stage_seconds_count", {"stage": "dedupe"})
    assert batches == 1
    letters = sent(p, "dlq").values()
    assert [(d["stage"], d["reason"], d["offset"]) for d in letters] == [
        ("dedupe-analyze", "internal_error", 250)
    ]
    assert (
        registry.get_sample_value("chipwatch_agent_errors_total", {"agent": "dedupe-analyze"}) == 1
    )
    candidates = [k for k, _, _ in sent(p, "neardup").sent]
    assert len(candidates) == 499 and b"b-250" not in candidates
    assert registry.get_sample_value("chipwatch_articles_total", {"outcome": "accepted"}) == 499


@pytest.mark.asyncio
async def test_a_lone_article_is_not_held_back_for_a_batch(batched: Pipeline) -> None:
    # The agents may gather a batch for 10 s here, but only from events already
    # fetched: one article on its own is handled at once (put waits for its result).
    agent = batched.app.agents["ingest"]
    async with agent.test_context() as ctx:
        loop = asyncio.get_running_loop()
        started = loop.time()
        await ctx.put(key=b"cw-004", value=sample_messages()[3][1])
        took = loop.time() - started
    assert took < 5.0, took
    assert len(sent(batched, "by_hash").sent) == 1


def _serials(count: int) -> list[tuple[bytes, bytes]]:
    """``count`` valid raw articles, each its own text (a serial in the title)."""
    base = json.loads(sample_messages()[3][1])
    return [
        (
            f"s-{n}".encode(),
            json.dumps({**base, "id": f"s-{n}", "title": f"{base['title']} ({n})"}).encode(),
        )
        for n in range(count)
    ]


async def _trickle(ctx: Any, messages: list[tuple[bytes, bytes]]) -> list[int]:
    """Put the messages one at a time, as Faust's consumer hands a poll over; the agent's
    queue runs empty between two. Return how many results there were after each put."""
    seen = []
    for key, value in messages:
        await ctx.put(key=key, value=value, wait=False)
        for _ in range(50):  # turns of the loop: the agent takes the event, queue empty
            await asyncio.sleep(0)
        seen.append(len(ctx.results))
    for _ in range(1000):  # bounded: one value per handled event
        if len(ctx.results) == len(messages):
            break
        await asyncio.sleep(0.01)
    return seen


@pytest.mark.asyncio
async def test_under_a_backlog_a_batch_waits_for_the_records_handed_over_one_at_a_time(
    batched: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The partition holds 5 records (highwater 5, offsets 0..4): after each of the first
    # four the batch waits for the next instead of closing on an empty queue, and closes
    # at the partition's last record: one batch, one metrics pass.
    articles = _serials(5)
    monkeypatch.setattr(batched.app.consumer, "highwater", lambda tp: len(articles))
    async with batched.app.agents["ingest"].test_context() as ctx:
        seen = await _trickle(ctx, articles)
    assert seen[:-1] == [0, 0, 0, 0]
    assert len(ctx.results) == 5
    assert len(sent(batched, "by_hash").sent) == 5
    registry = batched.metrics.registry
    assert registry.get_sample_value("chipwatch_stage_seconds_count", {"stage": "ingest"}) == 1


@pytest.mark.asyncio
async def test_without_a_backlog_each_record_handed_over_alone_is_a_batch(
    batched: Pipeline,
) -> None:
    # No highwater past the record (here none known at all, as before a fetch): the
    # batch closes when the queue runs empty, whatever the within (10 s here).
    async with batched.app.agents["ingest"].test_context() as ctx:
        seen = await _trickle(ctx, _serials(3))
    assert seen == [1, 2, 3]
    registry = batched.metrics.registry
    assert registry.get_sample_value("chipwatch_stage_seconds_count", {"stage": "ingest"}) == 3


@pytest.mark.asyncio
async def test_a_batch_waits_for_a_backlog_no_longer_than_within(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The partition's end far ahead (records not fetched yet): the batch goes after
    # agent_batch_within_seconds without another record.
    p = _recorded(
        Settings(
            app_id="agents-within-test",
            store="memory://",
            data_dir=tmp_path,
            web_port=free_port(),
            agent_batch_within_seconds=0.05,
        ),
        monkeypatch,
    )
    try:
        monkeypatch.setattr(p.app.consumer, "highwater", lambda tp: 10**9)
        async with p.app.agents["ingest"].test_context() as ctx:
            await _trickle(ctx, _serials(1))
        assert len(ctx.results) == 1
    finally:
        _close_loops(p)


@pytest.mark.asyncio
async def test_a_candidate_of_the_version_before_is_placed_the_same(
    pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before, the whole ClusterCandidate (article, scheme, signature) was the value, with
    # no headers; a rolling upgrade leaves some on the topic. Both forms, same output.
    from schemas.article import AnalyzedArticle
    from schemas.clusters import ClusterCandidate
    from streams.codecs import read_candidate_headers

    raw = [
        _story("wire-1", "Agency", "China clears H200 purchases"),
        _story("site-2", "Harbour Daily", "Beijing lets tech giants buy H200", "\nSubscribe now."),
    ]
    await feed(pipeline, "ingest", raw)
    await feed(pipeline, "dedupe-analyze", sent(pipeline, "by_hash").sent)
    candidates = sent(pipeline, "neardup").sent
    await feed(pipeline, "near-dup", candidates)
    now_form = [v for _, v, _ in sent(pipeline, "analyzed").sent]
    reports = [v for _, v, _ in sent(pipeline, "by_policy").sent]

    old = create_app(
        Settings(
            app_id="agents-old", store="memory://", data_dir=tmp_path / "old", web_port=free_port()
        ),
        registry=CollectorRegistry(),
    )
    old.app.finalize()
    old.app.flow_control.resume()
    for name in ("dlq", "analyzed", "by_policy"):
        monkeypatch.setattr(getattr(old.topics, name), "send", Recorder())
    legacy = []
    for key, value, headers in candidates:
        heads = read_candidate_headers(headers)
        assert heads is not None
        message = ClusterCandidate(
            article=AnalyzedArticle.model_validate_json(value),
            scheme=heads.scheme,
            signature=heads.signature,
        )
        legacy.append((key, encode_model(message)))
    await feed(old, "near-dup", legacy)
    assert [v for _, v, _ in sent(old, "analyzed").sent] == now_form
    assert [v for _, v, _ in sent(old, "by_policy").sent] == reports
    assert json.loads(now_form[1])["near_duplicate_of"] == "wire-1"


@pytest.mark.asyncio
async def test_the_near_dup_window_is_one_table_record_per_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A window of 5 articles, and batches of 6: each batch is one record, a record goes
    # once all its entries left the window, and a rebuild from the table is the window
    # as it was (entries below the stored floor stay out). An entry the version before
    # wrote (one per article id) is read as a batch of one and leaves the same way.
    import time

    from streams.core.neardup import IndexEntry

    p = _recorded(
        Settings(
            app_id="agents-window-test",
            store="memory://",
            data_dir=tmp_path,
            web_port=free_port(),
            agent_batch_max=500,
            agent_batch_within_seconds=10,
            neardup_window_articles=5,
        ),
        monkeypatch,
    )
    try:
        old = IndexEntry(article_id="old-1", cluster="old-1", seq=1, seen_at=time.time())
        p.neardup.data[b"old-1"] = encode_model(old)  # as recovered from the changelog
        raw = [
            _story(f"w-{n}", f"Outlet {n}", f"Story number {n} on chips", f"\nItem {n}.")
            for n in range(12)
        ]
        await feed(p, "ingest", raw)
        await feed(p, "dedupe-analyze", sent(p, "by_hash").sent)
        candidates = sent(p, "neardup").sent
        assert len(candidates) == 12
        agent = p.app.agents["near-dup"]

        async def one_batch(items: list[tuple[Any, ...]]) -> None:
            async with agent.test_context() as ctx:
                for key, value, headers in items:  # queued at once: one batch
                    await ctx.put(key=key, value=value, headers=headers, wait=False)
                for _ in range(1000):  # bounded: one value per handled event
                    if len(ctx.results) == len(items):
                        break
                    await asyncio.sleep(0.01)
            assert len(ctx.results) == len(items)

        def records() -> dict[bytes, tuple[list[int], int]]:
            return {
                k: ([e.seq for e in b.entries], b.floor)
                for k, b in ((k, decode_window_record(v)) for k, v in p.neardup.items())
            }

        await one_batch(candidates[:6])
        # seqs 2..7 (the old entry is 1); the window keeps 3..7: the old entry is gone.
        assert records() == {b"\x00window:000000000002": ([2, 3, 4, 5, 6, 7], 3)}
        # Records of at most 4 entries here (128 by default: far below the message limit).
        monkeypatch.setattr("streams.agents.WINDOW_RECORD_ENTRIES", 4)
        await one_batch(candidates[6:])
        # seqs 8..13 in two records, window 9..13: the first batch's record is gone too.
        assert records() == {
            b"\x00window:000000000008": ([8, 9, 10, 11], 9),
            b"\x00window:000000000012": ([12, 13], 9),
        }
        window = p.neardup_index.index
        assert window is not None
        ids = window.ids()
        assert ids == [f"w-{n}" for n in range(7, 12)]
        answered = sent(p, "analyzed").sent[-1]

        # Rebuilt from the table (partitions moved), the window is the same: the last
        # article redelivered gets the same answer, and nothing is written for it.
        p.neardup_index.drop()
        await feed(p, "near-dup", candidates[-1:])
        assert p.neardup_index.loads == 2  # at the first article, and after the drop
        rebuilt = p.neardup_index.index
        assert rebuilt is not None and rebuilt.ids() == ids
        assert sent(p, "analyzed").sent[-1] == answered
        assert sorted(records()) == [b"\x00window:000000000008", b"\x00window:000000000012"]
    finally:
        _close_loops(p)
