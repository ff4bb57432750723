"""What ``create_app`` builds and hands down: the pipeline's parts, in one leaf module.

Every registration (agents, webhooks, catalog watch, ...) may import this module; it
imports none of them, so the shell has no import circle (an import-linter contract
checks it). Registrations take the parts they use, not the whole pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from streams.core.analyze import Analyzer
from streams.core.catalog import parse_catalog
from streams.core.detect import PolicyPatterns
from streams.faust_io import DeadLetters
from streams.metrics import Metrics
from streams.settings import Settings


@dataclass(frozen=True, slots=True)
class Topics:
    """Every topic the worker's agents read or write (all values are bytes: codecs decode them).

    One field per ``stream`` entry of the topic registry (``schemas.topics``), same id.
    """

    raw: Any
    dlq: Any
    analyzed: Any
    alerts: Any
    by_hash: Any
    by_policy: Any
    webhook_retries: Any
    webhook_dlq: Any


class AnalyzerHolder:
    """The analyzer in use, replaced whole, never mutated.

    A message being analyzed while an update lands finishes with the catalog it started with.
    """

    def __init__(self, analyzer: Analyzer, patterns: PolicyPatterns, entries: int) -> None:
        self.current = analyzer
        self.patterns = patterns
        self.entries = entries
        self.updates = 0

    def apply(self, data: bytes) -> int:
        """Validate ``data`` as a catalog and swap it in; return its entry count.

        Raises ``CatalogError`` (and keeps the analyzer in use) when it is invalid.
        """
        catalog = parse_catalog(data)
        self.current = Analyzer.build(catalog, self.patterns)
        self.entries = len(catalog.entries)
        self.updates += 1
        return self.entries


@dataclass(frozen=True, slots=True)
class Pipeline:
    """What ``create_app`` builds: the app and the parts agents, tasks and views use."""

    app: Any  # faust.App (untyped library)
    settings: Settings
    metrics: Metrics
    analyzer: AnalyzerHolder  # .current is the Analyzer in use (catalog updates swap it)
    topics: Topics
    dead_letters: DeadLetters  # onto topics.dlq
    seen: Any  # Table[bytes, bytes]: content hash -> SeenEntry JSON
    policy: Any  # Table[bytes, bytes]: jurisdiction -> PolicyState JSON (its event groups)
