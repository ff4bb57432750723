"""Policy-event detection: what a government did to chips, in which direction, and when.

Cheap first, precise second. The tagger's Aho–Corasick automaton, fed with
:attr:`Detector.keywords`, marks trigger words ("approved", "entity list", "叫停") and
product classes ("gallium") as keyword mentions in the same pass that finds firms and
chips. Articles without a trigger cost nothing more. Around each trigger, in a bounded
window of its sentence, bounded regular expressions built from
``streams/catalog/policy_patterns.yaml`` decide:

* the trigger's reading (a finite verb, "told firms to halt", "imposed tariffs"),
* talk versus action (modality, negation, questions: no event),
* the actor (the nearest jurisdiction or regulator before the trigger, a passive
  "by ..." agent, or, for "the country"/"regulators"/"it", the article's previous actor),
* flow, products (chip mentions or product classes), targets (firm mentions, and the
  firms an article lists together when the trigger names a group of companies),
* main news versus background (time phrases, the past perfect, "after the halt").

Every event carries its evidence sentence verbatim and the ``rule`` that fired.
Work per trigger is bounded (windows of at most a few hundred characters, a cap on
triggers per article), so hostile input stays linear.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Final, Literal

import yaml

from schemas.article import Action, Direction, Flow, PolicyEvent
from schemas.patterns import PolicyPatterns, Trigger
from streams.core.mentions import Mention
from streams.core.script import script_folder
from streams.core.segment import Sentence, sentence_at
from streams.core.tagging import TagResult

__all__ = [
    "PRODUCT_LABEL",
    "TRIGGER_LABEL",
    "Detector",
    "PolicyPatterns",
    "is_policy_change",
    "load_patterns",
]

TRIGGER_LABEL: Final = "policy.trigger"
PRODUCT_LABEL: Final = "policy.product"
PATTERNS_FILE: Final = "policy_patterns.yaml"

# Bounds that keep the work per article linear whatever the input.
_MAX_TRIGGERS_PER_ARTICLE: Final = 256
_SEGMENT_WINDOW: Final = 360  # chars either side of a trigger segmented into sentences
_CONTEXT: Final = 240  # chars of sentence kept on each side of a trigger
_PRE_WINDOW: Final = 60  # chars before a noun searched for its governing verb
_DECISION_WINDOW: Final = 90  # chars before "to <base verb>" searched for "told", "ordered"
_REPORTING_WINDOW: Final = 60  # chars before "would"/"had" searched for "said"
_AGENT_WINDOW: Final = 90  # chars after a trigger searched for "by <actor>"
_MODAL_WINDOW: Final = 60
_NEGATION_WINDOW: Final = 32
_CJK_MODAL_WINDOW: Final = 24
_CJK_NEGATION_WINDOW: Final = 12

_FORM_ORDER: Final = {"verb": 1, "base": 2, "event_noun": 3, "state_noun": 4}
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_WORD_BEFORE = re.compile(r"([A-Za-z'’-]{1,20})\W{0,3}$")
_WORD_AFTER = re.compile(r"^\s{0,3}([A-Za-z'’.-]{1,20})")
_SPACES = re.compile(r"\s{1,64}")
_THE_AT_END = re.compile(r"\b(?:the|a|an)\s{1,3}$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s{1,3}$", re.IGNORECASE)
# "earlier" before a plural noun qualifies the noun ("comply with earlier rules");
# before a verb or a phrase it dates the clause ("earlier approved", "earlier this month").
_ADJECTIVE_EARLIER = re.compile(
    r"earlier\s{1,3}(?!(?:was|has|is|this|as|its|thus)\b)[a-z]{2,20}s\b"
)
_BY_AGENT = re.compile(r"\bby\s{1,3}(?:the\s{1,3})?$")
_QUESTION_END = re.compile(r"[?？]\W{0,3}$|吗[。？]?$")


def _has_cjk(text: str) -> bool:
    """True when ``text`` holds a CJK character (such phrases match without word bounds)."""
    return _CJK.search(text) is not None


def _char(ch: str) -> str:
    """One character of a phrase as a regex: flexible spaces and apostrophes."""
    if ch == " ":
        return r"\s{1,3}"
    if ch in "'’":
        return "['’]"
    return re.escape(ch)


def _phrase_pattern(phrase: str) -> str:
    """One literal phrase as a regex, with word bounds where its ends are word characters."""
    body = "".join(_char(ch) for ch in phrase)
    if _has_cjk(phrase):
        return body
    head = r"(?<!\w)" if phrase[0].isalnum() else ""
    tail = r"(?!\w)" if phrase[-1].isalnum() else ""
    return head + body + tail


_Trie = dict[str, "_Trie"]


def _trie(words: Iterable[str]) -> str:
    """An alternation of literals factored by common prefix, longest alternative first.

    Python's regex engine tries the alternatives of a group one by one; a trie makes
    that a one-character dispatch per level, and its optional tails (``ban(?:ned|s)?``)
    backtrack at most the length of one phrase, so matching stays linear.
    """
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [_char(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(root)


def _lexicon(words: Iterable[str], suffix: str = "") -> re.Pattern[str]:
    """Compile phrases into one alternation, to be searched in lower-cased text.

    Latin phrases with word characters at both ends share one trie between word bounds;
    the rest (CJK, "'s", "-made") are few and listed as they are.
    """
    fold = script_folder().fold
    unique = sorted({fold(w.lower()) for w in words if w})
    if not unique:
        return re.compile(r"(?!x)x")  # matches nothing
    bounded = [w for w in unique if not _has_cjk(w) and w[0].isalnum() and w[-1].isalnum()]
    loose = [w for w in unique if w not in set(bounded)]
    parts = []
    if bounded:
        parts.append(r"(?<!\w)" + _trie(bounded) + r"(?!\w)")
    if loose:
        parts.append(
            _trie(w for w in loose if _has_cjk(w))
            if all(map(_has_cjk, loose))
            else "|".join(_phrase_pattern(w) for w in sorted(loose, key=len, reverse=True))
        )
    return re.compile("(?:" + "|".join(parts) + ")" + suffix)


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping its length, so offsets stay valid ("İ" stays as is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _normal(text: str) -> str:
    """Key for looking matched text up in a phrase table."""
    return _SPACES.sub(" ", script_folder().fold(text.casefold()).replace("’", "'")).strip()


def load_patterns(path: str | Path | None = None) -> PolicyPatterns:
    """Load and validate the pattern file; ``None`` reads the one bundled with chipwatch."""
    if path is None:
        text = resources.files("streams.catalog").joinpath(PATTERNS_FILE).read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return PolicyPatterns.model_validate(yaml.safe_load(text))


def is_policy_change(events: Iterable[PolicyEvent]) -> bool:
    """An article is a policy change when at least one of its events is main news."""
    return any(event.primary for event in events)


@dataclass(slots=True)
class _Draft:
    """An event before merging, with what the merge needs to order its parts."""

    jurisdiction: str
    action: Action
    flow: Flow
    direction: Direction
    products: list[str]
    targets: list[str]
    primary: bool
    evidence: str
    confidence: float
    rule: str
    order: int
    has_named_product: bool = False
    generic_only: bool = False
    consumes: int = -1
    in_title: bool = False


@dataclass(slots=True)
class _Field:
    """One field of the article (title or body) with its mentions by type, sorted."""

    name: str
    text: str
    low: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    triggers: list[Mention] = field(default_factory=list)
    products: list[Mention] = field(default_factory=list)
    chips: list[Mention] = field(default_factory=list)
    firms: list[Mention] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)
    # Which jurisdiction mentions may act (not "exports to China"), by start offset;
    # decided on first use, since most mentions never sit near a trigger.
    acting: dict[int, bool] = field(default_factory=dict)

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing ``pos``, if any.

        Only the text around ``pos`` is segmented (from the paragraph start, at most
        ``_SEGMENT_WINDOW`` chars either side), and only up to the end of the sentence
        holding ``pos``: most of an article never needs it.
        """
        for sentence in self.sentences:
            if sentence.start <= pos < sentence.end:
                return sentence
        lo = max(0, pos - _SEGMENT_WINDOW)
        newline = self.text.rfind("\n", lo, pos)
        lo = newline + 1 if newline >= 0 else lo
        hi = self.text.find("\n", pos, pos + _SEGMENT_WINDOW)
        hi = hi if hi >= 0 else min(len(self.text), pos + _SEGMENT_WINDOW)
        local = sentence_at(self.text[lo:hi], pos - lo)
        if local is None:
            return None
        found = Sentence(local.start + lo, local.end + lo, local.text)
        self.sentences.append(found)
        return found


