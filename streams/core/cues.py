"""Word lists as bounded regular expressions, searched in lower-cased, folded text.

The detector searches its cue lists (modality, time, agents, flows ...) in windows of
the text around a trigger. Each list becomes one alternation factored into a trie, so a
list of a thousand phrases costs about what one does and matching stays linear. Latin
phrases get word bounds, CJK and Hangul phrases none; ``*`` at a Latin word's end or start
matches any ending or compound head. Split out of ``lexicon.py``, which compiles the
pattern file with these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final, Protocol

from ahocorasick_rs import AhoCorasick

from streams.core.script import script_folder

__all__ = [
    "PartsGate",
    "ScriptWords",
    "WideWords",
    "compile_words",
    "has_cjk",
    "last_match",
    "phrase_pattern",
    "required_parts",
]

_CJK = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_MAX: Final = 2**62


def has_cjk(text: str) -> bool:
    """True when ``text`` holds a CJK or Hangul character (matched without word bounds)."""
    # ASCII text (most calls: English windows and words) holds none: known in O(1) in
    # CPython, before the regex scan (~42,000 calls per 5,000 bench articles).
    return not text.isascii() and _CJK.search(text) is not None


class Findable(Protocol):
    """A compiled word list or regex: what `last_match` searches."""

    def finditer(self, text: str, pos: int = ..., endpos: int = ...) -> Iterator[re.Match[str]]:
        """Every match in ``text[pos:endpos]``, left to right."""
        ...


def last_match(words: Findable, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``words`` in ``text[lo:hi]`` (the one nearest a trigger after it)."""
    last = None
    for last in words.finditer(text, lo, hi):  # noqa: B007 - only the last one is wanted
        pass
    return last


# ------------------------------------------------------------------------------ regexes


#: A space in a phrase: one to three whitespace characters.
_SPACE: Final = r"\s{1,3}"
#: A space in a phrase of a list compiled with ``quoted=True``: a closing quote mark may
#: end the word before it, an opening one start the word after it (French guillemets
#: stand a space apart: "« mécontent » des"). Only the stance lists take it: in every
#: list it cost the core 24 % more instructions per article (`bench/core_instructions.py`).
_QUOTED_SPACE: Final = r"(?:\s?[\'’\"”»])?\s{1,3}(?:[\'‘\"“«]\s?)?"


def _char(ch: str, space: str = _SPACE) -> str:
    """One character of a phrase as a regex: flexible spaces and apostrophes.

    With ``space=_QUOTED_SPACE`` a space may carry a quote mark at either word edge
    (round 21, issue 11): a headline quotes a stance word ("China is 'ontevreden' over",
    "se dice «preocupada» por") and the phrase it ends stays the same phrase; a quote
    mark sits at a word's edge, never inside one, so no other phrase is made.
    """
    if ch == " ":
        return space
    if ch in "'’":
        return "['’]"
    return re.escape(ch)


def phrase_pattern(phrase: str, space: str = _SPACE) -> str:
    """One phrase as a regex: word bounds at Latin ends, ``*`` = any ending or head."""
    head_star, tail_star = phrase.startswith("*"), phrase.endswith("*")
    phrase = phrase.strip("*")
    body = "".join(_char(ch, space) for ch in phrase)
    if has_cjk(phrase):
        return body
    tail = r"\w{0,24}" if tail_star else r"(?!\w)" if phrase[-1].isalnum() else ""
    if head_star:
        return r"\w{0,30}" + body + tail
    if phrase[0].isalnum():
        # The left bound after the first character (a letter or digit, which
        # `re.escape` leaves as it is): the same matches as ``(?<!\w)`` before it, but
        # the phrase starts with a literal, which lets the regex engine skip ahead.
        first = phrase[0]
        return first + rf"(?<!\w{first})" + body.removeprefix(first) + tail
    return body + tail


_Trie = dict[str, "_Trie"]
#: Word parts by kind of star (at the head, at the tail): their cores.
_Starred = dict[tuple[bool, bool], list[str]]


def _build(words: Iterable[str]) -> _Trie:
    """The words as a trie of characters; ``""`` marks a word's end."""
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _trie(words: Iterable[str], space: str = _SPACE) -> str:
    """An alternation of literals factored by common prefix.

    Python's regex engine tries the alternatives of a group one by one; a trie makes
    that a one-character dispatch per level, so a list of a thousand phrases costs about
    what one does, and matching stays linear.
    """
    return _emit(_build(words), space)


