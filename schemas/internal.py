"""Messages on chipwatch's internal repartition topics (documented for operators)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from schemas.alert import AlertArticle
from schemas.article import PolicyEvent, RawArticle


class Origin(BaseModel):
    """Where a message was first read: for dead letters and logs."""

    topic: str
    partition: int
    offset: int


class IngestedArticle(BaseModel):
    """A valid raw article, keyed by its content hash on ``chipwatch.articles.by-hash``."""

    schema_version: int = 1
    content_hash: str
    ingested_at: datetime
    article: RawArticle
    origin: Origin


class EventReport(BaseModel):
    """One actor's decision as one article states it, keyed by the acting jurisdiction.

    Travels on ``chipwatch.events.by-policy`` to the alerting agent, whose table is
    keyed the same way, so every report that may be about one real-world event (the
    same actor) lands on one partition. An article makes one report per jurisdiction
    that acts in its main news: its statements of that decision (the same event told
    twice, in other words, with another action or flow) are folded into ``event``,
    ``actions`` and ``flows``.
    """

    schema_version: int = 1
    policy_key: str = Field(
        description="The partition key: the acting jurisdiction (ISO alpha-2 or EU)."
    )
    product: str = Field(
        description="The event's key product: its first named product by name order, "
        "else its product class, else '-'."
    )
    event: PolicyEvent = Field(
        description="The lead statement (the article's first of this actor), with the "
        "products and targets of its other statements in the same direction."
    )
    actions: list[str] = Field(
        default_factory=list,
        description="Every action the article states for this event (lead first).",
    )
    flows: list[str] = Field(
        default_factory=list,
        description="Every flow the article states for this event (lead first).",
    )
    background_directions: list[str] = Field(
        default_factory=list,
        description="Directions of the article's background events on the same policy.",
    )
    article: AlertArticle
    source_key: str = Field(description="Who reported it: outlet, else URL host, else id.")
    source: str | None = Field(
        default=None, description="The outlet's name as shown (else the URL host)."
    )
    cluster: str | None = Field(
        default=None,
        description="The article's near-duplicate cluster: the first article of the "
        "cluster (``near_duplicate_of``), else the article itself. Corroboration counts "
        "clusters. Null (older messages): the article's id.",
    )
    firms: list[str] = Field(default_factory=list)
    chips: list[str] = Field(default_factory=list)
    ingested_at: datetime
