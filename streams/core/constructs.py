"""Constructions and word shapes the sentence reader asks about.

Split out of ``reading.py``: where the word a construction needs stands ("lift" + a
measure, "revoke" + a licence, "added ... to the Entity List"), the measure an easing
verb takes as its object, a Korean or Japanese verbal noun standing as a noun, a state
authoring a headline noun ("米許可要件"), and a headline that asks only after its colon.
"""

from __future__ import annotations

import re
from typing import Final

from streams.core.fields import Site, closes_clause, within
from streams.core.grammar import Grammar
from streams.core.lexicon import Lexicon, Needs
from streams.core.mentions import Mention
from streams.core.script import HANGUL

__all__ = ["Constructs"]

_OBJECT_WINDOW: Final = 40  # chars after an easing verb searched for its measure
_TOPIC_WINDOW: Final = 12  # chars before a Chinese verb searched for its topic
_NAME_ALLOWANCE: Final = 80  # extra chars searched for firm names inside a construction
_AUTHOR_GAP: Final = 3  # chars between a headline's state and its noun ("米許可要件")
# Korean trigger words that already carry a verb ending ("받아야", "받도록", "올렸").
_KOREAN_INFLECTED: Final = ("아", "어", "야", "록", "렸", "려", "했", "한", "할", "다", "고")
_QUESTION_END = re.compile(r"[?？]\W{0,3}$|吗[。？]?$")
_PART_BREAKS: Final = (": ", "：", " - ", " – ", " — ", " | ")
_CHALLENGE_AFTER: Final = 60  # chars after an easing verb searched for the suit it drops
# Round 41: an English relative clause opened by "which", its subject (up to five words)
# right before the verb, and no object after the verb (a preposition, a time, a comma).
# Round 44: a preposition of circumstance between a verb and a measure after it.
_CIRCUMSTANCE = re.compile(
    r"\b(?:amid|amidst|despite|due to|because of|in the face of|following|over)\s", re.I
)
_OBJECT_GAP_BEFORE: Final = re.compile(r"(?<!\w)which (?:[\w.'’-]+ ){1,5}$")
_GAP_REACH: Final = 60
_NO_OBJECT_AFTER: Final = re.compile(
    r"\s*(?:,|\.|;|\b(?:on|in|at|last|earlier|this|late|early|by|from|under|after|before)\b)"
)
_CHALLENGE_BEFORE: Final = 14  # chars between a suit and its verb ("제소를 철회", "was withdrawn")


