"""Policy alerts as chipwatch publishes them on ``alerts.policy``."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from schemas.article import PolicyEvent

AlertStatus = Literal["new", "update"]
Severity = Literal["low", "medium", "high", "critical"]


class AlertArticle(BaseModel):
    """The article behind an alert (the newest report for an update)."""

    id: str
    title: str
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None


class Alert(BaseModel):
    """One alert about one real-world policy event.

    ``alert_id`` is deterministic (derived from the event key and the revision): an alert
    sent again (a redelivered or replayed input, a restarted worker) carries the same id
    and content, so consumers dedupe by ``alert_id`` (the CloudEvents ``id``).
    """

    schema_version: int = 1
    alert_id: str = Field(description="Deterministic id of this alert message.")
    event_key: str = Field(
        description="Names the event group: jurisdiction|flow|product|direction|day of its "
        "first report (a '|2', '|3' suffix when another live group has the same)."
    )
    status: AlertStatus
    revision: int = Field(ge=1, description="1 for new, then 2, 3, ... for updates.")
    severity: Severity
    title: str = Field(description="Human headline in English.")
    summary: str = Field(description="One or two sentences in English.")
    event: PolicyEvent
    reversal: bool = False
    previous_direction: str | None = None
    corroboration: int = Field(
        default=1,
        ge=1,
        description="Independent reports of the event so far: distinct near-duplicate "
        "clusters (an article and its syndicated copies count once).",
    )
    sources: list[str] = Field(
        default_factory=list,
        description="Outlets of those reports, in the order seen (at most 20).",
    )
    article: AlertArticle
    firms: list[str] = Field(default_factory=list)
    chips: list[str] = Field(default_factory=list)
    created_at: datetime = Field(description="When this alert message was produced.")
    first_seen_at: datetime = Field(description="When the first report was ingested.")
