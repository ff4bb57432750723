"""Test-only failpoints: kill the worker hard at a named point, to prove a crash window.

**For tests only, never for operators.** ``CHIPWATCH_TEST_FAILPOINT=<name>`` arms one
failpoint; ``chipwatch worker`` reads it once at start (``arm_from_env``). The first
time the worker reaches that point it logs ``failpoint tripped``, makes what it has
written so far durable on the broker (so the crash lands exactly in the window, not
before the state write reached Kafka), and sends itself SIGKILL: no commit, no
shutdown, as an OOM kill or a lost node would. The integration tests
(``tests/integration/test_faults_windows.py``) restart the worker without the variable
and check that nothing was lost.

Why not a field of ``Settings``: the settings are the operator's surface (the README
table, the ConfigMap, the deploy-file checks all list every one of them), and a switch
that kills the worker must not look like a knob there. The variable carries ``TEST``
in its name for the same reason, and an unknown name stops the worker at start rather
than arming nothing.

Unarmed, a failpoint costs one module-attribute read per use (``if failpoints.ARMED``).
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Awaitable, Callable, Mapping

log = logging.getLogger("chipwatch.failpoints")

ENV = "CHIPWATCH_TEST_FAILPOINT"

# Every failpoint, where it is, and the window it proves (docs/operations.md).
POINTS: Mapping[str, str] = {
    "dedupe.after_state_write": "dedupe-analyze: first copy remembered, its candidate sent",
    "alerting.after_state_write": "alerting: report folded into the state, alerts not sent",
    "alerting.flush.after_state_write": "flush timer: held-back update in the state, not sent",
    "webhook.after_delivery": "webhook lane: subscriber answered 2xx, tombstone not written",
    "webhook.after_dead_letter": "webhook lane: dead letter acknowledged, tombstone not written",
}

# The armed failpoint's name, or None (always None unless ``arm_from_env`` armed one).
ARMED: str | None = None


class UnknownFailpoint(ValueError):
    """The environment names a failpoint that does not exist."""


def arm_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """Arm the failpoint named by ``CHIPWATCH_TEST_FAILPOINT`` (once, at worker start).

    Returns the armed name (None when the variable is unset or empty). Raises
    ``UnknownFailpoint`` for a name that is not in ``POINTS``.
    """
    global ARMED
    name = (environ if environ is not None else os.environ).get(ENV, "").strip()
    if not name:
        ARMED = None
        return None
    if name not in POINTS:
        raise UnknownFailpoint(f"{ENV}={name!r}: not a failpoint (known: {', '.join(POINTS)})")
    ARMED = name
    log.warning("failpoint armed (test only)", extra={"failpoint": name})
    return name


async def hit(name: str, durable: Callable[[], Awaitable[None]] | None = None) -> None:
    """At failpoint ``name``: if it is the armed one, make writes durable and die.

    ``durable`` flushes what was written (the Faust producer, say), so the state write
    that opens the window is on the broker when the process dies. Call sites guard
    with ``if failpoints.ARMED:`` so an unarmed worker pays nothing more.
    """
    if name != ARMED:
        return
    if durable is not None:
        await durable()
    log.warning("failpoint tripped: killing the worker (test only)", extra={"failpoint": name})
    for handler in logging.getLogger().handlers:
        handler.flush()
    os.kill(os.getpid(), signal.SIGKILL)
