"""Bounds on what one analysis carries, so that an accepted article always fits once analyzed.

The input limits (``CHIPWATCH_MAX_MESSAGE_BYTES``, ``CHIPWATCH_MAX_BODY_CHARS``) bound
the article, not its analysis: a 200,000-character body of ``"H20 "`` repeated is one
entity with 50,000 mentions, and listing every span made a 2.84 MB record that the
producer refused (issue 13.3). So the analysis is bounded here, in the core, for the
stream and for ``scan``/``backtest`` alike:

* an entity lists the spans of its first ``MAX_SPANS_PER_ENTITY`` mentions, and an
  article at most ``MAX_SPANS_PER_ARTICLE`` spans in all (firms, then chips, equipment,
  jurisdictions); ``mentions`` still counts every mention, so ``mentions - len(spans)``
  says how many were left out;
* an event's evidence is at most ``MAX_EVIDENCE_CHARS`` characters (a longer sentence is
  cut and ends with ``…``); its products and targets at most ``MAX_NAMES_PER_EVENT``
  names each;
* the whole record, as JSON, is at most ``MAX_ANALYZED_BYTES``. The caps above keep any
  real article far below it; a pathological one (a catalog of thousands of entities all
  named in one body, names of hundreds of escaped characters) sheds, in this order and
  only as far as needed: every span, evidence beyond 200 characters, then the tail of
  the entity and event lists.

Every message built from an analysis (event reports, alerts, webhook bodies) takes its
parts from the record, so the bound carries over to them: the README's topics stay
within the 1 MiB that ``streams.kafka_admin.message_limit`` never goes below.
"""

from __future__ import annotations

from schemas.article import AnalyzedArticle, EntityRef, PolicyEvent

MAX_SPANS_PER_ENTITY = 50
MAX_SPANS_PER_ARTICLE = 1_000
MAX_EVIDENCE_CHARS = 1_000
MAX_NAMES_PER_EVENT = 50
MAX_ANALYZED_BYTES = 262_144  # 256 KiB, a quarter of the smallest message limit
SHORT_EVIDENCE_CHARS = 200
ELLIPSIS = "…"

_ENTITY_FIELDS = ("firms", "chips", "equipment", "jurisdictions")

# Worst-case JSON bytes, for the check that spares encoding a record that cannot be too
# large (nearly all): a character is at most 6 bytes (a \u escape); a name, alias or
# entity id at most 200 characters (schemas.catalog); the article's own fields (ids,
# title, URL, source, hash, dates) at most 8,160 characters in all (schemas.article).
_CHAR = 6
_SCALARS = 1_000 + _CHAR * 8_160
_SPAN = 120 + _CHAR * 201  # offsets, field, and the mention's text (an alias, maybe + "s")
_ENTITY = 150 + _CHAR * 400  # name and id
_EVENT = 400
_NAME = 4 + _CHAR * 200


#: A record with no event and at most this many spans in all (so at most as many
#: entities, each with a span) is within every bound above: no cap applies and its
#: worst-case size fits. The analyzer tells that by counting the tagger's hits (at least
#: one per span), without a pass over the built record.
FEW_SPANS = min(
    MAX_SPANS_PER_ENTITY,
    MAX_SPANS_PER_ARTICLE,
    (MAX_ANALYZED_BYTES - _SCALARS) // (_ENTITY + _SPAN),
)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def _cap_spans(article: AnalyzedArticle, per_entity: int, total: int) -> dict[str, object]:
    """The entity lists with spans capped; only the lists that changed."""
    left = total
    changed: dict[str, object] = {}
    for name in _ENTITY_FIELDS:
        refs: list[EntityRef] = getattr(article, name)
        out: list[EntityRef] = []
        touched = False
        for ref in refs:
            keep = min(per_entity, left, len(ref.spans))
            left -= keep
            if keep < len(ref.spans):
                ref = ref.model_copy(update={"spans": ref.spans[:keep]})
                touched = True
            out.append(ref)
        if touched:
            changed[name] = out
    return changed


