from __future__ import annotations

from streams.core.stall import Progress, stall_step


def test_partition_behind_without_commit_progress_stalls_after_the_timeout() -> None:
    state, stalled = stall_step({}, {"raw/0": (None, 500)}, now=0.0, timeout=60)
    assert stalled == []
    state, stalled = stall_step(state, {"raw/0": (None, 500)}, now=59.0, timeout=60)
    assert stalled == []
    _, stalled = stall_step(state, {"raw/0": (None, 500)}, now=60.0, timeout=60)
    assert stalled == ["raw/0"]


def test_commit_progress_restarts_the_clock() -> None:
    state, _ = stall_step({}, {"raw/0": (100, 500)}, now=0.0, timeout=60)
    state, stalled = stall_step(state, {"raw/0": (200, 600)}, now=50.0, timeout=60)
    assert stalled == [] and state["raw/0"] == Progress(committed=200, since=50.0, waiting=True)
    _, stalled = stall_step(state, {"raw/0": (200, 600)}, now=100.0, timeout=60)
    assert stalled == []


def test_caught_up_or_idle_partition_never_stalls() -> None:
    state, _ = stall_step({}, {"raw/0": (500, 500), "raw/1": (None, 0)}, now=0.0, timeout=60)
    _, stalled = stall_step(state, {"raw/0": (500, 500), "raw/1": (None, 0)}, 1e6, 60)
    assert stalled == []


def test_revoked_partitions_are_forgotten() -> None:
    state, _ = stall_step({}, {"raw/0": (1, 9), "raw/1": (1, 9)}, now=0.0, timeout=60)
    state, _ = stall_step(state, {"raw/1": (1, 9)}, now=10.0, timeout=60)
    assert set(state) == {"raw/1"}


def test_an_idle_partition_that_gets_one_message_is_not_stalled_at_once() -> None:
    # Issue 13.2: caught up for longer than the timeout, then one message arrives; the
    # first round that sees it waiting must not call it stalled (the clock starts when
    # work starts waiting, not at the last commit).
    state, _ = stall_step({}, {"raw/0": (500, 500)}, now=0.0, timeout=10)
    for now in (5.0, 10.0, 15.0, 20.0):
        state, stalled = stall_step(state, {"raw/0": (500, 500)}, now=now, timeout=10)
        assert stalled == []
    state, stalled = stall_step(state, {"raw/0": (500, 501)}, now=25.0, timeout=10)
    assert stalled == []
    # Still not committed when the timeout has passed since it started waiting: stalled.
    state, stalled = stall_step(state, {"raw/0": (500, 501)}, now=30.0, timeout=10)
    assert stalled == []
    _, stalled = stall_step(state, {"raw/0": (500, 501)}, now=35.0, timeout=10)
    assert stalled == ["raw/0"]


def test_a_partition_never_committed_is_timed_from_when_work_appears() -> None:
    state, _ = stall_step({}, {"raw/0": (None, 0)}, now=0.0, timeout=10)
    state, stalled = stall_step(state, {"raw/0": (None, 0)}, now=100.0, timeout=10)
    state, stalled = stall_step(state, {"raw/0": (None, 3)}, now=105.0, timeout=10)
    assert stalled == []
    _, stalled = stall_step(state, {"raw/0": (None, 3)}, now=115.0, timeout=10)
    assert stalled == ["raw/0"]
