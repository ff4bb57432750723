"""What ``create_app`` builds and hands down: the pipeline's parts, in one leaf module.

Every registration (agents, webhooks, catalog watch, ...) may import this module; it
imports none of them, so the shell has no import circle (an import-linter contract
checks it). Registrations take the parts they use, not the whole pipeline.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from streams.core.analyze import Analyzer
from streams.core.catalog import load_territories, parse_catalog
from streams.core.neardup import IndexBatch, IndexEntry, NearDupIndex
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
    neardup: Any
    by_policy: Any
    policy_by_key: Any
    webhook_retries: Any
    webhook_dlq: Any


class AnalyzerHolder:
    """The analyzer in use, replaced whole, never mutated.

    A message being analyzed while an update lands finishes with the catalog it started with.

    The worker builds its first analyzer on a thread (``create_app(...,
    build_in_background=True)``) while it waits for the broker, loads its tables and
    joins its group: 2-3 s of CPU, most of a warm restart, that overlap waits on the
    network (bench/README.md, "Round 30"). ``current`` waits for that build if asked
    earlier (the first article only); ``built`` tells readiness whether it is done.
    """

    def __init__(self, analyzer: Analyzer | Future[Analyzer], entries: int) -> None:
        self._current: Analyzer | None = None
        self._pending: Future[Analyzer] | None = None
        if isinstance(analyzer, Analyzer):
            self._current = analyzer
        else:
            self._pending = analyzer
        self.entries = entries
        self.updates = 0

    @property
    def current(self) -> Analyzer:
        """The analyzer in use (waits for the first build when it is still running)."""
        current = self._current
        if current is None:
            assert self._pending is not None  # one of the two is always set
            # A failed build never reaches here: the builder stops the process
            # (``streams.app.build_in_background``), so ``result`` returns or waits.
            current = self._current = self._pending.result()
        return current

    async def ready(self) -> Analyzer:
        """The analyzer in use; awaits the first build without holding up the event loop.

        What the agents ask: an article that comes before the build is done waits for
        it while heartbeats, ``/readyz`` and the other agents go on (``current`` would
        block the loop's thread instead).
        """
        pending = self._pending
        if self._current is None and pending is not None and not pending.done():
            await asyncio.wrap_future(pending)
        return self.current

    @property
    def built(self) -> bool:
        """True once an analyzer is ready for use (always, unless built in the background)."""
        return self._current is not None or (self._pending is not None and self._pending.done())

    def on_built(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the first analyzer is built: now if it is, else on its thread."""
        if self._pending is None or self._current is not None:
            callback()
        else:
            self._pending.add_done_callback(lambda _: callback())

    def apply(self, data: bytes) -> int:
        """Validate ``data`` as a catalog and swap it in; return its entry count.

        Raises ``CatalogError`` (and keeps the analyzer in use) when it is invalid. The
        detector is kept (it reads the pattern file, not the catalog): only the tagger is
        built again. CPU-bound for a few tenths of a second: the catalog watch runs it on
        a thread, off the event loop.
        """
        # The bundled CLDR state names join a published catalog as they join the file
        # the worker started with: an update must not drop "Zuid-Korea" (round 34).
        catalog = parse_catalog(data, load_territories())
        self._current = self.current.with_catalog(catalog)
        self.entries = len(catalog.entries)
        self.updates += 1
        return self.entries


class NearDupHolder:
    """The worker's near-duplicate window: a derived copy of the ``neardup-index`` table.

    The table (its changelog) is the truth; the index (signatures and LSH) lives in
    memory only. It is dropped whenever partitions move and rebuilt from the table by
    the next article, which Faust hands over only once the table is recovered.
    """

    def __init__(self) -> None:
        self.index: NearDupIndex | None = None
        self.loads = 0  # rebuilds so far (tests and logs)
        # The entries the batch in hand placed: written as one table record when the
        # batch ends (``streams.agents.write_window``), before its events are acknowledged.
        self.pending: list[IndexEntry] = []
        self.pending_floor = 0  # the window's floor after the last pending entry
        # The table's records, oldest first: (key, highest seq). A record goes once the
        # window's floor has passed its highest seq.
        self.records: deque[tuple[bytes, int]] = deque()

    def drop(self) -> None:
        """Forget the index (partitions moved: the table may now hold something else).

        What the batch in hand placed stays pending: it is written when the batch ends,
        and a rebuild before that (the next event of the batch) takes it in.
        """
        self.index = None

    def load(self, stored: Iterable[tuple[bytes, IndexBatch]]) -> tuple[NearDupIndex, int]:
        """Rebuild the index from the table's records and what is pending.

        Return the index and how many signatures it will not compare.
        """
        records: list[tuple[bytes, int]] = []
        entries: list[IndexEntry] = []
        floor = 0
        for key, batch in stored:
            if batch.entries:
                records.append((key, max(e.seq for e in batch.entries)))
                entries.extend(batch.entries)
            floor = max(floor, batch.floor)
        if self.pending:  # a rebuild inside a batch: what the batch expired stays out
            floor = max(floor, self.pending_floor)
        index = NearDupIndex()
        skipped = index.load([*entries, *self.pending], floor)
        self.records = deque(sorted(records, key=lambda r: r[1]))
        self.index = index
        self.loads += 1
        return index, skipped


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
    neardup: Any  # Table[bytes, bytes]: article id -> IndexEntry JSON (one partition)
    neardup_index: NearDupHolder
