"""Policy-event detection: what a government did to chips, in which direction, and when.

Cheap first, precise second. The tagger's Aho–Corasick automaton, fed with
:attr:`Detector.keywords` (the lexicon of ``streams/core/lexicon.py``), marks predicate
phrases ("approved", "entity list", "叫停", "verbiet*") and product classes in the same
pass that finds firms, chips and actors. An article without a predicate costs nothing
more. Each predicate mention is read in its sentence by ``streams/core/reading.py``
(actor + predicate + object, talk or action, news or background); this module runs that
reading over an article and decides at article level:

* a headline event the body reports only as background is background too;
* an event far down the body that neither the headline nor the lead reports (same
  actor and direction) is context, not the article's news;
* the article's main chip fills events that name only "these chips";
* drafts merge into one event per (jurisdiction, action, direction, primary).

Work per article is bounded (a cap on triggers, bounded windows), so hostile input
stays linear. The design and its reasons: ``docs/detection.md``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Final, Literal

from schemas.article import PolicyEvent
from schemas.patterns import PolicyPatterns
from streams.core.fields import Draft, Field
from streams.core.lexicon import PRODUCT_LABEL, TRIGGER_LABEL, Lexicon, load_patterns, normal
from streams.core.mentions import Mention
from streams.core.reading import Reader
from streams.core.script import script_folder
from streams.core.tagging import TagResult

__all__ = [
    "PRODUCT_LABEL",
    "TRIGGER_LABEL",
    "Detector",
    "PolicyPatterns",
    "is_policy_change",
    "load_patterns",
]

_MAX_TRIGGERS_PER_ARTICLE: Final = 256
_LEAD: Final = 700  # chars of the body that hold its lead
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping its length, so offsets stay valid ("İ" stays as is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def is_policy_change(events: Iterable[PolicyEvent]) -> bool:
    """An article is a policy change when at least one of its events is main news."""
    return any(event.primary for event in events)


def _add(values: list[str], new: Iterable[str]) -> None:
    """Append ``new`` items not yet in ``values``, keeping first-seen order."""
    for value in new:
        if value not in values:
            values.append(value)


class Detector:
    """Finds policy events in one article from its text and the tagger's mentions.

    Build it once; it is immutable and safe to share. Hand :attr:`keywords` to the
    tagger so that predicates are found in the same automaton pass as entities.
    """

    def __init__(self, patterns: PolicyPatterns) -> None:
        """Compile the lexicon and the sentence reader from ``patterns``."""
        self.patterns = patterns
        self.lexicon = Lexicon(patterns)
        self.reader = Reader(self.lexicon)

    @property
    def keywords(self) -> dict[str, list[str]]:
        """The predicate and product-class lexicon for ``Tagger(catalog, keywords=...)``."""
        return self.lexicon.keywords

    @property
    def action_titles(self) -> dict[str, str]:
        """Alert-title wording of each action, from the pattern file ("banned")."""
        return dict(self.lexicon.action_titles)

    def scan_keywords(self, text: str, field: str = "body") -> list[Mention]:
        """Find this detector's keywords without the shared automaton (tests, tools)."""
        kind: Literal["title", "body"] = "title" if field == "title" else "body"
        lex = self.lexicon
        out: list[Mention] = []
        for match in lex.scan.finditer(script_folder().fold(_lower(text))):
            key = normal(match.group())
            label = PRODUCT_LABEL if key in lex.class_of else TRIGGER_LABEL
            if label == TRIGGER_LABEL and not lex.readings(key):
                # A word-part match ("exportkontrollen"): look the part up.
                key = next((k for k in lex.by_phrase if k in key), key)
            original = text[match.start() : match.end()]
            out.append(Mention(label, "keyword", kind, match.start(), match.end(), original))
        return out

    # ------------------------------------------------------------------ public entry

    def detect(
        self,
        title: str,
        body: str,
        mentions: Sequence[Mention] | TagResult,
        published: datetime | None = None,
    ) -> list[PolicyEvent]:
        """Return the merged policy events stated in the article, in order of appearance.

        ``mentions`` is the tagger's result (preferred: an article without a predicate
        then costs no ``Mention`` objects) or a list of mentions. ``published`` dates the
        article: a year before it marks background (else the latest year it names does).
        """
        if isinstance(mentions, TagResult) and not mentions.has_keyword(TRIGGER_LABEL):
            return []  # most articles: no predicate word, nothing more to do
        fields = {"title": Field("title", title), "body": Field("body", body)}
        if isinstance(mentions, TagResult):
            if mentions.title == title and mentions.body == body:
                self._fill_from_tags(fields, mentions)
            else:
                self._fill(fields, mentions.mentions)
        elif any(m.name == TRIGGER_LABEL for m in mentions):
            self._fill(fields, mentions)
        else:
            return []
        self._mark_dateline(fields["body"])
        # The article's year: a year before it dates an event (undated: its latest year,
        # which only an "in/since <year>" phrase then treats as past).
        ref_year = published.year if published else self._latest_year(title, body)
        drafts: list[Draft] = []
        budget = _MAX_TRIGGERS_PER_ARTICLE
        previous: str | None = None  # the actor anaphora refer back to
        for item in (fields["title"], fields["body"]):
            consumed = -1  # "lifted the ban": the ban is the object, not a second event
            for trigger in self._longest(item.triggers)[:budget]:
                if trigger.start < consumed:
                    continue
                draft = self.reader.evaluate(fields, item, trigger, len(drafts), ref_year, previous)
                if draft is not None:
                    drafts.append(draft)
                    consumed = draft.consumes
                    previous = draft.jurisdiction
                    if item.event_actor is None:
                        item.event_actor = draft.jurisdiction
            budget -= len(item.triggers)
            if budget <= 0:
                break
        if not drafts:
            return []
        self._demote_title(drafts)
        self._demote_unreported(drafts)
        if self._business_story(fields["title"], drafts):
            for draft in drafts:
                if draft.primary:
                    draft.primary = False
                    draft.rule += " background:business"
        group_firms = self._listed_firms(fields) if any("group" in d.rule for d in drafts) else []
        focus = self._focus_chips(fields)
        for draft in drafts:
            if focus and (draft.generic_only or not draft.products):
                # "these rules", "high-end AI chips": the article's main chip is meant.
                draft.products = [*focus, *draft.products]
            if "group" in draft.rule:
                draft.targets = [*group_firms, *[t for t in draft.targets if t not in group_firms]]
        return self._merge(drafts)

    @staticmethod
    def _latest_year(title: str, body: str) -> int:
        """The latest year the article names: its own year when no date came with it."""
        years = [int(y) for y in _YEAR.findall(title)] + [int(y) for y in _YEAR.findall(body)]
        return max(years, default=9999)

    def _mark_dateline(self, body: Field) -> None:
        """A place in the dateline ("WASHINGTON, March 26 -") is where it was filed."""
        start = len(body.text) - len(body.text.lstrip())
        match = self.lexicon.dateline.match(body.text, start)
        if match is None:
            return
        for actor in body.actors:
            if actor.start >= match.end():
                break
            body.acting[actor.start] = False

    @staticmethod
    def _fill_from_tags(fields: dict[str, Field], tagged: TagResult) -> None:
        """Take each field's folded lower-cased text and mentions by kind from the tagger."""
        for name, low in (("title", tagged.low_title), ("body", tagged.low_body)):
            item = fields[name]
            item.low = low
            groups = tagged.groups("title" if name == "title" else "body")
            empty: list[Mention] = []
            item.triggers = groups.get(TRIGGER_LABEL, empty)
            item.products = groups.get(PRODUCT_LABEL, empty)
            item.chips = groups.get("chip", empty)
            item.equipment = groups.get("equipment", empty)
            item.firms = groups.get("firm", empty)
            states = groups.get("jurisdiction", empty)
            regulators = groups.get("regulator", empty)
            item.actors = (
                sorted(states + regulators, key=lambda m: m.start)
                if states and regulators
                else states or regulators
            )

    @staticmethod
    def _fill(fields: dict[str, Field], mentions: Sequence[Mention]) -> None:
        """Sort any list of mentions into the fields' kinds (tests, other producers)."""
        for mention in mentions:
            target = fields.get(mention.field)
            if target is None:
                continue
            kind = mention.type
            if kind == "keyword":
                if mention.name == TRIGGER_LABEL:
                    target.triggers.append(mention)
                elif mention.name == PRODUCT_LABEL:
                    target.products.append(mention)
            elif kind == "chip":
                target.chips.append(mention)
            elif kind == "equipment":
                target.equipment.append(mention)
            elif kind == "firm":
                target.firms.append(mention)
            elif kind in ("jurisdiction", "regulator"):
                target.actors.append(mention)
        fold = script_folder().fold
        for item in fields.values():
            item.low = fold(_lower(item.text))
            for group in (
                item.triggers,
                item.products,
                item.chips,
                item.equipment,
                item.firms,
                item.actors,
            ):
                starts = [m.start for m in group]
                if starts != sorted(starts):
                    group.sort(key=lambda m: (m.start, -m.end))

    @staticmethod
    def _longest(triggers: list[Mention]) -> list[Mention]:
        """Drop triggers nested in or overlapping an earlier, longer one."""
        out: list[Mention] = []
        for mention in triggers:
            if out and mention.start < out[-1].end:
                if mention.end - mention.start > out[-1].end - out[-1].start:
                    out[-1] = mention
                continue
            out.append(mention)
        return out

    # ------------------------------------------------------------------ article level

    def _listed_firms(self, fields: dict[str, Field]) -> list[str]:
        """Firms the article lists together ("ByteDance, Alibaba and Tencent")."""
        separators = self.lexicon.separators
        out: list[str] = []
        for item in fields.values():
            run: list[str] = []
            for left, right in itertools.pairwise(item.firms):
                gap = item.text[left.end : right.start].strip().casefold()
                if gap in separators or gap.rstrip(",") in separators:
                    if not run:
                        run.append(left.name)
                    run.append(right.name)
                    continue
                if len(run) >= 2:
                    _add(out, run)
                run = []
            if len(run) >= 2:
                _add(out, run)
        return out

    def _business_story(self, title: Field, drafts: list[Draft]) -> bool:
        """A headline about a firm's results or business, not about a measure.

        "Applied Materials flags $600 million revenue hit from expanded export curbs",
        "寒武纪上半年营收暴增": the firm is the headline's subject, a business cue names
        its news, and the headline states no measure as news itself. The policy the body
        mentions is then the story's context.
        """
        if any(d.in_title and d.primary for d in drafts) or not title.firms:
            return False
        first = title.firms[0]
        lead = title.low[: first.start].strip(" \"'‘“-–—:")
        if len(lead) > 12 or any(a.start < first.start for a in title.actors):
            return False  # the firm is not the headline's subject
        return self.lexicon.business.search(title.low, first.end) is not None

    @staticmethod
    def _demote_title(drafts: list[Draft]) -> None:
        """A headline event the body reports only as background is background too."""
        body = [d for d in drafts if not d.in_title]
        for draft in drafts:
            if not draft.in_title or not draft.primary:
                continue
            same = [
                d
                for d in body
                if (d.jurisdiction, d.direction) == (draft.jurisdiction, draft.direction)
            ]
            if same and not any(d.primary for d in same):
                draft.primary = False
                draft.rule += " background:body"

    @staticmethod
    def _demote_unreported(drafts: list[Draft]) -> None:
        """An event deep in the body that the headline and lead do not report is context.

        News puts its event in the headline or the lead; a policy mentioned only in a
        later paragraph of a story about something else (an industry group's advice, an
        earnings report) is background, whatever its tense.
        """
        leading = {
            (d.jurisdiction, d.direction)
            for d in drafts
            if d.primary and (d.in_title or d.start < _LEAD)
        }
        for draft in drafts:
            late = draft.primary and not draft.in_title and draft.start >= _LEAD
            if late and (draft.jurisdiction, draft.direction) not in leading:
                draft.primary = False
                draft.rule += " background:unreported"

    @staticmethod
    def _focus_chips(fields: dict[str, Field]) -> list[str]:
        """The article's main chip: named in the title, else the most mentioned."""
        title = list(dict.fromkeys(m.name for m in fields["title"].chips))
        if title:
            return title
        counts: dict[str, int] = {}
        for mention in fields["body"].chips:
            counts[mention.name] = counts.get(mention.name, 0) + 1
        if not counts:
            return []
        top = max(counts.values())
        return [name for name, count in counts.items() if count == top][:1]

    def _merge(self, drafts: list[Draft]) -> list[PolicyEvent]:
        """One event per (jurisdiction, action, direction, primary).

        The flow is not part of the key: a headline's "clears imports" and the body's
        "approved purchases" are one decision, and one alert.
        """
        generic = self.lexicon.generic
        merged: dict[tuple[str, str, str, bool], Draft] = {}
        for draft in drafts:
            key = (draft.jurisdiction, draft.action, draft.direction, draft.primary)
            kept = merged.get(key)
            if kept is None:
                merged[key] = draft
                continue
            best, other = (draft, kept) if draft.confidence > kept.confidence else (kept, draft)
            _add(best.products, other.products)
            _add(best.targets, other.targets)
            best.order = min(best.order, other.order)
            merged[key] = best
        events: list[PolicyEvent] = []
        for draft in sorted(merged.values(), key=lambda d: d.order):
            products = list(draft.products)
            if any(p not in generic for p in products):
                # A class like "advanced chips" only paraphrases the named chip.
                products = [p for p in products if p not in generic]
            events.append(
                PolicyEvent(
                    jurisdiction=draft.jurisdiction,
                    action=draft.action,
                    flow=draft.flow,
                    direction=draft.direction,
                    products=products,
                    targets=draft.targets,
                    primary=draft.primary,
                    evidence=draft.evidence,
                    confidence=draft.confidence,
                    rule=draft.rule,
                )
            )
        return events
