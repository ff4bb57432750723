"""Issue 13.2 on a real broker: the stall watchdog leaves a healthy, mostly idle worker alone.

The worker runs with the README's defaults except ``CHIPWATCH_STALL_TIMEOUT_SECONDS``
(6 s instead of 120 s, the setting under test): a partition idle for longer than the
timeout that then receives one message used to be declared stalled before its next
commit, and the worker SIGTERMed itself.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.kafka_harness import Broker, Names, Worker, consume, produce, run

pytestmark = pytest.mark.integration

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples" / "articles.jsonl"
TIMEOUT = 6.0
ROUNDS = 4


def test_an_idle_worker_that_gets_one_article_now_and_then_is_not_stopped(
    broker: Broker, tmp_path: Path
) -> None:
    names = Names()
    seed = json.loads(SAMPLES.read_text(encoding="utf-8").splitlines()[2])
    worker = Worker(broker, names, tmp_path, stall_timeout_seconds=TIMEOUT).start()
    try:
        for n in range(ROUNDS):
            time.sleep(TIMEOUT + 2.5)  # idle for longer than the timeout, then one article
            article = {**seed, "id": f"idle-{n}", "body": f"{seed['body']}\nRound {n}."}
            run(
                produce(
                    broker.bootstrap,
                    names.topic("articles.raw"),
                    [(None, json.dumps(article).encode())],
                )
            )
            assert worker.proc is not None and worker.proc.poll() is None, worker.log_tail()
        time.sleep(TIMEOUT + 2.5)  # a last round of the watchdog after the last article
        analyzed = run(
            consume(broker.bootstrap, names.topic("articles.analyzed"), min_count=ROUNDS)
        )
        assert sorted(json.loads(r.value)["id"] for r in analyzed) == [
            f"idle-{n}" for n in range(ROUNDS)
        ]
        assert worker.proc is not None and worker.proc.poll() is None, worker.log_tail()
        metrics = worker.get("/metrics")
        assert "chipwatch_stalls_total 0.0" in metrics
    finally:
        assert worker.stop() == 0, worker.log_tail()
    assert '"stalled' not in worker.log_path.read_text(errors="replace")
