"""A deterministic, news-shaped corpus of raw articles for the end-to-end benchmark.

~4 KB JSON per article: a headline, a dateline lead and paragraphs of chip-industry
news, a share of them in Chinese; 20 % copies of an earlier article under a new id (the
same story from a wire feed), 5 % carrying a government policy action in the headline
and lead (the detector makes an event of it), 1 % malformed in the ways producers
actually break things.
Everything comes from one ``random.Random(seed)``: the same seed, the same bytes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import orjson

# Stated actions that the detector turns into primary events (checked by the bench:
# it counts the events the core finds in the corpus, it does not assume them).
POLICY_LEADS = [
    "China has approved imports of Nvidia's H200 processors by ByteDance, Alibaba and Tencent.",
    "The Commerce Department added several units of Huawei and SMIC to the entity list.",
    "China's Commerce Ministry said it will impose export controls on gallium and germanium.",
    "The Netherlands expanded export rules for ASML's lithography machines on Friday.",
    "China's market regulator launched an investigation into Nvidia on Monday.",
    "Japan's trade ministry restricted exports of 23 types of chipmaking equipment.",
    "The US banned exports of Nvidia's H20 chips to China, the company said.",
    "中国商务部宣布对镓、锗相关物项实施出口管制。",
    "国家网信办约谈英伟达，要求说明H20芯片的安全风险。",
]
POLICY_TITLES = [
    "China approves Nvidia H200 imports for big tech groups",
    "US adds Huawei and SMIC units to entity list",
    "Beijing tightens export controls on chip metals",
    "Dutch widen curbs on ASML lithography exports",
    "China opens probe into Nvidia",
    "Japan restricts chipmaking equipment exports",
    "US bans Nvidia H20 sales to China",
    "商务部对镓锗实施出口管制",
    "网信办约谈英伟达",
]
# Hedged, forecast and background sentences: trigger words without a stated action,
# so the detector has real work to do on ordinary articles too.
HEDGED = [
    "Analysts expect Washington could tighten restrictions on AI chips next year.",
    "Officials are weighing whether to relax some licence requirements, people said.",
    "分析师预计美国可能进一步收紧对华芯片出口管制。",
    "Last year the US restricted sales of advanced accelerators to several countries.",
]
FILLER = [
    "Nvidia reported record quarterly revenue driven by demand for its Blackwell chips.",
    "TSMC said capacity for advanced packaging would remain tight through next year.",
    "Samsung and SK Hynix are racing to supply HBM to AI accelerator makers.",
    "Shares of AMD rose after the company showed its MI355X accelerator to customers.",
    "Microsoft, Google and Amazon continue to spend heavily on data centres.",
    "The company's chief executive said supply chains were stabilising after a hard year.",
    "Investors are watching margins closely as competition intensifies in the sector.",
    "Industry executives gathered in Taipei for the annual computing trade show.",
    "Cloud providers said demand for inference capacity had outpaced their forecasts.",
    "Intel said its foundry business had signed two new customers for its 18A process.",
    "Broadcom's custom accelerator revenue grew as hyperscalers designed their own chips.",
    "Memory prices rose for a third straight quarter on demand from AI servers.",
]
FILLER_ZH = [
    "华为表示，其昇腾芯片的出货量在今年显著增长。",
    "台积电称，先进封装产能明年仍将紧张。",
    "多家云服务商表示，推理算力需求超出预期。",
    "中芯国际第三季度营收同比增长，主要受益于本土需求。",
]
TITLES = [
    "Nvidia results beat forecasts on data-centre demand",
    "TSMC packaging capacity stays tight",
    "Memory makers race to supply HBM",
    "AMD shows new accelerator to cloud customers",
    "Hyperscalers keep spending on AI data centres",
    "Chip stocks swing as investors weigh margins",
    "台积电先进封装产能持续紧张",
    "华为昇腾芯片出货量增长",
]
OUTLETS = ["Reuters", "Bloomberg", "Nikkei Asia", "Caixin", "SCMP", "FT", "新华社", "财新"]


@dataclass(frozen=True, slots=True)
class Item:
    """One input message: the bytes to send and what the bench knows about them."""

    key: bytes
    value: bytes
    kind: str  # "article", "duplicate", "policy" or "malformed"


def _paragraphs(rng: random.Random, zh: bool, target: int, lead: str | None) -> str:
    out: list[str] = []
    size = 0
    if lead is not None:
        out.append(lead + " " + " ".join(rng.choice(FILLER) for _ in range(2)))
        size += len(out[0].encode()) + 1
    while size < target:
        pool = FILLER_ZH if zh and rng.random() < 0.7 else FILLER
        sentences = [rng.choice(pool) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.08:
            sentences.insert(rng.randint(0, len(sentences)), rng.choice(HEDGED))
        paragraph = ("" if zh else " ").join(sentences)
        out.append(paragraph)
        size += len(paragraph.encode()) + 1
    return "\n".join(out)


def _malformed(rng: random.Random, n: int) -> bytes:
    pick = rng.randrange(5)
    if pick == 0:
        return b'{"id": "broken-%d", "title": "cut off' % n  # truncated JSON
    if pick == 1:
        return orjson.dumps({"title": "no id", "body": "text"})  # schema: id missing
    if pick == 2:
        return orjson.dumps({"id": f"bad-{n}", "title": 7, "body": ["not", "text"]})
    if pick == 3:
        return orjson.dumps([f"bad-{n}"])  # not an object
    return b"\xff\xfe not utf-8 \xc3\x28"


def generate(
    n: int,
    seed: int = 1,
    *,
    prefix: str = "a",
    dup_share: float = 0.20,
    policy_share: float = 0.05,
    malformed_share: float = 0.01,
    target_bytes: int = 3600,
    unique_sources: bool = True,
) -> Iterator[Item]:
    """Yield ``n`` input messages. ``prefix`` keeps ids (and content) apart across runs.

    ``unique_sources``: each article gets its own outlet name, so every policy article
    is a new source for its event group (the alerting agent then emits an update for
    each one when the update interval is 0: one alert per policy article to time).
    """
    rng = random.Random(f"{seed}-{prefix}")
    originals: list[dict[str, object]] = []
    base = datetime(2026, 11, 1, tzinfo=UTC)
    for i in range(n):
        article_id = f"{prefix}-{i:07d}"
        draw = rng.random()
        if draw < malformed_share:
            yield Item(article_id.encode(), _malformed(rng, i), "malformed")
            continue
        source = f"{rng.choice(OUTLETS)} #{i}" if unique_sources else rng.choice(OUTLETS)
        if originals and draw < malformed_share + dup_share:
            first = rng.choice(originals)
            # The same story re-sent under another id, outlet and URL. Same title and
            # body bytes: which copy the worker sees first depends on partition timing,
            # and a copy that differs in case could be analyzed differently, so the
            # bench could not know how many alerts to wait for.
            copy = {**first, "id": article_id, "source": source}
            copy["url"] = f"https://news.example/{prefix}/{i}"
            yield Item(article_id.encode(), orjson.dumps(copy), "duplicate")
            continue
        policy = draw < malformed_share + dup_share + policy_share
        zh = rng.random() < 0.15
        if policy:
            k = rng.randrange(len(POLICY_LEADS))
            title, lead = POLICY_TITLES[k], POLICY_LEADS[k]
            zh = k >= 7
        else:
            title, lead = rng.choice(TITLES), None
        # A serial in the headline makes every original a different story (hash).
        article = {
            "id": article_id,
            "title": f"{title} ({prefix}{i})",
            "body": _paragraphs(rng, zh, target_bytes, lead),
            "url": f"https://news.example/{prefix}/{i}",
            "source": source,
            "published_at": (base + timedelta(minutes=i)).isoformat(),
            "lang": "zh" if zh else "en",
        }
        originals.append(article)
        if len(originals) > 5000:  # copies come from recent stories, as on a wire
            originals.pop(0)
        yield Item(article_id.encode(), orjson.dumps(article), "policy" if policy else "article")
