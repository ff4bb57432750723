"""Taken or decided, against talk; main news against background.

A predicate that reads as an action may still be talk: a forecast, a plan, a purpose
("in an effort to curb"), an opinion ("widely seen as retaliation"), a standing rule
described ("deals must be cleared by SAMR", "the rule, which bars ..."), a denial, a
question or a condition. Japanese and Korean put that modality after the verb
("規制を強化する方針", "검토하고 있다"); Chinese marks a standing rule after it
("仍然有效"). Every cue list is data (``policy_patterns.yaml``), compiled by
``lexicon.py``; this module only decides where in the clause each list is searched.

A predicate that is news may still be background: a time phrase, a year before the
article's own, the past perfect, a noun after "after"/"following", a Chinese
"...之际" ("at a time when ...").
"""

from __future__ import annotations

import re
from typing import Final

from streams.core.fields import Site
from streams.core.lexicon import Lexicon, Reading

__all__ = ["Talk"]

_REPORTING_WINDOW: Final = 60  # chars before "would"/"had" searched for "said"
_MODAL_WINDOW: Final = 100  # a modal's scope: the verb phrase it opens
_NEGATION_WINDOW: Final = 32
_PURPOSE_WINDOW: Final = 28  # "in an effort to" right before the predicate
_CJK_MODAL_WINDOW: Final = 24
_CJK_NEGATION_WINDOW: Final = 12
_CJK_PURPOSE_WINDOW: Final = 12
_AFTER_WINDOW: Final = 16  # chars after a Japanese/Korean verb searched for its modality
_AFTER_CJK_WINDOW: Final = 40  # chars after a Chinese predicate: "..., 仍然有效"
_RELATIVE_WINDOW: Final = 90  # a relative clause's verb after its opener

_ADJECTIVE_EARLIER = re.compile(
    r"earlier\s{1,3}(?!(?:was|has|is|this|as|its|thus)\b)[a-z]{2,20}s\b"
)
_IN_YEAR = re.compile(r"(?:in|since|im|seit|en|desde|nel|em|sinds|depuis)\s", re.I)
# "si" is French and Spanish "if"; Italian/Portuguese "se" and Dutch "als" are left out:
# they also open ordinary sentences ("Se prohíbe", German "Als Reaktion auf ...").
_CONDITIONAL = re.compile(r"\W{0,3}(?:(?:if|unless|should|wenn|falls|si)\b|如果|若|一旦)", re.I)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_PRESENT_BE = re.compile(r"\b(?:is|are)\s{1,3}(?:\w{2,12}ly\s{1,3})?$")


