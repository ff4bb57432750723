"""Fixtures shared by the agent tests: a fresh app of ``create_app`` per test."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio
from prometheus_client import CollectorRegistry

from streams.app import Pipeline, create_app
from streams.settings import Settings
from tests.kafka_harness import free_port


@pytest_asyncio.fixture
async def pipeline(tmp_path: Path) -> AsyncIterator[Pipeline]:
    """The app of ``create_app``: default settings, a temporary data dir, its own registry."""
    p = create_app(
        Settings(app_id="agent-test", data_dir=tmp_path, web_port=free_port()),
        registry=CollectorRegistry(),
    )
    yield p
    own = getattr(p.app, "_loop", None)
    if own is not None and own is not asyncio.get_running_loop() and not own.is_closed():
        own.close()
