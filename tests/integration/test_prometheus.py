"""A real Prometheus (Debian's package) scraping a real worker: every dashboard query and
rule expression runs, the core panels have data, no query reads a metric the worker
does not export, and a 10,000-article load keeps the series count bounded.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiokafka import AIOKafkaProducer
from prometheus_client.parser import text_string_to_metric_families

from streams.core.catalog import load_catalog
from tests.kafka_harness import Broker, Names, Worker, free_port, produce, run
from tests.unit.test_observability_files import (
    PENDING_METRICS,
    RULE_FILES,
    SYNTHETIC_METRICS,
    dashboard_queries,
    metric_names,
    recorded_names,
    rules,
)

pytestmark = pytest.mark.integration

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples" / "articles.jsonl"
# The panels an operator looks at first: they must show data after the samples.
CORE_PANELS = (
    "Throughput by outcome",
    "End-to-end latency percentiles",
    "Alerts by severity",
    "Top entities",
)
LOAD_ARTICLES = 10_000
# Series the worker may expose after the 10k load, whatever the input: what the samples
# make plus one counter and one _created line per catalog entity (mention labels are
# catalog names), plus room for policy-event label combinations and Faust's
# per-partition and HTTP status series. Measured: see docs/observability.md.
SERIES_HEADROOM = 300


def _get_json(url: str, timeout: float = 10.0) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read())


@dataclass
class Prometheus:
    """A `prometheus` process on 127.0.0.1 with a temporary config and TSDB."""

    url: str
    proc: subprocess.Popen[bytes]
    log_path: Path

    def query(self, expr: str) -> dict[str, Any]:
        """Run an instant query; return Prometheus's whole JSON answer (errors included)."""
        url = f"{self.url}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
        try:
            return dict(_get_json(url))
        except urllib.error.HTTPError as err:  # 400/422 carry the error as JSON
            return dict(json.loads(err.read()))

    def value(self, expr: str) -> float:
        """The single value of a scalar-like query, NaN when it returns nothing."""
        result = self.query(expr).get("data", {}).get("result", [])
        return float(result[0]["value"][1]) if result else math.nan

    def wait_for(self, expr: str, predicate: Any, timeout: float, what: str) -> float:
        """Poll ``expr`` until ``predicate(value)`` holds; bounded by ``timeout``."""
        deadline = time.monotonic() + timeout
        value = math.nan
        while time.monotonic() < deadline:
            value = self.value(expr)
            if not math.isnan(value) and predicate(value):
                return value
            time.sleep(0.5)
        raise TimeoutError(f"{what}: {expr} = {value} after {timeout}s\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        text = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])


def start_prometheus(target: str, tmp: Path, timeout: float = 60.0) -> Prometheus:
    """Start Prometheus scraping ``target`` every second with the project's rule files."""
    binary = shutil.which("prometheus")
    assert binary, "prometheus is required (make system-deps installs Debian's package)"
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(path) for path in RULE_FILES],
        "scrape_configs": [
            # Same job name as deploy/prometheus: the queries select job="chipwatch".
            {"job_name": "chipwatch", "static_configs": [{"targets": [target]}]}
        ],
    }
    config_path = tmp / "prometheus.yml"
    config_path.write_text(yaml.safe_dump(config))
    port = free_port()
    log_path = tmp / "prometheus.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [
                binary,
                f"--config.file={config_path}",
                f"--storage.tsdb.path={tmp / 'tsdb'}",
                f"--web.listen-address=127.0.0.1:{port}",
                "--log.level=warn",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    prometheus = Prometheus(url=f"http://127.0.0.1:{port}", proc=proc, log_path=log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"prometheus exited {proc.returncode}:\n{prometheus.log_tail()}")
        try:
            with urllib.request.urlopen(f"{prometheus.url}/-/ready", timeout=2) as response:
                if response.status == 200:
                    return prometheus
        except OSError:
            pass
        time.sleep(0.3)
    stop_prometheus(prometheus)
    raise TimeoutError(f"prometheus not ready in {timeout}s:\n{prometheus.log_tail()}")


def stop_prometheus(prometheus: Prometheus) -> None:
    """SIGTERM, then SIGKILL if it does not stop in time."""
    if prometheus.proc.poll() is not None:
        return
    prometheus.proc.terminate()
    try:
        prometheus.proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        prometheus.proc.kill()
        prometheus.proc.wait(timeout=10)


