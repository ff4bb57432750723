"""The RocksDB options of the tables (streams/app.py ``store_options``): the settings reach
the rocksdict database each table partition opens, not only Faust's option object."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from faust.stores.rocksdb import RocksDBOptions
from prometheus_client import CollectorRegistry
from pydantic import ValidationError

from streams.app import Pipeline, create_app, store_options
from streams.settings import Settings
from tests.kafka_harness import free_port


def build(tmp_path: Path, **settings: Any) -> Pipeline:
    return create_app(
        Settings(app_id="store-test", data_dir=tmp_path, web_port=free_port(), **settings),
        registry=CollectorRegistry(),
    )


@pytest_asyncio.fixture
async def apps() -> AsyncIterator[list[Pipeline]]:
    made: list[Pipeline] = []
    yield made
    for p in made:  # the loop Faust may have built for the app (as tests/agents does)
        own = getattr(p.app, "_loop", None)
        if own is not None and own is not asyncio.get_running_loop() and not own.is_closed():
            own.close()


def rocksdb_option(db_dir: Path, name: str) -> int:
    """Return an option as RocksDB wrote it in the database's OPTIONS file."""
    latest = sorted(db_dir.glob("OPTIONS-*"))[-1].read_text()
    found = re.findall(rf"^\s*{name}=(\d+)$", latest, re.M)
    assert found, f"{name} not in {latest[:200]}"
    return int(found[0])


@pytest.mark.asyncio
async def test_every_table_gets_the_store_settings(tmp_path: Path, apps: list[Pipeline]) -> None:
    p = build(
        tmp_path,
        store_write_buffer_bytes=1 << 20,
        store_max_write_buffers=3,
        store_block_cache_bytes=2 << 20,
    )
    apps.append(p)
    for table in (p.seen, p.policy, p.neardup):
        options = table.data.rocksdb_options
        assert options.write_buffer_size == 1 << 20
        assert options.max_write_buffer_number == 3
        assert options.block_cache_size == 2 << 20


@pytest.mark.asyncio
async def test_defaults_are_not_fausts(tmp_path: Path, apps: list[Pipeline]) -> None:
    p = build(tmp_path)
    apps.append(p)
    options = p.seen.data.rocksdb_options
    stock = RocksDBOptions()
    # Faust's: 64 MiB x 3 memtables and a 2 GiB cache per partition (bench/README.md).
    assert (stock.write_buffer_size, stock.max_write_buffer_number) == (64 << 20, 3)
    assert options.write_buffer_size == 4 << 20 < stock.write_buffer_size
    assert options.max_write_buffer_number == 2
    assert options.block_cache_size == 8 << 20 < stock.block_cache_size


def test_the_options_reach_the_rocksdb_database(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, store_write_buffer_bytes=3 << 20)
    options = store_options(settings)
    assert options is not None
    db = RocksDBOptions(**options).open(tmp_path / "p0")
    try:
        db.put(b"k", b"v")
    finally:
        db.close()
    assert rocksdb_option(tmp_path / "p0", "write_buffer_size") == 3 << 20
    assert rocksdb_option(tmp_path / "p0", "max_write_buffer_number") == 2


def test_memory_store_takes_no_rocksdb_options() -> None:
    assert store_options(Settings(store="memory://")) is None


def test_store_settings_are_bounded() -> None:
    with pytest.raises(ValidationError):
        Settings(store_max_write_buffers=1)
    with pytest.raises(ValidationError):
        Settings(store_write_buffer_bytes=1024)
    with pytest.raises(ValidationError):
        Settings(store_block_cache_bytes=-1)
