"""The policy view: the state of each policy, as ``GET /policies`` answers it.

A read model fed from the alerts (``alerts.policy``): per ``jurisdiction|flow|product``
(one entry per product an alert names), the policy's last direction, since when, its
last alerts and the history of its reversals. It is chipwatch's answer to "what is the
current rule on H200 into China, and since when?".
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from schemas.alert import Alert
from schemas.article import Direction, Flow


class PolicyAlertRef(BaseModel):
    """One alert about the policy, as the view shows it."""

    alert_id: str
    event_key: str
    status: str = Field(description="new or update")
    revision: int
    action: str
    direction: Direction
    severity: str
    reversal: bool = False
    created_at: datetime = Field(description="When the alert was produced.")
    first_seen_at: datetime = Field(description="When its event's first report was read.")
    evidence: str = Field(description="The sentence that states the action.")
    article_id: str
    article_title: str
    corroboration: int = 1


class PolicyEventRef(BaseModel):
    """One event of the policy (its first alert): the history the direction comes from."""

    event_key: str
    alert_id: str
    revision: int = Field(description="Of the alert that stands for the event (its first).")
    action: str
    direction: Direction
    at: datetime = Field(description="When the event's first report was read.")


class DirectionChange(BaseModel):
    """A change of the policy's direction (a reversal) and the event that made it."""

    at: datetime
    from_direction: Direction
    to_direction: Direction
    event_key: str
    alert_id: str


class PolicyView(BaseModel):
    """The state of one policy (``jurisdiction|flow|product``)."""

    schema_version: int = 1
    key: str = Field(description="jurisdiction|flow|product ('-' when no product is named)")
    jurisdiction: str
    flow: Flow
    product: str
    direction: Direction = Field(description="The direction of the policy's latest event.")
    since: datetime = Field(
        description="When the current direction began: the first event of the latest run "
        "of events in this direction."
    )
    updated_at: datetime = Field(description="The newest alert's time.")
    alerts: list[PolicyAlertRef] = Field(
        default_factory=list, description="The last alerts, newest first (bounded)."
    )
    reversals: list[DirectionChange] = Field(
        default_factory=list, description="Every change of direction in the history, oldest first."
    )
    events: list[PolicyEventRef] = Field(
        default_factory=list, description="The policy's events, oldest first (bounded)."
    )


class PolicyAlert(BaseModel):
    """An alert on its way to the view entry of one of its products.

    Travels on ``chipwatch.policies.by-key``, keyed by ``key``, so that each view entry
    has one writer.
    """

    schema_version: int = 1
    key: str = Field(description="jurisdiction|flow|product")
    alert: Alert
