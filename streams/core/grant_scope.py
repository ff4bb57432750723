"""A grant given only in exceptional cases: the state's refusal as the rule, a restriction.

Round 32 (issue 11; ``docs/detection.md``). "China has told firms it will approve purchases
only in special cases such as university labs", "die Behörden erlauben den Import nur in
Ausnahmefällen", "只有在…特殊情况下，才会批准采购": the approval word names the exception to
a refusal, so read as an approval it gave an easing where the story tells a tightening. An
approval or licence grant (an easing) with a scope of exceptional cases only
(``restrictive_grants.exception_only``) near it in its sentence is read as restrict,
tightening; the rule says why (``polarity:exception-only``).

An approval word that qualifies a party ("「承認された顧客」に出荷する", "승인된 기업",
"经批准的客户") names the party's standing, not a grant made in the sentence: dropped
(``talk:status``), like the English apposition's status in ``status.py``.

A case-by-case review is left alone: it replaces a refusal ("from presumption of denial to
case-by-case review") as often as it details a tightening, so its direction is the story's.

Round 35 (issue 11; b49 fr, zh): a stop or suspension is read by what it bears on. A
suspension read as an easing (``relax_measure``: "suspension" is a measure word of its own)
whose object is a flow of trade ("la suspension avec effet immédiat des exportations de
puces") and a grant with a stop word on it ("已经停止批准…的许可证", "허가 발급을 중단") are
halts, tightenings (``polarity:halted``); the suspension of a measure ("of the export
controls", "暂停实施…管制") stays the easing it is.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.patterns import RestrictiveGrants
from streams.core.cues import compile_words, has_cjk, last_match
from streams.core.fields import Draft, Field
from streams.core.script import object_first

__all__ = ["GrantScopeReader"]

_GRANTS: Final = frozenset(["approve", "license"])
_LATIN_SPAN: Final = 90  # chars either side of the grant word searched for the scope
_CJK_SPAN: Final = 40  # the same in Chinese, Japanese, Korean (denser script)
_ATTRIBUTIVE_SPAN: Final = 16  # chars after a CJK grant word for "<suffix><party noun>"
_TRIGGER: Final = re.compile(r":\w+\[([^\]]{1,12})\]")  # "approve:verb[承认]": the word
_HALT_SPAN: Final = 60  # chars after a suspension searched for its object (Latin scripts)
_HALT_SPAN_CJK: Final = 16  # the same in Chinese, before the word in Japanese and Korean
_HALT_NEAR_CJK: Final = 10  # chars between a CJK stop word and the grant word it stops
_COMPOUND_GAP: Final = 2  # chars between a flow and a measure noun it qualifies
# A clause mark between a stop word and a grant: the stop is another clause's.
_CLAUSE_MARK: Final = re.compile(r"[，,、;；:：。]")


class GrantScopeReader:
    """Compiled ``restrictive_grants`` cues; :meth:`recast` turns exception-only grants."""

    __slots__ = ("_attributive", "_cjk", "_flows", "_halts", "_latin", "_measures")

    def __init__(self, cues: RestrictiveGrants, measures: re.Pattern[str] | None = None) -> None:
        """Compile the scope phrases once, Latin ones bounded by word edges.

        ``measures``: the compiled measure class, the object that keeps a suspension an
        easing (none given: every suspension of a flow is a halt).
        """
        # ``compile_words`` lower-cases and folds Traditional to Simplified script, so one
        # cue serves both scripts, and bounds Latin phrases by word edges.
        latin = [w for items in cues.exception_only.values() for w in items if not has_cjk(w)]
        cjk = [w for items in cues.exception_only.values() for w in items if has_cjk(w)]
        self._latin = compile_words(latin)
        self._cjk = compile_words(cjk)
        suffixes = [w for items in cues.attributive_suffixes.values() for w in items]
        parties = [w for items in cues.party_nouns.values() for w in items]
        self._attributive = re.compile(
            rf"{compile_words(suffixes).pattern}[」』\"”’)]?\s?{compile_words(parties).pattern}"
        )
        self._halts = compile_words([w for items in cues.halt_words.values() for w in items])
        self._flows = compile_words([w for items in cues.halted_flows.values() for w in items])
        self._measures = measures

    def recast(self, fields: dict[str, Field], drafts: list[Draft]) -> list[Draft]:
        """``drafts`` with exception-only grants read as restrictions, less party statuses."""
        kept: list[Draft] = []
        for draft in drafts:
            kept.append(draft)
            if draft.direction != "easing" or draft.action not in (*_GRANTS, "relax"):
                continue
            item = fields["title" if draft.in_title else "body"]
            sentence = item.sentence_at(draft.start)
            if sentence is None:
                continue
            if self.halted(item.low, sentence.start, sentence.end, draft):
                draft.action = "halt"
                draft.direction = "tightening"
                draft.rule += " polarity:halted"
            elif self.attributive(item.low, draft):
                draft.mark_talk("status")
                kept.pop()
            elif self.exception_only(item.low, sentence.start, sentence.end, draft.start):
                draft.action = "restrict"
                draft.direction = "tightening"
                draft.rule += " polarity:exception-only"
        return kept

    def halted(self, low: str, lo: int, hi: int, draft: Draft) -> bool:
        """Whether an easing draft in ``low[lo:hi]`` is a stop of a flow or of grants."""
        trigger = _TRIGGER.search(draft.rule)
        if trigger is None:
            return False
        word = trigger.group(1)
        start, end = draft.start, draft.start + len(word)
        if draft.action == "relax":
            if self._halts.fullmatch(word) is None:
                return False  # "lift", "解除": no stop, an easing whatever it bears on
            return self._flow_object(low, lo, hi, start, end)
        # A grant with a stop word on it: right before it in Chinese ("停止批准", "暂停向…
        # 发放"), right after it in Japanese and Korean ("承認を停止", "허가 발급을 중단"),
        # in its clause.
        if not has_cjk(word):
            return False  # "stopped approving" is read as the halt verb already
        before = last_match(self._halts, low, max(lo, start - _HALT_NEAR_CJK), start)
        if before is not None and not _CLAUSE_MARK.search(low, before.end(), start):
            return True
        after = self._halts.search(low, end, min(hi, end + _HALT_NEAR_CJK))
        return (
            after is not None
            and object_first(low, lo, hi)
            and not _CLAUSE_MARK.search(low, end, after.start())
        )

    def _flow_object(self, low: str, lo: int, hi: int, start: int, end: int) -> bool:
        """Whether the stop word at ``start:end`` bears on a flow rather than a measure.

        Its object is the nearest of a flow and a measure after it (before it in Japanese
        and Korean, which put the object first); a flow right before a measure noun
        qualifies it ("export controls", "出口管制", "輸出規制").
        """
        measures = self._measures
        if object_first(low, lo, hi):
            flows = list(self._flows.finditer(low, max(lo, start - _HALT_SPAN_CJK), start))
            if not flows:
                return False
            if measures is None:
                return True
            return last_match(measures, low, flows[-1].start(), start) is None
        span = _HALT_SPAN_CJK if has_cjk(low[start:end]) else _HALT_SPAN
        after = self._flows.search(low, end, min(hi, end + span))
        if after is None:
            return False
        if measures is None:
            return True
        measure = measures.search(low, end, hi)
        # The flow is the object when no measure stands before it, nor right after it.
        return measure is None or measure.start() > after.end() + _COMPOUND_GAP

    def attributive(self, low: str, draft: Draft) -> bool:
        """Whether the grant word qualifies a party noun after it ("承認された顧客")."""
        trigger = _TRIGGER.search(draft.rule)
        if trigger is None or not has_cjk(trigger.group(1)):
            return False
        end = draft.start + len(trigger.group(1))
        return self._attributive.match(low, end, end + _ATTRIBUTIVE_SPAN) is not None

    def exception_only(self, low: str, lo: int, hi: int, start: int) -> bool:
        """Whether a scope of exceptional cases stands near ``start`` in ``low[lo:hi]``."""
        cjk = has_cjk(low[lo:hi])
        span = _CJK_SPAN if cjk else _LATIN_SPAN
        pattern = self._cjk if cjk else self._latin
        return pattern.search(low, max(lo, start - span), min(hi, start + span)) is not None
