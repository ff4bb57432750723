"""Issue 13.7 on the paths that use the address rules: creation, DNS resolution, delivery.

No network beyond this host: names resolve through the system resolver (``localhost``),
addresses are literals, and a refused target is refused before any connection.
"""

from __future__ import annotations

import base64
import socket
from datetime import UTC, datetime

import pytest

from schemas.alert import Alert, AlertArticle
from schemas.article import PolicyEvent
from schemas.webhook import DeliveryRecord, Subscription, SubscriptionFilters
from streams.core.subscriptions import TargetPolicy, parse_networks
from streams.settings import Settings
from streams.webhooks.delivery import GuardedResolver, TargetRefused, attempt, client_session
from streams.webhooks.store import resolution_error

SECRET = "whsec_" + base64.b64encode(b"k" * 32).decode()
NOW = datetime(2026, 11, 25, tzinfo=UTC)
LOOPBACK = TargetPolicy(allowed=parse_networks("127.0.0.0/8,::1"))


def record(url: str) -> tuple[Subscription, DeliveryRecord]:
    sub = Subscription(
        id="s",
        url=url,
        secret=SECRET,
        filters=SubscriptionFilters(),
        enabled=True,
        description="",
        created_at=NOW,
        updated_at=NOW,
    )
    event = PolicyEvent(
        jurisdiction="CN",
        action="approve",
        flow="import",
        direction="easing",
        primary=True,
        evidence="e",
        confidence=0.9,
    )
    alert = Alert(
        alert_id="a",
        event_key="k",
        status="new",
        revision=1,
        severity="low",
        title="t",
        summary="s",
        event=event,
        article=AlertArticle(id="x", title="t"),
        created_at=NOW,
        first_seen_at=NOW,
    )
    return sub, DeliveryRecord(webhook_id="msg_1", subscription_id="s", alert=alert, next_at=NOW)


@pytest.mark.asyncio
async def test_the_resolver_allows_only_the_listed_networks() -> None:
    allowed = GuardedResolver(LOOPBACK)
    refused = GuardedResolver(TargetPolicy(allowed=parse_networks("10.0.0.0/8")))
    try:
        found = await allowed.resolve("localhost", 80, socket.AF_INET)
        assert found and found[0]["host"] == "127.0.0.1"
        with pytest.raises(TargetRefused, match="loopback"):
            await refused.resolve("localhost", 80, socket.AF_INET)
    finally:
        await allowed.close()
        await refused.close()


@pytest.mark.asyncio
async def test_the_resolver_refuses_metadata_even_when_everything_private_is_allowed() -> None:
    resolver = GuardedResolver(TargetPolicy(allow_all_private=True))
    try:
        with pytest.raises(TargetRefused, match="metadata"):
            await resolver.resolve("169.254.169.254", 80, socket.AF_INET)
    finally:
        await resolver.close()


@pytest.mark.asyncio
async def test_creation_checks_the_resolved_address_against_the_policy() -> None:
    assert await resolution_error("http://localhost:8080/x", LOOPBACK) is None
    refused = await resolution_error("http://localhost:8080/x", TargetPolicy())
    assert refused is not None and "loopback" in refused
    metadata = await resolution_error(
        "http://169.254.169.254/latest", TargetPolicy(allow_all_private=True)
    )
    assert metadata is not None and "metadata" in metadata


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "settings",
    [
        {"webhook_allow_private_targets": True},  # the deprecated switch
        {"webhook_allowed_private_networks": "169.254.0.0/16"},  # the whole link-local range
    ],
)
async def test_a_delivery_to_a_metadata_address_is_refused_without_connecting(
    settings: dict[str, object],
) -> None:
    # Issue 13.7: with private targets allowed, 169.254.169.254 was a valid target.
    s = Settings(webhook_allow_http=True, webhook_timeout_seconds=2, **settings)  # type: ignore[arg-type]
    sub, rec = record("http://169.254.169.254/latest/meta-data/")
    async with client_session(s) as session:
        done = await attempt(session, s, sub, rec)
    assert done.verdict.outcome == "refused_target" and not done.verdict.retry
    assert "metadata" in done.attempt.detail
    assert done.seconds < 0.5, "refused before any connection"


def test_settings_refuse_a_network_that_is_not_one() -> None:
    with pytest.raises(ValueError, match="webhook_allowed_private_networks"):
        Settings(webhook_allowed_private_networks="127.0.0.0/8,localhost")
    policy = Settings(webhook_allowed_private_networks="10.1.0.0/16").webhook_target_policy()
    assert [str(n) for n in policy.allowed] == ["10.1.0.0/16"] and not policy.allow_all_private
