"""JSON-lines logging: one event per line on stderr, level from settings."""

from __future__ import annotations

import logging
import logging.config
from typing import Any

LEVELS = {"debug": "DEBUG", "info": "INFO", "warn": "WARNING", "error": "ERROR", "crit": "CRITICAL"}


def logging_config(level: str) -> dict[str, Any]:
    """Return a ``logging.config.dictConfig`` dict that logs JSON lines to stderr.

    Fields passed with ``extra={...}`` (article_id, alert_id, topic, partition, offset)
    become top-level JSON keys, so log processors can index them.
    """
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
                "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
                "timestamp": False,
            }
        },
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"level": LEVELS.get(level, level.upper()), "handlers": ["stderr"]},
        # aiokafka logs every retriable broker hiccup at ERROR; keep them, but as WARNING+.
        "loggers": {"aiokafka": {"level": "WARNING"}},
    }


def setup_logging(level: str) -> None:
    """Configure the root logger for JSON lines (for CLI commands other than worker)."""
    logging.config.dictConfig(logging_config(level))
