"""Catalog updates without a redeploy: every worker follows the compacted catalog topic.

An operator publishes a whole catalog (``chipwatch catalog publish FILE``) to
``chipwatch.catalog`` under one key. Each worker reads that topic from the beginning
with its own consumer (no group: every worker must see every update, which a consumer
group would prevent), validates what it reads, and swaps its analyzer whole. An invalid
catalog is refused with a logged reason and the analyzer in use stays.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from aiokafka import AIOKafkaConsumer

from streams.core.analyze import Analyzer
from streams.core.catalog import CatalogError, parse_catalog
from streams.core.detect import PolicyPatterns
from streams.kafka_admin import client_kwargs

if TYPE_CHECKING:
    from streams.app import Pipeline

log = logging.getLogger("chipwatch.catalog")

CATALOG_KEY = b"catalog"


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


def register_catalog_watch(p: Pipeline) -> None:
    """Add the task that follows the catalog topic for the worker's lifetime."""
    metrics = p.metrics
    metrics.catalog_entries.set(p.analyzer.entries)

    async def watch_catalog() -> None:
        consumer = AIOKafkaConsumer(
            p.settings.topic_catalog,
            **client_kwargs(p.settings),
            group_id=None,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
        )
        await consumer.start()
        try:
            while True:
                batches = await consumer.getmany(timeout_ms=1000)
                for records in batches.values():
                    for record in records:
                        _apply(p, record)
        except asyncio.CancelledError:
            raise
        finally:
            await consumer.stop()

    p.app.task(watch_catalog)


def _apply(p: Pipeline, record: Any) -> None:
    if record.key != CATALOG_KEY or record.value is None:
        return
    where = {"topic": record.topic, "partition": record.partition, "offset": record.offset}
    try:
        entries = p.analyzer.apply(record.value)
    except CatalogError as err:
        p.metrics.catalog_updates.labels("refused").inc()
        log.error("catalog refused; the one in use stays", extra={**where, "reason": str(err)})
        return
    except Exception:  # a bug must not stop the watch: keep the analyzer in use
        p.metrics.catalog_updates.labels("refused").inc()
        log.exception("catalog could not be applied; the one in use stays", extra=where)
        return
    p.metrics.catalog_updates.labels("applied").inc()
    p.metrics.catalog_entries.set(entries)
    log.info("catalog applied", extra={**where, "entries": entries})
