"""Chinese script folding: Traditional characters to Simplified, one character for one.

News about chips comes in both scripts (mainland, Hong Kong and Taiwan outlets). The
tagger and the detector search a *folded* copy of each text, and every alias, trigger
and cue is folded the same way when the lexicon is built, so one alias or trigger
serves both scripts (``華為`` and ``华为`` are the same key). Folding maps one code point
to one code point, so the folded copy has the same length as the original and every
offset found in it is an offset into the text as sent: spans stay verbatim.

The table comes from OpenCC (the reference Traditional/Simplified converter, kept up
to date by its project), read once per process: each CJK code point is converted
alone with OpenCC's ``t2s`` configuration, and only one-to-one results are kept. Words
that OpenCC converts only as phrases (a handful of regional vocabulary pairs) are left
to the lexicon, which lists the regional word where it matters (``晶片`` / ``芯片``).
Japanese kanji that OpenCC knows as Traditional forms fold too (``調査`` -> ``调查``);
that is harmless, since aliases and triggers are folded by the same table.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

import opencc

__all__ = ["HAN", "HANGUL", "KANA", "ScriptFolder", "object_first", "script_folder"]

# The scripts the readers tell apart, one definition for every module: Hangul syllables,
# Japanese kana (hiragana and katakana) and the unified Han ideographs.
HANGUL: Final = re.compile(r"[\uac00-\ud7a3]")
KANA: Final = re.compile(r"[\u3040-\u30ff]")
# Kana or hangul: Japanese or Korean, which put a verb's object before it.
_OBJECT_FIRST: Final = re.compile(r"[\u3040-\u30ff\uac00-\ud7a3]")


def object_first(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is Japanese or Korean: a verb's object stands before it."""
    return _OBJECT_FIRST.search(text, lo, hi) is not None


HAN: Final = re.compile(r"[\u4e00-\u9fff]")

# The code point ranges OpenCC's character tables cover: CJK Extension A, the unified
# ideographs and the compatibility ideographs.
_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
# Characters that Simplified text writes as they are in names the catalog holds (昇腾,
# Huawei's Ascend), which OpenCC's character table would still fold: folding them would
# make every Simplified article holding them pay a second search.
_KEEP = frozenset("昇")


class ScriptFolder:
    """Traditional -> Simplified folding of text, offsets unchanged."""

    __slots__ = ("_any", "_by_char", "chars", "table")

    def __init__(self, table: dict[int, int]) -> None:
        """Keep the code point table (``str.translate`` format)."""
        self.table = table
        #: Every character that folding changes (the tagger's "fold first" markers).
        self.chars = "".join(sorted(chr(c) for c in table))
        self._by_char = {chr(k): chr(v) for k, v in table.items()}
        self._any = re.compile("([" + re.escape(self.chars) + "])") if table else None

    def fold(self, text: str) -> str:
        """Return ``text`` with Traditional characters replaced by Simplified ones.

        Only the Traditional characters are replaced (a regex over one character class):
        ``str.translate`` would look every character of a mostly Latin text up in a dict.
        Split on them and map the odd parts, all in C: a replacement callback per match
        cost 1.4x as much on Simplified text and 1.5x on Traditional text.
        """
        if self._any is None:
            return text
        parts = self._any.split(text)
        if len(parts) == 1:
            return text
        parts[1::2] = map(self._by_char.__getitem__, parts[1::2])
        return "".join(parts)


@cache
def script_folder() -> ScriptFolder:
    """The process-wide folder, built on first use from OpenCC's ``t2s`` table (~5 ms)."""
    chars = [chr(c) for lo, hi in _RANGES for c in range(lo, hi)]
    # One call over all characters, one per line: a line break ends every phrase, so
    # each character is converted by the character table alone.
    joined = "\n".join(chars)
    simplified = opencc.OpenCC("t2s.json").convert(joined).split("\n")
    if len(simplified) != len(chars):  # pragma: no cover - OpenCC keeps line breaks
        raise RuntimeError("OpenCC changed the number of lines while folding")
    table = {
        ord(src): ord(dst)
        for src, dst in zip(chars, simplified, strict=True)
        if dst != src and len(dst) == 1 and src not in _KEEP
    }
    return ScriptFolder(table)


_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)
_SLUG_MIN: Final = 4  # shorter words stay as written ("à", "été")
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_FINAL_ACCENT = re.compile(r"[áéíóúàèìòù](?!\w)")


def _latin(char: str) -> bool:
    """Whether a character is ASCII or a Latin letter with marks (below U+0250)."""
    return ord(char) < 0x250 or char in "\u2018\u2019"


def slug_variants(text: str, hyphens: bool = False) -> list[str]:
    """The phrase as an address slug spells it, when that differs: no accents, no hyphens.

    Round 45 (issue 11): headlines rebuilt from a page's address ("pekin interdit …",
    "japao restringe …", "niederlande uebernehmen kontrolle …", "les etats unis …") drop
    the diacritics and the hyphens that names and cue words are written with ("Pékin",
    "Japão", "übernehmen", "États-Unis"). German umlauts are spelled in two letters,
    other marks dropped; with ``hyphens`` (names only), a hyphen between letters becomes
    a space: a cue word's hyphen tells it apart ("would-be" is no "would be"). Latin text
    only: NFD would strip the voicing marks of kana.
    """
    if (text.isascii() and not (hyphens and "-" in text)) or not all(_latin(c) for c in text):
        return []
    if _FINAL_ACCENT.search(text):
        # "reforçará", "aprobó": unaccented, a future or a past reads as another tense
        # ("reforcara" is a Portuguese pluperfect, "aprobo" a first person present)
        return []
    out: list[str] = []
    # An umlaut is spelled in two letters, never dropped: "würde" is no "wurde" (was),
    # "für" no "fur"; the other marks are dropped.
    bare = unicodedata.normalize("NFD", text.translate(_UMLAUTS))
    stripped = unicodedata.normalize(
        "NFC", "".join(c for c in bare if not unicodedata.combining(c))
    )
    for form in (stripped,):
        for spelled in (form, _INNER_HYPHEN.sub(" ", form)) if hyphens else (form,):
            if len(spelled) >= _SLUG_MIN and spelled != text and spelled not in out:
                out.append(spelled)
    return out
