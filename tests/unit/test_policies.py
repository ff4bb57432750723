"""The policy view (read model of the alerts): fold, filters, keys."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta

import pytest

from schemas.alert import Alert, AlertArticle
from schemas.article import PolicyEvent
from streams.core.policies import (
    MAX_ALERTS,
    PolicyFilter,
    fold,
    key_error,
    parse_filter,
    view_keys,
)

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def alert(
    n: int,
    direction: str,
    *,
    day: int,
    products: tuple[str, ...] = ("H200",),
    status: str = "new",
    revision: int = 1,
    jurisdiction: str = "CN",
    flow: str = "purchase",
    action: str | None = None,
) -> Alert:
    """An alert about an event first seen on ``day`` (of November)."""
    seen = T0 + timedelta(days=day)
    event_key = f"{jurisdiction}|{flow}|{min(products, default='-')}|{direction}|{seen.date()}"
    return Alert(
        alert_id=f"a{n}",
        event_key=event_key,
        status=status,  # type: ignore[arg-type]
        revision=revision,
        severity="high",
        title=f"title {n}",
        summary="summary",
        event=PolicyEvent(
            jurisdiction=jurisdiction,
            action=action or ("approve" if direction == "easing" else "halt"),
            flow=flow,  # type: ignore[arg-type]
            direction=direction,  # type: ignore[arg-type]
            products=list(products),
            primary=True,
            evidence=f"evidence {n}",
            confidence=0.9,
        ),
        article=AlertArticle(id=f"art{n}", title=f"article {n}"),
        created_at=seen + timedelta(minutes=revision),
        first_seen_at=seen,
    )


def test_one_entry_per_product_named() -> None:
    a = alert(1, "tightening", day=0, products=("H20", "H200"), jurisdiction="US", flow="export")
    assert view_keys(a) == ["US|export|H20", "US|export|H200"]
    assert view_keys(alert(2, "easing", day=0, products=())) == ["CN|purchase|-"]


def test_direction_since_and_reversals_follow_the_events() -> None:
    key = "CN|purchase|H200"
    view = fold(None, key, alert(1, "tightening", day=0))
    assert (view.direction, view.since, view.reversals) == ("tightening", T0, [])
    view = fold(view, key, alert(2, "tightening", day=3))
    assert view.since == T0, "the same direction again does not move 'since'"
    view = fold(view, key, alert(3, "easing", day=10))
    assert view.direction == "easing" and view.since == T0 + timedelta(days=10)
    view = fold(view, key, alert(4, "easing", day=10, status="update", revision=2))
    assert view.since == T0 + timedelta(days=10) and len(view.events) == 2 + 1
    view = fold(view, key, alert(5, "tightening", day=20))
    assert view.direction == "tightening" and view.since == T0 + timedelta(days=20)
    assert [(c.from_direction, c.to_direction, c.alert_id) for c in view.reversals] == [
        ("tightening", "easing", "a3"),
        ("easing", "tightening", "a5"),
    ]
    assert [a.alert_id for a in view.alerts] == ["a5", "a4", "a3", "a2", "a1"]
    assert view.alerts[1].status == "update" and view.alerts[0].evidence == "evidence 5"
    assert (view.jurisdiction, view.flow, view.product) == ("CN", "purchase", "H200")
    assert view.updated_at == view.alerts[0].created_at


def test_the_view_is_the_same_whatever_order_the_alerts_arrive_in() -> None:
    key = "CN|purchase|H200"
    alerts = [
        alert(1, "tightening", day=0),
        alert(2, "easing", day=4),
        alert(3, "easing", day=4, status="update", revision=2),
        alert(4, "tightening", day=9),
        alert(5, "easing", day=15),
    ]
    expected = None
    for order in itertools.permutations(alerts):
        view = None
        for a in order:
            view = fold(view, key, a)
        assert view is not None
        if expected is None:
            expected = view
        assert view == expected
    assert expected is not None and expected.direction == "easing"
    assert len(expected.reversals) == 3


def test_an_alert_seen_again_changes_nothing() -> None:
    key = "CN|purchase|H200"
    view = fold(None, key, alert(1, "tightening", day=0))
    assert fold(view, key, alert(1, "tightening", day=0)) is view


def test_an_update_seen_before_its_new_alert_is_replaced_by_it_in_the_history() -> None:
    key = "CN|purchase|H200"
    view = fold(None, key, alert(2, "easing", day=1, status="update", revision=2))
    assert view.events[0].alert_id == "a2"
    view = fold(view, key, alert(1, "easing", day=1))
    assert [e.alert_id for e in view.events] == ["a1"]


def test_the_last_alerts_are_bounded() -> None:
    key = "CN|purchase|H200"
    view = None
    rng = random.Random(3)
    for n in rng.sample(range(60), 60):
        view = fold(view, key, alert(n, "easing", day=n % 25))
    assert view is not None and len(view.alerts) == MAX_ALERTS


def test_filters_parse_and_match() -> None:
    wanted, problem = parse_filter({"jurisdiction": "cn", "product": "h200", "flow": "purchase"})
    assert problem == "" and wanted == PolicyFilter("CN", "h200", "purchase", None)
    view = fold(None, "CN|purchase|H200", alert(1, "easing", day=0))
    assert wanted.matches(view)
    assert not PolicyFilter(direction="tightening").matches(view)
    assert not PolicyFilter(jurisdiction="US").matches(view)
    assert PolicyFilter().matches(view)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"jurisdiction": "China"}, "jurisdiction"),
        ({"flow": "smuggling"}, "flow: one of export"),
        ({"direction": "up"}, "direction: one of easing, tightening"),
        ({"product": "a|b"}, "product"),
        ({"colour": "red"}, "unknown filter colour"),
    ],
)
def test_bad_filters_are_refused_with_the_reason(params: dict[str, str], message: str) -> None:
    wanted, problem = parse_filter(params)
    assert wanted is None and message in problem


def test_keys_are_checked() -> None:
    assert key_error("CN|purchase|H200") == ""
    assert key_error("EU|investment|-") == ""
    assert "jurisdiction|flow|product" in key_error("CN|H200")
    assert "flow" in key_error("CN|buy|H200")
    assert "jurisdiction" in key_error("china|purchase|H200")
