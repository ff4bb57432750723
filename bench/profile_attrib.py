"""Attribute a py-spy ``--format raw`` profile of the worker by hop and by mechanism.

Usage: .venv/bin/python bench/profile_attrib.py PROFILE.txt [--cpu-s S --articles N] [--parts]

``bench/profile_summary.py`` buckets by the innermost library; this asks where the
shell's time goes: which agent's handler a sample is under (the hop), and which
mechanism (produce path, fetch path, Faust's stream/event/ack machinery, Faust's
sensors, table writes, codecs, logging, metrics, the core). A sample counts in the
first mechanism of ``MECHANISMS`` that any frame of its stack matches.

py-spy samples wall-clock time of a thread that is not idle, so a thread that is
runnable but not running counts too. On a loaded machine that concentrates in the
socket writes: a send on loopback wakes the broker, which may take the CPU at once,
and the sample lands in ``_SelectorSocketTransport.write``. Measured with a
``time.thread_time()`` wrapper around that write, the writes cost 0.22 CPU s where
py-spy saw ~10 s (bench/README.md, "The shell's cost, attributed"). So the table is
also printed without those samples and without idle ones, which is the split of CPU
time; with ``--cpu-s`` and ``--articles`` each row is also given in ms per article.
"""

from __future__ import annotations

import argparse
import collections
import re

WRITE = re.compile(r"_SelectorSocketTransport\.write")
IDLE = re.compile(r"\bselect \(selectors|\bpoll \(")

HOPS = [
    ("ingest", re.compile(r"^on_raw \(.*streams/agents")),
    ("dedupe-analyze", re.compile(r"^on_ingested \(.*streams/agents")),
    ("near-dup", re.compile(r"^(on_candidate|_window) \(.*streams/agents")),
    ("alerting", re.compile(r"^on_report \(.*streams/agents")),
    ("policy-route", re.compile(r"^route \(.*streams/policies")),
    ("policy-view", re.compile(r"^update \(.*streams/policies")),
    ("alert flush timer", re.compile(r"streams/deferred")),
    ("webhooks", re.compile(r"streams/webhooks")),
]

# Matched against every frame of the stack, in this order.
MECHANISMS = [
    ("faust sensors (Monitor, prometheus)", re.compile(r"faust/sensors")),
    ("core", re.compile(r"streams/core/")),
    ("pydantic (codecs)", re.compile(r"pydantic")),
    ("rocksdb store", re.compile(r"rocksdict|faust/stores")),
    ("logging", re.compile(r"logging/__init__|pythonjsonlogger|streams/logs")),
    ("our metrics (prometheus_client)", re.compile(r"prometheus_client")),
    ("table write (changelog send)", re.compile(r"faust/tables")),
    (
        "produce path",
        re.compile(
            r"aiokafka/producer|faust/transport/producer|streams/commit_drain|"
            r"BytesTopic\.send|Producer\.send \(faust|faust/topics"
        ),
    ),
    (
        "fetch path",
        re.compile(r"aiokafka/consumer|faust/transport/consumer|faust/transport/conductor"),
    ),
]

# Then the innermost frame alone decides.
INNERMOST = [
    ("aiokafka connection/protocol", re.compile(r"aiokafka/")),
    ("faust stream/event/ack machinery", re.compile(r"faust/|mode/|streams/faust_io")),
    ("asyncio loop", re.compile(r"asyncio/|selectors")),
    ("our shell (agents, codecs)", re.compile(r"streams/|schemas/")),
]


# The shell's parts as issue 12 names them (``--parts``): the first that any frame of a
# sample matches. The near-dup core comes first: the bench's core pass leaves it out, so
# ``shell_ms_per_article`` counts it as shell.
PARTS = [
    (
        "core: near-dup signature and window (not in the bench's core pass)",
        re.compile(r"streams/core/neardup|^neardup_step |^signature \("),
    ),
    ("core: hash, tag, detect, alert step (the core pass)", re.compile(r"streams/core/")),
    ("sensors: Faust's monitor and its delegate", re.compile(r"faust/sensors")),
    ("our metrics (prometheus_client)", re.compile(r"prometheus_client")),
    ("logging", re.compile(r"logging/__init__|pythonjsonlogger|streams/logs")),
    ("codecs: pydantic validate/dump, orjson", re.compile(r"pydantic|streams/codecs|orjson")),
    ("tables: RocksDB reads and writes", re.compile(r"rocksdict|faust/stores")),
    (
        "tables: Faust's table and changelog send path",
        re.compile(r"faust/tables|ProducerBuffer|publish_message|streams/commit_drain"),
    ),
    (
        "commits (offsets)",
        re.compile(r"Consumer\.commit|_commit_handler|force_commit|_commit_offsets"),
    ),
    (
        "produce: our send, Faust's wrapper, aiokafka's accumulator, sender, partitioner",
        re.compile(
            r"aiokafka/producer|faust/transport/producer|BytesTopic\.send|"
            r"Producer\.send \(faust|faust/topics|aiokafka/partitioner"
        ),
    ),
    (
        "fetch: aiokafka's fetcher, record unpacking, socket reads (consumer thread)",
        re.compile(
            r"aiokafka/consumer|aiokafka/record|StreamReader|_read_ready|"
            r"AIOKafkaConnection\._read|_handle_frame"
        ),
    ),
    (
        "Faust's delivery per record: drain loop, conductor, wait_first",
        re.compile(
            r"faust/transport/conductor|_drain_messages|Consumer\.getmany|"
            r"FetchWaitConsumer\.getmany|Service\.wait_first"
        ),
    ),
    (
        "Faust's stream, event, ack; our batching (take_batches)",
        re.compile(
            r"faust/streams|faust/events|faust/channels|take_batches|faust/agents/agent|"
            r"mode/utils/queues"
        ),
    ),
    ("our agents' own code (handlers, steps, tallies)", re.compile(r"streams/|schemas/")),
    ("asyncio loop (task steps, futures, select)", re.compile(r"asyncio/|selectors")),
]


