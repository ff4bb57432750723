"""One webhook attempt over HTTP: a signed CloudEvent POST, and what came of it.

Signed per the Standard Webhooks specification (``standardwebhooks``); the body is the
alert as a structured-mode CloudEvent. Hosts on loopback, private or link-local
addresses are refused inside the HTTP client's own DNS resolution unless the settings
allow their network; metadata addresses always. Writing what follows an attempt
(retry, tombstone, dead letter) is the lanes' job (``streams.webhooks.lanes``).
"""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver
from standardwebhooks import Webhook

from schemas.webhook import AlertCloudEvent, DeliveryAttempt, DeliveryRecord, Subscription
from streams.codecs import encode_model
from streams.core.subscriptions import (
    TargetPolicy,
    Verdict,
    address_error,
    classify,
    parse_retry_after,
)
from streams.settings import Settings

CONTENT_TYPE = "application/cloudevents+json"
USER_AGENT = "chipwatch-webhooks/1"


class TargetRefused(OSError):
    """The endpoint resolves to an address the settings do not allow."""


class GuardedResolver(AbstractResolver):
    """Resolve like aiohttp does, then refuse what ``policy`` does not allow.

    Loopback, private and link-local addresses unless allowed, metadata addresses
    always. Checking inside the connection's own resolution (not before it) leaves no
    gap for a DNS answer that changes between a check and the connect (DNS rebinding).
    """

    def __init__(self, policy: TargetPolicy) -> None:
        self._inner = DefaultResolver()
        self.policy = policy

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """Return the addresses of ``host``, or raise ``TargetRefused``."""
        results = await self._inner.resolve(host, port, family)
        for result in results:
            reason = address_error(result["host"], self.policy)
            if reason:
                raise TargetRefused(f"{host}: {reason}")
        return results

    async def close(self) -> None:
        """Release the inner resolver."""
        await self._inner.close()


def client_session(settings: Settings) -> aiohttp.ClientSession:
    """Return a lane's own HTTP session: ``webhook_concurrency`` connections, guarded DNS."""
    connector = aiohttp.TCPConnector(
        limit=settings.webhook_concurrency,
        # Always guarded: metadata addresses are refused whatever the settings allow.
        resolver=GuardedResolver(settings.webhook_target_policy()),
    )
    timeout = aiohttp.ClientTimeout(total=settings.webhook_timeout_seconds)
    return aiohttp.ClientSession(connector=connector, timeout=timeout)


@dataclass(frozen=True, slots=True)
class Attempted:
    """What one attempt found: the attempt's record, the verdict, a ``Retry-After``."""

    attempt: DeliveryAttempt
    verdict: Verdict
    retry_after: float | None
    seconds: float  # how long it took (the record keeps it rounded)


async def attempt(
    session: aiohttp.ClientSession, settings: Settings, sub: Subscription, record: DeliveryRecord
) -> Attempted:
    """POST ``record``'s alert to ``sub`` once and classify the answer (or its absence)."""
    event = AlertCloudEvent(
        id=record.alert.alert_id,
        source=settings.cloudevents_source,
        subject=record.alert.event_key,
        time=record.alert.created_at,
        data=record.alert,
    )
    body = encode_model(event)
    sent_at = datetime.now(UTC)
    signature = Webhook(sub.secret).sign(record.webhook_id, sent_at, body.decode("utf-8"))
    headers = {
        "content-type": CONTENT_TYPE,
        "user-agent": USER_AGENT,
        "webhook-id": record.webhook_id,
        "webhook-timestamp": str(int(sent_at.timestamp())),
        "webhook-signature": signature,
    }
    status, retry_after, detail = None, None, ""
    started = time.perf_counter()
    host = urlsplit(sub.url).hostname or ""
    refusal = _literal_address_error(host, settings.webhook_target_policy())
    if refusal:
        verdict, detail = classify(None, "refused"), refusal
    else:
        try:
            async with session.post(
                sub.url, data=body, headers=headers, allow_redirects=False
            ) as response:
                status = response.status
                retry_after = parse_retry_after(
                    response.headers.get("retry-after"), datetime.now(UTC)
                )
                await response.read()
            verdict = classify(status, None)
        except TimeoutError:
            verdict, detail = classify(None, "timeout"), "no answer in time"
        except aiohttp.ClientError as err:
            refused = _refused(err)
            verdict = classify(None, "refused" if refused else "connection")
            detail = str(refused or err)[:500]
    seconds = time.perf_counter() - started
    done = DeliveryAttempt(
        attempt=len(record.attempts) + 1,
        at=sent_at,
        outcome=verdict.outcome,
        status=status,
        seconds=round(seconds, 4),
        detail=detail,
    )
    return Attempted(attempt=done, verdict=verdict, retry_after=retry_after, seconds=seconds)


def _literal_address_error(host: str, policy: TargetPolicy) -> str | None:
    """Check a host that is an IP literal (aiohttp does not resolve those)."""
    reason = address_error(host.strip("[]"), policy)
    return None if reason and reason.startswith("not an IP address") else reason


def _refused(err: BaseException) -> TargetRefused | None:
    seen: BaseException | None = err
    for _ in range(5):  # aiohttp wraps the resolver's error once or twice
        if seen is None:
            return None
        if isinstance(seen, TargetRefused):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None
