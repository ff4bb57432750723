"""What an English sentence or headline makes of a measure: doubted, hypothetical, paid for.

What it reads: a grant's doubt, a measure noun's modal, a subsidy approval's money, a
measure as a business effect's cause, an easing's scope, a firm's reaction headline and a
revenue-share headline (first written in round 14, fresh-h20c). Checked only for English,
primary drafts, each in a bounded window of its sentence; cues in ``policy_patterns.yaml``
(``measure_frames``), tests in ``tests/unit/test_measure_frames.py``:

* doubt before a grant ("There is no assurance that licenses will be granted"): the grant
  is a possibility the speaker weighs (talk);
* a modal right after a measure noun ("The authorization would benefit ..."): the sentence
  tells a hypothetical measure's consequences, not its act (talk);
* an approval whose sentence holds money ("approved under the India Semiconductor Mission,
  which has an outlay of Rs 76,000 crore to provide financial support"): a subsidy
  approval, which the development set labels no event (talk);
* a measure noun as the cause of a past business effect ("as U.S. export restrictions
  effectively eliminated MI308 sales"): the measure is what an earnings story explains its
  figures with (background), unless the noun is told as new ("new curbs hit sales");
* a headline on a share of sales paid to a government ("Nvidia, AMD to pay 15% of China
  chip sale revenue to US"): the licences the payment buys are the news, even when the
  body dates their first grants "last week" or tells them after the lead;
* a limit told with its scope under a headline that eases ("sales would be limited to
  'approved customers'", "capped at 50%"): a term of the easing, no act of its own (talk);
* a headline that opens with a firm's reaction ("Wingtech urges Dutch side to ..."): the
  state acts the body retells are the reaction's premise (background);
* a bill as its sentence's subject and what it would do ("The bill would task U.S.
  regulators with establishing rules ... allowed under export licenses", "The GAIN AI
  Act directs Commerce to deny licences"): every predicate of the sentence is the bill's
  content, however far from the "would" (talk), unless the sentence makes it law ("signed
  into law"). Written in round 16 (issue 11).
"""

from __future__ import annotations

import re
from typing import Final

from schemas.patterns import MeasureFrames
from streams.core.fields import Draft, Field

__all__ = ["MeasureFrameReader"]

_TRIGGER = re.compile(r"\[([^\]]{1,60})\]")
# A sentence-internal stop; "U.S. officials" is an abbreviation, not a stop.
_BREAK = re.compile(r"(?<!\b\w)\.\s|[;!?]\s|,\s(?:and|but|while)\s")
_DOUBT_WINDOW: Final = 60  # chars before the predicate searched for "no assurance that"
_MODAL_GAP: Final = 4  # chars between a measure noun and its modal
_NOVELTY_WINDOW: Final = 25  # chars before a measure noun searched for "new"
_EFFECT_GAP: Final = 34  # chars from the noun to its effect verb's end ("effectively ...")
_OBJECT_WINDOW: Final = 40  # chars after the effect verb searched for "sales"
_NOUN_FORMS: Final = (":event_noun[", ":state_noun[")
_HEADLINE_LEAD: Final = 12  # chars a headline may hold before its firm ("Exclusive: ")
_HEADLINE_VERB: Final = 16  # chars after the firm searched for its reaction verb
_GRANTS: Final = frozenset({"license_grant", "license_grant_final", "license_received"})
_TIME_BACKGROUND: Final = ("background:recent", "background:time", "background:month")
_TAG = re.compile(r"background:[\w-]+")
# A measure already named ("the duties", "these tariffs") that "will" do something on a
# condition ("..., then rise sharply if companies do not build plants"): the plan
# described, not an act (the announcement itself is still to come).
_ANAPHORIC: Final = re.compile(r"\b(?:the|these|those|such)\s$")
_WILL: Final = re.compile(r"will\s(?!not\b)")
_CONDITION: Final = re.compile(r"\b(?:if|unless|provided that|as long as|depending on)\b")
_BILL_SUBJECT: Final = 48  # chars of the sentence's start where a bill subject stands
_BILL_VERB: Final = 40  # chars after the bill noun searched for "would", "directs"


# Round 37: a relative clause that puts the measure into force today ("the curbs that took
# effect today hit sales"): the entry into force is the sentence's news, its effect a
# consequence told with it (other days, "that took effect last year", stay an effect).
_IN_FORCE_TODAY: Final = re.compile(
    r"\b(?:that|which)\s(?:have\s|has\s)?(?:took|take|takes|taken|came|come|went|kicked)\s"
    r"(?:effect|into force|into effect|in)\s(?:on\s)?today\b"
)
_IN_FORCE_TODAY_REACH: Final = 80
_SUBSIDY_OBJECT: Final = 16  # chars after "sanciona" that hold its object ("a lei", "o")


