"""Policy alerts as chipwatch publishes them on ``alerts.policy``."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from schemas.article import PolicyEvent
from schemas.text import DisplayText

AlertStatus = Literal["new", "update"]
Severity = Literal["low", "medium", "high", "critical"]


class AlertArticle(BaseModel):
    """The article behind an alert (the newest report for an update)."""

    id: str
    title: DisplayText = Field(description="The title, invisible format characters removed.")
    url: str | None = None
    source: DisplayText | None = None
    published_at: datetime | None = None


class Alert(BaseModel):
    """One alert about one real-world policy event.

    ``alert_id`` is deterministic (derived from the event key and the revision), so a
    redelivered alert is recognisable by consumers as the same alert.
    """

    schema_version: int = 1
    alert_id: str = Field(description="Deterministic id of this alert message.")
    event_key: str = Field(
        description="Groups reports of one event: jurisdiction|flow|product|direction|day."
    )
    status: AlertStatus
    revision: int = Field(ge=1, description="1 for new, then 2, 3, ... for updates.")
    severity: Severity
    title: DisplayText = Field(description="Human headline in English.")
    summary: DisplayText = Field(description="One or two sentences in English.")
    event: PolicyEvent
    reversal: bool = False
    previous_direction: str | None = None
    corroboration: int = Field(default=1, ge=1, description="Distinct sources reporting it.")
    article: AlertArticle
    firms: list[str] = Field(default_factory=list)
    chips: list[str] = Field(default_factory=list)
    created_at: datetime = Field(description="When this alert message was produced.")
    first_seen_at: datetime = Field(description="When the first report was ingested.")
