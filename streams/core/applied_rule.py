"""A standing rule restated by an official: applied to a new case, or told as a condition.

Round 28b (issue 11; ``docs/detection.md``). An official asked about a firm's new overseas
investment answers that an existing rule covers it: "Taiwan to apply its 'N-1' rule to the
firm's US plant, minister says", "經濟部也會依此限制…出口" (the ministry will also restrict
exports under this rule), "落後兩代的技術才會允許出去" (only technology two generations
behind will be allowed out). Each sentence states a measure, but the measure is the rule
in force; the story is the rule's reach, not a new act. Three shapes, every one of them
structural:

* **A rule applied to a case.** A verb of applying, not in the past, governs a rule noun
  (rule, regulation, principle; 原则, 规定; ルール, 原則; 원칙, 규정) and the case it
  reaches ("apply … rule to", "适用…原则", "原則を…適用", "원칙을 … 적용"). A past
  "applied" is a state's act and is left alone; a *new* rule applied is a new measure.
* **A habitual act under an anaphoric rule** (Chinese): the modal of habit 会 right before
  a basis word and a demonstrative ("会依此", "会根据这个规定"): what the authority does
  whenever the rule is met. A decision under a rule ("据此依法作出…结论") has no 会.
* **A permission told as its condition** (Chinese, Japanese, Korean): "…才会允许", "…才能
  通过" (only then allowed), "場合に限り許可", "경우에만 허용": the grant is the rule's
  condition, not a licence given.

Drafts so read become background (``background:standing``). Gated by plain substrings:
an article without an applying verb or a condition costs one ``in`` test per cue.
"""

from __future__ import annotations

import re
from typing import Final

from streams.core.fields import Draft, Field

__all__ = ["demote_applied_rule"]

# Why hand-written regexes: each cue is a word order (verb … rule noun … case) that the
# catalog's word lists cannot state; the gates below keep them off most articles.
# A new rule applied is a new measure: "new", "nouvelle", "nueva", 新, 新た, 새 before the
# rule noun (in ``pre``) undo the reading; a new plant or investment after it does not.
_NEW_WORDS: Final = ("new ", "novel ", "nouvel", "nuev", "新", "새 ")
_APPLIED: Final = re.compile(
    r"\b(?:apply|applies|applying|to\s+be\s+applied)\b(?P<pre>[^.;:!?]{0,48}?)"
    r"\b(?:rule|regulation|principle|requirement)s?\b[^.;:!?]{0,20}?\bto\b"
    r"|(?P<pre2>\b(?:the|its|this|that|our)\s[^.;:!?]{0,30}?)"
    r"\b(?:rule|regulation|principle|requirement)s?\b[^.;:!?]{0,60}?"
    r"\b(?:applies|will\s+apply|would\s+apply)\s+(?:also\s+|equally\s+|as\s+well\s+)?to\b"
    r"|\b(?:appliquer|appliquera|appliquant)\b(?P<pre3>[^.;:!?]{0,48}?)"
    r"\b(?:règle|principe|réglementation)s?\b[^.;:!?]{0,20}?\b(?:à|aux?)\b"
    r"|\b(?:aplicar|aplicará|aplicando)\b(?P<pre4>[^.;:!?]{0,48}?)"
    r"\b(?:regla|principio|norma)s?\b[^.;:!?]{0,20}?\b(?:a|al)\b"
    # 适用/適用 (folded), 適用 in Japanese, 적용 with a rule noun on either side
    r"|适用(?P<pre5>[^，。；,]{0,12}?)(?:原则|规定|规范|规则)"
    r"|(?P<pre6>)(?:原则|规定|规范|规则)[^，。；,]{0,4}?(?:也|亦|同样)?适用"
    r"|(?P<pre7>[^，。、「」]{0,6})(?:ルール|原则|规则|规定)」?を[^。、]{0,20}?适用"
    r"|(?P<pre8>[^.,]{0,6})(?:원칙|규정|규칙|룰)(?:을|를)?[^.,]{0,20}?적용"
)
_GATE: Final = ("appl", "aplic", "适用", "적용")  # the text is folded: 適用 reads 适用
# 会 + a basis word + a demonstrative: the authority's habit under the rule named before.
_HABIT_UNDER_RULE: Final = re.compile(r"会(?:依|据|根据|依照|按照|依据)(?:此|这)")
# A permission behind its condition, before the grant verb (an object may sit between:
# "場合に限り輸出を許可", "경우에만 수출을 허가").
_CONDITION: Final = re.compile(
    r"(?:才(?:会|能|可以|可)|に限り|に限って|경우에만|때에만)[^，。、,.;；]{0,8}$"
)
_CONDITION_GATE: Final = ("才", "限り", "限って", "에만")
_CONDITION_WINDOW: Final = 16  # characters before the grant verb searched for the condition
_GRANTS: Final = frozenset(["approve", "license"])


def _sentence(fields: dict[str, Field], draft: Draft) -> tuple[Field, int, int] | None:
    """The draft's field and its sentence's bounds, or None."""
    item = fields["title" if draft.in_title else "body"]
    sentence = item.sentence_at(draft.start)
    if sentence is None:
        return None
    return item, sentence.start, sentence.end


def _applies_rule(low: str, lo: int, hi: int) -> bool:
    """Whether the sentence applies a rule in force to a case, or acts by habit under it."""
    part = low[lo:hi]
    if any(g in part for g in _GATE):
        for found in _APPLIED.finditer(part):
            pre = next((g for g in found.groups() if g is not None), "")
            if not any(word in pre for word in _NEW_WORDS):
                return True
    return "会" in part and _HABIT_UNDER_RULE.search(part) is not None


def _conditional_grant(low: str, draft: Draft) -> bool:
    """Whether a grant's verb follows its condition ("…才会允许", "경우에만 허용")."""
    if draft.action not in _GRANTS:
        return False
    window = low[max(0, draft.start - _CONDITION_WINDOW) : draft.start]
    return any(g in window for g in _CONDITION_GATE) and _CONDITION.search(window) is not None


def demote_applied_rule(fields: dict[str, Field], drafts: list[Draft]) -> None:
    """A primary measure told as a standing rule's reach or condition becomes background."""
    for draft in drafts:
        if not draft.primary:
            continue
        where = _sentence(fields, draft)
        if where is None:
            continue
        item, lo, hi = where
        if _applies_rule(item.low, lo, hi) or _conditional_grant(item.low, draft):
            draft.mark_background("standing")