def _words(phrases: list[str], tail: str = r"(?!\w)") -> re.Pattern[str] | None:
    """One pattern for lower-case phrases with word bounds (longest first)."""
    if not phrases:
        return None
    alts = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alts + ")" + tail)


def _dated_only(rule: str) -> bool:
    """Whether the draft's only background tags are the time rules' ("last week")."""
    tags = _TAG.findall(rule)
    return bool(tags) and all(tag in _TIME_BACKGROUND for tag in tags)


class MeasureFrameReader:
    """Compiled ``measure_frames`` cues; :meth:`demote` and :meth:`promote` judge drafts."""

    __slots__ = (
        "_bill",
        "_bill_verb",
        "_condition",
        "_doubt",
        "_effect",
        "_enacted",
        "_firm_reaction",
        "_in_force",
        "_modal",
        "_novelty",
        "_objects",
        "_share",
        "_subsidy",
    )

    def __init__(self, cues: MeasureFrames) -> None:
        """Compile each cue list once (the detector is built once and shared)."""
        self._doubt = _words(cues.uncertain_heads)
        self._modal = _words(cues.noun_modals)
        self._subsidy = _words(cues.subsidy_cues)
        self._in_force = _words(cues.entry_into_force)
        self._effect = _words(cues.effect_verbs)
        self._objects = _words(cues.effect_objects)
        self._novelty = _words(cues.novelty)
        self._share = re.compile(cues.revenue_share) if cues.revenue_share else None
        self._condition = _words(cues.condition_verbs, r"\s(?:to|at)\s")
        self._firm_reaction = _words(cues.firm_reaction_verbs)
        self._bill = _words(cues.bill_subjects)
        self._bill_verb = _words(cues.bill_verbs)
        self._enacted = _words(cues.enacted_cues)

    def demote(self, fields: dict[str, Field], drafts: list[Draft]) -> None:
        """Mark the English drafts whose sentence or headline makes them no act (or context)."""
        eased = {
            d.jurisdiction
            for d in drafts
            if d.in_title and d.primary and not d.talk and d.direction == "easing"
        }
        reaction = self._firm_reacts(fields["title"], drafts)
        for draft in drafts:
            if not draft.primary or draft.talk:
                continue
            if reaction >= 0 and (not draft.in_title or draft.start > reaction):
                draft.mark_background("firm-reaction")
                continue
            if draft.jurisdiction in eased and self._scoped(fields["body"], draft):
                draft.mark_talk("condition")
                continue
            item = fields["title" if draft.in_title else "body"]
            sentence = item.sentence_at(draft.start)
            if sentence is None:
                continue
            why = self._frame(item, sentence.start, sentence.end, draft)
            if why == "effect":
                draft.mark_background(why)
            elif why:
                draft.mark_talk(why)

    def _frame(self, item: Field, lo: int, hi: int, draft: Draft) -> str:
        """Why the sentence around ``draft`` makes it no act, or ""."""
        low, start = item.low, draft.start
        if self._bill_content(item, lo, hi):
            return "bill"  # "The bill would task U.S. regulators with establishing rules ..."
        trigger = _TRIGGER.search(draft.rule)
        word = trigger.group(1) if trigger else ""
        end = start + len(word) if word and low.startswith(word, start) else start
        if self._doubt is not None:
            doubt = self._doubt.search(low, max(lo, start - _DOUBT_WINDOW), start)
            if doubt is not None and _BREAK.search(low, doubt.end(), start) is None:
                return "uncertain"  # "there is no assurance that licenses will be granted"
        noun = end > start and any(form in draft.rule for form in _NOUN_FORMS)
        if noun and self._modal is not None:
            after = low[end : end + _MODAL_GAP + 6]
            rest = after.lstrip(" ,")
            close = after[:1] == " " and len(after) - len(rest) <= _MODAL_GAP
            modal = self._modal.match(rest) if close else None
            if modal is not None and not self._takes_effect(low, end + (len(after) - len(rest))):
                return "hypothetical"  # "The authorization would benefit ..."
            if (
                close
                and _WILL.match(rest)
                and _ANAPHORIC.search(low, max(lo, start - 8), start)
                and _CONDITION.search(low, end, hi)
            ):
                return "plan"  # "the duties will begin at a lower level ..., then rise if ..."
        subsidy = self._subsidy
        if draft.action == "approve" and subsidy is not None and subsidy.search(low, lo, hi):
            return "subsidy"  # "an outlay of Rs 76,000 crore to provide financial support"
        if (
            draft.action == "sanction"
            and end > start
            and subsidy is not None
            and subsidy.search(low, end, min(hi, end + _SUBSIDY_OBJECT))
        ):
            # Round 26: a subsidy as the verb's direct object ("Biden sanciona incentivo
            # para …"): Spanish and Portuguese "sancionar" a law or a grant is to enact it
            return "subsidy"
        if (
            noun
            and not draft.in_title
            and self._caused(low, lo, hi, start, end)
            and not _IN_FORCE_TODAY.search(low, end, min(hi, end + _IN_FORCE_TODAY_REACH))
        ):
            return "effect"  # "as U.S. export restrictions effectively eliminated MI308 sales"
        return ""

    def _bill_content(self, item: Field, lo: int, hi: int) -> bool:
        """The sentence's subject is a bill and tells what it would do, not yet law.

        "The bill would ...", "The legislation directs ...", "The GAIN AI Act would ...":
        the noun within the sentence's first words, its verb right after (a name's
        "Act" capitalised; "to act" is a verb).
        """
        if self._bill is None or self._bill_verb is None:
            return False
        low = item.low
        for noun in self._bill.finditer(low, lo, min(hi, lo + _BILL_SUBJECT)):
            if noun.group() == "act" and not item.text[noun.start()].isupper():
                continue
            verb = self._bill_verb.search(low, noun.end(), min(hi, noun.end() + _BILL_VERB))
            if verb is None or _BREAK.search(low, noun.end(), verb.start()):
                continue
            return self._enacted is None or self._enacted.search(low, lo, hi) is None
        return False

    def _takes_effect(self, low: str, modal: int) -> bool:
        """Whether the modal governs a measure's entry into force ("would take effect")."""
        if self._in_force is None:
            return False
        space = low.find(" ", modal)
        return space != -1 and self._in_force.match(low, space + 1) is not None

    def _caused(self, low: str, lo: int, hi: int, start: int, end: int) -> bool:
        """A past business effect right after a measure noun not told as new."""
        if self._effect is None or self._objects is None:
            return False
        verb = self._effect.search(low, end, min(hi, end + _EFFECT_GAP))
        if verb is None or _BREAK.search(low, end, verb.start()):
            return False
        if self._objects.search(low, verb.end(), min(hi, verb.end() + _OBJECT_WINDOW)) is None:
            return False
        fresh = self._novelty
        return fresh is None or fresh.search(low, max(lo, start - _NOVELTY_WINDOW), start) is None

    def _scoped(self, body: Field, draft: Draft) -> bool:
        """A body limit told with its scope: "sales would be limited to approved customers".

        Under a headline that eases ("Trump allows Nvidia H200 sales to China"), such a
        limit is a term of the easing, not a second act of the other direction.
        """
        if draft.in_title or draft.direction != "tightening" or self._condition is None:
            return False
        return self._condition.match(body.low, draft.start) is not None

    def _firm_reacts(self, title: Field, drafts: list[Draft]) -> int:
        """Where a headline opening with a firm reacting has its verb, or -1.

        "Wingtech urges Dutch side to fully correct Nexperia mistake after order
        suspended": the firm's words are the news; the state acts the body retells are
        their premise. "Nvidia says ..." is no reaction: a firm may report a grant. An
        act in the headline before the verb is its own news (no reaction then); one
        after it is what the firm reacts to ("Nvidia 'concerned' about U.S. moves to
        expand export curbs", round 15c).
        """
        if self._firm_reaction is None or not title.firms:
            return -1
        first = title.firms[0]
        lead = title.low[: first.start].strip(" \"'‘“-–—:")
        if len(lead) > _HEADLINE_LEAD or any(a.start < first.start for a in title.actors):
            return -1
        verb = self._firm_reaction.search(title.low, first.end, first.end + _HEADLINE_VERB)
        if verb is None:
            return -1
        if any(d.in_title and d.primary and not d.talk and d.start < verb.start() for d in drafts):
            return -1
        return verb.start()

    def revenue_share(self, title: Field) -> bool:
        """Whether the headline tells a share of sales paid to a government."""
        return self._share is not None and self._share.search(title.low) is not None

    def promote(self, fields: dict[str, Field], drafts: list[Draft]) -> None:
        """Under a revenue-share headline with no act of its own, its licence grants are news.

        "Nvidia and AMD agree to 15% revenue share on China chip exports" states no act;
        "The Commerce Department began issuing export permits ... last week" is what the
        share pays for. Only grants dated back by the time rules come back: a grant the
        body tells as talk or a reaction stays as it is.
        """
        if not self.revenue_share(fields["title"]):
            return
        if any(d.in_title and d.primary for d in drafts):
            return
        for draft in drafts:
            if (
                not draft.primary
                and not draft.talk
                and not draft.in_title
                and draft.predicate in _GRANTS
                and draft.direction == "easing"
                and _dated_only(draft.rule)
            ):
                draft.primary = True
                draft.rule += " news:revenue-share"

    def named(self, title: Field) -> set[str]:
        """The licence groups a revenue-share headline names (kept wherever they stand)."""
        return set(_GRANTS) if self.revenue_share(title) else set()
