"""Export every message model as JSON Schema, and the topics as an AsyncAPI 3 document.

The channels come from the topic registry (``schemas.topics``).

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
from schemas.catalog import Catalog
from schemas.clusters import ClusterCandidate
from schemas.deadletter import DeadLetter
from schemas.internal import EventReport, IngestedArticle
from schemas.policies import PolicyAlert, PolicyView
from schemas.topics import APP_ID, TOPICS
from schemas.webhook import AlertCloudEvent, DeliveryRecord, WebhookDeadLetter

HERE = Path(__file__).parent

MODELS: dict[str, type[BaseModel]] = {
    "raw_article": RawArticle,
    "analyzed_article": AnalyzedArticle,
    "alert": Alert,
    "dead_letter": DeadLetter,
    "ingested_article": IngestedArticle,
    "event_report": EventReport,
    "cluster_candidate": ClusterCandidate,
    "policy_alert": PolicyAlert,
    "policy_view": PolicyView,
    "webhook_dead_letter": WebhookDeadLetter,
    "webhook_delivery": DeliveryRecord,
    "webhook_body": AlertCloudEvent,
    # not a message: the entity catalog file (bundled, or sent on the catalog topic)
    "catalog": Catalog,
}


def _dump_json(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _asyncapi() -> dict[str, Any]:
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for topic in TOPICS:
        if topic.schema is None:  # not a message model (the catalog file)
            continue
        address, model = topic.default, topic.schema
        name = topic.message or model
        channel = address.replace(APP_ID, "app_id").replace(".", "_").replace("-", "_")
        partitions = (
            f"CHIPWATCH_{topic.partitions.upper()}"
            if isinstance(topic.partitions, str)
            else str(topic.partitions)
        )
        message: dict[str, Any] = {
            "name": name,
            "contentType": "application/json",
            "payload": {"$ref": f"./json/{model}.schema.json"},
            "bindings": {"kafka": {"key": {"type": "string", "description": topic.key}}},
        }
        if topic.headers:
            message["headers"] = topic.headers
        messages[name] = message
        channels[channel] = {
            "address": address,
            "description": f"{topic.description} Partitions: {partitions}.",
            "messages": {name: {"$ref": f"#/components/messages/{name}"}},
        }
        if APP_ID in address:
            channels[channel]["parameters"] = {
                "app_id": {
                    "description": "CHIPWATCH_APP_ID: each deployment has its own topic.",
                    "default": "chipwatch",
                }
            }
        operations[f"{topic.action}_{channel}"] = {
            "action": topic.action,
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
