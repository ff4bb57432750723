"""Measures named in passing: a concessive or circumstance phrase (round 18, issue 11).

"Intel sigue vendiendo a Huawei, a pesar del veto que el presidente impuso", "apesar do
impacto das sanções ..., que restringem a venda de chips", "trotz der Exportkontrollen",
"尽管美国限制对华出口", "米国の規制にもかかわらず", "미국의 규제에도 불구하고", "…를 포함시킨
가운데, 삼성전자에 비상등이 켜졌다": the phrase names a measure as the circumstance of
another story (sales go on, results beat, a firm is alarmed). Whatever the measure, it is
not the sentence's news: a predicate inside the phrase is background.

The phrase is read once for every language, by where its cue stands:

- a cue before the measure (``passing_concessive_cues``: despite, amid, a pesar de,
  malgré, trotz, ondanks, nonostante, apesar de, 尽管, 不顾 ...) opens it; it runs to the
  first clause boundary (a comma, semicolon, colon, a dash, a Chinese comma), except that a
  comma followed by a relative pronoun continues the noun phrase (", que restringem ...",
  ", which took effect ...", ", die ..."). "Despite the protests, the US on Monday banned
  ..." ends the phrase at its comma: the ban is the news;
- a cue after the measure (Japanese and Korean, ``passing_concessive_after``:
  にもかかわらず, 에도 불구하고, an adnominal verb's "가운데," "amid") closes it; it runs back
  to the clause's start (the sentence's start or the last comma before the measure);
- Chinese "在…限制下" ("under the restrictions"): 在, a short phrase ending in a measure
  noun and 下 (``_UNDER``, script grammar).

The span is bounded (``_LONGEST`` characters from the cue) so that a missing comma does
not carry the phrase over a whole sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from streams.core.cues import compile_words

__all__ = ["Concessive", "concessive_reader"]

_LONGEST = 220  # a concessive noun phrase, its relative clause included
# A clause boundary that ends a phrase opened by a cue before the measure.
_BOUNDARY = re.compile(r"[;:；：，。!?]|,|\s[–—-]\s")
# After a comma, a relative pronoun or a participle of imposing continues the noun phrase.
_CONTINUES = re.compile(
    r",\s{0,3}(?:que|qui|which|that|who|whose|die|der|das|welche|welcher|dat|wat|waarmee"
    r"|che|cui|dont|lequel|laquelle|lesquels|lesquelles|el cual|la cual|los cuales"
    r"|las cuales|o qual|a qual|os quais|as quais|imposed|introduced|announced|issued"
    r"|impuest[oa]s?|impost[oa]s?|imposée?s?|imposte|verhängt\w*|opgelegd)\b"
)
# Where a phrase closed by a cue after it starts: the last comma or clause mark before.
_CLAUSE_START = re.compile(r"[,，、;；:：。]")
# Chinese "在美国的出口管制下", "在美方制裁之下": a circumstance phrase around a measure noun.
_UNDER = re.compile(r"在[^，。；、]{0,24}?(?:限制|管制|制裁|禁令|封锁|打压)(?:措施|政策)?之?下")
# Korean "가운데" ("amid") after an adnominal verb ending in ㄴ ("포함시킨 가운데,"): a
# circumstance clause; after a noun ("품목 가운데") it means "among" and is no cue.
# The u-row kana that end a Japanese verb in the non-past ("する", "続く", "進む").
_NON_PAST_ENDS = frozenset("うくぐすつぬぶむる")
_HANGUL_FIRST, _HANGUL_LAST, _JONG_COUNT, _JONG_NIEUN = 0xAC00, 0xD7A3, 28, 4


# Round 45: the syllables a Korean verb's adnominal ends in ("강화한", "발표된", "있는",
# "이어진", "내린"): before "가운데" they open "amid" without a comma.
_VERB_ADNOMINAL: Final = frozenset("한된는진난낸린온운")


def _verb_adnominal(text: str, cue_start: int) -> bool:
    """Whether the word before "가운데" ends in a verb's adnominal syllable."""
    at = cue_start - 1
    while at >= 0 and text[at] == " ":
        at -= 1
    return at >= 0 and text[at] in _VERB_ADNOMINAL


def _adnominal(text: str, cue_start: int) -> bool:
    """Whether the word before a Korean "가운데" ends in an adnominal ㄴ ("강화한", "있는")."""
    at = cue_start - 1
    while at >= 0 and text[at] == " ":
        at -= 1
    if at < 0:
        return False
    code = ord(text[at])
    if not _HANGUL_FIRST <= code <= _HANGUL_LAST:
        return False
    return (code - _HANGUL_FIRST) % _JONG_COUNT == _JONG_NIEUN


@dataclass(frozen=True, slots=True)
class Concessive:
    """The compiled cues of concessive and circumstance phrases."""

    before: re.Pattern[str] | None
    after: re.Pattern[str] | None

    def holds(self, text: str, lo: int, hi: int, start: int) -> bool:
        """Whether the trigger at ``start`` (in the sentence ``[lo, hi)``) is in such a phrase."""
        return self._opened(text, lo, start) or self._closed(text, start, hi)

    def _opened(self, text: str, lo: int, start: int) -> bool:
        """A cue before the trigger opens a phrase no boundary has closed yet."""
        lo = max(lo, start - _LONGEST)
        under = None
        for under in _UNDER.finditer(text, lo, min(len(text), start + 16)):
            if under.start() <= start < under.end():
                return True
        if self.before is None:
            return False
        cue = None
        for cue in self.before.finditer(text, lo, start):  # noqa: B007
            pass
        if cue is None:
            return False
        for stop in _BOUNDARY.finditer(text, cue.end(), start):
            if not _CONTINUES.match(text, stop.start()):
                return False
        return True

    def _closed(self, text: str, start: int, hi: int) -> bool:
        """A cue after the trigger (Japanese, Korean) closes the clause the trigger is in."""
        if self.after is None:
            return False
        cue = self.after.search(text, start, min(hi, start + _LONGEST))
        if cue is None:
            return False
        if _CLAUSE_START.search(text, start, cue.start()) is not None:
            return False  # the trigger's clause ended before the cue
        if text.startswith("中", cue.start()):
            # round 19: Japanese "…を強化する中、" ("amid"): 中 after a non-past verb
            # (its last kana in the u-row); "検討中、" ("under study") is no cue
            return cue.start() > 0 and text[cue.start() - 1] in _NON_PAST_ENDS
        if text.startswith("가운데", cue.start()):
            # Round 45: the comma is often left out after a verb's adnominal ("허용한 가운데
            # 중국이 …"); a noun ending in ㄴ ("기관 가운데 3곳": among them) still needs it
            return _adnominal(text, cue.start()) and (
                text.startswith(",", cue.end()) or _verb_adnominal(text, cue.start())
            )
        return True


def concessive_reader(before: Iterable[str], after: Iterable[str]) -> Concessive:
    """Compile the cues before a measure and those after it (Japanese, Korean)."""
    opening, closing = list(before), list(after)
    return Concessive(
        before=compile_words(opening) if opening else None,
        after=compile_words(closing) if closing else None,
    )
