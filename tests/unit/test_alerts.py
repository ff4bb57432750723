from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from schemas.alert import AlertArticle
from schemas.article import AnalyzedArticle, EntityRef, PolicyEvent
from schemas.internal import EventReport
from streams.core import alerts as core
from streams.core.alerts import (
    AlertConfig,
    PolicyState,
    alert_step,
    confirm_sent,
    flush_due,
    next_due,
    reports_for,
    severity,
)

T0 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC).timestamp()
NO_THROTTLE = AlertConfig(update_interval_seconds=0)
HOUR = 3600.0


def event(
    direction: str = "easing",
    action: str = "approve",
    primary: bool = True,
    products: tuple[str, ...] = ("H200",),
    confidence: float = 0.9,
    jurisdiction: str = "CN",
    flow: str = "import",
    targets: tuple[str, ...] = ("ByteDance", "Alibaba", "Tencent", "Nvidia"),
) -> PolicyEvent:
    return PolicyEvent(
        jurisdiction=jurisdiction,
        action=action,
        flow=flow,
        direction=direction,
        products=list(products),
        targets=list(targets),
        primary=primary,
        evidence="Regulators approved the purchases.",
        confidence=confidence,
    )


def report(
    article_id: str,
    source: str,
    ev: PolicyEvent | None = None,
    background: tuple[str, ...] = (),
    published: datetime | None = None,
    cluster: str | None = None,
    ingested: datetime | None = None,
) -> EventReport:
    ev = ev or event()
    return EventReport(
        policy_key=ev.jurisdiction,
        product=ev.products[0] if ev.products else "-",
        event=ev,
        actions=[ev.action],
        flows=[ev.flow],
        background_directions=list(background),
        article=AlertArticle(
            id=article_id,
            title="t",
            source=source,
            published_at=published or datetime(2026, 11, 25, 7, tzinfo=UTC),
        ),
        source_key=source.casefold(),
        source=source,
        cluster=cluster or article_id,
        ingested_at=ingested or datetime.fromtimestamp(T0, UTC),
    )


def fold(
    reports: list[EventReport], config: AlertConfig = NO_THROTTLE, start: float = T0
) -> tuple[PolicyState, list[Any]]:
    """Fold ``reports`` one second apart; return the state and (status, article, n) seen."""
    state: PolicyState | None = None
    seen = []
    for i, r in enumerate(reports):
        state, alerts = alert_step(state, r, start + i, config)
        seen.extend((a.status, a.article.id, a.corroboration) for a in alerts)
    assert state is not None
    return state, seen


# --- corroboration ------------------------------------------------------------------------


def test_first_report_is_new_then_updates_count_independent_reports() -> None:
    state, alerts = alert_step(None, report("a1", "s1"), T0, NO_THROTTLE)
    assert [a.status for a in alerts] == ["new"] and alerts[0].corroboration == 1
    assert alerts[0].sources == ["s1"]
    seen = []
    # s3 twice with two articles of its own: two independent reports, both count.
    for i, source in enumerate(["s2", "s3", "s3", "s4"]):
        state, alerts = alert_step(state, report(f"a{i + 2}", source), T0 + i + 1, NO_THROTTLE)
        seen.extend((a.status, a.corroboration, a.sources) for a in alerts)
    assert seen == [
        ("update", 2, ["s1", "s2"]),
        ("update", 3, ["s1", "s2", "s3"]),
        ("update", 4, ["s1", "s2", "s3"]),
        ("update", 5, ["s1", "s2", "s3", "s4"]),
    ]


def test_a_story_syndicated_to_five_sites_makes_one_new_alert_and_no_update() -> None:
    # Five outlets run one wire story: each copy names the first as its near-duplicate
    # cluster, so they are one report, not five.
    sites = ["Wire", "Harbour Daily", "Pacific Ledger", "Metro Tech", "Lowland Times"]
    copies = [report(f"w{i}", site, cluster="w0") for i, site in enumerate(sites)]
    state, seen = fold(copies)
    assert seen == [("new", "w0", 1)]
    # An independent report afterwards counts as the second, and lists its outlet.
    state, alerts = alert_step(state, report("own", "Market Wire"), T0 + 10, NO_THROTTLE)
    assert [(a.status, a.corroboration, a.sources) for a in alerts] == [
        ("update", 2, ["Wire", "Market Wire"])
    ]


