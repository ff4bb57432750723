"""One article in, one analysis out: validate, hash, tag, detect. No I/O, no clock."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from schemas.article import AnalyzedArticle, RawArticle
from schemas.catalog import Catalog
from streams.core.bounds import FEW_SPANS, bound_analysis
from streams.core.detect import Detector, PolicyPatterns, is_policy_change
from streams.core.event_judge import EventJudge
from streams.core.headless import stand_in_span
from streams.core.normalise import OffsetMap, content_hash, visible_text
from streams.core.story_judge import StoryJudge
from streams.core.tag_result import EntityData, without_lines_beside_members
from streams.core.tagging import Tagger


@dataclass(frozen=True, slots=True)
class Analyzer:
    """The tagger and the detector, sharing one automaton, built once per catalog."""

    tagger: Tagger
    detector: Detector
    # Weighs the article flag the rules imply (``story_judge.py``); None: the rules alone.
    judge: StoryJudge | None = None
    # Drops the background events it doubts (``event_judge.py``); None: all stay.
    event_judge: EventJudge | None = None

    @classmethod
    def build(
        cls,
        catalog: Catalog,
        patterns: PolicyPatterns,
        judge: StoryJudge | None = None,
        event_judge: EventJudge | None = None,
    ) -> Analyzer:
        """Build the automaton over the catalog and the detector's trigger lexicon."""
        detector = Detector(patterns)
        tagger = Tagger(catalog, keywords=detector.keywords)
        return cls(tagger=tagger, detector=detector, judge=judge, event_judge=event_judge)

    def with_catalog(self, catalog: Catalog) -> Analyzer:
        """The same detector with a tagger over ``catalog`` (a catalog update).

        The detector depends on the pattern file only; rebuilding it for a new catalog
        compiled every cue list again (most of ``build``'s 2-3 s of CPU) for nothing.
        """
        tagger = Tagger(catalog, keywords=self.detector.keywords)
        return Analyzer(
            tagger=tagger, detector=self.detector, judge=self.judge, event_judge=self.event_judge
        )

    def analyze(
        self, article: RawArticle, ingested_at: datetime, digest: str | None = None
    ) -> AnalyzedArticle:
        """Tag and detect on ``article``; ``digest`` saves rehashing when known.

        The text is read without its invisible format characters (``visible_text``):
        a name split by a zero-width space is the name, and evidence quotes the sentence
        as it reads. Spans index the title and body as sent (``text`` is the mention as
        read). The record is bounded (``streams.core.bounds``): it always fits its topic.
        """
        title, title_map = visible_text(article.title)
        body, body_map = visible_text(article.body)
        headline = title
        lead = None if title.strip() else stand_in_span(body, self.detector.lexicon.dateline)
        if lead is not None:
            title = body[lead[0] : lead[1]]  # read as the headline (``headless.py``)
        tagged = self.tagger.tag(title, body)
        events = self.detector.detect(
            title,
            body,
            tagged,
            published=article.published_at,
            lang=article.lang,
            stand_in=lead is not None,
        )
        if events and self.judge is not None:
            events = self.judge.judge_events(headline, body, events)
        if events and self.event_judge is not None:
            # After the story judge: a story it sent to background is weighed as background.
            events = self.event_judge.keep(events)
        found = tagged.entity_data(_OUTPUT_TYPES)
        found["chip"] = without_lines_beside_members(found["chip"])
        if lead is not None:
            _body_only(found)  # the stand-in is a body sentence: its mentions are there
        if title_map is not None or body_map is not None:
            _as_sent(found, {"title": title_map, "body": body_map})
        # One validation builds the record and its nested entities and spans (from
        # dicts, in pydantic-core); the events are models already and pass as they are.
        record = AnalyzedArticle.model_validate(
            {
                "id": article.id,
                "content_hash": digest or content_hash(article.title, article.body),
                "title": article.title,
                "url": article.url,
                "source": article.source,
                "published_at": article.published_at,
                "lang": article.lang,
                "ingested_at": ingested_at,
                "firms": found["firm"],
                "chips": found["chip"],
                "equipment": found["equipment"],
                "jurisdictions": found["jurisdiction"],
                "is_policy_change": is_policy_change(events),
                "events": events,
            }
        )
        if not events and tagged.hit_count <= FEW_SPANS:
            return record  # within every bound, told by counting (``FEW_SPANS``)
        return bound_analysis(record)


# The entity types an analyzed article lists (regulators are read by the detector only).
_OUTPUT_TYPES = ("firm", "chip", "equipment", "jurisdiction")


def _body_only(found: dict[str, list[EntityData]]) -> None:
    """Drop the spans read in a stand-in headline: the body holds each of them too."""
    for kind, entities in found.items():
        kept = []
        for entity in entities:
            every = cast("list[dict[str, Any]]", entity["spans"])
            spans = [span for span in every if span["field"] == "body"]
            if spans:
                entity["spans"] = spans
                entity["mentions"] = len(spans)
                kept.append(entity)
        found[kind] = kept


def _as_sent(found: Mapping[str, list[EntityData]], maps: Mapping[str, OffsetMap | None]) -> None:
    """Move the entities' span offsets from the text as read to the text as sent."""
    for entities in found.values():
        for entity in entities:
            for span in cast("list[dict[str, Any]]", entity["spans"]):
                offsets = maps[span["field"]]
                if offsets is not None:
                    span["start"], span["end"] = offsets.span(span["start"], span["end"])
