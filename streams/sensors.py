"""Faust's Prometheus sensors, with the per-event work deferred to the scrape.

Why: Faust calls its monitor several times per message (message in and out, stream
event in and out, table get and set, changelog send initiated and completed), and
Faust's ``PrometheusMonitor`` updates Prometheus children on each call (a label
lookup, a lock, a histogram bucket search), besides the in-memory bookkeeping of its
base ``Monitor``. In the worker that was ~18 calls and ~0.12 ms of CPU per article,
more than the produce path's socket writes (bench/README.md, "The shell's cost,
attributed").

What: ``DeferredPrometheusMonitor`` keeps every series of Faust's monitor, with the
same names, labels and values, but a per-event hook only adds to plain counters (and
appends a latency to a list); ``flush`` writes them to the Prometheus children. The
``/metrics`` page flushes before it renders, so a scrape sees every event up to the
scrape; so do a rebalance (before Faust clears the per-partition series) and a list of
latencies reaching ``FLUSH_AT`` (memory stays bounded without scrapes). The same for
the partitions' end-offset gauge, which Faust's consumer sets for every record it
delivers (``track_tp_end_offset``): the last offset is kept, the gauge set at the
flush. Hooks that are rare (commits, rebalances, assignments, web requests, errors)
stay Faust's own.

What the hot hooks no longer keep is the base ``Monitor``'s in-memory record that no
exporter reads here: per-message ``time_in``/``time_out``/``time_total`` and the
per-stream and per-task event dicts, the per-table key counts and the deques of
runtimes and send latencies behind ``Monitor.asdict()`` (Faust's ``/stats`` page,
which chipwatch does not serve). Faust's own use of its monitor is kept:
``stream_inbound_time`` (the consumer's slow-processing warning reads it) and the
read offsets.
"""

from __future__ import annotations

from collections import defaultdict
from time import monotonic
from typing import Any
from weakref import WeakKeyDictionary

from aiohttp.web import Response
from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

# Latencies held before a flush without a scrape: ~3 s of events at 2,000 articles/s.
FLUSH_AT = 20_000


