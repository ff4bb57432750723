"""Genre labels and section headings of the European languages (Round 14, eu).

Compiled once by the lexicon; read by ``eu_story``. A label counts only where it stands
alone: at the text's start or between two sentences or lines, closed by a full stop, a
colon, a dash or a line end ("Editorial. Es ist ...", "Histórico" on its own line), so
that "wollte das nicht kommentieren" or "el histórico acuerdo" are no labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from streams.core.script import script_folder

__all__ = ["Headings", "heading_pattern"]

# A label stands alone: at the text's start or after a sentence's end or a line break,
# and is closed by a full stop, a colon, a dash or a line end.
_OPEN = r"(?:^|(?<=[.!?»”\"])[ \t]+|\n)[ \t]*"
_CLOSE = r"[ \t]*(?:[.:|–—-]|\n|$)"


@dataclass(frozen=True, slots=True)
class Headings:
    """The compiled labels: background section headings and genre labels."""

    section: re.Pattern[str] | None
    genre: re.Pattern[str] | None


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    fold = script_folder().fold
    unique = sorted({fold(w.lower()) for w in words if w}, key=len, reverse=True)
    if not unique:
        return None
    body = "|".join(re.escape(w) for w in unique)
    return re.compile(f"{_OPEN}(?:{body}){_CLOSE}")


def heading_pattern(sections: Iterable[str], genres: Iterable[str]) -> Headings:
    """Compile the section headings and genre labels (lower-cased, folded text)."""
    return Headings(section=_alternation(sections), genre=_alternation(genres))
