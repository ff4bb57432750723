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
"""

from __future__ import annotations

import re
from typing import Final

from schemas.patterns import RestrictiveGrants
from streams.core.cues import compile_words, has_cjk
from streams.core.fields import Draft, Field

__all__ = ["GrantScopeReader"]

_GRANTS: Final = frozenset(["approve", "license"])
_LATIN_SPAN: Final = 90  # chars either side of the grant word searched for the scope
_CJK_SPAN: Final = 40  # the same in Chinese, Japanese, Korean (denser script)
_ATTRIBUTIVE_SPAN: Final = 16  # chars after a CJK grant word for "<suffix><party noun>"
_TRIGGER: Final = re.compile(r":\w+\[([^\]]{1,12})\]")  # "approve:verb[承认]": the word


class GrantScopeReader:
    """Compiled ``restrictive_grants`` cues; :meth:`recast` turns exception-only grants."""

    __slots__ = ("_attributive", "_cjk", "_latin")

    def __init__(self, cues: RestrictiveGrants) -> None:
        """Compile the scope phrases once, Latin ones bounded by word edges."""
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

    def recast(self, fields: dict[str, Field], drafts: list[Draft]) -> list[Draft]:
        """``drafts`` with exception-only grants read as restrictions, less party statuses."""
        kept: list[Draft] = []
        for draft in drafts:
            kept.append(draft)
            if draft.direction != "easing" or draft.action not in _GRANTS:
                continue
            item = fields["title" if draft.in_title else "body"]
            sentence = item.sentence_at(draft.start)
            if sentence is None:
                continue
            if self.attributive(item.low, draft):
                draft.mark_talk("status")
                kept.pop()
            elif self.exception_only(item.low, sentence.start, sentence.end, draft.start):
                draft.action = "restrict"
                draft.direction = "tightening"
                draft.rule += " polarity:exception-only"
        return kept

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
