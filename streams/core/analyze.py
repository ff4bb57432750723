"""One article in, one analysis out: validate, hash, tag, detect. No I/O, no clock."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from schemas.article import AnalyzedArticle, EntityRef, RawArticle
from schemas.catalog import Catalog
from streams.core.bounds import bound_analysis
from streams.core.detect import Detector, PolicyPatterns, is_policy_change
from streams.core.normalise import OffsetMap, content_hash, visible_text
from streams.core.tagging import Tagger


@dataclass(frozen=True, slots=True)
class Analyzer:
    """The tagger and the detector, sharing one automaton, built once per catalog."""

    tagger: Tagger
    detector: Detector

    @classmethod
    def build(cls, catalog: Catalog, patterns: PolicyPatterns) -> Analyzer:
        """Build the automaton over the catalog and the detector's trigger lexicon."""
        detector = Detector(patterns)
        return cls(tagger=Tagger(catalog, keywords=detector.keywords), detector=detector)

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
        tagged = self.tagger.tag(title, body)
        events = self.detector.detect(title, body, tagged, published=article.published_at)
        maps = {"title": title_map, "body": body_map}

        def entities(kind: str) -> list[EntityRef]:
            found = tagged.of_type(kind)
            return found if title_map is None and body_map is None else _as_sent(found, maps)

        return bound_analysis(
            AnalyzedArticle(
                id=article.id,
                content_hash=digest or content_hash(article.title, article.body),
                title=article.title,
                url=article.url,
                source=article.source,
                published_at=article.published_at,
                lang=article.lang,
                ingested_at=ingested_at,
                firms=entities("firm"),
                chips=entities("chip"),
                equipment=entities("equipment"),
                jurisdictions=entities("jurisdiction"),
                is_policy_change=is_policy_change(events),
                events=events,
            )
        )


def _as_sent(refs: list[EntityRef], maps: Mapping[str, OffsetMap | None]) -> list[EntityRef]:
    """The entities with span offsets moved from the text as read to the text as sent."""
    out = []
    for ref in refs:
        spans = []
        for span in ref.spans:
            offsets = maps[span.field]
            if offsets is None:
                spans.append(span)
                continue
            start, end = offsets.span(span.start, span.end)
            spans.append(span.model_copy(update={"start": start, "end": end}))
        out.append(ref.model_copy(update={"spans": spans}))
    return out
