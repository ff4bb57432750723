"""Sentence segmentation for English and Chinese news text, keeping character offsets.

The detector reasons per sentence and quotes the sentence as evidence, so every sentence
carries its ``[start, end)`` offsets into the original text and ``text`` is exactly
``source[start:end]`` (surrounding whitespace excluded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = [
    "ABBREVIATIONS",
    "Sentence",
    "heading_line",
    "related_line",
    "sentence_at",
    "split_sentences",
    "wrapped",
]

# Tokens ending in "." that do not end a sentence. Lower-cased, with their final dot.
# "U.S." and "Inc." may end a sentence in real text; treating them as never final costs
# one merged sentence now and then, whereas splitting "U.S. | Commerce Department" would
# separate every US actor from its verb.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "u.s.", "u.k.", "e.u.", "u.n.", "p.r.c.", "corp.", "inc.", "ltd.", "co.", "llc.",
        "plc.", "e.g.", "i.e.", "etc.", "vs.", "mr.", "mrs.", "ms.", "dr.", "prof.", "sr.",
        "jr.", "st.", "no.", "nos.", "gov.", "sen.", "rep.", "dept.", "approx.", "est.",
        "fig.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
        "oct.", "nov.", "dec.", "a.m.", "p.m.", "gen.", "lt.", "col.", "capt.", "cf.",
        # round 35: Spanish "EE. UU." (the United States), spaced: both halves, or the
        # state's name is cut from its verb ("el gobierno de EE. UU. anunció …")
        "ee.", "uu.",
    }
)  # fmt: skip

# A terminator run, its closing quotes/brackets, or a line break. One pass, no nesting.
# The same matches as ``[.!?。！？]{1,8}[closers]{0,4}|\n``, written to start with one
# character class: the regex engine then skips ahead to a possible first character
# instead of trying both alternatives at every position (~a third of the time over a
# sentence window; a unit test compares the two forms).
# Round 42: a Japanese dateline's closing bracket ("…（共同）【北京共同】中国商務省は9日、")
# is a boundary too (``_ends_sentence`` keeps only short brackets): what stands before it is
# a photo caption with a date of its own ("＝8月"), not the lead's.
_BOUNDARY = re.compile(
    r"[\n.!?。！？】](?:(?<=[\n】])|(?<=[.!?。！？])[.!?。！？]{0,7}[\"'”’」』)\]）]{0,4})"
)
# The token that ends right before a "." (letters and dots), read backwards: the
# longest run of these at the end, at most ``_MAX_TOKEN`` characters (what
# ``[A-Za-z.]{1,12}$`` finds, by ``str.rstrip`` in C instead of a regex search).
_TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_CJK_END = frozenset("。！？")
# A day number before the dot and a month name after it: an ordinal date, not an end.
_ORDINAL = re.compile(r"(?<!\d)\d{1,2}$")
_MONTH_AFTER = re.compile(
    r"\s{1,2}(?:jan|feb|mär|maer|apr|mai|jun|jul|aug|sep|okt|nov|dez|maart|mei|okt)", re.I
)
_MAX_TOKEN = 12
_DATELINE: Final = 16  # chars a dateline's bracket spans ("【ワシントン時事】")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Hard-wrapped copy (wire services, newspapers) breaks lines inside sentences. A lone
# line break is no boundary when the sentence plainly runs on: the line before ends in a
# comma or a word that cannot end a sentence (an article, a preposition, a conjunction),
# or the next line opens in lower case; in Japanese, the line before ends in a particle or
# a comma and the next goes on in Japanese. Headings, list items and paragraph breaks
# (a blank line) stay boundaries: a heading ends in a content word and the next line opens
# with a capital, a bullet or a digit.
_RUNS_ON: Final = frozenset(
    [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
        "as", "that", "than", "into", "onto", "per", "via", "der", "die", "das", "den", "dem",
        "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "von", "zu", "mit",
        "für", "auf", "im", "le", "la", "les", "un", "une", "du", "de", "et", "ou", "à", "au",
        "aux", "en", "par", "pour", "sur", "dans", "el", "los", "las", "una", "del", "y", "o",
        "con", "por", "para", "il", "lo", "gli", "di", "da", "e", "su", "nel", "nella", "os",
        "um", "uma", "do", "dos", "em", "no", "na", "het", "een", "van", "op", "voor", "met",
        "aan", "door", "dat",
    ]
)  # fmt: skip
_LAST_WORD = re.compile(r"(\w{1,12})[ \t]*$")
_JA_RUNS_ON: Final = frozenset("をがはにでとのもやてし、，")
_CJK_NEXT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_CJK_LINE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")  # kana, kanji, hangul
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_WRAPPED_CJK_LINE: Final = 20  # a CJK line this long that ends without a stop is wrapped


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """Decide whether the terminator run in ``match`` closes a sentence."""
    mark = match.group()
    if mark == "\n":
        return not wrapped(text, match.start())
    if mark[0] in _CJK_END:
        # Chinese punctuation always ends a sentence; no spaces follow it.
        return True
    dot = match.start()
    if mark == "】":
        opening = text.rfind("【", max(0, dot - _DATELINE), dot)
        return opening >= 0 and "\n" not in text[opening:dot]
    end = match.end()
    if end < len(text) and not text[end].isspace():
        # Round 42: Korean copy that lost its spaces ("…밝혔다.트럼프 대통령은",
        # "…계획이다.\"도널드"): a dot between two Hangul syllables ends the sentence.
        # Otherwise "3.5", "Nvidia.com", "U.S.-made": a dot inside a token.
        return (
            dot > 0
            and _HANGUL.match(text, dot - 1) is not None
            and _HANGUL.match(text, end) is not None
        )
    if (
        mark == "."
        and text[dot - 1 : dot].isdigit()
        and _MONTH_AFTER.match(text, end)
        and _ORDINAL.search(text, max(0, dot - 3), dot)
    ):
        return False  # German and Dutch dates: "ab dem 1. März", "per 1. september"
    if mark.startswith("."):
        token = _dotted_token(text, dot)
        # Keep the dot-bearing token only from its last space: "(U.S." -> "u.s.".
        if token in ABBREVIATIONS or (len(token) == 2 and token[0].isalpha()):
            # Initials like "J." are abbreviations too.
            return False
    # A lower-case continuation means the dot did not end the sentence.
    rest = text[end : end + 4].lstrip()
    return not (rest and rest[0].islower())


def wrapped(text: str, at: int) -> bool:
    """Whether the line break at ``text[at]`` only wraps a running sentence."""
    end = len(text)
    nxt = at + 1
    while nxt < end and text[nxt] in " \t":
        nxt += 1
    if nxt >= end or text[nxt] == "\n" or text[at - 1 : at] == "\n":
        return False  # a blank line or the end: a paragraph break
    head = text[max(0, at - 16) : at].rstrip(" \t")
    if not head or head[-1] in ".!?。！？:;：；\"'”’」』)]）":
        return False
    first = text[nxt]
    if head[-1] in _JA_RUNS_ON:
        return _CJK_NEXT.match(first) is not None
    if _CJK_LINE.match(head[-1]) and _CJK_LINE.match(first):
        # Round 15c: hard-wrapped CJK copy ("輸出規\n制を強化した", "輸出管理\nを強化
        # した"): hiragana cannot open a sentence after a word ending the line; other
        # CJK text runs on when the line is as long as a wrapped column, not a heading.
        line = at - text.rfind("\n", 0, at) - 1
        return _HIRAGANA.match(first) is not None or line >= _WRAPPED_CJK_LINE
    if first.islower():
        return head[-1].isalnum() or head[-1] in ",-–"
    if head[-1] == ",":
        return first.isalnum()
    word = _LAST_WORD.search(head)
    return word is not None and word.group(1) in _RUNS_ON and first.isalnum()


def _dotted_token(text: str, dot: int) -> str:
    """The letters and dots that end at ``text[dot]`` (a "."), at most twelve, case-folded."""
    head = text[max(0, dot - _MAX_TOKEN) : dot + 1]
    run = min(_MAX_TOKEN, len(head) - len(head.rstrip(_TOKEN_CHARS)))
    return head[len(head) - run :].casefold()


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets; English and Chinese, mixed freely."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if not _ends_sentence(text, match):
            continue
        _append(text, start, match.end(), sentences)
        start = match.end()
    _append(text, start, len(text), sentences)
    return sentences


def sentence_at(text: str, pos: int) -> Sentence | None:
    """The sentence of ``split_sentences(text)`` that contains ``pos``, if any.

    Same boundaries, but the scan stops at the first sentence end past ``pos`` and no
    other sentence is built: the detector needs one sentence per trigger.
    """
    start = 0
    for match in _BOUNDARY.finditer(text):
        if not _ends_sentence(text, match):
            continue
        end = match.end()
        if end > pos:
            # Later sentences all start at or after ``end``: this one is the only
            # candidate (none if ``pos`` falls in the white space it trims).
            return _containing(text, start, end, pos)
        start = end
    return _containing(text, start, len(text), pos)


def _containing(text: str, start: int, end: int, pos: int) -> Sentence | None:
    """``text[start:end]`` trimmed as by ``_append``, if it contains ``pos``."""
    found: list[Sentence] = []
    _append(text, start, end, found)
    if found and found[0].start <= pos < found[0].end:
        return found[0]
    return None


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """Add ``text[start:end]`` without its surrounding whitespace, if anything is left."""
    # str.strip() trims exactly the characters str.isspace() accepts, in C.
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        start += len(chunk) - len(chunk.lstrip())
        out.append(Sentence(start, start + len(stripped), stripped))


# Round 35 (issue 11): a line of capitals with no sentence's end ("THE NEW CURBS",
# "LE NUOVE RESTRIZIONI") is a section subheading: page furniture that names the topic of
# the paragraphs under it and states no act of its own. At least two words of letters.
_HEADING_SPAN: Final = 160  # chars of a line read for a heading (twelve words fit)
_CAPS_HEADING = re.compile(r"[^\S\n]*(?:[^\W\d_]{2,}[^\S\n]+){1,11}[^\W\d_]{2,}[^\S\n]*(?:\n|$)")


def heading_line(text: str, line: int) -> bool:
    """Whether the line of ``text`` starting at ``line`` is a subheading set in capitals.

    Every letter upper case, words only (no full stop, colon or figure): "NEW US
    RESTRICTIONS" over the paragraphs that tell them. Scripts without case never match.
    """
    end = text.find("\n", line, line + _HEADING_SPAN)
    head = text[line : line + _HEADING_SPAN] if end < 0 else text[line:end]
    # a cased script's line in capitals is rare: test that (one C call) before the regex,
    # which is run once per trigger and would walk a long line's words otherwise
    if not head.isupper():
        return False
    return _CAPS_HEADING.match(text, line) is not None


# Round 36 (issue 11): a heading over links to other stories ("Lesen Sie auch", "相关阅读",
# "관련기사"; ``related_headings``) on a line of its own, and the headline lines under it,
# are page furniture: other stories' headlines, never this story's acts. A headline line is
# short and ends without a sentence's full stop; the block ends at the first line that does
# (the story's next paragraph) or after ``_RELATED_LINES`` headlines.
_RELATED_TRIM: Final = " \t:：-–—|»›>▶▷►■□●•*#[]【】()（）「」<>"
_RELATED_LINES: Final = 6  # headline lines a related block holds (blank lines apart)
_HEADLINE_LONGEST: Final = 200  # chars of a headline line
_SENTENCE_END: Final = ".。!！"
# round 44: a closing parenthesis too ("参考)米商務省、…を発表…")
_RELATED_MARK: Final = re.compile(r"[:：|»\]】>〉)）]")  # what closes a heading on its line
_RELATED_HEAD: Final = 40  # chars of a line a heading before its mark may take
_CLOSERS: Final = "\"'”’»」』)）"


def _headline_shaped(line: str) -> bool:
    """Whether a stripped, non-empty ``line`` reads as a headline: short, no full stop."""
    bare = line.rstrip(_CLOSERS)
    return bool(bare) and len(bare) <= _HEADLINE_LONGEST and bare[-1] not in _SENTENCE_END


def related_line(low: str, line: int, headings: frozenset[str]) -> bool:
    """Whether the line of ``low`` starting at ``line`` is a headline under a related heading.

    ``low`` is the folded, lower-cased body; ``headings`` the folded ``related_headings``.
    The line must read as a headline. It is one when a heading opens it, closed by a colon,
    a bar or a bracket ("lesen sie auch: ...", "[관련기사] ..."); otherwise every non-blank
    line between it and the heading above must read as a headline too ("Read more:" /
    "Headline one" / "Headline two"). A paragraph that ends in a full stop between them
    ends the block: the story resumes there.
    """
    end = low.find("\n", line)
    current = (low[line:] if end < 0 else low[line:end]).strip()
    # most lines that carry a trigger are paragraphs ending in a full stop: one C call
    if not current or not _headline_shaped(current):
        return False
    # "Lesen Sie auch: <headline>", "[관련기사] <headline>": the heading opens the line
    mark = _RELATED_MARK.search(current, 0, _RELATED_HEAD)
    if mark is not None and current[: mark.start()].strip(_RELATED_TRIM) in headings:
        return True
    pos, seen = line, 0
    while pos > 0 and seen < _RELATED_LINES:
        prev = low.rfind("\n", 0, pos - 1) + 1
        above = low[prev : pos - 1].strip()
        pos = prev
        if not above:
            continue  # a blank line between links
        if above.strip(_RELATED_TRIM) in headings:
            return True
        if not _headline_shaped(above):
            return False
        seen += 1
    return False
