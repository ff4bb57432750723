"""Issue 13.3: an accepted article always fits once analyzed (streams/core/bounds.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest

from schemas.article import AnalyzedArticle, EntityRef, PolicyEvent, RawArticle, Span
from streams.codecs import decode_raw_article, encode_model
from streams.core.analyze import Analyzer
from streams.core.bounds import (
    FEW_SPANS,
    MAX_ANALYZED_BYTES,
    MAX_EVIDENCE_CHARS,
    MAX_SPANS_PER_ARTICLE,
    MAX_SPANS_PER_ENTITY,
    bound_analysis,
    encoded_size,
    upper_bound_bytes,
)
from streams.core.catalog import load_catalog
from streams.kafka_admin import message_limit
from streams.offline import build_analyzer
from streams.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples" / "articles.jsonl"
NOW = datetime(2026, 11, 25, 8, tzinfo=UTC)


@cache
def analyzer() -> Analyzer:
    return build_analyzer(Settings())


def seed() -> dict[str, str]:
    line = SAMPLES.read_text(encoding="utf-8").splitlines()[0]
    article: dict[str, str] = json.loads(line)
    return article


def accepted(body: str, title: str = "t") -> RawArticle:
    """The article as the ingest agent accepts it under the README's default limits."""
    s = Settings()
    value = json.dumps({"id": "a" * 512, "title": title, "body": body}).encode()
    return decode_raw_article(value, s.max_message_bytes, s.max_body_chars)


def test_the_issue_article_of_h20_repeated_fits_and_keeps_its_count() -> None:
    # 200 KB of "H20 ": within the input limits; its analysis was 2.84 MB (every span).
    article = accepted("H20 " * 50_000)
    analyzed = analyzer().analyze(article, NOW)
    (h20,) = analyzed.chips
    assert h20.name == "H20" and h20.mentions == 50_000
    assert len(h20.spans) == MAX_SPANS_PER_ENTITY
    assert [s["start"] for s in h20.spans[:2]] == [0, 4]  # the first mentions, in order
    assert len(encode_model(analyzed)) < 20_000


def worst_case_body(limit: int) -> str:
    """Every entity of the bundled catalog by its longest alias, over and over.

    The most spans, the most entities and the longest span texts the input limits
    allow, after one policy sentence made as long as the limit allows (the evidence).
    """
    aliases = []
    for entry in load_catalog().entries:
        if entry.type == "person":
            continue
        texts = [a.text for a in entry.aliases] or [entry.name]
        if entry.type != "jurisdiction":
            texts.append(entry.name)
        aliases.append(max(texts, key=len))
    names = " , ".join(aliases)
    policy = seed()["body"].split("\n")[1]  # "Chinese regulators approved purchases ..."
    long_sentence = policy.rstrip(".") + ", " + ", ".join(["and H200"] * 2_000) + ".\n"
    body, n = long_sentence, 0
    while len(body) < limit:
        n += 1  # a paragraph that repeats an earlier one adds no mentions: number them
        body += f"{n} {names} .\n"
    return body[:limit]


def test_the_worst_case_article_fits_with_room_to_spare() -> None:
    s = Settings()
    body = worst_case_body(s.max_body_chars)
    title = ("Nvidia H200 " * 200)[:2_000]
    article = accepted(body, title)
    unbounded_spans = len(analyzer().tagger.tag(article.title, article.body).mentions)
    analyzed = analyzer().analyze(article, NOW)
    size = len(encode_model(analyzed))
    entities = [*analyzed.firms, *analyzed.chips, *analyzed.equipment, *analyzed.jurisdictions]
    spans = sum(len(e.spans) for e in entities)
    assert unbounded_spans > 10 * MAX_SPANS_PER_ARTICLE  # the input does try
    assert len(entities) > 200 and spans == MAX_SPANS_PER_ARTICLE
    assert all(len(e.spans) <= MAX_SPANS_PER_ENTITY for e in entities)
    assert analyzed.events and all(len(e.evidence) <= MAX_EVIDENCE_CHARS for e in analyzed.events)
    assert size <= MAX_ANALYZED_BYTES < message_limit(s)
    assert size < 120_000  # the figure docs/operations.md gives (111.2 KB)