def test_sources_are_bounded_and_corroboration_stops_at_its_bound() -> None:
    n = core.MAX_CLUSTERS + 10
    state, seen = fold([report(f"a{i}", f"outlet {i}") for i in range(n)])
    (group,) = state.groups.values()
    assert len(group.sources) == core.MAX_SOURCES and len(group.clusters) == core.MAX_CLUSTERS
    assert seen[-1] == ("update", f"a{core.MAX_CLUSTERS - 1}", core.MAX_CLUSTERS)
    assert len(seen) == core.MAX_CLUSTERS
    assert len(group.folded) <= core.MAX_FOLDED


# --- ids and re-sends ---------------------------------------------------------------------


def test_alert_ids_are_deterministic_and_distinct_per_revision() -> None:
    s1, a1 = alert_step(None, report("a1", "s1"), T0, NO_THROTTLE)
    _, again = alert_step(None, report("a1", "s1"), T0 + 50, NO_THROTTLE)
    assert a1[0].alert_id == again[0].alert_id
    _, a2 = alert_step(s1, report("a2", "s2"), T0 + 1, NO_THROTTLE)
    assert a2[0].alert_id != a1[0].alert_id and a2[0].revision == 2


def roundtrip(state: PolicyState) -> PolicyState:
    """The state as the table stores it: JSON bytes and back."""
    return PolicyState.model_validate_json(state.model_dump_json())


def test_a_report_seen_again_sends_again_what_it_made_the_first_time() -> None:
    config = AlertConfig(update_interval_seconds=600)
    state, new = alert_step(None, report("a1", "s1"), T0, config)
    state, held = alert_step(state, report("a2", "s2"), T0 + 10, config)  # throttled
    state, update = alert_step(state, report("a3", "s3"), T0 + 700, config)
    assert held == [] and [a.status for a in new + update] == ["new", "update"]
    before = state.model_dump()
    for stored in (state, roundtrip(state)):
        # Later, after more reports, and through the table's JSON: the same alerts,
        # id and content (created_at included), and nothing for the one that made none.
        later, again_new = alert_step(stored, report("a1", "s1"), T0 + 900, config)
        assert again_new == new and later == stored
        _, again_held = alert_step(stored, report("a2", "s2"), T0 + 900, config)
        assert again_held == []
        _, again_update = alert_step(stored, report("a3", "s3"), T0 + 900, config)
        assert again_update == update
    assert state.model_dump() == before


def test_a_copy_of_a_counted_report_seen_again_sends_nothing_again() -> None:
    state, _ = fold([report("w0", "Wire"), report("w1", "Echo", cluster="w0")])
    _, again = alert_step(roundtrip(state), report("w1", "Echo", cluster="w0"), T0 + 5, NO_THROTTLE)
    assert again == []


# --- deferred updates ---------------------------------------------------------------------


def test_a_held_back_update_is_sent_once_the_interval_has_passed() -> None:
    config = AlertConfig(update_interval_seconds=600)
    state, _ = alert_step(None, report("a1", "s1"), T0, config)
    state, burst = alert_step(state, report("a2", "s2"), T0 + 10, config)
    state, burst2 = alert_step(state, report("a3", "s3"), T0 + 20, config)
    assert burst == [] and burst2 == []
    assert next_due(state, config) == T0 + 600
    # Not yet due: nothing, and the very same state (the shell writes nothing).
    same, early = flush_due(state, T0 + 599, config)
    assert early == [] and same is state
    # Due, with no further report: one update, the newest report, every source counted.
    state, due = flush_due(roundtrip(state), T0 + 600, config)
    assert [(a.status, a.article.id, a.corroboration, a.sources) for a in due] == [
        ("update", "a3", 3, ["s1", "s2", "s3"])
    ]
    assert due[0].created_at == datetime.fromtimestamp(T0 + 600, UTC)
    # Until the shell confirms delivery, a flush sends it again: same id, same content.
    state = roundtrip(state)
    state, again = flush_due(state, T0 + 660, config)
    assert again == due
    state = confirm_sent(state, {a.alert_id for a in due})
    same, none = flush_due(state, T0 + 720, config)
    assert none == [] and same is state and next_due(state, config) is None
    # The next report after the flush waits for the interval from the flush.
    state, later = alert_step(state, report("a4", "s4"), T0 + 900, config)
    assert later == [] and next_due(state, config) == T0 + 1200


def test_a_due_report_is_sent_at_once_and_takes_the_held_one_with_it() -> None:
    config = AlertConfig(update_interval_seconds=600)
    state, _ = alert_step(None, report("a1", "s1"), T0, config)
    state, _ = alert_step(state, report("a2", "s2"), T0 + 10, config)
    state, now = alert_step(state, report("a3", "s3"), T0 + 700, config)
    assert [(a.status, a.corroboration) for a in now] == [("update", 3)]
    assert next_due(state, config) is None and flush_due(state, T0 + 2000, config)[1] == []


