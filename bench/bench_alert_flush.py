"""The deferred-update timer's cost per tick: decode every alert state, or read its due time.

Usage: .venv/bin/python bench/bench_alert_flush.py [--jurisdictions N] [--repeat R]

Builds alert-table values (``PolicyState`` JSON, as the table stores them) the way the
alert step makes them, of three sizes: a quiet jurisdiction (3 groups), a busy one (128
groups, each with 8 reports folded in, one held back) and the worst case the bounds allow
(groups of large reports, 4 each, until the bound pushes the oldest out). For each, one tick of the
timer's work per jurisdiction, with nothing due, is timed two ways (the table read is the
same in both and left out):

* ``decode``: what the timer did before: ``decode_model(PolicyState, value)`` then
  ``flush_due`` (which finds nothing to do);
* ``peek``: what it does now: ``policy_state_due(value)`` from the value's first bytes,
  and nothing more when that time has not come.

One process, one core; docs/alerting.md has the figures and the machine load.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime

from schemas.alert import AlertArticle
from schemas.article import PolicyEvent
from schemas.internal import EventReport
from streams.codecs import decode_model, encode_model, policy_state_due
from streams.core.alerts import MAX_STATE_BYTES, AlertConfig, PolicyState, alert_step, flush_due

T0 = datetime(2026, 11, 25, 8, tzinfo=UTC).timestamp()
CONFIG = AlertConfig(update_interval_seconds=600)


def _report(group: int, n: int, size: int) -> EventReport:
    """Report ``n`` of event ``group``: ``size`` scales its texts (1: a usual one)."""
    event = PolicyEvent(
        jurisdiction="US", action="restrict", flow="export", direction="tightening",
        products=[f"chip {group}"], targets=["Nvidia", "AMD"][: 1 + n % 2], primary=True,
        evidence="The Commerce Department restricted exports of the chips. " * size,
        confidence=0.9,
    )  # fmt: skip
    return EventReport(
        policy_key="US", product=f"chip {group}", event=event, actions=["restrict"],
        flows=["export"],
        article=AlertArticle(id=f"g{group}-a{n}-{'x' * 40 * size}",
                             title="US restricts chip exports " * size,
                             url=f"https://outlet{n}.example/{'p' * 60 * size}",
                             source=f"Outlet {n}",
                             published_at=datetime.fromtimestamp(T0 + group, UTC)),
        source_key=f"outlet {n}", source=f"Outlet {n}", cluster=f"g{group}-a{n}",
        firms=["Nvidia"], chips=[], ingested_at=datetime.fromtimestamp(T0 + group, UTC),
    )  # fmt: skip


def build(groups: int, reports: int, size: int) -> bytes:
    """A state value of ``groups`` events with ``reports`` reports each (the last held back)."""
    state: PolicyState | None = None
    now = T0
    for g in range(groups):
        for n in range(reports):
            # The first reports of a group come 700 s apart (each an update at once),
            # the last one 10 s after the one before: held back by the interval.
            now += 10 if n == reports - 1 else 700
            state, _ = alert_step(state, _report(g, n, size), now, CONFIG)
    assert state is not None
    return encode_model(state)


def timed(work: Callable[[], object], repeat: int) -> float:
    """Median seconds of ``work`` over ``repeat`` runs."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> None:
    """Build the three kinds of values and time a tick over ``--jurisdictions`` of each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jurisdictions", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    kinds = {
        "quiet (3 groups)": build(3, 2, 1),
        "busy (128 groups x 8 reports)": build(128, 8, 1),
        "the bound (groups of large reports)": build(128, 4, 6),
    }
    print(f"| value | bytes | decode + flush_due per value | peek per value | "
          f"tick over {args.jurisdictions}, decode | tick, peek |")  # fmt: skip
    print("| --- | --- | --- | --- | --- | --- |")
    for name, value in kinds.items():
        assert len(value) <= MAX_STATE_BYTES
        values = [value] * args.jurisdictions
        now = T0  # before any due time: nothing to flush

        def decode(values: list[bytes] = values, now: float = now) -> None:
            for v in values:
                flush_due(decode_model(PolicyState, v), now, CONFIG)

        def peek(values: list[bytes] = values, now: float = now) -> None:
            for v in values:
                if policy_state_due(v) <= now:
                    raise AssertionError("nothing is due in this bench")

        slow, fast = timed(decode, args.repeat), timed(peek, args.repeat)
        n = args.jurisdictions
        print(f"| {name} | {len(value):,} | {slow / n * 1e3:.2f} ms | {fast / n * 1e6:.2f} µs "
              f"| {slow * 1e3:.1f} ms | {fast * 1e6:.0f} µs |")  # fmt: skip


if __name__ == "__main__":
    main()
