"""Pure webhook logic: filter matching, retry schedule, ids, outcomes, URL rules, breaker.

No I/O, no clock, no randomness of its own: the shell passes ``now`` and random draws
in, so every decision here is a plain function of its arguments and unit-testable.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import urlsplit

from schemas.alert import Alert
from schemas.webhook import AttemptOutcome, SubscriptionFilters
from streams.core.tag_result import is_line_member

SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
#: Cloud metadata and credential endpoints: never a webhook target, whatever the settings
#: allow (a private range that contains one is allowed without it).
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, Oracle, DigitalOcean, OpenStack
        "169.254.170.2",  # AWS ECS task credentials
        "169.254.170.23",  # AWS EKS Pod Identity
        "169.254.0.23",  # Tencent Cloud
        "169.254.42.42",  # Scaleway
        "100.100.100.200",  # Alibaba Cloud
        "168.63.129.16",  # Azure WireServer (a public address)
        "fd00:ec2::254",  # AWS, IPv6
        "fd00:ec2::23",  # AWS EKS Pod Identity, IPv6
    )
)
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True, slots=True)
class TargetPolicy:
    """Which non-public addresses webhook targets may have (settings decide).

    ``allowed``: networks whose addresses are allowed although not public (loopback,
    private, link-local, CGNAT, reserved), e.g. ``127.0.0.0/8`` for a receiver beside
    the worker or ``10.1.0.0/16`` for one internal range. ``allow_all_private``: every
    such address (the deprecated all-or-nothing switch). Metadata addresses are refused
    in every case.
    """

    allowed: tuple[IPNetwork, ...] = ()
    allow_all_private: bool = False


def parse_networks(text: str) -> tuple[IPNetwork, ...]:
    """Parse ``"127.0.0.0/8,10.1.0.0/16"`` (an address alone is its own /32 or /128)."""
    networks = []
    for part in text.split(","):
        if part.strip():
            try:
                networks.append(ipaddress.ip_network(part.strip(), strict=False))
            except ValueError as err:
                raise ValueError(f"not a network (CIDR): {part.strip()!r}: {err}") from None
    return tuple(networks)


# --- filters ----------------------------------------------------------------------------


def _any_of(wanted: list[str], have: list[str]) -> bool:
    if not wanted:
        return True
    folded = {h.casefold() for h in have}
    return any(w.casefold() in folded for w in wanted)


def matches(alert: Alert, filters: SubscriptionFilters) -> bool:
    """Return whether ``alert`` passes every filter (an empty filter passes everything).

    Firms match the alert's firms or the event's targets; chips its chips or products.
    """
    event = alert.event
    if filters.statuses and alert.status not in filters.statuses:
        return False
    if filters.actions and event.action not in filters.actions:
        return False
    if filters.direction is not None and event.direction != filters.direction:
        return False
    if filters.min_severity is not None and (
        SEVERITY_RANK[alert.severity] < SEVERITY_RANK[filters.min_severity]
    ):
        return False
    if not _any_of(filters.jurisdictions, [event.jurisdiction]):
        return False
    if not _any_of(filters.firms, [*alert.firms, *event.targets]):
        return False
    return _any_chip(filters.chips, [*alert.chips, *event.products])


def _any_chip(wanted: list[str], have: list[str]) -> bool:
    """``_any_of`` where a wanted line also matches its numbered members.

    "Ascend" wants news of the 910B too: the tagger reports the members and not the line
    beside them (``tag_result.without_lines_beside_members``), and a story may name only
    the member.
    """
    if _any_of(wanted, have):
        return True
    folded = [h.casefold() for h in have]
    return any(is_line_member(h, w.casefold()) for w in wanted for h in folded)


# --- ids and secrets ----------------------------------------------------------------------


def webhook_id(subscription_id: str, alert_id: str) -> str:
    """Return the Standard Webhooks ``webhook-id`` of one alert for one subscription.

    Derived, not random: a retry, a restart or a replay yields the same id, so
    receivers deduplicate on it. Per subscription, so two subscribers' ids differ.
    """
    digest = hashlib.sha256(f"{subscription_id}\x00{alert_id}".encode()).hexdigest()
    return f"msg_{digest[:32]}"


def new_secret(random_bytes: bytes) -> str:
    """Return a Standard Webhooks secret (``whsec_`` + base64) from caller-drawn bytes."""
    return "whsec_" + base64.b64encode(random_bytes).decode("ascii")


def secret_error(secret: str) -> str | None:
    """Return why ``secret`` is not a usable ``whsec_`` secret, or ``None`` if it is."""
    body = secret.removeprefix("whsec_")
    try:
        key = base64.b64decode(body, validate=True)
    except ValueError:
        return "the secret must be `whsec_` followed by base64"
    if not 24 <= len(key) <= 64:
        return "the secret key must be 24 to 64 bytes"
    return None


# --- retry schedule ------------------------------------------------------------------------


def parse_schedule(text: str) -> tuple[float, ...]:
    """Parse ``"5s,5m,30m,2h"`` into delays in seconds (a bare number is seconds)."""
    delays = []
    for part in text.split(","):
        if not part.strip():
            continue
        found = _DURATION.match(part)
        if found is None:
            raise ValueError(f"not a duration: {part!r} (use e.g. 5s, 5m, 2h)")
        delays.append(float(found.group(1)) * _UNITS[found.group(2) or "s"])
    if not delays:
        raise ValueError("the retry schedule is empty")
    return tuple(delays)


def retry_delay(
    schedule: tuple[float, ...],
    failed_attempts: int,
    draw: float,
    jitter: float,
    retry_after: float | None = None,
) -> float | None:
    """Return seconds to wait before the next attempt, or ``None`` when retries are over.

    ``failed_attempts`` counts attempts made so far (1 after the first failure), so
    ``schedule[0]`` is the wait before the first retry. ``draw`` is a uniform random
    number in [0, 1) from the caller; the delay is spread over ±``jitter`` of itself so
    that many deliveries failing together do not retry together. A receiver's
    Retry-After is honoured when it asks for longer than the schedule would wait.
    """
    index = failed_attempts - 1
    if index < 0 or index >= len(schedule):
        return None
    base = schedule[index]
    delay = base * (1.0 + jitter * (2.0 * draw - 1.0))
    if retry_after is not None:
        delay = max(delay, retry_after)
    return max(0.0, delay)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Return a Retry-After header (seconds or HTTP date) as seconds from ``now``."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


# --- outcomes ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Verdict:
    """What an attempt's result means for the delivery."""

    outcome: AttemptOutcome
    retry: bool
    disable: bool = False


