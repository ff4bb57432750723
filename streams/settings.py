"""All of chipwatch's settings, in one class, from environment variables ``CHIPWATCH_*``.

Built once by the entry point (``Settings()``) and passed down; nothing reads the
environment anywhere else. Tests build their own instances with explicit values.
Every field is documented in the README's settings table (a test checks that).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from schemas.topics import APP_ID, TOPICS, topic
from streams.core.subscriptions import TargetPolicy, parse_networks

DEFAULT_APP_ID = "chipwatch"


def _topic_name(topic_id: str) -> Any:
    """A topic-name field: default and description come from the topic registry."""
    entry = topic(topic_id)
    return Field(default=entry.default, description=entry.summary)


class Settings(BaseSettings):
    """chipwatch configuration. Every field maps to ``CHIPWATCH_<FIELD_NAME>``."""

    model_config = SettingsConfigDict(env_prefix="CHIPWATCH_", extra="forbid", frozen=True)

    # --- Kafka -----------------------------------------------------------------------
    broker: str = Field(
        default="kafka://127.0.0.1:9092",
        description="Kafka bootstrap servers, `kafka://host:port[;host:port]`.",
    )
    app_id: str = Field(
        default=DEFAULT_APP_ID,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$",
        description="Faust app id: the consumer group, and the prefix of chipwatch's own "
        "topics (`{app_id}` in a topic name) and of table changelogs.",
    )
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        default="PLAINTEXT", description="Kafka security protocol."
    )
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = Field(
        default=None, description="SASL mechanism when the protocol is SASL_*."
    )
    sasl_username: str | None = Field(default=None, description="SASL user name.")
    sasl_password: SecretStr | None = Field(default=None, description="SASL password (secret).")
    sasl_password_file: Path | None = Field(
        default=None,
        description="File holding the SASL password (a mounted Secret); wins over the variable.",
    )
    ssl_cafile: Path | None = Field(default=None, description="CA bundle for TLS to the broker.")
    replication_factor: int = Field(
        default=1, ge=1, description="Replication factor of the topics chipwatch creates."
    )
    processing_guarantee: Literal["at_least_once", "exactly_once"] = Field(
        default="at_least_once",
        description="Faust processing guarantee; outputs are idempotent. exactly_once breaks "
        "on rebalance in Faust 0.15 (docs/operations.md): one worker only.",
    )
    session_timeout_seconds: float = Field(
        default=30.0,
        ge=6,
        description="Consumer group session timeout: how soon a crashed worker's partitions move.",
    )
    heartbeat_interval_seconds: float = Field(
        default=3.0, gt=0, description="Consumer group heartbeat interval (< a third of the above)."
    )
    consumer_fetch_max_wait_seconds: float = Field(
        default=0.1,
        gt=0,
        le=30,
        description="Longest time the broker holds a fetch with nothing to return. Faust's "
        "1.5 s made output pause up to 1.5 s while input waited (a fetch of only the quiet "
        "topics blocks the busy ones); idle, each worker sends one fetch per wait "
        "(bench/README.md: the fetch wait).",
    )
    consumer_max_partition_fetch_bytes: int = Field(
        default=0,
        ge=0,
        description="Most bytes one fetch takes from one partition; 0: the message limit "
        "(2 x MAX_MESSAGE_BYTES + 64 KiB), else at least 1024. 65536 feeds every agent at "
        "each poll, so the one-partition near-dup agent does not wait ~2 s between bursts "
        "(bench/README.md: output pauses), and a larger message still comes whole; not the "
        "default: its losses in the joining-worker fault test were a seek defect, fixed "
        "since; looped again (load 8-28) it lost nothing there, but the zombie-worker test "
        "lost 36 of 840 alerts once with it, and on a starved machine it may cap a worker's "
        "intake (docs/operations.md: 64 KiB looped again after the fix).",
    )
    consumer_poll_records_per_topic: int = Field(
        default=0,
        ge=0,
        description="Most records one poll of the worker's consumer hands to the agents from "
        "one agent input topic, shared among its partitions (the rest of a partition's fetch "
        "waits in the worker for the next polls; table changelogs are handed over whole); 0: "
        "everything fetched. 64 gives every agent its share at each poll: the longest output "
        "pause under a backlog fell from 4.5-18 s to 0.4-0.6 s in pairs on a loaded machine, "
        "but the worker used 5-55 % more CPU per article (smaller batches; use it with "
        "CHIPWATCH_AGENT_BATCH_WITHIN_SECONDS=0.02), so it is not the default "
        "(bench/README.md: round 21).",
    )
    producer_linger_seconds: float = Field(
        default=0.005,
        ge=0,
        le=1,
        description="How long the producer holds a batch open for more records before "
        "sending it; an alert's path waits it three times (by-hash, near-dup, by-policy). "
        "0.001 cut p50 at 50 articles/s from 38-49 to 19-23 ms, but end-to-end throughput "
        "fell 4-15 % (once 72 %) with more CPU for the worker and the broker: a trade, not "
        "the default (bench/README.md: settings of issue 12). Faust's 0 made one produce "
        "request per few articles.",
    )
    agent_batch_max: int = Field(
        default=500,
        ge=1,
        le=10_000,
        description="Most events an agent takes in one batch. Each event is still decoded, "
        "handled, acknowledged and dead-lettered on its own; counters and logs are written "
        "once per batch.",
    )
    agent_batch_within_seconds: float = Field(
        default=0.005,
        ge=0,
        le=10,
        description="Longest time an agent spends gathering a batch. It waits for more only "
        "while the partition holds records after the last one taken (a backlog, which "
        "Faust's consumer hands over one record at a time): a lone article is handled at "
        "once.",
    )

    # --- topics (names and partition counts are settings, never code) -----------------
    # Names, keys, value models and retention: the topic registry, schemas/topics.py.
    topic_raw: str = _topic_name("raw")
    topic_dlq: str = _topic_name("dlq")
    topic_analyzed: str = _topic_name("analyzed")
    topic_alerts: str = _topic_name("alerts")
    topic_by_hash: str = _topic_name("by_hash")
    topic_by_policy: str = _topic_name("by_policy")
    topic_neardup: str = _topic_name("neardup")
    topic_policy_by_key: str = _topic_name("policy_by_key")
    topic_catalog: str = _topic_name("catalog")
    partitions_raw: int = Field(default=4, ge=1, description="Partitions of the input topic.")
    partitions_internal: int = Field(
        default=4,
        ge=1,
        description="Partitions of internal topics, tables and their changelogs.",
    )
    partitions_out: int = Field(
        default=4, ge=1, description="Partitions of the analyzed, alert and dead-letter topics."
    )
    create_topics: bool = Field(default=True, description="Create missing topics at worker start.")

    # --- state ----------------------------------------------------------------------------
    store: str = Field(
        default="rocksdb://",
        description="Faust table store: `rocksdb://` (rocksdict, on disk) or `memory://`.",
    )
    store_write_buffer_bytes: int = Field(
        default=4 << 20,
        ge=64 << 10,
        description="RocksDB memtable size of each table partition: writes are flushed to "
        "files on disk at this size. Faust's 64 MiB kept a worker's 1M remembered hashes "
        "(~120 MB) wholly in memory (bench/README.md: settings of issue 12).",
    )
    store_max_write_buffers: int = Field(
        default=2,
        ge=2,
        description="RocksDB memtables per table partition (one filling, the rest "
        "flushing); Faust's is 3. With the size above: the most a partition's writes hold "
        "in memory.",
    )
    store_block_cache_bytes: int = Field(
        default=8 << 20,
        ge=0,
        description="RocksDB block cache of each table partition (blocks read from disk, "
        "kept for the next lookup); Faust's is 2 GiB each, which a long-running worker "
        "could fill with the whole table.",
    )
    table_standby_replicas: int = Field(
        default=1,
        ge=0,
        description="Standby copies of each table partition kept warm on other workers.",
    )
    data_dir: Path = Field(
        default=Path(".chipwatch-data"), description="Worker data directory (RocksDB files)."
    )
    dedupe_ttl_seconds: float = Field(
        default=7 * 24 * 3600.0,
        gt=0,
        description="How long a content hash is remembered; a copy after that is new again.",
    )
    dedupe_sweep_interval_seconds: float = Field(
        default=300.0, gt=0, description="How often expired hashes are deleted from the table."
    )
    alert_update_interval_seconds: float = Field(
        default=600.0,
        ge=0,
        description="At most one `update` alert per event group in this interval (0: no limit).",
    )
    alert_group_ttl_days: int = Field(
        default=7, ge=1, description="Days an event group is kept for corroboration."
    )
    alert_event_window_hours: float = Field(
        default=72.0,
        gt=0,
        description="A report joins an event group only if published within this many "
        "hours of the group's first report (time zones, late reports).",
    )
    alert_flush_interval_seconds: float = Field(
        default=30.0,
        gt=0,
        description="How often updates held back by the update interval are looked for "
        "and sent once it has passed.",
    )

    neardup_threshold: float = Field(
        default=0.5,
        gt=0,
        le=1,
        description="Estimated Jaccard similarity (MinHash over word 3-grams, and character "
        "3-grams of Chinese and Japanese text) at or above which an article is a "
        "near-duplicate of an earlier one (docs/near-duplicates.md).",
    )
    neardup_window_articles: int = Field(
        default=100_000,
        ge=1,
        description="Articles the near-duplicate index remembers; the oldest leave first.",
    )
    neardup_window_seconds: float = Field(
        default=3 * 86_400.0,
        gt=0,
        description="Articles older than this (by ingest time) leave the near-duplicate index.",
    )

    # --- analysis ---------------------------------------------------------------------------
    catalog_path: Path | None = Field(
        default=None, description="Entity catalog file (YAML/JSON); unset: the bundled one."
    )
    patterns_path: Path | None = Field(
        default=None,
        description="Policy patterns file (the detector's lexicon, YAML); unset: the bundled one.",
    )
    story_judge: bool = Field(
        default=True,
        description=(
            "Weigh the article flag the rules imply with the learned story judge "
            "(docs/detection.md, 'Round 48'); false: the rules alone."
        ),
    )
    story_judge_path: Path | None = Field(
        default=None,
        description=(
            "Story judge model file (JSON, bench/train_story_judge.py); unset: the bundled one."
        ),
    )
    event_judge: bool = Field(
        default=True,
        description=(
            "Drop the background events the learned event judge doubts "
            "(docs/detection.md, 'Round 49'); false: every event the rules read."
        ),
    )
    event_judge_path: Path | None = Field(
        default=None,
        description=(
            "Event judge model file (JSON, bench/train_event_judge.py); unset: the bundled one."
        ),
    )
    max_message_bytes: int = Field(
        default=1_048_576, gt=0, description="Larger input messages are dead-lettered."
    )
    max_body_chars: int = Field(
        default=200_000, gt=0, description="Articles with a longer body are dead-lettered."
    )

    # --- web, metrics, logs ------------------------------------------------------------------
    web_host: str = Field(default="127.0.0.1", description="Bind address of the web server.")
    web_port: int = Field(
        default=6066, ge=1, le=65535, description="Port of /metrics, /healthz, /readyz."
    )
    log_level: Literal["debug", "info", "warn", "error", "crit"] = Field(
        default="info", description="Log level of the JSON logs on stderr."
    )
    lag_probe_interval_seconds: float = Field(
        default=5.0,
        ge=0,
        description="How often consumer lag per input partition is measured (0: never).",
    )
    stall_timeout_seconds: float = Field(
        default=120.0,
        ge=0,
        description="Stop the worker when an assigned partition has waiting work and no "
        "commit progress for this long, so its supervisor restarts it (0: never).",
    )
    cloudevents_source: str = Field(
        default="urn:chipwatch", description="CloudEvents `source` attribute of alerts."
    )

    # --- webhooks ---
    webhook_api_token: SecretStr | None = Field(
        default=None,
        description="Bearer token of the /subscriptions and /policies APIs (secret); unset: "
        "both are off.",
    )
    webhook_subscriptions_file: Path | None = Field(
        default=None, description="YAML file of static (read-only) webhook subscriptions."
    )
    webhook_allow_http: bool = Field(
        default=False, description="Allow http:// webhook URLs (else https only)."
    )
    webhook_allowed_private_networks: str = Field(
        default="",
        description="Networks (comma list of CIDRs, e.g. `127.0.0.0/8,10.1.0.0/16`) where "
        "webhook hosts may be although not public; cloud metadata addresses never.",
    )
    webhook_allow_private_targets: bool = Field(
        default=False,
        description="Deprecated (use the networks above): allow webhook hosts on every "
        "loopback, private, link-local or reserved address; cloud metadata addresses never.",
    )
    webhook_timeout_seconds: float = Field(
        default=15.0, gt=0, description="Timeout of one webhook HTTP attempt."
    )
    webhook_retry_schedule: str = Field(
        default="5s,5m,30m,2h,5h,10h,10h,10h,10h,10h,14h",
        description="Waits before each retry (comma list, s/m/h/d); the default spans ~3 days.",
    )
    webhook_retry_jitter: float = Field(
        default=0.2, ge=0, le=1, description="Each retry wait is spread by ± this fraction."
    )
    webhook_concurrency: int = Field(
        default=4, ge=1, description="Concurrent requests per webhook subscriber."
    )
    webhook_queue_size: int = Field(
        default=100, ge=1, description="Deliveries queued per subscriber; more wait in Kafka."
    )
    webhook_circuit_failures: int = Field(
        default=5, ge=1, description="Consecutive failures that open a subscriber's circuit."
    )
    webhook_circuit_cooldown_seconds: float = Field(
        default=30.0, gt=0, description="First open-circuit pause; doubles on each reopening."
    )
    webhook_circuit_max_cooldown_seconds: float = Field(
        default=1800.0, gt=0, description="Longest open-circuit pause before a probe."
    )
    webhook_scan_interval_seconds: float = Field(
        default=0.5, gt=0, description="How often due webhook deliveries are looked for."
    )
    topic_webhook_retries: str = _topic_name("webhook_retries")
    topic_webhook_dlq: str = _topic_name("webhook_dlq")

    @field_validator("consumer_max_partition_fetch_bytes")
    @classmethod
    def _fetch_bytes(cls, value: int) -> int:
        if 0 < value < 1024:
            raise ValueError("0 (the message limit) or at least 1024")
        return value

    @field_validator("webhook_allowed_private_networks")
    @classmethod
    def _networks(cls, value: str) -> str:
        parse_networks(value)  # refuse a typo at start, not at the first delivery
        return value

    def webhook_target_policy(self) -> TargetPolicy:
        """Return which non-public webhook addresses these settings allow."""
        return TargetPolicy(
            allowed=parse_networks(self.webhook_allowed_private_networks),
            allow_all_private=self.webhook_allow_private_targets,
        )

    @model_validator(mode="before")
    @classmethod
    def _app_id_in_topic_names(cls, data: Any) -> Any:
        """Put the app id where a topic name (default or set) says ``{app_id}``."""
        if not isinstance(data, dict):
            return data
        app_id = str(data.get("app_id") or DEFAULT_APP_ID)
        named = dict(data)
        for entry in TOPICS:
            value = named.get(entry.setting, entry.default)
            if isinstance(value, str) and APP_ID in value:
                named[entry.setting] = value.replace(APP_ID, app_id)
        return named

    def sasl_secret(self) -> str | None:
        """Return the SASL password: from ``sasl_password_file`` if set, else the variable.

        Read at each call (a rotated Secret file is picked up by the next client); the
        trailing newline that editors and ``kubectl create secret`` leave is dropped.
        """
        if self.sasl_password_file is not None:
            return self.sasl_password_file.read_text(encoding="utf-8").rstrip("\r\n")
        return self.sasl_password.get_secret_value() if self.sasl_password else None

    def kafka_bootstrap(self) -> str:
        """Return the bootstrap servers as aiokafka wants them (`host:port,host:port`)."""
        servers = self.broker.removeprefix("kafka://").replace(";", ",")
        return ",".join(s.removeprefix("kafka://") for s in servers.split(","))


def settings_table() -> str:
    """Return every setting as a Markdown table (env var, default, meaning) for the README."""
    rows = ["| variable | default | meaning |", "| --- | --- | --- |"]
    for name, field in Settings.model_fields.items():
        default = field.default
        shown = "(unset)" if default is None else f"`{default}`"
        if name.endswith(("password", "token")):
            shown = "(secret, unset)" if default is None else "(secret)"
        meaning = (field.description or "").replace("|", "\\|")
        rows.append(f"| `CHIPWATCH_{name.upper()}` | {shown} | {meaning} |")
    return "\n".join(rows) + "\n"
