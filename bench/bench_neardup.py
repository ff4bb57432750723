"""Near-duplicate step: cost per article with a full window, the library comparison, the curve.

Usage: .venv/bin/python bench/bench_neardup.py [--window N] [--churn C] [--articles M] [--seed S]
       .venv/bin/python bench/bench_neardup.py --compare [--compare-window N]
       .venv/bin/python bench/bench_neardup.py --curve
       .venv/bin/python bench/bench_neardup.py --signatures [--against REV]

Default: fills the window with N (100,000) synthetic ~4 KB articles (85 % English-like
words, 15 % Chinese characters; Zipf-distributed vocabulary, so common phrases recur
across articles as in news), passes C (60,000) more through it so that it is measured as
it runs (each pushes the oldest out), then times M (2,000) more through the whole near-duplicate
work of one article: shingles + signature (``streams.steps.candidate``'s part) and
``neardup_step`` (expiry of the oldest, LSH query, verification, insert), 10 % of them
copies of a recent article with a new headline and a footer. Then 300 English and 300
Chinese articles *as written*, which that corpus is not (curly quotes, dashes and
accented names; full-width commas, quotes, digits and Latin names among the
characters), the same way. Also the memory the window holds and how long a rebuild from
the table's entries takes (a rebalance).

``--compare``: rensa against datasketch on the same shingle sets (signature, LSH insert,
query, memory); needs ``pip install -e '.[bench-neardup]'``.

``--signatures [--against REV]``: ``signature`` alone per kind of text (synthetic and as
written, English and Chinese), and with ``--against`` also the module of git revision REV
(loaded beside this one, passes alternating) for a before/after, and whether the two give
the same signatures on those articles and on 20,000 fuzzed ones; the same for the content
hash (``streams/core/normalise.py``), also on Chinese with full-width digits and English
with an ellipsis.

``--curve``: precision and recall per kind on the pair set (tests/neardup_pairs.py) for
thresholds 0.20 .. 0.90, through the real step.

``--agent``: the ceiling of the one-partition ``near-dup`` agent on a real broker (the
test harness's, on a free port): N candidates (analyzed articles with signatures) are
put on ``chipwatch.articles.neardup`` first, then one ``chipwatch worker`` drains them;
the rate is taken from the broker timestamps of the first and last analyzed articles
it writes. Everything else in the worker is idle, so this is the agent alone: consume,
index step, table write, publish.

One process, one core. docs/near-duplicates.md has the figures and the machine load.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
from rensa import RMinHash

from streams.core.neardup import (
    IndexEntry,
    NearDupConfig,
    NearDupIndex,
    neardup_step,
    shingles,
    signature,
)

REPO = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    """Resident memory of this process now (not the peak)."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * 4096 / 2**20


