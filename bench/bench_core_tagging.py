"""Tagging throughput (MB/s, articles/s) and catalog startup time, with the full catalog.

Usage:
    .venv/bin/python bench/bench_core_tagging.py [--articles N] [--repeat R] [--seed S]
                                                 [--compare] [--no-keywords]

Articles (~4 KB of UTF-8 each) are generated deterministically from a fixed seed:
news-like English paragraphs (and one Chinese paragraph in four articles) that mention
firms, chips, jurisdictions and regulators, mixed with filler prose. Two corpora: a
"typical" one (30% of sentences name entities: ~58 mentions per article, keywords
included) and a "dense" one (60%: ~106 mentions; the seed article is timed as well).
The tagger's cost grows with the number of mentions more than with bytes. The
detector's trigger lexicon is added as keywords when it can be loaded, as in the
pipeline. One process, one core; the best of R runs is shown, with the load average.

Three levels are timed: ``tag()`` alone (compact hits: what the pipeline pays for an
article without a trigger word), ``tag().mentions`` (the ``Mention`` records the
detector reads when there is a trigger) and ``tag().entities`` (the pydantic output
models, built from the hits).

``--compare`` also runs the same tagger on pyahocorasick (through a small adapter with
the ahocorasick-rs call shape) and a raw scan of the catalog keys with each library.
This is a benchmark, not a test: it prints figures and never fails on them.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import ahocorasick_rs

import streams.core.tag_match as tagging
from schemas.catalog import Catalog
from streams.core.catalog import load_catalog
from streams.core.tagging import Tagger

SEED_ARTICLE = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

SUBJECTS = [
    "Nvidia",
    "AMD",
    "Intel",
    "TSMC",
    "ASML",
    "Huawei",
    "SMIC",
    "ByteDance",
    "Alibaba",
    "Tencent",
    "Baidu",
    "Samsung",
    "SK Hynix",
    "Micron",
    "Tokyo Electron",
    "Applied Materials",
    "Lam Research",
    "Cambricon",
    "Moore Threads",
    "Nexperia",
    "Microsoft",
    "Google",
    "Meta",
    "Amazon",
    "Apple",
    "Arm",
    "Qualcomm",
    "Broadcom",
    "Oracle",
    "Dell",
    "Super Micro",
]
CHIPS = [
    "H20",
    "H200",
    "H100",
    "H800",
    "A100",
    "B200",
    "B30A",
    "GB200",
    "Blackwell",
    "MI308",
    "MI300X",
    "Ascend 910C",
    "Gaudi 3",
    "HBM",
    "TPU",
    "RTX Pro 6000D",
    "H20s",
    "H200s",
]
STATES = [
    "Beijing",
    "Washington",
    "China",
    "the US",
    "the Netherlands",
    "Japan",
    "South Korea",
    "Taiwan",
    "the European Union",
    "Chinese regulators",
    "the Commerce Department",
    "BIS",
    "MOFCOM",
    "China's customs",
    "the White House",
    "METI",
    "Brussels",
    "SAMR",
]
TEMPLATES = [
    "{s} said on Tuesday that demand for the {c} remained strong in {j}, despite new rules.",
    "Officials in {j} have approved sales of the {c} to {s}, according to people familiar.",
    "{s}'s shares rose after {j} signalled it could relax curbs on the {c}.",
    "Analysts at several brokerages expect {s} to ship more {c} units next quarter.",
    "{j} opened an investigation into {s} over its sales of the {c}, a statement said.",
    "The {c} is at the centre of a dispute between {s} and {j}.",
    "Executives at {s} met officials from {j} to discuss licences for the {c}.",
]
FILLER = [
    "The company's chief executive told investors that supply chains were stabilising.",
    "Markets were mixed on the day as traders weighed interest rates and earnings.",
    "Artificial intelligence spending by cloud providers has outpaced most forecasts.",
    "People familiar with the matter spoke on condition of anonymity because talks are private.",
    "The metadata in shipping manifests suggests that volumes have been volatile this year.",
    "Industry groups said the rules would take months to interpret and apply in practice.",
    "A spokesperson declined to comment beyond the statement published on the website.",
    "Intelligence agencies have warned lawmakers about the risks of smuggling networks.",
]
CHINESE = [
    "知情人士称，中国商务部已批准字节跳动和腾讯采购英伟达H200芯片，华为昇腾910C出货量增长。",
    "美国商务部工业与安全局宣布收紧对华出口管制，台积电和三星表示正在评估影响。",
]


def make_article(
    rng: random.Random, index: int, size: int = 4096, share: float = 0.3
) -> tuple[str, str]:
    """One deterministic article of about ``size`` UTF-8 bytes: title and body.

    ``share`` is the fraction of sentences that name a firm, a chip and a state (three
    mentions plus, mostly, a trigger keyword); the rest is filler prose.
    """

    def sentence() -> str:
        if rng.random() < share:
            return rng.choice(TEMPLATES).format(
                s=rng.choice(SUBJECTS), c=rng.choice(CHIPS), j=rng.choice(STATES)
            )
        return rng.choice(FILLER)

    title = sentence()[:110]
    paragraphs: list[str] = []
    length = 0
    while length < size - len(title):
        if index % 4 == 0 and not paragraphs:
            paragraph = rng.choice(CHINESE)
        else:
            paragraph = " ".join(sentence() for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        length += len(paragraph.encode("utf-8")) + 1
    return title, "\n".join(paragraphs)


def detector_keywords() -> dict[str, list[str]] | None:
    """The detector's trigger lexicon, as the pipeline passes it (None if unavailable)."""
    try:
        from streams.core.detect import Detector, load_patterns
    except ImportError:
        return None
    return Detector(load_patterns()).keywords


