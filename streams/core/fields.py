"""What the sentence reader works on: an article's fields, a trigger's site, a draft event.

``Field`` holds one field of the article (title or body) with its mentions sorted by
kind; ``Site`` is where one trigger stands (its sentence, its clause, the words before
it); ``Draft`` is an event before the article-level merge. Shared by the predicate
reader (``reading.py``), the talk/tense reader (``talk.py``), the actor finder
(``actors.py``) and the object finder (``objects.py``).
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from schemas.article import Flow
from streams.core.language import ArticleLanguage
from streams.core.mentions import Mention
from streams.core.segment import Sentence, sentence_at, wrapped

__all__ = [
    "ABBREVIATION",
    "CONTEXT",
    "EARLIER_MONTHS",
    "FORECAST",
    "LEAD",
    "ArticleYear",
    "Draft",
    "Field",
    "KindLoader",
    "Site",
    "code",
    "lead_end",
    "within",
]

# Nothing but closing quotes and punctuation after a word: it ends its clause.
_CLAUSE_CLOSE = re.compile(r"[\s\"'”»)]*(?:[.,;:!?]|$)")
_MAX_SEGMENT: Final = 360  # chars either side of a trigger segmented into sentences
CONTEXT: Final = 240  # chars of sentence kept on each side of a trigger
LEAD: Final = 700  # chars of the body that hold its lead
EARLIER_MONTHS: Final = 2  # a month this far before publication names an earlier act
# Talk that makes a headline's act a forecast (not a denial or an analyst's aside).
FORECAST: Final = frozenset(["modal", "modal-after", "conditional"])
START_OF = operator.attrgetter("start")
#: ``entity_id`` of a state named by one character in Korean or Japanese ("美", "米").
ABBREVIATION: Final = "abbreviation"


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


class ArticleYear:
    """The article's year: its publication year, else the latest year it names.

    A year before it dates an event as background. Undated, the latest year named may be
    the article's own or the measure's ("licences for 2026"), so it never dates a
    present-tense act. Computed on first use: most clauses name no year at all.
    """

    __slots__ = ("_body", "_title", "_value", "dated", "day", "month")

    def __init__(
        self, title: str, body: str, published: int | None, month: int = 0, day: int = 0
    ) -> None:
        """``published``: the publication year, or None for an undated article.

        ``month`` and ``day`` of publication (0 when unknown) date a day named without
        its year ("9月30日") against it.
        """
        self._title, self._body = title, body
        self._value = published
        self.dated = published is not None
        self.month, self.day = month, day

    def earlier_month(self, month: int) -> bool:
        """Whether a month named without its year, in a past act, dates an earlier act.

        "In July, Japan added restrictions ..." in a September story: a month two or more
        months before publication (``EARLIER_MONTHS``, the threshold ``tense.py`` reads
        for Chinese, Japanese and Korean months) names background; this month and the
        last stay news ("in September" in a late-September story). A past act in a month
        after the publication month is last year's. Unknown publication month: earlier.
        """
        if not self.month:
            return True
        return (self.month - month) % 12 >= EARLIER_MONTHS

    def days_since(self, month: int, day: int) -> int | None:
        """Days from a day of the article's year to its publication, or None.

        None when the article is undated or the day falls after publication (a later
        month may be last year's or a coming date: "自12月1日起施行").
        """
        if not (self.dated and self.month) or (month, day) > (self.month, self.day):
            return None
        return (self.month - month) * 30 + (self.day - day)

    @property
    def value(self) -> int:
        """The year (9999 for an undated article that names none)."""
        if self._value is None:
            years = [int(y) for text in (self._title, self._body) for y in _YEAR.findall(text)]
            self._value = max(years, default=9999)
        return self._value


@dataclass(slots=True)
class Draft:
    """An event before merging, with what the merge needs to order its parts."""

    jurisdiction: str
    action: str
    flow: Flow
    direction: str
    products: list[str]
    targets: list[str]
    primary: bool
    evidence: str
    confidence: float
    rule: str
    order: int
    start: int = 0
    has_named_product: bool = False
    generic_only: bool = False
    consumes: int = -1
    in_title: bool = False
    predicate: str = ""  # the meaning group's id ("list_add")
    talk: str = ""  # why a body sentence only talks of it (kept to judge the headline)
    #: Round 30: "amend" (a change made to the measure) or "provision" (a provision's
    #: content): dropped in a story of the same state's easing (``eased_content.py``).
    eased_content: str = ""
    #: For talk: what its actor is read from, only when the headline needs it.
    pending: tuple[Site, Any, str | None] | None = None

    def mark_talk(self, why: str) -> None:
        """Mark this draft as talk of a measure (no event of its own), saying why in its rule."""
        self.primary = False
        self.talk = why
        self.rule += f" talk:{why}"

    def mark_background(self, why: str) -> None:
        """Mark this draft as background to the article's news, saying why in its rule."""
        self.primary = False
        self.rule += f" background:{why}"


#: Builds a field's mentions of one kind ("products", "chips", "equipment", "firms",
#: "actors"), sorted by start, when the reader first asks for them.
KindLoader = Callable[[str], list[Mention]]


@dataclass(slots=True)
class Field:
    """One field of the article (title or body) with its mentions by type, sorted.

    ``triggers`` are set when the field is made. The other kinds (``products``,
    ``chips``, ``equipment``, ``firms``, ``actors``) are read only when a trigger gets
    far into its reading (in the bench corpus, in 624 of the 1,523 articles with a
    trigger): with a ``loader`` they are built on first read, from the tagger's hits,
    and kept; without one they start empty. Each reads and assigns as a list.
    """

    name: str
    text: str
    low: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    triggers: list[Mention] = field(default_factory=list)
    loader: KindLoader | None = None
    #: Round 33: the article's language (``language.py``): which word lists fire in it.
    lang: ArticleLanguage | None = None
    # Which jurisdiction mentions may act (not "exports to China"), by start offset;
    # decided on first use, since most mentions never sit near a trigger. Read and
    # written through ``acting``.
    marks: dict[int, bool] = field(default_factory=dict, repr=False)
    #: Marks to make before ``acting`` is first read (the body's dateline: its places
    #: do not act); run once, on that read. Most articles with a trigger never read it.
    marker: Callable[[Field], None] | None = field(default=None, repr=False)
    #: Whether this headline is the body's lead sentence standing in for a missing title
    #: (``headless.py``, round 33): a whole sentence, not a headline's short form.
    stand_in: bool = False
    #: The jurisdiction of the field's first event (a headline's actor for the body).
    event_actor: str | None = None
    #: The actions of the field's main events (a headline's, to judge body talk).
    actions: set[str] = field(default_factory=set)
    #: The state of the place in the body's dateline ("TOKYO -"): whose "the government".
    dateline_state: str | None = None
    #: Whether a headline tells a measure to come (``intents.plan_headline_words``);
    #: None until first read.
    plan_head: bool | None = None
    #: The clause breaks (start, end) in a window (lo, hi) of ``low``, as searched.
    breaks: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    #: The kinds of mentions built or assigned so far (see the class docstring).
    kinds: dict[str, list[Mention]] = field(default_factory=dict, repr=False)

    def _kind(self, kind: str) -> list[Mention]:
        found = self.kinds.get(kind)
        if found is None:
            found = self.kinds[kind] = [] if self.loader is None else self.loader(kind)
        return found

    @property
    def products(self) -> list[Mention]:
        """Product-class keyword mentions ("chips", "semiconductors")."""
        return self._kind("products")

    @products.setter
    def products(self, value: list[Mention]) -> None:
        self.kinds["products"] = value

    @property
    def chips(self) -> list[Mention]:
        """Chip mentions."""
        return self._kind("chips")

    @chips.setter
    def chips(self, value: list[Mention]) -> None:
        self.kinds["chips"] = value

    @property
    def equipment(self) -> list[Mention]:
        """Chipmaking equipment mentions."""
        return self._kind("equipment")

    @equipment.setter
    def equipment(self, value: list[Mention]) -> None:
        self.kinds["equipment"] = value

    @property
    def firms(self) -> list[Mention]:
        """Firm mentions."""
        return self._kind("firms")

    @firms.setter
    def firms(self, value: list[Mention]) -> None:
        self.kinds["firms"] = value

    @property
    def actors(self) -> list[Mention]:
        """Jurisdiction and regulator mentions (the states that may act), by start."""
        return self._kind("actors")

    @actors.setter
    def actors(self, value: list[Mention]) -> None:
        self.kinds["actors"] = value

    @property
    def acting(self) -> dict[int, bool]:
        """Whether each jurisdiction mention may act, by start offset, as decided so far.

        The first read runs ``marker`` (once): what it marks is there before any
        decision is read or made, as if it had run when the field was made.
        """
        marker = self.marker
        if marker is not None:
            self.marker = None
            marker(self)
        return self.marks

    def language(self) -> str | None:
        """The article's language, or ``None`` when it has none (computed once)."""
        return None if self.lang is None else self.lang.value()

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing ``pos``: only the text around it is segmented."""
        for sentence in self.sentences:
            if sentence.start <= pos < sentence.end:
                return sentence
        text = self.text
        lo = max(0, pos - _MAX_SEGMENT)
        # A line break bounds the search unless it only wraps a running sentence.
        newline = text.rfind("\n", lo, pos)
        while newline >= 0 and wrapped(text, newline):
            newline = text.rfind("\n", lo, newline)
        lo = newline + 1 if newline >= 0 else lo
        limit = min(len(text), pos + _MAX_SEGMENT)
        hi = text.find("\n", pos, limit)
        while hi >= 0 and wrapped(text, hi):
            hi = text.find("\n", hi + 1, limit)
        hi = hi if hi >= 0 else limit
        local = sentence_at(text[lo:hi], pos - lo)
        if local is None:
            return None
        result = Sentence(local.start + lo, local.end + lo, local.text)
        self.sentences.append(result)
        return result


@dataclass(slots=True)
class Site:
    """Where one trigger stands: its field, sentence and clause, and the words before it.

    ``text`` is the field's lower-cased, script-folded copy (same offsets as the
    original); ``pre`` the few words of the clause right before the trigger; ``cjk``
    whether the trigger is written in CJK or Hangul, ``sov`` whether its sentence is
    Japanese or Korean (object before verb, modality after it).
    """

    item: Field
    mention: Mention
    sentence: Sentence
    clause_lo: int
    clause_hi: int
    pre: str
    cjk: bool
    sov: bool

    @property
    def text(self) -> str:
        """The field's folded, lower-cased text."""
        return self.item.low


