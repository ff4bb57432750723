"""The subscriptions API on the worker's web port: list, create, read, change, delete, replay.

Every call needs ``Authorization: Bearer <CHIPWATCH_WEBHOOK_API_TOKEN>``; with no token
configured the API is off (404 on every call), not open. docs/webhooks.md has the calls.
"""

from __future__ import annotations

import asyncio
import logging
import os
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import faust
from pydantic import ValidationError

from schemas.webhook import ReplayRequest, Subscription, SubscriptionIn, SubscriptionUpdate
from streams.settings import Settings
from streams.web import bearer_refusal
from streams.webhooks.fanout import Fanout, replay
from streams.webhooks.store import SubscriptionStore, resolution_error, spec_error

log = logging.getLogger("chipwatch.webhooks")


def register_views(app: Any, settings: Settings, store: SubscriptionStore, fanout: Fanout) -> None:
    """Add the /subscriptions views to ``app``'s web server (off without a token)."""
    s = settings
    token = s.webhook_api_token.get_secret_value().encode() if s.webhook_api_token else None
    policy = s.webhook_target_policy()

    def refusal(view: Any, request: Any) -> Any:
        return bearer_refusal(view, request, token, "subscriptions")

    def lookup(view: Any, request: Any, sub_id: str) -> tuple[Any, Any]:
        """Return (the subscription, None), or (None, the refusal or the 404 to answer)."""
        if (denied := refusal(view, request)) is not None:
            return None, denied
        sub = store.get(sub_id)
        if sub is None:
            return None, view.json({"error": "no such subscription"}, status=404)
        return sub, None

    async def body_of(request: Any) -> Any:
        try:
            return await request.json()
        except ValueError:
            return None

    async def check(url: str | None, secret: str | None, sub_id: str) -> str | None:
        problem = spec_error(sub_id, url, secret, s.webhook_allow_http)
        if problem:
            return problem
        if url is not None:
            return await resolution_error(url, policy)
        return None

    def out(sub: Subscription) -> dict[str, Any]:
        return sub.public().model_dump(mode="json")

    # One change at a time on this worker: a check (exists? static?) and the write that
    # depends on it are not interleaved with another request's (two POSTs of one id:
    # one 201, one 409). Workers do not coordinate (docs/webhooks.md).
    writing = asyncio.Lock()

    def unsaved(view: Any, err: TimeoutError) -> Any:
        log.warning("subscription written, not read back", extra={"detail": str(err)})
        return view.json(
            {"error": f"{err}: the change is in the changelog and will apply; GET it later"},
            status=503,
        )

    @app.page("/subscriptions")
    class Collection(faust.web.View):
        """List and create subscriptions."""

        async def get(self, request: Any) -> Any:
            """List every subscription (without secrets)."""
            if (denied := refusal(self, request)) is not None:
                return denied
            return self.json({"subscriptions": [out(sub) for sub in store.all()]})

        async def post(self, request: Any) -> Any:
            """Create a subscription; 409 if the id exists."""
            if (denied := refusal(self, request)) is not None:
                return denied
            try:
                spec = SubscriptionIn.model_validate(await body_of(request))
            except ValidationError as err:
                return self.json({"error": _errors(err)}, status=422)
            sub_id = spec.id or f"sub_{os.urandom(8).hex()}"
            problem = await check(spec.url, spec.secret, sub_id)
            if problem or spec.secret is None:
                return self.json({"error": problem}, status=422)
            async with writing:
                if store.get(sub_id) is not None:
                    return self.json({"error": f"subscription {sub_id} exists"}, status=409)
                now = datetime.now(UTC)
                sub = Subscription(
                    id=sub_id,
                    url=spec.url,
                    secret=spec.secret,
                    filters=spec.filters,
                    enabled=spec.enabled,
                    description=spec.description,
                    created_at=now,
                    updated_at=now,
                )
                try:
                    sub = await store.save(sub)
                except TimeoutError as err:
                    return unsaved(self, err)
            # The host only: a URL's path or query may carry a token of the subscriber's.
            host = urlsplit(sub.url).hostname
            log.info("subscription created", extra={"subscription": sub_id, "host": host})
            return self.json(out(sub), status=201)

    @app.page("/subscriptions/{sub_id}")
    class Item(faust.web.View):
        """Read, update and delete one subscription."""

        async def get(self, request: Any, sub_id: str) -> Any:
            """Return one subscription (without its secret)."""
            sub, answer = lookup(self, request, sub_id)
            if sub is None:
                return answer
            return self.json(out(sub))

        async def patch(self, request: Any, sub_id: str) -> Any:
            """Change some fields; enabling again clears ``disabled_reason``."""
            sub, answer = lookup(self, request, sub_id)
            if sub is None:
                return answer
            try:
                change = SubscriptionUpdate.model_validate(await body_of(request))
            except ValidationError as err:
                return self.json({"error": _errors(err)}, status=422)
            async with writing:
                sub, answer = lookup(self, request, sub_id)  # as it is now, under the lock
                if sub is None:
                    return answer
                if sub.static:
                    return self.json({"error": "static subscriptions are read-only"}, status=409)
                secret = change.secret if change.secret is not None else sub.secret
                problem = await check(change.url, secret, sub_id)
                if problem:
                    return self.json({"error": problem}, status=422)
                update = change.model_dump(exclude_unset=True)
                if change.enabled:
                    update["disabled_reason"] = None
                update["updated_at"] = datetime.now(UTC)
                new = Subscription.model_validate({**sub.model_dump(), **update})
                try:
                    new = await store.save(new)
                except TimeoutError as err:
                    return unsaved(self, err)
            return self.json(out(new))

        async def delete(self, request: Any, sub_id: str) -> Any:
            """Delete a subscription; its pending deliveries go to the webhook DLQ."""
            async with writing:
                sub, answer = lookup(self, request, sub_id)
                if sub is None:
                    return answer
                if sub.static:
                    return self.json({"error": "static subscriptions are read-only"}, status=409)
                try:
                    await store.remove(sub_id)
                except TimeoutError as err:
                    return unsaved(self, err)
            return self.json({"deleted": sub_id})

    @app.page("/subscriptions/{sub_id}/replay")
    class Replay(faust.web.View):
        """Re-deliver a time range of alerts, with their original webhook-ids."""

        async def post(self, request: Any, sub_id: str) -> Any:
            """Queue the matching alerts of [since, until) again; answer how many."""
            sub, answer = lookup(self, request, sub_id)
            if sub is None:
                return answer
            if not sub.enabled:
                return self.json({"error": "the subscription is disabled"}, status=409)
            try:
                ask = ReplayRequest.model_validate(await body_of(request))
            except ValidationError as err:
                return self.json({"error": _errors(err)}, status=422)
            until = ask.until or datetime.now(UTC)
            try:
                queued = await replay(fanout, sub, ask.since, until)
            except Exception:
                log.exception("replay failed", extra={"subscription": sub_id})
                return self.json({"error": "replay failed: see the worker log"}, status=500)
            return self.json({"queued": queued}, status=202)


def _errors(err: ValidationError) -> list[str]:
    return [
        f"{'.'.join(str(x) for x in e['loc']) or '(body)'}: {e['msg']}" for e in err.errors()[:10]
    ]
