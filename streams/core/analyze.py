"""One article in, one analysis out: validate, hash, tag, detect. No I/O, no clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from schemas.article import AnalyzedArticle, RawArticle
from schemas.catalog import Catalog
from streams.core.bounds import bound_analysis
from streams.core.detect import Detector, PolicyPatterns, is_policy_change
from streams.core.normalise import content_hash
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

        The record is bounded (``streams.core.bounds``): it always fits its topic.
        """
        tagged = self.tagger.tag(article.title, article.body)
        events = self.detector.detect(
            article.title, article.body, tagged, published=article.published_at
        )
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
                firms=tagged.of_type("firm"),
                chips=tagged.of_type("chip"),
                equipment=tagged.of_type("equipment"),
                jurisdictions=tagged.of_type("jurisdiction"),
                is_policy_change=is_policy_change(events),
                events=events,
            )
        )
