"""Warm restarts of two chipwatch trees, alternating, on one broker, group and changelog.

Each tree's worker (``A_BIN``/``B_BIN``: a ``chipwatch`` entry point of that tree's
virtualenv) recovers ``--hashes`` remembered hashes once (cold), then is stopped with
SIGTERM and started again on its kept RocksDB store ``--pairs`` times, A and B taking
turns (the order swapped each pair, so neither always follows the other). Each figure is
spawn -> ``/readyz`` 200, as ``make bench``'s ``restart_warm_s``. On a shared machine, run
it under ``nice -n -15`` and compare medians, not single runs (bench/README.md, Round 30).

    .venv/bin/python bench/warm_pairs.py OTHER/.venv/bin/chipwatch .venv/bin/chipwatch
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "bench")]

from run import create_topics, load_topic, worker_env  # noqa: E402

from tests.kafka_harness import Broker, Names, Worker, local_broker  # noqa: E402


class TreeWorker(Worker):
    """A harness worker started from another tree's ``chipwatch`` entry point."""

    def __init__(self, binary: str, *args: Any, **settings: Any) -> None:
        super().__init__(*args, **settings)
        self.binary = binary

    def launch(self) -> TreeWorker:
        log = open(self.log_path, "ab")  # noqa: SIM115 - closed once the process has it
        self.proc = subprocess.Popen(
            [self.binary, "worker"], env=self.env, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        return self


def load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def hashes(n: int) -> Iterator[tuple[bytes, bytes]]:
    now = time.time()
    for i in range(n):
        key = hashlib.sha256(b"%d" % i).hexdigest().encode()
        yield key, orjson.dumps({"first_id": f"m-{i:07d}", "first_seen": now})


def run(broker: Broker, tmp: Path, trees: dict[str, str], pairs: int, n: int) -> None:
    names = Names()
    changelog = f"{names.app_id}-dedupe-seen-changelog"
    asyncio.run(create_topics(broker.bootstrap, [changelog], compact=True))
    asyncio.run(load_topic(broker.bootstrap, changelog, hashes(n)))
    workers = {k: TreeWorker(b, broker, names, tmp, **worker_env(names)) for k, b in trees.items()}
    for key, worker in workers.items():
        started = time.perf_counter()
        worker.start(600)
        print(f"{key} cold {time.perf_counter() - started:.2f} s, load {load()}", flush=True)
        worker.stop()
    warm: dict[str, list[float]] = {k: [] for k in workers}
    for i in range(pairs):
        for key in ("A", "B") if i % 2 == 0 else ("B", "A"):
            started = time.perf_counter()
            workers[key].start(600)
            took = time.perf_counter() - started
            workers[key].stop()
            warm[key].append(round(took, 2))
            print(f"{key} warm {took:.2f} s, load {load()}", flush=True)
    for key, runs in warm.items():
        print(f"{key}: {sorted(runs)} median {statistics.median(runs):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a_bin", help="tree A's chipwatch entry point")
    parser.add_argument("b_bin", help="tree B's chipwatch entry point")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--hashes", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, local_broker(Path(tmp)) as broker:
        run(broker, Path(tmp), {"A": args.a_bin, "B": args.b_bin}, args.pairs, args.hashes)


if __name__ == "__main__":
    main()
