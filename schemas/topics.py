"""The registry of chipwatch's topics and tables: each is described here, once.

For every topic: the setting that names it and its default name, the key, the value
model, the partition count (a setting, or fixed), retention or compaction, and the text
for people. Everything else reads this list:

* ``streams.settings`` takes each topic setting's default and description from it;
* ``streams.app.create_app`` declares the worker's topics and tables from it;
* ``streams.kafka_admin.topic_specs`` creates the topics with its partitions and config;
* ``schemas.export`` writes the AsyncAPI channels from it;
* ``chipwatch topics --readme README.md`` writes the README's topics table from it.

Why in ``schemas/``: the AsyncAPI export lives here and ``schemas`` may not import
``streams`` (an import-linter contract), while the shell may import ``schemas``. The
registry is data about the wire (names, keys, value models, retention), with no
Faust, no Kafka client and no settings object in it: settings are referred to by field
name, and ``streams.topics`` resolves them against a ``Settings`` instance.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

from schemas.alert import Alert
from schemas.article import AnalyzedArticle, RawArticle
from schemas.deadletter import DeadLetter
from schemas.internal import EventReport, IngestedArticle
from schemas.policies import PolicyAlert
from schemas.webhook import DeliveryRecord, WebhookDeadLetter

DAY_MS = 24 * 3600 * 1000

CE_HEADERS: dict[str, Any] = {
    "type": "object",
    "description": "CloudEvents 1.0 Kafka protocol binding, binary content mode.",
    "properties": {
        "ce_specversion": {"type": "string", "const": "1.0"},
        "ce_id": {"type": "string", "description": "= alert_id (deterministic)"},
        "ce_source": {"type": "string", "description": "CHIPWATCH_CLOUDEVENTS_SOURCE"},
        "ce_type": {"type": "string", "const": "io.chipwatch.policy.alert.v1"},
        "ce_time": {"type": "string", "format": "date-time"},
        "ce_subject": {"type": "string", "description": "= event_key"},
        "ce_partitionkey": {"type": "string", "description": "= event_key (the Kafka key)"},
        "content-type": {"type": "string", "const": "application/json"},
    },
    "required": ["ce_specversion", "ce_id", "ce_source", "ce_type"],
}


NEARDUP_HEADERS: dict[str, Any] = {
    "type": "object",
    "description": "What the near-duplicate step reads; the value is the article as "
    "articles.analyzed will carry it, cluster fields null until the step fills them.",
    "properties": {
        "cw-ingested-at": {
            "type": "string",
            "description": "ingested_at as POSIX seconds (the step's clock)",
        },
        "cw-scheme": {
            "type": "string",
            "description": "what made the signature; another scheme is not compared",
        },
        "cw-signature": {
            "type": "string",
            "description": "MinHash signature, base64 of rensa's serialised R-MinHash; "
            "absent for an article without words",
        },
        "cw-primary": {
            "type": "string",
            "const": "1",
            "description": "present when the article has a primary event (a report)",
        },
    },
    "required": ["cw-ingested-at", "cw-scheme"],
}


@dataclass(frozen=True, slots=True)
class Topic:
    """One topic: what names it, what it carries, how long the broker keeps it."""

    id: str  # the field of ``streams.pipeline.Topics`` (``webhook_*``: the webhook feature's)
    setting: str  # the ``Settings`` field that names it (``CHIPWATCH_<SETTING>``)
    default: str  # its default name; ``{app_id}`` stands for ``CHIPWATCH_APP_ID``
    key: str  # what the key is
    model: type[BaseModel] | None  # the value's model; None: not a chipwatch message
    schema: str | None  # the value's JSON Schema file, ``schemas/json/<schema>.schema.json``
    partitions: str | int  # a ``Settings`` field, or a fixed count
    retention_days: int | None  # None: kept by compaction
    summary: str  # one line: the setting's description
    description: str  # for other teams (AsyncAPI)
    compacted: bool = False
    large: bool = False  # carries whole articles: the broker's message limit is raised
    internal: bool = False  # Faust may declare it (repartition and state topics)
    stream: bool = True  # read or written by a Faust agent (False: its own consumer)
    action: Literal["send", "receive"] = "send"  # chipwatch's side, for AsyncAPI
    headers: dict[str, Any] | None = None
    value_note: str = ""  # shown after the model in the README table
    message: str | None = None  # the AsyncAPI message name, when not ``schema``'s

    @property
    def retention(self) -> str:
        """Retention in words, for the README table."""
        if self.retention_days is None:
            return "compacted"
        return f"{self.retention_days} day{'s' if self.retention_days != 1 else ''}"

    def config(self) -> dict[str, str]:
        """Return the topic-level config chipwatch creates it with (before size limits)."""
        if self.compacted:
            return {"cleanup.policy": "compact"}
        return {"retention.ms": str((self.retention_days or 0) * DAY_MS)}


@dataclass(frozen=True, slots=True)
class Table:
    """One Faust table: its changelog topic is ``<app id>-<name>-changelog`` (Faust's rule)."""

    name: str
    key: str
    value: str
    partitions: str | int  # a ``Settings`` field, or a fixed count
    kept: str  # how entries go away


#: Stands for the app id in a topic's name (``CHIPWATCH_APP_ID``, default ``chipwatch``).
APP_ID = "{app_id}"

# Alerts and analyzed articles keep a week (replay to webhooks reads them back);
# internal repartition topics need only cover a restart and are kept a day.
#
# chipwatch's own topics (the repartition topics, the webhook backlog, the catalog) are
# named after the app id, as Faust names table changelogs: two deployments with two app
# ids on one cluster share none of them (issue 13.5: with fixed names a second
# deployment fed every article into the first one's repartition topics, and the first
# alerted on them too). The topics other teams produce or consume keep plain names.
TOPICS: tuple[Topic, ...] = (
    Topic(
        id="raw",
        setting="topic_raw",
        default="articles.raw",
        key="article id (UTF-8), optional",
        model=RawArticle,
        schema="raw_article",
        partitions="partitions_raw",
        retention_days=7,
        large=True,
        action="receive",
        summary="Input: raw articles.",
        description="Raw articles from producers of the platform: UTF-8 JSON.",
    ),
    Topic(
        id="dlq",
        setting="topic_dlq",
        default="articles.dlq",
        key="the original key",
        model=DeadLetter,
        schema="dead_letter",
        partitions="partitions_out",
        retention_days=30,
        large=True,
        summary="Dead letters of bad input.",
        description="Input that could not be processed, with the reason and the original bytes.",
        value_note="(reason, origin, original bytes)",
    ),
    Topic(
        id="analyzed",
        setting="topic_analyzed",
        default="articles.analyzed",
        key="article id (UTF-8)",
        model=AnalyzedArticle,
        schema="analyzed_article",
        partitions="partitions_out",
        retention_days=7,
        large=True,
        summary="Analyzed articles.",
        description="First copies of articles with entities and policy events. A "
        "redelivered article is analyzed and sent again under its own `id`: consumers "
        "drop an id they have already seen.",
    ),
    Topic(
        id="alerts",
        setting="topic_alerts",
        default="alerts.policy",
        key="event key (UTF-8)",
        model=Alert,
        schema="alert",
        partitions="partitions_out",
        retention_days=7,
        headers=CE_HEADERS,
        summary="Policy alerts.",
        description="Policy alerts: one `new` per real-world event, then `update`s as "
        "independent reports corroborate it. Delivery is at-least-once and a redelivered "
        "input makes its alert again with the same `alert_id` (= CloudEvents `id`) and "
        "content: consumers drop an id they have already seen.",
        value_note="with CloudEvents `ce_*` headers",
    ),
    Topic(
        id="webhook_dlq",
        setting="topic_webhook_dlq",
        default="alerts.webhook.dlq",
        key="webhook-id",
        model=WebhookDeadLetter,
        schema="webhook_dead_letter",
        partitions="partitions_out",
        retention_days=30,
        summary="Webhook deliveries given up on.",
        description="Webhook deliveries given up on, with every attempt's outcome. A "
        "crash between the letter and the end of the delivery makes it try once more "
        "and dead-letter it again under the same `webhook_id`.",
    ),
    Topic(
        id="webhook_retries",
        setting="topic_webhook_retries",
        default="{app_id}.webhook.retries",
        key="webhook-id",
        model=DeliveryRecord,
        schema="webhook_delivery",
        partitions="partitions_internal",
        retention_days=None,
        # Pending deliveries are state: the latest value per key.
        compacted=True,
        internal=True,
        summary="Internal, compacted: pending webhook deliveries by webhook-id.",
        description="Internal, compacted: pending webhook deliveries (the retry backlog).",
    ),
    Topic(
        id="by_hash",
        setting="topic_by_hash",
        default="{app_id}.articles.by-hash",
        key="content hash (hex, UTF-8)",
        model=IngestedArticle,
        schema="ingested_article",
        partitions="partitions_internal",
        retention_days=1,
        large=True,
        internal=True,
        summary="Internal: articles repartitioned by content hash (dedupe's key).",
        description="Internal: articles repartitioned by content hash.",
    ),
    Topic(
        id="neardup",
        setting="topic_neardup",
        default="{app_id}.articles.neardup",
        key="article id (UTF-8)",
        # The article as it will be published, the step's inputs in headers: the one
        # agent every article goes through reads and writes it as bytes (streams.codecs).
        # A worker of the version before wrote a ClusterCandidate and no headers; the
        # agent still reads those.
        model=AnalyzedArticle,
        schema="analyzed_article",
        message="neardup_candidate",
        headers=NEARDUP_HEADERS,
        value_note="cluster fields null, with `cw-*` headers (signature, ingest time)",
        # One partition, on purpose: the near-duplicate index must see every recent
        # article, and two copies that arrive at once must meet in one order
        # (docs/near-duplicates.md weighs the alternatives).
        partitions=1,
        retention_days=1,
        internal=True,
        summary="Internal: analyzed articles with their MinHash signature, to the "
        "near-duplicate index (one partition).",
        description="Internal: analyzed articles (cluster fields null) with their MinHash "
        "signature in headers, on their way through the near-duplicate index.",
    ),
    Topic(
        id="by_policy",
        setting="topic_by_policy",
        default="{app_id}.events.by-policy",
        key="acting jurisdiction (UTF-8)",
        model=EventReport,
        schema="event_report",
        partitions="partitions_internal",
        retention_days=1,
        internal=True,
        summary="Internal: event reports repartitioned by the acting jurisdiction.",
        description="Internal: each article's news event, repartitioned by the acting "
        "jurisdiction (every report that may be about one event on one partition).",
    ),
    Topic(
        id="policy_by_key",
        setting="topic_policy_by_key",
        default="{app_id}.policies.by-key",
        key="jurisdiction|flow|product (UTF-8)",
        model=PolicyAlert,
        schema="policy_alert",
        partitions="partitions_internal",
        retention_days=1,
        internal=True,
        summary="Internal: alerts repartitioned by policy view key (one per product named).",
        description="Internal: alerts repartitioned by the key of the policy view they update.",
    ),
    Topic(
        id="catalog",
        setting="topic_catalog",
        default="{app_id}.catalog",
        key="`catalog`",
        # The value is a catalog file as published (YAML or JSON), not a message model.
        model=None,
        schema=None,
        # One key, the whole catalog: compaction keeps the latest forever.
        partitions=1,
        retention_days=None,
        compacted=True,
        stream=False,
        summary="Compacted: the entity catalog that every worker applies at once.",
        description="The entity catalog (YAML or JSON) that every worker applies.",
        value_note="the entity catalog (YAML/JSON)",
    ),
)

TABLES: tuple[Table, ...] = (
    Table(
        name="dedupe-seen",
        key="content hash",
        value="`SeenEntry` (first id, first seen)",
        partitions="partitions_internal",
        kept="entries expire after `DEDUPE_TTL_SECONDS`",
    ),
    Table(
        name="neardup-index",
        key="the batch's first seq (`\\x00window:` + 12 digits; article id before)",
        value="`IndexBatch`: one near-dup batch's `IndexEntry`s (cluster, similarity, "
        "signature) and the window's floor",
        partitions=1,
        kept="the window: the oldest leave past `NEARDUP_WINDOW_ARTICLES` or "
        "`NEARDUP_WINDOW_SECONDS`; a batch's record goes once all its entries left",
    ),
    Table(
        name="alert-policy-state",
        key="acting jurisdiction",
        value="`PolicyState` (live event groups, last directions)",
        partitions="partitions_internal",
        kept="groups expire after `ALERT_GROUP_TTL_DAYS`; bounded (128 groups, 512 KB)",
    ),
    Table(
        name="policy-state",
        key="jurisdiction|flow|product",
        value="`PolicyView` (direction, since, last alerts, reversals)",
        partitions="partitions_internal",
        kept="bounded per policy (the last 20 alerts, 200 events)",
    ),
    Table(
        name="policy-views",
        key="jurisdiction|flow|product",
        value="`PolicyView` (global: every worker answers `GET /policies` for all)",
        partitions=1,
        kept="the latest view per policy",
    ),
    Table(
        name="webhook-pending",
        key="webhook-id",
        value="`DeliveryRecord` (the next attempt)",
        partitions="partitions_internal",
        kept="a tombstone when delivered or given up",
    ),
    Table(
        name="webhook-subscriptions",
        key="subscription id",
        value="`Subscription` (global: every worker reads all)",
        partitions=1,
        kept="an entry goes when deleted through the API",
    ),
)


def topic(topic_id: str) -> Topic:
    """Return the registry entry of ``topic_id``."""
    for entry in TOPICS:
        if entry.id == topic_id:
            return entry
    raise KeyError(topic_id)


def table(name: str) -> Table:
    """Return the registry entry of the table ``name``."""
    for entry in TABLES:
        if entry.name == name:
            return entry
    raise KeyError(name)
