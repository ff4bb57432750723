"""From an analyzed article to its ``EventReport``: the one decision it reports.

The report is what travels to the alerting step (keyed by the acting jurisdiction);
``reports_for`` is called by the near-duplicate agent and by ``chipwatch backtest``.
"""

from __future__ import annotations

from collections.abc import Collection
from urllib.parse import urlsplit

from schemas.alert import AlertArticle
from schemas.article import AnalyzedArticle
from schemas.internal import EventReport
from streams.core.alert_state import (
    MAX_EVIDENCE_CHARS,
    MAX_NAME_CHARS,
    MAX_NAMES,
    MAX_SOURCE_CHARS,
    AlertConfig,
)

__all__ = ["reports_for"]


def _source_key(article: AnalyzedArticle) -> str:
    if article.source:
        return article.source.strip().casefold()
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    return f"id:{article.id}"


def _source_name(article: AnalyzedArticle) -> str | None:
    if article.source and article.source.strip():
        return article.source.strip()[:MAX_SOURCE_CHARS]
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")[:MAX_SOURCE_CHARS]
    return None


def _names(names: list[str]) -> list[str]:
    return [name[:MAX_NAME_CHARS] for name in names[:MAX_NAMES]]


def _union(lists: list[list[str]]) -> list[str]:
    return list(dict.fromkeys(item for items in lists for item in items))


def _key_product(products: list[str], generic: Collection[str]) -> str:
    # One key per event, not per product: the smallest name keeps the choice stable
    # across outlets that list them in any order.
    named = [p for p in products if p not in generic]
    return min(named or products) if products else "-"


def reports_for(article: AnalyzedArticle, config: AlertConfig | None = None) -> list[EventReport]:
    """Return the report of ``article``'s news: its lead decision (none if no event is primary).

    One article, one news event. The lead statement is the first primary event (the
    detector lists them in text order, the headline first); every other primary event
    of the same jurisdiction and direction states the same decision (told twice, with
    another action or flow) and adds its targets, actions and flows, and its products
    where the lead names none. Primary events of other actors or of the opposite
    direction are no report of their own: news of a second decision in one article is
    a reaction or a package, told as news by other articles, and far more often the
    detector taking context for news (no labelled article of the shared development set
    has primary events of two actors).
    """
    primary = [e for e in article.events if e.primary]
    if not primary:
        return []
    generic = (config or AlertConfig()).generic_products
    lead = primary[0]
    same = [
        e for e in primary if (e.jurisdiction, e.direction) == (lead.jurisdiction, lead.direction)
    ]
    # The lead names the decision's products; where it names none (or only "chips"),
    # the article's other statements of it say which.
    products = list(lead.products)
    if all(p in generic for p in products):
        products = _union([products, *(e.products for e in same)])
    if any(p not in generic for p in products):
        # A class like "advanced chips" only paraphrases the named product.
        products = [p for p in products if p not in generic]
    product = _key_product(products, generic)
    flows = list(dict.fromkeys(e.flow for e in same))
    background = sorted(
        {
            e.direction
            for e in article.events
            if not e.primary
            and e.jurisdiction == lead.jurisdiction
            and e.flow in flows
            and (product == "-" or product in e.products)
        }
    )
    event = lead.model_copy(
        update={
            "products": _names(products),
            "targets": _names(_union([e.targets for e in same])),
            "evidence": lead.evidence[:MAX_EVIDENCE_CHARS],
        }
    )
    ref = AlertArticle(
        id=article.id,
        title=article.title,
        url=article.url,
        source=article.source,
        published_at=article.published_at,
    )
    report = EventReport(
        policy_key=lead.jurisdiction,
        product=product,
        event=event,
        actions=list(dict.fromkeys(e.action for e in same)),
        flows=flows,
        background_directions=background,
        article=ref,
        source_key=_source_key(article),
        source=_source_name(article),
        cluster=article.near_duplicate_of or article.id,
        firms=_names([f.name for f in article.firms]),
        chips=_names([c.name for c in article.chips]),
        ingested_at=article.ingested_at,
    )
    return [report]