# --- grouping -----------------------------------------------------------------------------


def at(day: int, hour: int = 9, tz: timezone = UTC) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=tz)


def test_reports_of_one_event_in_other_words_other_days_and_actions_group() -> None:
    halt = event("tightening", "halt", products=("H20",), flow="import")
    reports = [
        report("a", "Wire", halt, published=at(10, 23, timezone(timedelta(hours=-5)))),
        # "advanced AI chips" (a generic class), blocked at customs, the next day (UTC).
        report("b", "Daily", event("tightening", "restrict", products=("advanced chips",)),
               published=at(11, 6)),
        # No product named, a ban on purchases, two days late.
        report("c", "Ledger", event("tightening", "ban", products=(), flow="purchase"),
               published=at(13, 1)),
    ]  # fmt: skip
    state, seen = fold(reports)
    assert seen == [("new", "a", 1), ("update", "b", 2), ("update", "c", 3)]
    assert len(state.groups) == 1


def test_reports_of_other_events_of_one_actor_do_not_group() -> None:
    base = event("tightening", "restrict", products=("gallium",), flow="export", targets=())
    others = {
        "other product": event("tightening", "restrict", products=("H20",), flow="export"),
        "other family": event("tightening", "sanction", products=(), flow="export"),
        "other direction": event("easing", "relax", products=("gallium",), flow="export"),
        "other side": event("tightening", "restrict", products=(), flow="import", targets=()),
    }
    for name, other in others.items():
        _, seen = fold([report("a", "Wire", base), report("b", "Daily", other)])
        assert [s[0] for s in seen] == ["new", "new"], name
    # The same event a week later is another event (beyond the window).
    late = report("c", "Daily", base, published=at(30))
    _, seen = fold([report("a", "Wire", base, published=at(20)), late])
    assert [s[0] for s in seen] == ["new", "new"]


def test_a_shared_target_joins_reports_whose_flows_are_worded_apart() -> None:
    probe = event("tightening", "investigate", products=(), flow="investment",
                  targets=("Qualcomm",))  # fmt: skip
    worded = event("tightening", "investigate", products=(), flow="import",
                   targets=("Qualcomm", "Autotalks"))  # fmt: skip
    _, seen = fold([report("a", "Wire", probe), report("b", "Daily", worded)])
    assert [s[0] for s in seen] == ["new", "update"]


def test_a_group_takes_the_products_of_its_first_report_that_names_any() -> None:
    # An event first reported without a product takes H20 from the next report; a
    # report on gallium then does not fit it, and a report naming nothing still does.
    none = event("tightening", "restrict", products=(), flow="import")
    h20 = event("tightening", "restrict", products=("H20",), flow="import")
    gallium = event("tightening", "restrict", products=("gallium",), flow="import")
    _, seen = fold(
        [report("a", "Wire", none), report("b", "Daily", h20), report("c", "Ledger", gallium),
         report("d", "Post", none)]
    )  # fmt: skip
    assert seen == [("new", "a", 1), ("update", "b", 2), ("new", "c", 1), ("update", "d", 3)]


def test_old_groups_expire_from_the_state() -> None:
    config = AlertConfig(update_interval_seconds=0, group_ttl_days=1)
    state, _ = alert_step(None, report("a1", "s1"), T0, config)
    later = report("a2", "s2", published=at(28))
    state, alerts = alert_step(state, later, T0 + 3 * 86400, config)
    assert [a.status for a in alerts] == ["new"]
    assert len(state.groups) == 1


def test_groups_per_jurisdiction_are_bounded_and_ids_stay_unique() -> None:
    n = core.MAX_GROUPS + 5
    state, first = alert_step(None, report("a0", "Wire", event(products=("chip 0",))), T0,
                              NO_THROTTLE)  # fmt: skip
    for i in range(1, n):
        r = report(f"a{i}", "Wire", event(products=(f"chip {i}",)))
        state, alerts = alert_step(state, r, T0 + i, NO_THROTTLE)
        assert [a.status for a in alerts] == ["new"]
    assert len(state.groups) == core.MAX_GROUPS
    assert first[0].event_key not in state.groups
    assert any(f"chip {n - 1}" in key for key in state.groups)
    assert state.retired == [first[0].event_key] + [
        f"CN|import|chip {i}|easing|2026-11-25" for i in range(1, n - core.MAX_GROUPS)
    ]
    # Another event of the first one's wording and day gets a key of its own, so that
    # its alerts do not take the ids consumers have already seen.
    state, again = alert_step(state, report("b0", "Post", event(products=("chip 0",))), T0 + n,
                              NO_THROTTLE)  # fmt: skip
    assert again[0].event_key == first[0].event_key + "|2"
    assert again[0].alert_id != first[0].alert_id


