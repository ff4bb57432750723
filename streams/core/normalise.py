"""Text normalisation and the content hash that identifies copies of one article."""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from schemas.text import format_character_spans, strip_format_characters


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in a text read without its format characters back to the text as sent.

    ``starts[k]`` is the first read offset of the k-th kept stretch and ``shifts[k]``
    how many characters were removed before it.
    """

    starts: tuple[int, ...]
    shifts: tuple[int, ...]

    def original(self, offset: int) -> int:
        """The offset in the text as sent of the character at ``offset`` in the read text."""
        k = bisect.bisect_right(self.starts, offset) - 1
        return offset + self.shifts[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` of the read text as offsets in the text as sent.

        Format characters inside the span are inside the result; those just before or
        after it are not.
        """
        if end <= start:
            at = self.original(start)
            return at, at
        return self.original(start), self.original(end - 1) + 1


# Full-width Latin letters and digits (U+FF10..FF19, FF21..FF3A, FF41..FF5A) and their
# ASCII forms. Japanese and Korean papers often set firm and chip names and figures in
# these ("ＮＶＩＤＩＡ", "Ｈ２００"); every name, chip model and trigger in the catalogs
# is ASCII, so unfolded text hides them from tagging and detection alike. Only letters
# and digits: full-width punctuation (the CJK comma, colon, brackets) is part of the
# CJK cues and stays as sent. One character for one, so no offset map is needed.
_WIDE_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_WIDTH_FOLD = str.maketrans(
    {
        chr(wide): chr(wide - 0xFEE0)
        for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
        for wide in range(lo, hi + 1)
    }
)


# The same characters as their UTF-16-LE code units: a low byte in one of the three
# ranges, then the high byte 0xFF. The literal first byte lets ``re`` run to each 0xFF
# with a byte compare, and encoding UCS-2 text to UTF-16 is a copy: over the bench's
# non-ASCII texts this gate costs ~1/9 of ``_WIDE_ALNUM``'s charset scan (round 28). A
# match at an even offset (a pair of code units "U+xx30, U+00FF") is no character of the
# set: any match sends the text to the exact search, so the gate only says "none".
_WIDE_UNITS = re.compile(rb"\xff(?<=[\x10-\x19\x21-\x3a\x41-\x5a]\xff)")


# Hiragana べ and ぺ between two katakana letters, as katakana ベ and ペ. The pairs look
# the same in most fonts, and Japanese papers mistype them inside a firm's katakana name
# ("ネクスぺリア" for Nexperia), which hides the alias. Between katakana neither is a
# hiragana word: unlike へ, which is also the directional particle and may follow a
# katakana name ("アメリカへ"), so へ is left as sent. One character for one.
_KANA_SLIP = re.compile("(?<=[\u30a1-\u30fa\u30fc])[\u3079\u307a](?=[\u30a1-\u30fa\u30fc])")


def _katakana_slip(match: re.Match[str]) -> str:
    return chr(ord(match.group()) + 0x60)


# Round 42: a pinyin gloss in brackets right after a Han character, with at least one
# tone mark ("產(chǎn)", "網(wǎng)"): "(AI)" or "(NVDA)" after a name has none and stays.
_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# The bracket first: the engine then skips to each "(" (a lookbehind first makes it try
# every position).
_PINYIN = re.compile(
    rf"\((?<=[\u4e00-\u9fff]\()[a-zü{_TONES}]{{0,6}}[{_TONES}][a-zü{_TONES}]{{0,6}}\)"
)


def fold_width(text: str) -> str:
    """``text`` with full-width Latin letters and digits as ASCII, of the same length.

    Hiragana べ and ぺ between katakana letters read as katakana too (``_KANA_SLIP``).
    """
    if text.isascii():
        return text
    if "\u3079" in text or "\u307a" in text:
        text = _KANA_SLIP.sub(_katakana_slip, text)
    if _WIDE_UNITS.search(text.encode("utf-16-le", "surrogatepass")) is None:
        return text  # nearly always: no 0xFFxx code unit of the set's low bytes
    if _WIDE_ALNUM.search(text) is None:
        return text
    return text.translate(_WIDTH_FOLD)


