"""``chipwatch scan`` and ``chipwatch backtest``: the stream's steps over a file, no broker.

Both call the functions the agents call (``streams.steps``, ``streams.core``), in
the agents' order, with dicts where the workers have tables. The command line
(``streams.cli``) reads the file, shows progress and writes what these yield.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from schemas.article import AnalyzedArticle
from schemas.internal import Origin
from streams.codecs import DecodeError, decode_raw_article
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.dedupe import SeenEntry
from streams.core.detect import load_patterns
from streams.settings import Settings
from streams.steps import analyze, dedupe, ingest


def build_analyzer(
    settings: Settings, catalog: Path | None = None, patterns: Path | None = None
) -> Analyzer:
    """Build the analyzer a worker with ``settings`` would use; the paths win over them."""
    return Analyzer.build(
        load_catalog(catalog or settings.catalog_path),
        load_patterns(patterns or settings.patterns_path),
    )


@dataclass(frozen=True, slots=True)
class ScanRow:
    """One output line of ``scan`` (JSON, no newline); ``error`` when the input was invalid."""

    line: bytes
    error: bool


def scan(
    lines: Iterable[bytes], analyzer: Analyzer, settings: Settings, now: datetime, source: str
) -> Iterator[ScanRow]:
    """Analyze each raw article line: one row per non-blank line, in input order.

    A copy (same content hash, another id) gets the first copy's analysis under its own
    id, with ``duplicate_of``; an invalid line gets ``error`` (and ``id`` if readable).
    ``source`` names the input in each article's origin.
    """
    seen: dict[str, SeenEntry] = {}
    first: dict[str, AnalyzedArticle] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            article = decode_raw_article(
                line.rstrip(b"\r\n"), settings.max_message_bytes, settings.max_body_chars
            )
        except DecodeError as err:
            row: dict[str, Any] = {"line": number, "error": str(err)}
            with contextlib.suppress(orjson.JSONDecodeError, AttributeError):
                row["id"] = orjson.loads(line).get("id")
            yield ScanRow(orjson.dumps(row), error=True)
            continue
        item = ingest(article, Origin(topic=source, partition=0, offset=number), now)
        digest = item.content_hash
        state, result = dedupe(seen.get(digest), item, settings.dedupe_ttl_seconds)
        seen[digest] = state
        if result.is_first or digest not in first:
            analyzed = analyze(analyzer, item)
            first.setdefault(digest, analyzed)
        else:
            analyzed = first[digest].model_copy(update={"id": article.id})
        data = analyzed.model_dump(mode="json")
        data["duplicate_of"] = result.duplicate_of
        yield ScanRow(orjson.dumps(data), error=False)
