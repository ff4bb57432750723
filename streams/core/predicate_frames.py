"""English frames around a predicate that make it no act of a government.

What it reads: the sentence and headline around an English predicate (first written in
round 13, for fresh16).

fresh16's traps read as news because a measure word stood in a sentence whose act is
someone else's, or no act at all. Each frame is a meaning class with its words in
``policy_patterns.yaml`` (``predicate_frames``), checked only for English, primary drafts:

* a court as the clause's subject ("A U.S. trade court blocked most of the tariffs",
  "The ruling ... does not affect tariffs imposed under Section 232"): a court's ruling on
  a measure is no government act (talk);
* another party's reaction whose object is the measure ("firmly opposes the U.S. decision
  to add", "will file a complaint with the WTO over Japan's tighter export rules"): the
  measure is context of the reaction (background);
* a measure as the topic of someone's words ("SEMI issues statement on U.S. export
  controls"), unless a state is the speaker (background);
* a plan shelved ("has shelved a rule", "has put on hold several planned measures",
  "the shelved rules"): nothing existed to ease (talk); a measure in force paused or put
  on hold is still a suspension;
* the status quo ("current rules remain in place") and a definition ("foreign companies
  that need a licence") (talk);
* an approval not obtained ("after failing to win China approval") (talk);
* a measure noun inside a law's capitalised name ("Trade Expansion Act") (talk);
* a headline that opens with one state's reaction to another's measure ("Japan to study
  impact of China's gallium curbs"): the other state's acts in the body are its premise
  (background), unless the headline states an act itself;
* a plural measure noun read as a verb after "<determiner> <state>" ("adopts new Russia
  sanctions"): the state is the target; the act is told by another draft (talk).
* an easing verb whose subject is one state and whose measure another's ("Taiwan exempts
  TSMC from Trump's 100% semiconductor tariffs"): a state cannot exempt from another's
  measure; the subject tells how it reads that measure (talk; round 16, issue 11).

The checks search a few bounded windows of one sentence, so the cost per draft is small
and an article without drafts pays nothing.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.patterns import PredicateFrames
from streams.core.cues import WideWords
from streams.core.fields import Draft, Field
from streams.core.lexicon import Lexicon

__all__ = ["PredicateFrameReader"]

_TRIGGER = re.compile(r"\[([^\]]{1,60})\]")
# A sentence-internal stop; "U.S. decision" is an abbreviation, not a stop.
_BREAK = re.compile(r"(?<!\b\w)\.\s|[;:!?]\s|,\s(?:and|but|while)\s")
_FAILED_WINDOW: Final = 60  # chars before the predicate searched for "failing to win"
_COURT_SUBJECT: Final = 70  # chars of the sentence's start where its subject stands
_OPENER_WINDOW: Final = 25  # chars before a court cue searched for "following"
_REACTION_WINDOW: Final = 80  # chars before the predicate searched for "opposes"
_COMPLAINT_WINDOW: Final = 110  # chars before the predicate searched for "complaint ... over"
_TOPIC_WINDOW: Final = 40  # chars before the predicate searched for "statement on"
_HOLD_BEFORE: Final = 20  # chars before the predicate searched for "put on hold"
_PLANNED_AFTER: Final = 110  # chars after the predicate searched for "planned"
_STATUS_AFTER: Final = 50  # chars after the predicate searched for "remain in place"
_DEFINITION_WINDOW: Final = 40  # chars before the predicate searched for "companies that"
_TITLE_CASE: Final = 0.6  # share of capitalised words that makes a headline title-cased
_HEADLINE_SUBJECT: Final = 12  # chars of a headline before its first state
_HEADLINE_VERB: Final = 16  # chars after that state searched for its reaction verb
_MODIFIER_GAP: Final = 28  # chars from a modifying state to its measure noun's end
_CONDITION_GAP: Final = 16  # chars before the other state searched for "if", "should"
_MODIFIER_WORDS: Final = 3  # words from that state to the noun ("U.S. export controls")
# A clause between the reaction verb and the noun: the other state is a subject, not a
# modifier ("China protests as US imposes curbs" states the act itself).
_CLAUSE_BREAK: Final = re.compile(
    r"[,;:]|\b(?:to|as|after|while|when|since|because|but|and|which|that|who|is|are|has|have|will)\b"
)
_NOT_COURT: Final = (" party", " parties", " coalition", " class", " elite")
_OWNER_AFTER: Final = 60  # chars after an easing verb searched for the measure's state
_SUBJECT_START: Final = 4  # chars from the sentence's start to its subject state ("The ")
# The measure's owner after the easing verb's object: "exempts TSMC from Trump's tariffs".
_FROM_OWNER: Final = re.compile(r"\bfrom\s(?:[\w.-]{1,20}\s){0,2}$")


def _words(phrases: list[str], tail: str = r"(?!\w)") -> re.Pattern[str] | None:
    """One pattern for lower-case phrases with word bounds (longest first)."""
    if not phrases:
        return None
    alts = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alts + ")" + tail)


def _last(pattern: re.Pattern[str] | None, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The rightmost match of ``pattern`` in ``text[lo:hi]``."""
    found = None
    if pattern is not None:
        for found in pattern.finditer(text, lo, hi):  # noqa: B007 - keep the last
            pass
    return found


