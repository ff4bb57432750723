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
    """What was last seen of one partition: its committed offset, and since when.

    ``since`` is when the partition was first seen in its current condition: the last
    commit progress, or the round that first saw work waiting on a caught-up partition.
    """

    committed: int | None
    since: float
    waiting: bool = False  # work was waiting (committed offset behind the log end)


def stall_step(
    state: Mapping[str, Progress],
    observed: Mapping[str, tuple[int | None, int]],
    now: float,
    timeout: float,
) -> tuple[dict[str, Progress], list[str]]:
    """Fold one observation round in; return the new state and the stalled partitions.

    ``observed`` maps a partition name to ``(committed offset or None, log end)``.
    A partition is stalled when work has been waiting (its committed offset behind the
    log end) for ``timeout`` seconds without the committed offset changing. The clock
    restarts when the committed offset changes and when work starts waiting on a
    caught-up partition: a partition idle for longer than the timeout that then gets a
    message is timed from the first round that sees it, never from its last commit
    (issue 13.2: that stopped healthy workers). Partitions no longer observed are
    forgotten (they were revoked).
    """
    new_state: dict[str, Progress] = {}
    stalled: list[str] = []
    for name, (committed, end) in observed.items():
        before = state.get(name)
        behind = (committed or 0) < end
        if before is None or before.committed != committed or not before.waiting:
            new_state[name] = Progress(committed=committed, since=now, waiting=behind)
            continue
        if not behind:
            new_state[name] = Progress(committed=committed, since=now, waiting=False)
            continue
        new_state[name] = before
        if now - before.since >= timeout:
            stalled.append(name)
    return new_state, sorted(stalled)
