"""``register_policies``: the policy view (a read model of the alerts) and ``GET /policies``.

How it flows:

* agent ``policy-route`` reads ``alerts.policy`` (keyed by event key, several
  partitions) and sends each alert once per product it names to
  ``chipwatch.policies.by-key``, keyed by ``jurisdiction|flow|product``;
* agent ``policy-view`` folds it (``streams.core.policies.fold``) into table
  ``policy-state``, keyed the same way: one writer per key, recovered before use;
* the same agent writes the new view to the global table ``policy-views``, which
  every worker reads in full from its compacted changelog;
* ``GET /policies`` and ``GET /policies/{key}`` answer from the global table, so any
  worker answers for every key without a hop to the key's owner (a read may trail the
  owner's last write by the changelog's delay, well under a second on a healthy broker).

Why a global view rather than routing each request to the key's owner (Faust's
``table_route``): the list (``GET /policies`` with filters) needs every key, which
routing cannot give without asking every worker; the views are few (policies, not
articles) and small. docs/policies.md has the calls.
"""

from __future__ import annotations

import logging
from typing import Any

import faust

from schemas.alert import Alert
from schemas.policies import PolicyAlert, PolicyView
from schemas.topics import table
from streams.codecs import decode_model, encode_model
from streams.core.policies import fold, key_error, parse_filter, view_keys
from streams.faust_io import DeadLetters, Tally, guarded_agent, raw_schema
from streams.metrics import Metrics
from streams.pipeline import Topics
from streams.settings import Settings
from streams.topics import partitions
from streams.web import bearer_refusal

log = logging.getLogger("chipwatch.policies")

STATE = table("policy-state")
VIEWS = table("policy-views")


class PolicyViews:
    """The policy-view agent's parts: the state it folds into, the view every worker reads."""

    def __init__(self, state: Any, views: Any, metrics: Metrics, by_key: Any) -> None:
        self.state = state  # Table[bytes, bytes]: key -> PolicyView JSON (one writer per key)
        self.views = views  # GlobalTable[bytes, bytes]: the same, replicated to every worker
        self.metrics = metrics
        self.by_key = by_key  # the topic chipwatch.policies.by-key

    def get(self, key: str) -> PolicyView | None:
        """Return one policy's view from the global table, or None."""
        raw = self.views.get(key.encode())
        return decode_model(PolicyView, raw) if raw else None

    def all(self) -> list[PolicyView]:
        """Return every view, sorted by key."""
        views = [decode_model(PolicyView, raw) for raw in list(self.views.values()) if raw]
        return sorted(views, key=lambda v: v.key)


async def route(parts: PolicyViews, event: Any, tally: Tally) -> None:
    """Agent ``policy-route``: send an alert to the view entry of each product it names."""
    alert = decode_model(Alert, event.message.value)
    for key in view_keys(alert):
        message = PolicyAlert(key=key, alert=alert)
        await parts.by_key.send(key=key.encode(), value=encode_model(message))


async def update(parts: PolicyViews, event: Any, tally: Tally) -> None:
    """Agent ``policy-view``: fold an alert into its policy's view; publish the view."""
    item = decode_model(PolicyAlert, event.message.value)
    key = item.key.encode()
    raw = parts.state.get(key)
    current = decode_model(PolicyView, raw) if raw else None
    view = fold(current, item.key, item.alert)
    if view is current:  # an alert seen before: nothing changes, nothing is written
        return
    value = encode_model(view)
    parts.state[key] = value
    parts.views[key] = value
    if current is None or current.direction != view.direction:
        log.info(
            "policy direction",
            extra={"policy": item.key, "direction": view.direction, "since": str(view.since)},
        )


def register_policies(
    app: Any, settings: Settings, metrics: Metrics, topics: Topics, dead_letters: DeadLetters
) -> PolicyViews:
    """Add the policy view's tables, agents and web views to ``app``."""
    raw = raw_schema()
    # Keyed like chipwatch.policies.by-key, same partition count: one writer per key.
    state = app.Table(
        STATE.name,
        key_type=bytes,
        value_type=bytes,
        schema=raw,
        partitions=partitions(settings, STATE),
    )
    # One partition, as for the subscriptions; the partitioner places each write, as the
    # agent that writes it reads another topic (by-key) than this table's changelog.
    views = app.GlobalTable(
        VIEWS.name,
        key_type=bytes,
        value_type=bytes,
        schema=raw,
        partitions=partitions(settings, VIEWS),
        use_partitioner=True,
        recovery_buffer_size=1,
    )
    parts = PolicyViews(state, views, metrics, topics.policy_by_key)
    guarded_agent(app, dead_letters, topics.alerts, "policy-route", route, parts)
    guarded_agent(app, dead_letters, topics.policy_by_key, "policy-view", update, parts)
    register_views(app, settings, parts)
    return parts


def register_views(app: Any, settings: Settings, parts: PolicyViews) -> None:
    """Add ``GET /policies`` and ``GET /policies/{key}`` (bearer token; off without one)."""
    s = settings
    token = s.webhook_api_token.get_secret_value().encode() if s.webhook_api_token else None

    def out(view: PolicyView) -> dict[str, Any]:
        return view.model_dump(mode="json")

    @app.page("/policies")
    class Collection(faust.web.View):
        """Every policy's view, filtered."""

        async def get(self, request: Any) -> Any:
            """List the views that match ``jurisdiction``, ``product``, ``flow``, ``direction``."""
            if (denied := bearer_refusal(self, request, token, "policies")) is not None:
                return denied
            params = {k: request.query.getone(k) for k in request.query}
            if len(params) != len(request.query):
                return self.json({"error": "each filter may be given once"}, status=400)
            wanted, problem = parse_filter(params)
            if wanted is None:
                return self.json({"error": problem}, status=400)
            found = [out(v) for v in parts.all() if wanted.matches(v)]
            return self.json({"count": len(found), "policies": found})

    @app.page("/policies/{key}")
    class Item(faust.web.View):
        """One policy's view."""

        async def get(self, request: Any, key: str) -> Any:
            """Return the view of ``jurisdiction|flow|product`` (``|`` may be %7C)."""
            if (denied := bearer_refusal(self, request, token, "policies")) is not None:
                return denied
            if problem := key_error(key):
                return self.json({"error": problem}, status=400)
            view = parts.get(key)
            if view is None:
                return self.json({"error": "no such policy", "key": key}, status=404)
            return self.json(out(view))
