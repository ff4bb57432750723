"""The near-duplicate pair set: labelled pairs of articles, built from our own stories.

Positive kinds (the second article is a near-duplicate of the first), each built from
every story of ``tests/data/neardup/stories.yaml`` with a seeded random generator:

* ``new_headline``: another headline, the body as is;
* ``trimmed``: the last paragraph cut;
* ``boilerplate``: a site's lines added (an intro line and/or a footer);
* ``reordered``: the paragraphs in another order;
* ``correction``: a correction line added at the top or the bottom;
* ``syndicated``: all of a new headline, a trimmed last paragraph and boilerplate.

Reported, not part of the goal: ``trimmed_half`` (only the first half of the paragraphs
kept; a short version is a different text by Jaccard's measure).

Negative kinds (not near-duplicates):

* ``same_event``: the two independently written stories of one event (same facts,
  names and sometimes the same quoted statement);
* ``same_event_same_site``: the same, both carrying the same site's boilerplate;
* ``follow_up``: the original and a later story of the same event that opens with new
  facts and reuses the original's last (background) paragraphs, as wire services write
  the next story of a developing event;
* ``same_event_briefs``: two short labelled articles (``tests/data/labelled``) whose
  primary events agree (jurisdiction, action, products): different texts of one event;
* ``other_event``: stories of two different events.

Used by ``tests/unit/test_neardup_quality.py`` (the goals) and ``bench/bench_neardup.py
--curve`` (the precision/recall curve in docs/near-duplicates.md).
"""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent / "data"
STORIES = DATA / "neardup" / "stories.yaml"
LABELLED = DATA / "labelled"

POSITIVE = ("new_headline", "trimmed", "boilerplate", "reordered", "correction", "syndicated")
REPORTED = ("trimmed_half",)
NEGATIVE = ("same_event", "same_event_same_site", "follow_up", "same_event_briefs", "other_event")

# Sites' own lines, as re-publishers add them (our wording).
BOILERPLATE: dict[str, list[tuple[str, str]]] = {
    # (intro line, footer) per site; either may be empty
    "en": [
        ("", "Sign up for our daily technology newsletter to get the top stories in your inbox."),
        ("This story was first published by a news agency.", ""),
        (
            "",
            "This article was generated from an automated news agency feed without "
            "modifications to text.",
        ),
        ("Listen to this article (4 min)", "Follow us on social media for more business news."),
        ("", "Read more: Chip stocks to watch this week | The week in semiconductors"),
        ("By our markets desk", "Copyright the publisher. All rights reserved."),
        (
            "",
            "Have a news tip? Contact our technology desk. We read every message and "
            "protect our sources.",
        ),
        ("Advertisement", "Related coverage: What the latest export rules mean for investors"),
    ],
    "zh": [
        ("", "本文来源：综合报道。转载请注明出处。"),
        ("【科技快讯】", "责任编辑：张明"),
        ("", "免责声明：本文内容仅供参考，不构成投资建议。"),
        ("点击关注，获取更多科技资讯", "（完）"),
    ],
    "ja": [
        ("", "（共同通信の配信記事を掲載しています）"),
        ("【速報】", "関連記事：半導体各社の決算まとめ"),
        ("", "無断転載を禁じます。"),
    ],
}

CORRECTIONS: dict[str, list[str]] = {
    "en": [
        "Correction: An earlier version of this story misstated the date of the decision.",
        "This story has been corrected to fix the spelling of a company name in the third "
        "paragraph.",
        "Updates with comment from the company in the fourth paragraph.",
        "Clarification: The rule applies to new contracts only, not to deliveries under way.",
    ],
    "zh": ["更正：此前报道中的日期有误，现已更正。", "本文已更新，补充了公司回应。"],
    "ja": ["※記事の一部を訂正しました。", "（更新）会社側のコメントを追加しました。"],
}


@dataclass(frozen=True, slots=True)
class Text:
    """One article's text."""

    title: str
    body: str


@dataclass(frozen=True, slots=True)
class Pair:
    """Two articles and whether the second is a near-duplicate of the first."""

    kind: str
    first: Text
    second: Text
    duplicate: bool
    name: str  # for messages: which story and which variant


def load_stories(path: Path = STORIES) -> list[dict[str, Any]]:
    """Return the stories of the pair set."""
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["stories"])