class Corpus:
    """Deterministic news-shaped text: Zipf-weighted words, or Chinese characters."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        syllables = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai")]
        words = set()
        while len(words) < 20_000:
            words.add("".join(self.rng.choices(syllables, k=self.rng.randint(1, 4))))
        self.words = sorted(words)
        self.word_weights = list(_cumulative([1 / (i + 1) ** 1.05 for i in range(len(self.words))]))
        self.chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
        self.char_weights = list(_cumulative([1 / (i + 1) for i in range(len(self.chars))]))

    def english(self) -> tuple[str, str]:
        rng = self.rng
        paragraphs = []
        size = 0
        while size < 3800:
            sentences = []
            for _ in range(rng.randint(2, 4)):
                n = rng.randint(12, 26)
                words = rng.choices(self.words, cum_weights=self.word_weights, k=n)
                sentences.append(" ".join(words).capitalize() + rng.choice(".,;") + "")
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            size += len(paragraph) + 1
        title = " ".join(rng.choices(self.words, cum_weights=self.word_weights, k=8)).title()
        return title, "\n".join(paragraphs)

    def chinese(self) -> tuple[str, str]:
        rng = self.rng
        paragraphs = []
        size = 0
        while size < 3800:  # bytes of UTF-8: ~1,270 characters
            n = rng.randint(40, 90)
            paragraph = "".join(rng.choices(self.chars, cum_weights=self.char_weights, k=n)) + "。"
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 1
        title = "".join(rng.choices(self.chars, cum_weights=self.char_weights, k=14))
        return title, "\n".join(paragraphs)

    def english_as_written(self) -> tuple[str, str]:
        """English as news typesets it: curly quotes and apostrophes, dashes, and now and
        then a name with accents (the synthetic English above is plain ASCII)."""
        title, body = self.english()
        rng = self.rng
        names = ("Société Générale", "Nestlé", "São Paulo", "Müller", "Ørsted", "Señor")
        sentences = []
        for sentence in body.split(". "):
            pick = rng.random()
            if pick < 0.15:
                sentence = "\u201c" + sentence + "\u201d"
            elif pick < 0.25:
                sentence = sentence.replace(" ", "\u2019s ", 1)
            elif pick < 0.3:
                sentence += " \u2014 " + rng.choice(names)
            sentences.append(sentence)
        return title, ". ".join(sentences)

    def chinese_as_written(self) -> tuple[str, str]:
        """Chinese as news writes it: clauses between full-width commas and enumeration
        marks, quotes and titles, digits and Latin names among the characters (the
        synthetic Chinese above has a full stop per paragraph and nothing else)."""
        rng = self.rng
        tokens = ("H20", "2025年", "5%", "ASML", "3.5亿", "AI", "10月", "EUV")
        paragraphs = []
        size = 0
        while size < 3800:
            clauses = []
            for _ in range(rng.randint(2, 6)):
                k = rng.randint(5, 16)
                clause = "".join(rng.choices(self.chars, cum_weights=self.char_weights, k=k))
                if rng.random() < 0.3:
                    at = rng.randint(0, len(clause))
                    clause = clause[:at] + rng.choice(tokens) + clause[at:]
                if rng.random() < 0.1:
                    clause = rng.choice(("“{}”", "《{}》", "（{}）")).format(clause)
                clauses.append(clause)
            paragraph = "".join(c + rng.choice("，，，、") for c in clauses[:-1])
            paragraph += clauses[-1] + rng.choice("。。。！？")
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 1
        title = "".join(rng.choices(self.chars, cum_weights=self.char_weights, k=14))
        return title, "\n".join(paragraphs)

    def article(self) -> tuple[str, str]:
        return self.chinese() if self.rng.random() < 0.15 else self.english()


def _cumulative(weights: list[float]) -> Iterator[float]:
    total = 0.0
    for w in weights:
        total += w
        yield total


def print_row(name: str, values: list[float]) -> None:
    """Print one table row: mean, median, p95 and p99 of ``values`` (µs)."""
    values = sorted(values)
    p95 = values[int(len(values) * 0.95)]
    p99 = values[int(len(values) * 0.99)]
    print(
        f"| {name} | {statistics.fmean(values):.1f} | {statistics.median(values):.1f} "
        f"| {p95:.1f} | {p99:.1f} |"
    )


def bench_window(window: int, articles: int, seed: int, churn: int) -> None:
    corpus = Corpus(seed)
    config = NearDupConfig(threshold=0.5, window_articles=window, window_seconds=1e12)
    gc.collect()
    before = rss_mb()
    index = NearDupIndex()
    recent: list[tuple[str, str]] = []
    # What the agent writes to the table, kept on disk (as RocksDB would), not in memory.
    table = tempfile.TemporaryFile()  # noqa: SIM115 - closed once the rebuild read it
    early: list[RMinHash | None] = []
    fill_started = time.perf_counter()
    for i in range(window):
        title, body = corpus.article()
        sig = signature(title, body)
        _, placed = neardup_step(index, f"f{i}", sig, float(i), config)
        table.write(orjson.dumps(placed.entry.model_dump()) + b"\n")
        if i >= window - 500:
            recent.append((title, body))
        if i < churn:
            early.append(sig)
    fill = time.perf_counter() - fill_started
    gc.collect()
    held = rss_mb() - before
    # The window as it runs, not just filled: `churn` more articles pass through it (the
    # signatures of the articles that have just left it, under new ids), each pushing
    # the oldest out. A structure that degrades with evictions shows here; measured
    # straight after the fill it would not. Not written to the table (the rebuild below
    # reads the window of the fill).
    for k in range(1, churn + 1):
        neardup_step(index, f"c{k}", early[k - 1], float(window + k), config)
        early[k - 1] = None
    now = window + churn + 1
    # The measured articles: generated first, so only the near-duplicate work is timed.
    work = []
    for _ in range(articles):
        if corpus.rng.random() < 0.10:
            title, body = corpus.rng.choice(recent)
            work.append(("Re-run: " + title, body + "\nFollow us for more news."))
        else:
            work.append(corpus.article())
    chinese = [not body.isascii() for _, body in work]
    sign_us: list[float] = []
    step_us: list[float] = []
    cpu_us: list[float] = []
    found = 0
    for j, (title, body) in enumerate(work):
        # CPU time of this thread around the wall-clock pair: on two cores shared with
        # other work the process is descheduled now and then (4 ms a time slice), which
        # wall time counts into the article that was running and CPU time does not.
        c0 = time.thread_time_ns()
        t0 = time.perf_counter()
        sig = signature(title, body)
        t1 = time.perf_counter()
        _, result = neardup_step(index, f"m{j}", sig, float(now + j), config)
        t2 = time.perf_counter()
        c2 = time.thread_time_ns()
        sign_us.append((t1 - t0) * 1e6)
        step_us.append((t2 - t1) * 1e6)
        cpu_us.append((c2 - c0) / 1e3)
        found += result.near_duplicate_of is not None
    total = [a + b for a, b in zip(sign_us, step_us, strict=True)]
    # Text as news writes it, which the corpus above is not (typeset quotes, dashes and
    # accents in English; commas, quotes, digits and Latin names among Chinese
    # characters): measured the same way, on the same window, after the rest.
    written = [corpus.english_as_written() for _ in range(300)]
    written += [corpus.chinese_as_written() for _ in range(300)]
    written_sign: list[float] = []
    written_total: list[float] = []
    written_cpu: list[float] = []
    for j, (title, body) in enumerate(written):
        c0 = time.thread_time_ns()
        t0 = time.perf_counter()
        sig = signature(title, body)
        t1 = time.perf_counter()
        neardup_step(index, f"w{j}", sig, float(now + articles + j), config)
        t2 = time.perf_counter()
        c2 = time.thread_time_ns()
        written_sign.append((t1 - t0) * 1e6)
        written_total.append((t2 - t0) * 1e6)
        written_cpu.append((c2 - c0) / 1e3)
    # A rebuild, as after a rebalance: the table's values decoded and loaded.
    table.seek(0)
    stored = table.read().splitlines()
    table.close()
    t0 = time.perf_counter()
    rebuilt = NearDupIndex()
    rebuilt.load(IndexEntry.model_validate_json(raw) for raw in stored)
    rebuild = time.perf_counter() - t0
    table_mb = sum(len(raw) for raw in stored) / 2**20
    print(
        f"window {window:,} articles (filled in {fill:.1f} s), then {churn:,} more through "
        f"it; {articles:,} measured"
    )
    print("| what | mean µs | median µs | p95 µs | p99 µs |")
    print("| --- | --- | --- | --- | --- |")
    for name, values in (
        (
            "shingles + signature, English",
            [u for u, zh in zip(sign_us, chinese, strict=True) if not zh],
        ),
        (
            "shingles + signature, Chinese",
            [u for u, zh in zip(sign_us, chinese, strict=True) if zh],
        ),
        ("neardup_step (expire, query, verify, insert)", step_us),
        ("per article, English", [u for u, zh in zip(total, chinese, strict=True) if not zh]),
        ("per article, Chinese", [u for u, zh in zip(total, chinese, strict=True) if zh]),
        ("per article, the mix", total),
        ("shingles + signature, English as written", written_sign[:300]),
        ("shingles + signature, Chinese as written", written_sign[300:]),
        ("per article, English as written", written_total[:300]),
        ("per article, Chinese as written", written_total[300:]),
    ):
        print_row(name, values)
    print("per article in CPU time (this thread's, around the same work):")
    print("| what | mean µs | median µs | p95 µs | p99 µs |")
    print("| --- | --- | --- | --- | --- |")
    for name, values in (
        ("per article, English", [u for u, zh in zip(cpu_us, chinese, strict=True) if not zh]),
        ("per article, Chinese", [u for u, zh in zip(cpu_us, chinese, strict=True) if zh]),
        ("per article, the mix", cpu_us),
        ("per article, English as written", written_cpu[:300]),
        ("per article, Chinese as written", written_cpu[300:]),
    ):
        print_row(name, values)
    print(f"near-duplicates found among the measured: {found} (10 % were copies)")
    print(f"memory held by the window: {held:.0f} MB RSS ({held * 2**20 / window:.0f} B/article)")
    print(f"table values: {table_mb:.0f} MB; rebuild from them: {rebuild:.1f} s")


def _timed(fn: Callable[[], object], n: int) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) / n * 1e6


def _rensa(sets: list[list[str]]) -> tuple[float, float, float, float, float]:
    from rensa import RMinHash, RMinHashLSH

    gc.collect()
    m0 = rss_mb()
    sigs: list[RMinHash] = []

    def sign() -> None:
        for s in sets:
            m = RMinHash(num_perm=128, seed=7)
            m.update(s)
            sigs.append(m)

    sig_us = _timed(sign, len(sets))
    m1 = rss_mb()
    lsh = RMinHashLSH(threshold=0.5, num_perm=128, num_bands=32)
    ins_us = _timed(lambda: [lsh.insert(i, m) for i, m in enumerate(sigs)], len(sets))
    m2 = rss_mb()
    queries = sigs[:2000]
    q_us = _timed(lambda: [lsh.query(m) for m in queries], len(queries))
    return sig_us, ins_us, q_us, m1 - m0, m2 - m1


def _datasketch(sets: list[list[str]]) -> tuple[float, float, float, float, float]:
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    gc.collect()
    m0 = rss_mb()
    sigs: list[LeanMinHash] = []

    def sign() -> None:
        for s in sets:
            m = MinHash(num_perm=128, seed=7)
            m.update_batch([x.encode() for x in s])
            sigs.append(LeanMinHash(m))

    sig_us = _timed(sign, len(sets))
    m1 = rss_mb()
    lsh = MinHashLSH(threshold=0.5, num_perm=128, params=(32, 4))
    ins_us = _timed(lambda: [lsh.insert(i, m) for i, m in enumerate(sigs)], len(sets))
    m2 = rss_mb()
    queries = sigs[:2000]
    q_us = _timed(lambda: [lsh.query(m) for m in queries], len(queries))
    return sig_us, ins_us, q_us, m1 - m0, m2 - m1


def bench_compare(window: int, seed: int) -> None:
    corpus = Corpus(seed)
    sets = [shingles(*corpus.english()) for _ in range(window)]
    rows = [("rensa 0.5 (R-MinHash, Rust)", *_rensa(sets))]
    rows.append(("datasketch (MinHash, NumPy)", *_datasketch(sets)))
    print(f"{window:,} English ~4 KB articles, 128 permutations, 32 bands x 4 rows")
    print("| library | signature µs | LSH insert µs | LSH query µs | signatures MB | LSH MB |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, sig_us, ins_us, q_us, sig_mb, lsh_mb in rows:
        print(
            f"| {name} | {sig_us:.1f} | {ins_us:.1f} | {q_us:.1f} | {sig_mb:.0f} | {lsh_mb:.0f} |"
        )


def bench_curve() -> None:
    sys.path.insert(0, str(REPO))
    from tests.neardup_pairs import (
        NEGATIVE,
        POSITIVE,
        REPORTED,
        build_pairs,
        evaluate,
        precision,
        recall,
    )

    pairs = build_pairs()
    kinds = (*POSITIVE, *REPORTED, *NEGATIVE)
    print("| threshold | precision | recall | " + " | ".join(kinds) + " |")
    print("| --- " * (3 + len(kinds)) + "|")
    for step in range(4, 19):
        threshold = step / 20
        outcome = evaluate(pairs, threshold)
        cells = [f"{outcome[k].flagged}/{outcome[k].pairs}" for k in kinds]
        print(
            f"| {threshold:.2f} | {precision(outcome):.3f} | {recall(outcome):.3f} | "
            + " | ".join(cells)
            + " |"
        )


def bench_agent(articles: int, seed: int) -> None:
    import asyncio
    import uuid
    from datetime import UTC, datetime

    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    sys.path.insert(0, str(REPO))
    from schemas.article import AnalyzedArticle
    from streams.core.neardup import SCHEME, encode_signature
    from streams.kafka_admin import ensure_topics
    from streams.settings import Settings
    from tests.kafka_harness import Names, Worker, local_broker

    corpus = Corpus(seed)
    now = datetime.now(UTC)
    values = []
    for i in range(articles):
        title, body = corpus.article()
        sig = signature(title, body)
        candidate = {
            "article": AnalyzedArticle(
                id=f"n{i}", content_hash=f"{i:064x}", title=title, ingested_at=now
            ).model_dump(mode="json"),
            "scheme": SCHEME,
            "signature": encode_signature(sig) if sig is not None else None,
        }
        values.append(orjson.dumps(candidate))
    with tempfile.TemporaryDirectory() as tmp, local_broker(Path(tmp)) as broker:
        names = Names(suffix=uuid.uuid4().hex[:10])
        env = names.env()
        settings = Settings(
            broker=f"kafka://{broker.bootstrap}",
            app_id=env["CHIPWATCH_APP_ID"],
            # chipwatch's own topic: named after the app id (Names.env leaves it out).
            topic_neardup=names.own("articles.neardup"),
            topic_analyzed=env["CHIPWATCH_TOPIC_ANALYZED"],
            partitions_internal=2,
            partitions_out=2,
            partitions_raw=2,
        )

        async def load() -> None:
            await ensure_topics(settings)
            producer = AIOKafkaProducer(
                bootstrap_servers=broker.bootstrap, linger_ms=20, max_batch_size=512 * 1024
            )
            await producer.start()
            try:
                for i, value in enumerate(values):
                    await producer.send(settings.topic_neardup, value=value, key=f"n{i}".encode())
                await producer.flush()
            finally:
                await producer.stop()

        asyncio.run(load())
        worker = Worker(broker, names, Path(tmp), store="rocksdb://").start(timeout=120)
        pid = worker.proc.pid  # type: ignore[union-attr]
        cpu0 = _cpu_seconds(pid)

        async def drain() -> tuple[int, float, float]:
            consumer = AIOKafkaConsumer(
                settings.topic_analyzed,
                bootstrap_servers=broker.bootstrap,
                auto_offset_reset="earliest",
                enable_auto_commit=False,
            )
            await consumer.start()
            seen, first, last = 0, float("inf"), 0.0
            deadline = time.monotonic() + 600
            try:
                while seen < articles and time.monotonic() < deadline:
                    batch = await consumer.getmany(timeout_ms=500)
                    for records in batch.values():
                        for record in records:
                            seen += 1
                            first = min(first, record.timestamp / 1000)
                            last = max(last, record.timestamp / 1000)
            finally:
                await consumer.stop()
            return seen, first, last

        try:
            seen, first, last = asyncio.run(drain())
            cpu = _cpu_seconds(pid) - cpu0
        finally:
            worker.stop()
        rate = (seen - 1) / (last - first) if last > first else float("nan")
        print(
            f"near-dup agent alone, one partition, RocksDB: {seen:,} articles in "
            f"{last - first:.1f} s = {rate:,.0f} articles/s; worker CPU from ready "
            f"{cpu:.2f} s = {cpu * 1000 / max(1, seen):.3f} ms per article"
        )


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench_signatures(against: str | None, seed: int) -> None:
    """Time ``signature`` alone per kind of text; with ``against``, also that revision's."""
    import importlib.util
    import subprocess

    from streams.core import neardup

    corpus = Corpus(seed)
    kinds = {
        "English, synthetic": [corpus.english() for _ in range(200)],
        "Chinese, synthetic": [corpus.chinese() for _ in range(200)],
        "English as written": [corpus.english_as_written() for _ in range(200)],
        "Chinese as written": [corpus.chinese_as_written() for _ in range(200)],
    }

    def revision(name: str) -> Any:
        """Module ``streams/core/{name}.py`` of git revision ``against``, loaded beside ours."""
        source = subprocess.run(
            ["git", "-C", str(REPO), "show", f"{against}:streams/core/{name}.py"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{name}_against.py"
            path.write_text(source)
            spec = importlib.util.spec_from_file_location(f"{name}_against", path)
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            sys.modules[f"{name}_against"] = module  # dataclasses look their module up
            spec.loader.exec_module(module)
        return module

    modules: list[tuple[str, Callable[[str, str], object]]] = []
    if against is not None:
        modules.append((against, revision("neardup").signature))
    modules.append(("this tree", neardup.signature))
    if against is not None:
        _same_signatures(modules[0][1], neardup.signature, kinds, seed)
    print("signature alone, µs per article: best of 7 passes over 200 articles (alternating)")
    _alternating(modules, kinds)
    if against is not None:
        # The content hash (streams/core/normalise.py), on the same text and on two kinds
        # where NFKC has more to do: full-width digits (common in CJK feeds), an ellipsis.
        from streams.core.normalise import content_hash

        old_hash = revision("normalise").content_hash
        wide = str.maketrans("0123456789", "０１２３４５６７８９")
        kinds["Chinese as written, full-width digits"] = [
            (title, body.translate(wide)) for title, body in kinds["Chinese as written"]
        ]
        kinds["English as written, an ellipsis"] = [
            (title, body.replace(". ", "\u2026 ", 1)) for title, body in kinds["English as written"]
        ]
        texts = [a for group in kinds.values() for a in group] + _fuzzed(seed + 1, 50_000)
        differ = sum(old_hash(*a) != content_hash(*a) for a in texts)
        print(f"content hashes that differ from the other revision's: {differ} of {len(texts):,}")
        print("content_hash, µs per article: best of 7 passes over 200 articles (alternating)")
        _alternating([(against, old_hash), ("this tree", content_hash)], kinds)


def _alternating(
    modules: list[tuple[str, Callable[[str, str], object]]],
    kinds: dict[str, list[tuple[str, str]]],
) -> None:
    """Print the best of seven passes per kind of text for each function, passes alternating."""
    print("| text | " + " | ".join(name for name, _ in modules) + " |")
    print("| --- " * (1 + len(modules)) + "|")
    for kind, articles in kinds.items():
        # Passes alternate between the revisions: load from other work hits both alike.
        passes: list[list[float]] = [[] for _ in modules]
        for _ in range(7):
            for (_, sign), times in zip(modules, passes, strict=True):
                t0 = time.perf_counter()
                for title, body in articles:
                    sign(title, body)
                times.append((time.perf_counter() - t0) / len(articles) * 1e6)
        print(f"| {kind} | " + " | ".join(f"{min(times):.1f}" for times in passes) + " |")


def _fuzzed(seed: int, n: int) -> list[tuple[str, str]]:
    """Articles of random pieces: the characters where the text paths part ways."""
    pieces = [
        *"aZ_9 .,;'!?-()\n\t\0", "word", "H200", "Nvidia", "3.5%", "é", "Ä", "ß", "ﬁ", "«",
        "€", "…", "\u00a0", "\u00ad", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014",
        "e\u0301", "\u0301", "\u0308", "\u0338", "Å", "\u212b", "ǅ", "①", "Ｈ２０", "，", "、",
        "。", "：", "（", "）", "《", "》", "\u3000", "中国", "芯片", "華為", "晶片", "出口管制",
        "\uf900", "ｶﾞ", "か\u3099", "ハ", "한국", "\u1100\u1161", "\u0b47\u0b3e", "Крым",
        "\U0002f800", "\U0001f600", "㊀", "\u2f00",
    ]  # fmt: skip
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        title = "".join(rng.choices(pieces, k=rng.randint(0, 8)))
        body = "".join(rng.choices(pieces, k=rng.randint(1, 120)))
        out.append((title, body))
    return out


def _same_signatures(
    old: Callable[[str, str], object],
    new: Callable[[str, str], object],
    kinds: dict[str, list[tuple[str, str]]],
    seed: int,
) -> None:
    """Check that two ``signature`` functions agree on every article and on fuzzed text."""
    articles = [a for group in kinds.values() for a in group] + _fuzzed(seed, 20_000)
    differ = 0
    for title, body in articles:
        a, b = old(title, body), new(title, body)
        a_state = None if a is None else a.__getstate__()  # type: ignore[attr-defined]
        b_state = None if b is None else b.__getstate__()  # type: ignore[attr-defined]
        differ += a_state != b_state
    print(f"signatures that differ from the other revision's: {differ} of {len(articles):,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=int, default=100_000)
    parser.add_argument("--churn", type=int, default=60_000)
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--compare-window", type=int, default=20_000)
    parser.add_argument("--curve", action="store_true")
    parser.add_argument("--agent", action="store_true")
    parser.add_argument("--signatures", action="store_true")
    parser.add_argument("--against", help="with --signatures: also time this git revision's")
    args = parser.parse_args()
    with open("/proc/loadavg") as handle:
        print(f"load average: {handle.read().split()[0]}")
    if args.curve:
        bench_curve()
    elif args.agent:
        bench_agent(args.articles if args.articles != 2_000 else 20_000, args.seed)
    elif args.compare:
        bench_compare(args.compare_window, args.seed)
    elif args.signatures:
        bench_signatures(args.against, args.seed)
    else:
        bench_window(args.window, args.articles, args.seed, min(args.churn, args.window))


if __name__ == "__main__":
    main()
