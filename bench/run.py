"""`make bench`: chipwatch's throughput, latency, scale and memory against a real broker.

Usage: .venv/bin/python bench/run.py [--articles N] [--rate R] [--duration S] [--idle S]
       [--hashes H] [--fetch-waits W] [--idle-cost-waits W] [--skip PHASE ...]
       [--out bench/results]

Starts its own Kafka broker (free ports, temporary folder, stopped in a finally), then
measures in one run (see bench/README.md for what each figure means):
  passthrough  bare aiokafka consume->produce with Faust's client settings
  e2e          N articles loaded first, then one `chipwatch worker`: articles/s, the
               longest pause in its output (max_gap_ms), CPU per article
  peer         the same work on Quix Streams (bench/peer_quix.py), same corpus and broker
  fetch_wait   e2e again with Faust's stock fetch wait (1.5 s): the stall, before/after
  idle_cost    an idle worker per candidate fetch wait: requests/s to the broker (JMX),
               worker and broker CPU
  latency      fixed offered loads: produce time -> alert produce time (record timestamps)
  idle         the first article after the worker sat idle
  core         validate + hash + tag + detect in this process, no Kafka
  scale        2 workers on the same load as e2e (4 partitions), CPU of each process
  memory       a worker recovering H remembered hashes into its dedupe table (cold), then
               the same worker restarted on its kept RocksDB store (warm)
Writes latest.json, latest.md and latest.png under --out.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import itertools
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # tests.kafka_harness: the broker and worker helpers
sys.path.insert(0, str(REPO / "bench"))

from corpus import Item, generate  # noqa: E402

from streams.settings import Settings  # noqa: E402
from tests.kafka_harness import Broker, Names, Worker, free_port, free_ports  # noqa: E402

PARTITIONS = 4
SPAWNED: list[Worker] = []  # every worker process, stopped in main()'s finally
CLK = os.sysconf("SC_CLK_TCK")
# Faust's producer defaults (faust/types/settings/settings.py), which the passthrough
# copies so that the limit is what the same client, set up the same way, can do.
FAUST_PRODUCER = {"acks": "all", "linger_ms": 0, "max_batch_size": 16384}
# What chipwatch's app sets on top (streams/app.py, the linger from the settings' default):
# the headline passthrough uses these.
CHIPWATCH_PRODUCER = {
    "acks": "all",
    "linger_ms": round(Settings().producer_linger_seconds * 1000),
    "max_batch_size": 256 * 1024,
}


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')} load {os.getloadavg()[0]:.2f}] {msg}", flush=True)


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (and its reaped children), from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return sum(int(x) for x in fields[11:15]) / CLK


def status_kb(pid: int, key: str) -> int:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    m = re.search(rf"^{key}:\s+(\d+) kB", text, re.M)
    return int(m.group(1)) if m else 0


def dir_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def start_pyspy(pid: int, out: Path) -> subprocess.Popen[bytes]:
    # --nonblocking: sample without stopping the worker, so the profile does not slow
    # what it measures (the cost is the odd torn stack).
    spy = str(Path(sys.executable).parent / "py-spy")
    args = ["record", "--nonblocking", "-r", "200", "--format", "raw", "-o", str(out)]
    return subprocess.Popen(
        [spy, *args, "--pid", str(pid)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def wait_settled(procs: list[Worker], limit_s: float = 120) -> float:
    deadline = time.monotonic() + limit_s
    streak = 0
    while time.monotonic() < deadline:
        try:
            facts = [json.loads(w.get("/readyz")) for w in procs]
        except OSError:  # 503 while rebalancing
            facts = []
        ok = bool(facts) and all(f["ready"] and f["assigned_partitions"] > 0 for f in facts)
        streak = streak + 1 if ok else 0
        if streak >= 2:
            return time.time()
        time.sleep(0.5)
    raise TimeoutError("workers did not settle")


def broker_pid(broker: Broker) -> int:
    return int((broker.state_dir / "kafka.pid").read_text())


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def max_gap_ms(stamps: list[int]) -> int | None:
    """Longest interval between consecutive record timestamps (ms) of one output."""
    ordered = sorted(stamps)
    return max((b - a for a, b in itertools.pairwise(ordered)), default=None)


def gap_profile(stamps: list[int], limit: int = 200) -> dict[str, Any]:
    """The pauses of an output: longest, how many over ``limit`` ms, their sum."""
    ordered = sorted(stamps)
    gaps = [b - a for a, b in itertools.pairwise(ordered)]
    over = [g for g in gaps if g > limit]
    top = max(range(len(gaps)), key=gaps.__getitem__, default=None)
    return {
        "max_gap_ms": max(gaps, default=None),
        # Where it started, from the first record (ms), and the output's whole span.
        "max_gap_at_ms": None if top is None else ordered[top] - ordered[0],
        "span_ms": ordered[-1] - ordered[0] if ordered else None,
        f"gaps_over_{limit}_ms": len(over),
        f"time_in_gaps_over_{limit}_ms": sum(over),
        "p99_gap_ms": pct([float(g) for g in gaps], 99) if gaps else None,
    }


# --- broker request counts (JMX) ----------------------------------------------------------

JMX_PORT = 0  # set in main() when the broker starts with JMX


def kafka_libs() -> Path:
    cache = Path(os.environ.get("KAFKA_CACHE_DIR", Path.home() / ".cache" / "chipwatch" / "kafka"))
    return cache / kafka_version() / "libs"


def broker_requests() -> dict[str, float]:
    """Requests the broker has served since it started, by API (Kafka's RequestMetrics).

    One ``JmxTool --one-time`` read; ``time`` is the read's own timestamp (s), so a rate
    between two reads does not include the JVM start of the tool.
    """
    if not JMX_PORT:
        return {}
    out = subprocess.run(
        [
            "java",
            "-cp",
            f"{kafka_libs()}/*",
            "org.apache.kafka.tools.JmxTool",
            "--jmx-url",
            f"service:jmx:rmi:///jndi/rmi://127.0.0.1:{JMX_PORT}/jmxrmi",
            "--object-name",
            "kafka.network:type=RequestMetrics,name=RequestsPerSec,request=*,version=*",
            "--attributes",
            "Count",
            "--one-time",
            "true",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith(('"time"', "1", "2"))]
    if len(lines) < 2:
        return {}
    header, values = next(csv.reader([lines[0]])), next(csv.reader([lines[-1]]))
    counts: dict[str, float] = {"time": int(values[0]) / 1000}
    for name, value in zip(header[1:], values[1:], strict=True):
        api = re.search(r"request=([^,]+)", name)
        if api:
            counts[api.group(1)] = counts.get(api.group(1), 0) + float(value)
    return counts


def request_rates(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    """Requests per second by API between two reads, and ``all``."""
    if not before or not after:
        return {}
    took = after["time"] - before["time"]
    rates = {
        api: round((after[api] - before.get(api, 0)) / took, 2)
        for api in after
        if api != "time" and after[api] - before.get(api, 0) > 0
    }
    # Kafka counts a consumer's fetch twice: as Fetch and as FetchConsumer (and a
    # follower's as FetchFollower); "all" counts each request once.
    rates["all"] = round(
        sum(v for k, v in rates.items() if k not in ("FetchConsumer", "FetchFollower")), 2
    )
    return rates


# --- Kafka helpers ---------------------------------------------------------------------


async def create_topics(
    bootstrap: str, names: Iterable[str], compact: bool = False, partitions: int = PARTITIONS
) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        configs = {"cleanup.policy": "compact"} if compact else {}
        await admin.create_topics(
            [NewTopic(n, partitions, 1, topic_configs=configs) for n in names]
        )
    finally:
        await admin.close()


async def load_topic(bootstrap: str, topic: str, items: Iterable[tuple[bytes, bytes]]) -> int:
    """Send everything as fast as the client goes (batched): the loading is not timed."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", linger_ms=20, max_batch_size=1 << 20
    )
    await producer.start()
    sent = 0
    try:
        pending = []
        for key, value in items:
            pending.append(await producer.send(topic, value=value, key=key))
            sent += 1
            if len(pending) >= 5000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return sent


