"""Genre labels and section headings of the European languages (Round 14, eu).

Compiled once by the lexicon; read by ``eu_story``. A label counts only where it stands
alone: a genre label opening the body or the headline, closed by a full stop, a colon, a
dash or a line end ("Editorial. Es ist ...", "Kommentar:"); a section heading on a line
of its own ("Histórico"). "wollte das nicht kommentieren" or "el histórico acuerdo" are
no labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from streams.core.script import script_folder

__all__ = ["Headings", "heading_pattern"]

# A genre label stands alone: at the text's start or after a sentence's end or a line
# break, and is closed by a full stop, a colon, a dash or a line end.
_OPEN = r"(?:^|(?<=[.!?»”\"])[ \t]+|\n)[ \t]*"
_CLOSE = r"[ \t]*(?:[.:|–—-]|\n|$)"
_LONGEST = 40  # a heading line is short


@dataclass(frozen=True, slots=True)
class Headings:
    """The compiled labels: background section headings and genre labels."""

    section: frozenset[str]
    genre: re.Pattern[str] | None

    def section_end(self, text: str) -> int | None:
        """Where the first background section heading, on a line of its own, ends.

        Only the lines are looked at (a heading stands on its own line in the text as
        scraped, "Histórico" between two paragraphs): searching the words
        over the whole body cost 0.1-0.4 ms per 4 KB article, the lines cost nothing.
        """
        if not self.section:
            return None
        at = text.find("\n")
        while at >= 0:
            end = text.find("\n", at + 1)
            stop = end if end >= 0 else len(text)
            if stop - at <= _LONGEST and text[at + 1 : stop].strip(" \t.:–—-|") in self.section:
                return stop
            at = end
        return None


def _words(words: Iterable[str]) -> list[str]:
    fold = script_folder().fold
    return sorted({fold(w.lower()) for w in words if w}, key=len, reverse=True)


def heading_pattern(sections: Iterable[str], genres: Iterable[str]) -> Headings:
    """Compile the section headings (a set of lines) and genre labels (anchored)."""
    section, genre = _words(sections), _words(genres)
    return Headings(
        section=frozenset(section),
        genre=(
            re.compile(f"{_OPEN}(?:{'|'.join(re.escape(w) for w in genre)}){_CLOSE}")
            if genre
            else None
        ),
    )
