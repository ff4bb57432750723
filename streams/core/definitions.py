"""An instrument's definition, and a duty told as what firms must do without it.

Round 31 (issue 11; ``docs/detection.md``). Stories about a licence programme, a waiver or
a status stop to say what it is or does: "VEU는 사전에 승인된 기업에만 … 수출을 허용하는
통합 라이선스다", "the VEU program, which let approved firms ship some tools … without
applying for a license each time", "special trade waivers—known as VEU authorizations—
granted to …", "キャッチオール規制とは、…許可申請を義務付ける制度です". The approve and
licence words in them describe the instrument; read as acts they gave events of the other
direction to the story's (a revocation read as a grant). A consequence told for a firm
without the instrument ("VEU 지위를 인정받지 못한 상태에서는 … 개별 허가를 받아야") is
counterfactual in the same way. Shapes, each by grammar, cue words in the pattern file
(``instrument_definitions``):

* **A copula definition**: the sentence closes on an instrument noun and a copula after the
  predicate (Korean "… 방식이다", Japanese "…制度だ/です"), Chinese "是 … 的 … 制度", or
  English "<X> is a … <instrument> that …" before it; or a defining verb or topic opens it
  before the predicate ("是指", "とは、").
* **A relative clause on an instrument** (English): "<instrument>, which let(s) / allows /
  requires …" before the predicate, in its clause.
* **A naming apposition** (English): a measure noun right after "known as", "so-called",
  "dubbed" is a name.
* **A negative condition**: a licence duty or grant after "without <instrument>," or after a
  Korean, Japanese or Chinese condition of lacking it ("못한 상태에서는", "がなければ", "如果没有"),
  with the instrument named before it; a ban so told ("허가 없이는 … 금지") is the ban.

Drafts so read are dropped, primary or not (``talk:definition``, ``talk:without``), since a
definition is neither the news nor its background. Gated by the sentence holding
an instrument noun (one search), so a sentence without one pays a single scan.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.patterns import InstrumentDefinitions, Words
from streams.core.cues import has_cjk
from streams.core.fields import Draft, Field
from streams.core.script import script_folder

__all__ = ["DefinitionReader"]

_TRIGGER: Final = re.compile(r":(\w+)\[([^\]]{1,60})\]")
_RELATIVE_SPAN: Final = 110  # chars from "which let" to the predicate it governs
_NAMING_SPAN: Final = 40  # chars from "known as" to the measure noun it names
_TAIL_HEAD: Final = 16  # chars of a CJK sentence's end searched for "<head><copula>"
# The clause of a relative or condition ends at a strong stop or a dash.
_CLAUSE_STOP: Final = re.compile(r"[;:!?]|\s[—–-]{1,2}\s|—")
# Japanese "とは" that is no topic of a definition: "とは別に", "とは異なり", "とは言え".
# What a condition of lacking the instrument makes counterfactual: a licence duty or a
# grant. A ban told with "without a licence" ("허가 없이는 수출을 금지") is the ban itself.
_DUTIES: Final = frozenset(["license", "approve"])
_NOT_TOPIC: Final = ("别", "別", "异", "異", "违", "違", "言", "限", "关系", "関係", "いえ")


def _alternation(words: list[str], latin: bool) -> str:
    """Longest-first alternation; Latin words bounded, CJK words folded."""
    fold = script_folder().fold
    forms = {fold(w) if has_cjk(w) else w for w in words if w}
    alts = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    if not alts:
        return "(?!x)x"
    return rf"(?<![\w-])(?:{alts})(?![\w-])" if latin else f"(?:{alts})"


def _pick(words: Words, cjk: bool) -> list[str]:
    """The words of the CJK languages or of the others."""
    return [
        w for lang, items in words.items() if (lang in ("zh", "ja", "ko")) == cjk for w in items
    ]


class DefinitionReader:
    """Compiled ``instrument_definitions`` cues; :meth:`without` drops the drafts they frame."""

    __slots__ = (
        "_cjk_condition",
        "_cjk_head",
        "_cjk_tail",
        "_en_copula",
        "_en_head",
        "_en_without",
        "_generic",
        "_meaning_after",
        "_meaning_before",
        "_naming",
        "_openers",
        "_relative",
        "_zh_tail",
    )

    def __init__(self, cues: InstrumentDefinitions) -> None:
        """Compile each cue list once (the detector is built once and shared)."""
        en_heads = _alternation(_pick(cues.heads, cjk=False), latin=True)
        cjk_heads = _alternation(_pick(cues.heads, cjk=True), latin=False)
        self._en_head = re.compile(en_heads)
        self._cjk_head = re.compile(cjk_heads)
        copulas = _alternation(_pick(cues.copulas, cjk=True), latin=False)
        # Korean or Japanese: the sentence closes on the head noun and a copula.
        self._cjk_tail = re.compile(
            rf"{cjk_heads}[\"'’”」』)]?\s?{copulas}[\"'’”」』)]?\s?[.。]?\s*$"
        )
        # Chinese: "… 的 (一种)? <head>。" closing a sentence whose copula 是 stands before.
        self._zh_tail = re.compile(rf"的[^，,。；]{{0,8}}?{cjk_heads}[\"'’”」』)]?\s?[.。]?\s*$")
        # English: "<X> is a … <head> that …", the predicate after it.
        self._en_copula = re.compile(
            rf"\b(?:is|are|was|were)\s(?:a|an)\s(?:[\w'’().-]{{1,20}}\s){{0,4}}?{en_heads}"
            rf"(?:\s\([^)]{{1,30}}\))?\s(?:that|which|under\swhich|allowing|letting|to)\b"
        )
        self._relative = re.compile(
            rf"{en_heads}(?:\s\([^)]{{1,30}}\))?,?\s"
            + _alternation(_pick(cues.relatives, cjk=False), latin=True)
        )
        self._naming = re.compile(
            _alternation(_pick(cues.naming, cjk=False), latin=True)
            + r"\s(?:[\w'’().-]{1,20}\s){0,3}$"
        )
        self._openers = re.compile(_alternation(_pick(cues.openers, cjk=True), latin=False))
        without = _alternation(_pick(cues.negative_conditions, cjk=False), latin=True)
        self._en_without = re.compile(
            rf"{without}\s(?:[\w'’().-]{{1,20}}\s){{0,3}}?{en_heads}\b[^,.;]{{0,40}},"
        )
        self._cjk_condition = re.compile(
            _alternation(_pick(cues.negative_conditions, cjk=True), latin=False)
        )
        # Round 32: what a measure means, before the duty (after it in Japanese and Korean).
        self._meaning_before = re.compile(
            _alternation(_pick(cues.meanings, cjk=False), latin=True)
            + "|"
            + _alternation(cues.meanings.get("zh", []), latin=False)
        )
        after = [w for lang in ("ja", "ko") for w in cues.meanings.get(lang, [])]
        self._meaning_after = re.compile(_alternation(after, latin=False))
        # A sentence opening on measures in general ("Export controls require …") or on a
        # gerund clause ("Adding a company to the list makes …"), then a generic verb.
        verbs = _alternation(_pick(cues.generic_verbs, cjk=False), latin=True)
        subjects = _alternation(_pick(cues.generic_subjects, cjk=False), latin=True)
        # The gerund takes a determiner ("adding a company"), and its verb agrees with it
        # ("makes", never the base "require" of a headline's "Beijing to require …").
        self._generic = re.compile(
            rf"\s*[\"'“‘]?(?:{subjects}\s{verbs}|[a-z]{{2,}}ing\s(?:a|an|the|its|their|"
            rf"these|those|such)\s[^,;:.]{{1,80}}?\s(?:makes|means|requires|forces|obliges)\b)"
        )

    def without(self, fields: dict[str, Field], drafts: list[Draft]) -> list[Draft]:
        """``drafts`` less those whose sentence defines an instrument or lacks it.

        Dropped, not kept as talk: a definition is no retelling of the headline's act, so
        it must not make the headline's act background ("background:body") either.
        """
        kept: list[Draft] = []
        for draft in drafts:
            item = fields["title" if draft.in_title else "body"]
            sentence = item.sentence_at(draft.start)
            if draft.talk or sentence is None:
                kept.append(draft)
                continue
            why = self.why(item.low, sentence.start, sentence.end, draft)
            if why:
                draft.mark_talk(why)
            else:
                kept.append(draft)
        return kept

    def why(self, low: str, lo: int, hi: int, draft: Draft) -> str:
        """Why the sentence frames the draft's predicate as no act ("definition", "without")."""
        start = draft.start
        if not lo <= start < hi:
            return ""
        part = low[lo:hi]
        meaning = self._meaning(low, lo, hi, draft)
        if meaning:
            return meaning
        if has_cjk(part):
            return self._cjk(low, lo, hi, start, draft.action)
        if self._en_head.search(low, lo, hi) is None:
            return ""  # no instrument noun in the sentence: nearly always
        trigger = _TRIGGER.search(draft.rule)
        noun = trigger is not None and trigger.group(1) != "verb"
        if noun and self._naming.search(low, max(lo, start - _NAMING_SPAN), start):
            return "definition"  # "waivers—known as VEU authorizations—granted to"
        if self._en_copula.search(low, lo, start):
            return "definition"  # "VEU is a program that lets approved firms …"
        for found in self._relative.finditer(low, max(lo, start - _RELATIVE_SPAN), start):
            if _CLAUSE_STOP.search(low, found.end(), start) is None:
                return "definition"  # "the VEU program, which let approved firms ship …"
        if draft.action in _DUTIES and self._en_without.search(low, lo, start):
            return "without"  # "Without VEU status, the plants must apply for licences"
        return ""

    def _meaning(self, low: str, lo: int, hi: int, draft: Draft) -> str:
        """Round 32: a licence duty told as a measure's meaning or as how measures work."""
        start = draft.start
        generic = self._generic.match(low, lo, hi)
        if generic is not None and start < generic.end():
            return "meaning"  # the subject itself: "Export controls require …" names no act
        if draft.action != "license" or draft.direction != "tightening":
            return ""
        if self._meaning_before.search(low, lo, start):
            return "meaning"  # "The decision means the plants must apply for licences"
        if self._meaning_after.search(low, start, hi):
            return "meaning"  # "…許可証の申請が必要となることを意味する"
        if generic is not None:
            return "meaning"  # "Export controls require companies to obtain licences"
        return ""

    def _cjk(self, low: str, lo: int, hi: int, start: int, action: str) -> str:
        """The Chinese, Japanese and Korean shapes (the text is folded lower case)."""
        if self._cjk_head.search(low, lo, hi) is None:
            return ""
        tail = low[max(start, hi - _TAIL_HEAD) : hi]
        if self._cjk_tail.search(tail):
            return "definition"  # "… 허용하는 통합 라이선스다", "…義務付ける制度です"
        if "是" in low[lo:start] and self._zh_tail.search(low[start:hi]):
            return "definition"  # "VEU是…允许…出口的一种许可制度"
        for found in self._openers.finditer(low, lo, start):
            after = low[found.end() : found.end() + 2]
            if not after.startswith(_NOT_TOPIC):
                return "definition"  # "是指…", "キャッチオール規制とは、…"
        if action not in _DUTIES:
            return ""
        condition = self._cjk_condition.search(low, lo, start)
        if condition is not None and self._cjk_head.search(low, lo, start):
            return "without"  # "VEU 지위를 인정받지 못한 상태에서는 … 허가를 받아야"
        return ""
