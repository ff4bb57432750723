"""A deterministic, news-shaped corpus of raw articles for the end-to-end benchmark.

~4 KB JSON per article: a headline, a dateline lead and paragraphs of chip-industry
news written from templates with many slots (two stories share few word 3-grams), a
share of them in Chinese; 20 % copies of an earlier article under a new id (the same
story from a wire feed), 3 % re-runs of an earlier ordinary story under a new headline
with its last paragraph cut (near-duplicates), 5 % carrying a government policy action
in the headline and lead (the detector makes an event of it), 1 % malformed in the ways
producers actually break things.
Everything comes from one ``random.Random(seed)``: the same seed, the same bytes.
"""

# ruff: noqa: E501  (sentence templates read best on one line each)

from __future__ import annotations

import random
import zlib
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
# Ordinary news is written from templates with many slots (firms, chips, places, figures),
# so that, like real articles, two stories share few word 3-grams: the near-duplicate
# step sees distinct stories as distinct (a small pool of fixed sentences made every
# English article a near-duplicate of every other, one giant cluster).
FIRMS = [
    "Nvidia",
    "AMD",
    "Intel",
    "TSMC",
    "Samsung",
    "SK Hynix",
    "Micron",
    "Broadcom",
    "Qualcomm",
    "Marvell",
    "MediaTek",
    "Arm",
    "Microsoft",
    "Google",
    "Amazon",
    "Meta",
    "Alibaba",
    "Tencent",
    "Baidu",
    "Huawei",
    "SMIC",
    "ASML",
    "Applied Materials",
    "Lam Research",
    "KLA",
    "Tokyo Electron",
    "OpenAI",
    "ByteDance",
]
CHIPS = [
    "H100",
    "H200",
    "B200",
    "GB200",
    "B300",
    "MI300X",
    "MI325X",
    "MI355X",
    "Gaudi 3",
    "Ascend 910B",
    "Ascend 910C",
    "Trainium",
    "Inferentia",
    "Maia 200",
    "Ironwood",
    "HBM",
    "Xeon",
    "EPYC",
    "L40S",
    "RTX 5090",
]
SUBJECTS = [
    "The company",
    "The chipmaker",
    "The group",
    "The supplier",
    "The firm",
    "Its rival",
    "The designer",
    "The foundry",
    "A customer",
    "The memory maker",
]
SERVERS = ["server", "rack-scale", "inference", "training", "edge", "workstation", "storage"]
METRICS = [
    "revenue",
    "operating profit",
    "gross margin",
    "shipments",
    "capital spending",
    "bookings",
    "inventory",
    "net income",
    "data-centre sales",
    "free cash flow",
]
MOVES = ["rose", "fell", "climbed", "slipped", "grew", "edged up", "declined", "jumped"]
PERIODS = [
    "the first quarter",
    "the second quarter",
    "the third quarter",
    "the fourth quarter",
    "the September quarter",
    "the half year",
    "the fiscal year",
    "the holiday quarter",
]
DRIVERS = [
    "demand for AI servers",
    "a recovery in smartphones",
    "higher memory prices",
    "purchases by cloud providers",
    "a weaker yen",
    "new accelerator launches",
    "inventory corrections at customers",
    "strong sales in China",
    "price cuts by rivals",
    "a shift to advanced packaging",
    "a slowdown at a key supplier",
    "sovereign AI projects",
]
PLACES = [
    "Taipei",
    "Hsinchu",
    "Seoul",
    "Pyeongtaek",
    "Santa Clara",
    "Austin",
    "Arizona",
    "Kumamoto",
    "Dresden",
    "Shenzhen",
    "Shanghai",
    "Singapore",
    "Penang",
    "Bangalore",
    "Eindhoven",
    "Ohio",
    "Boise",
    "Hiroshima",
]
BANKS = [
    "Morgan Stanley",
    "Jefferies",
    "Bernstein",
    "Citi",
    "Nomura",
    "UBS",
    "Mizuho",
    "Goldman Sachs",
    "Daiwa",
    "Macquarie",
    "TrendForce",
    "Counterpoint",
]
ROLES = ["an analyst", "a strategist", "a portfolio manager", "a researcher", "an economist"]
THINGS = [
    "advanced packaging",
    "CoWoS capacity",
    "2-nanometre wafers",
    "high-bandwidth memory",
    "liquid-cooled racks",
    "optical interconnects",
    "power supplies",
    "substrates",
    "test equipment",
    "photoresist",
    "silicon wafers",
    "server boards",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TEMPLATES = [
    "{firm} said {metric} {move} {n} percent to {m} billion dollars in {period}, helped by {driver}.",
    "{role} at {bank} said {firm} could ship {k} thousand {chip} units next year if supply of {thing} holds up.",
    "The plant in {place} will start volume production in {month} {year}, {firm} said in a statement on {day}.",
    "{firm} shares {move} {n} percent in {place} trading on {day} after {firm2} updated its outlook.",
    "Bookings for {chip} systems from {firm2} {move} for a {k}th month in a row, according to {bank}.",
    "{firm} plans to spend {m} billion dollars in {place} over the next {k} years on {thing}.",
    "Lead times for {thing} stood at {k} weeks in {month}, {bank} wrote in a note to clients.",
    "{firm} and {firm2} signed a {k}-year supply agreement covering {thing} and {chip} modules.",
    "In {place}, {firm} hired {k} hundred engineers this year to work on {thing} for {chip} servers.",
    "{firm2} expects {metric} of about {m} billion dollars in {period}, {role} at {bank} estimated.",
    "Executives from {firm} and {firm2} met customers in {place} on {day} to discuss {thing}.",
    "{firm} cut prices of its {chip} parts by {n} percent in {month}, people familiar with the matter said.",
]
FIRMS_ZH = [
    "华为",
    "中芯国际",
    "台积电",
    "阿里巴巴",
    "腾讯",
    "百度",
    "寒武纪",
    "长江存储",
    "海光",
    "联发科",
]
TEMPLATES_ZH = [
    "{firm}表示，{year}年第{q}季度营收同比增长{n}%，达到{m}亿元。",
    "据{bank}估计，{firm}今年在{place}的产能将提高{n}%，主要用于{thing}。",
    "{firm}{month}月在{place}举行发布会，介绍了第{k}代服务器方案。",
    "业内人士称，{firm}与{firm2}已就{thing}签署为期{k}年的供货协议。",
    "{firm}股价{day}上涨{n}%，成交额约{m}亿元。",
    "{firm}计划未来{k}年在{place}投资{m}亿元建设新工厂。",
]
TITLES = [
    "{firm} results beat forecasts on data-centre demand",
    "{firm} packaging capacity stays tight",
    "{firm} races to supply HBM",
    "{firm} shows {chip} accelerator to cloud customers",
    "{firm} keeps spending on AI data centres",
    "{firm} shares swing as investors weigh margins",
    "{firm} and {firm2} sign supply deal",
    "{firm} to build new plant in {place}",
]
TITLES_ZH = ["{firm}先进封装产能持续紧张", "{firm}芯片出货量增长", "{firm}发布新一代服务器"]
PLACES_ZH = ["上海", "深圳", "北京", "合肥", "武汉", "无锡", "成都", "南京", "杭州", "西安"]
THINGS_ZH = ["先进封装", "高带宽内存", "推理服务器", "光模块", "液冷机柜", "硅片", "光刻胶"]
OUTLETS = ["Reuters", "Bloomberg", "Nikkei Asia", "Caixin", "SCMP", "FT", "新华社", "财新"]


@dataclass(frozen=True, slots=True)
class Item:
    """One input message: the bytes to send and what the bench knows about them."""

    key: bytes
    value: bytes
    kind: str  # "article", "duplicate", "near_duplicate", "policy" or "malformed"


def _sentence(rng: random.Random, zh: bool) -> str:
    if zh:
        return rng.choice(TEMPLATES_ZH).format(
            firm=rng.choice(FIRMS_ZH),
            firm2=rng.choice(FIRMS_ZH),
            year=rng.randint(2019, 2026),
            q=rng.randint(1, 4),
            n=rng.randint(2, 95),
            m=rng.randint(3, 900),
            k=rng.randint(2, 9),
            bank=rng.choice(BANKS),
            place=rng.choice(PLACES_ZH),
            thing=rng.choice(THINGS_ZH),
            month=rng.randint(1, 12),
            day="周" + rng.choice("一二三四五"),
        )
    # Most sentences name no firm (news says "the company" far more often than a name):
    # about a dozen entity mentions in a 4 KB article.
    firm, firm2 = rng.sample(FIRMS, 2) if rng.random() < 0.3 else rng.sample(SUBJECTS, 2)
    return rng.choice(TEMPLATES).format(
        firm=firm,
        firm2=firm2,
        metric=rng.choice(METRICS),
        move=rng.choice(MOVES),
        n=f"{rng.randint(1, 60)}.{rng.randint(0, 9)}",
        m=f"{rng.randint(1, 99)}.{rng.randint(0, 9)}",
        k=rng.randint(2, 40),
        period=rng.choice(PERIODS),
        driver=rng.choice(DRIVERS),
        role=rng.choice(ROLES),
        bank=rng.choice(BANKS),
        chip=rng.choice(CHIPS) if rng.random() < 0.3 else rng.choice(SERVERS),
        thing=rng.choice(THINGS),
        place=rng.choice(PLACES),
        month=rng.choice(MONTHS),
        year=rng.randint(2025, 2028),
        day=rng.choice(DAYS),
    )


def _paragraphs(rng: random.Random, zh: bool, target: int, lead: str | None) -> str:
    out: list[str] = []
    size = 0
    if lead is not None:
        out.append(lead + " " + " ".join(_sentence(rng, False) for _ in range(2)))
        size += len(out[0].encode()) + 1
    while size < target:
        chinese = zh and rng.random() < 0.7
        sentences = [_sentence(rng, chinese) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.08:
            sentences.insert(rng.randint(0, len(sentences)), rng.choice(HEDGED))
        paragraph = ("" if chinese else " ").join(sentences)
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
    near_share: float = 0.03,
    target_bytes: int = 3600,
    unique_sources: bool = True,
) -> Iterator[Item]:
    """Yield ``n`` input messages. ``prefix`` keeps ids (and content) apart across runs.

    ``unique_sources``: each article gets its own outlet name, so every policy article
    is a new source for its event group (the alerting agent then emits an update for
    each one when the update interval is 0: one alert per policy article to time).
    ``near_share``: re-runs of an earlier ordinary story under a new headline, its last
    paragraph cut (a near-duplicate: same cluster, analyzed, no alert of its own).
    """
    rng = random.Random(f"{seed}-{prefix}")
    originals: list[dict[str, object]] = []
    ordinary: list[dict[str, object]] = []  # originals without a policy action
    # In the past (a minute apart): a date after the read time would make an article
    # undated for the alert step, which groups those by names only. Each prefix starts
    # on its own day, 20 days or more from the others': the latency corpora go to a
    # worker whose alert groups hold the e2e corpus's events, and a report within 72 h
    # of a group's first would join it instead of making the alert the bench counts.
    base = datetime(2020, 1, 1, tzinfo=UTC) + timedelta(
        days=20 * (zlib.crc32(prefix.encode()) % 97)
    )
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
        near = malformed_share + dup_share + policy_share + near_share
        if ordinary and draw >= malformed_share + dup_share + policy_share and draw < near:
            first = rng.choice(ordinary)
            paragraphs = str(first["body"]).split("\n")
            rerun = {**first, "id": article_id, "source": source}
            rerun["title"] = f"UPDATE 1-{first['title']}"
            rerun["body"] = "\n".join(paragraphs[:-1] if len(paragraphs) > 3 else paragraphs)
            rerun["url"] = f"https://news.example/{prefix}/{i}"
            yield Item(article_id.encode(), orjson.dumps(rerun), "near_duplicate")
            continue
        policy = draw < malformed_share + dup_share + policy_share
        zh = rng.random() < 0.15
        if policy:
            k = rng.randrange(len(POLICY_LEADS))
            title, lead = POLICY_TITLES[k], POLICY_LEADS[k]
            zh = k >= 7
        else:
            firm, firm2 = rng.sample(FIRMS, 2)
            pool = TITLES_ZH if zh else TITLES
            title = rng.choice(pool).format(
                firm=rng.choice(FIRMS_ZH) if zh else firm,
                firm2=firm2,
                chip=rng.choice(CHIPS),
                place=rng.choice(PLACES),
            )
            lead = None
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
        if not policy:
            ordinary.append(article)
            if len(ordinary) > 5000:
                ordinary.pop(0)
        yield Item(article_id.encode(), orjson.dumps(article), "policy" if policy else "article")
