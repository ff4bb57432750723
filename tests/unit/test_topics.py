"""The topic registry is the one description of each topic: everything else agrees with it."""

from __future__ import annotations

import dataclasses

import pytest

from schemas.export import MODELS
from schemas.topics import TOPICS
from streams.kafka_admin import message_limit, topic_specs
from streams.pipeline import Topics
from streams.settings import Settings
from streams.topics import partitions, topic_name


def test_every_topic_is_named_by_a_setting_whose_default_is_the_registry_s() -> None:
    fields = Settings.model_fields
    for topic in TOPICS:
        assert fields[topic.setting].default == topic.default, topic.id
        assert fields[topic.setting].description == topic.summary, topic.id
        if isinstance(topic.partitions, str):
            assert topic.partitions in fields, topic.id
    topic_settings = {name for name in fields if name.startswith("topic_")}
    assert topic_settings == {t.setting for t in TOPICS}, "a topic setting outside the registry"


def test_the_worker_declares_each_stream_topic_of_the_registry() -> None:
    assert {f.name for f in dataclasses.fields(Topics)} == {t.id for t in TOPICS if t.stream}


def test_topic_creation_follows_the_registry_and_the_settings() -> None:
    settings = Settings(topic_alerts="x.alerts", partitions_out=6, partitions_raw=2)
    specs = {s.name: s for s in topic_specs(settings)}
    assert set(specs) == {topic_name(settings, t) for t in TOPICS}
    alerts = specs["x.alerts"]
    assert alerts.partitions == 6 and alerts.config == {"retention.ms": str(7 * 86_400_000)}
    assert specs["articles.raw"].partitions == 2
    assert specs["articles.raw"].config["max.message.bytes"] == str(message_limit(settings))
    assert specs["chipwatch.catalog"].partitions == 1
    for topic in TOPICS:
        spec = specs[topic_name(settings, topic)]
        assert spec.partitions == partitions(settings, topic)
        assert (spec.config.get("cleanup.policy") == "compact") == topic.compacted


def test_each_message_topic_s_schema_file_is_its_model_s() -> None:
    for topic in TOPICS:
        if topic.schema is not None:
            assert MODELS[topic.schema] is topic.model, topic.id


def test_chipwatch_s_own_topics_are_named_after_the_app_id() -> None:
    # Issue 13.5: with fixed names, two deployments on one cluster fed each other.
    own = {"by_hash", "by_policy", "webhook_retries", "catalog", "neardup", "policy_by_key"}
    default, staging = Settings(), Settings(app_id="staging")
    for entry in TOPICS:
        a, b = topic_name(default, entry), topic_name(staging, entry)
        if entry.id in own:
            assert a.startswith("chipwatch.") and b == "staging." + a.removeprefix("chipwatch.")
        else:
            assert a == b, "topics of other teams keep their plain names"
    assert default.topic_by_hash == "chipwatch.articles.by-hash"  # unchanged by default
    assert staging.topic_webhook_retries == "staging.webhook.retries"
    # An explicit name wins, and may itself say where the app id goes.
    assert Settings(app_id="s", topic_by_hash="old.by-hash").topic_by_hash == "old.by-hash"
    assert Settings(app_id="s", topic_by_policy="x-{app_id}").topic_by_policy == "x-s"


def test_an_app_id_must_be_usable_in_a_topic_name() -> None:
    with pytest.raises(ValueError, match="app_id"):
        Settings(app_id="two words")
