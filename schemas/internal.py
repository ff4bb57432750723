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
    """A valid raw article, keyed by its content hash on ``<app id>.articles.by-hash``."""

    schema_version: int = 1
    content_hash: str
    ingested_at: datetime
    article: RawArticle
    origin: Origin


class EventReport(BaseModel):
    """One primary policy event of one article, keyed by ``jurisdiction|flow|product``.

    Travels on ``<app id>.events.by-policy`` to the alerting agent, whose table is
    keyed the same way, so every report about one policy lands on one partition.
    """

    schema_version: int = 1
    policy_key: str = Field(description="jurisdiction|flow|product")
    product: str
    event: PolicyEvent
    background_directions: list[str] = Field(
        default_factory=list,
        description="Directions of the article's background events on the same policy.",
    )
    article: AlertArticle
    source_key: str = Field(description="Who reported it: outlet, else URL host, else id.")
    firms: list[str] = Field(default_factory=list)
    chips: list[str] = Field(default_factory=list)
    ingested_at: datetime