async def end_offsets(bootstrap: str, topics: list[str]) -> dict[str, int]:
    """Committed (read_committed) end offset of each topic, summed over partitions."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, isolation_level="read_committed", group_id=None
    )
    await consumer.start()
    try:
        tps = [TopicPartition(t, p) for t in topics for p in range(PARTITIONS)]
        ends = await consumer.end_offsets(tps)
    finally:
        await consumer.stop()
    out = dict.fromkeys(topics, 0)
    for tp, offset in ends.items():
        out[tp.topic] += offset
    return out


async def record_counts(bootstrap: str, marker: str, settle_s: float = 3.0) -> dict[str, int]:
    """Records written to every topic whose name holds ``marker``, changelogs included.

    The end offsets summed over each topic's partitions (the workers write without
    transactions, so an offset is a record), read until they have not changed for
    ``settle_s`` (the policy records and table writes trail the outputs ``wait_outputs``
    waits for), at most 60 s.
    """
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await admin.start()
    await consumer.start()
    try:
        last: dict[str, int] = {}
        still_since = time.monotonic()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            topics = sorted(t for t in await admin.list_topics() if marker in t)
            tps = [
                TopicPartition(d["topic"], part["partition"])
                for d in await admin.describe_topics(topics)
                for part in d["partitions"]
            ]
            ends = await consumer.end_offsets(tps)
            got = dict.fromkeys(topics, 0)
            for tp, offset in ends.items():
                got[tp.topic] += offset
            if got != last:
                last, still_since = got, time.monotonic()
            elif time.monotonic() - still_since >= settle_s:
                break
            await asyncio.sleep(0.5)
    finally:
        await consumer.stop()
        await admin.close()
    return last


async def read_all(
    bootstrap: str,
    topic: str,
    start: dict[int, int] | None = None,
    limit_s: float = 60,
    partitions: int = PARTITIONS,
) -> list[Any]:
    """Read ``topic`` (read_committed) from ``start`` offsets to its current end."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        isolation_level="read_committed",
        group_id=None,
        enable_auto_commit=False,
        max_partition_fetch_bytes=8 << 20,
    )
    await consumer.start()
    records: list[Any] = []
    try:
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        consumer.assign(tps)
        ends = await consumer.end_offsets(tps)
        for tp in tps:
            consumer.seek(tp, (start or {}).get(tp.partition, 0))
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline:
            positions = [await consumer.position(tp) for tp in tps]
            if all(pos >= ends[tp] for pos, tp in zip(positions, tps, strict=True)):
                break
            batch = await consumer.getmany(timeout_ms=500, max_records=5000)
            for recs in batch.values():
                records.extend(
                    r for r in recs if r.offset < ends[TopicPartition(topic, r.partition)]
                )
    finally:
        await consumer.stop()
    return records


async def partition_ends(
    bootstrap: str, topic: str, partitions: int = PARTITIONS
) -> dict[int, int]:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, isolation_level="read_committed", group_id=None
    )
    await consumer.start()
    try:
        ends = await consumer.end_offsets([TopicPartition(topic, p) for p in range(partitions)])
    finally:
        await consumer.stop()
    return {tp.partition: o for tp, o in ends.items()}