def visible_text(text: str) -> tuple[str, OffsetMap | None]:
    """Return ``text`` as read, without its format characters, and how offsets map back.

    The map is ``None`` when nothing was removed (nearly always): offsets are shared.
    Format characters (Unicode category Cf: bidi controls, zero-width characters, soft
    hyphen, BOM, ...) display as nothing or change how text displays, so a name split by
    one reads as the name (``schemas.text``; issue 13.8). Full-width Latin letters and
    digits read as their ASCII forms (``fold_width``), one for one, so offsets are
    shared through that fold.
    """
    text = fold_width(text)
    runs = format_character_spans(text)
    if not text.isascii() and "(" in text:
        # Round 42 (issue 11): mirror sites print pinyin after each character
        # ("網(wǎng)絡(luò)安全審查"): read without it, the words are the words
        runs = sorted([*runs, *(m.span() for m in _PINYIN.finditer(text))])
    if not runs:
        return text, None
    pieces, starts, shifts = [], [0], [0]
    kept = removed = previous_end = 0
    for begin, end in runs:
        pieces.append(text[previous_end:begin])
        kept += begin - previous_end
        removed += end - begin
        starts.append(kept)
        shifts.append(removed)
        previous_end = end
    pieces.append(text[previous_end:])
    return "".join(pieces), OffsetMap(tuple(starts), tuple(shifts))


