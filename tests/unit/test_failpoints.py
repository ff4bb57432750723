"""Test-only failpoints: armed once from the environment, named points only, a hard kill."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams import failpoints

STREAMS = Path(__file__).resolve().parents[2] / "streams"


@pytest.fixture(autouse=True)
def disarmed() -> Iterator[None]:
    yield
    failpoints.ARMED = None


def test_unset_or_empty_arms_nothing() -> None:
    assert failpoints.arm_from_env({}) is None
    assert failpoints.arm_from_env({failpoints.ENV: "  "}) is None
    assert failpoints.ARMED is None


def test_a_known_name_is_armed_and_an_unknown_one_refused() -> None:
    assert failpoints.arm_from_env({failpoints.ENV: "dedupe.after_state_write"}) == (
        "dedupe.after_state_write"
    )
    assert failpoints.ARMED == "dedupe.after_state_write"
    with pytest.raises(failpoints.UnknownFailpoint, match="not a failpoint"):
        failpoints.arm_from_env({failpoints.ENV: "dedupe.after_state_wirte"})


def test_every_point_has_a_call_site_and_every_call_site_a_point() -> None:
    """A renamed call site would never trip: both lists must match exactly."""
    used = set()
    for path in STREAMS.rglob("*.py"):
        used |= set(re.findall(r'failpoints\.hit\(\s*"([^"]+)"', path.read_text()))
    assert used == set(failpoints.POINTS)


@pytest.mark.asyncio
async def test_an_unarmed_or_other_point_does_nothing() -> None:
    flushed: list[bool] = []

    async def durable() -> None:
        flushed.append(True)

    await failpoints.hit("alerting.after_state_write", durable)
    failpoints.arm_from_env({failpoints.ENV: "dedupe.after_state_write"})
    await failpoints.hit("alerting.after_state_write", durable)
    assert flushed == []


def test_the_armed_point_makes_writes_durable_then_sigkills_the_process(tmp_path: Path) -> None:
    marker = tmp_path / "durable"
    script = f"""
import asyncio, logging, sys
from pathlib import Path
from streams import failpoints

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
failpoints.arm_from_env({{"{failpoints.ENV}": "webhook.after_delivery"}})

async def durable():
    Path({str(marker)!r}).write_text("flushed")

async def main():
    await failpoints.hit("webhook.after_delivery", durable)
    print("survived")

asyncio.run(main())
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert "survived" not in done.stdout
    assert marker.read_text() == "flushed"
    assert "failpoint tripped" in done.stderr