def exported_names(metrics_text: str) -> set[str]:
    """Every sample name a /metrics page declares, series or not (an unlabelled-yet
    counter declares its family, and its samples will carry these names)."""
    suffixes = {
        "counter": ("_total", "_created"),
        "histogram": ("_bucket", "_sum", "_count", "_created"),
        "summary": ("_sum", "_count", "_created"),
        "gauge": ("",),
    }
    names: set[str] = set()
    for family in text_string_to_metric_families(metrics_text):
        names.add(family.name)
        names.update(family.name + suffix for suffix in suffixes.get(family.type, ("",)))
        names.update(sample.name for sample in family.samples)
    return names


def series_count(metrics_text: str) -> int:
    """The number of series (sample lines) on a /metrics page."""
    return sum(1 for line in metrics_text.splitlines() if line and not line.startswith("#"))


def articles_read(metrics_text: str) -> float:
    """chipwatch_articles_total summed over outcomes, from a /metrics page."""
    total = 0.0
    for family in text_string_to_metric_families(metrics_text):
        if family.name == "chipwatch_articles":
            total += sum(s.value for s in family.samples if s.name.endswith("_total"))
    return total


def _sample_lines() -> list[bytes]:
    return [line for line in SAMPLES.read_bytes().splitlines() if line.strip()]


@dataclass
class Stack:
    """A worker that processed the samples and a Prometheus that scraped it."""

    worker: Worker
    prometheus: Prometheus


@pytest.fixture(scope="module")
def stack(broker: Broker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    tmp = tmp_path_factory.mktemp("prometheus")
    names = Names()
    worker = Worker(broker, names, tmp).start()
    prometheus: Prometheus | None = None
    try:
        prometheus = start_prometheus(f"127.0.0.1:{worker.port}", tmp)
        # A scrape before the samples: rate() and increase() then see the counters move.
        prometheus.wait_for(
            'up{job="chipwatch"}', lambda v: v == 1, timeout=60, what="first scrape"
        )
        lines = _sample_lines()
        run(produce(broker.bootstrap, names.topic("articles.raw"), [(None, v) for v in lines]))
        prometheus.wait_for(
            'sum(chipwatch_articles_total{job="chipwatch"})',
            lambda v: v >= len(lines),
            timeout=120,
            what="samples processed and scraped",
        )
        prometheus.wait_for(
            'sum(chipwatch_end_to_end_seconds_count{job="chipwatch"})',
            lambda v: v >= 1,
            timeout=60,
            what="an alert's latency scraped",
        )
        prometheus.wait_for(
            'count(chipwatch_consumer_lag_messages{job="chipwatch"})',
            lambda v: v >= 1,
            timeout=60,
            what="the lag probe's first reading scraped",
        )
        # Labelled counters appear at their first increment: increase() and rate() need
        # two points of a series, so wait until every such series has been scraped thrice.
        prometheus.wait_for(
            'min(count_over_time({job="chipwatch",'
            '__name__=~"chipwatch_(alerts|entity_mentions|policy_events)_total"}[5m]))',
            lambda v: v >= 3,
            timeout=60,
            what="new series scraped a few times",
        )
        # A few rule evaluations (every 1 s) so recorded series exist.
        prometheus.wait_for(
            "count(job_outcome:chipwatch_articles:rate5m)",
            lambda v: v >= 1,
            timeout=60,
            what="recording rules evaluated",
        )
        yield Stack(worker=worker, prometheus=prometheus)
    finally:
        if prometheus is not None:
            stop_prometheus(prometheus)
        worker.stop()


def test_every_dashboard_query_runs_and_the_core_panels_show_data(stack: Stack) -> None:
    queries = dashboard_queries()
    assert queries
    empty_core = []
    for title, expr in queries:
        answer = stack.prometheus.query(expr)
        assert answer["status"] == "success", f"{title}: {expr}: {answer.get('error')}"
        if title in CORE_PANELS:
            values = [float(r["value"][1]) for r in answer["data"]["result"]]
            if not values or all(math.isnan(v) for v in values):
                empty_core.append((title, expr, answer["data"]["result"]))
    assert not empty_core, f"core panels without data: {empty_core}"
    assert {title for title, _ in queries} >= set(CORE_PANELS)


def test_every_rule_expression_runs_and_every_rule_evaluates_healthy(stack: Stack) -> None:
    for rule in rules():
        answer = stack.prometheus.query(rule["expr"])
        name = rule.get("record") or rule.get("alert")
        assert answer["status"] == "success", f"{name}: {answer.get('error')}"
    # Prometheus evaluated them itself too (every second): no rule reports an error.
    loaded = _get_json(f"{stack.prometheus.url}/api/v1/rules")["data"]["groups"]
    evaluated = {r["name"]: r for group in loaded for r in group["rules"]}
    expected = {rule.get("record") or rule.get("alert") for rule in rules()}
    assert set(evaluated) == expected
    unhealthy = {n: r.get("lastError") for n, r in evaluated.items() if r["health"] == "err"}
    assert not unhealthy, unhealthy


def test_no_dashboard_or_rule_query_reads_a_metric_the_worker_does_not_export(
    stack: Stack,
) -> None:
    exported = exported_names(stack.worker.get("/metrics"))
    known = exported | recorded_names() | SYNTHETIC_METRICS | PENDING_METRICS
    used = {name for _, expr in dashboard_queries() for name in metric_names(expr)}
    used |= {name for rule in rules() for name in metric_names(rule["expr"])}
    assert "chipwatch_consumer_lag_messages" in exported, "the lag probe exports nothing"
    dangling = used - known
    assert not dangling, f"queried but not exported by the worker: {sorted(dangling)}"


def _load(seed: int = 6) -> list[tuple[bytes, bytes]]:
    """10,000 articles over many catalog firms and chips; one in ten repeats an earlier
    article's content under a new id (a duplicate); some carry policy actions."""
    entries = load_catalog(None).entries
    firms = [e.name for e in entries if e.type == "firm"]
    chips = [e.name for e in entries if e.type == "chip"]
    rng = random.Random(seed)
    templates = (
        "{firm} said demand for its {chip} products rose again this quarter, "
        "with shipments to cloud customers up on the year.",
        "The US Commerce Department added {firm} to the Entity List, barring exports of "
        "{chip} chips without a licence.",
        "China's commerce ministry approved imports of {chip} accelerators by {firm}, "
        "people familiar with the decision said.",
        "{firm} and {other} signed a supply deal for {chip} parts, the companies said.",
    )
    out: list[tuple[bytes, bytes]] = []
    bodies: list[tuple[str, str]] = []
    for i in range(LOAD_ARTICLES):
        if bodies and rng.random() < 0.1:
            title, body = rng.choice(bodies)
        else:
            firm, other, chip = rng.choice(firms), rng.choice(firms), rng.choice(chips)
            body = rng.choice(templates).format(firm=firm, other=other, chip=chip)
            title = f"{firm} {chip} report {i}"
            bodies.append((title, body))
        article = {"id": f"load-{i}", "source": "Load Wire", "title": title, "body": body}
        out.append((article["id"].encode(), json.dumps(article).encode()))
    return out


async def _produce_fast(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]]) -> None:
    # Batched: await the broker's acknowledgements per thousand, not per message.
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20)
    await producer.start()
    try:
        for start in range(0, len(messages), 1000):
            futures = [
                await producer.send(topic, key=key, value=value)
                for key, value in messages[start : start + 1000]
            ]
            for future in futures:
                await future
    finally:
        await producer.stop()


