"""Webhook subscriptions: the store (a global table plus static ones) and their checks.

Subscriptions live in a Faust global table over a compacted changelog: every worker
reads all of them. Static ones come from a YAML file and are read-only.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from schemas.webhook import Subscription, SubscriptionIn
from streams.codecs import decode_model, encode_model
from streams.core.subscriptions import address_error, secret_error, url_error

log = logging.getLogger("chipwatch.webhooks")


@dataclass
class SubscriptionStore:
    """Every subscription: static ones (from a file) first, then the stored ones."""

    table: Any  # GlobalTable[bytes, bytes]: id -> Subscription JSON
    static: dict[str, Subscription]
    static_disabled: dict[str, str] = field(default_factory=dict)

    def get(self, sub_id: str) -> Subscription | None:
        """Return a subscription (static ones first), or None."""
        if sub_id in self.static:
            sub = self.static[sub_id]
            reason = self.static_disabled.get(sub_id)
            return (
                sub.model_copy(update={"enabled": False, "disabled_reason": reason})
                if (reason)
                else sub
            )
        raw = self.table.get(sub_id.encode())
        return decode_model(Subscription, raw) if raw else None

    def all(self) -> list[Subscription]:
        """Return every subscription, static and stored, sorted by id."""
        subs = {s: self.get(s) for s in self.static}
        for key in list(self.table.keys()):
            sub_id = key.decode()
            if sub_id not in subs:
                subs[sub_id] = self.get(sub_id)
        return sorted((s for s in subs.values() if s is not None), key=lambda s: s.id)

    def put(self, sub: Subscription) -> None:
        """Store a (non-static) subscription: the table's changelog is the compacted topic."""
        self.table[sub.id.encode()] = encode_model(sub)

    def delete(self, sub_id: str) -> None:
        """Delete a stored subscription (its pending deliveries then go to the DLQ)."""
        del self.table[sub_id.encode()]

    def disable(self, sub_id: str, reason: str) -> None:
        """Disable a subscription and say why (the API shows it)."""
        log.warning("subscription disabled", extra={"subscription": sub_id, "reason": reason})
        if sub_id in self.static:
            self.static_disabled[sub_id] = reason
            return
        sub = self.get(sub_id)
        if sub is not None and sub.enabled:
            self.put(
                sub.model_copy(
                    update={
                        "enabled": False,
                        "disabled_reason": reason,
                        "updated_at": datetime.now(UTC),
                    }
                )
            )


def load_static(path: Path | None, allow_http: bool) -> dict[str, Subscription]:
    """Read static subscriptions from YAML (``subscriptions: [...]``); raise if invalid.

    A secret may be given inline (``secret``) or, better for files in git, as the name of
    an environment variable (``secret_env``).
    """
    if path is None:
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    now = datetime.now(UTC)
    subs: dict[str, Subscription] = {}
    for item in data.get("subscriptions", []):
        item = dict(item)
        env = item.pop("secret_env", None)
        if env:
            item["secret"] = os.environ[env]
        spec = SubscriptionIn.model_validate(item)
        problem = spec_error(spec.id, spec.url, spec.secret, allow_http)
        if problem or spec.id is None or spec.secret is None:
            raise ValueError(f"{path}: static subscription {spec.id!r}: {problem}")
        subs[spec.id] = Subscription(
            id=spec.id,
            url=spec.url,
            secret=spec.secret,
            filters=spec.filters,
            enabled=spec.enabled,
            description=spec.description,
            static=True,
            created_at=now,
            updated_at=now,
        )
    return subs


def spec_error(sub_id: str | None, url: str | None, secret: str | None, allow_http: bool) -> str:
    """Return what is wrong with a subscription's id, URL or secret ("" when nothing)."""
    if sub_id is None:
        return "an id is required"
    if url is not None and (problem := url_error(url, allow_http)):
        return problem
    if secret is None:
        return "a secret is required (`whsec_` + base64 of 24-64 random bytes)"
    return secret_error(secret) or ""


async def resolution_error(url: str) -> str | None:
    """Refuse a URL whose host resolves to a forbidden address (checked at creation)."""
    host = urlsplit(url).hostname or ""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None)
    except OSError as err:
        return f"{host} does not resolve: {err}"
    for info in infos:
        reason = address_error(str(info[4][0]))
        if reason:
            return f"{host}: {reason}"
    return None
