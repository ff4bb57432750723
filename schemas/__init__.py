"""Message models of every chipwatch topic (pydantic only: no Kafka, no Faust).

Every model carries ``schema_version``; changes are backwards compatible only
(new optional fields). JSON Schema files in ``schemas/json/`` are exported from
these models by ``chipwatch schemas export`` and a test fails when they drift.
"""

from schemas.alert import Alert, AlertArticle, AlertStatus, Severity
from schemas.article import (
    AnalyzedArticle,
    EntityRef,
    EntityType,
    PolicyEvent,
    RawArticle,
    Span,
)
from schemas.deadletter import DeadLetter

__all__ = [
    "Alert",
    "AlertArticle",
    "AlertStatus",
    "AnalyzedArticle",
    "DeadLetter",
    "EntityRef",
    "EntityType",
    "PolicyEvent",
    "RawArticle",
    "Severity",
    "Span",
]
