from __future__ import annotations

from datetime import UTC, datetime

from schemas.alert import AlertArticle
from schemas.article import AnalyzedArticle, EntityRef, PolicyEvent
from schemas.internal import EventReport
from streams.core.alerts import AlertConfig, PolicyState, alert_step, reports_for, severity

T0 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC).timestamp()
NO_THROTTLE = AlertConfig(update_interval_seconds=0)


def event(
    direction: str = "easing",
    action: str = "approve",
    primary: bool = True,
    products: tuple[str, ...] = ("H200",),
    confidence: float = 0.9,
) -> PolicyEvent:
    return PolicyEvent(
        jurisdiction="CN",
        action=action,
        flow="import",
        direction=direction,
        products=list(products),
        targets=["ByteDance", "Alibaba", "Tencent", "Nvidia"],
        primary=primary,
        evidence="Regulators approved the purchases.",
        confidence=confidence,
    )


def report(
    article_id: str, source: str, ev: PolicyEvent | None = None, background: tuple[str, ...] = ()
) -> EventReport:
    ev = ev or event()
    return EventReport(
        policy_key=f"CN|import|{ev.products[0]}",
        product=ev.products[0],
        event=ev,
        background_directions=list(background),
        article=AlertArticle(
            id=article_id,
            title="t",
            source=source,
            published_at=datetime(2026, 11, 25, 7, tzinfo=UTC),
        ),
        source_key=source,
        ingested_at=datetime.fromtimestamp(T0, UTC),
    )


def test_first_report_is_new_then_updates_count_distinct_sources() -> None:
    state, alerts = alert_step(None, report("a1", "s1"), T0, NO_THROTTLE)
    assert [a.status for a in alerts] == ["new"] and alerts[0].corroboration == 1
    seen = []
    for i, source in enumerate(["s2", "s3", "s3", "s4", "s5"]):
        state, alerts = alert_step(state, report(f"a{i + 2}", source), T0 + i + 1, NO_THROTTLE)
        seen.extend((a.status, a.corroboration) for a in alerts)
    assert seen == [("update", 2), ("update", 3), ("update", 4), ("update", 5)]


def test_alert_ids_are_deterministic_and_distinct_per_revision() -> None:
    s1, a1 = alert_step(None, report("a1", "s1"), T0, NO_THROTTLE)
    _, again = alert_step(None, report("a1", "s1"), T0 + 50, NO_THROTTLE)
    assert a1[0].alert_id == again[0].alert_id
    _, a2 = alert_step(s1, report("a2", "s2"), T0 + 1, NO_THROTTLE)
    assert a2[0].alert_id != a1[0].alert_id and a2[0].revision == 2


def test_replayed_report_changes_nothing_and_says_nothing() -> None:
    state, _ = alert_step(None, report("a1", "s1"), T0, NO_THROTTLE)
    state2, alerts = alert_step(state, report("a1", "s1"), T0 + 5, NO_THROTTLE)
    assert alerts == [] and state2.groups == state.groups


def test_updates_are_throttled_per_interval() -> None:
    config = AlertConfig(update_interval_seconds=600)
    state, _ = alert_step(None, report("a1", "s1"), T0, config)
    state, burst = alert_step(state, report("a2", "s2"), T0 + 10, config)
    state, burst2 = alert_step(state, report("a3", "s3"), T0 + 20, config)
    assert burst == [] and burst2 == []
    state, later = alert_step(state, report("a4", "s4"), T0 + 700, config)
    assert [(a.status, a.corroboration) for a in later] == [("update", 4)]


def test_flip_of_direction_is_a_reversal_with_raised_severity() -> None:
    halt = event(direction="tightening", action="halt")
    state, first = alert_step(None, report("h1", "s1", halt), T0, NO_THROTTLE)
    assert not first[0].reversal
    _, approval = alert_step(state, report("a1", "s2"), T0 + 3600, NO_THROTTLE)
    assert approval[0].reversal and approval[0].previous_direction == "tightening"
    assert approval[0].severity == "critical"
    assert severity(event(), reversal=False) == "high"


def test_background_event_of_the_same_article_marks_a_reversal() -> None:
    _, alerts = alert_step(None, report("a1", "s1", background=("tightening",)), T0, NO_THROTTLE)
    assert alerts[0].reversal and alerts[0].previous_direction == "tightening"
    assert alerts[0].title.startswith("China approved imports of H200")


def test_old_groups_expire_from_the_state() -> None:
    config = AlertConfig(update_interval_seconds=0, group_ttl_days=1)
    state, _ = alert_step(None, report("a1", "s1"), T0, config)
    state, alerts = alert_step(state, report("a2", "s2"), T0 + 3 * 86400, config)
    assert [a.status for a in alerts] == ["new"]
    assert len(state.groups) == 1


def test_reports_only_for_primary_events_with_background_directions() -> None:
    article = AnalyzedArticle(
        id="x",
        content_hash="h",
        title="t",
        source="Wire",
        ingested_at=datetime.fromtimestamp(T0, UTC),
        firms=[EntityRef(name="Nvidia", type="firm")],
        events=[event(), event(direction="tightening", action="halt", primary=False)],
    )
    reports = reports_for(article)
    assert len(reports) == 1
    assert reports[0].policy_key == "CN|import|H200"
    assert reports[0].background_directions == ["tightening"]
    assert reports[0].source_key == "wire" and reports[0].firms == ["Nvidia"]


def test_state_is_not_mutated() -> None:
    state, _ = alert_step(None, report("a1", "s1"), T0, NO_THROTTLE)
    before = state.model_dump()
    alert_step(state, report("a2", "s2"), T0 + 1, NO_THROTTLE)
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