def classify(
    status: int | None, error: Literal["timeout", "connection", "refused"] | None
) -> Verdict:
    """Classify an attempt: an HTTP status, or a transport error when there is none.

    Retried: timeouts, connection errors, 408, 429 and 5xx. Not retried: other 3xx/4xx
    (the request itself is wrong for this endpoint). 410 Gone disables the subscription.
    A target refused by the address rules is not retried (a DNS change may be an attack).
    """
    if error == "timeout":
        return Verdict("timeout", retry=True)
    if error == "connection":
        return Verdict("connection_error", retry=True)
    if error == "refused" or status is None:
        return Verdict("refused_target", retry=False)
    if 200 <= status < 300:
        return Verdict("delivered", retry=False)
    if status == 410:
        return Verdict("http_410", retry=False, disable=True)
    if status == 429:
        return Verdict("http_429", retry=True)
    if status >= 500 or status == 408:
        return Verdict("http_5xx" if status >= 500 else "http_4xx", retry=True)
    if 300 <= status < 400:
        return Verdict("http_3xx", retry=False)
    return Verdict("http_4xx", retry=False)


# --- target URLs -----------------------------------------------------------------------------


def url_error(url: str, allow_http: bool) -> str | None:
    """Return why ``url`` is not an acceptable endpoint (scheme, host, credentials)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as err:
        return f"invalid URL: {err}"
    if parts.scheme not in ("https", "http"):
        return "the URL must be https"
    if parts.scheme == "http" and not allow_http:
        return "the URL must be https (http is not allowed by settings)"
    if not parts.hostname:
        return "the URL has no host"
    if parts.username or parts.password:
        return "credentials in the URL are not allowed: use the signature"
    return None


def _embedded(ip: IPAddress) -> list[IPAddress]:
    """``ip`` and the IPv4 address it carries, if any (NAT64, 6to4).

    An IPv4-mapped address is the IPv4 address itself.
    """
    found: list[IPAddress] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            found = [ip.ipv4_mapped]
        elif ip in _NAT64:
            found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        elif ip.sixtofour is not None:
            found.append(ip.sixtofour)
    return found


def _not_public(ip: IPAddress) -> str | None:
    if ip.is_loopback:
        return f"{ip} is a loopback address"
    if ip.is_link_local:
        return f"{ip} is a link-local address (cloud metadata lives there)"
    if ip.is_private or ip.is_reserved or ip.is_multicast or ip.is_unspecified:
        return f"{ip} is a private or reserved address"
    if isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT:
        return f"{ip} is a carrier-grade NAT address"
    return None


def address_error(address: str, policy: TargetPolicy | None = None) -> str | None:
    """Return why an endpoint may not be at ``address``, or None when it may.

    Public addresses are allowed; loopback, private, link-local, carrier-grade NAT and
    reserved ones only when ``policy`` allows them (a listed network, or all); cloud
    metadata addresses never. An IPv6 address that carries an IPv4 one (mapped,
    NAT64, 6to4) is judged by both.
    """
    policy = policy or TargetPolicy()
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"not an IP address: {address}"
    candidates = _embedded(ip)
    for candidate in candidates:
        if candidate in METADATA_ADDRESSES:
            return f"{candidate} is a cloud metadata address (never allowed)"
    for candidate in candidates:
        reason = _not_public(candidate)
        if reason is None or policy.allow_all_private:
            continue
        if any(candidate in net for net in policy.allowed if net.version == candidate.version):
            continue
        return f"{reason}, not in an allowed private network"
    return None


# --- circuit breaker ------------------------------------------------------------------------

CircuitState = Literal["closed", "open", "half_open"]
CIRCUIT_GAUGE = {"closed": 0, "half_open": 1, "open": 2}


@dataclass(frozen=True, slots=True)
class Breaker:
    """Per-subscriber circuit breaker state (immutable: every step returns a new one).

    Closed: deliveries flow. After ``threshold`` consecutive failures it opens: nothing
    is sent for a cool-down that doubles with each reopening (up to a cap). Then it is
    half-open: one probe goes; success closes it, failure reopens it.
    """

    state: CircuitState = "closed"
    failures: int = 0
    trips: int = 0
    opened_at: float = 0.0
    probing: bool = False


def breaker_cooldown(b: Breaker, base: float, cap: float) -> float:
    """Return the current cool-down of an open breaker."""
    return float(min(cap, base * 2 ** max(0, b.trips - 1)))


def breaker_allows(b: Breaker, now: float, base: float, cap: float) -> tuple[Breaker, bool]:
    """Return the breaker after asking to send one attempt at ``now``, and the answer."""
    if b.state == "closed":
        return b, True
    if b.state == "open":
        if now - b.opened_at < breaker_cooldown(b, base, cap):
            return b, False
        return replace(b, state="half_open", probing=True), True
    if b.probing:  # half-open with its probe still out
        return b, False
    return replace(b, probing=True), True


def breaker_record(b: Breaker, success: bool, now: float, threshold: int) -> Breaker:
    """Return the breaker after an attempt's result."""
    if success:
        return Breaker()
    if b.state == "half_open":
        return Breaker(state="open", failures=b.failures + 1, trips=b.trips + 1, opened_at=now)
    failures = b.failures + 1
    if b.state == "closed" and failures >= threshold:
        return Breaker(state="open", failures=failures, trips=b.trips + 1, opened_at=now)
    return replace(b, failures=failures)
