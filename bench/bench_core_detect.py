"""Articles per second for the full core analysis (tag + detect) on ~4 KB articles.

Usage: .venv/bin/python bench/bench_core_detect.py [--articles N] [--repeat R] [--seed S]
                                                 [--policy-share P | --policy-articles A]
                                                 [--analyze]

Articles are generated deterministically from a fixed seed: news-like English and
Chinese paragraphs mixing policy sentences (approvals, bans, probes, tariffs, talk,
background) with filler, padded to about 4 KB of UTF-8. Runs in one process, one core.
``--policy-share`` is the chance that a PARAGRAPH holds a policy sentence (so even 0.05
leaves a trigger word in most articles); ``--policy-articles`` is the share of ARTICLES
that are policy stories, the rest being ordinary tech/business news without triggers.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from datetime import UTC, datetime

from schemas.article import RawArticle
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import TRIGGER_LABEL, Detector, load_patterns
from streams.core.normalise import content_hash
from streams.core.story_judge import load_story_judge
from streams.core.tagging import Tagger

POLICY = [
    "China has approved imports of Nvidia's H200 processors by ByteDance, Alibaba and Tencent.",
    "The Commerce Department added several units of Huawei and SMIC to the entity list.",
    "Beijing halted purchases of the H20 earlier this month, people familiar said.",
    "China's Commerce Ministry said it will impose export controls on gallium and germanium.",
    "Analysts expect Washington could tighten restrictions on AI chips next year.",
    "The Netherlands plans to expand export rules for ASML's lithography machines.",
    "China's market regulator launched an investigation into Nvidia on Monday.",
    "Japan's trade ministry restricted exports of 23 types of chipmaking equipment.",
    "The European Commission opened an anti-subsidy probe into legacy chips from China.",
    "中国商务部宣布对镓、锗相关物项实施出口管制。",
    "国家网信办约谈英伟达，要求说明H20芯片的安全风险。",
    "分析师预计美国可能进一步收紧对华芯片出口管制。",
]
FILLER = [
    "Nvidia reported record quarterly revenue driven by demand for its Blackwell chips.",
    "TSMC said capacity for advanced packaging would remain tight through next year.",
    "Samsung and SK Hynix are racing to supply HBM to AI accelerator makers.",
    "Shares of AMD rose after the company showed its MI355X accelerator to customers.",
    "Microsoft, Google and Amazon continue to spend heavily on data centres.",
    "The company's chief executive said supply chains were stabilising after a difficult year.",
    "Investors are watching margins closely as competition intensifies in the sector.",
    "华为表示，其昇腾芯片的出货量在今年显著增长。",
    "Industry executives gathered in Taipei for the annual computing trade show.",
    "Cloud providers said demand for inference capacity had outpaced their forecasts.",
]


def make_article(
    rng: random.Random, share: float = 0.5, target_bytes: int = 4096
) -> tuple[str, str]:
    title = rng.choice(POLICY + FILLER)[:120]
    paragraphs: list[str] = []
    size = 0
    while size < target_bytes:
        sentences = [rng.choice(FILLER) for _ in range(rng.randint(2, 4))]
        if rng.random() < share:
            sentences.insert(rng.randint(0, len(sentences)), rng.choice(POLICY))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    return title, "\n".join(paragraphs)


def make_mixed_article(
    rng: random.Random, policy_articles: float, target_bytes: int = 4096
) -> tuple[str, str]:
    """A feed where a ``policy_articles`` share of ARTICLES are policy stories.

    A policy story is built as with ``--policy-share 0.5`` (a policy headline, a policy
    sentence in about half its paragraphs); every other article is ordinary
    tech/business news: filler headline and paragraphs only, so it holds firms and chips
    but no trigger word.
    """
    if rng.random() < policy_articles:
        _, body = make_article(rng, 0.5, target_bytes)
        return rng.choice(POLICY)[:120], body
    title = rng.choice(FILLER)[:120]
    _, body = make_article(rng, 0.0, target_bytes)
    return title, body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--policy-share",
        type=float,
        default=0.5,
        help="chance that a paragraph holds a policy sentence (0.5: trigger-heavy worst case)",
    )
    parser.add_argument(
        "--policy-articles",
        type=float,
        default=None,
        help="share of ARTICLES that are policy stories, the rest ordinary tech news "
        "(0.05: a realistic feed); overrides --policy-share",
    )
    parser.add_argument(
        "--analyze",
        action="store_true",
        help="also time Analyzer.analyze (tag + detect + the output models)",
    )
    args = parser.parse_args()

    rng = random.Random(args.seed)
    if args.policy_articles is not None:
        articles = [make_mixed_article(rng, args.policy_articles) for _ in range(args.articles)]
        mix = f"policy articles {args.policy_articles}"
    else:
        articles = [make_article(rng, args.policy_share) for _ in range(args.articles)]
        mix = f"policy share {args.policy_share} (of paragraphs)"
    mean_kb = statistics.mean(len((t + b).encode("utf-8")) for t, b in articles) / 1024
    detector = Detector(load_patterns())
    tagger = Tagger(load_catalog(), keywords=detector.keywords)

    events = 0
    for title, body in articles[:200]:  # warm-up
        detector.detect(title, body, tagger.tag(title, body))
    rates: list[float] = []
    tag_only: list[float] = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        for title, body in articles:
            tagger.tag(title, body)
        tag_only.append(len(articles) / (time.perf_counter() - started))
        events = 0
        started = time.perf_counter()
        for title, body in articles:
            tagged = tagger.tag(title, body)
            # The tagger's result itself, as the pipeline passes it (streams/core/analyze.py).
            events += len(detector.detect(title, body, tagged))
        rates.append(len(articles) / (time.perf_counter() - started))
    print(f"articles: {len(articles)} x {args.repeat} runs, mean size {mean_kb:.2f} KB, {mix}")
    with_trigger = sum(tagger.tag(t, b).has_keyword(TRIGGER_LABEL) for t, b in articles) / len(
        articles
    )
    print(f"articles holding a trigger word: {with_trigger:.0%}; load {os.getloadavg()}")
    print(f"events found per pass: {events}")
    print(f"tag only:      median {statistics.median(tag_only):8.0f} articles/s")
    print(
        f"tag + detect:  median {statistics.median(rates):8.0f} articles/s "
        f"(best {max(rates):.0f}, worst {min(rates):.0f}; goal >= 5000 on one core)"
    )
    if args.analyze:
        rate = analyze_rate(articles, args.repeat)
        print(f"Analyzer.analyze (+ output models): median {rate:8.0f} articles/s")


def analyze_rate(articles: list[tuple[str, str]], repeat: int) -> float:
    """Median articles/s of ``Analyzer.analyze``, as the worker calls it.

    On top of tag + detect this builds the output: ``EntityRef``/``Span`` models of every
    article and the ``AnalyzedArticle``. The ``RawArticle`` models and the content hash
    (which the worker computes earlier, for dedupe) are made before the clock starts.
    """
    # As the worker runs it: with the bundled story judge (round 48).
    analyzer = Analyzer.build(load_catalog(), load_patterns(), load_story_judge())
    raws = [
        RawArticle(id=f"a{i}", title=title, body=body) for i, (title, body) in enumerate(articles)
    ]
    digests = [content_hash(raw.title, raw.body) for raw in raws]
    now = datetime.now(UTC)
    rates: list[float] = []
    for _ in range(repeat):
        started = time.perf_counter()
        for raw, digest in zip(raws, digests, strict=True):
            analyzer.analyze(raw, now, digest)
        rates.append(len(raws) / (time.perf_counter() - started))
    return statistics.median(rates)


if __name__ == "__main__":
    main()