async def edge_timestamps(bootstrap: str, topic: str) -> tuple[int, int]:
    """(first, last) record timestamp of a topic, from each partition's ends."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, isolation_level="read_committed", group_id=None
    )
    await consumer.start()
    firsts: list[int] = []
    lasts: list[int] = []
    try:
        tps = [TopicPartition(topic, p) for p in range(PARTITIONS)]
        consumer.assign(tps)
        begins = await consumer.beginning_offsets(tps)
        ends = await consumer.end_offsets(tps)
        for tp in tps:
            if ends[tp] <= begins[tp]:
                continue
            for offset, bucket in ((begins[tp], firsts), (ends[tp] - 1, lasts)):
                consumer.seek(tp, offset)
                got = await consumer.getmany(tp, timeout_ms=5000, max_records=1)
                bucket.extend(r.timestamp for r in got.get(tp, []))
    finally:
        await consumer.stop()
    return min(firsts), max(lasts)


# --- the expected output, from the pure core -------------------------------------------


def core_pass(items: list[Item]) -> dict[str, Any]:
    """Run validate + hash + dedupe + tag + detect over ``items`` in this process.

    Gives the core's speed (phase 4) and what the worker must write for these inputs
    (analyzed articles, alerts), so the e2e clock knows when the last one is out. The
    alerts are counted by running, untimed, the steps after the analysis in input order
    (near-duplicate placement, the report, the alert step with the workers' settings):
    the corpus makes that count independent of the order partitions interleave in
    (each policy article is its own cluster; re-runs are of ordinary stories).
    """
    from streams.codecs import DecodeError, decode_raw_article
    from streams.core.alerts import AlertConfig, alert_step, reports_for
    from streams.core.analyze import Analyzer
    from streams.core.catalog import load_catalog
    from streams.core.detect import load_patterns
    from streams.core.neardup import NearDupConfig, NearDupIndex, neardup_step, signature
    from streams.core.normalise import content_hash
    from streams.core.story_judge import load_story_judge

    analyzer = Analyzer.build(load_catalog(None), load_patterns(), load_story_judge())
    now = datetime.now(UTC)
    for item in items[:200]:  # warm-up: first-call costs are not throughput
        with contextlib.suppress(DecodeError):
            article = decode_raw_article(item.value, 1 << 20, 200_000)
            analyzer.analyze(article, now)
    seen: set[str] = set()
    analyzed = invalid = reports = 0
    kept: list[int] = []
    # Timed as the worker runs it: each result is dropped once counted. Keeping all
    # 16,000 results alive made the cycle collector walk them over and over: the same
    # loop then measured 1,905-2,011 per CPU-second instead of ~4,200 (bench/README.md).
    wall, cpu = time.perf_counter(), time.process_time()
    for i, item in enumerate(items):
        try:
            article = decode_raw_article(item.value, 1 << 20, 200_000)
        except DecodeError:
            invalid += 1
            continue
        digest = content_hash(article.title, article.body)
        if digest in seen:
            continue
        seen.add(digest)
        result = analyzer.analyze(article, now, digest)
        analyzed += 1
        reports += len(reports_for(result))
        kept.append(i)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    firsts = []
    for i in kept:  # untimed: the same analyses again, kept for the steps below
        article = decode_raw_article(items[i].value, 1 << 20, 200_000)
        firsts.append((article, analyzer.analyze(article, now)))
    # Untimed: what the near-dup and alerting agents make of these, as the worker runs
    # them (worker_env: no update interval).
    index = NearDupIndex()
    neardup_config = NearDupConfig(threshold=0.5, window_articles=100_000, window_seconds=259_200)
    alert_config = AlertConfig(
        update_interval_seconds=0,
        action_titles=analyzer.detector.action_titles,
        generic_products=frozenset(analyzer.detector.lexicon.generic),
        material_products=frozenset(analyzer.detector.lexicon.materials),
    )
    states: dict[str, Any] = {}
    alerts = near = 0
    clock = time.time()
    for article, result in firsts:
        sig = signature(article.title, article.body)
        _, placed = neardup_step(index, result.id, sig, clock, neardup_config)
        near += placed.near_duplicate_of is not None
        cluster = {"near_duplicate_of": placed.near_duplicate_of, "similarity": placed.similarity}
        for report in reports_for(result.model_copy(update=cluster), alert_config):
            key = report.policy_key
            states[key], made = alert_step(states.get(key), report, clock, alert_config)
            alerts += len(made)
    return {
        "articles": len(items),
        "analyzed": analyzed,
        "invalid": invalid,
        "reports": reports,
        "near_duplicates": near,
        "alerts": alerts,
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3),
        "articles_per_s": round(len(items) / wall),
        "articles_per_cpu_s": round(len(items) / cpu),
    }


# --- phases ------------------------------------------------------------------------------


async def passthrough(
    bootstrap: str, items: list[Item], settings: dict[str, Any]
) -> dict[str, Any]:
    """Bare consume->produce of the same input, one hop, Faust's client settings."""
    src, dst = f"bench.pt.in.{uuid.uuid4().hex[:6]}", f"bench.pt.out.{uuid.uuid4().hex[:6]}"
    await create_topics(bootstrap, [src, dst])
    await load_topic(bootstrap, src, ((i.key, i.value) for i in items))
    consumer = AIOKafkaConsumer(
        src,
        bootstrap_servers=bootstrap,
        group_id=f"bench-pt-{uuid.uuid4().hex[:6]}",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_partition_fetch_bytes=1_048_576 + 64 * 1024,
        fetch_max_wait_ms=1500,
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, **settings)  # type: ignore[arg-type]
    await consumer.start()
    await producer.start()
    n = len(items)
    done = 0
    cpu0 = time.process_time()
    started = None
    last_commit = time.monotonic()
    try:
        pending = []
        while done < n:
            batch = await consumer.getmany(timeout_ms=1000)
            if started is None and batch:
                started = time.perf_counter()
            for recs in batch.values():
                for r in recs:
                    pending.append(await producer.send(dst, value=r.value, key=r.key))
                    done += 1
            # Faust commits every 10,000 messages or 2.8 s, after the sends are acked.
            if len(pending) >= 10_000 or time.monotonic() - last_commit > 2.8:
                await asyncio.gather(*pending)
                pending.clear()
                await consumer.commit()
                last_commit = time.monotonic()
        await asyncio.gather(*pending)
        await consumer.commit()
        took = time.perf_counter() - (started or time.perf_counter())
    finally:
        await producer.stop()
        await consumer.stop()
    return {
        "articles": n,
        "seconds": round(took, 3),
        "articles_per_s": round(n / took),
        "cpu_s": round(time.process_time() - cpu0, 2),
        "producer": settings,
    }


def worker_env(names: Names, **extra: Any) -> dict[str, Any]:
    return {
        "partitions_raw": PARTITIONS,
        "partitions_internal": PARTITIONS,
        "partitions_out": PARTITIONS,
        "store": "rocksdb://",
        "log_level": "warn",
        # Every policy article from a new outlet makes an alert (not one per 10 min),
        # so each one is a latency sample and the alerting path is fully loaded.
        "alert_update_interval_seconds": 0,
        **extra,
    }


async def wait_outputs(
    bootstrap: str, names: Names, want: dict[str, int], limit_s: float
) -> dict[str, int]:
    """Wait until every topic holds ``want`` records, or the first does and the others
    have not grown for 10 s (the count of alerts is the core's estimate: a safety net)."""
    topics = list(want)
    deadline = time.monotonic() + limit_s
    got: dict[str, int] = {}
    last: dict[str, int] = {}
    still_since = time.monotonic()
    while time.monotonic() < deadline:
        got = await end_offsets(bootstrap, topics)
        if all(got[t] >= want[t] for t in topics):
            return got
        if got != last:
            last, still_since = got, time.monotonic()
        elif got[topics[0]] >= want[topics[0]] and time.monotonic() - still_since > 10:
            log(f"outputs {got} settled short of {want}: going on")
            return got
        await asyncio.sleep(0.5)
    raise TimeoutError(f"outputs {got} short of {want} after {limit_s}s")


def agent_batches(procs: list[Worker]) -> dict[str, Any]:
    """Batches each stage observed, and the mean events per batch, over ``procs``.

    A batch observes ``chipwatch_stage_seconds`` once per stage it had events for
    (``Tally.write``), so the histogram's count is the number of such batches. Events:
    valid articles for ``ingest``, first copies for ``dedupe``/``analyze``/``neardup``
    (the near-dup agent gets each first copy once), alerting's own count is its batches.
    """
    count = re.compile(r'^chipwatch_stage_seconds_count\{stage="([^"]+)"\}\s+(\S+)', re.M)
    outcome = re.compile(r'^chipwatch_articles_total\{outcome="([^"]+)"\}\s+(\S+)', re.M)
    stages: dict[str, float] = {}
    outcomes: dict[str, float] = {}
    for w in procs:
        text = w.get("/metrics")
        for name, n in count.findall(text):
            stages[name] = stages.get(name, 0) + float(n)
        for name, n in outcome.findall(text):
            outcomes[name] = outcomes.get(name, 0) + float(n)
    accepted = outcomes.get("accepted", 0)
    events = {
        "ingest": accepted + outcomes.get("duplicate", 0),
        "dedupe": accepted,
        "analyze": accepted,
        "neardup": accepted,
    }
    return {
        "count": {k: int(v) for k, v in sorted(stages.items())},
        "events_per_batch": {
            k: round(events[k] / v, 2) for k, v in sorted(stages.items()) if k in events and v
        },
    }


async def e2e(
    broker: Broker,
    tmp: Path,
    items: list[Item],
    expect: dict[str, Any],
    workers: int,
    profile: Path | None = None,
    **settings: Any,
) -> tuple[dict[str, Any], list[Worker], Names]:
    """Load the input, start ``workers`` processes, time until the last output is out.

    ``settings`` are extra worker settings (``consumer_fetch_max_wait_seconds=1.5``).
    """
    names = Names()
    raw = names.topic("articles.raw")
    analyzed, alerts = names.topic("articles.analyzed"), names.topic("alerts.policy")
    await create_topics(broker.bootstrap, [raw])
    await load_topic(broker.bootstrap, raw, ((i.key, i.value) for i in items))
    bpid = broker_pid(broker)
    broker_cpu0 = cpu_seconds(bpid)
    load0 = load()
    spawned = time.time()
    # Each process its own data dir: RocksDB locks its files against a second process.
    procs = [
        Worker(
            broker,
            names,
            tmp,
            **worker_env(names, data_dir=tmp / f"data-{names.suffix}-{n}", **settings),
        )
        for n in range(workers)
    ]
    SPAWNED.extend(procs)
    # Started together: one rebalance at start, not one per late joiner.
    await asyncio.gather(*(asyncio.to_thread(w.start, 120) for w in procs))
    ready = time.time()
    # The group has settled when every worker is ready with partitions, twice in a row
    # 0.5 s apart; with 2 workers the first one may have started alone and then been
    # rebalanced, a start-up cost that is not the steady rate of two workers.
    settled = await asyncio.to_thread(wait_settled, procs)
    spy = None
    if profile is not None:
        spy = start_pyspy(procs[0].proc.pid, profile)  # type: ignore[union-attr]
    want = {analyzed: expect["analyzed"], alerts: expect["alerts"]}
    try:
        await wait_outputs(broker.bootstrap, names, want, limit_s=120 + len(items) / 50)
    except TimeoutError:
        for w in procs:
            log(f"worker log tail:\n{w.log_tail(40)}")
        for w in procs:
            w.stop()
        raise
    if spy is not None:
        spy.send_signal(signal.SIGINT)
        await asyncio.to_thread(spy.wait, 60)
    if os.environ.get("BENCH_LOGS"):  # keep the worker logs (the temp dir goes away)
        for w in procs:
            shutil.copy(w.log_path, os.environ["BENCH_LOGS"])
    cpu = [cpu_seconds(w.proc.pid) for w in procs]  # type: ignore[union-attr]
    batches = await asyncio.to_thread(agent_batches, procs)
    # Every record the run wrote, per topic (input and changelogs included): what the
    # shell's per-record cost multiplies (bench/README.md, "Records per article").
    records = await record_counts(broker.bootstrap, names.suffix)
    rss = [status_kb(w.proc.pid, "VmHWM") / 1024 for w in procs]  # type: ignore[union-attr]
    broker_cpu = cpu_seconds(bpid) - broker_cpu0
    by_hash = names.own("articles.by-hash")
    first_in, _ = await edge_timestamps(broker.bootstrap, by_hash)
    stamps = [r.timestamp for r in await read_all(broker.bootstrap, by_hash)]
    after = sum(1 for t in stamps if t >= settled * 1000)
    _, last_analyzed = await edge_timestamps(broker.bootstrap, analyzed)
    _, last_alert = await edge_timestamps(broker.bootstrap, alerts)
    last = max(last_analyzed, last_alert) / 1000
    steady = last - first_in / 1000
    # The input is all there before the worker starts, so any pause in the output
    # between its first and last record is the worker not working while input waits.
    analyzed_stamps = [r.timestamp for r in await read_all(broker.bootstrap, analyzed)]
    # The stage between them: dedupe-analyze's output, the near-dup agent's input.
    neardup_stamps = [
        r.timestamp
        for r in await read_all(broker.bootstrap, names.own("articles.neardup"), partitions=1)
    ]
    if os.environ.get("BENCH_LOGS"):  # every stage's record timestamps, to see which pauses
        alert_stamps = [r.timestamp for r in await read_all(broker.bootstrap, alerts)]
        await asyncio.to_thread(
            Path(os.environ["BENCH_LOGS"], f"stamps-{names.suffix}.json").write_text,
            json.dumps(
                {
                    "by_hash": stamps,
                    "neardup": neardup_stamps,
                    "analyzed": analyzed_stamps,
                    "alerts": alert_stamps,
                }
            ),
        )
    return (
        {
            "workers": workers,
            "settings": settings,
            # Pauses in the analyzed articles (the output) and in the by-hash topic (the
            # ingest agent's output) while input waited.
            "output_gaps": gap_profile(analyzed_stamps),
            "by_hash_gaps": gap_profile(stamps),
            "neardup_gaps": gap_profile(neardup_stamps),
            "articles": len(items),
            "analyzed": expect["analyzed"],
            "alerts": expect["alerts"],
            # From the first article the worker wrote to its repartition topic to the
            # last analyzed article or alert (Kafka record timestamps): processing only.
            "seconds": round(steady, 3),
            "articles_per_s": round(len(items) / steady),
            # From process spawn: what a restart with a backlog costs, start-up included.
            "seconds_from_spawn": round(last - spawned, 3),
            # From the moment the group settled (all workers ready, assigned): the rate
            # of the valid articles ingested after it, in input articles (invalid ones
            # are pro-rated). The scale ratio compares these.
            "settled_articles_per_s": round(
                after * len(items) / max(1, len(stamps)) / max(1e-3, last - settled)
            ),
            "ingested_after_settled": after,
            "startup_s": round(ready - spawned, 2),
            "worker_cpu_s": [round(c, 2) for c in cpu],
            "worker_cpu_share": [round(c / steady, 2) for c in cpu],
            "worker_peak_rss_mb": [round(r, 1) for r in rss],
            "broker_cpu_s": round(broker_cpu, 2),
            "records": records,
            "records_per_article": {t: round(n / len(items), 4) for t, n in records.items() if n},
            # Batches per stage, mean events each (bench/README.md, "Batch sizes under a
            # backlog").
            "batches": batches,
            "load_before": load0,
            "load_after": load(),
        },
        procs,
        names,
    )


async def faust_stall(broker: Broker, tmp: Path, items: list[Item], wait: float) -> dict[str, Any]:
    """bench/faust_passthrough.py (one Faust agent + a quiet topic) at a fetch wait."""
    tag = uuid.uuid4().hex[:6]
    src, dst, quiet = f"bench.fp.in.{tag}", f"bench.fp.out.{tag}", f"bench.fp.quiet.{tag}"
    await create_topics(broker.bootstrap, [src, dst, quiet])
    await load_topic(broker.bootstrap, src, ((i.key, i.value) for i in items))
    log_path = tmp / f"faust-passthrough-{tag}.log"
    args = [
        sys.executable,
        str(REPO / "bench" / "faust_passthrough.py"),
        *("--broker", broker.bootstrap, "--app-id", f"bench-fp-{tag}"),
        *("--src", src, "--dst", dst, "--quiet", quiet, "--fetch-wait", str(wait)),
        *("--data-dir", str(tmp / f"fp-{tag}"), "--web-port", str(free_port())),
    ]
    proc = await asyncio.to_thread(Spawned, args, log_path)
    load0 = load()
    try:
        deadline = time.monotonic() + 120 + len(items) / 200
        while time.monotonic() < deadline:
            if sum((await partition_ends(broker.bootstrap, dst)).values()) >= len(items):
                break
            if not proc.alive():
                raise RuntimeError(f"faust passthrough exited:\n{proc.log_tail()}")
            await asyncio.sleep(0.5)
        else:
            raise TimeoutError("faust passthrough did not copy everything")
        cpu = cpu_seconds(proc.pid)
    finally:
        proc.stop()
    stamps = [r.timestamp for r in await read_all(broker.bootstrap, dst)]
    took = (max(stamps) - min(stamps)) / 1000
    return {
        "fetch_max_wait_s": wait,
        "articles": len(items),
        "articles_per_s": round(len(items) / took),
        "output_gaps": gap_profile(stamps),
        "cpu_s": round(cpu, 2),
        "cpu_share": round(cpu / took, 2),
        "load": [load0, load()],
    }


class Spawned:
    """A bench process (not a chipwatch worker) with its output in a log file."""

    def __init__(self, args: list[str], log_path: Path) -> None:
        self.log_path = log_path
        with open(log_path, "ab") as out:
            self.proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
        SPAWNED_OTHER.append(self)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, timeout: float = 30) -> None:
        if self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