def test_a_state_of_the_largest_reports_stays_under_its_byte_bound() -> None:
    # Reports as large as the schemas allow, each group holding two (one held back by
    # the interval, one flushed and not yet confirmed): the value of one jurisdiction
    # stays within MAX_STATE_BYTES (Kafka's default message limit is 1 MB), dropping
    # the least recently active groups, never the one just written.
    config = AlertConfig(update_interval_seconds=600)
    long = "長" * core.MAX_NAME_CHARS

    def big(n: int, copy: int) -> EventReport:
        names = [f"{n}{long}"] * core.MAX_NAMES
        lead = event().model_copy(
            update={"evidence": "証" * 5000, "products": names, "targets": names}
        )
        (r,) = reports_for(
            analyzed(
                lead, id=f"{n}-{copy}-" + "p" * 500, title="標" * 2000, url="u" * 4096,
                source=f"s{copy}" + "s" * 500, published_at=datetime(2026, 11, 25, tzinfo=UTC),
                firms=[EntityRef(name=long, type="firm")] * 100,
                chips=[EntityRef(name=long, type="chip")] * 100,
            )
        )  # fmt: skip
        return r

    state: PolicyState | None = None
    now = T0
    for n in range(24):  # far more than MAX_STATE_BYTES holds of these
        for copy in range(3):
            state, _ = alert_step(state, big(n, copy), now, config)
            now += 1
            if copy == 1:
                state, flushed = flush_due(state, now + 600, config)
                assert flushed
        assert state is not None
        size = len(state.model_dump_json().encode())
        assert size <= core.MAX_STATE_BYTES
        assert any(str(n) in k for k in state.groups)  # the newest group is kept
    assert state is not None and 1 < len(state.groups) < 24 and state.retired
    group = next(iter(state.groups.values()))
    assert group.pending is not None and group.deferred is not None


# --- reversals, severity, wording -----------------------------------------------------------


def test_flip_of_direction_is_a_reversal_with_raised_severity() -> None:
    halt = event(direction="tightening", action="halt")
    state, first = alert_step(None, report("h1", "s1", halt), T0, NO_THROTTLE)
    assert not first[0].reversal
    _, approval = alert_step(state, report("a1", "s2"), T0 + 3600, NO_THROTTLE)
    assert approval[0].reversal and approval[0].previous_direction == "tightening"
    assert approval[0].severity == "critical"
    assert severity(event(), reversal=False) == "high"


def test_a_flip_on_another_product_is_no_reversal() -> None:
    halt = event(direction="tightening", action="halt", products=("gallium",), targets=())
    state, _ = alert_step(None, report("h1", "s1", halt), T0, NO_THROTTLE)
    _, approval = alert_step(state, report("a1", "s2"), T0 + 3600, NO_THROTTLE)
    assert not approval[0].reversal and approval[0].previous_direction is None


def test_background_event_of_the_same_article_marks_a_reversal() -> None:
    _, alerts = alert_step(None, report("a1", "s1", background=("tightening",)), T0, NO_THROTTLE)
    assert alerts[0].reversal and alerts[0].previous_direction == "tightening"
    assert alerts[0].title.startswith("China approved imports of H200")


def test_state_is_not_mutated() -> None:
    state, _ = alert_step(None, report("a1", "s1"), T0, NO_THROTTLE)
    before = state.model_dump()
    alert_step(state, report("a2", "s2"), T0 + 1, NO_THROTTLE)
    flush_due(state, T0 + 10_000, AlertConfig())
    assert state.model_dump() == before
    assert isinstance(state, PolicyState)


def test_a_new_action_from_the_pattern_data_gets_its_title_wording() -> None:
    from streams.core.alerts import describe
    from streams.core.detect import Detector, load_patterns

    data = load_patterns().model_dump(by_alias=True)
    data["actions"]["export_quota"] = {"title": "set export quotas on"}
    data["predicates"].append(
        {"id": "quota", "action": "export_quota", "direction": "tightening",
         "forms": ["set quotas on"]}
    )  # fmt: skip
    from schemas.patterns import PolicyPatterns

    detector = Detector(PolicyPatterns.model_validate(data))
    event = PolicyEvent(
        jurisdiction="CN", action="export_quota", flow="export", direction="tightening",
        products=["gallium"], primary=True, evidence="x", confidence=0.9,
    )  # fmt: skip
    title, _ = describe(event, False, None, detector.action_titles)
    assert title == "China set export quotas on exports of gallium"