def _ref(i: int, spans: int) -> EntityRef:
    name = f"{i:05d}" + "\x01" * 195  # escapes: 6 bytes a character in JSON
    span = Span(field="body", start=10**6, end=10**6 + 200, text="\x02" * 200)
    return EntityRef(name=name, type="firm", id="Q" * 200, mentions=spans, spans=[span] * spans)


def _event(i: int) -> PolicyEvent:
    return PolicyEvent(
        jurisdiction="US",
        action="restrict",
        flow="export",
        direction="tightening",
        products=[f"p{i}-{j}" + "\x03" * 190 for j in range(80)],
        targets=[f"t{i}-{j}" for j in range(80)],
        primary=i == 0,
        evidence="\x04" * 5_000,
        confidence=0.9,
    )


def pathological(entities: int, events: int) -> AnalyzedArticle:
    """A record no real article makes: thousands of long, escaped names (a huge catalog)."""
    return AnalyzedArticle(
        id="\x05" * 512,
        content_hash="0" * 64,
        title="\x06" * 2_000,
        url="\x07" * 4_096,
        source="\x08" * 512,
        ingested_at=NOW,
        firms=[_ref(i, 60) for i in range(entities)],
        is_policy_change=True,
        events=[_event(i) for i in range(events)],
    )


@pytest.mark.parametrize(("entities", "events"), [(40, 2), (400, 5), (4_000, 50)])
def test_any_record_is_shed_to_the_byte_bound(entities: int, events: int) -> None:
    raw = pathological(entities, events)
    assert encoded_size(raw) > MAX_ANALYZED_BYTES
    bounded = bound_analysis(raw)
    assert encoded_size(bounded) <= MAX_ANALYZED_BYTES
    assert bounded.title == raw.title and bounded.id == raw.id  # the article's own fields
    assert bounded.firms and bounded.firms[0].mentions == 60  # the count is kept
    assert bounded.is_policy_change == any(e.primary for e in bounded.events)


def test_long_evidence_and_name_lists_are_cut() -> None:
    record = pathological(1, 1)
    record = record.model_copy(update={"firms": [], "title": "t", "url": None})
    bounded = bound_analysis(record)
    (event,) = bounded.events
    assert len(event.evidence) == MAX_EVIDENCE_CHARS and event.evidence.endswith("…")
    assert event.evidence[:-1] == record.events[0].evidence[: MAX_EVIDENCE_CHARS - 1]
    assert len(event.products) == len(event.targets) == 50


def test_a_small_record_is_returned_as_is() -> None:
    analyzed = analyzer().analyze(RawArticle(**seed()), NOW)  # type: ignore[arg-type]
    assert bound_analysis(analyzed) is analyzed
    assert encoded_size(analyzed) <= upper_bound_bytes(analyzed)


def test_few_spans_and_no_event_are_within_every_bound_whatever_the_entities() -> None:
    # The analyzer returns such a record without bound_analysis (it counts the tagger's
    # hits): the worst case of FEW_SPANS entities of one span each, every scalar at its
    # longest, must need no cap and fit the byte bound even as escaped JSON.
    worst = pathological(0, 0).model_copy(
        update={"firms": [_ref(i, 1) for i in range(FEW_SPANS)], "is_policy_change": False}
    )
    assert FEW_SPANS <= MAX_SPANS_PER_ENTITY
    assert upper_bound_bytes(worst) <= MAX_ANALYZED_BYTES
    assert encoded_size(worst) <= MAX_ANALYZED_BYTES
    assert bound_analysis(worst) is worst
    one_more = worst.model_copy(update={"firms": [_ref(i, 1) for i in range(FEW_SPANS + 5)]})
    assert upper_bound_bytes(one_more) > MAX_ANALYZED_BYTES  # the count is near its limit


def test_the_analyzer_skips_the_bound_only_for_few_hits_and_no_event() -> None:
    few = analyzer().analyze(accepted("Nvidia sold H20 chips to Tencent."), NOW)
    assert not few.events and sum(len(e.spans) for e in few.firms + few.chips) <= FEW_SPANS
    # Many mentions still go through the caps: the per-entity span cap applies.
    many = analyzer().analyze(accepted("H20 " * (MAX_SPANS_PER_ENTITY + 10)), NOW)
    (h20,) = many.chips
    assert h20.mentions == MAX_SPANS_PER_ENTITY + 10
    assert len(h20.spans) == MAX_SPANS_PER_ENTITY