def load_follow_ups(path: Path = STORIES) -> list[dict[str, Any]]:
    """Return the follow-up stories (new paragraphs plus how many of A's to reuse)."""
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["follow_ups"])


def _join(paragraphs: list[str]) -> str:
    return "\n".join(paragraphs)


def _text(story: dict[str, Any], paragraphs: list[str] | None = None) -> Text:
    return Text(
        story["title"], _join(paragraphs if paragraphs is not None else story["paragraphs"])
    )


def _with_boilerplate(lang: str, paragraphs: list[str], site: tuple[str, str]) -> list[str]:
    intro, footer = site
    return [*([intro] if intro else []), *paragraphs, *([footer] if footer else [])]


def positives(story: dict[str, Any], rng: random.Random) -> list[Pair]:
    """Every positive variant of one story (and the reported ``trimmed_half``)."""
    name = f"{story['event']}{story['version']}"
    lang = story["lang"]
    paras: list[str] = story["paragraphs"]
    original = _text(story)
    sites = BOILERPLATE[lang]
    out: list[Pair] = []

    def add(kind: str, variant: Text, tag: str) -> None:
        out.append(Pair(kind, original, variant, True, f"{name}/{kind}/{tag}"))

    for i, title in enumerate(story["alt_titles"]):
        add("new_headline", Text(title, original.body), str(i))
    add("trimmed", Text(story["title"], _join(paras[:-1])), "last")
    for i, site in enumerate(rng.sample(sites, 2)):
        add(
            "boilerplate", Text(story["title"], _join(_with_boilerplate(lang, paras, site))), str(i)
        )
    for i in range(2):
        order = list(range(len(paras)))
        while order == list(range(len(paras))):
            rng.shuffle(order)
        add("reordered", Text(story["title"], _join([paras[j] for j in order])), str(i))
    for i, line in enumerate(rng.sample(CORRECTIONS[lang], 2)):
        body = [line, *paras] if i == 0 else [*paras, line]
        add("correction", Text(story["title"], _join(body)), str(i))
    site = rng.choice(sites)
    title = rng.choice(story["alt_titles"])
    add("syndicated", Text(title, _join(_with_boilerplate(lang, paras[:-1], site))), "0")
    add("trimmed_half", Text(story["title"], _join(paras[: (len(paras) + 1) // 2])), "0")
    return out


def _event_signature(event: dict[str, Any]) -> tuple[str, str, tuple[str, ...]]:
    return (event["jurisdiction"], event["action"], tuple(sorted(event.get("products", []))))


def brief_pairs() -> list[Pair]:
    """Pairs of labelled short articles whose primary events agree (one pair per event)."""
    by_event: dict[tuple[str, str, tuple[str, ...]], list[dict[str, Any]]] = {}
    for path in sorted(LABELLED.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            primary = [e for e in row.get("events", []) if e.get("primary")]
            if len(primary) == 1:
                by_event.setdefault(_event_signature(primary[0]), []).append(row)
    out = []
    for key, rows in sorted(by_event.items()):
        bodies = {(r["title"], r["body"]) for r in rows}
        if len(bodies) < 2:
            continue
        first, second = sorted(rows, key=lambda r: r["id"])[:2]
        out.append(
            Pair(
                "same_event_briefs",
                Text(first["title"], first["body"]),
                Text(second["title"], second["body"]),
                False,
                f"{first['id']}~{second['id']} {'|'.join(map(str, key[:2]))}",
            )
        )
    return out


def negatives(stories: list[dict[str, Any]], rng: random.Random) -> list[Pair]:
    """Every negative pair: same event (plain, same site), briefs, other events."""
    out: list[Pair] = []
    by_event: dict[str, dict[str, dict[str, Any]]] = {}
    for story in stories:
        by_event.setdefault(story["event"], {})[story["version"]] = story
    for event, versions in sorted(by_event.items()):
        a, b = versions["A"], versions["B"]
        out.append(Pair("same_event", _text(a), _text(b), False, f"{event}A~B"))
        site = rng.choice(BOILERPLATE[a["lang"]])
        out.append(
            Pair(
                "same_event_same_site",
                Text(a["title"], _join(_with_boilerplate(a["lang"], a["paragraphs"], site))),
                Text(b["title"], _join(_with_boilerplate(b["lang"], b["paragraphs"], site))),
                False,
                f"{event}A~B/site",
            )
        )
    for follow in load_follow_ups():
        a = by_event[follow["event"]]["A"]
        reused = a["paragraphs"][-follow["reuse"] :]
        second = Text(follow["title"], _join([*follow["paragraphs"], *reused]))
        out.append(Pair("follow_up", _text(a), second, False, f"{follow['event']}A~follow-up"))
    for first, second in itertools.combinations(stories, 2):
        if first["event"] != second["event"]:
            name = f"{first['event']}{first['version']}~{second['event']}{second['version']}"
            out.append(Pair("other_event", _text(first), _text(second), False, name))
    out.extend(brief_pairs())
    return out


def build_pairs(seed: int = 15) -> list[Pair]:
    """Return the whole pair set, the same for the same seed."""
    rng = random.Random(seed)
    stories = load_stories()
    pairs: list[Pair] = []
    for story in stories:
        pairs.extend(positives(story, rng))
    pairs.extend(negatives(stories, rng))
    return pairs


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one kind fared at one threshold."""

    kind: str
    pairs: int
    flagged: int  # pairs whose second article was placed in the first one's cluster

    @property
    def share(self) -> float:
        """Recall for a positive kind, the false-positive rate for a negative one."""
        return self.flagged / self.pairs if self.pairs else 0.0


def evaluate(pairs: list[Pair], threshold: float) -> dict[str, Outcome]:
    """Run each pair through the real step (LSH included) at ``threshold``, per kind.

    Each pair gets a fresh index: the first article goes in, then the second is placed.
    """
    from streams.core.neardup import NearDupConfig, NearDupIndex, neardup_step, signature

    config = NearDupConfig(threshold=threshold)
    counts: dict[str, list[int]] = {}
    for pair in pairs:
        index = NearDupIndex()
        neardup_step(index, "first", signature(pair.first.title, pair.first.body), 0.0, config)
        second = signature(pair.second.title, pair.second.body)
        _, result = neardup_step(index, "second", second, 1.0, config)
        seen = counts.setdefault(pair.kind, [0, 0])
        seen[0] += 1
        seen[1] += result.near_duplicate_of == "first"
    return {kind: Outcome(kind, n, flagged) for kind, (n, flagged) in counts.items()}


def precision(outcomes: dict[str, Outcome], kinds: tuple[str, ...] = POSITIVE) -> float:
    """Flagged pairs of ``kinds`` over all flagged pairs that are not positive of another kind."""
    true = sum(outcomes[k].flagged for k in kinds if k in outcomes)
    false = sum(o.flagged for k, o in outcomes.items() if k in NEGATIVE)
    return true / (true + false) if true + false else 1.0


def recall(outcomes: dict[str, Outcome], kinds: tuple[str, ...] = POSITIVE) -> float:
    """Flagged pairs of ``kinds`` over all pairs of ``kinds``."""
    pairs = sum(outcomes[k].pairs for k in kinds if k in outcomes)
    return sum(outcomes[k].flagged for k in kinds if k in outcomes) / pairs if pairs else 0.0


SITES = ("Agency Wire", "Harbour Daily", "Pacific Ledger", "Market Wire", "Lowland Times")


def syndicated_feed(
    event: str = "e08", start: str = "2026-11-25T09:00:00+00:00"
) -> list[dict[str, Any]]:
    """One wire story of ``event`` and its re-runs on four other sites, as raw articles.

    The agency's original first, then a new headline, the site's boilerplate, a trimmed
    last paragraph and a correction line, each from its own outlet and URL, a few
    minutes apart: five outlets, one report.
    """
    story = next(s for s in load_stories() if s["event"] == event and s["version"] == "A")
    paras: list[str] = story["paragraphs"]
    site = BOILERPLATE["en"][0]
    variants = [
        (story["title"], paras),
        (story["alt_titles"][0], paras),
        (story["title"], _with_boilerplate("en", paras, site)),
        (story["alt_titles"][1], paras[:-1]),
        (story["title"], [*paras, CORRECTIONS["en"][2]]),
    ]
    base = datetime.fromisoformat(start)
    feed = []
    for i, ((title, body), outlet) in enumerate(zip(variants, SITES, strict=True)):
        slug = outlet.lower().replace(" ", "")
        feed.append(
            {
                "id": f"{event}-{slug}",
                "source": outlet,
                "url": f"https://{slug}.example/{event}",
                "title": title,
                "body": _join(body),
                "published_at": (base + timedelta(minutes=3 * i)).isoformat(),
            }
        )
    return feed
