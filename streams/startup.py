"""What ``chipwatch worker`` checks and waits for before Faust starts.

- The data directory: written to once (a probe file, fsynced, removed), so a volume
  that is missing, read-only or full stops the worker at once with a clear log line
  and exit code ``EXIT_DATA_DIR`` instead of a traceback from deep inside the table
  store (or, mid-run, every message dead-lettered: see ``streams.faust_io``).
- The broker: a worker started before its broker answers waits for it (creating the
  topics once it does), serving ``/healthz`` (200: alive, so no liveness restart) and
  ``/readyz`` (503 with ``"waiting_for": "broker"``) on the web port meanwhile. Faust
  itself gives up at once when it cannot bootstrap; waiting here means no restart loop
  and no crash-loop back-off while a cluster comes up.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import signal
import time
from pathlib import Path
from typing import Any

from aiohttp import web
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from streams.faust_io import EXIT_STORE_FAILURE
from streams.kafka_admin import TopicSpec, client_kwargs, ensure_topics, topic_specs
from streams.settings import Settings

log = logging.getLogger("chipwatch.startup")

# sysexits.h EX_IOERR: the worker's own storage failed (at start; while running it is
# streams.faust_io.EXIT_STORE_FAILURE, the same code).
EXIT_DATA_DIR = EXIT_STORE_FAILURE

BACKOFF_START_SECONDS = 0.5
BACKOFF_MAX_SECONDS = 5.0
LOG_EVERY_SECONDS = 30.0


def data_dir_problem(path: Path) -> str | None:
    """Return why ``path`` cannot hold the worker's tables, or None when it can.

    Creates the directory if needed and writes, fsyncs and removes a probe file: the
    only test that holds for root too (permission bits do not stop root; a read-only
    mount, a full disk or a path under a regular file do).
    """
    probe = path / f".write-probe-{os.getpid()}"
    try:
        path.mkdir(parents=True, exist_ok=True)
        with open(probe, "wb") as handle:
            handle.write(b"chipwatch")
            handle.flush()
            os.fsync(handle.fileno())
        probe.unlink()
    except OSError as err:
        code = errno.errorcode.get(err.errno or 0, str(err.errno))
        return f"{err.strerror or err} ({code}) at {err.filename or path}"
    return None


def _retriable(err: BaseException) -> bool:
    """A broker that is not there (yet), not one that refuses us."""
    if isinstance(err, KafkaError):
        return bool(err.retriable)
    return isinstance(err, (OSError, TimeoutError))


async def _probe(settings: Settings) -> None:
    """Bootstrap once and list topics: the broker answers the real protocol."""
    admin = AIOKafkaAdminClient(**client_kwargs(settings))
    await admin.start()
    try:
        await admin.list_topics()
    finally:
        await admin.close()


async def _waiting_server(settings: Settings, facts: dict[str, Any], since: float) -> web.AppRunner:
    """Serve /healthz (200) and /readyz (503 with ``facts``) until Faust takes the port."""

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def readyz(request: web.Request) -> web.Response:
        waited = round(time.monotonic() - since, 1)
        return web.json_response({**facts, "waiting_seconds": waited}, status=503)

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    runner = web.AppRunner(app, shutdown_timeout=1.0)
    await runner.setup()
    await web.TCPSite(runner, settings.web_host, settings.web_port, reuse_address=True).start()
    return runner


async def wait_for_broker(settings: Settings, more_topics: list[TopicSpec] | None = None) -> bool:
    """Wait until the broker answers and the topics exist; False if stopped meanwhile.

    The topics: chipwatch's (``schemas.topics``) and ``more_topics`` (the worker passes
    Faust's own, ``kafka_admin.faust_topic_specs``), created when missing if
    ``create_topics`` is on, and waited for until the broker's metadata shows each with
    its leaders.

    Retries connection failures with a back-off up to ``BACKOFF_MAX_SECONDS``, for as
    long as it takes; an error the broker answers with (authorisation, a bad request)
    is raised. SIGTERM or SIGINT while waiting ends the wait (False).
    """
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    since = time.monotonic()
    facts: dict[str, Any] = {
        "ready": False,
        "started": False,
        "rebalancing": False,
        "tables_recovered": False,
        "assigned_partitions": 0,
        "waiting_for": "broker",
        "broker": settings.broker,
        "last_error": "",
    }
    runner: web.AppRunner | None = None
    backoff = BACKOFF_START_SECONDS
    last_log = -LOG_EVERY_SECONDS
    try:
        while True:
            try:
                if settings.create_topics:
                    created = await ensure_topics(
                        settings, topic_specs(settings) + list(more_topics or [])
                    )
                    log.info("topics ready", extra={"topics_created": created})
                else:
                    await _probe(settings)
                if runner is not None:
                    log.info(
                        "broker answers",
                        extra={"waited_seconds": round(time.monotonic() - since, 1)},
                    )
                return True
            except Exception as err:
                if not _retriable(err):
                    raise
                named = type(err).__name__ in str(err)
                facts["last_error"] = (str(err) if named else f"{type(err).__name__}: {err}")[:300]
            if runner is None:
                runner = await _waiting_server(settings, facts, since)
            now = time.monotonic()
            if now - last_log >= LOG_EVERY_SECONDS:
                last_log = now
                log.warning(
                    "waiting for the broker",
                    extra={
                        "broker": settings.broker,
                        "waited_seconds": round(now - since, 1),
                        "error": facts["last_error"],
                    },
                )
            try:
                await asyncio.wait_for(stop.wait(), backoff)
                log.info("stopped while waiting for the broker")
                return False
            except TimeoutError:
                pass
            backoff = min(backoff * 2, BACKOFF_MAX_SECONDS)
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
        if runner is not None:
            await runner.cleanup()
