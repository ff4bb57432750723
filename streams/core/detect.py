"""Policy-event detection: what a government did to chips, in which direction, and when.

Cheap first, precise second. The tagger's Aho–Corasick automaton, fed with
:attr:`Detector.keywords` (the lexicon of ``streams/core/lexicon.py``), marks predicate
phrases ("approved", "entity list", "叫停", "verbiet*") and product classes in the same
pass that finds firms, chips and actors. An article without a predicate costs nothing
more. Each predicate mention is read in its sentence by ``streams/core/reading.py``
(actor + predicate + object, talk or action, news or background); this module runs that
reading over the headline and the body (marking the dateline, handing the story's last
actor to anaphora) and hands the drafts to ``streams/core/article.py``, which decides
at article level what is news and merges them into events.

Work per article is bounded (a cap on triggers, bounded windows), so hostile input
stays linear. The design and its reasons: ``docs/detection.md``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Final, Literal

from schemas.article import PolicyEvent
from schemas.patterns import PolicyPatterns
from streams.core.article import LEAD, Story
from streams.core.cues import last_match
from streams.core.eased_content import consumed_before
from streams.core.fields import ABBREVIATION, ArticleYear, Draft, Field, code, within
from streams.core.language import ArticleLanguage
from streams.core.lexicon import (
    PRODUCT_LABEL,
    TRIGGER_LABEL,
    Lexicon,
    has_cjk,
    load_patterns,
    normal,
)
from streams.core.mentions import Mention
from streams.core.reading import Reader
from streams.core.script import HANGUL, KANA, script_folder
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
_DATELINE_LINES: Final = 4  # lines of the body where a dateline may open
_DATELINE_CJK: Final = 24  # chars of a line's start that tell a CJK dateline
_SPACE_RUN: Final = re.compile(r"\s*")  # matches everywhere, maybe empty
# Round 32: a Japanese "中" right after hiragana ("占める中", "続く中") is the noun 中
# ("amid, during"), never China; "米" after hiragana ("利用する米顧客") stays the US.
_HIRAGANA_BEFORE: Final = re.compile(r"[\u3041-\u309f]")
_ABBREVIATION_SCRIPT: Final = 24  # chars around "美" searched for hangul or kana
_STANCE_HEAD: Final = 24  # chars after a trigger searched for the first word of a stance phrase
_SCRIPT_PROBE: Final = 600  # chars of a field searched for kana or hangul
_RESTATING: Final = 4  # chars before a measure noun searched for "同", "이번"
# Round 30: what may stand between a Japanese or Korean measure noun and the easing verb
# whose object it is ("반입 규제 유예", "수출통제를 1년 유예", "통제도 유예", "輸出規制を撤廃"):
# case particles, spaces (or a hashtag's "_": "#규제_유예"), a span of time; a few characters.
_EASED_OBJECT_GAP: Final = re.compile(
    r"(?:\s|_|[을를은는이가도의]|[をはもの]|\d{1,3}\s?(?:년|개월|일|年|か月|ヶ月|カ月|日間))*"
)
_EASED_OBJECT_REACH: Final = 12
# Round 26: chars before a measure searched for "violate", "违反", and the words that may
# stand between ("breach US export curbs", "violating the new US export rules", "违反美国的
# 出口管制"): a state, an article, modifiers; no clause mark. Chars after a Japanese or Korean
# measure searched for "違反", "위반".
_VIOLATION_REACH: Final = 48
_VIOLATION_AFTER: Final = 6
_VIOLATION_PARTICLES: Final = frozenset(["", "に", "を", "을", "를", "에"])
# Round 35: chars before a breach cue searched for a suspicion that opens it ("涉嫌违反")
_SUSPICION_BEFORE: Final = 12
# Words are separated by one to three marks, so a run of letters is read one way only.
_VIOLATION_GAP = re.compile(
    r"[ '’.\-]{0,3}(?:[^\W\d]{1,16}[ '’.\-]{1,3}){0,3}(?:[^\W\d]{1,16}[ '’.\-]{0,3})?"
)
_OPENING: Final = 16  # chars at a sentence's start searched for "이에 따라", "これにより"
# An agency's credit: "…社", the place it filed from, the day, "电" ("中评社台北9月3日电").
_CJK_WIRE = re.compile(r"社([\u4e00-\u9fff]{1,6}?)\d{1,2}(?:月\d{1,2})?日(?:综合外)?电")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping its length, so offsets stay valid ("İ" stays as is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


#: The tagger's group of each kind a field reads (``actors`` merges two).
_GROUP_OF_KIND: Final = {
    "products": PRODUCT_LABEL,
    "chips": "chip",
    "equipment": "equipment",
    "firms": "firm",
}


def _load_kind(tagged: TagResult, field: Literal["title", "body"], kind: str) -> list[Mention]:
    """One field's mentions of one kind from the tagger's result, sorted by start.

    The first kind read builds every group of the field in one walk over its hits
    (``TagResult.groups``): a reading that needs one kind mostly needs the others.
    """
    groups = tagged.groups(field)
    if kind != "actors":
        return groups.get(_GROUP_OF_KIND[kind]) or []
    states = groups.get("jurisdiction") or []
    regulators = groups.get("regulator") or []
    if states and regulators:
        return sorted(states + _owned_regulators(states, regulators), key=lambda m: m.start)
    return states or regulators


def _owned_regulators(states: list[Mention], regulators: list[Mention]) -> list[Mention]:
    """Regulators named with another state's name written onto them belong to that state.

    Round 44 (issue 11): "中国外務省" (China's foreign ministry, in Japanese) tags 外務省,
    which alone is Japan's; the state written right before the ministry's name, with no
    word between, owns it. A bare ministry keeps its catalog state.
    """
    ends = {state.end: state for state in states}
    owned = []
    for regulator in regulators:
        state = ends.get(regulator.start)
        if state is not None and code(state) != code(regulator):
            regulator = regulator._replace(jurisdiction=code(state))
        owned.append(regulator)
    return owned


def is_policy_change(events: Iterable[PolicyEvent]) -> bool:
    """An article is a policy change when at least one of its events is main news."""
    return any(event.primary for event in events)


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
        self.story = Story(self.lexicon, self.reader)

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
        lang: str | None = None,
        stand_in: bool = False,
    ) -> list[PolicyEvent]:
        """Return the merged policy events stated in the article, in order of appearance.

        ``mentions`` is the tagger's result (preferred: an article without a predicate
        then costs no ``Mention`` objects) or a list of mentions. ``published`` dates the
        article: a year before it marks background (else the latest year it names does).
        ``lang`` is the article's BCP 47 tag: the word lists of another Latin-script
        language fire in it only as ``language.py`` allows (guessed from the text when
        the tag is missing or invalid).
        ``stand_in``: ``title`` is the body's lead sentence read as the headline of an
        article sent without one (``headless.py``).
        """
        if isinstance(mentions, TagResult) and not mentions.has_keyword(TRIGGER_LABEL):
            return []  # most articles: no predicate word, nothing more to do
        fields = {"title": Field("title", title, stand_in=stand_in), "body": Field("body", body)}
        if isinstance(mentions, TagResult):
            if mentions.title == title and mentions.body == body:
                self._fill_from_tags(fields, mentions)
            else:
                self._fill(fields, mentions.mentions)
        elif any(m.name == TRIGGER_LABEL for m in mentions):
            self._fill(fields, mentions)
        else:
            return []
        language = ArticleLanguage(self.lexicon.languages, lang, title, body)
        for item in fields.values():
            item.lang = language
            self._abbreviations(item)
        self._us_acronym(fields)
        # The dateline only marks places that do not act: read when the body's actors
        # are first judged (``Field.acting``), which most articles never reach.
        fields["body"].marker = self._mark_dateline
        ref_year = (
            ArticleYear(title, body, published.year, published.month, published.day)
            if published
            else ArticleYear(title, body, None)
        )
        drafts: list[Draft] = []
        talk: list[Draft] = []  # body sentences that only talk of a measure
        budget = _MAX_TRIGGERS_PER_ARTICLE
        previous: str | None = None  # the actor anaphora refer back to
        for item in (fields["title"], fields["body"]):
            consumed = -1  # "lifted the ban": the ban is the object, not a second event
            last: tuple[Draft, Mention] | None = None  # the field's last draft, its trigger
            for trigger in self._longest(item.triggers)[:budget]:
                if trigger.start < consumed or self._stance_modifier(item, trigger):
                    continue
                draft = self.reader.evaluate(fields, item, trigger, len(drafts), ref_year, previous)
                if draft is not None and self._violated(item, trigger, draft):
                    continue  # "products that breach US export curbs": a yardstick, no act
                if draft is not None and self._law_case(fields, item, draft):
                    continue  # "police are investigating a fraud case": no chip policy
                if draft is not None and drafts and self._restated(item, trigger, draft):
                    continue  # "同措置はAMDにも適用され": the measure told before, again
                if draft is not None and drafts and self._consequence(item, draft, drafts):
                    continue  # "이에 따라 … 수출허가를 받아야 한다": that measure's effect
                if (
                    draft is not None
                    and last is not None
                    and last[0] is drafts[-1]
                    and _eased_object(item, last, trigger, draft)
                ):
                    drafts.pop()  # "반입 규제 유예": the restriction is what is suspended
                    last = None
                if draft is not None and draft.talk:
                    talk.append(draft)
                elif draft is not None:
                    if draft.direction == "easing" and drafts:
                        # Round 30: "…수출통제 … 제2항을 중단하기로": the object before the verb
                        consumed_before(item, draft, drafts, self.lexicon)
                    drafts.append(draft)
                    last = (draft, trigger)
                    consumed = draft.consumes
                    if draft.primary or previous is None:
                        # Anaphora ("authorities", "the ministry") refer to the story's
                        # actor, not to the one of a clause about earlier events.
                        previous = draft.jurisdiction
                    if item.event_actor is None:
                        item.event_actor = draft.jurisdiction
                    if draft.primary:
                        item.actions.add(draft.action)
            budget -= len(item.triggers)
            if budget <= 0:
                break
        if not drafts:
            return []
        return self.story.judge(fields, drafts, talk, ref_year)

    def _law_case(self, fields: dict[str, Field], item: Field, draft: Draft) -> bool:
        """Whether an investigation is law enforcement: a criminal case, not a regulator's probe.

        Round 20 (issue 11): "police are investigating a fraud case", "警方正在调查诈骗案",
        "경찰이 사기 사건을 수사 중", "die Staatsanwaltschaft ermittelt wegen Betrugs": an
        inquiry into people or an offence is no chip policy, whether the crime is named in
        the investigation's own sentence or where the story is set out: its headline
        ("Alleged fraud involving ... chips") or its lead sentence (a headline's "opens
        probe" whose lead says "for fraud"). A probe of a firm by a regulator (antitrust,
        anti-dumping, security review) names no crime and stays an event.
        """
        if draft.action != "investigate":
            return False
        if self.lexicon.lawcase.search(fields["title"].low) is not None:
            return True
        body = fields["body"]
        spans = [(item, item.sentence_at(draft.start))]
        first = _SPACE_RUN.match(body.low)
        if first is not None and first.end() < len(body.low):
            spans.append((body, body.sentence_at(first.end())))  # the lead sentence
        return any(
            sentence is not None
            and self.lexicon.lawcase.search(field.low, sentence.start, sentence.end) is not None
            for field, sentence in spans
        )

    def _violated(self, item: Field, trigger: Mention, draft: Draft) -> bool:
        """Whether the trigger names a measure someone breached.

        Round 26 (issue 11; dev, b22, b24): "products that breach US export curbs",
        "charged with violating export controls", "违反美国出口管制的产品", "제재 위반에 대한
        처벌", "外為法違反": the measure is the yardstick of another's conduct (a smuggler's,
        a firm's), a rule that stands, never an act of the story. The cue stands a few
        words before the measure (at most four, no clause mark between) or, in Japanese and
        Korean, right after it (or after one case particle). Read only for a trigger that
        gave a draft: six characters after it by ``str.find``, 48 before it in a word trie.
        """
        lex = self.lexicon
        text = item.low
        start, end = trigger.start, trigger.end
        hi = min(len(text), end + _VIOLATION_AFTER)
        for cue in lex.violation_after:
            at = text.find(cue, end, hi)
            if at >= 0 and text[end:at].strip() in _VIOLATION_PARTICLES:
                return True  # "제재 위반", "外為法違反", "규제를 위반"
        lo = max(0, start - _VIOLATION_REACH)
        last = last_match(lex.violation_before, text, lo, start)
        if last is None or _VIOLATION_GAP.fullmatch(text, last.end(), start) is None:
            return False
        # Round 35: "独占禁止法違反などの疑いで調査を開始": a probe opened on suspicion of the
        # breach has the breach for its ground; the probe is the act.
        return not (
            draft.action == "investigate"
            and lex.suspicion.search(text, max(lo, last.start() - _SUSPICION_BEFORE), start)
            is not None
        )

    def _stance_modifier(self, item: Field, trigger: Mention) -> bool:
        """Whether a one-word trigger is an adjective of the stance noun right after it.

        Round 23 (issue 11): "ferma opposizione alla revisione" is a firm opposition, not
        "halts"; a Romance adjective stands before its noun, so a single trigger word
        followed only by a space and a stance noun of ``reaction_verbs`` ("opposizione a",
        "oposición a", "opposition à") modifies that noun; the reaction is the predicate.
        """
        word = item.low[trigger.start : trigger.end]
        if not word.isalpha():
            return False  # a phrase or a CJK trigger: no adjective position
        after = item.low[trigger.end : trigger.end + 2]
        if after[:1] != " " or not after[1:].isalpha():
            return False
        following = item.low[trigger.end + 1 : trigger.end + 1 + _STANCE_HEAD].split(" ", 1)[0]
        if following not in self.lexicon.reaction_heads:
            return False  # nearly every trigger: no stance phrase starts after it
        found = self.lexicon.reaction.match(item.low, trigger.end + 1)
        return found is not None and " " in found.group(0)

    def _restated(self, item: Field, trigger: Mention, draft: Draft) -> bool:
        """Whether a measure noun points back at a measure told before ("同措置", "이번 조치")."""
        if ":state_noun[" not in draft.rule:
            return False
        before = item.low[max(0, trigger.start - _RESTATING) : trigger.start].rstrip()
        return before.endswith(self.lexicon.restating)

    def _consequence(self, item: Field, draft: Draft, drafts: list[Draft]) -> bool:
        """Whether a consequence sentence restates a measure told before.

        A sentence opened by a consequence ("이에 따라", "これにより", "此举") where the
        same state acts in the same direction as an earlier main event.
        "…를 전략물자로 추가 지정한다. 이에 따라 … 수출허가를 받아야 한다", "이번 조치로 …
        대미 수출이 원칙적으로 차단된다": what the measure means for exporters is that
        measure, not a second one with another action (round 16).
        """
        if not draft.primary or not any(
            d.primary and (d.jurisdiction, d.direction) == (draft.jurisdiction, draft.direction)
            for d in drafts
        ):
            return False
        sentence = item.sentence_at(draft.start)
        if sentence is None:
            return False
        opening = item.low[sentence.start : sentence.start + _OPENING].lstrip()
        return self.lexicon.consequence_opener.match(opening) is not None

    def _us_acronym(self, fields: dict[str, Field]) -> None:
        """Read a bare "EU" as the United States where the story's words say so.

        Round 31 (issue 11): Mexican and other Latin-American Spanish copy writes "EU" for
        Estados Unidos ("EU endurece controles sobre semiconductores"), and the catalog's
        alias is the European Union's. With a word of ``us_acronym_cues`` in the headline
        or body ("Estados Unidos", "EE.UU.", "Departamento de Comercio") and none of
        ``eu_acronym_cues`` ("Unión Europea", "Bruselas", "europeo"), each "EU" mention
        becomes the United States; a story about the European Union keeps it.
        """
        title, body = fields["title"], fields["body"]
        if "EU" not in title.text and "EU" not in body.text:
            return  # most stories: no capital "EU" at all, no mention to load
        lex = self.lexicon
        lows = (title.low, body.low)
        if not any(lex.us_acronym.search(low) for low in lows) or any(
            lex.eu_acronym.search(low) for low in lows
        ):
            return
        for item in (title, body):
            if "EU" not in item.text:
                continue
            item.actors = [
                mention._replace(name="US", entity_id=None, jurisdiction="US")
                if mention.type == "jurisdiction"
                and mention.jurisdiction == "EU"
                and item.text[mention.start : mention.end] == "EU"
                else mention
                for mention in item.actors
            ]

    def _abbreviations(self, item: Field) -> None:
        """Add the one-character state names of Korean and Japanese text ("美 상무부").

        The catalog cannot list them: "美", "中" and "米" are parts of countless Chinese
        words. They are read only where hangul or kana stands near, outside words of
        ideographs (``Lexicon.abbreviation_re``).
        """
        text = item.low
        if text.isascii():
            return  # most English copy: no kana, no hangul
        # A Korean or Japanese story shows its script in its first lines.
        found_script = _KANA_HANGUL.search(text, 0, _SCRIPT_PROBE)
        if found_script is None:
            return
        lang = "ko" if HANGUL.match(found_script.group()) else "ja"
        pattern = self.lexicon.abbreviation_re.get(lang)
        if pattern is None:
            return
        table = self.lexicon.abbreviations[lang]
        script = HANGUL if lang == "ko" else KANA
        taken = [(a.start, a.end) for a in item.actors]
        found: list[Mention] = []
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            if (
                lang == "ja"
                and match.group() == "中"
                and start
                and _HIRAGANA_BEFORE.match(text, start - 1)
            ):
                continue  # "…が多くを占める中、", "続く中": 中 "amid, during" (round 32)
            if not script.search(
                text, max(0, start - _ABBREVIATION_SCRIPT), end + _ABBREVIATION_SCRIPT
            ):
                continue  # a Chinese quotation inside a Korean story
            code = table[match.group()]
            kind: Literal["title", "body"] = "title" if item.name == "title" else "body"
            found.append(
                Mention(
                    code, "jurisdiction", kind, start, end, item.text[start:end], ABBREVIATION, code
                )
            )
        if found:
            item.actors = sorted([*item.actors, *found], key=lambda m: m.start)

    def _mark_dateline(self, body: Field) -> None:
        """A place in the dateline ("WASHINGTON, March 26 -") is where it was filed.

        The dateline opens one of the first lines: scraped copy often repeats the headline
        or a byline above it ("【中央社台北6日綜合外電報導】" on the second line).
        """
        text = body.low
        start = 0
        for _ in range(_DATELINE_LINES):
            # Skip the line's leading white space (what str.lstrip would drop: re's \s
            # is str.isspace), without copying the rest of the body twice per line. Most
            # lines start with a word: one character test instead of a regex call.
            if start < len(text) and text[start].isspace():
                start = _SPACE_RUN.match(text, start).end()  # type: ignore[union-attr]
            if start >= LEAD:
                break
            match = self.lexicon.dateline.match(body.text, start)
            if match is None and has_cjk(text[start : start + _DATELINE_CJK]):
                match = self.lexicon.dateline.match(text, start)  # "中央社台北6日綜合外電"

            if match is not None:
                for actor in within(body.actors, start, match.end()):
                    body.acting[actor.start] = False
                    if body.dateline_state is None:
                        body.dateline_state = code(actor)
                return
            newline = text.find("\n", start)
            if newline < 0:
                break
            start = newline + 1
        self._wire_credit(body)

    @staticmethod
    def _wire_credit(body: Field) -> None:
        """A Chinese wire credit inside the lead's first line names where it was filed.

        Round 24 (issue 11): "（…资料照）中评社台北9月3日电／…", "…新华社北京3月5日电": an
        agency, a place, a day and "电" after a caption or a byline; the place files the
        story, it does not act (at a line's start ``dateline_regex`` reads it).
        """
        text = body.low
        if not has_cjk(text[:_SCRIPT_PROBE]):
            return  # most copy: no ideographs in its lead
        match = _CJK_WIRE.search(text, 0, LEAD)
        if match is None:
            return
        for actor in within(body.actors, match.start(1), match.end(1)):
            body.acting[actor.start] = False
            if body.dateline_state is None:
                body.dateline_state = code(actor)

    @staticmethod
    def _fill_from_tags(fields: dict[str, Field], tagged: TagResult) -> None:
        """Take each field's folded lower-cased text and mentions by kind from the tagger.

        Triggers now; the other kinds when first read (``Field.loader``): most articles
        with a trigger never read them.
        """
        for name, low in (("title", tagged.low_title), ("body", tagged.low_body)):
            item = fields[name]
            item.low = low
            kind: Literal["title", "body"] = "title" if name == "title" else "body"
            item.triggers = tagged.group(kind, TRIGGER_LABEL)
            item.loader = functools.partial(_load_kind, tagged, kind)

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


def _eased_object(item: Field, last: tuple[Draft, Mention], trigger: Mention, draft: Draft) -> bool:
    """A Japanese or Korean measure noun right before the easing verb that takes it as object.

    Round 30 (issue 11; b37 ko, b38 ko): "미국산 반도체 장비 반입 규제 유예", "통제를 1년
    유예", "輸出規制を撤廃": the verb comes after its object, so the restriction is read as a
    trigger of its own before the easing that suspends it; its polarity is the head's, and
    it makes no tightening. The mirror of ``consumes`` ("lifted the ban"), where the object
    follows the verb. Only a CJK easing of a measure (``relax``) right after a tightening
    drafted from the same field, with nothing but particles, spaces or a span of time
    between.
    """
    before, mention = last
    if draft.direction != "easing" or draft.action != "relax" or before.direction != "tightening":
        return False
    if not has_cjk(trigger.text) or not 0 <= trigger.start - mention.end <= _EASED_OBJECT_REACH:
        return False
    return _EASED_OBJECT_GAP.fullmatch(item.text, mention.end, trigger.start) is not None
