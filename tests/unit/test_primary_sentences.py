"""``primary_sentences``: the walk the demotion steps share (round 38)."""

from __future__ import annotations

from streams.core.fields import Draft, Field, primary_sentences
from streams.core.segment import split_sentences


def _field(name: str, text: str) -> Field:
    return Field(name=name, text=text, low=text.lower(), sentences=split_sentences(text))


def _draft(start: int, *, primary: bool = True, in_title: bool = False) -> Draft:
    return Draft(
        jurisdiction="US",
        action="ban",
        flow="export",
        direction="tightening",
        products=[],
        targets=[],
        primary=primary,
        evidence="",
        confidence=0.5,
        rule="ban:verb[bans] actor",
        order=0,
        start=start,
        in_title=in_title,
    )


def test_each_primary_draft_comes_with_its_field_and_sentence() -> None:
    body = "The US bans exports. China answers with a probe."
    fields = {"title": _field("title", "US bans chips"), "body": _field("body", body)}
    drafts = [
        _draft(3, in_title=True),
        _draft(body.index("probe")),
        _draft(body.index("bans"), primary=False),
    ]
    walked = [
        (d.start, item.name, item.text[s.start : s.end])
        for d, item, s in primary_sentences(fields, drafts)
    ]
    assert walked == [
        (3, "title", "US bans chips"),
        (body.index("probe"), "body", "China answers with a probe."),
    ]


def test_a_draft_demoted_during_the_walk_is_skipped() -> None:
    body = "The US bans exports. It also bans imports."
    fields = {"title": _field("title", ""), "body": _field("body", body)}
    first, second = _draft(body.index("bans")), _draft(body.rindex("bans"))
    seen = []
    for draft, _, _ in primary_sentences(fields, [first, second]):
        seen.append(draft)
        second.primary = False  # a step demoting a later draft while it walks
    assert seen == [first]
