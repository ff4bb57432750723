"""Kafka plumbing shared by the worker and the CLI: client security and topic creation."""

from __future__ import annotations

import asyncio
import logging
import ssl
from dataclasses import dataclass
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from schemas.topics import TOPICS, Topic
from streams.settings import Settings
from streams.topics import partitions, topic_name

log = logging.getLogger("chipwatch.kafka")


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
            # Metadata for new topics reaches every broker a moment later.
            for _ in range(50):
                if {s.name for s in missing} <= set(await admin.list_topics()):
                    break
                await asyncio.sleep(0.1)
        for spec in missing:
            log.info("topic created", extra={"topic": spec.name, "partitions": spec.partitions})
        return [s.name for s in missing]
    finally:
        await admin.close()