def test_ten_thousand_articles_do_not_grow_the_series_beyond_the_bound(
    broker: Broker, tmp_path: Path
) -> None:
    names = Names()
    worker = Worker(broker, names, tmp_path).start()
    try:
        topic = names.topic("articles.raw")
        lines = _sample_lines()
        run(produce(broker.bootstrap, topic, [(None, v) for v in lines]))
        _wait_articles(worker, len(lines), timeout=120)
        time.sleep(6)  # one lag-probe tick, so its series are in "before" too
        before_text = worker.get("/metrics")
        before = series_count(before_text)
        catalog_size = len(load_catalog(None).entries)
        bound = before + 2 * catalog_size + SERIES_HEADROOM

        started = time.monotonic()
        run(_produce_fast(broker.bootstrap, topic, _load()))
        after_text = _wait_articles(worker, len(lines) + LOAD_ARTICLES, timeout=600)
        elapsed = time.monotonic() - started
        after = series_count(after_text)
        print(
            f"series before={before} after={after} bound={bound} "
            f"({LOAD_ARTICLES} articles in {elapsed:.1f}s)"
        )
        assert after <= bound, f"{after} series after the load, bound {bound} (before {before})"
    finally:
        worker.stop()


def _wait_articles(worker: Worker, count: int, timeout: float) -> str:
    """Poll /metrics until the worker has read ``count`` articles; return that page."""
    deadline = time.monotonic() + timeout
    text = ""
    while time.monotonic() < deadline:
        text = worker.get("/metrics")
        if articles_read(text) >= count:
            return text
        time.sleep(1.0)
    raise TimeoutError(
        f"read {articles_read(text)} of {count} articles in {timeout}s\n{worker.log_tail()}"
    )