class Talk:
    """Decides whether a read predicate is talk, and whether it is main news."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Keep the compiled lexicon (cue expressions)."""
        self.lex = lexicon

    def is_talk(self, site: Site, reading: Reading) -> str:
        """Why the predicate is talk ("modal", "negation", ...), or "" when it is not."""
        lex = self.lex
        text, mention, cjk = site.text, site.mention, site.cjk
        start = mention.start
        lo = max(site.clause_lo, start - (_CJK_MODAL_WINDOW if cjk else _MODAL_WINDOW))
        for modal in lex.modal.finditer(text, lo, start):
            if (
                modal.group().casefold() in lex.reported_modals
                and lex.reporting.search(
                    text, max(0, modal.start() - _REPORTING_WINDOW), modal.start()
                )
                and self._heads(text, modal.end(), start)
            ):
                continue  # "said it would suspend the ban": a decision, reported
            return "modal"
        if not reading.predicate.deontic:
            deontic = lex.deontic.search(text, lo, start)
            if deontic is not None and not lex.reporting.search(
                text, site.sentence.start, deontic.start()
            ):
                return "deontic"  # "deals must be cleared by SAMR": a standing rule
        lo = max(site.clause_lo, start - (_CJK_PURPOSE_WINDOW if cjk else _PURPOSE_WINDOW))
        if lex.purpose.search(text, lo, start) is not None:
            return "purpose"  # "in an effort to curb": what a measure is for
        if lex.speakers.search(text, site.sentence.start, start) is not None:
            return "speaker"  # "analysts said ...", "业内人士表示...": not the state's word
        lo = max(site.clause_lo, start - (_CJK_NEGATION_WINDOW if cjk else _NEGATION_WINDOW))
        if lex.negation.search(text, lo, start) is not None:
            return "negation"
        if cjk:
            if site.sov:
                hi = min(site.clause_hi, mention.end + _AFTER_WINDOW)
                if lex.after.search(text, mention.end, hi):
                    return "modal-after"  # "規制を強化する方針", "검토하고 있다"
            else:
                hi = min(site.sentence.end, mention.end + _AFTER_CJK_WINDOW)
                if lex.after.search(text, mention.end, hi):
                    return "standing"  # "...出口」并未调整，仍然有效"
        sentence = site.sentence
        if _CONDITIONAL.match(text, sentence.start, sentence.end):
            return "conditional"
        if lex.denial.search(text, sentence.start, sentence.end) is not None:
            return "denial"
        return ""

    def _heads(self, text: str, end: int, start: int) -> bool:
        """Whether the verb after a reported "would" is the predicate or puts it in force.

        "said it would suspend the ban", "said it would impose tariffs" report a decision;
        "says he would review new controls" reports an intention about other words.
        """
        gap = text[end:start]
        if not gap.strip():
            return True
        return self.lex.governing.match(text, end + len(gap) - len(gap.lstrip())) is not None

    def relative(self, site: Site) -> bool:
        """Whether the trigger is the verb of a relative clause (", which bars ...")."""
        mention = site.mention
        lo = max(0, site.clause_lo - 8)
        last = None
        for last in self.lex.relative.finditer(site.text, lo, mention.start):  # noqa: B007
            pass
        return last is not None and mention.start - last.end() < _RELATIVE_WINDOW

    @staticmethod
    def present(site: Site) -> bool:
        """Present tense: an -s verb, or "is/are" right before the trigger."""
        text, mention = site.text, site.mention
        word = text[mention.start : mention.end]
        if word.endswith("s") and not word.endswith("ss"):
            return True
        return _PRESENT_BE.search(text[max(0, mention.start - 24) : mention.start]) is not None

    def primary(self, site: Site, reading: Reading, ref_year: int) -> tuple[bool, str]:
        """Main news unless a time cue, an earlier year, the past perfect or "after the halt"."""
        lex = self.lex
        text, mention = site.text, site.mention
        clause_lo, clause_hi = site.clause_lo, site.clause_hi
        noun = reading.form in ("event_noun", "state_noun")
        if noun and lex.prior.search(site.pre):
            return False, "background:prior"  # "in response to Washington's crackdown"
        if lex.foreground.search(text, clause_lo, clause_hi):
            return True, ""
        # Chinese puts time adverbials before the verb; a cue after it dates an object.
        cue_hi = mention.start if site.cjk else clause_hi
        for cue in lex.background.finditer(text, clause_lo, cue_hi):
            if self._dates_other(site, cue.start(), reading):
                continue
            return False, "background:time"
        years = _YEAR_DIGITS.search(text, clause_lo, cue_hi) is not None  # most have none
        for cue in lex.year.finditer(text, clause_lo, cue_hi) if years else ():
            year = int(cue.group(1) or cue.group(2))
            # A year after the article's own is a plan; its own year dates the event only
            # as "in/since 2023" (an undated article's latest year may be its own).
            if year > ref_year or (year == ref_year and not _IN_YEAR.match(cue.group())):
                continue
            if self._dates_other(site, cue.start(), reading):
                continue
            return False, "background:year"
        if site.cjk:
            hi = min(clause_hi, mention.end + _AFTER_CJK_WINDOW)
            comma = text.find("，", mention.end, hi)
            if lex.after_background.search(text, mention.end, hi if comma < 0 else comma):
                return False, "background:while"  # "...相继收紧...出口之际"
        pre = site.pre
        perfect = lex.past_perfect.search(pre)
        if perfect is not None:
            had = mention.start - len(pre) + perfect.start()
            if not lex.reporting.search(text, max(0, had - _REPORTING_WINDOW), had):
                return False, "background:past-perfect"
        return True, ""

    def _dates_other(self, site: Site, cue: int, reading: Reading) -> bool:
        """Whether a time phrase dates something else than the trigger."""
        text, mention = site.text, site.mention
        if _ADJECTIVE_EARLIER.match(text, cue):
            return True  # "earlier rules": an adjective, not a time adverbial
        after = cue >= mention.end
        # "approved X after a pause earlier this month": the phrase dates the pause.
        if self.lex.prior_word.search(text, mention.end if after else site.clause_lo, cue):
            return True
        # "approved X, ending a pause that officials imposed earlier this month".
        return (
            after
            and reading.form in ("verb", "base", "gerund")
            and self.lex.subordinate.search(text, mention.end, cue) is not None
        )
