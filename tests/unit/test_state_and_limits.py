"""Pure parts of issue 7: recovery clock, key partitions, limits, secrets from files."""

from __future__ import annotations

import asyncio
import base64
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from streams.codecs import DecodeError, dead_letter, decode_raw_article
from streams.kafka_admin import client_kwargs, message_limit, topic_specs
from streams.settings import Settings
from streams.state import RecoveryClock, count_keys, key_partition


class _Flag:
    def __init__(self) -> None:
        self.value = False

    def is_set(self) -> bool:
        return self.value


def _app() -> tuple[Any, _Flag]:
    completed = _Flag()
    app = SimpleNamespace(
        rebalancing=False, tables=SimpleNamespace(recovery=SimpleNamespace(completed=completed))
    )
    return app, completed


def test_recovery_clock_times_start_and_each_rebalance() -> None:
    app, completed = _app()
    clock = RecoveryClock(app)
    clock.started = 100.0
    assert clock.tick(101.0) is None  # still recovering
    completed.value = True
    assert clock.tick(103.5) == pytest.approx(3.5)
    assert clock.tick(104.0) is None  # reported once
    app.rebalancing = True
    assert clock.tick(110.0) is None
    app.rebalancing = False
    assert clock.tick(111.25) == pytest.approx(1.25)


def test_key_partition_is_stable_and_in_range() -> None:
    keys = [f"hash-{i}".encode() for i in range(200)]
    parts = [key_partition(k, 4) for k in keys]
    assert parts == [key_partition(k, 4) for k in keys]
    assert set(parts) == {0, 1, 2, 3}


def test_dead_letter_of_a_huge_value_is_cut_to_fit() -> None:
    letter = dead_letter(
        topic="t",
        partition=0,
        offset=1,
        key=None,
        value=b"x" * 5000,
        reason="too_large",
        detail="5000 bytes > limit 1000",
        stage="ingest",
        failed_at=datetime.now(UTC),
        max_value_bytes=1000,
    )
    assert base64.b64decode(letter.value_b64) == b"x" * 1000
    assert "cut to 1000 of 5000 bytes" in letter.detail


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b'{"id": "a", "title": 5, "body": "b"}', "schema_violation"),
        (b'{"id": "a", "title": "t", "body": ["b"]}', "schema_violation"),
        (b"[" * 5000 + b"]" * 5000, "invalid_json"),
        (b'{"a":' * 2000 + b"1" + b"}" * 2000, "invalid_json"),
        (b'{"id": "a", "title": "t", "body": "b"', "invalid_json"),
        (b"\xff\xfe", "not_utf8"),
        (b"x" * 200_000, "too_large"),
        (b"", "invalid_json"),
    ],
)
def test_hostile_inputs_have_a_reason(value: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as err:
        decode_raw_article(value, max_bytes=100_000, max_body_chars=100)
    assert err.value.reason == reason


def test_unknown_fields_are_ignored() -> None:
    article = decode_raw_article(
        b'{"id": "a", "title": "t", "body": "b", "extra": {"x": 1}}', 1000, 100
    )
    assert article.id == "a"


def test_limits_are_consistent() -> None:
    settings = Settings(max_message_bytes=6_000_000)
    limit = message_limit(settings)
    assert limit > settings.max_message_bytes * 4 // 3  # a dead letter of a max message fits
    specs = {s.name: s for s in topic_specs(settings)}
    for name in (settings.topic_raw, settings.topic_dlq, settings.topic_by_hash):
        assert specs[name].config["max.message.bytes"] == str(limit)
    assert message_limit(Settings(max_message_bytes=10)) == 1_048_576


def test_sasl_password_from_a_file_wins_and_is_never_in_the_repr(tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("from-file\n")
    settings = Settings(
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_username="u",
        sasl_password="from-env",
        sasl_password_file=secret,
    )
    assert settings.sasl_secret() == "from-file"
    assert client_kwargs(settings)["sasl_plain_password"] == "from-file"
    assert "from-env" not in repr(settings) and "from-env" not in str(settings.model_dump())
    assert Settings(sasl_password="p").sasl_secret() == "p"
    assert Settings().sasl_secret() is None


class _Keys:
    """A table stand-in: ``keys()`` as Faust's table gives them (one pass, in order)."""

    def __init__(self, n: int) -> None:
        self.n = n

    def keys(self) -> Any:
        return (f"hash-{i}".encode() for i in range(self.n))


@pytest.mark.asyncio
async def test_counting_the_dedupe_table_yields_to_the_event_loop_between_chunks() -> None:
    app, _ = _app()
    ticks: list[int] = []

    async def other_work() -> None:  # what /readyz and the agents need meanwhile
        for i in range(10_000):
            ticks.append(i)
            await asyncio.sleep(0)

    other = asyncio.create_task(other_work())
    counted = await count_keys(app, _Keys(50_000), chunk=1_000)
    other.cancel()
    assert counted == 50_000
    # The other task ran between the chunks, not only after the whole count.
    assert len(ticks) >= 49


@pytest.mark.asyncio
async def test_counting_stops_when_a_rebalance_starts() -> None:
    app, _ = _app()

    class Moving(_Keys):
        def keys(self) -> Any:
            for i in range(self.n):
                if i == 2_500:
                    app.rebalancing = True  # the partitions are moving away
                yield f"hash-{i}".encode()

    assert await count_keys(app, Moving(10_000), chunk=1_000) is None
    app.rebalancing = False
    assert await count_keys(app, _Keys(0)) == 0