class DeferredPrometheusMonitor(PrometheusMonitor):
    """Faust's ``PrometheusMonitor`` whose per-event hooks count now and export at ``flush``."""

    def __init__(self, metrics: FaustMetrics, **kwargs: Any) -> None:
        super().__init__(metrics, **kwargs)
        self._in_by_topic: defaultdict[str, int] = defaultdict(int)
        self._offsets: dict[tuple[str, int], int] = {}
        self._out = 0
        self._events_by_stream: defaultdict[Any, int] = defaultdict(int)
        self._events_out = 0
        self._runtimes: list[float] = []
        self._table_ops: defaultdict[tuple[str, str], int] = defaultdict(int)
        self._sent_by_topic: defaultdict[str, int] = defaultdict(int)
        self._send_latencies: list[float] = []
        self._end_offsets: dict[tuple[str, int], int] = {}
        # Weak, as Faust's own lookup: a stream gone is not kept alive by its label.
        self._stream_labels: WeakKeyDictionary[Any, str] = WeakKeyDictionary()

    # --- the per-event hooks: plain counting ---------------------------------------

    def on_message_in(self, tp: Any, offset: int, message: Any) -> None:
        """Count a message handed to the streams (Faust: before delegation)."""
        self._in_by_topic[tp.topic] += 1
        self._offsets[(tp.topic, tp.partition)] = offset
        self.tp_read_offsets[tp] = offset

    def on_message_out(self, tp: Any, offset: int, message: Any) -> None:
        """Count a message fully acknowledged."""
        self._out += 1

    def on_stream_event_in(self, tp: Any, offset: int, stream: Any, event: Any) -> Any:
        """Count an event a stream starts; its state is its start time."""
        now = monotonic()
        self.stream_inbound_time[tp] = now
        self._events_by_stream[stream] += 1
        return now

    def on_stream_event_out(
        self, tp: Any, offset: int, stream: Any, event: Any, state: Any = None
    ) -> None:
        """Count an event a stream is done with; keep its runtime."""
        self._events_out += 1
        if state is not None:
            self._runtimes.append(monotonic() - state)
            if len(self._runtimes) >= FLUSH_AT:
                self.flush()

    def on_table_get(self, table: Any, key: Any) -> None:
        """Count a table read."""
        self._table_ops[(table.name, self.KEYS_RETRIEVED)] += 1

    def on_table_set(self, table: Any, key: Any, value: Any) -> None:
        """Count a table write."""
        self._table_ops[(table.name, self.KEYS_UPDATED)] += 1

    def on_table_del(self, table: Any, key: Any) -> None:
        """Count a table delete."""
        self._table_ops[(table.name, self.KEYS_DELETED)] += 1

    def on_send_initiated(
        self, producer: Any, topic: str, message: Any, keysize: int, valsize: int
    ) -> Any:
        """Count a send through Faust's path (table changelogs); its state is its start."""
        self._sent_by_topic[topic] += 1
        return monotonic()

    def on_send_completed(self, producer: Any, state: Any, metadata: Any) -> None:
        """Keep a completed send's latency."""
        self._send_latencies.append(monotonic() - state)
        if len(self._send_latencies) >= FLUSH_AT:
            self.flush()

    def track_tp_end_offset(self, tp: Any, offset: int) -> None:
        """Keep a partition's end offset (Faust calls it for every record it delivers)."""
        self.tp_end_offsets[tp] = offset
        self._end_offsets[(tp.topic, tp.partition)] = offset

    # --- export --------------------------------------------------------------------

    def flush(self) -> None:
        """Write what the hooks counted since the last flush to the Prometheus series."""
        m = self._metrics
        received = 0
        for topic, n in self._in_by_topic.items():
            m.messages_received_per_topics.labels(topic=topic).inc(n)
            received += n
        self._in_by_topic.clear()
        for (topic, partition), offset in self._offsets.items():
            m.messages_received_per_topics_partition.labels(topic=topic, partition=partition).set(
                offset
            )
        self._offsets.clear()
        for (topic, partition), offset in self._end_offsets.items():
            m.topic_partition_end_offset.labels(topic=topic, partition=partition).set(offset)
        self._end_offsets.clear()
        self.messages_received_total += received
        m.messages_received.inc(received)
        m.active_messages.inc(received - self._out)
        self.messages_active += received - self._out
        self._out = 0
        started = 0
        for stream, n in self._events_by_stream.items():
            label = self._stream_labels.get(stream)
            if label is None:
                label = self._stream_labels[stream] = self._stream_label(stream)
            m.total_events_per_stream.labels(stream=f"stream.{label}.events").inc(n)
            started += n
        self._events_by_stream.clear()
        self.events_total += started
        m.total_events.inc(started)
        m.total_active_events.inc(started - self._events_out)
        self._events_out = 0
        for seconds in self._runtimes:
            m.events_runtime_latency.observe(seconds * 1000.0)
        self._runtimes.clear()
        for (table, operation), n in self._table_ops.items():
            m.table_operations.labels(table=f"table.{table}", operation=operation).inc(n)
        self._table_ops.clear()
        sent = 0
        for topic, n in self._sent_by_topic.items():
            m.topic_messages_sent.labels(topic=f"topic.{topic}").inc(n)
            sent += n
        self._sent_by_topic.clear()
        self.messages_sent += sent
        m.total_sent_messages.inc(len(self._send_latencies))
        for seconds in self._send_latencies:
            m.producer_send_latency.observe(seconds * 1000.0)
        self._send_latencies.clear()

    def on_rebalance_start(self, app: Any) -> Any:
        """Flush before Faust clears the per-partition series."""
        self.flush()
        return super().on_rebalance_start(app)

    def on_rebalance_end(self, app: Any, state: Any) -> None:
        """Flush before Faust clears the per-partition series."""
        self.flush()
        super().on_rebalance_end(app, state)


def setup_sensors(app: Any, registry: CollectorRegistry, pattern: str = "/metrics") -> Any:
    """Install the deferred monitor over ``registry`` and serve ``/metrics`` (flushed first).

    Faust's ``setup_prometheus_sensors`` with ``name_prefix="faust"``, but for the monitor
    class: the same series in the same registry, so one scrape returns Faust's and
    chipwatch's metrics.
    """
    monitor = DeferredPrometheusMonitor(metrics=FaustMetrics.create(registry, "faust"))
    app.monitor = monitor

    @app.page(pattern)  # type: ignore[untyped-decorator]
    async def metrics_handler(self: Any, request: Any) -> Response:
        monitor.flush()
        return Response(
            body=generate_latest(registry),
            headers={"Content-Type": CONTENT_TYPE_LATEST},
            status=200,
        )

    return monitor
