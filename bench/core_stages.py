"""Where the core's CPU goes, stage by stage, on ``make bench``'s corpus (no broker).

Per input article of the 20,000 (seed 1, as ``make bench``), CPU microseconds of: decode
(``decode_raw_article`` of every message), hash (``content_hash`` of every valid one),
then over the first copies only, as the core pass analyzes them: tag, tag + detect, and
the whole ``Analyzer.analyze`` (which adds reading the text without format characters
and building the analyzed record). Median of five passes each; results are dropped as
they are made, as in the worker. ``time.process_time``: this process's CPU only.

    .venv/bin/python bench/core_stages.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contextlib

from corpus import generate

from schemas.article import RawArticle
from streams.codecs import DecodeError, decode_raw_article
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.core.normalise import content_hash


def main() -> None:
    """Measure and print the stages."""
    items = [item.value for item in generate(20_000, seed=1, prefix="e2e")]
    analyzer = Analyzer.build(load_catalog(None), load_patterns())
    now = datetime.now(UTC)
    articles: list[RawArticle] = []
    for value in items:
        with contextlib.suppress(DecodeError):
            articles.append(decode_raw_article(value, 1 << 20, 200_000))
    seen: set[str] = set()
    firsts: list[tuple[RawArticle, str]] = []
    for article in articles:
        digest = content_hash(article.title, article.body)
        if digest not in seen:
            seen.add(digest)
            firsts.append((article, digest))

    def decode() -> None:
        for value in items:
            with contextlib.suppress(DecodeError):
                decode_raw_article(value, 1 << 20, 200_000)

    def hash_all() -> None:
        for article in articles:
            content_hash(article.title, article.body)

    def tag() -> None:
        for article, _ in firsts:
            analyzer.tagger.tag(article.title, article.body)

    def tag_detect() -> None:
        for article, _ in firsts:
            tagged = analyzer.tagger.tag(article.title, article.body)
            analyzer.detector.detect(
                article.title, article.body, tagged, published=article.published_at
            )

    def analyze() -> None:
        for article, digest in firsts:
            analyzer.analyze(article, now, digest)

    stages: list[tuple[str, Callable[[], None]]] = [
        ("decode", decode),
        ("hash", hash_all),
        ("tag", tag),
        ("tag+detect", tag_detect),
        ("analyze", analyze),
    ]
    analyze()  # warm-up: first-call costs are not throughput
    out = []
    for name, run in stages:
        times = []
        for _ in range(5):
            start = time.process_time()
            run()
            times.append(time.process_time() - start)
        out.append(f"{name} {statistics.median(times) * 1e6 / len(items):.1f}")
    print(f"us per input article ({len(items)}, {len(firsts)} analyzed): " + ", ".join(out))


if __name__ == "__main__":
    main()
