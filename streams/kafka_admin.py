"""Kafka plumbing shared by the worker and the CLI: client security and topic creation."""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from dataclasses import dataclass
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from mode.utils.times import want_seconds

from schemas.topics import TOPICS, Topic
from streams.settings import Settings
from streams.topics import partitions, topic_name

log = logging.getLogger("chipwatch.kafka")

# How long ensure_topics waits for every topic to show in the broker's metadata with a
# leader on each partition; then it raises TimeoutError (the worker's start retries it).
METADATA_WAIT_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class TopicSpec:
    """A topic chipwatch needs: name, partitions, and topic-level config."""

    name: str
    partitions: int
    config: dict[str, str]


def message_limit(settings: Settings) -> int:
    """Return the largest message chipwatch's topics, fetches and produces allow.

    Twice the input limit plus room for headers and envelopes: an input message a bit
    over ``max_message_bytes`` still reaches the worker and is dead-lettered with the
    reason ``too_large`` (the broker would refuse a bigger one to its producer), and an
    accepted article still fits once wrapped (ingest envelope, dead letter). Its analysis
    is bounded on its own (``streams.core.bounds``: 256 KiB at most), far below the 1 MiB
    this limit never goes under, and so are the reports and alerts built from it.
    """
    return max(1_048_576, 2 * settings.max_message_bytes + 65_536)


def topic_config(settings: Settings, topic: Topic) -> dict[str, str]:
    """Return the config ``topic`` is created with: retention or compaction, size limit."""
    config = topic.config()
    if topic.large:
        config["max.message.bytes"] = str(message_limit(settings))
    return config


def topic_specs(settings: Settings) -> list[TopicSpec]:
    """Return every topic of the registry (``schemas.topics``) as settings name it.

    Subscriptions live in a table changelog that Faust creates compacted.
    """
    return [
        TopicSpec(topic_name(settings, t), partitions(settings, t), topic_config(settings, t))
        for t in TOPICS
    ]


def faust_topic_specs(app: Any) -> list[TopicSpec]:
    """Return the topics Faust creates for ``app`` itself: table changelogs, leader topic.

    Why chipwatch creates them before Faust starts: Faust creates them a moment before
    its consumer joins the group, and on a busy broker the metadata of the last ones
    (the global tables' changelogs among them) could still be missing from the broker's
    answers at that join; Faust's assignor then fails on a missing global changelog and
    the worker stayed unready (the likely cause in docs/operations.md, "A worker stuck at
    its first group join"). Partitions and config are what Faust would give them (its
    ``Topic.declare`` and aiokafka driver): cleanup policy from ``compacting`` and
    ``deleting``, ``retention.ms``, then the topic's own config.
    """
    topics = [table.changelog_topic for table in app.tables.values()]
    if not app.conf.topic_disable_leader:
        topics.append(app._leader_assignor._leader_topic)
    specs: list[TopicSpec] = []
    for topic in topics:
        config: dict[str, str] = {}
        policy = [
            flag for flag, on in (("compact", topic.compacting), ("delete", topic.deleting)) if on
        ]
        if policy:
            config["cleanup.policy"] = ",".join(policy)
        if topic.retention:
            config["retention.ms"] = str(int(want_seconds(topic.retention) * 1000.0))
        config.update({k: str(v) for k, v in (topic.config or {}).items()})
        partitions = topic.partitions or app.conf.topic_partitions
        specs.extend(TopicSpec(name, partitions, config) for name in topic.topics)
    return specs


async def _wait_for_leaders(admin: AIOKafkaAdminClient, names: list[str]) -> None:
    """Wait until the broker's metadata has every topic of ``names`` with its leaders."""
    deadline = time.monotonic() + METADATA_WAIT_SECONDS
    while names:
        waiting = sorted(
            t["topic"]
            for t in await admin.describe_topics(names)
            if t["error_code"]
            or not t["partitions"]
            or any(p["leader"] < 0 for p in t["partitions"])
        )
        if not waiting:
            return
        if time.monotonic() >= deadline:
            raise TimeoutError(f"topics without leaders in the broker's metadata: {waiting}")
        await asyncio.sleep(0.1)


def client_kwargs(settings: Settings) -> dict[str, Any]:
    """Return aiokafka client arguments (bootstrap and security) for ``settings``."""
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap(),
        "security_protocol": settings.security_protocol,
    }
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        kwargs["ssl_context"] = ssl.create_default_context(
            cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None
        )
    if settings.security_protocol.startswith("SASL"):
        kwargs["sasl_mechanism"] = settings.sasl_mechanism or "PLAIN"
        kwargs["sasl_plain_username"] = settings.sasl_username
        kwargs["sasl_plain_password"] = settings.sasl_secret()
    return kwargs


async def ensure_topics(settings: Settings, specs: list[TopicSpec] | None = None) -> list[str]:
    """Create the topics that are missing; return the names created.

    The broker's auto-creation is never relied on: it would use the broker's default
    partition count, and a typo in a topic name would silently create a new topic.
    """
    specs = specs if specs is not None else topic_specs(settings)
    admin = AIOKafkaAdminClient(**client_kwargs(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [s for s in specs if s.name not in existing]
        if missing:
            await admin.create_topics(
                [
                    NewTopic(
                        s.name,
                        num_partitions=s.partitions,
                        replication_factor=settings.replication_factor,
                        topic_configs=s.config,
                    )
                    for s in missing
                ]
            )
        # Metadata for new topics reaches the brokers' answers a moment later (later still
        # on a busy broker); a consumer that joins before would miss them (see
        # faust_topic_specs). Existing topics are waited for too: one created by an
        # earlier start that stopped at once may still lack a leader.
        await _wait_for_leaders(admin, [s.name for s in specs])
        for spec in missing:
            log.info("topic created", extra={"topic": spec.name, "partitions": spec.partitions})
        return [s.name for s in missing]
    finally:
        await admin.close()
