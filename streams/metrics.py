"""chipwatch's domain metrics, in one class over an injected registry.

The same registry is handed to Faust's Prometheus sensors, so ``/metrics`` serves both.
Label values are bounded: outcomes, stages and reasons are fixed sets in code;
entities are catalog names (and ``other`` beyond ``max_entity_labels``); jurisdictions,
actions and directions come from the taxonomy.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

# Stage latencies: a tag+detect pass takes well under a millisecond to a few ms.
STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)
# End to end (publish/ingest -> alert): milliseconds when healthy, minutes when lagging.
E2E_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)

OUTCOMES = ("accepted", "duplicate", "invalid")
# Near-duplicate cluster sizes: most stories run once, wire stories on a handful to
# dozens of sites.
CLUSTER_BUCKETS = (1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 50, 100)
# Webhook attempts: a healthy endpoint answers in ms; the timeout is 15 s by default.
WEBHOOK_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30)


class Metrics:
    """All domain metrics. Create one per worker (or per test) with its own registry."""

    def __init__(self, registry: CollectorRegistry, max_entity_labels: int = 500) -> None:
        self.registry = registry
        self._entity_names: set[str] = set()
        self._mention_children: dict[tuple[str, str], Any] = {}
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}
        self._max_entity_labels = max_entity_labels
        self.articles = Counter(
            "chipwatch_articles_total",
            "Articles read from the input topic, by outcome.",
            ["outcome"],
            registry=registry,
        )
        for outcome in OUTCOMES:
            self.articles.labels(outcome)  # export zeros so rate() works from the start
        self.dead_letters = Counter(
            "chipwatch_dead_letters_total",
            "Messages sent to a dead-letter topic, by stage and reason.",
            ["stage", "reason"],
            registry=registry,
        )
        self.agent_errors = Counter(
            "chipwatch_agent_errors_total",
            "Unexpected exceptions caught in an agent (the message was dead-lettered).",
            ["agent"],
            registry=registry,
        )
        self.dedupe_keys = Gauge(
            "chipwatch_dedupe_table_keys",
            "Content hashes held in this worker's dedupe table partitions.",
            registry=registry,
        )
        self.mentions = Counter(
            "chipwatch_entity_mentions_total",
            "Entity mentions in first copies, by type and canonical entity.",
            ["type", "entity"],
            registry=registry,
        )
        self.policy_events = Counter(
            "chipwatch_policy_events_total",
            "Policy events detected, by jurisdiction, action, direction and primary.",
            ["jurisdiction", "action", "direction", "primary"],
            registry=registry,
        )
        self.alerts = Counter(
            "chipwatch_alerts_total",
            "Alerts published, by status and severity.",
            ["status", "severity"],
            registry=registry,
        )
        self.stage_seconds = Histogram(
            "chipwatch_stage_seconds",
            "Processing time per stage.",
            ["stage"],
            buckets=STAGE_BUCKETS,
            registry=registry,
        )
        self.end_to_end_seconds = Histogram(
            "chipwatch_end_to_end_seconds",
            "From article publish (else ingest) time to alert produced.",
            buckets=E2E_BUCKETS,
            registry=registry,
        )
        self.near_duplicates = Counter(
            "chipwatch_near_duplicates_total",
            "Articles placed in an earlier article's near-duplicate cluster.",
            registry=registry,
        )
        self.near_duplicate_cluster_size = Histogram(
            "chipwatch_near_duplicate_cluster_size",
            "Articles per near-duplicate cluster (1: no copy), observed when the cluster's "
            "last article leaves the window.",
            buckets=CLUSTER_BUCKETS,
            registry=registry,
        )
        self.near_duplicate_window = Gauge(
            "chipwatch_near_duplicate_window_articles",
            "Articles in this worker's near-duplicate window (0 where the index is elsewhere).",
            registry=registry,
        )
        self.stalls = Counter(
            "chipwatch_stalls_total",
            "Times the watchdog found a partition stalled and stopped the worker.",
            registry=registry,
        )
        self.catalog_updates = Counter(
            "chipwatch_catalog_updates_total",
            "Catalogs read from the catalog topic, by outcome (applied, refused).",
            ["outcome"],
            registry=registry,
        )
        self.catalog_entries = Gauge(
            "chipwatch_catalog_entries",
            "Entries of the catalog in use.",
            registry=registry,
        )
        self.consumer_lag = Gauge(
            "chipwatch_consumer_lag_messages",
            "Messages behind the partition end, per input topic partition.",
            ["topic", "partition"],
            registry=registry,
        )

        # --- state (issue 7) ---
        self.table_recovery_seconds = Gauge(
            "chipwatch_table_recovery_seconds",
            "How long the last table recovery took (worker start or rebalance to ready).",
            registry=registry,
        )
        self.table_recoveries = Counter(
            "chipwatch_table_recoveries_total",
            "Table recoveries completed (one per start or rebalance).",
            registry=registry,
        )
        self.dedupe_expired = Counter(
            "chipwatch_dedupe_expired_total",
            "Expired content hashes deleted from the dedupe table (and its changelog).",
            registry=registry,
        )

        # --- webhooks ---
        self._subscription_names: set[str] = set()
        self._max_subscription_labels = 200
        self.webhook_deliveries = Counter(
            "chipwatch_webhook_deliveries_total",
            "Webhook attempts by outcome (delivered, http_5xx, timeout, dead_lettered, ...) "
            "and subscription.",
            ["outcome", "subscription"],
            registry=registry,
        )
        self.webhook_attempt_seconds = Histogram(
            "chipwatch_webhook_attempt_seconds",
            "Duration of one webhook HTTP attempt.",
            buckets=WEBHOOK_BUCKETS,
            registry=registry,
        )
        self.webhook_queue_depth = Gauge(
            "chipwatch_webhook_queue_depth",
            "Deliveries queued in this worker for a subscriber.",
            ["subscription"],
            registry=registry,
        )
        self.webhook_circuit_state = Gauge(
            "chipwatch_webhook_circuit_state",
            "Circuit breaker per subscriber: 0 closed, 1 half-open, 2 open.",
            ["subscription"],
            registry=registry,
        )

    def dedupe_keys_value(self) -> float:
        """Return the dedupe-keys gauge's current value (0 before it was first set)."""
        value = self.registry.get_sample_value("chipwatch_dedupe_table_keys")
        return 0.0 if value is None else value

    def subscription_label(self, subscription_id: str) -> str:
        """Return a subscription id as a label value, or ``other`` beyond the bound."""
        if subscription_id in self._subscription_names:
            return subscription_id
        if len(self._subscription_names) < self._max_subscription_labels:
            self._subscription_names.add(subscription_id)
            return subscription_id
        return "other"

    def child(self, metric: Any, *labels: str) -> Any:
        """Return ``metric.labels(*labels)``, kept once made (see ``mention_counter``).

        Only for metrics whose label values are bounded sets (outcomes, stages, the
        taxonomy's codes): a child is never dropped.
        """
        key = (id(metric), labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child

    def mention_counter(self, entity_type: str, name: str) -> Any:
        """Return the mentions counter's child for an entity (kept once made).

        ``labels()`` takes a lock and builds a key per call; ~15 mentions an article
        made it 5 % of the worker's CPU. A label's child never changes once made: keep it.
        """
        child = self._mention_children.get((entity_type, name))
        if child is None:
            child = self.mentions.labels(entity_type, self.entity_label(name))
            self._mention_children[(entity_type, name)] = child
        return child

    def entity_label(self, name: str) -> str:
        """Return ``name`` as a label value, or ``other`` once the bound is reached."""
        if name in self._entity_names:
            return name
        if len(self._entity_names) < self._max_entity_labels:
            self._entity_names.add(name)
            return name
        return "other"