def timed(fn: Callable[[], Any], repeat: int) -> float:
    """Best wall time of ``repeat`` runs of ``fn`` (garbage collection paused)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def startup(repeat: int, keywords: dict[str, list[str]] | None) -> tuple[float, float, Tagger]:
    """Seconds to load the bundled catalog, and to build the tagger from it."""
    load = timed(load_catalog, repeat)
    catalog = load_catalog()
    build = timed(lambda: Tagger(catalog, keywords), repeat)
    return load, build, Tagger(catalog, keywords)


def throughput(
    tagger: Tagger, corpus: list[tuple[str, str]], repeat: int, *, level: str = "mentions"
) -> tuple[float, float]:
    """(MB/s, articles/s) of ``tag`` over the corpus.

    ``level``: ``hits`` times ``tag()`` alone (compact hits: what the pipeline pays for
    an article without a trigger word), ``mentions`` also builds the ``Mention``
    records, ``entities`` builds the pydantic ``EntityRef``/``Span`` models of the output
    (straight from the hits, without ``Mention`` records).
    """
    size = sum(len(t.encode()) + len(b.encode()) for t, b in corpus)

    def run() -> None:
        for title, body in corpus:
            result = tagger.tag(title, body)
            if level == "mentions":
                _ = result.mentions
            elif level == "entities":
                _ = result.entities

    seconds = timed(run, repeat)
    return size / seconds / 1e6, len(corpus) / seconds


class PyAhoCorasickAdapter:
    """pyahocorasick behind the ahocorasick-rs call shape, to swap it into the tagger."""

    def __init__(
        self, patterns: Iterable[str], matchkind: Any = None, implementation: Any = None
    ) -> None:
        import ahocorasick

        self.longest = matchkind == ahocorasick_rs.MatchKind.LeftmostLongest
        self.automaton = ahocorasick.Automaton()
        for index, key in enumerate(patterns):
            self.automaton.add_word(key, (index, len(key)))
        self.automaton.make_automaton()

    def find_matches_as_indexes(
        self, haystack: str, overlapping: bool = False
    ) -> list[tuple[int, int, int]]:
        found = (
            self.automaton.iter_long(haystack) if self.longest else self.automaton.iter(haystack)
        )
        return [(i, end - n + 1, end + 1) for end, (i, n) in found]


def compare(
    catalog: Catalog,
    keywords: dict[str, list[str]] | None,
    corpus: list[tuple[str, str]],
    repeat: int,
) -> None:
    """Print the same tagger on both libraries, and a raw scan of the keys with each."""
    try:
        import ahocorasick
    except ImportError:
        print("compare: pyahocorasick is not installed; skipped")
        return
    size = sum(len(t.encode()) + len(b.encode()) for t, b in corpus)
    rs_tagger = Tagger(catalog, keywords)
    original = tagging.AhoCorasick
    tagging.AhoCorasick = PyAhoCorasickAdapter  # type: ignore[misc,assignment]
    try:
        py_tagger = Tagger(catalog, keywords)
    finally:
        tagging.AhoCorasick = original  # type: ignore[misc]
    for title, body in corpus[:50]:  # both back ends must agree before we time them
        assert rs_tagger.tag(title, body).mentions == py_tagger.tag(title, body).mentions
    print("\nlibrary comparison (same corpus, same tagger code, best of runs):")
    for label, tagger in (("ahocorasick-rs", rs_tagger), ("pyahocorasick ", py_tagger)):
        mbps, aps = throughput(tagger, corpus, repeat)
        print(f"  tagger on {label}  {mbps:7.1f} MB/s  {aps:9.0f} articles/s")

    keys = sorted({a.text.lower() for e in catalog.entries for a in e.all_aliases()})
    texts = [(t + "\n" + b).lower() for t, b in corpus]
    rs_all = ahocorasick_rs.AhoCorasick(keys)
    py_all = ahocorasick.Automaton()
    for index, key in enumerate(keys):
        py_all.add_word(key, (index, len(key)))
    py_all.make_automaton()
    runs: dict[str, Callable[[], None]] = {
        "ahocorasick-rs, all matches": lambda: [
            rs_all.find_matches_as_indexes(t, overlapping=True) for t in texts
        ],
        "pyahocorasick,  all matches": lambda: [list(py_all.iter(t)) for t in texts],
        "ahocorasick-rs, leftmost-longest": lambda: [
            rs_all.find_matches_as_indexes(t) for t in texts
        ],
        "pyahocorasick,  iter_long": lambda: [list(py_all.iter_long(t)) for t in texts],
    }
    print(f"raw scan of {len(keys)} lower-cased catalog keys over the lower-cased corpus:")
    for label, run in runs.items():
        print(f"  {label:34s} {size / timed(run, repeat) / 1e6:7.1f} MB/s")


def main() -> None:
    """Parse arguments, run the benchmark, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--compare", action="store_true", help="also compare pyahocorasick")
    parser.add_argument("--no-keywords", action="store_true", help="catalog only, no lexicon")
    args = parser.parse_args()

    keywords = None if args.no_keywords else detector_keywords()
    rng = random.Random(args.seed)
    corpus = [make_article(rng, i, share=0.3) for i in range(args.articles)]
    dense = [make_article(rng, i, share=0.6) for i in range(args.articles)]

    load, build, tagger = startup(args.repeat, keywords)
    catalog = tagger.catalog
    aliases = sum(len(e.all_aliases()) for e in catalog.entries)
    phrases = sum(len(v) for v in (keywords or {}).values())
    print(
        f"python {platform.python_version()} on {platform.machine()}, one core; "
        f"load average {os.getloadavg()}"
    )
    print(f"catalog: {len(catalog.entries)} entries, {aliases} aliases; keywords: {phrases}")
    print(
        f"startup: load catalog {load * 1000:.1f} ms + build tagger {build * 1000:.1f} ms "
        f"= {(load + build) * 1000:.1f} ms"
    )
    for label, articles in (("typical", corpus), ("dense", dense)):
        size = sum(len(t.encode()) + len(b.encode()) for t, b in articles)
        mentions = sum(len(tagger.tag(t, b).mentions) for t, b in articles) / len(articles)
        print(
            f"{label} corpus: {len(articles)} articles, {size / len(articles):.0f} bytes and "
            f"{mentions:.1f} mentions per article"
        )
        for level, text in (
            ("hits", "tag() -> compact hits:       "),
            ("mentions", "tag() -> mentions:           "),
            ("entities", "tag() -> entities:           "),
        ):
            mbps, aps = throughput(tagger, articles, args.repeat, level=level)
            print(f"  {text}  {mbps:7.1f} MB/s  {aps:9.0f} articles/s")
    seeds = sorted(SEED_ARTICLE.glob("*.txt")) if SEED_ARTICLE.is_dir() else []
    if seeds:
        body = seeds[0].read_text(encoding="utf-8")
        mbps, aps = throughput(tagger, [("", body)] * 500, args.repeat)
        count = len(tagger.tag("", body).mentions)
        print(
            f"seed article ({len(body.encode())} bytes, {count} mentions): {mbps:7.1f} MB/s  "
            f"{aps:9.0f} articles/s"
        )
    if args.compare:
        compare(catalog, keywords, corpus, args.repeat)


if __name__ == "__main__":
    main()
