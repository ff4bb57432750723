"""The tagger's automaton and the checks its raw matches must pass.

``Table`` compiles every alias and keyword into one leftmost-longest Aho–Corasick
automaton over lower-cased text and records, per key, which checks a match needs
(``tagging.py`` explains the rules: token boundaries, case, plurals, context words,
script folding markers). ``hits`` runs the automaton over one text and applies the
checks; the rest of this module are the checks themselves. ``Tagger`` builds the table
(``tagging.py``), ``TagResult`` keeps the accepted hits (``tag_result.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation, MatchKind

from schemas.catalog import CatalogEntry
from streams.core.mentions import MentionType
from streams.core.script import ScriptFolder

__all__ = [
    "CONTEXT_WINDOW",
    "Hit",
    "Table",
    "Target",
    "declension_variants",
    "find_hits",
    "is_cjk",
    "lower_same_length",
    "make_target",
    "spelling_variants",
]

_CJK_FLOOR = "\u2e80"
#: Characters either side of an ambiguous alias searched for its context words.
CONTEXT_WINDOW = 250

# Letters and digits that continue a Latin word: ASCII and the accented letters of the
# European languages ("Japon" is not inside "japonés", nor "Chin" inside "chinês").
_ALNUM = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    + "".join(chr(c) for c in range(0xC0, 0x180) if chr(c).isalpha())
)


def is_cjk(ch: str) -> bool:
    """Return True for a CJK ideograph, kana or hangul character (text without spaces)."""
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF
        or 0xAC00 <= o <= 0xD7AF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3FFFF
    )


class ContextWords:
    """The context words of one ambiguous alias, and where a text has them.

    Two small automata over the same words: one for ASCII text as bytes and one for any
    other text. The ``str`` automaton maps every byte offset of its haystack to a
    character offset on each call (a table as long as the haystack); on ASCII text the
    bytes search finds the same matches without it.
    """

    __slots__ = ("_bytes", "_text")

    def __init__(self, words: Sequence[str]) -> None:
        """Compile ``words`` (lower-cased and folded as the searched text is)."""
        self._text = AhoCorasick(list(words))
        self._bytes = BytesAhoCorasick([w.encode("utf-8") for w in words])

    def near(self, lowered: str, encoded: bytes | None, lo: int, hi: int) -> bool:
        """Whether a context word lies wholly inside ``lowered[lo:hi]``.

        ``encoded`` is ``lowered`` as ASCII bytes, or None when it is not ASCII. Any
        occurrence in the window makes the search of the window find a match.
        """
        if encoded is not None:
            return bool(self._bytes.find_matches_as_indexes(encoded[lo:hi]))
        return bool(self._text.find_matches_as_indexes(lowered[lo:hi]))


@dataclass(frozen=True, slots=True)
class Target:
    """What one automaton key stands for, with the checks its matches must pass."""

    name: str
    type: MentionType
    entity_id: str | None
    jurisdiction: str | None
    check_start: bool  # alias starts with an ASCII letter/digit: needs a token boundary
    check_end: bool  # alias ends with an ASCII letter/digit: boundary (or plural s)
    context: ContextWords | None  # ambiguous alias: one of these words must be near
    latin: bool  # has a Latin end: may stand directly against CJK text
    exact: frozenset[str] | None = None  # case-sensitive alias: spellings the text may have


def make_target(
    entry: CatalogEntry | None,
    alias_text: str,
    context: Sequence[str] | None,
    *,
    name: str,
    type_: MentionType,
    fold: ScriptFolder | None = None,
) -> Target:
    """What one alias or keyword stands for, with the checks its matches need."""
    check_start = alias_text[0] in _ALNUM
    check_end = alias_text[-1] in _ALNUM
    if context and fold is not None:
        context = [fold.fold(w) for w in context]
    return Target(
        name=name,
        type=type_,
        entity_id=entry.entity_id if entry else None,
        jurisdiction=entry.code if entry else None,
        check_start=check_start,
        check_end=check_end,
        # a small automaton: ~2 µs per window, against ~10 µs for a regex alternation
        context=ContextWords([w.lower() for w in context]) if context else None,
        # A bare number is no name even set in CJK text ("960万"): it keeps its context.
        latin=(check_start or check_end) and not alias_text.isdigit(),
    )


def spelling_variants(text: str) -> list[str]:
    """The alias as written plus its curly-apostrophe twin (``China's`` / ``China’s``).

    Adding both keys is cheaper than normalising every article's apostrophes.
    """
    if "'" in text:
        return [text, text.replace("'", "\u2019")]
    if "\u2019" in text:
        return [text, text.replace("\u2019", "'")]
    return [text]


# A German attributive adjective before a capitalised noun ("niederländische Regierung").
_DE_ADJECTIVE_E = re.compile(r"\b(\w+e)( [A-ZÄÖÜ])")


def declension_variants(text: str, lang: str | None) -> list[str]:
    """A German alias's adjective in its other endings: ``-e`` as written, ``-en``, ``-er``.

    The catalog writes the nominative ("die niederländische Regierung"), but the dative,
    genitive and the noun after an indefinite article change the ending ("von der
    niederländischen Regierung", "einer chinesischer Behörde" is wrong but "chinesischer
    Behörden" is not). Generating the two other endings once at build time keeps the
    catalog to one spelling per name and costs no per-article work. Other languages and
    aliases with no such adjective come back as written.
    """
    if lang != "de" or _DE_ADJECTIVE_E.search(text) is None:
        return [text]
    return [text, *(_DE_ADJECTIVE_E.sub(rf"\1{end}\2", text) for end in ("n", "r"))]


# How ``_hits`` checks a key's matches, in ``Table.flags``. _CJK (CJK at both ends, no
# context) is accepted without any Python check; _LATIN (Latin at both ends, any case, no
# context) and _LATIN_EXACT (the same, case-sensitive) are the common cases and share
# one inlined branch (tested as ``0 < f < _OTHER``); the rest (one Latin end, context
# words, several candidates) goes through ``Table.accept``. _MARK keys are the
# Traditional characters: a hit means "fold the text and search again".
_CJK, _LATIN, _LATIN_EXACT, _OTHER, _MARK = 0, 1, 2, 3, 4


class Table:
    """One automaton over the lower-cased text for every key, and what each key means.

    Case-sensitive aliases are searched lower-cased too and then compared with the text
    as written (``Target.exact``): one scan instead of one per case rule saves about a
    third of the automaton time and the merge of two match lists. Key ``i`` of the
    automaton stands for ``candidates[i]``, tried in order (case-sensitive spellings
    first, as the separate case-sensitive pass used to win ties); ``targets[i]`` is its
    first candidate, and accepted matches of other candidates get ids past the keys.
    """

    __slots__ = (
        "ascii_automaton",
        "automaton",
        "candidates",
        "exact",
        "flags",
        "hides",
        "ids",
        "inner",
        "max_len",
        "overlapping",
        "targets",
    )

    def __init__(self, keys: dict[str, list[Target]]) -> None:
        patterns = list(keys)
        self.candidates: list[list[Target]] = list(keys.values())
        self.targets: list[Target] = [c[0] for c in self.candidates]
        # Ids of later candidates of multi-candidate keys, past the keys' own ids.
        self.ids: dict[int, int] = {}
        for cands in self.candidates:
            for extra in cands[1:]:
                self.ids[id(extra)] = len(self.targets)
                self.targets.append(extra)
        self.flags: list[int] = [
            _MARK
            if c[0].type == "marker"
            else _OTHER
            if len(c) > 1 or c[0].context is not None or c[0].check_start != c[0].check_end
            else (_CJK if c[0].exact is None else _OTHER)
            if not c[0].check_start
            else _LATIN_EXACT
            if c[0].exact is not None
            else _LATIN
            for c in self.candidates
        ]
        self.exact: list[frozenset[str] | None] = [c[0].exact for c in self.candidates]
        self.max_len = max((len(k) for k in patterns), default=0)
        # Whether refusing a match of this key could hide a valid match inside it: only
        # if another key is a proper prefix of it, or it has a character where another
        # key could start after a boundary (space, hyphen, dot, CJK). Pure alphanumeric
        # keys such as "japan" (refused in "japanese") need no second search: a key
        # starting inside them would be refused by its own start boundary.
        prefixes = set(patterns)
        self.inner: list[bool] = [any(c not in _ALNUM for c in key) for key in patterns]
        self.hides: list[bool] = [
            inner or any(key[:i] in prefixes for i in range(1, len(key)))
            for key, inner in zip(patterns, self.inner, strict=True)
        ]
        # A contiguous NFA, not a DFA, for any text: over all ~15,000 keys a DFA took
        # 37 MB of every worker's memory for a search ~7 % faster than the NFA's 5 MB.
        kind = Implementation.ContiguousNFA
        self.automaton: AhoCorasick | None = (
            AhoCorasick(patterns, MatchKind.LeftmostLongest, implementation=kind)
            if patterns
            else None
        )
        # ASCII text (most bodies, nearly all titles) is searched as bytes, without the
        # table of character offsets the ``str`` automaton makes per call, by a DFA over
        # the ASCII keys only: a key with a byte past ASCII cannot match ASCII text, so
        # each such key is one byte no ASCII text holds (its id kept, the matches and
        # offsets the same). Half the keys are CJK or accented: without them the DFA
        # takes ~6 MB and searches ~35 % faster than the NFA over every key
        # (bench/README.md, "A faster core", round 7).
        self.ascii_automaton: BytesAhoCorasick | None = (
            BytesAhoCorasick(
                [k.encode("ascii") if k.isascii() else _NO_ASCII for k in patterns],
                MatchKind.LeftmostLongest,
                implementation=Implementation.DFA,
            )
            if patterns
            else None
        )
        # Second search for refused matches that may hide others: every key, everywhere.
        self.overlapping: AhoCorasick | None = (
            AhoCorasick(patterns, MatchKind.Standard) if patterns else None
        )

    def accept(self, idx: int, text: str, lowered: str, start: int, end: int, memo: _Memo) -> int:
        """Target id of the first candidate of key ``idx`` that this match satisfies, or -1."""
        n = len(text)
        for i, t in enumerate(self.candidates[idx]):
            if (t.exact is None or text[start:end] in t.exact) and _accept(
                t, text, lowered, start, end, n, memo
            ):
                return self.ids[id(t)] if i else idx
        return -1


class _Memo:
    """What the checks of one text share: the text as ASCII bytes, once a check needed it.

    ``encoded`` is ``b""`` when the text is not ASCII, None until first needed.
    """

    __slots__ = ("encoded",)

    def __init__(self) -> None:
        self.encoded: bytes | None = None


# What a key that cannot match ASCII text becomes in the ASCII automaton: a byte that no
# ASCII text holds (so its id and every other key's stay where they were).
_NO_ASCII = b"\xff"

# A hit: (target id, start, end), offsets into the searched text. Most hits are the very
# tuples the automaton returned (key id == target id), so no new object is made for them.
Hit = tuple[int, int, int]


def find_hits(
    p: Table, text: str, lowered: str, skip: Sequence[tuple[int, int]]
) -> list[Hit] | None:
    """Accepted hits of one text, sorted, non-overlapping, none starting in ``skip``.

    ``None`` when the text holds a Traditional character: fold it and search again.

    The boundary checks of ``_accept`` are inlined for the common key kinds: this
    loop runs once per raw match and is most of the tagger's time after the
    automaton itself.
    """
    if not text or p.automaton is None or p.ascii_automaton is None:
        return []
    memo = _Memo()  # what the context checks of this text share
    if lowered.isascii():
        memo.encoded = lowered.encode("ascii")
        matches = p.ascii_automaton.find_matches_as_indexes(memo.encoded)
    else:
        memo.encoded = b""
        matches = p.automaton.find_matches_as_indexes(lowered)
    if not matches:
        return []
    flags = p.flags
    exact = p.exact
    inner = p.inner
    alnum = _ALNUM
    n = len(text)
    hits: list[Hit] = []
    append = hits.append
    rescanned = False
    other, latin = _OTHER, _LATIN  # locals: no global look-up per match
    for m in matches:
        idx, start, end = m
        f = flags[idx]
        if 0 < f < other:
            # Latin alias or keyword: a letter or digit on either side refuses it,
            # except a plural "s" that is itself followed by a boundary ("H20s").
            # The boundaries are tested before the case: most refusals are short
            # case-sensitive keys inside words ("us" in "business").
            if start and text[start - 1] in alnum:
                # Refused at its start: a hidden key could only start after a
                # non-alphanumeric character inside this one ("ustr" in "industry"
                # hides nothing; its prefix "us" fails the same start check).
                if inner[idx]:
                    rescanned = _rescan(p, idx, text, lowered, start, end, hits, memo) or rescanned
                continue
            if not (
                (
                    end < n
                    and text[end] in alnum
                    and (lowered[end] != "s" or (end + 1 < n and text[end + 1] in alnum))
                )
                or (f != latin and text[start:end] not in exact[idx])  # type: ignore[operator]
            ):
                append(m)
                continue
        elif not f:
            append(m)  # CJK: no boundary to check
            continue
        elif f == _MARK:
            return None
        else:
            tid = p.accept(idx, text, lowered, start, end, memo)
            if tid >= 0:
                append(m if tid == idx else (tid, start, end))
                continue
        if p.hides[idx]:
            rescanned = _rescan(p, idx, text, lowered, start, end, hits, memo) or rescanned
    if rescanned:
        hits = _non_overlapping(hits)
    if skip:
        hits = _outside(hits, skip)
    return hits


def _non_overlapping(hits: list[Hit]) -> list[Hit]:
    """Sort hits leftmost, then longest first, and keep a greedy non-overlapping run.

    Needed only after a rescan: the automaton's own leftmost-longest matches are already
    sorted and disjoint. Python's sort is stable, so of two equal spans the one found
    first (the automaton's) wins.
    """
    hits.sort(key=lambda h: (h[1], -h[2]))
    out: list[Hit] = []
    last_end = -1
    for h in hits:
        if h[1] >= last_end:
            out.append(h)
            last_end = h[2]
    return out


def _rescan(
    p: Table,
    idx: int,
    text: str,
    lowered: str,
    start: int,
    end: int,
    out: list[Hit],
    memo: _Memo,
) -> bool:
    """Search a refused match again for hidden shorter matches that start inside it.

    Example: "Taiwan Semiconductor Manufacturing Co" is refused in "... Manufacturing
    Corporation", but "Taiwan Semiconductor Manufacturing" inside it is valid. Returns
    whether anything was added.
    """
    assert p.overlapping is not None  # built together with p.automaton
    n = len(text)
    window = lowered[start : min(n, end + p.max_len)]
    added = False
    for key, s, e in p.overlapping.find_matches_as_indexes(window, overlapping=True):
        s += start
        e += start
        if s >= end or (s == start and e == end):
            continue  # not hidden by the refused match, or the refused match itself
        tid = p.accept(key, text, lowered, s, e, memo)
        if tid >= 0:
            out.append((tid, s, e))
            added = True
    return added


def _accept(t: Target, text: str, lowered: str, start: int, end: int, n: int, memo: _Memo) -> bool:
    """Apply boundary, plural and context checks to one raw match (see ``_hits``)."""
    if t.check_start and start and text[start - 1] in _ALNUM:
        return False
    # After the alias, a plural "s" is fine ("H20s", "TPUs"); any longer word is not.
    if (
        t.check_end
        and end < n
        and text[end] in _ALNUM
        and (lowered[end] != "s" or (end + 1 < n and text[end + 1] in _ALNUM))
    ):
        return False
    return t.context is None or _has_context(t, lowered, start, end, n, memo)


def _has_context(t: Target, lowered: str, start: int, end: int, n: int, memo: _Memo) -> bool:
    """Whether an ambiguous alias has one of its context words nearby.

    Nearby: wholly inside ``CONTEXT_WINDOW`` characters either side of the mention. The
    window is searched, not the whole text: most articles name an ambiguous alias once
    or twice, and a 500-character window as ASCII bytes costs about a sixth of a search
    of a 4 KB body (which earlier versions made once per text and alias, then bisected).
    """
    # A Latin word set directly in CJK text ("Meta公司") is a name, not a word.
    if t.latin:
        # CJK code points are all above U+2E80: ASCII neighbours cost no call.
        before = lowered[start - 1] if start else " "
        after = lowered[end] if end < n else " "
        if (before >= _CJK_FLOOR and is_cjk(before)) or (after >= _CJK_FLOOR and is_cjk(after)):
            return True
    assert t.context is not None
    encoded = memo.encoded
    if encoded is None:  # once per text
        encoded = memo.encoded = lowered.encode("ascii") if lowered.isascii() else b""
    lo = max(0, start - CONTEXT_WINDOW)
    hi = min(n, end + CONTEXT_WINDOW)
    return t.context.near(lowered, encoded or None, lo, hi)


def lower_same_length(text: str) -> str:
    """Lower-case ``text`` keeping every offset (a few characters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)


def _outside(hits: list[Hit], ranges: Sequence[tuple[int, int]]) -> list[Hit]:
    """The hits (sorted by start) that start in none of ``ranges`` (sorted): one walk."""
    out: list[Hit] = []
    i, count = 0, len(ranges)
    for hit in hits:
        start = hit[1]
        while i < count and ranges[i][1] <= start:
            i += 1
        if i == count or start < ranges[i][0]:
            out.append(hit)
    return out
