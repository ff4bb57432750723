"""Stall detection: a partition with work waiting whose committed offset stops moving.

Faust can leave a partition assigned but unprocessed after a rebalance (seen here when
a worker died seconds after joining, before its first commit; upstream reports the same
class of defect). Nothing inside the worker notices, so the watchdog compares, per
assigned partition, the committed offset with the log end: work waiting and no commit
progress for longer than the timeout means the worker is stuck. Pure and clock-free:
the shell passes the observations and the time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Progress:
    """What was last seen of one partition: its committed offset, and since when."""

    committed: int | None
    since: float


def stall_step(
    state: Mapping[str, Progress],
    observed: Mapping[str, tuple[int | None, int]],
    now: float,
    timeout: float,
) -> tuple[dict[str, Progress], list[str]]:
    """Fold one observation round in; return the new state and the stalled partitions.

    ``observed`` maps a partition name to ``(committed offset or None, log end)``.
    A partition is stalled when its committed offset is behind the log end and has not
    changed for ``timeout`` seconds. Partitions no longer observed are forgotten (they
    were revoked), and a change of the committed offset restarts the clock.
    """
    new_state: dict[str, Progress] = {}
    stalled: list[str] = []
    for name, (committed, end) in observed.items():
        before = state.get(name)
        if before is None or before.committed != committed:
            new_state[name] = Progress(committed=committed, since=now)
            continue
        new_state[name] = before
        behind = (committed or 0) < end
        if behind and now - before.since >= timeout:
            stalled.append(name)
    return new_state, sorted(stalled)
