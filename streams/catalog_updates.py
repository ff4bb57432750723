"""Catalog updates without a redeploy: every worker follows the compacted catalog topic.

An operator publishes a whole catalog (``chipwatch catalog publish FILE``) to
``chipwatch.catalog`` under one key. Each worker reads that topic from the beginning
with its own consumer (no group: every worker must see every update, which a consumer
group would prevent), validates what it reads, and swaps its analyzer whole (a new tagger
beside the same detector, built on a thread). An invalid catalog is refused with a logged
reason and the analyzer in use stays.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiokafka import AIOKafkaConsumer

from streams.core.catalog import CatalogError
from streams.kafka_admin import client_kwargs
from streams.metrics import Metrics
from streams.pipeline import AnalyzerHolder
from streams.settings import Settings

log = logging.getLogger("chipwatch.catalog")

CATALOG_KEY = b"catalog"


def register_catalog_watch(
    app: Any, settings: Settings, metrics: Metrics, analyzer: AnalyzerHolder
) -> None:
    """Add the task that follows the catalog topic and swaps ``analyzer`` on each update."""
    metrics.catalog_entries.set(analyzer.entries)

    async def watch_catalog() -> None:
        consumer = AIOKafkaConsumer(
            settings.topic_catalog,
            **client_kwargs(settings),
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
                        # Building the new tagger is CPU work of a few tenths of a
                        # second (and waits for the worker's first analyzer): on a
                        # thread, so the agents and heartbeats go on meanwhile.
                        await asyncio.to_thread(_apply, analyzer, metrics, record)
        except asyncio.CancelledError:
            raise
        finally:
            await consumer.stop()

    app.task(watch_catalog)


def _apply(analyzer: AnalyzerHolder, metrics: Metrics, record: Any) -> None:
    if record.key != CATALOG_KEY or record.value is None:
        return
    where = {"topic": record.topic, "partition": record.partition, "offset": record.offset}
    try:
        entries = analyzer.apply(record.value)
    except CatalogError as err:
        metrics.catalog_updates.labels("refused").inc()
        log.error("catalog refused; the one in use stays", extra={**where, "reason": str(err)})
        return
    except Exception:  # a bug must not stop the watch: keep the analyzer in use
        metrics.catalog_updates.labels("refused").inc()
        log.exception("catalog could not be applied; the one in use stays", extra=where)
        return
    metrics.catalog_updates.labels("applied").inc()
    metrics.catalog_entries.set(entries)
    log.info("catalog applied", extra={**where, "entries": entries})
