"""Export every message model as JSON Schema, and the topics as an AsyncAPI 3 document.

Teams that produce or consume in other languages need only these files. A test runs
``check()`` and fails when the files drift from the models; ``chipwatch schemas``
rewrites them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from schemas.alert import Alert
from schemas.article import AnalyzedArticle, RawArticle
from schemas.deadletter import DeadLetter
from schemas.internal import EventReport, IngestedArticle
from schemas.webhook import AlertCloudEvent, DeliveryRecord, WebhookDeadLetter

HERE = Path(__file__).parent

MODELS: dict[str, type[BaseModel]] = {
    "raw_article": RawArticle,
    "analyzed_article": AnalyzedArticle,
    "alert": Alert,
    "dead_letter": DeadLetter,
    "ingested_article": IngestedArticle,
    "event_report": EventReport,
    "webhook_dead_letter": WebhookDeadLetter,
    "webhook_delivery": DeliveryRecord,
    "webhook_body": AlertCloudEvent,
}

CE_HEADERS = {
    "type": "object",
    "description": "CloudEvents 1.0 Kafka protocol binding, binary content mode.",
    "properties": {
        "ce_specversion": {"type": "string", "const": "1.0"},
        "ce_id": {"type": "string", "description": "= alert_id (deterministic)"},
        "ce_source": {"type": "string", "description": "CHIPWATCH_CLOUDEVENTS_SOURCE"},
        "ce_type": {"type": "string", "const": "io.chipwatch.policy.alert.v1"},
        "ce_time": {"type": "string", "format": "date-time"},
        "ce_subject": {"type": "string", "description": "= event_key"},
        "ce_partitionkey": {"type": "string", "description": "= event_key (the Kafka key)"},
        "content-type": {"type": "string", "const": "application/json"},
    },
    "required": ["ce_specversion", "ce_id", "ce_source", "ce_type"],
}

# (address, model, key description, partitions setting, description, headers, direction)
TOPICS: list[tuple[str, str, str, str, str, dict[str, Any] | None, str]] = [
    ("articles.raw", "raw_article", "article id (UTF-8), optional", "CHIPWATCH_PARTITIONS_RAW",
     "Raw articles from producers of the platform: UTF-8 JSON.", None, "receive"),
    ("articles.dlq", "dead_letter", "the original key", "CHIPWATCH_PARTITIONS_OUT",
     "Input that could not be processed, with the reason and the original bytes.", None, "send"),
    ("articles.analyzed", "analyzed_article", "article id (UTF-8)", "CHIPWATCH_PARTITIONS_OUT",
     "First copies of articles with entities and policy events.", None, "send"),
    ("alerts.policy", "alert", "event key (UTF-8)", "CHIPWATCH_PARTITIONS_OUT",
     "Policy alerts: new, then updates as outlets corroborate.", CE_HEADERS, "send"),
    ("alerts.webhook.dlq", "webhook_dead_letter", "webhook-id", "CHIPWATCH_PARTITIONS_OUT",
     "Webhook deliveries given up on, with every attempt's outcome.", None, "send"),
    ("chipwatch.webhook.retries", "webhook_delivery", "webhook-id",
     "CHIPWATCH_PARTITIONS_INTERNAL",
     "Internal, compacted: pending webhook deliveries (the retry backlog).", None, "send"),
    ("chipwatch.articles.by-hash", "ingested_article", "content hash (hex, UTF-8)",
     "CHIPWATCH_PARTITIONS_INTERNAL", "Internal: articles repartitioned by content hash.",
     None, "send"),
    ("chipwatch.events.by-policy", "event_report", "jurisdiction|flow|product (UTF-8)",
     "CHIPWATCH_PARTITIONS_INTERNAL", "Internal: primary events repartitioned by policy.",
     None, "send"),
]  # fmt: skip


def _dump_json(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _asyncapi() -> dict[str, Any]:
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for address, model, key, partitions, description, headers, action in TOPICS:
        channel = address.replace(".", "_").replace("-", "_")
        message: dict[str, Any] = {
            "name": model,
            "contentType": "application/json",
            "payload": {"$ref": f"./json/{model}.schema.json"},
            "bindings": {"kafka": {"key": {"type": "string", "description": key}}},
        }
        if headers:
            message["headers"] = headers
        messages[model] = message
        channels[channel] = {
            "address": address,
            "description": f"{description} Partitions: {partitions}.",
            "messages": {model: {"$ref": f"#/components/messages/{model}"}},
        }
        operations[f"{action}_{channel}"] = {
            "action": action,
            "channel": {"$ref": f"#/channels/{channel}"},
        }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "chipwatch",
            "version": "1.0.0",
            "description": "Topics of chipwatch. Names are defaults; each is a setting.",
        },
        "defaultContentType": "application/json",
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages},
    }


def rendered() -> dict[str, str]:
    """Return file name (relative to ``schemas/``) -> content, for every exported file."""
    files = {
        f"json/{name}.schema.json": _dump_json(model.model_json_schema())
        for name, model in MODELS.items()
    }
    files["asyncapi.yaml"] = yaml.safe_dump(_asyncapi(), sort_keys=False, allow_unicode=True)
    return files


def export(directory: Path | None = None) -> list[Path]:
    """Write every exported file under ``directory`` (default: this package)."""
    root = directory or HERE
    written = []
    for name, content in rendered().items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


def check(directory: Path | None = None) -> list[str]:
    """Return the names of exported files that are missing or differ from the models."""
    root = directory or HERE
    stale = []
    for name, content in rendered().items():
        path = root / name
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            stale.append(name)
    return stale