class Constructs:
    """Construction windows and word shapes (a mixin of the reader: lexicon, grammar)."""

    lex: Lexicon
    grammar: Grammar

    def _verbal_noun(self, text: str, mention: Mention) -> bool:
        """Whether a Korean or Japanese verbal noun stands as a noun, not as its verb.

        With a case particle ("규제를 강화", "規制の対象"), and in Korean before any word
        but a verb ending ("대중 규제 추가": a compound noun; "규제한다", "허가 받아야 한다",
        "규제 강화…" at the clause end are verbs).
        """
        lex, end = self.lex, mention.end
        if text.startswith(lex.case_particles, end):
            return True
        word = mention.text
        if not HANGUL.search(word) or word.endswith(_KOREAN_INFLECTED):
            return False
        following = text[end : end + 1]
        if following == " ":
            following = text[end + 1 : end + 2]
            if not HANGUL.match(following):
                return False
            return not text.startswith(lex.verb_suffixes, end + 1)
        return bool(HANGUL.match(following)) and not text.startswith(lex.verb_suffixes, end)

    @staticmethod
    def _authored(site: Site) -> bool:
        """A state right before the noun, or with a possessive ("米許可要件", "미국의 규제")."""
        start = site.mention.start
        for actor in within(site.item.actors, max(0, start - _AUTHOR_GAP), start):
            if not site.text[actor.end : start].strip(" の의"):
                return True
        return False

    @staticmethod
    def _question(text: str, at: int) -> bool:
        """Whether the trigger at ``at`` stands in the sentence's question.

        A headline may state, then ask: "SAMR Issues Three Conditional Clearances: A
        Green Light for Dealmakers?" asks only after its colon or dash.
        """
        if not _QUESTION_END.search(text):
            return False
        cut = max(text.rfind(sep, 0, len(text) - 1) for sep in _PART_BREAKS)
        return at > cut

    def _needed(self, site: Site, needs: Needs, noun: bool = False) -> int:
        """Where the word a construction needs ends (the trigger's end if before), or -1.

        ``noun``: the trigger may hold the word itself (a noun, or a German or Dutch
        compound).

        A needed word that only qualifies the next noun does not count ("extend their
        licensing regime" is no licence granted). A passive participle looks before
        itself too: "permits were issued".
        """
        lex = self.lex
        text, mention = site.text, site.mention
        side = needs.side
        if site.sov and side == "after":
            side = "before"  # Japanese, Korean: the object comes first ("명단에 추가")
        elif (
            side == "after"
            and not site.cjk
            and lex.be_before.search(site.pre)
            and not mention.text.endswith("ing")
        ):
            # "the ban was lifted": a passive's object stands before it; "was revoking
            # waivers" is a progressive, active, its object after it.
            side = "either"
        elif side == "after" and closes_clause(site):
            side = "either"  # a clause-final participle: its object stands before it
        words = lex.needs[needs.word_class]
        held = words.search(text, mention.start, mention.end) if noun else None
        if held is not None and (held.start(), held.end()) != (mention.start, mention.end):
            return mention.end  # "vergunningplicht", "licence requirement": it holds the word
        # A noun that is itself a word of the class ("suspension" of a measure) still takes
        # the measure after it as its object: "the suspension of a ban on exports".
        if site.cjk and not site.sov and side == "after":
            # Chinese topic first: "...审查也一并暂停" (the measure, a few adverbs, the verb).
            lo = max(site.clause_lo, mention.start - _TOPIC_WINDOW)
            for found in words.finditer(text, lo, mention.start):
                if "，" not in text[found.end() : mention.start]:
                    return mention.end
        # Firm names are long ("Taiwan Semiconductor Manufacturing Co's (TSMC)
        # authorization"): the window is counted without them.
        names = within(site.item.firms, mention.end, mention.end + needs.window + _NAME_ALLOWANCE)
        window = needs.window + sum(f.end - f.start for f in names)
        if (
            side != "before"
            and not site.cjk
            and _OBJECT_GAP_BEFORE.search(text, max(0, mention.start - _GAP_REACH), mention.start)
            and _NO_OBJECT_AFTER.match(text, mention.end)
        ):
            # Round 41: the verb of a relative clause has its object before it ("the rules,
            # which the Commerce Department issued on October 7, require licences"): the
            # licence after is another verb's; only a word before may be the object.
            side = "before"
        if side != "before":
            hi = min(site.clause_hi, mention.end + window)
            for found in words.finditer(text, mention.end, hi):
                if lex.modal.search(text, mention.end, found.start()):
                    return -1  # "shelved a planned rule": no measure was in force
                if (
                    needs.word_class == "measure"
                    and not site.cjk
                    and _CIRCUMSTANCE.search(text, mention.end, found.start())
                ):
                    # round 44: "Nvidia Halts H20 Chip Output Amid China Restrictions": the
                    # measure after "amid", "despite", "due to" is the circumstance, no object
                    return -1
                if not self.grammar.modifies(text, found.end()):
                    return found.end()
        if side != "after":
            reach = needs.window
            if not site.cjk and (closes_clause(site) or lex.be_before.search(site.pre)):
                # Round 28 (recall): a clause-final participle's object opens its clause,
                # a passive's agent between ("eine Lizenz ... wurde von der Regierung
                # zurückgezogen"): the window reaches twice as far back, still in the clause.
                # Round 41: so does any passive's subject, an apposition between ("the
                # export ban on advanced chips, due to take effect on Friday, has been
                # postponed").
                reach *= 2
            lo = max(site.clause_lo, mention.start - reach)
            for found in words.finditer(text, lo, mention.start):
                if site.sov and lex.reason_marker.match(text, found.end()):
                    # Round 44: "미국 정부의 수출 통제를 근거로 … 공급을 중단했고", "規制を理由に
                    # …出荷を停止": the measure is the reason, the verb's object comes after
                    continue
                if site.cjk and (
                    "，" in text[found.end() : mention.start]
                    or within(site.item.firms, found.end(), mention.start)
                ):
                    # Round 41: a Chinese comma closes the clause the measure stands in, and
                    # a firm between is the verb's subject ("受美国出口管制影响，英伟达推迟
                    # 了…发布", "出口管制导致英伟达推迟发布…": the firm's launch is put off).
                    continue
                if not self.grammar.modifies(text, found.end()):
                    return mention.end
        return mention.end if held is not None else -1

    def _challenged(self, site: Site) -> bool:
        """Whether an easing verb's object is a legal challenge, not a measure.

        Round 24 (issue 11): "South Korea withdrew its WTO complaint against Japan's
        export curbs", "…수출규제 조치에 대한 WTO 제소를 철회했다", "撤回了就日本出口管制
        提起的诉讼": the state drops its own suit; the measure the suit names is the
        suit's object and eases nothing. The suit is the verb's object when it stands
        between the verb and any measure: after the verb in English and the European
        languages, anywhere in the clause after a Chinese verb (a noun phrase ends in its
        head: "…提起的诉讼"), right before the verb in Japanese and Korean or before a
        passive or clause-final participle ("제소를 철회", "the complaint was withdrawn",
        "die Klage zurückgezogen").
        """
        lex, text, mention = self.lex, site.text, site.mention
        challenge, measure = lex.challenge, lex.needs["measure"]
        lo = max(site.clause_lo, mention.start - _CHALLENGE_BEFORE)
        suits = list(challenge.finditer(text, lo, mention.start))
        if suits and measure.search(text, suits[-1].end(), mention.start) is None:
            return True  # the suit nearest the verb is its object
        if site.sov:
            return False
        hi = min(site.clause_hi, mention.end + _CHALLENGE_AFTER)
        after = challenge.search(text, mention.end, hi)
        if after is None:
            return False
        return site.cjk or measure.search(text, mention.end, after.start()) is None

    def _object_measure(self, site: Site) -> int:
        """Where a measure that an easing verb takes as its object ends, or -1.

        "lifted curbs on ...", "暂停实施...出口管制措施": the measure is what eases, not a
        second, tightening event.
        """
        mention = site.mention
        if site.sov:
            return -1
        hi = min(site.clause_hi, mention.end + _OBJECT_WINDOW)
        found = self.lex.needs["measure"].search(site.text, mention.end, hi)
        return found.end() if found is not None else -1