def _title_cased(text: str) -> bool:
    """Whether a headline capitalises most of its words ("New Export Controls Law ...")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= _TITLE_CASE * len(words)


class PredicateFrameReader:
    """Compiled ``predicate_frames`` cues; :meth:`demote` marks the drafts they govern."""

    __slots__ = (
        "_any",
        "_complaint",
        "_compound",
        "_court",
        "_failed",
        "_hold",
        "_law",
        "_link",
        "_noun_verbs",
        "_opener",
        "_plan_verbs",
        "_planned",
        "_reacted_if",
        "_reacted_noun",
        "_reaction",
        "_reaction_story",
        "_relative",
        "_status",
        "_topic",
    )

    def __init__(self, cues: PredicateFrames) -> None:
        """Compile each cue list once (the detector is built once and shared)."""
        self._court = _words(cues.court_subjects)
        self._opener = _words(cues.court_openers, rf"(?!\w)[^.;]{{0,{_OPENER_WINDOW}}}$")
        self._reaction = _words(cues.reaction_heads)
        self._complaint = _words(cues.complaint_heads)
        self._link = _words(cues.complaint_links)
        self._topic = _words(cues.topic_heads, r"(?!\w)")
        self._hold = _words(cues.hold_verbs)
        self._plan_verbs = _words(cues.plan_verbs)
        self._planned = _words(cues.planned_objects)
        self._status = _words(cues.status_quo)
        self._relative = _words(cues.generic_relative, r"\s{1,3}$")
        self._failed = _words(cues.failed)
        self._law = re.compile(cues.law_title) if cues.law_title else None
        self._noun_verbs = frozenset(cues.noun_verbs)
        self._reaction_story = _words(cues.reaction_story_verbs)
        self._reacted_noun = _words(cues.reaction_measure_nouns)
        # Round 20: "if Tokyo restricts": the condition's subject right before the state.
        self._reacted_if = _words(cues.reaction_conditional_openers, r"\s{1,3}(?:the\s)?$")
        # One search of the sentence for any cue first: most sentences hold none, and
        # then none of the windowed checks below runs.
        self._any = WideWords(self._cue_words(cues))
        self._compound = _words(cues.compound_determiners, r"\s{1,3}$")

    @staticmethod
    def _cue_words(cues: PredicateFrames) -> list[str]:
        """The cue phrases of every frame but the court's, for the first searches."""
        return [
            *cues.reaction_heads,
            *cues.complaint_heads,
            *cues.topic_heads,
            *cues.hold_verbs,
            *cues.plan_verbs,
            *cues.status_quo,
            *cues.generic_relative,
            *cues.failed,
        ]

    def demote(self, fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
        """Mark the English drafts whose sentence frames them as no act of a government."""
        for draft in drafts:
            if not draft.primary or draft.talk:
                continue
            item = fields["title" if draft.in_title else "body"]
            sentence = item.sentence_at(draft.start)
            if sentence is None:
                continue
            why = self._frame(item, sentence.start, sentence.end, draft, lex)
            if why in ("reaction", "topic"):
                draft.mark_background(why)
            elif why:
                draft.mark_talk(why)
        premise = self._reacted_to(fields["title"], drafts)
        if premise:
            for draft in drafts:
                if draft.primary and not draft.in_title and draft.jurisdiction == premise:
                    draft.mark_background("reaction-story")

    def _reacted_to(self, title: Field, drafts: list[Draft]) -> str:
        """The state whose measure a reaction headline answers, or "".

        "Japan to study impact of China's gallium curbs": the headline's first state
        opens it, a reaction verb follows within a few words, and another state stands
        before "'s" later on, or as the modifier of a measure noun a few words on ("China
        opposes new US export controls", "China slams U.S. chip curbs"; no comma or
        clause between). A headline that states an act itself is no reaction story.
        """
        if self._reaction_story is None or any(d.in_title and d.primary for d in drafts):
            return ""
        states = [a for a in title.actors if a.jurisdiction]
        if len(states) < 2 or states[0].start > _HEADLINE_SUBJECT:
            return ""
        first = states[0]
        verb = self._reaction_story.search(title.low, first.end, first.end + _HEADLINE_VERB)
        if verb is None:
            return ""
        for other in states[1:]:
            if other.start < verb.end() or other.jurisdiction == first.jurisdiction:
                continue
            if title.low.startswith(("'s", "’s"), other.end):
                return other.jurisdiction or ""
            if self._reacted_if is not None and self._reacted_if.search(
                title.low, max(verb.end(), other.start - _CONDITION_GAP), other.start
            ):
                return other.jurisdiction or ""  # "China to take measures if Tokyo restricts"
            noun = (
                self._reacted_noun.search(title.low, other.end, other.end + _MODIFIER_GAP)
                if self._reacted_noun is not None
                else None
            )
            if (
                noun is not None
                and not _CLAUSE_BREAK.search(title.low, verb.end(), noun.start())
                and title.low.count(" ", other.end, noun.start()) <= _MODIFIER_WORDS
            ):
                return other.jurisdiction or ""
        return ""

    def _frame(self, item: Field, lo: int, hi: int, draft: Draft, lex: Lexicon) -> str:
        """Why the frame around ``draft`` makes it no act, or ""."""
        low, text, start = item.low, item.text, draft.start
        trigger = _TRIGGER.search(draft.rule)
        word = trigger.group(1) if trigger else ""
        end = start + len(word) if word and low.startswith(word, start) else start
        if (
            self._law is not None
            and end > start
            and text[start].isupper()
            and not (item.name == "title" and _title_cased(text))
            and self._law.match(text, end)
        ):
            return "law-name"  # "the Trade Expansion Act"
        if word in self._noun_verbs and ":verb[" in draft.rule and self._compound_noun(item, start):
            return "target-compound"  # "adopts new Russia sanctions, blacklisting ..."
        if draft.direction == "easing" and ":verb[" in draft.rule and self._others(item, lo, draft):
            return "other-state"  # "Taiwan exempts TSMC from Trump's ... tariffs"
        if self._court is not None:
            court = self._court.search(low, lo, min(start, lo + _COURT_SUBJECT))
            if (
                court is not None
                and not low.startswith(_NOT_COURT, court.end())
                and (self._opener is None or not self._opener.search(low, lo, court.start()))
            ):
                return "court"  # "A U.S. trade court on Wednesday blocked ..."
        # One search around the predicate for any other frame's cue first: most drafts
        # have none near them, and then none of the windowed checks below runs.
        near = self._any.search(
            low, max(lo, start - _COMPLAINT_WINDOW), min(hi, end + _PLANNED_AFTER)
        )
        if near is None:
            return ""
        if self._failed is not None and self._failed.search(
            low, max(lo, start - _FAILED_WINDOW), start
        ):
            return "failed"  # "after failing to win China approval"
        if self._reacting(low, lo, start, lex):
            return "reaction"
        topic = _last(self._topic, low, max(lo, start - _TOPIC_WINDOW), start)
        if topic is not None and not any(lo <= a.start < topic.start() for a in item.actors):
            return "topic"  # "SEMI issues statement on U.S. export controls"
        if draft.direction == "easing" and self._shelved(low, start, end, hi, lex):
            return "shelved"  # "has put on hold several planned measures"
        if self._status is not None and self._status.search(low, end, min(hi, end + _STATUS_AFTER)):
            return "status-quo"  # "current rules remain in place"
        if self._relative is not None and self._relative.search(
            low, max(lo, start - _DEFINITION_WINDOW), start
        ):
            return "definition"  # "foreign companies that need a licence"
        return ""

    @staticmethod
    def _others(item: Field, lo: int, draft: Draft) -> bool:
        """The verb's subject is a state other than the one whose measure it eases.

        The draft's state was read after the verb, as the owner of its measure after
        "from" ("from Trump's tariffs"); the sentence opens with another state.
        """
        before = [a for a in item.actors if lo <= a.start < draft.start and a.jurisdiction]
        if not before or before[0].jurisdiction == draft.jurisdiction:
            return False
        if before[0].start - lo > _SUBJECT_START:
            return False  # "verso la Cina sono state approvate dal ...": a place, no subject
        low, hi = item.low, draft.start + _OWNER_AFTER
        return any(
            draft.start < a.start < hi
            and a.jurisdiction == draft.jurisdiction
            and _FROM_OWNER.search(low, draft.start, a.start) is not None
            for a in item.actors
        )

    def _compound_noun(self, item: Field, start: int) -> bool:
        """A state right before the noun, a determiner before the state: "new Russia sanctions"."""
        if self._compound is None:
            return False
        for actor in item.actors:
            if actor.end <= start and start - actor.end <= 1 and actor.jurisdiction:
                lo = max(0, actor.start - 12)
                return self._compound.search(item.low, lo, actor.start) is not None
        return False

    def _reacting(self, low: str, lo: int, start: int, lex: Lexicon) -> bool:
        """Another party's reaction or complaint has the measure as its object."""
        head = _last(self._reaction, low, max(lo, start - _REACTION_WINDOW), start)
        if head is None:
            head = _last(self._complaint, low, max(lo, start - _COMPLAINT_WINDOW), start)
            if head is None or self._link is None:
                return False
            if self._link.search(low, head.end(), start) is None:
                return False  # "a complaint" whose object is not the measure
        if _BREAK.search(low, head.end(), start):
            return False  # the reaction's clause ended before the measure
        # "opposed the plan but on Monday announced curbs": the state's own act.
        return lex.announce.search(low, head.end(), start) is None

    def _shelved(self, low: str, start: int, end: int, hi: int, lex: Lexicon) -> bool:
        """A shelving verb at the predicate whose object is a plan, not a measure.

        "shelved a rule", "held off on curbs" drop a plan whatever the object; "put on
        hold" and "paused" do so only for a planned object ("several planned measures"),
        since "paused its ban" suspends a measure in force. An object announced or
        imposed ("shelved the export ban it imposed in May") is a measure either way.
        """
        lo = max(0, start - _HOLD_BEFORE)
        after = min(hi, end + _PLANNED_AFTER)
        if lex.announce.search(low, end, after) is not None:
            return False
        plan = None if self._plan_verbs is None else self._plan_verbs.search(low, lo, end + 1)
        if plan is not None:
            return True  # "has shelved a rule that would have restricted ..."
        hold = None if self._hold is None else self._hold.search(low, lo, max(end, start + 1))
        if hold is None or self._planned is None:
            return False
        return self._planned.search(low, end, after) is not None
