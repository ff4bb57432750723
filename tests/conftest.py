"""Shared fixtures. The broker starts once per session, only if a test asks for it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.kafka_harness import Broker, local_broker

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    """A real Apache Kafka broker on a free port, started by the project's script.

    Set CHIPWATCH_TEST_KAFKA_PORT to use a broker that is already running instead.
    """
    port = os.environ.get("CHIPWATCH_TEST_KAFKA_PORT")
    if port:
        yield Broker(port=int(port), controller_port=0, state_dir=Path("/nonexistent"))
        return
    with local_broker(tmp_path_factory.mktemp("broker")) as running:
        yield running


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The `shared` folder beside the repository (TAXONOMY.md, scorer, seeds)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is missing: the scorer lives there")
    return SHARED
