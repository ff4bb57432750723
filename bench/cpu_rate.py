"""CPU-time rates of the core: tag+detect, the full analyze, and ``make bench``'s core pass.

The machine is shared, so wall-clock rates are noisy; ``time.process_time`` counts only
this process's CPU. Prints the median of five runs over 2,000 generated 4 KB articles
(bench_core_detect's mix, 5 % policy) for tag+detect and analyze, and the median of
three runs of ``run.core_pass`` (validate + hash + dedupe + tag + detect + reports over
the 20,000 articles of ``make bench``'s corpus, seed 1: its ``core_articles_per_s``)
without the broker. ``--no-core-pass`` leaves that one out (~30 s).

    .venv/bin/python bench/cpu_rate.py NAME [--no-core-pass]
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_core_detect as bench

from schemas.article import RawArticle
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.core.normalise import content_hash


def main() -> None:
    """Measure and print the two CPU-time rates."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    name = args[0] if args else "run"
    rng = random.Random(1)
    articles = [bench.make_mixed_article(rng, 0.05) for _ in range(2000)]
    analyzer = Analyzer.build(load_catalog(), load_patterns())
    raws = [RawArticle(id=f"a{i}", title=t, body=b) for i, (t, b) in enumerate(articles)]
    digests = [content_hash(r.title, r.body) for r in raws]
    now = datetime.now(UTC)
    for raw, digest in zip(raws[:300], digests, strict=False):
        analyzer.analyze(raw, now, digest)  # warm up
    tag_detect: list[float] = []
    full: list[float] = []
    for _ in range(5):
        start = time.process_time()
        for title, body in articles:
            analyzer.detector.detect(title, body, analyzer.tagger.tag(title, body))
        tag_detect.append(len(articles) / (time.process_time() - start))
        start = time.process_time()
        for raw, digest in zip(raws, digests, strict=True):
            analyzer.analyze(raw, now, digest)
        full.append(len(articles) / (time.process_time() - start))
    line = (
        f"{name:6s} tag+detect cpu-rate median {statistics.median(tag_detect):7.0f}/s"
        f"  analyze {statistics.median(full):7.0f}/s"
    )
    if "--no-core-pass" not in sys.argv:
        import run
        from corpus import generate

        items = list(generate(20_000, seed=1, prefix="e2e"))
        rates = [run.core_pass(items)["articles_per_cpu_s"] for _ in range(3)]
        line += f"  core pass {statistics.median(rates):7.0f}/s {sorted(rates)}"
    print(line)


if __name__ == "__main__":
    main()