SPAWNED_OTHER: list[Spawned] = []  # stopped in main()'s finally


def peer_args(broker: Broker, names: Names, tmp: Path) -> list[str]:
    """Command line of bench/peer_quix.py for ``names``' topics."""
    topic = names.topic
    return [
        sys.executable,
        str(REPO / "bench" / "peer_quix.py"),
        *("--broker", broker.bootstrap, "--group", f"peer-{names.suffix}"),
        *("--state-dir", str(tmp / f"peer-state-{names.suffix}")),
        *("--raw", topic("articles.raw"), "--analyzed", topic("articles.analyzed")),
        *("--alerts", topic("alerts.policy"), "--dlq", topic("articles.dlq")),
        *("--by-policy", topic("chipwatch.events.by-policy")),
        *("--neardup", topic("chipwatch.articles.neardup")),
    ]


async def topic_named(bootstrap: str, *parts: str) -> str:
    """The one topic whose name contains every one of ``parts`` (Quix names its own)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        names = [t for t in await admin.list_topics() if all(p in t for p in parts)]
    finally:
        await admin.close()
    if len(names) != 1:
        raise LookupError(f"topics with {parts}: {names}")
    return names[0]


async def peer(
    broker: Broker, tmp: Path, items: list[Item], expect: dict[str, Any]
) -> dict[str, Any]:
    """The same input and work on Quix Streams; clocked like ``e2e``."""
    names = Names()
    raw = names.topic("articles.raw")
    analyzed, alerts = names.topic("articles.analyzed"), names.topic("alerts.policy")
    # chipwatch's worker creates its topics at start; the peer's are made here, with the
    # same partition counts (Quix Streams makes its repartition and changelog topics).
    await create_topics(
        broker.bootstrap,
        [raw, analyzed, alerts, *map(names.topic, ("articles.dlq", "chipwatch.events.by-policy"))],
    )
    # As chipwatch's near-dup topic: one partition, one window.
    await create_topics(broker.bootstrap, [names.topic("chipwatch.articles.neardup")], partitions=1)
    await load_topic(broker.bootstrap, raw, ((i.key, i.value) for i in items))
    bpid = broker_pid(broker)
    broker_cpu0, load0 = cpu_seconds(bpid), load()
    spawned = time.time()
    proc = await asyncio.to_thread(
        Spawned, peer_args(broker, names, tmp), tmp / f"peer-{names.suffix}.log"
    )
    want = {analyzed: expect["analyzed"], alerts: expect["alerts"]}
    try:
        await wait_outputs(broker.bootstrap, names, want, limit_s=120 + len(items) / 50)
    except TimeoutError:
        log(f"peer log tail:\n{proc.log_tail()}")
        proc.stop()
        raise
    cpu, rss = cpu_seconds(proc.pid), status_kb(proc.pid, "VmHWM") / 1024
    broker_cpu = cpu_seconds(bpid) - broker_cpu0
    proc.stop()
    by_hash = await topic_named(broker.bootstrap, "repartition__", names.suffix, "by-hash")
    first_in, _ = await edge_timestamps(broker.bootstrap, by_hash)
    _, last_analyzed = await edge_timestamps(broker.bootstrap, analyzed)
    _, last_alert = await edge_timestamps(broker.bootstrap, alerts)
    last = max(last_analyzed, last_alert) / 1000
    steady = last - first_in / 1000
    analyzed_stamps = [r.timestamp for r in await read_all(broker.bootstrap, analyzed)]
    return {
        "engine": "quixstreams " + package_version("quixstreams"),
        "articles": len(items),
        "seconds": round(steady, 3),
        "articles_per_s": round(len(items) / steady),
        "seconds_from_spawn": round(last - spawned, 3),
        "output_gaps": gap_profile(analyzed_stamps),
        "peer_cpu_s": round(cpu, 2),
        "peer_cpu_share": round(cpu / steady, 2),
        "peer_cpu_ms_per_article": round(cpu * 1000 / len(items), 3),
        "peer_peak_rss_mb": round(rss, 1),
        "broker_cpu_s": round(broker_cpu, 2),
        "load_before": load0,
        "load_after": load(),
    }


async def idle_cost(
    broker: Broker, tmp: Path, waits: list[float], seconds: float
) -> dict[str, Any]:
    """Per fetch wait: an idle worker's requests/s to the broker, its CPU and the broker's.

    A fresh worker per wait (empty topics, nothing to do), measured after it settled;
    first the broker alone, so its own requests (the controller's heartbeats) show.
    """
    bpid = broker_pid(broker)
    rows: list[dict[str, Any]] = []
    for wait in [None, *waits]:
        worker = None
        if wait is not None:
            names = Names()
            worker = Worker(
                broker,
                names,
                tmp,
                **worker_env(names, consumer_fetch_max_wait_seconds=wait),
            )
            SPAWNED.append(worker)
            await asyncio.to_thread(worker.start, 120)
            await asyncio.to_thread(wait_settled, [worker])
            await asyncio.sleep(5)  # start-up's requests (metadata, offsets) are over
        load0 = load()
        req0 = await asyncio.to_thread(broker_requests)
        b0 = cpu_seconds(bpid)
        w0 = cpu_seconds(worker.proc.pid) if worker else 0.0  # type: ignore[union-attr]
        t0 = time.monotonic()
        await asyncio.sleep(seconds)
        took = time.monotonic() - t0
        w1 = cpu_seconds(worker.proc.pid) if worker else 0.0  # type: ignore[union-attr]
        b1 = cpu_seconds(bpid)
        req1 = await asyncio.to_thread(broker_requests)
        if worker is not None:
            worker.stop()
        rates = request_rates(req0, req1)
        row = {
            "fetch_max_wait_s": wait,
            "requests_per_s": rates,
            "worker_cpu_pct_of_core": round(100 * (w1 - w0) / took, 2),
            "broker_cpu_pct_of_core": round(100 * (b1 - b0) / took, 2),
            "seconds": round(took, 1),
            "load": [load0, load()],
        }
        rows.append(row)
        log(f"idle_cost: {row}")
    return {"rows": rows}


async def latency(
    broker: Broker, names: Names, worker: Worker, rate: int, duration: float, prefix: str
) -> dict[str, Any]:
    """Offer ``rate`` articles/s for ``duration`` s to a running worker; time each alert."""
    raw = names.topic("articles.raw")
    alerts_t, analyzed_t = names.topic("alerts.policy"), names.topic("articles.analyzed")
    start_alerts = await partition_ends(broker.bootstrap, alerts_t)
    start_analyzed = await partition_ends(broker.bootstrap, analyzed_t)
    # The stages between (record timestamps: when the agent handed each record to the
    # producer), to tell which hop the milliseconds go to.
    stage_topics = {
        "by_hash": (names.own("articles.by-hash"), PARTITIONS),
        "neardup": (names.own("articles.neardup"), 1),
        "by_policy": (names.own("events.by-policy"), PARTITIONS),
    }
    stage_starts = {
        stage: await partition_ends(broker.bootstrap, topic, parts)
        for stage, (topic, parts) in stage_topics.items()
    }
    items = list(generate(int(rate * duration), seed=3, prefix=prefix))
    # What the worker must write, known before the clock: no core pass competes later.
    expect = core_pass(items)
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, acks="all", linger_ms=1)
    await producer.start()
    sent_at: dict[str, int] = {}
    pid = worker.proc.pid  # type: ignore[union-attr]
    cpu0, bcpu0, load0 = cpu_seconds(pid), cpu_seconds(broker_pid(broker)), load()
    tick = 0.01  # 10 ms ticks: a steady offered load, not one burst per second
    per_tick = rate * tick
    t0 = time.perf_counter()
    try:
        owed = 0.0
        i = 0
        while i < len(items):
            target = t0 + (i / per_tick) * tick
            delay = target - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            owed += per_tick
            while owed >= 1 and i < len(items):
                item = items[i]
                sent_at[item.key.decode()] = int(time.time() * 1000)
                await producer.send(raw, value=item.value, key=item.key)
                owed -= 1
                i += 1
        await producer.flush()
        offered_for = time.perf_counter() - t0
    finally:
        await producer.stop()
    # Let the backlog (if any) drain, bounded; the alerts are then read once.
    want = {analyzed_t: sum(start_analyzed.values()) + expect["analyzed"]}
    want[alerts_t] = sum(start_alerts.values()) + expect["alerts"]
    drained = True
    try:
        await wait_outputs(broker.bootstrap, names, want, limit_s=180)
    except TimeoutError:
        drained = False
    cpu = cpu_seconds(pid) - cpu0
    alert_lat: list[float] = []
    for r in await read_all(broker.bootstrap, alerts_t, start_alerts):
        aid = orjson.loads(r.value)["article"]["id"]
        if aid in sent_at:
            alert_lat.append(r.timestamp - sent_at[aid])
    analyzed_lat: list[float] = []
    for r in await read_all(broker.bootstrap, analyzed_t, start_analyzed):
        aid = r.key.decode()
        if aid in sent_at:
            analyzed_lat.append(r.timestamp - sent_at[aid])

    def summary(values: list[float]) -> dict[str, Any]:
        return {
            "n": len(values),
            "p50": pct(values, 50),
            "p95": pct(values, 95),
            "p99": pct(values, 99),
            "max": max(values, default=float("nan")),
        }

    # Per article id: the record timestamp of each stage (ms since the epoch).
    stamp: dict[str, dict[str, int]] = {}
    for stage, (topic, parts) in stage_topics.items():
        for r in await read_all(broker.bootstrap, topic, stage_starts[stage], partitions=parts):
            # neardup: keyed by article id; by-hash (IngestedArticle), by-policy
            # (EventReport): the id is in the value.
            key = r.key.decode() if stage == "neardup" else None
            aid = key or orjson.loads(r.value)["article"]["id"]
            stamp.setdefault(aid, {}).setdefault(stage, r.timestamp)
    for r in await read_all(broker.bootstrap, analyzed_t, start_analyzed):
        stamp.setdefault(r.key.decode(), {}).setdefault("analyzed", r.timestamp)
    for r in await read_all(broker.bootstrap, alerts_t, start_alerts):
        aid = orjson.loads(r.value)["article"]["id"]
        stamp.setdefault(aid, {}).setdefault("alerts", r.timestamp)
    # Each hop of the alert path, for the articles that made an alert: sent -> by-hash
    # (ingest), -> neardup (dedupe-analyze), -> by-policy (near-dup), -> alert (alerting);
    # and near-dup's other output, the analyzed article.
    path = ["sent", "by_hash", "neardup", "by_policy", "alerts"]
    hops: dict[str, list[float]] = {f"{a}->{b}": [] for a, b in itertools.pairwise(path)}
    hops["neardup->analyzed"] = []
    for aid, sent in sent_at.items():
        got = {"sent": sent, **stamp.get(aid, {})}
        if "alerts" in got and all(s in got for s in path):
            for a, b in itertools.pairwise(path):
                hops[f"{a}->{b}"].append(got[b] - got[a])
        if "analyzed" in got and "neardup" in got:
            hops["neardup->analyzed"].append(got["analyzed"] - got["neardup"])
    if os.environ.get("BENCH_LOGS"):  # every article's stage timestamps
        await asyncio.to_thread(
            Path(os.environ["BENCH_LOGS"], f"latency-{prefix}-{names.suffix}.json").write_text,
            json.dumps({aid: {"sent": t, **stamp.get(aid, {})} for aid, t in sent_at.items()}),
        )

    return {
        "hops_ms": {hop: summary(values) for hop, values in hops.items()},
        "offered_per_s": rate,
        "duration_s": duration,
        "offered_for_s": round(offered_for, 2),
        "articles": len(items),
        "drained": drained,
        "alert_ms": summary(alert_lat),
        "analyzed_ms": summary(analyzed_lat),
        "worker_cpu_s": round(cpu, 2),
        "worker_cpu_share": round(cpu / offered_for, 2),
        "broker_cpu_s": round(cpu_seconds(broker_pid(broker)) - bcpu0, 2),
        "load_before": load0,
        "load_after": load(),
    }


def first_alerting(items: Iterable[Item]) -> Item:
    """The first of ``items`` the worker's analysis flags as a policy change.

    Round 48: the story judge reads most of the corpus's policy articles (one policy
    sentence in business filler) as business stories, so the first one may not alert;
    the phase times an alert, so it sends one that will (the analyzer the worker builds,
    built here before the idle wait).
    """
    from streams.codecs import decode_raw_article
    from streams.offline import build_analyzer
    from streams.settings import Settings

    analyzer = build_analyzer(Settings())
    now = datetime.now(UTC)
    for item in items:
        article = decode_raw_article(item.value, 1 << 20, 200_000)
        if analyzer.analyze(article, now).is_policy_change:
            return item
    raise SystemExit("no policy article of the corpus is flagged as a policy change")


async def idle_first(
    broker: Broker, names: Names, worker: Worker, idle: float, prefix: str
) -> dict[str, Any]:
    """After ``idle`` s with no input, send one policy article and time its alert."""
    raw, alerts_t = names.topic("articles.raw"), names.topic("alerts.policy")
    item = first_alerting(i for i in generate(400, seed=5, prefix=prefix) if i.kind == "policy")
    consumer = AIOKafkaConsumer(
        alerts_t,
        bootstrap_servers=broker.bootstrap,
        group_id=None,
        isolation_level="read_committed",
        auto_offset_reset="latest",
    )
    await consumer.start()
    try:
        await consumer.getmany(timeout_ms=200)  # position at the end before the wait
        log(f"idle: worker idle for {idle:.0f} s")
        await asyncio.sleep(idle)
        producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
        await producer.start()
        sent = time.time()
        await producer.send_and_wait(raw, value=item.value, key=item.key)
        await producer.stop()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            got = await consumer.getmany(timeout_ms=100)
            for recs in got.values():
                for r in recs:
                    if orjson.loads(r.value)["article"]["id"] == item.key.decode():
                        return {
                            "idle_s": idle,
                            "alert_ms": r.timestamp - int(sent * 1000),
                            "seen_by_consumer_ms": round((time.time() - sent) * 1000),
                            "load": load(),
                        }
    finally:
        await consumer.stop()
    return {"idle_s": idle, "alert_ms": None, "error": "no alert within 60 s"}


async def memory(broker: Broker, tmp: Path, hashes: int) -> dict[str, Any]:
    """A worker recovering ``hashes`` remembered hashes from the dedupe changelog."""
    names = Names()
    changelog = f"{names.app_id}-dedupe-seen-changelog"
    await create_topics(broker.bootstrap, [changelog], compact=True)
    now = time.time()
    import hashlib

    def entries() -> Iterable[tuple[bytes, bytes]]:
        for i in range(hashes):
            key = hashlib.sha256(b"%d" % i).hexdigest().encode()
            yield key, orjson.dumps({"first_id": f"m-{i:07d}", "first_seen": now})

    t = time.perf_counter()
    await load_topic(broker.bootstrap, changelog, entries())
    log(f"memory: {hashes} hashes in the changelog in {time.perf_counter() - t:.1f} s")
    worker = Worker(broker, names, tmp, **worker_env(names))
    SPAWNED.append(worker)
    spawned = time.perf_counter()
    try:
        await asyncio.to_thread(worker.start, 600)
        recovered = time.perf_counter() - spawned
        await asyncio.sleep(2)  # settle: RocksDB flushes its memtables
        pid = worker.proc.pid  # type: ignore[union-attr]
        rss, hwm = status_kb(pid, "VmRSS") / 1024, status_kb(pid, "VmHWM") / 1024
        # Anonymous memory (heaps: Python's, RocksDB's memtables and caches) against
        # file-backed (code and libraries), once ready.
        anon, mapped = status_kb(pid, "RssAnon") / 1024, status_kb(pid, "RssFile") / 1024
        data = Path(worker.env["CHIPWATCH_DATA_DIR"])
        disk = await asyncio.to_thread(dir_bytes, data)
        metrics = await asyncio.to_thread(worker.get, "/metrics")
        keys = re.search(r"^chipwatch_dedupe_keys\S*\s+(\S+)", metrics, re.M)
        # Warm: the same worker stopped (SIGTERM) and started again on its RocksDB
        # files, as after a deploy or a crash-restart on the same volume.
        worker.stop()
        spawned = time.perf_counter()
        await asyncio.to_thread(worker.start, 600)
        warm = time.perf_counter() - spawned
        warm_rss = status_kb(worker.proc.pid, "VmHWM") / 1024  # type: ignore[union-attr]
    finally:
        worker.stop()
    return {
        "store": "rocksdb://",
        "hashes": hashes,
        "table_keys_reported": float(keys.group(1)) if keys else None,
        # Spawn -> /readyz 200 (process start, rebalance, recovery of the changelog).
        "startup_with_recovery_s": round(recovered, 1),
        "restart_warm_s": round(warm, 2),
        "restart_warm_peak_rss_mb": round(warm_rss, 1),
        "rss_mb": round(rss, 1),
        "rss_anon_mb": round(anon, 1),
        "rss_file_mb": round(mapped, 1),
        "peak_rss_mb": round(hwm, 1),
        "disk_mb": round(disk / 2**20, 1),
        "disk_bytes_per_hash": round(disk / hashes, 1),
    }


# --- output ------------------------------------------------------------------------------


def package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def git(*args: str) -> str:
    out = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
    return out.stdout.strip()


def kafka_version() -> str:
    pom = (REPO / "deploy" / "kafka" / "pom.xml").read_text()
    m = re.search(r"<kafka.version>(.*?)</kafka.version>", pom)
    return m.group(1) if m else "?"


def fmt(value: Any, spec: str) -> str:
    return "n/a" if value is None else format(value, spec)


def write_markdown(path: Path, r: dict[str, Any]) -> None:
    lat, low = r["latency_ms"], r["latency_low_ms"]
    ph = r["phases"]

    def ms3(d: dict[str, Any]) -> str:
        return " / ".join(fmt(d.get(k), ".0f") for k in ("p50", "p95", "p99")) + " ms"

    rows = [
        (
            "passthrough limit (aiokafka consume->produce)",
            fmt(r["passthrough_articles_per_s"], ",") + " /s",
            "-",
        ),
        (
            "chipwatch end to end, 1 worker",
            fmt(r["e2e_articles_per_s"], ",") + " /s",
            ">= 1,500 /s",
        ),
        (
            "shell CPU per article (worker minus core)",
            fmt(r["shell_ms_per_article"], ".3f") + " ms",
            "<= 0.5 ms",
        ),
        ("peer (Quix Streams, same work)", fmt(r["peer_articles_per_s"], ",") + " /s", "-"),
        ("chipwatch / peer", fmt(r["peer_ratio"], ".2f"), ">= 0.8"),
        ("longest output pause, input waiting", fmt(r["max_gap_ms"], "") + " ms", "<= 200 ms"),
        (
            f"latency at {ph.get('latency', {}).get('offered_per_s')}/s, p50 / p95 / p99",
            ms3(lat),
            "p99 <= 100 ms",
        ),
        ("latency at the low rate, p50 / p95 / p99", ms3(low), "p50 <= 30, p99 <= 60 ms"),
        ("first article after idle", f"{r['idle_first_alert_ms']} ms", "<= 50 ms"),
        (
            "core (validate+hash+tag+detect), per core",
            fmt(r["core_articles_per_s"], ",") + " /s",
            ">= 6,000 /s",
        ),
        ("2 workers / 1 worker", fmt(r["scale_2_workers_ratio"], ".2f") + "x", ">= 1.6x"),
        ("worker RSS with 1M hashes", fmt(r["rss_mb_1m_hashes"], ".0f") + " MB", "<= 300 MB"),
        ("warm restart, 1M hashes kept", fmt(r["restart_warm_s"], "") + " s", "<= 5 s"),
        ("cold recovery, 1M hashes", fmt(r["recovery_cold_s"], "") + " s", "<= 30 s"),
    ]
    m = r["machine"]
    lines = [
        f"# chipwatch benchmark — {r['finished_at']}",
        "",
        f"{m['cores']} cores, Python {m['python']}, Kafka {m['kafka']}, "
        f"load average {m['load_start']} at start, {m['load_end']} at end. "
        f"Command: `{r['command']}`.",
        "",
        "| figure | value | goal |",
        "| --- | --- | --- |",
        *(f"| {a} | {b} | {c} |" for a, b, c in rows),
        "",
    ]
    path.write_text("\n".join(lines))


def write_plot(path: Path, r: dict[str, Any]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.2))
    names = ["passthrough", "e2e 1 worker", "peer (Quix)", "e2e 2 workers", "core / core"]
    e2e2 = r["phases"].get("scale", {}).get("articles_per_s", 0)
    vals = [
        r["passthrough_articles_per_s"],
        r["e2e_articles_per_s"],
        r["peer_articles_per_s"],
        e2e2,
        r["core_articles_per_s"],
    ]
    vals = [v or 0 for v in vals]  # a skipped phase plots as 0
    ax1.bar(names, vals, color=["#888", "#1f77b4", "#ff7f0e", "#4a9bd6", "#2ca02c"])
    ax1.tick_params(axis="x", labelsize=7)
    ax1.axhline(1500, color="red", ls="--", lw=1, label="goal e2e 1,500/s")
    ax1.set_ylabel("articles/s")
    ax1.set_title("throughput")
    ax1.legend()
    for i, v in enumerate(vals):
        ax1.text(i, v, f"{v:,.0f}", ha="center", va="bottom", fontsize=8)
    lat = r["latency_ms"]
    ana = r["phases"]["latency"]["analyzed_ms"]
    xs = ["p50", "p95", "p99"]
    width = 0.38
    ax2.bar([i - width / 2 for i in range(3)], [lat[x] for x in xs], width, label="to alert")
    ax2.bar([i + width / 2 for i in range(3)], [ana[x] for x in xs], width, label="to analyzed")
    ax2.set_xticks(range(3), xs)
    ax2.axhline(100, color="red", ls="--", lw=1, label="goal p99 100 ms")
    ax2.set_yscale("log")
    ax2.set_ylabel("ms (log)")
    ax2.set_title(f"latency at {r['phases']['latency']['offered_per_s']} articles/s")
    ax2.legend()
    fig.suptitle(f"chipwatch bench {r['finished_at']} (load {r['machine']['load_start']})")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


# --- main -----------------------------------------------------------------------------------


async def main_async(args: argparse.Namespace, tmp: Path, broker: Broker) -> dict[str, Any]:
    phases: dict[str, Any] = {}
    items = list(generate(args.articles, seed=args.seed, prefix="e2e"))
    kinds = {
        k: sum(1 for i in items if i.kind == k)
        for k in ("article", "duplicate", "policy", "malformed")
    }
    mean = statistics.mean(len(i.value) for i in items)
    log(f"corpus: {len(items)} articles {kinds}, mean {mean:.0f} B")

    log("core: validate + hash + tag + detect, this process")
    core = core_pass(items)
    core["load"] = load()
    phases["core"] = core
    log(f"core: {core}")

    if "passthrough" not in args.skip:
        log("passthrough")
        for key, settings in (
            ("passthrough", CHIPWATCH_PRODUCER),
            ("passthrough_faust_defaults", FAUST_PRODUCER),
        ):
            phases[key] = await passthrough(broker.bootstrap, items, settings)
            phases[key]["load"] = load()
            log(f"{key}: {phases[key]}")

    log("e2e: 1 worker")
    profile = Path(args.profile) if args.profile else None
    one, procs, names = await e2e(broker, tmp, items, core, workers=1, profile=profile)
    phases["e2e"] = one
    log(f"e2e: {one}")
    try:
        if "peer" not in args.skip:
            # Right after chipwatch's run, same corpus: the neighbour of every e2e figure.
            log("peer: the same work on Quix Streams")
            phases["peer"] = await peer(broker, tmp, items, core)
            log(f"peer: {phases['peer']}")
        if "latency" not in args.skip:
            # The first rate is the headline (the goal's 500/s); the second a low load,
            # where latency is the hops' own cost, not a queue.
            for n, rate in enumerate(int(r) for r in args.rate.split(",")):
                log(f"latency: {rate}/s for {args.duration} s")
                got = await latency(broker, names, procs[0], rate, args.duration, f"lat{rate}")
                phases["latency" if n == 0 else f"latency_{rate}"] = got
                log(f"latency {rate}/s: {got}")
        if "idle" not in args.skip:
            phases["idle"] = await idle_first(broker, names, procs[0], args.idle, "idle")
            log(f"idle: {phases['idle']}")
    finally:
        for w in procs:
            w.stop()

    if "fetch_wait" not in args.skip:
        # The stall, at Faust's stock wait and at each other candidate: in isolation (one
        # Faust agent copying the corpus, a quiet topic beside it: the mechanism) and in
        # chipwatch's worker (a smaller e2e).
        small = items[: args.stall_articles]
        small_core = core_pass(small)
        phases["fetch_wait"] = {"faust_passthrough": {}, "e2e": {}}
        for wait in (float(w) for w in args.fetch_waits.split(",")):
            log(f"fetch_wait: Faust passthrough of {len(items)} at a fetch wait of {wait} s")
            got = await faust_stall(broker, tmp, items, wait)
            phases["fetch_wait"]["faust_passthrough"][str(wait)] = got
            log(f"fetch_wait passthrough {wait}: {got}")
            log(f"fetch_wait: e2e of {len(small)} at a fetch wait of {wait} s")
            run, procs_w, _ = await e2e(
                broker, tmp, small, small_core, workers=1, consumer_fetch_max_wait_seconds=wait
            )
            for w in procs_w:
                w.stop()
            phases["fetch_wait"]["e2e"][str(wait)] = run
            log(f"fetch_wait e2e {wait}: {run['articles_per_s']}/s, gaps {run['output_gaps']}")

    if "idle_cost" not in args.skip:
        waits = [float(w) for w in args.idle_cost_waits.split(",")]
        log(f"idle_cost: fetch waits {waits}, {args.idle_cost_s} s each")
        phases["idle_cost"] = await idle_cost(broker, tmp, waits, args.idle_cost_s)

    if "scale" not in args.skip:
        log("scale: 2 workers")
        two, procs2, _ = await e2e(broker, tmp, items, core, workers=2)
        for w in procs2:
            w.stop()
        base = one["settled_articles_per_s"]
        two["ratio_to_1"] = round(two["settled_articles_per_s"] / base, 2) if base else None
        phases["scale"] = two
        log(f"scale: {two}")

    if "memory" not in args.skip:
        log(f"memory: {args.hashes} hashes")
        phases["memory"] = await memory(broker, tmp, args.hashes)
        log(f"memory: {phases['memory']}")
    return phases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000, help="e2e/scale/core corpus")
    parser.add_argument(
        "--rate",
        default="500,50",
        help="offered loads, articles/s (comma list; first: latency_ms, second: latency_low_ms)",
    )
    parser.add_argument(
        "--fetch-waits",
        default="1.5,0.1",
        help="fetch_wait phase: consumer fetch waits (s) to run the small e2e with",
    )
    parser.add_argument("--stall-articles", type=int, default=8000, help="fetch_wait corpus")
    parser.add_argument(
        "--idle-cost-waits",
        default="1.5,0.5,0.1,0.05,0.02",
        help="idle_cost phase: fetch waits (s) to measure an idle worker at",
    )
    parser.add_argument("--idle-cost-s", type=float, default=20, help="idle_cost window (s)")
    parser.add_argument("--duration", type=float, default=30, help="seconds of offered load")
    parser.add_argument("--idle", type=float, default=120, help="idle seconds before one article")
    parser.add_argument("--hashes", type=int, default=1_000_000, help="dedupe keys to recover")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", help="py-spy raw profile of the e2e worker to this file")
    parser.add_argument("--skip", nargs="*", default=[], help="phases to leave out")
    parser.add_argument("--out", default=str(REPO / "bench" / "results"))
    args = parser.parse_args()

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    load_start = load()
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="chipwatch-bench-") as tmp_name:
        tmp = Path(tmp_name)
        # Three distinct ports, picked together (two free_port() calls can return one).
        port, controller_port, jmx_port = free_ports(3)
        broker = Broker(port=port, controller_port=controller_port, state_dir=tmp / "kafka")
        # JMX on a free loopback port: the idle_cost phase reads the broker's request counts.
        global JMX_PORT
        JMX_PORT = jmx_port
        os.environ["KAFKA_JMX_PORT"] = str(JMX_PORT)
        log(f"broker on {broker.bootstrap}, JMX on {JMX_PORT}")
        broker.up()
        # SIGTERM (a CI timeout) unwinds like Ctrl-C, so the finally stops what we started.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        try:
            phases = asyncio.run(main_async(args, tmp, broker))
        finally:
            for w in SPAWNED:
                w.stop(timeout=10)
            for other in SPAWNED_OTHER:
                other.stop(timeout=10)
            broker.down()

    pt = phases.get("passthrough", {}).get("articles_per_s")
    one = phases["e2e"]
    e2e_rate = one["articles_per_s"]
    lat = phases.get("latency", {}).get("alert_ms", {})
    low = next((v for k, v in phases.items() if k.startswith("latency_")), {})
    mem = phases.get("memory")
    peer_rate = phases.get("peer", {}).get("articles_per_s")
    # Worker CPU per input article minus the core's (same corpus, this process): what
    # Faust, aiokafka and chipwatch's shell cost around the analysis.
    worker_ms = one["worker_cpu_s"][0] * 1000 / one["articles"]
    core_ms = phases["core"]["cpu_s"] * 1000 / phases["core"]["articles"]
    result = {
        "passthrough_articles_per_s": pt,
        "e2e_articles_per_s": e2e_rate,
        "shell_ms_per_article": round(worker_ms - core_ms, 3),
        "worker_ms_per_article": round(worker_ms, 3),
        "peer_articles_per_s": peer_rate,
        "peer_ratio": round(e2e_rate / peer_rate, 2) if peer_rate else None,
        "max_gap_ms": one["output_gaps"]["max_gap_ms"],
        "ratio": round(e2e_rate / pt, 3) if pt else None,
        "latency_ms": {k: lat.get(k) for k in ("p50", "p95", "p99")},
        "latency_low_ms": {k: low.get("alert_ms", {}).get(k) for k in ("p50", "p95", "p99")},
        "idle_first_alert_ms": phases.get("idle", {}).get("alert_ms"),
        "core_articles_per_s": phases["core"]["articles_per_cpu_s"],
        "scale_2_workers_ratio": phases.get("scale", {}).get("ratio_to_1"),
        # RocksDB: measured at --hashes and scaled linearly to 1M when fewer (an upper
        # bound: the store keeps keys on disk and its caches are bounded).
        "rss_mb_1m_hashes": round(mem["peak_rss_mb"] * max(1.0, 1e6 / mem["hashes"]), 1)
        if mem
        else None,
        "restart_warm_s": mem["restart_warm_s"] if mem else None,
        "recovery_cold_s": mem["startup_with_recovery_s"] if mem else None,
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "kafka": kafka_version(),
            "platform": platform.platform(),
            "git_head": git("rev-parse", "--short", "HEAD"),
            # Others work in the same tree: what was uncommitted is part of what ran.
            "git_dirty": git("status", "--short", "--untracked-files=no").split("\n"),
            "packages": {
                n: package_version(n)
                for n in (
                    "faust-streaming",
                    "aiokafka",
                    "pydantic",
                    "quixstreams",
                    "confluent_kafka",
                )
            },
            "load_start": load_start,
            "load_end": load(),
        },
        "command": " ".join(["bench/run.py", *sys.argv[1:]]),
        "duration_s": round(time.time() - started),
        "finished_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "phases": phases,
    }
    (out / "latest.json").write_text(json.dumps(result, indent=2) + "\n")
    if "latency" in phases:
        write_markdown(out / "latest.md", result)
        write_plot(out / "latest.png", result)
    log(f"wrote {out}/latest.json ({result['duration_s']} s)")
    print(json.dumps({k: v for k, v in result.items() if k != "phases"}, indent=2))


if __name__ == "__main__":
    main()