# --- edge dates ---------------------------------------------------------------------------

EDGES = [
    datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),  # before year 1 in UTC
    datetime(1, 1, 1, tzinfo=UTC),
    datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-14))),  # year 10000
    datetime(9999, 12, 31, 23, 59, 59),  # naive
]


@pytest.mark.parametrize("published", EDGES, ids=["y1+14", "y1", "y9999-14", "y9999naive"])
def test_no_publication_date_makes_the_step_raise(published: datetime) -> None:
    config = AlertConfig(update_interval_seconds=600)
    first = report("a1", "s1", published=published)
    state, alerts = alert_step(None, first, T0, config)
    assert [a.status for a in alerts] == ["new"]
    assert alerts[0].event_key.count("|") == 4
    state, _ = alert_step(state, report("a2", "s2", published=published), T0 + 1, config)
    state, flushed = flush_due(state, T0 + 601, config)
    # A date in the far future stands for a wrong clock: the read time places it.
    if published.year == 9999:
        assert alerts[0].event_key.endswith("|2026-11-25")
        assert [a.status for a in flushed] == ["update"]


@pytest.mark.parametrize("clock", EDGES, ids=["y1+14", "y1", "y9999-14", "y9999naive"])
def test_no_clock_makes_the_step_raise(clock: datetime) -> None:
    # The backtest runs at publication times, which become the processing clock too.
    aware = clock if clock.tzinfo else clock.replace(tzinfo=UTC)
    now = aware.timestamp()
    first = report("a1", "s1", published=clock, ingested=clock)
    state, alerts = alert_step(None, first, now, AlertConfig(update_interval_seconds=600))
    assert [a.status for a in alerts] == ["new"]
    state, _ = alert_step(state, report("a2", "s2", published=clock, ingested=clock), now + 1,
                          AlertConfig(update_interval_seconds=600))  # fmt: skip
    _, flushed = flush_due(state, now + 601, AlertConfig(update_interval_seconds=600))
    assert [a.status for a in flushed] == ["update"]


# --- reports ------------------------------------------------------------------------------


def analyzed(*events: PolicyEvent, **fields: Any) -> AnalyzedArticle:
    data: dict[str, Any] = {
        "id": "x",
        "content_hash": "h",
        "title": "t",
        "source": "Wire",
        "ingested_at": datetime.fromtimestamp(T0, UTC),
        "firms": [EntityRef(name="Nvidia", type="firm")],
        "events": list(events),
    }
    return AnalyzedArticle(**(data | fields))


def test_one_report_per_article_with_background_directions() -> None:
    article = analyzed(event(), event(direction="tightening", action="halt", primary=False))
    (r,) = reports_for(article)
    assert r.policy_key == "CN" and r.product == "H200"
    assert r.background_directions == ["tightening"]
    assert r.source_key == "wire" and r.source == "Wire" and r.firms == ["Nvidia"]
    assert r.cluster == "x"
    assert reports_for(analyzed(event(primary=False))) == []


def test_an_article_stating_its_event_twice_makes_one_report_of_its_lead() -> None:
    lead = event("tightening", "restrict", products=("advanced chips",), flow="import",
                 targets=("Nvidia",))  # fmt: skip
    again = event("tightening", "halt", products=("H20",), flow="purchase", targets=("AMD",))
    opposite = event("easing", "approve", products=("H200",))
    other_actor = event("tightening", "sanction", jurisdiction="US", flow="export")
    (r,) = reports_for(analyzed(lead, other_actor, again, opposite))
    assert r.policy_key == "CN" and r.event.action == "restrict"
    assert r.actions == ["restrict", "halt"] and r.flows == ["import", "purchase"]
    # The lead named only "chips": the other statement says which.
    assert r.event.products == ["H20"] and r.product == "H20"
    assert r.event.targets == ["Nvidia", "AMD"]
    named = event("tightening", "restrict", products=("gallium",), flow="export")
    (r2,) = reports_for(analyzed(named, again))
    assert r2.event.products == ["gallium"]


def test_a_near_duplicate_reports_its_cluster_and_long_evidence_is_cut() -> None:
    long = event().model_copy(update={"evidence": "word " * 1000})
    (r,) = reports_for(analyzed(long, id="copy", near_duplicate_of="first"))
    assert r.cluster == "first" and r.article.id == "copy"
    assert len(r.event.evidence) == core.MAX_EVIDENCE_CHARS