#: Every character ``str.split()`` and ``str.isspace()`` take for white space (the
#: Unicode White_Space characters and the four ASCII separators U+001C..U+001F), the
#: space itself last. A unit test checks this against the running Python's Unicode data.
WHITE_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000 "
)
_ASCII_SPACE = tuple(c for c in WHITE_SPACE[:-1] if c.isascii())
# NFKC maps the others to a space, so none of them is left in NFKC text (a character
# with a compatibility decomposition never occurs in NFKC output).
_NFKC_SPACE = tuple(c for c in WHITE_SPACE[:-1] if unicodedata.normalize("NFKC", c) == c)
# The commonest characters NFKC changes in news text: full-width punctuation of CJK
# text (the full-width comma is in nearly every Chinese sentence), the ideographic and
# the no-break space, the ellipsis. NFKC is the same for a text with any character
# replaced by its NFKC form (NFKD is per character, up to reordering of combining
# marks, and these are starters): replacing these first leaves most text already
# normalised, which ``unicodedata`` sees in a quick check.
_COMPATIBLE = tuple(
    (c, unicodedata.normalize("NFKC", c))
    for c in "\uff0c\uff1a\uff1b\uff08\uff09\uff01\uff1f\uff05\u3000\u2026\u00a0"
)
# Runs NFKC keeps, at whose ends nothing composes or reorders: ASCII, Han and the
# commonest CJK and typeset punctuation, all starters NFKC keeps, none the second of a
# composition. A run ends on Han or punctuation, which begins no composition either, or
# it is ASCII alone less its last character, which may (``=`` and a combining long
# solidus make ``≠``) when something other than ASCII follows.
_KEPT = "\u3400-\u4dbf\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u3014-\u301b\u2018\u2019\u201c\u201d"
_STABLE = re.compile(f"([\\x00-\\x7f{_KEPT}]*[{_KEPT}]|[\\x00-\\x7f]+(?![^\\x00-\\x7f]))")


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, faster on text that is not NFKC already.

    CPython normalises the whole string once one character needs it, at 80 ns a
    character for Chinese (one full-width digit does it: ~100 µs for a 4 KB article; an
    ellipsis in English text: 35 µs). The commonest such characters are replaced by
    their compatibility forms first (``_COMPATIBLE``: the same result); if anything else
    is left, runs that NFKC keeps and at whose ends nothing composes or reorders (ASCII,
    Han, CJK punctuation: ``_STABLE``) stay as they are and only the pieces between them
    are normalised. Normalising
    is done per piece, so the result is NFKC's: tested against ``unicodedata`` on fuzzed
    text (tests/unit/test_normalise_dedupe.py, tests/unit/test_neardup.py).
    """
    if unicodedata.is_normalized("NFKC", text):
        return text
    for wide, narrow in _COMPATIBLE:
        if wide in text:
            text = text.replace(wide, narrow)
    if unicodedata.is_normalized("NFKC", text):
        return text
    parts = _STABLE.split(text)
    parts[0::2] = [unicodedata.normalize("NFKC", part) for part in parts[0::2]]
    return "".join(parts)


_DOUBLE_SPACE = re.compile("  ")
_SPACE_RUN = re.compile(" {2,}")


def _fold_spaces(text: str, spaces: tuple[str, ...]) -> str:
    """``" ".join(text.split())`` when ``spaces`` holds every white space in ``text`` but " ".

    Replacing and collapsing in C costs ~5 us on a 4 KB body; splitting into a list of
    words and joining it ~20 us.
    """
    for space in spaces:
        if space in text:
            text = text.replace(space, " ")
    # re finds a double space ~30 % sooner than ``"  " in text`` in space-dense text.
    if _DOUBLE_SPACE.search(text) is not None:
        text = _SPACE_RUN.sub(" ", text)
    return text.strip(" ")


def normalise_text(text: str) -> str:
    """Return ``text`` in a canonical form for hashing.

    Invisible format characters go (a copy with a zero-width space or a bidi mark more is
    the same article); NFKC folds full-width and compatibility characters (common in
    CJK feeds); case is folded; every run of white space becomes one space. Punctuation
    is kept: two texts that differ in more than spacing and case are different articles.
    The result is ``" ".join(NFKC(text without format characters).split()).casefold()``;
    the steps below compute exactly that, faster (tests/unit/test_normalise_dedupe.py
    compares them on random text).
    """
    if text.isascii():
        # The common case (O(1) to know in CPython): no format character is ASCII, NFKC
        # leaves ASCII as it is, and casefold() is lower() on it.
        return _fold_spaces(text, _ASCII_SPACE).lower()
    # One check in C tells the common case: no format character and no white space but
    # the space and the line break, none of which is printable. Then the line breaks
    # (which NFKC keeps, and which compose with nothing) become spaces before NFKC, and
    # NFKC of printable text makes no other white space but the space (a unit test
    # checks every character): the ~13 scans for other white space are not needed.
    spaced = text.replace("\n", " ")
    if spaced.isprintable():
        return _fold_spaces(nfkc(spaced), ()).casefold()
    text = nfkc(strip_format_characters(text))
    return _fold_spaces(text, _NFKC_SPACE).casefold()


def content_hash(title: str, body: str) -> str:
    """Return the sha256 hex digest of the normalised title and body.

    The separator cannot occur in normalised text (white space is folded to single
    spaces), so ``("a b", "c")`` and ``("a", "b c")`` hash differently.
    """
    digest = hashlib.sha256(normalise_text(title).encode("utf-8"))
    digest.update(b"\n")
    digest.update(normalise_text(body).encode("utf-8"))  # as hashing the joined text
    return digest.hexdigest()


def unique_paragraphs(body: str) -> list[tuple[int, str]]:
    """Return ``(offset, paragraph)`` for each body paragraph not seen earlier.

    Feeds sometimes deliver paragraphs twice; a verbatim repeat (after white-space
    folding) adds nothing and must not count twice. Offsets point into ``body``.
    """
    seen: set[str] = set()
    out: list[tuple[int, str]] = []
    offset = 0
    for line in body.split("\n"):
        key = normalise_text(line)
        if key and key not in seen:
            seen.add(key)
            out.append((offset, line))
        offset += len(line) + 1
    return out