def _emit(node: _Trie, space: str = _SPACE) -> str:
    """A trie node's regex: one branch per next character, optional at a word's end."""
    branches = [_char(ch, space) + _emit(child, space) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        # A chain of single children stays a run of literals: the same program, but
        # without a group per character, which Python's regex parser took most of the
        # analyzer's build on (a restart's cost, bench/README.md).
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


def _trie_roots(words: Iterable[str], bound: bool, tail: str, space: str = _SPACE) -> list[str]:
    r"""A trie split at its root: one alternative per first character, each a literal.

    ``(?<!\w)(?:a…|b…)(?!\w)`` and ``a(?<!\wa)…(?!\w)|b(?<!\wb)…(?!\w)`` match the
    same text in the same order of tries, but only the second starts every alternative
    with a literal, from which Python's regex engine builds a set of possible first
    characters and skips ahead to them (the left bound is checked after the first
    character: a two-character lookbehind). Only letters and digits start these words.
    """
    root = _build(words)
    alternatives = []
    for ch, child in sorted(root.items()):
        left = rf"(?<!\w{re.escape(ch)})" if bound else ""
        alternatives.append(_char(ch, space) + left + _emit(child, space) + tail)
    return alternatives


def compile_words(words: Iterable[str], suffix: str = "", quoted: bool = False) -> re.Pattern[str]:
    """Compile phrases into one alternation, searched in lower-cased, folded text.

    ``quoted``: a space in a phrase may carry a quote mark at a word edge (`_QUOTED_SPACE`).

    Latin phrases with word characters at both ends share one trie between word bounds;
    CJK phrases share another; word parts share one trie per kind of star ("regel*",
    "*verbot", "*kontrolle*"), each anchored at a word start so that the engine tries
    them only there; the rest ("'s", "-made") are few and listed.
    """
    fold = script_folder().fold
    unique = sorted({fold(w.lower()) for w in words if w})
    if not unique:
        return re.compile(r"(?!x)x")  # matches nothing
    bounded: list[str] = []
    cjk: list[str] = []
    starred: _Starred = {}
    loose: list[str] = []
    for w in unique:
        core = w.strip("*")
        if has_cjk(w):
            (cjk if "*" not in w else loose).append(w)
        elif not core or not (core[0].isalnum() and core[-1].isalnum()) or "*" in core:
            loose.append(w)
        elif "*" in w:
            starred.setdefault((w.startswith("*"), w.endswith("*")), []).append(core)
        else:
            bounded.append(w)
    loose.sort(key=len, reverse=True)
    space = _QUOTED_SPACE if quoted else _SPACE
    if all(w[0].isalnum() for w in loose) and not any(head for head, _ in starred):
        parts = _skipping(bounded, cjk, starred, loose, space)
    else:
        # A word part with any head ("*verbot") or a phrase starting with punctuation
        # ("'s"): the general form.
        parts = _general(bounded, cjk, starred, loose, space)
    return re.compile("(?:" + "|".join(parts) + ")" + suffix)


def _ascii_matchable(word: str) -> bool:
    """Whether a phrase can match in ASCII text: ``’`` compiles to ``['’]`` (`_char`)."""
    return word.replace("’", "'").isascii()


class ScriptWords:
    """`compile_words` of a many-language list, with an ASCII-only twin for ASCII text.

    A phrase with a non-ASCII letter ("préoccupé", "반대") compiles to a literal that
    never matches in ASCII text, yet each such root is tried at every position the
    engine stops at: a list of 385 stance phrases has 48 first characters, its ASCII
    phrases 23 (round 29, issue 11). In an ASCII text (``str.isascii``: O(1) in
    CPython) the twin, compiled from the ASCII phrases alone, runs instead. It finds
    the same match: dropping alternatives that can never match leaves the others in the
    same order (the trie orders branches by character, then the phrase's end).
    """

    __slots__ = ("_ascii", "_full", "_gate")

    def __init__(
        self, words: Iterable[str], suffix: str = "", quoted: bool = False, gated: bool = False
    ) -> None:
        """Compile the list and its ASCII phrases as `compile_words` does.

        ``gated``: `search` first asks a `PartsGate` of the list whether the window
        holds one of its `required_parts` (a list of rare words searched in short
        windows, where most windows hold none: the stance list, round 29).
        """
        fold = script_folder().fold
        words = [w for w in words if w]
        self._full = compile_words(words, suffix, quoted)
        # A phrase is kept by its folded form: the form `compile_words` compiles.
        ascii_words = [w for w in words if _ascii_matchable(fold(w.lower()))]
        self._ascii = compile_words(ascii_words, suffix, quoted)
        self._gate = PartsGate.of(words) if gated else None

    def _for(self, text: str) -> re.Pattern[str]:
        """The pattern for ``text``: the ASCII twin when the text is ASCII."""
        return self._ascii if text.isascii() else self._full

    def search(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        """``re.Pattern.search`` of the list over ``text[pos:endpos]``."""
        gate = self._gate
        # A match's literals lie inside the window (a bound may look before it).
        if gate is not None and not gate.holds_part(text[max(pos, 0) : endpos]):
            return None
        return self._for(text).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        """``re.Pattern.match`` of the list at ``pos``."""
        return self._for(text).match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _MAX) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer`` of the list over ``text[pos:endpos]``."""
        return self._for(text).finditer(text, pos, endpos)


_NOT_LITERAL = re.compile(r"[\s'’*]+")  # what `_char` and the stars make a pattern of


def required_parts(words: Iterable[str]) -> tuple[str, ...] | None:
    """Strings one of which any text that ``compile_words(words)`` matches in must hold.

    For each phrase, its longest run of characters compiled as literals (not a space,
    an apostrophe or a ``*``), folded as `compile_words` folds it: a text (or window)
    holding none of them holds no match, which a few ``str`` searches in C tell faster
    than the regex engine's walk over a long text. None when some phrase has no such
    run (then any text may match).
    """
    fold = script_folder().fold
    parts: set[str] = set()
    for word in {fold(w.lower()) for w in words if w}:
        longest = max(_NOT_LITERAL.split(word), key=len)
        if not longest:
            return None
        parts.add(longest)
    return tuple(sorted(parts))


class PartsGate:
    """Whether a text holds one of `required_parts`: one Aho–Corasick pass over it.

    A list's parts searched one by one with ``in`` cost a full scan each (18 scans of
    every body with a draft for ``disowned_formality_cues``: ~4 % of the core's
    instructions, round 28); the automaton the tagger already uses (``ahocorasick-rs``)
    reads the text once for all of them, ~4x faster over the bench's bodies.
    """

    __slots__ = ("_automaton",)

    def __init__(self, parts: Iterable[str]) -> None:
        """Build the automaton over the parts (non-empty strings)."""
        self._automaton = AhoCorasick(list(parts))

    @classmethod
    def of(cls, words: Iterable[str]) -> PartsGate | None:
        """The gate of a word list, or None when some phrase has no literal part."""
        parts = required_parts(words)
        return None if parts is None else cls(parts)

    def holds_part(self, text: str) -> bool:
        """True when ``text`` holds one of the parts (False: the list matches nowhere in it)."""
        return bool(self._automaton.find_matches_as_indexes(text))


def _general(
    bounded: list[str], cjk: list[str], starred: _Starred, loose: list[str], space: str = _SPACE
) -> list[str]:
    """The alternatives of `compile_words`: one per kind of word, in this order."""
    parts = []
    if bounded:
        parts.append(r"(?<!\w)" + _trie(bounded, space) + r"(?!\w)")
    if cjk:
        parts.append(_trie(cjk, space))
    for (head, tail), cores in sorted(starred.items()):
        parts.append(
            r"(?<!\w)"
            + (r"\w{0,30}?" if head else "")
            + _trie(cores, space)
            + (r"\w{0,24}" if tail else r"(?!\w)")
        )
    parts.extend(phrase_pattern(w, space) for w in loose)
    return parts


def _skipping(
    bounded: list[str], cjk: list[str], starred: _Starred, loose: list[str], space: str = _SPACE
) -> list[str]:
    """`_general`'s alternatives split so that each starts with a literal.

    The same alternatives in the same order, so every search finds the same match; but
    the regex engine skips ahead to a possible first character instead of trying the
    whole pattern at every position (see `_trie_roots`; h16d's profile put Python's
    regex engine at 20 % of the core's instructions, mostly these lists). Only for
    lists without head word parts ("*verbot") and whose phrases start with a letter.
    """
    parts = _trie_roots(bounded, True, r"(?!\w)", space) + _trie_roots(cjk, False, "", space)
    for (_, tail), cores in sorted(starred.items()):
        parts += _trie_roots(cores, True, r"\w{0,24}" if tail else r"(?!\w)", space)
    # `phrase_pattern` puts a left bound after the first character.
    return parts + [phrase_pattern(w, space) for w in loose]


def _word_char(ch: str) -> bool:
    """What a regex word character is: letters and digits of any script, and "_"."""
    return ch.isalnum() or ch == "_"


#: A `WideWords` form: its pattern, and the Latin words' first characters or None (the
#: grouped form: group "b" is the Latin trie).
_Wide = tuple[re.Pattern[str], frozenset[str] | None]


def _wide(unique: list[str]) -> _Wide:
    """`WideWords`'s pattern of folded, unique words (see there)."""
    latin = [w for w in unique if not has_cjk(w)]
    cjk = [w for w in unique if has_cjk(w)]
    latin_first = frozenset(w[0] for w in latin)
    if latin and not latin_first & {w[0] for w in cjk}:
        # Latin roots first, as the grouped form tries the Latin trie first; at any
        # one position only the roots of its character can match, so the first
        # match is the same.
        roots = _trie_roots(latin, False, r"(?!\w)") + _trie_roots(cjk, False, "")
        return re.compile("|".join(roots)), latin_first
    parts = [f"(?P<b>{_trie(latin)})(?!\\w)"] if latin else ["(?P<b>(?!x)x)"]
    if cjk:
        parts.append(_trie(cjk))
    return re.compile("|".join(parts)), None


class WideWords:
    """A plain word list searched over a whole clause or sentence.

    Python's regex engine skips ahead fast only when every alternative of a pattern
    starts with a literal; a left word bound in front of a trie makes it try the trie
    at every position (about 2.3x slower over a 480-character clause). Here the trie
    has no left bound and the few matches are checked in Python: worth it for the
    cue lists searched over whole clauses, not for the few words before a trigger.

    The trie is split at its root (``_trie_roots``), one alternative per first
    character, so that every alternative starts with a literal and the engine skips to
    a possible first character (a named group around the Latin trie, which told the
    Latin matches from the CJK ones, hid that set from it: ~1.5x slower). When no
    first character starts both a Latin and a CJK word, the match's first character
    tells which kind matched; otherwise the grouped form is kept.

    An ASCII text (``str.isascii``, O(1)) is searched with a twin compiled from the
    ASCII words alone, as `ScriptWords` does (round 29): the other words' roots can
    never match in it, yet are tried at every position the engine stops at.
    """

    __slots__ = ("_ascii", "_full")

    def __init__(self, words: Iterable[str]) -> None:
        """Compile the words (no ``*`` word parts: those need their own bounds)."""
        fold = script_folder().fold
        unique = sorted({fold(w.lower()) for w in words if w})
        if any(
            "*" in w or not (w[0].isalnum() and w[-1].isalnum()) for w in unique if not has_cjk(w)
        ):
            raise ValueError("WideWords takes whole words only")
        self._full = _wide(unique)
        self._ascii = _wide([w for w in unique if _ascii_matchable(w)])

    def _form(self, text: str) -> _Wide:
        """The form for ``text``: the ASCII twin when the text is ASCII."""
        return self._ascii if text.isascii() else self._full

    @staticmethod
    def _starts_word(form: _Wide, text: str, found: re.Match[str]) -> bool:
        """Whether ``found`` is a CJK match or a Latin one at the start of a word."""
        latin_first = form[1]
        if latin_first is None:
            start = found.start("b")  # -1: the CJK trie matched
        else:
            start = found.start()
            if text[start] not in latin_first:
                return True  # a CJK word: no bound
        return start <= 0 or not _word_char(text[start - 1])

    def search(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        """The leftmost match in ``text[pos:endpos]`` that starts a word."""
        form = self._form(text)
        pattern = form[0]
        found = pattern.search(text, pos, endpos)
        while found is not None:
            if self._starts_word(form, text, found):
                return found
            found = pattern.search(text, found.start() + 1, endpos)
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = _MAX) -> Iterator[re.Match[str]]:
        """Every match in ``text[pos:endpos]`` that starts a word, left to right."""
        form = self._form(text)
        for found in form[0].finditer(text, pos, endpos):
            if self._starts_word(form, text, found):
                yield found
