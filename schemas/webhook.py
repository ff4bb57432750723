"""Webhook subscriptions, pending deliveries and webhook dead letters.

A subscription's ``secret`` is write-only: it is accepted by ``SubscriptionIn`` and kept
in ``Subscription`` (the stored record, on an internal compacted topic), but the API
answers with ``SubscriptionOut``, which has no such field, and ``repr`` hides it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.alert import Alert, AlertStatus, Severity
from schemas.article import Action, Direction

AttemptOutcome = Literal[
    "delivered",
    "timeout",
    "connection_error",
    "refused_target",
    "http_3xx",
    "http_4xx",
    "http_410",
    "http_429",
    "http_5xx",
]
GiveUpReason = Literal["schedule_exhausted", "not_retryable", "subscription_gone"]


class SubscriptionFilters(BaseModel):
    """Which alerts a subscriber wants. An empty list means "any"; all fields must match."""

    model_config = ConfigDict(extra="forbid")

    firms: list[str] = Field(default_factory=list, description="Any of these firms is named.")
    chips: list[str] = Field(
        default_factory=list,
        description='Any of these chips is named; a line ("Ascend") also matches its numbered '
        'members ("Ascend 910B").',
    )
    jurisdictions: list[str] = Field(default_factory=list, description="Who acts (ISO/EU).")
    actions: list[Action] = Field(default_factory=list)
    direction: Direction | None = Field(default=None, description="easing or tightening.")
    min_severity: Severity | None = Field(default=None, description="At least this severe.")
    statuses: list[AlertStatus] = Field(default_factory=list, description="new and/or update.")


class SubscriptionIn(BaseModel):
    """A subscription as a client creates it (``POST /subscriptions``)."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z0-9_.-]{1,64}$",
        description="Chosen id; generated when absent.",
    )
    url: str = Field(max_length=2048, description="Endpoint that receives the POSTs.")
    secret: str | None = Field(
        default=None,
        repr=False,
        description="Required: `whsec_` + base64 of 24-64 random bytes. Write-only.",
    )
    filters: SubscriptionFilters = Field(default_factory=SubscriptionFilters)
    enabled: bool = True
    description: str = Field(default="", max_length=500)


class SubscriptionUpdate(BaseModel):
    """A partial update (``PATCH /subscriptions/{id}``); absent fields are kept."""

    model_config = ConfigDict(extra="forbid")

    url: str | None = Field(default=None, max_length=2048)
    secret: str | None = Field(default=None, repr=False)
    filters: SubscriptionFilters | None = None
    enabled: bool | None = None
    description: str | None = Field(default=None, max_length=500)


class SubscriptionOut(BaseModel):
    """A subscription as the API returns it: everything but the secret."""

    id: str
    url: str
    filters: SubscriptionFilters
    enabled: bool
    description: str
    disabled_reason: str | None = Field(
        default=None, description="Why chipwatch disabled it (410 Gone, failing for days)."
    )
    static: bool = Field(default=False, description="From the static YAML file (read-only).")
    created_at: datetime
    updated_at: datetime


class Subscription(SubscriptionOut):
    """The stored subscription, secret included (internal topic only; never returned)."""

    secret: str = Field(repr=False)

    def public(self) -> SubscriptionOut:
        """Return the subscription without its secret."""
        return SubscriptionOut.model_validate(self.model_dump(exclude={"secret"}))


class DeliveryAttempt(BaseModel):
    """One HTTP attempt of one delivery, and how it ended."""

    attempt: int = Field(ge=1)
    at: datetime
    outcome: AttemptOutcome
    status: int | None = Field(default=None, description="HTTP status, when there was one.")
    seconds: float = Field(ge=0, description="Attempt duration.")
    detail: str = Field(default="", max_length=500)


class DeliveryRecord(BaseModel):
    """A pending delivery of one alert to one subscription (key: ``webhook_id``).

    Written to the compacted retries topic at every state change; a tombstone ends it.
    """

    schema_version: int = 1
    webhook_id: str = Field(description="Standard Webhooks `webhook-id`: same on every retry.")
    subscription_id: str
    alert: Alert
    attempts: list[DeliveryAttempt] = Field(default_factory=list)
    next_at: datetime = Field(description="Not attempted before this time.")
    replay: bool = Field(default=False, description="Re-delivery asked for by the subscriber.")


class WebhookDeadLetter(BaseModel):
    """A delivery given up on, with every attempt's outcome (``alerts.webhook.dlq``)."""

    schema_version: int = 1
    webhook_id: str
    subscription_id: str
    url: str
    reason: GiveUpReason
    alert: Alert
    attempts: list[DeliveryAttempt]
    failed_at: datetime


class AlertCloudEvent(BaseModel):
    """An alert as a CloudEvents 1.0 structured-mode JSON body (the webhook payload)."""

    specversion: Literal["1.0"] = "1.0"
    id: str = Field(description="The alert id.")
    source: str
    type: Literal["io.chipwatch.policy.alert.v1"] = "io.chipwatch.policy.alert.v1"
    subject: str = Field(description="The alert's event key.")
    time: datetime = Field(description="When the alert was produced.")
    datacontenttype: Literal["application/json"] = "application/json"
    data: Alert


class ReplayRequest(BaseModel):
    """``POST /subscriptions/{id}/replay``: re-deliver alerts produced in [since, until)."""

    model_config = ConfigDict(extra="forbid")

    since: datetime
    until: datetime | None = Field(default=None, description="Absent: now.")