def _cap_event(event: PolicyEvent, evidence_chars: int, names: int) -> PolicyEvent:
    update: dict[str, object] = {}
    if len(event.evidence) > evidence_chars:
        update["evidence"] = _cut(event.evidence, evidence_chars)
    if len(event.products) > names:
        update["products"] = event.products[:names]
    if len(event.targets) > names:
        update["targets"] = event.targets[:names]
    return event.model_copy(update=update) if update else event


def upper_bound_bytes(article: AnalyzedArticle) -> int:
    """Return a size the record's JSON cannot exceed (cheap: counts, no encoding)."""
    size = _SCALARS
    for name in _ENTITY_FIELDS:
        for ref in getattr(article, name):
            size += _ENTITY + _SPAN * len(ref.spans)
    for event in article.events:
        size += _EVENT + _CHAR * (len(event.evidence) + len(event.rule))
        size += _NAME * (len(event.products) + len(event.targets))
    return size


def _plainly_within(article: AnalyzedArticle, max_bytes: int) -> bool:
    """Whether no cap applies and ``upper_bound_bytes`` is within ``max_bytes``.

    True for nearly every article: told in one pass over its lists, not three.
    """
    spans = [len(ref.spans) for name in _ENTITY_FIELDS for ref in getattr(article, name)]
    total = sum(spans)
    if total > MAX_SPANS_PER_ARTICLE or (spans and max(spans) > MAX_SPANS_PER_ENTITY):
        return False
    size = _SCALARS + _ENTITY * len(spans) + _SPAN * total
    for event in article.events:
        if len(event.evidence) > MAX_EVIDENCE_CHARS:
            return False
        names = len(event.products) + len(event.targets)
        if len(event.products) > MAX_NAMES_PER_EVENT or len(event.targets) > MAX_NAMES_PER_EVENT:
            return False
        size += _EVENT + _CHAR * (len(event.evidence) + len(event.rule)) + _NAME * names
    return size <= max_bytes


def encoded_size(article: AnalyzedArticle) -> int:
    """Return the record's size as JSON on the wire (the codecs' encoding)."""
    return len(article.model_dump_json(exclude_none=False).encode("utf-8"))


def bound_analysis(
    article: AnalyzedArticle, max_bytes: int = MAX_ANALYZED_BYTES
) -> AnalyzedArticle:
    """Return ``article`` within the bounds above (the same object when it already is)."""
    if _plainly_within(article, max_bytes):
        return article
    update = _cap_spans(article, MAX_SPANS_PER_ENTITY, MAX_SPANS_PER_ARTICLE)
    events = [_cap_event(e, MAX_EVIDENCE_CHARS, MAX_NAMES_PER_EVENT) for e in article.events]
    if any(new is not old for new, old in zip(events, article.events, strict=True)):
        update["events"] = events
    if update:
        article = article.model_copy(update=update)
    if upper_bound_bytes(article) <= max_bytes or encoded_size(article) <= max_bytes:
        return article
    return _shed(article, max_bytes)


def _shed(article: AnalyzedArticle, max_bytes: int) -> AnalyzedArticle:
    """Drop detail until the record fits: spans, long evidence, then list tails."""
    article = article.model_copy(update=_cap_spans(article, 0, 0))
    if encoded_size(article) <= max_bytes:
        return article
    short = [_cap_event(e, SHORT_EVIDENCE_CHARS, MAX_NAMES_PER_EVENT) for e in article.events]
    article = article.model_copy(update={"events": short})
    while encoded_size(article) > max_bytes:
        # Halve the longest list; the article's own fields alone (_SCALARS) always fit.
        lists = {name: getattr(article, name) for name in (*_ENTITY_FIELDS, "events")}
        name, longest = max(lists.items(), key=lambda item: len(item[1]))
        if not longest:
            raise ValueError(f"an analysis without lists is over {max_bytes} bytes")
        half = len(longest) // 2
        update: dict[str, object] = {name: longest[:half]}
        if name == "events":  # still a policy change only if a primary event is left
            update["is_policy_change"] = any(e.primary for e in article.events[:half])
        article = article.model_copy(update=update)
    return article
