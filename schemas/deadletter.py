"""Dead letters: what could not be processed, with why and the original bytes."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class DeadLetter(BaseModel):
    """A message chipwatch could not process, kept whole for inspection and replay."""

    schema_version: int = 1
    topic: str
    partition: int
    offset: int
    reason: str = Field(description="Short machine-readable reason, e.g. 'invalid_json'.")
    detail: str = Field(default="", description="Human-readable explanation.")
    stage: str = Field(description="Agent that gave up: ingest, analyze, alerting, ...")
    key_b64: str | None = Field(default=None, description="Original key, base64.")
    value_b64: str = Field(description="Original value bytes, base64.")
    failed_at: datetime
