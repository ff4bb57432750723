"""Invisible format characters, and text made safe to display.

Unicode's format characters (general category ``Cf``: bidirectional controls such as
RIGHT-TO-LEFT OVERRIDE, zero-width space and joiners, soft hyphen, word joiner, byte
order mark, tag characters, ...) change how text displays or are not displayed at all.
In an article they let a name display as ``Nvidia`` while its characters are not the
catalog's (so it was not tagged), or make a title display as something it does not say
(issue 13.8). chipwatch therefore reads article text without them (the analysis,
``streams.core.normalise``) and removes them from every text it shows subscribers: the
``DisplayText`` fields of analyzed articles, their events and their alerts. The raw
article keeps them: it is what the producer sent.

Here, not in ``streams.core``, because the message models apply it and ``schemas`` may
not import ``streams``.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from typing import Annotated

from pydantic import AfterValidator

# Unicode assigns format characters in planes 0, 1 and 14 only; scanning those, not all
# 17 planes, costs ~15 ms at import instead of ~60 ms. The set is this Python's Unicode
# database's (``unicodedata.unidata_version``).
_PLANES = (range(0x0000, 0x20000), range(0xE0000, min(0xF0000, sys.maxunicode + 1)))
FORMAT_CHARACTERS = frozenset(
    chr(c) for plane in _PLANES for c in plane if unicodedata.category(chr(c)) == "Cf"
)


def _ranges(chars: list[str]) -> str:
    out, codes = [], sorted(ord(c) for c in chars)
    start = prev = codes[0]
    for code in [*codes[1:], -1]:
        if code == prev + 1:
            prev = code
            continue
        first, last = re.escape(chr(start)), re.escape(chr(prev))
        out.append(first if start == prev else f"{first}-{last}")
        start = prev = code
    return "".join(out)


# One pass finds the candidates: the BMP's format characters (a bitmap in the regex
# engine: ~10 ns a character) and any character beyond the BMP (one range), whose
# category is then looked up (rare: emoji, historic scripts). A class that lists the
# other planes' format characters one by one scans three times slower.
_CANDIDATES = re.compile(
    "[" + _ranges([c for c in FORMAT_CHARACTERS if c <= "\uffff"]) + "\U00010000-\U0010ffff]"
)


def format_character_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``[start, end)`` runs of format characters in ``text``, in order."""
    if text.isascii():  # O(1) in CPython; no format character is ASCII
        return []
    # No format character is printable (str.isprintable: Unicode's "Other" and
    # "Separator" categories are not), so a text that is printable but for its line
    # breaks has none. This check runs in C at ~1 ns a character; the scan below, ~3.5.
    if text.replace("\n", " ").isprintable():
        return []
    runs: list[tuple[int, int]] = []
    for match in _CANDIDATES.finditer(text):
        char = match.group()
        if char > "\uffff" and char not in FORMAT_CHARACTERS:
            continue
        at = match.start()
        if runs and runs[-1][1] == at:
            runs[-1] = (runs[-1][0], at + 1)
        else:
            runs.append((at, at + 1))
    return runs


def strip_format_characters(text: str) -> str:
    """Return ``text`` without its format characters (the same object when it has none)."""
    runs = format_character_spans(text)
    if not runs:
        return text
    pieces, start = [], 0
    for begin, end in runs:
        pieces.append(text[start:begin])
        start = end
    pieces.append(text[start:])
    return "".join(pieces)


#: A text chipwatch shows subscribers: format characters are removed when it is built.
DisplayText = Annotated[str, AfterValidator(strip_format_characters)]
