"""Webhook subscriptions: the store (a global table plus static ones) and their checks.

Subscriptions live in a Faust global table over a compacted changelog: every worker
reads all of them. Static ones come from a YAML file and are read-only.

**Writes go through the changelog, not ``table[key] = value``.** Faust's RocksDB store
picks the partition of a write from the current event (``stores/rocksdb.py``: ``assert
event is not None``), and the API's views and the lanes write outside any event: with
the default store every ``POST``/``PATCH`` answered 500 after the changelog record had
gone out (so a retry got 409), and a 410 auto-disable logged the same traceback (issue
13.1). ``use_partitioner`` only covers the changelog half of ``__setitem__``, never the
store half. So a write sends the changelog record itself (``Table.send_changelog``,
as ``streams/state.py:sweep_expired`` does for tombstones), and the global table, which
every worker keeps reading, applies it to the store like any other worker's write: the
same path on both stores, and the one Faust's recovery takes. The API then waits until
this worker has read its write back (``save``), so its answer is the stored value.
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
from streams.core.subscriptions import TargetPolicy, address_error, secret_error, url_error

log = logging.getLogger("chipwatch.webhooks")

READ_BACK_SECONDS = 15.0  # an API write waits this long for the table to hold it
READ_BACK_POLL_SECONDS = 0.02


@dataclass
class SubscriptionStore:
    """Every subscription: static ones (from a file) first, then the stored ones."""

    table: Any  # GlobalTable[bytes, bytes]: id -> Subscription JSON
    static: dict[str, Subscription]
    static_disabled: dict[str, str] = field(default_factory=dict)
    read_back_seconds: float = READ_BACK_SECONDS  # how long an API write waits for its table

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

    def put(self, sub: Subscription) -> Any:
        """Write a (non-static) subscription to the changelog; return the send's future.

        The global table applies it when it reads the record back (within moments, on
        every worker, this one included); ``save`` waits for that.
        """
        return self._send(sub.id, encode_model(sub))

    def delete(self, sub_id: str) -> Any:
        """Delete a stored subscription (its pending deliveries then go to the DLQ)."""
        return self._send(sub_id, None)

    def _send(self, sub_id: str, value: bytes | None) -> Any:
        # One partition (a global table): the producer's partitioner picks it.
        return self.table.send_changelog(
            None, sub_id.encode(), value, key_serializer="raw", value_serializer="raw"
        )

    async def save(self, sub: Subscription) -> Subscription:
        """Write ``sub`` and wait until this worker's table holds it; return what it holds.

        Raises ``TimeoutError`` when the record was written but not read back in time.
        """
        await self.put(sub)  # the broker has it: every worker will apply it
        await self._read_back(sub.id, encode_model(sub))
        stored = self.get(sub.id)
        if stored is None:  # deleted by another worker right after: as good as a timeout
            raise TimeoutError(f"subscription {sub.id} was deleted as it was written")
        return stored

    async def remove(self, sub_id: str) -> None:
        """Delete ``sub_id`` and wait until this worker's table no longer holds it."""
        await self.delete(sub_id)
        await self._read_back(sub_id, None)

    async def _read_back(self, sub_id: str, value: bytes | None) -> None:
        try:
            async with asyncio.timeout(self.read_back_seconds):
                # Polled: Faust signals no applied write (a table's on_changelog_event
                # runs before the store write), and an API call waits for one at most.
                while self.table.get(sub_id.encode()) != value:  # noqa: ASYNC110
                    await asyncio.sleep(READ_BACK_POLL_SECONDS)
        except TimeoutError:
            raise TimeoutError(
                f"subscription {sub_id} written, not read back in {self.read_back_seconds} s"
            ) from None

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


async def resolution_error(url: str, policy: TargetPolicy) -> str | None:
    """Refuse a URL whose host resolves to a forbidden address (checked at creation)."""
    host = urlsplit(url).hostname or ""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None)
    except OSError as err:
        return f"{host} does not resolve: {err}"
    for info in infos:
        reason = address_error(str(info[4][0]), policy)
        if reason:
            return f"{host}: {reason}"
    return None