def _within(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """Mentions (sorted by start) lying inside ``[start, end)``."""
    # Bisect on the start field itself: no list of starts built per call.
    lo = bisect.bisect_left(mentions, start, key=_START_OF)
    out: list[Mention] = []
    for i in range(lo, len(mentions)):
        mention = mentions[i]
        if mention.start >= end:
            break
        if mention.end <= end:
            out.append(mention)
    return out


_START_OF = operator.attrgetter("start")


def _add(values: list[str], new: Iterable[str]) -> None:
    """Append ``new`` items not yet in ``values``, keeping first-seen order."""
    for value in new:
        if value not in values:
            values.append(value)


class Detector:
    """Finds policy events in one article from its text and the tagger's mentions.

    Build it once; it is immutable and safe to share. Hand :attr:`keywords` to the
    tagger so that trigger words are found in the same automaton pass as entities.
    """

    def __init__(self, patterns: PolicyPatterns) -> None:
        """Compile the lexicon and the bounded cue expressions from ``patterns``."""
        p = patterns
        self.patterns = p
        self._by_phrase: dict[str, list[Trigger]] = {}
        for trigger in p.triggers:
            for phrase in trigger.phrases:
                self._by_phrase.setdefault(_normal(phrase), []).append(trigger)
        for candidates in self._by_phrase.values():
            # Specific triggers (with a required context) first, then by form.
            candidates.sort(key=lambda t: (not (t.requires or t.before), _FORM_ORDER[t.form]))
        self._class_of: dict[str, str] = {}
        self._generic: set[str] = set()
        for product in p.product_classes:
            for phrase in product.phrases:
                self._class_of.setdefault(_normal(phrase), product.name)
            if product.generic:
                self._generic.add(product.name)
        self._keywords: dict[str, list[str]] = {
            TRIGGER_LABEL: sorted(self._by_phrase),
            PRODUCT_LABEL: sorted(self._class_of),
        }
        self._requires = {t.id: _lexicon(t.requires) for t in p.triggers if t.requires}
        self._before = {t.id: _lexicon(t.before) for t in p.triggers if t.before}
        self._modal = _lexicon(p.modal_cues)
        self._negation = _lexicon(p.negation_cues)
        self._background = _lexicon(p.background_cues)
        self._year = re.compile(p.background_year_regex, re.I)
        self._past_perfect = re.compile(p.past_perfect_regex, re.I)
        self._subordinate = re.compile(p.subordinate_clause_regex, re.I)
        self._foreground = _lexicon(p.foreground_cues)
        self._clause = re.compile("|".join(re.escape(b) for b in p.clause_breaks))
        self._anaphor = _lexicon(p.anaphors)
        self._pronoun = _lexicon(["it", "its", "they", "their"])
        self._governing = _lexicon(p.governing_verbs)
        self._decision = _lexicon(p.decision_verbs)
        self._group = _lexicon(p.group_nouns)
        self._passive = _lexicon(p.passive_auxiliaries, r"\s{0,3}(?:[a-z]{1,20}\s{1,3})?$")
        self._determiner = _lexicon(p.determiners, r"\s{0,3}$")
        det = "|".join(_phrase_pattern(d) for d in p.determiners)
        # A determiner or possessive, then at most three modifiers, right before a noun.
        self._np_head = re.compile(rf"(?:{det})\s{{0,3}}(?:[\w-]{{1,24}}\s{{1,3}}){{0,3}}$", re.I)
        self._prior = _lexicon(
            p.prior_event_markers,
            rf"\s{{1,3}}(?:(?:{det})\s{{0,3}})?(?:[\w-]{{1,24}}\s{{1,3}}){{0,3}}$",
        )
        self._prior_word = _lexicon(p.prior_event_markers)
        self._reporting = _lexicon(p.reporting_verbs)
        self._reported_modals = frozenset(p.reported_modals)
        self._denial = _lexicon(p.denial_cues)
        self._modifier_followers = frozenset(p.noun_modifier_followers)
        self._participle_pre = frozenset(p.participle_preceders)
        agent = "|".join(re.escape(w) for w in p.noun_agent_prepositions) or "by"
        self._noun_agent = re.compile(rf"\b(?:{agent})\s{{1,3}}(?:the\s{{1,3}})?$")
        fold = script_folder().fold
        self._cjk_modifiers = tuple(fold(w) for w in p.noun_modifier_followers if _has_cjk(w))
        self._flow_re = _lexicon(w for words in p.flows.values() for w in words)
        self._flow_of = {_normal(w): flow for flow, words in p.flows.items() for w in words}
        self._place = frozenset(p.place_prepositions)
        self._adjectival = frozenset(p.adjectival_followers)
        self._noun_followers = frozenset(p.noun_followers)
        self._separators = frozenset(s.strip() for s in p.list_separators)
        self._cjk_place = frozenset(fold(w) for w in p.place_prepositions if _has_cjk(w))
        self._cjk_adjectival = tuple(fold(w) for w in p.adjectival_followers if _has_cjk(w))
        self._scan = _lexicon(list(self._by_phrase) + list(self._class_of))

    @property
    def keywords(self) -> dict[str, list[str]]:
        """The trigger and product-class lexicon to hand to ``Tagger(catalog, keywords=...)``."""
        return {label: list(words) for label, words in self._keywords.items()}

    def scan_keywords(self, text: str, field: str = "body") -> list[Mention]:
        """Find this detector's keywords without the shared automaton (tests, tools).

        The pipeline does not call this: its tagger finds the same keywords in the pass
        that finds entities. Kept here so the detector can be exercised on its own.
        """
        kind: Literal["title", "body"] = "title" if field == "title" else "body"
        out: list[Mention] = []
        for match in self._scan.finditer(script_folder().fold(_lower(text))):
            key = _normal(match.group())
            label = TRIGGER_LABEL if key in self._by_phrase else PRODUCT_LABEL
            original = text[match.start() : match.end()]
            out.append(Mention(label, "keyword", kind, match.start(), match.end(), original))
        return out

    # ------------------------------------------------------------------ public entry

    def detect(
        self, title: str, body: str, mentions: Sequence[Mention] | TagResult
    ) -> list[PolicyEvent]:
        """Return the merged policy events stated in the article, in order of appearance.

        ``mentions`` is the tagger's result (preferred: an article without a trigger word
        then costs no ``Mention`` objects at all) or a list of mentions.
        """
        # Most news holds no trigger word: one cheap pass decides, before any set-up.
        fields = {"title": _Field("title", title), "body": _Field("body", body)}
        if isinstance(mentions, TagResult):
            if not mentions.has_keyword(TRIGGER_LABEL):
                return []
            if mentions.title == title and mentions.body == body:
                self._fill_from_tags(fields, mentions)
            else:
                self._fill(fields, mentions.mentions)
        elif any(m.name == TRIGGER_LABEL for m in mentions):
            self._fill(fields, mentions)
        else:
            return []

        drafts: list[_Draft] = []
        budget = _MAX_TRIGGERS_PER_ARTICLE
        for item in (fields["title"], fields["body"]):
            consumed = -1  # "lifted the ban": the ban is the object, not a second event
            for trigger in self._longest(item.triggers)[:budget]:
                if trigger.start < consumed:
                    continue
                draft = self._evaluate(fields, item, trigger, len(drafts))
                if draft is not None:
                    drafts.append(draft)
                    consumed = draft.consumes
            budget -= len(item.triggers)
            if budget <= 0:
                break
        if not drafts:
            return []
        self._demote_title(drafts)
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
    def _fill_from_tags(fields: dict[str, _Field], tagged: TagResult) -> None:
        """Take each field's lower-cased text and mentions by kind from the tagger.

        The tagger filed its mentions by group while building them, each list sorted
        and non-overlapping, and lower-cased both fields the same way as ``_lower``:
        nothing is sorted, checked or lower-cased again.
        """
        for name, low in (("title", tagged.low_title), ("body", tagged.low_body)):
            item = fields[name]
            item.low = low
            groups = tagged.groups("title" if name == "title" else "body")
            empty: list[Mention] = []
            item.triggers = groups.get(TRIGGER_LABEL, empty)
            item.products = groups.get(PRODUCT_LABEL, empty)
            item.chips = groups.get("chip", empty)
            item.firms = groups.get("firm", empty)
            states = groups.get("jurisdiction", empty)
            regulators = groups.get("regulator", empty)
            item.actors = (
                sorted(states + regulators, key=lambda m: m.start)
                if states and regulators
                else states or regulators
            )

    @staticmethod
    def _fill(fields: dict[str, _Field], mentions: Sequence[Mention]) -> None:
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
            elif kind == "firm":
                target.firms.append(mention)
            elif kind in ("jurisdiction", "regulator"):
                target.actors.append(mention)
        for item in fields.values():
            item.low = script_folder().fold(_lower(item.text))
            for group in (item.triggers, item.products, item.chips, item.firms, item.actors):
                starts = [m.start for m in group]
                if starts != sorted(starts):
                    group.sort(key=lambda m: (m.start, -m.end))

    # ------------------------------------------------------------------ per trigger

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

    def _evaluate(
        self, fields: dict[str, _Field], item: _Field, mention: Mention, order: int
    ) -> _Draft | None:
        """Turn one trigger mention into a draft event, or ``None`` for talk/no reading."""
        candidates = self._by_phrase.get(_normal(mention.text))
        if not candidates:
            return None
        sentence = item.sentence_at(mention.start)
        if sentence is None:
            return None
        text = item.low  # cue expressions are compiled for lower-cased text
        if _QUESTION_END.search(sentence.text):
            return None
        # The trigger's local context: its sentence, cut to a bounded window, then to its
        # clause (cues do not cross ", but", ";").
        lo = max(sentence.start, mention.start - _CONTEXT)
        hi = min(sentence.end, mention.end + _CONTEXT)
        clause_lo, clause_hi = lo, hi
        for brk in self._clause.finditer(text, lo, hi):
            if brk.end() <= mention.start:
                clause_lo = brk.end()
            elif brk.start() >= mention.end:
                clause_hi = brk.start()
                break
        pre = text[max(clause_lo, mention.start - _PRE_WINDOW) : mention.start]
        cjk = _has_cjk(mention.text)
        trigger = self._reading(text, item.text, mention, candidates, pre, clause_hi, cjk)
        if trigger is None:
            return None
        if self._is_talk(text, mention, clause_lo, cjk) or self._denial.search(
            text, sentence.start, sentence.end
        ):
            return None
        actor = self._actor(fields, item, mention, sentence, trigger)
        if actor is None:
            return None
        jurisdiction, actor_rule = actor
        flow = self._flow(text, mention, clause_lo, clause_hi, sentence, trigger, jurisdiction)
        products, named, generic_only = self._products(item, clause_lo, clause_hi, sentence)
        targets = [m.name for m in _within(item.firms, clause_lo, clause_hi)]
        targets = list(dict.fromkeys(targets))
        primary, time_rule = self._primary(text, mention, clause_lo, clause_hi, pre, trigger)
        conf = self.patterns.confidence
        confidence = getattr(conf, trigger.form)
        confidence += conf.explicit_actor if actor_rule == "actor" else 0.0
        confidence += conf.anaphoric_actor if actor_rule == "anaphor" else 0.0
        confidence += conf.named_product if named else 0.0
        rule = f"{trigger.id}[{_normal(mention.text)}] {actor_rule}"
        if time_rule:
            rule += f" {time_rule}"
        if self._group.search(text, clause_lo, clause_hi):
            rule += " group"
        return _Draft(
            jurisdiction=jurisdiction,
            action=trigger.action,
            flow=flow,
            direction=trigger.direction,
            products=products,
            targets=targets,
            primary=primary,
            evidence=sentence.text,
            confidence=round(min(1.0, max(0.0, confidence)), 3),
            rule=rule,
            order=order,
            has_named_product=named,
            generic_only=generic_only,
            consumes=mention.end + trigger.window if trigger.requires else -1,
            in_title=item.name == "title",
        )

    def _reading(
        self,
        text: str,
        source: str,
        mention: Mention,
        candidates: list[Trigger],
        pre: str,
        clause_hi: int,
        cjk: bool,
    ) -> Trigger | None:
        """Pick the trigger whose grammatical reading fits the words around the mention.

        ``text`` is the lower-cased field, ``source`` the field as written (for case).
        """
        wide = text[max(0, mention.start - _DECISION_WINDOW) : mention.start]
        modifier = self._is_modifier(text, mention)
        for trigger in candidates:
            if trigger.requires:
                after = text[mention.end : min(clause_hi, mention.end + trigger.window)]
                if not self._requires[trigger.id].search(after):
                    continue
            if trigger.before:
                window = text[max(0, mention.start - trigger.window) : mention.start]
                if not self._before[trigger.id].search(window):
                    continue
            if trigger.form == "verb":
                if cjk or trigger.before:
                    return trigger
                if self._determiner.search(pre):
                    continue  # "the banned chips", "its approved list"
                if self._is_participle(source, mention):
                    continue  # "smuggling restricted accelerators", "sales of banned chips"
                if mention.text[-1:].lower() == "s" and self._followed_by_noun_cue(text, mention):
                    continue  # "US sanctions on Huawei"
                return trigger
            if trigger.form == "base":
                if _TO_BEFORE.search(pre) and self._decision.search(wide):
                    return trigger
                if self._decision.search(pre[-8:]):
                    return trigger  # "will ban"
                continue
            if modifier:
                continue  # "the approval process", "licence applications"
            if trigger.form == "event_noun":
                if self._np_head.search(pre) or self._governing.search(pre):
                    return trigger
                continue
            if self._governing.search(pre):
                return trigger
        return None

    def _is_participle(self, source: str, mention: Mention) -> bool:
        """True when an ``-ed`` trigger follows an ``-ing`` word or a preposition.

        A finite verb follows its subject ("China restricted"); after "moving" or "of"
        the participle qualifies the next noun instead.
        """
        if not mention.text.lower().endswith("ed"):
            return False
        pre = source[max(0, mention.start - 24) : mention.start]
        word = _WORD_BEFORE.search(pre)
        if word is None or pre[word.end(1) :].strip():
            return False  # punctuation in between: "..., restricted"
        token = word.group(1)
        if token[:1].isupper():
            return False  # a name ("Beijing approved"), not a gerund
        token = token.casefold()
        if token.endswith("ing") and token not in ("being", "having"):
            return True
        return token in self._participle_pre

    def _is_modifier(self, text: str, mention: Mention) -> bool:
        """True when a noun trigger only qualifies the next noun ("approval process")."""
        after = _WORD_AFTER.search(text, mention.end, mention.end + 24)
        if after is not None and after.group(1).casefold() in self._modifier_followers:
            return True
        return text.startswith(self._cjk_modifiers, mention.end)

    def _followed_by_noun_cue(self, text: str, mention: Mention) -> bool:
        """True when the word after an ``-s`` trigger shows it is a plural noun."""
        after = _WORD_AFTER.search(text, mention.end, mention.end + 24)
        if after is None:
            rest = text[mention.end : mention.end + 2].strip()
            return rest.startswith(".")
        return after.group(1).casefold().rstrip(".") in self._noun_followers

    def _is_talk(self, text: str, mention: Mention, clause_lo: int, cjk: bool) -> bool:
        """Modality or negation shortly before the trigger, inside its clause."""
        modal_window = _CJK_MODAL_WINDOW if cjk else _MODAL_WINDOW
        negation_window = _CJK_NEGATION_WINDOW if cjk else _NEGATION_WINDOW
        start = max(clause_lo, mention.start - modal_window)
        for modal in self._modal.finditer(text, start, mention.start):
            if modal.group().casefold() in self._reported_modals and self._reporting.search(
                text, max(0, modal.start() - _REPORTING_WINDOW), modal.start()
            ):
                continue  # "said it would suspend the ban": a decision, reported
            return True
        start = max(clause_lo, mention.start - negation_window)
        return self._negation.search(text, start, mention.start) is not None

    def _is_actor(self, text: str, mention: Mention) -> bool:
        """False for places and qualifiers: "exports to China", "US firm Nvidia"."""
        before = text[max(0, mention.start - 24) : mention.start]
        after = text[mention.end : mention.end + 24]
        if before and _has_cjk(before[-1:]):
            if before[-1] in self._cjk_place:
                return False
        else:
            word = _WORD_BEFORE.search(_THE_AT_END.sub("", before))
            if word and word.group(1).casefold() in self._place:
                return False
        if after.startswith(self._cjk_adjectival):
            return False
        head = _WORD_AFTER.search(after)
        if head is not None:
            token = head.group(1).casefold().rstrip(".")
            if token in self._adjectival:
                return False
        return not after.startswith(("-made", "-based", "-listed", "–made"))

    def _actor(
        self,
        fields: dict[str, _Field],
        item: _Field,
        mention: Mention,
        sentence: Sentence,
        trigger: Trigger,
    ) -> tuple[str, str] | None:
        """The acting jurisdiction and how it was found ("actor", "agent", "anaphor")."""
        text = item.low
        noun = trigger.form in ("event_noun", "state_noun")
        # A passive agent after the trigger wins: "China's Huawei was sanctioned by the US";
        # so does the source of a noun: "approval from Beijing". Places count here, as
        # the preposition itself says what the jurisdiction is.
        after = _within(item.actors, mention.end, min(sentence.end, mention.end + _AGENT_WINDOW))
        for actor in after:
            if self._owns_firm(item, actor):
                continue  # "owned by China's Wingtech": the firm, not the state
            gap = text[max(mention.end, actor.start - 12) : actor.start]
            if _BY_AGENT.search(gap) or gap.endswith("由"):
                return _code(actor), "agent"
            if noun and self._noun_agent.search(gap) and actor.start - mention.end <= 12:
                return _code(actor), "agent"
        if noun or trigger.before:
            # A jurisdiction right before the noun qualifies it with its author, even after
            # a preposition: "added to the US entity list", "under Dutch export controls".
            for actor in _within(item.actors, max(0, mention.start - 4), mention.start):
                if not text[actor.end : mention.start].strip():
                    return _code(actor), "actor"
        before = self._acting(item, sentence.start, mention.start)
        if before:
            return _code(before[-1]), "actor"
        # No actor in the sentence: "the country", "regulators", "it" point back.
        head = text[sentence.start : mention.start]
        anaphor = self._anaphor.search(head)
        passive = self._passive.search(
            text[max(sentence.start, mention.start - 24) : mention.start]
        )
        if anaphor is None and passive is None:
            return None
        if (
            anaphor is not None
            and passive is None
            and self._pronoun.fullmatch(anaphor.group())
            and _within(item.firms, sentence.start, mention.start)
        ):
            # "Nvidia said it stopped ...": a pronoun after a firm is the firm.
            return None
        previous = self._acting(item, 0, sentence.start)
        if previous:
            return _code(previous[-1]), "anaphor"
        title = fields["title"]
        if item.name == "body":
            in_title = self._acting(title, 0, len(title.text))
            if in_title:
                return _code(in_title[-1]), "anaphor"
        return None

    def _acting(self, item: _Field, start: int, end: int) -> list[Mention]:
        """Jurisdiction mentions in ``[start, end)`` that can be the actor, memoised."""
        out: list[Mention] = []
        for actor in _within(item.actors, start, end):
            ok = item.acting.get(actor.start)
            if ok is None:
                ok = item.acting[actor.start] = self._is_actor(item.low, actor)
            if ok:
                out.append(actor)
        return out

    @staticmethod
    def _owns_firm(item: _Field, actor: Mention) -> bool:
        """True when a possessive jurisdiction qualifies a firm: "China's Wingtech"."""
        rest = item.low[actor.end : actor.end + 3]
        if not rest.startswith(("'s", "’s")):
            return False
        firms = _within(item.firms, actor.end, actor.end + 40)
        return bool(firms) and firms[0].start - actor.end <= 4

    def _flow(
        self,
        text: str,
        mention: Mention,
        clause_lo: int,
        clause_hi: int,
        sentence: Sentence,
        trigger: Trigger,
        jurisdiction: str,
    ) -> Flow:
        """Nearest flow cue in the clause, then the sentence, then the defaults."""
        for lo, hi in ((clause_lo, clause_hi), (sentence.start, sentence.end)):
            best: tuple[int, Flow] | None = None
            lo = max(lo, mention.start - _CONTEXT)
            hi = min(hi, mention.end + _CONTEXT)
            for cue in self._flow_re.finditer(text, lo, hi):
                distance = abs(cue.start() - mention.start)
                flow = self._flow_of.get(_normal(cue.group()))
                if flow is not None and (best is None or distance < best[0]):
                    best = (distance, flow)
            if best is not None:
                return best[1]
        if trigger.flow is not None:
            return trigger.flow
        defaults = self.patterns.default_flow
        return defaults.get(jurisdiction, defaults["*"])

    def _products(
        self, item: _Field, clause_lo: int, clause_hi: int, sentence: Sentence
    ) -> tuple[list[str], bool, bool]:
        """Chips and product classes of the clause (else the sentence)."""
        for lo, hi in ((clause_lo, clause_hi), (sentence.start, sentence.end)):
            chips = list(dict.fromkeys(m.name for m in _within(item.chips, lo, hi)))
            classes = [
                self._class_of.get(_normal(m.text), "") for m in _within(item.products, lo, hi)
            ]
            classes = [c for c in dict.fromkeys(classes) if c and c not in chips]
            if chips or classes:
                specific = [c for c in classes if c not in self._generic]
                if chips or specific:
                    return [*chips, *specific], bool(chips), False
                return classes, False, True
        return [], False, False

    def _primary(
        self,
        text: str,
        mention: Mention,
        clause_lo: int,
        clause_hi: int,
        pre: str,
        trigger: Trigger,
    ) -> tuple[bool, str]:
        """Main news unless a time cue, the past perfect or "after the halt" says earlier."""
        if self._foreground.search(text, clause_lo, clause_hi):
            return True, ""
        # Chinese puts time adverbials before the verb; a cue after it dates an object
        # ("暂停实施此前...的禁令").
        cue_hi = mention.start if _has_cjk(mention.text) else clause_hi
        for cues, rule in ((self._background, "background:time"), (self._year, "background:year")):
            for cue in cues.finditer(text, clause_lo, cue_hi):
                # "approved X after a pause earlier this month": the time phrase dates the
                # pause, not the approval.
                if _ADJECTIVE_EARLIER.match(text, cue.start()):
                    continue  # "earlier rules": an adjective, not a time adverbial
                after = cue.start() >= mention.end
                lo = mention.end if after else clause_lo
                if self._prior_word.search(text, lo, cue.start()):
                    continue
                if (
                    after
                    and trigger.form in ("verb", "base")
                    and self._subordinate.search(text, mention.end, cue.start())
                ):
                    # "approved X, ending a pause that officials imposed earlier this
                    # month": the phrase sits in a clause of its own and dates that.
                    continue
                return False, rule
        perfect = self._past_perfect.search(pre)
        if perfect is not None:
            had = mention.start - len(pre) + perfect.start()
            if not self._reporting.search(text, max(0, had - _REPORTING_WINDOW), had):
                return False, "background:past-perfect"
        if trigger.form in ("event_noun", "state_noun") and self._prior.search(pre):
            return False, "background:prior"
        return True, ""

    # ------------------------------------------------------------------ article level

    def _listed_firms(self, fields: dict[str, _Field]) -> list[str]:
        """Firms the article lists together ("ByteDance, Alibaba and Tencent")."""
        out: list[str] = []
        for item in fields.values():
            firms = item.firms
            run: list[str] = []
            for left, right in itertools.pairwise(firms):
                gap = item.text[left.end : right.start].strip().casefold()
                if gap in self._separators or gap.rstrip(",") in self._separators:
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

    @staticmethod
    def _demote_title(drafts: list[_Draft]) -> None:
        """A headline event the body reports only as background is background too.

        Headlines put old measures in the present tense ("... as US tightens rules"); when
        the body dates the same measure ("was added ... in 2023") and never reports it as
        new, the headline is context, not news.
        """
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
    def _focus_chips(fields: dict[str, _Field]) -> list[str]:
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

    def _merge(self, drafts: list[_Draft]) -> list[PolicyEvent]:
        """One event per (jurisdiction, action, flow, direction, primary)."""
        merged: dict[tuple[str, Action, Flow, Direction, bool], _Draft] = {}
        for draft in drafts:
            key = (draft.jurisdiction, draft.action, draft.flow, draft.direction, draft.primary)
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
            if any(p not in self._generic for p in products):
                # A class like "advanced chips" only paraphrases the named chip.
                products = [p for p in products if p not in self._generic]
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


def _code(mention: Mention) -> str:
    """The jurisdiction code a jurisdiction or regulator mention stands for."""
    return (mention.jurisdiction or mention.name).upper()
