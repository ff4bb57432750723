"""Web views on the worker's port: ``/metrics``, ``/healthz``, ``/readyz``; the token check.

The APIs on the same port (``/subscriptions``, ``/policies``) share ``bearer_refusal``.
"""

from __future__ import annotations

import hmac
from typing import Any

from prometheus_client import CollectorRegistry

from streams.pipeline import AnalyzerHolder
from streams.sensors import setup_sensors


def readiness(app: Any, analyzer: AnalyzerHolder | None = None) -> tuple[bool, dict[str, Any]]:
    """Return whether the worker should get traffic, and the facts behind it.

    Ready = started, not in a rebalance, table recovery completed (before that the
    worker would answer from tables that are still being restored from changelogs) and
    the analyzer built (the worker builds it while it starts: ``AnalyzerHolder``).
    A worker holding no partitions (more replicas than partitions) is ready but idle.
    """
    started = bool(getattr(app, "started", False))
    rebalancing = bool(getattr(app, "rebalancing", False))
    recovered = False
    assigned = 0
    if started:
        recovered = app.tables.recovery.completed.is_set()
        assigned = len(app.consumer.assignment())
    built = analyzer is None or analyzer.built
    ready = started and not rebalancing and recovered and built
    return ready, {
        "ready": ready,
        "started": started,
        "rebalancing": rebalancing,
        "tables_recovered": recovered,
        "analyzer_built": built,
        "assigned_partitions": assigned,
    }


def bearer_refusal(view: Any, request: Any, token: bytes | None, api: str) -> Any:
    """Return the answer that refuses ``request``, or None when its bearer token is right.

    No token configured: the API is off (404), not open. A wrong or missing token: 401
    with ``WWW-Authenticate: Bearer``. The comparison takes the same time whatever the
    token sent.
    """
    if token is None:
        return view.json({"error": f"the {api} API is off: no token is configured"}, status=404)
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.encode(), token):
        return view.json(
            {"error": "missing or wrong bearer token"},
            status=401,
            headers={"www-authenticate": "Bearer"},
        )
    return None


def register_views(app: Any, registry: CollectorRegistry, analyzer: AnalyzerHolder) -> None:
    """Add the health views and Faust's Prometheus sensors over ``registry``."""
    # Faust's sensors report into our registry, so /metrics serves both in one scrape;
    # their per-event counting is written to it at each scrape (streams/sensors.py).
    setup_sensors(app, registry, pattern="/metrics")

    @app.page("/healthz")  # type: ignore[untyped-decorator]
    async def healthz(self: Any, request: Any) -> Any:
        """Liveness: the process and its event loop answer."""
        return self.json({"status": "ok"})

    @app.page("/readyz")  # type: ignore[untyped-decorator]
    async def readyz(self: Any, request: Any) -> Any:
        """Readiness: partitions assigned and tables recovered."""
        ready, facts = readiness(app, analyzer)
        return self.json(facts, status=200 if ready else 503)
