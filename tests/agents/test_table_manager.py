"""The app's table manager registers its tables' channels at start, without Faust's sleep.

Faust's own ``TableManager.on_start`` sleeps 1.0 s first; every worker start paid it
(streams/table_manager.py). These tests run the manager's ``on_start`` on the app that
``create_app`` builds, with the two steps that need a broker (the channel update reads
the consumer's assignment, recovery starts its own service) recorded instead.
"""

from __future__ import annotations

import pytest

from streams.app import Pipeline
from streams.table_manager import PromptTableManager


def test_the_app_uses_the_prompt_table_manager_with_every_table(pipeline: Pipeline) -> None:
    tables = pipeline.app.tables
    assert isinstance(tables, PromptTableManager)
    # Every table of create_app is declared before start, so none can come too late.
    assert pipeline.seen.name in tables


@pytest.mark.asyncio
async def test_start_registers_channels_and_recovery_without_sleeping(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables = pipeline.app.tables
    steps: list[str] = []

    async def no_sleep(seconds: float) -> None:
        raise AssertionError(f"the table manager slept {seconds} s at start")

    async def update_channels() -> None:
        steps.append("channels")

    async def start_recovery() -> None:
        steps.append("recovery")

    monkeypatch.setattr(tables, "sleep", no_sleep)
    monkeypatch.setattr(tables, "_update_channels", update_channels)
    monkeypatch.setattr(type(tables.recovery), "start", lambda self: start_recovery())
    await tables.on_start()
    assert steps == ["channels", "recovery"]
