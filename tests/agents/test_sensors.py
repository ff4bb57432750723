"""Faust's sensors with the per-event work deferred (streams/sensors.py) and the spinner.

The deferred monitor must export what Faust's ``PrometheusMonitor`` exports, series for
series, once flushed; a scrape of ``/metrics`` flushes. The worker must not leave the
root logger at DEBUG at any configured level (Faust's spinner would).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import faust
import pytest
from faust.sensors.base import SensorDelegate
from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from faust.types import TP
from mode.utils.trees import Node
from prometheus_client import CollectorRegistry

from streams.app import create_app
from streams.cli.stream import without_spinner
from streams.logs import LEVELS, logging_config
from streams.sensors import FLUSH_AT, DeferredPrometheusMonitor
from streams.settings import Settings
from tests.kafka_harness import free_port


class _Obj:
    """Stands in for Faust's stream, table and message (hashable, weak-referenceable)."""

    def __init__(self, **attrs: Any) -> None:
        self.__dict__.update(attrs)


class _App:
    def __init__(self) -> None:
        self.beacon = Node(None)


def _drive(monitor: PrometheusMonitor, articles: int) -> Any:
    """Call the hooks as the worker does for ``articles`` articles, through the delegate."""
    delegate: Any = SensorDelegate(cast(Any, _App()))
    delegate.add(monitor)
    streams: list[Any] = [
        _Obj(shortlabel=f"Stream: Topic: {t}", task_owner=_Obj())
        for t in ("articles.raw", "chipwatch.articles.by-hash")
    ]
    tables: list[Any] = [_Obj(name="dedupe-seen"), _Obj(name="neardup-index")]
    for i in range(articles):
        for n, stream in enumerate(streams):
            tp = TP(stream.shortlabel.rsplit(" ", 1)[-1], i % 3)
            message = _Obj(time_in=None)
            monitor.track_tp_end_offset(tp, i + 10)  # Faust: per record fetched
            delegate.on_message_in(tp, i, message)
            state = delegate.on_stream_event_in(tp, i, stream, None)
            if i % 5:  # some events still in hand when the registry is read
                delegate.on_stream_event_out(tp, i, stream, None, state)
                delegate.on_message_out(tp, i, message)
            table = tables[n]
            delegate.on_table_get(table, b"k")
            delegate.on_table_set(table, b"k", b"v")
            if i % 7 == 0:
                delegate.on_table_del(table, b"k")
            sending = delegate.on_send_initiated(None, f"{table.name}-changelog", None, 1, 1)
            delegate.on_send_completed(None, sending, None)
    return delegate


def _samples(registry: CollectorRegistry) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample but the latencies' sums and buckets and the creation times."""
    out = {}
    for family in registry.collect():
        for s in family.samples:
            if s.name.endswith("_created"):
                continue
            if family.type == "histogram" and not s.name.endswith("_count"):
                continue
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def test_the_deferred_monitor_exports_what_faust_s_monitor_exports_once_flushed() -> None:
    faust_registry, ours_registry = CollectorRegistry(), CollectorRegistry()
    faust_monitor = PrometheusMonitor(metrics=FaustMetrics.create(faust_registry, "faust"))
    ours = DeferredPrometheusMonitor(metrics=FaustMetrics.create(ours_registry, "faust"))
    _drive(faust_monitor, 40)
    _drive(ours, 40)
    before = _samples(ours_registry)
    assert before[("faust_messages_received_total", ())] == 0  # counted, not yet exported
    assert not [k for k in before if k[0] == "faust_topic_partition_end_offset"]
    ours.flush()
    expected = _samples(faust_registry)
    assert expected[("faust_messages_received_total", ())] == 80
    assert expected[("faust_events_runtime_ms_count", ())] == 64
    assert _samples(ours_registry) == expected
    # A second flush adds nothing: every count is exported once.
    ours.flush()
    assert _samples(ours_registry) == expected
    # Faust's consumer reads the stream's inbound time (its slow-processing warning).
    assert ours.stream_inbound_time and ours.tp_read_offsets and ours.tp_end_offsets
    end_offsets = [k for k in expected if k[0] == "faust_topic_partition_end_offset"]
    assert len(end_offsets) == 6  # two topics x three partitions, exported once flushed


def test_latencies_are_flushed_without_a_scrape_when_many_are_held(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    registry = CollectorRegistry()
    ours = DeferredPrometheusMonitor(metrics=FaustMetrics.create(registry, "faust"))
    monkeypatch.setattr("streams.sensors.FLUSH_AT", 50)
    assert FLUSH_AT > 50
    tp, stream = TP("articles.raw", 0), _Obj(shortlabel="Stream: Topic: articles.raw")
    for i in range(53):
        state = ours.on_stream_event_in(tp, i, stream, None)
        ours.on_stream_event_out(tp, i, stream, None, state)
    # The 50th flushed; three are held for the next flush.
    assert registry.get_sample_value("faust_events_runtime_ms_count") == 50
    assert len(ours._runtimes) == 3
    for _ in range(53):
        ours.on_send_completed(None, ours.on_send_initiated(None, "t", None, 1, 1), None)
    assert registry.get_sample_value("faust_producer_send_latency_count") == 50
    assert len(ours._send_latencies) == 3


@pytest.fixture
def root_logging() -> Iterator[None]:
    root = logging.getLogger()
    level, handlers = root.level, root.handlers[:]
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.asyncio
async def test_a_scrape_of_metrics_flushes_the_deferred_counts(tmp_path: Path) -> None:
    settings = Settings(
        app_id="sensors-test", store="memory://", data_dir=tmp_path, web_port=free_port()
    )
    registry = CollectorRegistry()
    p = create_app(settings, registry=registry)
    monitor = p.app.monitor
    assert isinstance(monitor, DeferredPrometheusMonitor)
    monitor.on_message_in(TP("articles.raw", 0), 5, _Obj(time_in=None))
    assert registry.get_sample_value("faust_messages_received_total") == 0
    view = p.app.web.views["/metrics"]
    response = await view.get(None)  # the page Faust serves at /metrics
    assert b"faust_messages_received_total 1.0" in response.body
    assert registry.get_sample_value("faust_messages_received_total") == 1


@pytest.mark.parametrize("level", ["info", "warn", "error"])
def test_the_worker_keeps_the_root_logger_at_the_configured_level(
    level: str, tmp_path: Path, root_logging: None
) -> None:
    app = faust.App("spinner-test", autodiscover=False, web_enabled=False, datadir=str(tmp_path))
    worker = faust.Worker(
        app,
        loglevel=LEVELS[level],
        logging_config=logging_config(level),
        redirect_stdouts=False,
    )
    without_spinner(worker)
    worker._setup_logging()
    assert logging.getLogger().level == logging.getLevelName(LEVELS[level])
    assert not logging.getLogger("faust.agents.agent").isEnabledFor(logging.DEBUG)
    worker.loop.close()
