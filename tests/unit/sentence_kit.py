"""Helpers of the detector's sentence tests: run one title and body, say what was read."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from schemas.article import PolicyEvent
from streams.core.analyze import Analyzer
from streams.core.tagging import Tagger


def events(analyzer: Analyzer, title: str, body: str = "") -> list[PolicyEvent]:
    """The events detected in one article (tagged first, as the pipeline does)."""
    tagged = analyzer.tagger.tag(title, body)
    return analyzer.detector.detect(title, body, tagged)


def brief(found: list[PolicyEvent]) -> str:
    """The events in one line, for an assertion's message."""
    return json.dumps(
        [[e.jurisdiction, e.action, e.direction, e.primary, e.rule] for e in found],
        ensure_ascii=False,
    )


def check(
    analyzer: Analyzer,
    title: str,
    body: str,
    expected: tuple[str, str] | None,
    *,
    only_actor: bool = True,
) -> None:
    """The article's main events: none, or ``expected`` (jurisdiction, direction).

    ``only_actor``: no other state is credited with a main event either.
    """
    found = events(analyzer, title, body)
    main = {(e.jurisdiction, e.direction) for e in found if e.primary}
    if expected is None:
        assert not main, brief(found)
    else:
        assert expected in main, brief(found)
        if only_actor:
            wrong = {j for j, _ in main} - {expected[0]}
            assert not wrong, brief(found)  # no other state credited with the act


def dated(analyzer: Analyzer, title: str, body: str, day: str) -> list[PolicyEvent]:
    """The events of one article published on ``day`` (YYYY-MM-DD)."""
    tagged = analyzer.tagger.tag(title, body)
    when = datetime.fromisoformat(day).replace(tzinfo=UTC)
    return analyzer.detector.detect(title, body, tagged, published=when)


def main_of(found: list[PolicyEvent]) -> set[tuple[str, str]]:
    """(jurisdiction, direction) of the main events."""
    return {(e.jurisdiction, e.direction) for e in found if e.primary}


def check_any_actor(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    """``check`` that lets other states be credited with main events too."""
    check(analyzer, title, body, expected, only_actor=False)


def primary(analyzer: Analyzer, title: str, body: str = "") -> set[tuple[str, str]]:
    """(jurisdiction, direction) of one article's main events."""
    return main_of(events(analyzer, title, body))


def names(analyzer: Analyzer, body: str, kind: str, title: str = "") -> set[str]:
    """The names of one kind ("chip", "company", ...) tagged in one article."""
    tags = analyzer.tagger.tag(title, body)
    return {m.name for m in tags.mentions if m.type == kind}


def chips(analyzer: Analyzer, title: str, body: str = "") -> set[str]:
    """The chips tagged in one article."""
    return names(analyzer, body, "chip", title)


def tagged(tagger: Tagger, text: str, kind: str) -> list[str]:
    """Canonical names of one entity type (``firm``, ``chip``) in text order, once each."""
    out: list[str] = []
    for mention in tagger.find(text):
        if mention.type == kind and mention.name not in out:
            out.append(mention.name)
    return out