def part_of(frames: list[str]) -> str:
    """Return the ``PARTS`` name of one sample's stack, "other" if none matches."""
    return next((n for n, rx in PARTS if any(rx.search(f) for f in frames)), "other")


def classify(frames: list[str]) -> tuple[str, str]:
    """Return (hop, mechanism) of one sample's stack (outermost frame first)."""
    hop = next((h for h, rx in HOPS if any(rx.search(f) for f in frames)), "(outside handlers)")
    if WRITE.search(frames[-1]):
        return hop, "socket write (sampled wall time)"
    if IDLE.search(frames[-1]):
        return hop, "idle"
    for name, rx in MECHANISMS:
        if any(rx.search(f) for f in frames):
            return hop, name
    for name, rx in INNERMOST:
        if rx.search(frames[-1]):
            return hop, name
    return hop, "other"


def main() -> None:
    """Print the split by mechanism, by hop, and hop x mechanism."""
    parser = argparse.ArgumentParser()
    parser.add_argument("profile")
    parser.add_argument("--cpu-s", type=float, help="the worker's CPU seconds in the run")
    parser.add_argument("--articles", type=int, help="input articles of the run")
    parser.add_argument(
        "--parts", action="store_true", help="only the split by the issue's parts (PARTS)"
    )
    args = parser.parse_args()
    if args.parts:
        print_parts(args.profile, args.cpu_s, args.articles)
        return
    cells: collections.Counter[tuple[str, str]] = collections.Counter()
    with open(args.profile) as handle:
        for line in handle:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            cells[classify(stack.split(";"))] += int(count)
    total = sum(cells.values())
    dropped = {"socket write (sampled wall time)", "idle"}
    busy = sum(n for (_, m), n in cells.items() if m not in dropped)
    per = None
    if args.cpu_s and args.articles:
        per = 1000 * args.cpu_s / args.articles
    print(f"samples: {total}; without socket-write and idle samples: {busy}")
    for title, key in (("mechanism", 1), ("hop", 0)):
        agg: collections.Counter[str] = collections.Counter()
        for cell, n in cells.items():
            # A hop's CPU share leaves out its socket-write and idle samples.
            agg[cell[1] if cell[1] in dropped else cell[key]] += n
        print(
            f"\nby {title}: % of all samples | % of CPU samples" + (" | ms/article" if per else "")
        )
        for name, n in agg.most_common():
            cpu = "" if name in dropped else f"{100 * n / busy:5.1f} %"
            ms = "" if (per is None or name in dropped) else f"  {per * n / busy:.3f}"
            print(f"  {100 * n / total:5.1f} % | {cpu:>7} {ms}  {name}")
    print("\nhop x mechanism, % of CPU samples (>= 0.3 %):")
    for (hop, mech), n in sorted(cells.items(), key=lambda kv: -kv[1]):
        if mech not in dropped and 100 * n / busy >= 0.3:
            print(f"  {100 * n / busy:5.1f} %  {hop:20} {mech}")


def print_parts(profile: str, cpu_s: float | None, articles: int | None) -> None:
    """Print the CPU samples by ``PARTS`` (socket-write and idle samples left out)."""
    parts: collections.Counter[str] = collections.Counter()
    with open(profile) as handle:
        for line in handle:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            frames = stack.split(";")
            if WRITE.search(frames[-1]) or IDLE.search(frames[-1]):
                continue
            parts[part_of(frames)] += int(count)
    busy = sum(parts.values())
    per = 1000 * cpu_s / articles if cpu_s and articles else None
    print(f"CPU samples: {busy}" + (f"; worker {per:.3f} ms per article" if per else ""))
    for name in [n for n, _ in PARTS] + ["other"]:
        ms = f" | {per * parts[name] / busy:.3f}" if per else ""
        print(f"| {name} | {100 * parts[name] / busy:.1f} %{ms} |")


if __name__ == "__main__":
    main()
