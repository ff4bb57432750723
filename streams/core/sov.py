"""Japanese and Korean modality that reaches a predicate from further on in its sentence.

Japanese and Korean put modality after the verb (``after_cues``: 予定, 方針, 검토). Two
shapes carry it further than the words right after the predicate, and both are grammar,
not vocabulary, so they are written once here rather than as phrases in the pattern file:

- a clause chained to the next by a continuative form ("...措置を発表し、...を制限する
  予定だ", "...발표하고, ... 예정이다") shares the modality that closes the chain;
- a headline heading for a measure ("輸出規制強化へ") reports a plan, and the body's
  sentences that tell that measure in the non-past ("...対象を拡大する。") tell the plan;
- a report attributed to a letter, an email or sources ("書簡によると", "メールによると",
  "関係者によると") whose sentence ends in the non-past tells what is coming, not what
  was done ("...がリストに掲載され、...出荷を禁じられる").
"""

from __future__ import annotations

import re
from typing import Final

from streams.core.script import KANA, script_folder

__all__ = [
    "chained_cue_span",
    "conditional_after",
    "non_past",
    "plan_headline",
    "reported_coming",
]

# A continuative verb form before a clause mark: し、 て、 で、 (Japanese ren'yōkei and
# te-form), 고, 며 (Korean connective endings).
_CHAIN = re.compile(r"(?:[しりきちみびぎいてで]|고|며)[、，,]")
_CHAIN_WINDOW: Final = 24  # chars after the predicate searched for the continuative mark
_FINAL_WINDOW: Final = 20  # chars before the sentence's end searched for its modality
# A document or source as the origin of a report; folded (simplified) like the text.
_SOURCES: Final = (
    r"(?:書簡|メール|関係者|関係筋|消息筋|情報筋|報道|文書|通知|複数の関係者)"
    r"[^、。]{0,8}?(?:によると|によれば)"
)
_END_MARKS: Final = '。.」』"”）) \n'
_NON_PAST: Final = ("る", "う", "く", "す", "つ", "む", "ぶ", "ぐ", "ない", "ます")
# "...強化へ", "...導入へ 中国念頭": a Japanese headline segment ending in "heading for".
_HEADED = re.compile(r"へ(?:$|[\s\u3000…、])")


# Round 35 (issue 11): a Korean condition is the prospective adnominal (a syllable closed
# by ㄹ: 할, 될, 질, 을) before 경우 ("in case"), whatever the verb: "…판매를 금지해 공급이
# 부족해질 경우" puts the ban inside the condition, as "금지할 경우" does. The syllables
# closed by ㄹ are every 28th from 갈 (U+AC08), one per initial and vowel.
_RIEUL_FINAL: Final = "".join(chr(0xAC08 + 28 * i) for i in range(19 * 21))
_CONDITIONAL_KO = re.compile(f"[{_RIEUL_FINAL}] ?경우")


def conditional_after(text: str, start: int, end: int) -> bool:
    """Whether a Korean "in case" clause ("…해질 경우") closes in ``text[start:end]``."""
    return _CONDITIONAL_KO.search(text, start, end) is not None


class _Folded:
    """The source pattern, compiled once over folded text."""

    pattern: re.Pattern[str] | None = None

    @classmethod
    def sources(cls) -> re.Pattern[str]:
        if cls.pattern is None:
            cls.pattern = re.compile(script_folder().fold(_SOURCES))
        return cls.pattern


_CONCESSION: Final = re.compile(r"ものの|けれども|けれど|지만")


def chained_cue_span(text: str, end: int, sentence_end: int) -> tuple[int, int] | None:
    """Where to look for the modality of a predicate whose clause is chained onwards.

    Returns the span of the sentence's last words when the predicate ending at ``end``
    is followed by a continuative form and a clause mark ("発表し、"), else ``None``.
    """
    mark = _CHAIN.search(text, end, min(sentence_end, end + _CHAIN_WINDOW))
    if mark is None:
        return None
    # Round 41: an "although" closes the chain ("…取り消し、…影響が出たとしているものの、
    # 具体的な台数まではわかっていない"): the sentence's last words are another clause's.
    concession = _CONCESSION.search(text, mark.end(), sentence_end)
    if concession is not None:
        sentence_end = concession.start()
    lo = max(mark.end(), sentence_end - _FINAL_WINDOW)
    return (lo, sentence_end) if lo < sentence_end else None


def non_past(sentence: str) -> bool:
    """Whether a Japanese sentence ends in the non-past ("...拡大する。"), not "...した。"."""
    if KANA.search(sentence) is None:
        return False
    return sentence.rstrip(_END_MARKS).endswith(_NON_PAST)


def plan_headline(title: str) -> bool:
    """Whether a Japanese headline heads for a measure ("先端半導体の輸出規制強化へ")."""
    return KANA.search(title) is not None and _HEADED.search(title) is not None


def reported_coming(text: str, sentence_start: int, start: int, sentence_end: int) -> bool:
    """Whether a Japanese predicate at ``start`` is a coming act reported from a source.

    True when "<letter/email/sources> によると" opens the report before the predicate and
    the sentence ends in the non-past ("...禁じられる。"): the content of a coming rule.
    """
    if _Folded.sources().search(text, sentence_start, start) is None:
        return False
    return non_past(text[sentence_start:sentence_end])