def closes_clause(site: Site, phrase: bool = False) -> bool:
    """Whether the trigger is a single word (or, with ``phrase``, any) that ends its clause.

    Dutch and German put a perfect's participle last, its object before it ("China heeft
    het exportverbod ... opgeschort", "hat ... keine Lizenzen ... erteilt"). Round 45: a
    phrase ending in the participle ("… unter staatliche Aufsicht gestellt") ends it too.
    """
    mention = site.mention
    return (
        not site.cjk
        and (phrase or " " not in mention.text)
        and _CLAUSE_CLOSE.match(site.text, mention.end, site.clause_hi + 1) is not None
    )


def lead_end(body: Field, sentences: int) -> int:
    """Where the body's first ``sentences`` sentences end, within its lead (``LEAD``).

    Segmented with ``Field.sentence_at`` (the sentences are kept for the triggers read
    later); an unsegmentable start ends the lead there.
    """
    text = body.text
    pos = len(text) - len(text.lstrip())
    end = pos
    for _ in range(sentences):
        if pos >= min(len(text), LEAD):
            break
        sentence = body.sentence_at(pos)
        if sentence is None or sentence.end <= pos:
            break
        end = pos = sentence.end
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return min(end, LEAD)


def within(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """Mentions (sorted by start) lying inside ``[start, end)``."""
    lo = bisect.bisect_left(mentions, start, key=START_OF)
    out: list[Mention] = []
    for i in range(lo, len(mentions)):
        mention = mentions[i]
        if mention.start >= end:
            break
        if mention.end <= end:
            out.append(mention)
    return out


# Round 34: what joins two states of one list in the Latin-script languages ("China, Iran,
# Russland und", "la Chine et la Russie", "China en Rusland"); lower-cased text. Portuguese
# and Spanish "o" is left out: it is also the article. Up to two names the catalog does
# not hold may stand between ("China, Iran, Russland"); they must be capitalised
# (``_NAME``), so "in China, however, Russia" is no list. An article only after a
# conjunction: "aux Etats-Unis, la Chine utilise" opens a clause after a fronted phrase.
_LATIN_LIST_JOIN: Final = re.compile(
    r"[ ]?,[ ]{1,2}(?:[\w-]{2,20}[ ]?,[ ]{1,2}){0,2}"
    r"|,?[ ]{1,2}(?:and|und|oder|et|ou|y|e|ed|en|of)[ ]{1,2}"
    r"(?:(?:the|la|le|les|el|il|die|der|het)[ ]{1,2})?"
)
_NAME: Final = re.compile(r",[ ]{1,2}([\w-]{2,20})[ ]?,")
_LIST_STEPS: Final = 8  # members of one list walked back to its head


def list_head(text: str, low: str, mentions: Sequence[Mention], mention: Mention) -> Mention:
    """The first member of the list of mentions ``mention`` closes, or ``mention`` itself.

    ``text`` is the text the mentions index and ``low`` its lower-cased copy. Members are
    joined by commas and conjunctions only ("nach China, Iran, Russland": "China"), so
    what stands before the head (a place preposition, a subject's verb) stands before
    every member.
    """
    first = mention
    i = bisect.bisect_left(mentions, mention.start, key=START_OF) - 1
    steps = 0
    while i >= 0 and steps < _LIST_STEPS:
        prev = mentions[i]
        i -= 1
        if prev.end > first.start:
            continue  # a mention inside another (an acronym in its name)
        if _LATIN_LIST_JOIN.fullmatch(low, prev.end, first.start) is None:
            break
        if prev.type != mention.type:
            # Round 41: a list holds one kind ("Selon un communiqué du ministère chinois du
            # Commerce, Pékin interdit …": an agency, then the state that acts)
            break
        names = _NAME.finditer(text, prev.end, first.start)
        if not all(n.group(1)[:1].isupper() for n in names):
            break  # "China, however, Russia": an adverb, no list
        first = prev
        steps += 1
    return first


def last_before(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    """The last mention (sorted by start) lying inside ``[start, end)``, if any."""
    i = bisect.bisect_left(mentions, end, key=START_OF) - 1
    while i >= 0:
        mention = mentions[i]
        if mention.start < start:
            return None
        if mention.end <= end:
            return mention
        i -= 1
    return None


def code(mention: Mention) -> str:
    """The jurisdiction code a jurisdiction or regulator mention stands for."""
    return (mention.jurisdiction or mention.name).upper()


def primary_sentences(
    fields: Mapping[str, Field], drafts: Iterable[Draft]
) -> Iterator[tuple[Draft, Field, Sentence]]:
    """Each primary draft with its field and the sentence it stands in.

    The walk the demotion steps share (round 38): drafts already background, or outside
    any sentence, are skipped. Lazy, so a step that demotes a later draft while walking
    sees the change, as its own loop did.
    """
    for draft in drafts:
        if not draft.primary:
            continue
        item = fields["title" if draft.in_title else "body"]
        sentence = item.sentence_at(draft.start)
        if sentence is not None:
            yield draft, item, sentence
