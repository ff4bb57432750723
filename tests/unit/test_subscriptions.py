"""The pure webhook core: filters, retry schedule, ids, outcomes, URL rules, breaker."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest
from standardwebhooks import Webhook

from schemas.alert import Alert, AlertArticle
from schemas.article import PolicyEvent
from schemas.webhook import Subscription, SubscriptionFilters, SubscriptionIn
from streams.core.subscriptions import (
    Breaker,
    TargetPolicy,
    address_error,
    breaker_allows,
    breaker_record,
    classify,
    matches,
    parse_networks,
    parse_retry_after,
    parse_schedule,
    retry_delay,
    secret_error,
    url_error,
    webhook_id,
)
from streams.settings import Settings

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
SECRET = "whsec_" + base64.b64encode(b"k" * 32).decode()


def alert(
    jurisdiction: str = "CN",
    action: str = "approve",
    direction: str = "easing",
    severity: str = "high",
    status: str = "new",
) -> Alert:
    return Alert(
        alert_id="a1",
        event_key="CN|import|H200|easing|2026-11-25",
        status=status,
        revision=1 if status == "new" else 2,
        severity=severity,
        title="t",
        summary="s",
        event=PolicyEvent(
            jurisdiction=jurisdiction,
            action=action,
            flow="import",
            direction=direction,
            products=["H200"],
            targets=["ByteDance"],
            primary=True,
            evidence="e",
            confidence=0.9,
        ),
        article=AlertArticle(id="cw-001", title="t"),
        firms=["Nvidia"],
        chips=[],
        created_at=NOW,
        first_seen_at=NOW,
    )


# --- filters -------------------------------------------------------------------------------


def test_an_empty_filter_matches_everything() -> None:
    assert matches(alert(), SubscriptionFilters())


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (SubscriptionFilters(jurisdictions=["CN"]), True),
        (SubscriptionFilters(jurisdictions=["cn", "NL"]), True),  # case-insensitive, any of
        (SubscriptionFilters(jurisdictions=["NL"]), False),
        (SubscriptionFilters(firms=["nvidia"]), True),  # alert firms
        (SubscriptionFilters(firms=["ByteDance"]), True),  # event targets
        (SubscriptionFilters(firms=["ASML"]), False),
        (SubscriptionFilters(chips=["H200"]), True),  # event products
        (SubscriptionFilters(chips=["H20"]), False),
        (SubscriptionFilters(actions=["approve", "ban"]), True),
        (SubscriptionFilters(actions=["ban"]), False),
        (SubscriptionFilters(direction="easing"), True),
        (SubscriptionFilters(direction="tightening"), False),
        (SubscriptionFilters(min_severity="high"), True),
        (SubscriptionFilters(min_severity="medium"), True),
        (SubscriptionFilters(min_severity="critical"), False),
        (SubscriptionFilters(statuses=["new"]), True),
        (SubscriptionFilters(statuses=["update"]), False),
        # every given filter must hold
        (SubscriptionFilters(jurisdictions=["CN"], chips=["H20"]), False),
    ],
)
def test_filters(filters: SubscriptionFilters, expected: bool) -> None:
    assert matches(alert(), filters) is expected


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (["Ascend"], True),  # a line wants its numbered members' news
        (["ascend"], True),
        (["Ascend 910"], False),  # "910B" is no member of "910"
        (["Ascend 910B"], True),
        (["Ascend 910C"], False),
    ],
)
def test_a_chip_line_filter_matches_its_numbered_members(wanted: list[str], expected: bool) -> None:
    """The tagger reports "Ascend 910B" and not "Ascend" beside it (round 49)."""
    member = alert().model_copy(update={"chips": ["Ascend 910B"]})
    assert matches(member, SubscriptionFilters(chips=wanted)) is expected


# --- ids and secrets -----------------------------------------------------------------------


def test_webhook_id_is_stable_and_per_subscription() -> None:
    first = webhook_id("sub-a", "alert-1")
    assert first == webhook_id("sub-a", "alert-1")
    assert first.startswith("msg_") and len(first) == 36
    assert first != webhook_id("sub-b", "alert-1")
    assert first != webhook_id("sub-a", "alert-2")
    # no ambiguity from concatenation
    assert webhook_id("ab", "c") != webhook_id("a", "bc")


def test_secret_rules() -> None:
    assert secret_error(SECRET) is None
    assert secret_error("whsec_not base64!") is not None
    assert secret_error("whsec_" + base64.b64encode(b"short").decode()) is not None


def test_the_secret_is_never_in_a_repr_or_the_public_view() -> None:
    spec = SubscriptionIn(url="https://example.org/h", secret=SECRET)
    assert SECRET not in repr(spec)
    sub = Subscription(
        id="s",
        url="https://example.org/h",
        secret=SECRET,
        filters=SubscriptionFilters(),
        enabled=True,
        description="",
        created_at=NOW,
        updated_at=NOW,
    )
    assert SECRET not in repr(sub)
    assert "secret" not in sub.public().model_dump_json()


# --- schedule ---------------------------------------------------------------------------------


def test_parse_schedule() -> None:
    assert parse_schedule("5s, 5m,30m,2h, 1d, 250ms, 3") == (5, 300, 1800, 7200, 86400, 0.25, 3)
    with pytest.raises(ValueError, match="not a duration"):
        parse_schedule("5 minutes")
    with pytest.raises(ValueError, match="empty"):
        parse_schedule(" , ")


def test_the_default_schedule_spans_about_three_days() -> None:
    total = sum(parse_schedule(Settings().webhook_retry_schedule))
    assert 2.5 * 86400 <= total <= 3.5 * 86400
    assert parse_schedule(Settings().webhook_retry_schedule)[0] <= 10  # a blip heals fast


def test_retry_delay_follows_the_schedule_with_bounded_jitter() -> None:
    schedule = (10.0, 100.0)
    assert retry_delay(schedule, 1, 0.5, 0.2) == 10.0  # mid draw: no jitter
    assert retry_delay(schedule, 1, 0.0, 0.2) == pytest.approx(8.0)
    assert retry_delay(schedule, 1, 0.999999, 0.2) == pytest.approx(12.0, abs=1e-3)
    assert retry_delay(schedule, 2, 0.5, 0.2) == 100.0
    assert retry_delay(schedule, 3, 0.5, 0.2) is None  # schedule over: dead letter
    assert retry_delay(schedule, 0, 0.5, 0.2) is None


def test_retry_after_is_honoured_when_longer() -> None:
    assert retry_delay((10.0,), 1, 0.5, 0.0, retry_after=60.0) == 60.0
    assert retry_delay((10.0,), 1, 0.5, 0.0, retry_after=1.0) == 10.0
    assert parse_retry_after("120", NOW) == 120.0
    assert parse_retry_after("Wed, 25 Nov 2026 08:01:00 GMT", NOW) == 60.0
    assert parse_retry_after("Wed, 25 Nov 2026 07:00:00 GMT", NOW) == 0.0
    assert parse_retry_after("soon", NOW) is None
    assert parse_retry_after(None, NOW) is None


# --- outcomes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error", "outcome", "retry", "disable"),
    [
        (200, None, "delivered", False, False),
        (204, None, "delivered", False, False),
        (500, None, "http_5xx", True, False),
        (503, None, "http_5xx", True, False),
        (429, None, "http_429", True, False),
        (408, None, "http_4xx", True, False),
        (400, None, "http_4xx", False, False),
        (404, None, "http_4xx", False, False),
        (410, None, "http_410", False, True),
        (301, None, "http_3xx", False, False),
        (None, "timeout", "timeout", True, False),
        (None, "connection", "connection_error", True, False),
        (None, "refused", "refused_target", False, False),
    ],
)
def test_classify(
    status: int | None, error: str | None, outcome: str, retry: bool, disable: bool
) -> None:
    verdict = classify(status, error)  # type: ignore[arg-type]
    assert (verdict.outcome, verdict.retry, verdict.disable) == (outcome, retry, disable)


# --- target URLs ------------------------------------------------------------------------------


def test_url_rules() -> None:
    assert url_error("https://hooks.example.org/x", allow_http=False) is None
    assert url_error("http://hooks.example.org/x", allow_http=True) is None
    assert "https" in (url_error("http://hooks.example.org/x", allow_http=False) or "")
    assert url_error("ftp://hooks.example.org/x", allow_http=True) is not None
    assert url_error("https://user:pw@hooks.example.org/x", allow_http=False) is not None
    assert url_error("https:///x", allow_http=False) is not None
    assert url_error("https://h.example.org:99999/", allow_http=False) is not None


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "::1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # AWS/GCP/Azure metadata
        "fe80::1",
        "100.100.100.200",  # Alibaba metadata
        "fd00:ec2::254",  # AWS IPv6 metadata
        "::ffff:127.0.0.1",
        "0.0.0.0",
        "100.64.0.1",
        "fc00::1",
    ],
)
def test_forbidden_addresses(address: str) -> None:
    assert address_error(address) is not None


def test_public_addresses_are_allowed() -> None:
    assert address_error("93.184.216.34") is None
    assert address_error("2606:2800:220:1:248:1893:25c8:1946") is None
    assert address_error("hooks.example.org") is not None  # names are resolved first


EVERYTHING = TargetPolicy(
    allowed=parse_networks("0.0.0.0/0,::/0,169.254.0.0/16,fd00::/8"), allow_all_private=True
)


@pytest.mark.parametrize(
    "address",
    [
        "169.254.169.254",  # AWS, GCP, Azure, ...
        "169.254.170.2",  # ECS task credentials
        "fd00:ec2::254",  # AWS IPv6
        "100.100.100.200",  # Alibaba
        "168.63.129.16",  # Azure WireServer: a public address
        "::ffff:169.254.169.254",  # the same, IPv4-mapped
        "64:ff9b::a9fe:a9fe",  # ... through NAT64
        "2002:a9fe:a9fe::1",  # ... through 6to4
    ],
)
def test_metadata_addresses_are_never_allowed(address: str) -> None:
    # Issue 13.7: allowing private targets allowed 169.254.169.254 too.
    reason = address_error(address, EVERYTHING)
    assert reason is not None and "metadata" in reason
    assert address_error(address, TargetPolicy(allow_all_private=True)) is not None


def test_only_the_listed_private_networks_are_allowed() -> None:
    loopback = TargetPolicy(allowed=parse_networks("127.0.0.0/8,::1"))
    assert address_error("127.0.0.1", loopback) is None
    assert address_error("127.9.9.9", loopback) is None
    assert address_error("::1", loopback) is None
    assert address_error("fe80::1%eth0", TargetPolicy(allowed=parse_networks("fe80::/10"))) is None
    assert address_error("::ffff:127.0.0.1", loopback) is None
    for other in ("10.1.2.3", "192.168.1.1", "169.254.1.1", "fe80::1", "100.64.0.1"):
        assert address_error(other, loopback) is not None, other
    one_range = TargetPolicy(allowed=parse_networks("10.1.0.0/16"))
    assert address_error("10.1.200.7", one_range) is None
    assert address_error("10.2.0.1", one_range) is not None
    assert address_error("127.0.0.1", one_range) is not None
    assert address_error("93.184.216.34", one_range) is None  # public stays allowed
    link_local = TargetPolicy(allowed=parse_networks("169.254.0.0/16"))
    assert address_error("169.254.10.10", link_local) is None
    assert address_error("169.254.169.254", link_local) is not None  # never metadata


def test_all_private_allows_every_non_public_address_but_metadata() -> None:
    everything = TargetPolicy(allow_all_private=True)
    for address in ("127.0.0.1", "10.1.2.3", "fc00::1", "100.64.0.1", "169.254.1.1"):
        assert address_error(address, everything) is None, address


def test_networks_parse_and_refuse_typos() -> None:
    nets = parse_networks(" 127.0.0.0/8, 10.1.0.5/16 ,::1,")
    assert [str(n) for n in nets] == ["127.0.0.0/8", "10.1.0.0/16", "::1/128"]
    assert parse_networks("") == ()
    with pytest.raises(ValueError, match=r"10\.1\.0\.0/33"):
        parse_networks("127.0.0.0/8,10.1.0.0/33")


# --- circuit breaker --------------------------------------------------------------------------


def test_breaker_opens_after_consecutive_failures_and_probes_after_cooldown() -> None:
    b = Breaker()
    for _ in range(2):
        b = breaker_record(b, False, 0.0, threshold=3)
        assert b.state == "closed"
    b = breaker_record(b, False, 100.0, threshold=3)
    assert b.state == "open"
    b, ok = breaker_allows(b, 105.0, base=10.0, cap=60.0)
    assert not ok and b.state == "open"
    b, ok = breaker_allows(b, 110.0, base=10.0, cap=60.0)
    assert ok and b.state == "half_open"
    b, ok = breaker_allows(b, 110.1, base=10.0, cap=60.0)
    assert not ok, "one probe at a time"
    # the probe fails: open again, for twice as long
    b = breaker_record(b, False, 120.0, threshold=3)
    assert b.state == "open" and b.trips == 2
    assert not breaker_allows(b, 139.0, base=10.0, cap=60.0)[1]
    b, ok = breaker_allows(b, 140.0, base=10.0, cap=60.0)
    assert ok
    assert breaker_record(b, True, 141.0, threshold=3) == Breaker()


def test_a_success_resets_the_failure_count() -> None:
    b = breaker_record(Breaker(), False, 0.0, threshold=2)
    b = breaker_record(b, True, 1.0, threshold=2)
    b = breaker_record(b, False, 2.0, threshold=2)
    assert b.state == "closed"


def test_the_cooldown_is_capped() -> None:
    b = Breaker(state="open", trips=20, opened_at=0.0)
    assert breaker_allows(b, 60.0, base=10.0, cap=60.0)[1]


def test_signatures_verify_with_the_standardwebhooks_package() -> None:
    body = '{"a": 1}'
    msg_id = webhook_id("s", "a1")
    now = datetime.now(UTC)
    signature = Webhook(SECRET).sign(msg_id, now, body)
    headers = {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": signature,
    }
    assert Webhook(SECRET).verify(body, headers) == {"a": 1}
