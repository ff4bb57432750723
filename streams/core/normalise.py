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


def visible_text(text: str) -> tuple[str, OffsetMap | None]:
    """Return ``text`` as read, without its format characters, and how offsets map back.

    The map is ``None`` when nothing was removed (nearly always): offsets are shared.
    Format characters (Unicode category Cf: bidi controls, zero-width characters, soft
    hyphen, BOM, ...) display as nothing or change how text displays, so a name split by
    one reads as the name (``schemas.text``; issue 13.8).
    """
    runs = format_character_spans(text)
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
# Full-width punctuation of CJK text (the full-width comma is in nearly every Chinese
# sentence) and the ideographic space. Each is one character whose NFKC form is one
# ASCII character (its whole decomposition), and NFKC is the same for a text with any
# character replaced by its NFKC form; replacing these first leaves most CJK text
# already normalised, which ``unicodedata.normalize`` sees in a quick check instead of
# decomposing and recomposing all of it (~5 us instead of ~37 us on a 3 KB body).
_FULL_WIDTH = tuple(
    (c, unicodedata.normalize("NFKC", c))
    for c in "\uff0c\uff1a\uff1b\uff08\uff09\uff01\uff1f\uff05\u3000"
)


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
    text = strip_format_characters(text)
    for wide, narrow in _FULL_WIDTH:
        if wide in text:
            text = text.replace(wide, narrow)
    return _fold_spaces(unicodedata.normalize("NFKC", text), _NFKC_SPACE).casefold()


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
