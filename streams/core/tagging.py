"""Tag firms, chips, jurisdictions, regulators (and detector keywords) in article text.

One Aho–Corasick pass over the lower-cased text finds every alias and keyword; a few
cheap checks in Python then decide which matches count:

* **Latin token boundaries**: an ASCII letter or digit directly before or after a Latin
  alias means no match (``Intel`` in ``intelligence``, ``H20`` in ``H200``). CJK text
  has no spaces, so CJK ends of an alias are boundary-free (``英伟达H20芯片``).
* **Case rules per alias**: every key is searched in the lower-cased copy of the text
  (same length, so offsets are shared); a match of a case-sensitive alias (acronyms,
  part numbers, ambiguous words such as ``Arm``) then counts only if the original text
  has one of its spellings. One scan instead of one per case rule saves a third of the
  automaton time and the merge of two match lists.
* **Possessives and plurals**: ``Nvidia's`` needs nothing (an apostrophe is a boundary);
  a single ``s`` after a Latin alias is accepted (``H20s`` -> H20, ``H200s`` -> H200).
* **Context for ambiguous aliases**: an alias with ``context`` words (``Apple``,
  ``Amazon``, ``Meta``, ``Arm``) counts only if one of them appears within
  ``CONTEXT_WINDOW`` characters, or if the alias stands directly against CJK text.
* **Both Chinese scripts**: keys are folded to Simplified characters
  (``streams/core/script.py``) and so is the text when it holds a Traditional
  character. Every character that folding changes is itself a key of the automaton (a
  *marker*): Latin and Simplified text never hits one and costs nothing more; a text
  that does is folded (same length, same offsets) and searched again.
* **Longest match wins**: leftmost-longest search, so the accepted matches come out
  sorted and disjoint. Where a longest match is refused by a check, the hidden shorter
  matches inside it are searched again (then sorted and made disjoint greedily), so a
  refusal never hides a valid alias.

Speed (figures in ``bench/README-tagging.md``): the tagger keeps each accepted match
as the automaton's own ``(key, start, end)`` tuple and builds ``Mention`` records (named
tuples) only when ``TagResult.mentions`` is first read; the detector asks
``TagResult.has_keyword`` first, so an article without a trigger word never builds one.

Library choice (measured with the earlier two-pass tagger by
``bench/bench_core_tagging.py --compare`` on 2,000
generated 4 KB articles, full catalog plus the detector lexicon, one core, CPython
3.11; figures in ``bench/README-tagging.md``): the same tagger code ran at 38.8 MB/s on
``ahocorasick-rs`` 1.0.3 and 17.6 MB/s on ``pyahocorasick`` 2.3.1; a raw scan of the
708 catalog keys ran at 125 vs 53 MB/s (all matches) and 135 vs 53 MB/s
(leftmost-longest). ahocorasick-rs returns a text's matches in one call and offers
leftmost-longest matching, so the tagger uses it.
"""

from __future__ import annotations

import bisect
import dataclasses
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind
from pydantic import TypeAdapter

from schemas.article import EntityRef
from schemas.catalog import Alias, Catalog, CatalogEntry
from streams.core.mentions import Mention, MentionType
from streams.core.script import ScriptFolder, script_folder

Field = Literal["title", "body"]

#: Characters either side of an ambiguous alias searched for its context words.
CONTEXT_WINDOW = 250

_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ENTITY_TYPES = ("firm", "chip", "equipment", "jurisdiction", "regulator")


def is_cjk(ch: str) -> bool:
    """Return True for a CJK ideograph, kana or hangul character (text without spaces)."""
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF
        or 0xAC00 <= o <= 0xD7AF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3FFFF
    )


@dataclass(frozen=True, slots=True)
class _Target:
    """What one automaton key stands for, with the checks its matches must pass."""

    name: str
    type: MentionType
    entity_id: str | None
    jurisdiction: str | None
    check_start: bool  # alias starts with an ASCII letter/digit: needs a token boundary
    check_end: bool  # alias ends with an ASCII letter/digit: boundary (or plural s)
    context: AhoCorasick | None  # ambiguous alias: one of these words must be near
    latin: bool  # has a Latin end: may stand directly against CJK text
    exact: frozenset[str] | None = None  # case-sensitive alias: spellings the text may have


def _target(
    entry: CatalogEntry | None,
    alias_text: str,
    context: Sequence[str] | None,
    *,
    name: str,
    type_: MentionType,
    fold: ScriptFolder | None = None,
) -> _Target:
    check_start = alias_text[0] in _ALNUM
    check_end = alias_text[-1] in _ALNUM
    if context and fold is not None:
        context = [fold.fold(w) for w in context]
    return _Target(
        name=name,
        type=type_,
        entity_id=entry.entity_id if entry else None,
        jurisdiction=entry.code if entry else None,
        check_start=check_start,
        check_end=check_end,
        # a small automaton: ~2 µs per window, against ~10 µs for a regex alternation
        context=AhoCorasick([w.lower() for w in context]) if context else None,
        latin=check_start or check_end,
    )


def _spellings(text: str) -> list[str]:
    """The alias as written plus its curly-apostrophe twin (``China's`` / ``China’s``).

    Adding both keys is cheaper than normalising every article's apostrophes.
    """
    if "'" in text:
        return [text, text.replace("'", "\u2019")]
    if "\u2019" in text:
        return [text, text.replace("\u2019", "'")]
    return [text]


# How ``_hits`` checks a key's matches, in ``_Table.flags``. _CJK (CJK at both ends, no
# context) is accepted without any Python check; _LATIN (Latin at both ends, any case, no
# context) and _LATIN_EXACT (the same, case-sensitive) are the common cases and share
# one inlined branch (tested as ``0 < f < _OTHER``); the rest (one Latin end, context
# words, several candidates) goes through ``_Table.accept``. _MARK keys are the
# Traditional characters: a hit means "fold the text and search again".
_CJK, _LATIN, _LATIN_EXACT, _OTHER, _MARK = 0, 1, 2, 3, 4


class _Table:
    """One automaton over the lower-cased text for every key, and what each key means.

    Case-sensitive aliases are searched lower-cased too and then compared with the text
    as written (``_Target.exact``): one scan instead of one per case rule saves about a
    third of the automaton time and the merge of two match lists. Key ``i`` of the
    automaton stands for ``candidates[i]``, tried in order (case-sensitive spellings
    first, as the separate case-sensitive pass used to win ties); ``targets[i]`` is its
    first candidate, and accepted matches of other candidates get ids past the keys.
    """

    __slots__ = (
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

    def __init__(self, keys: dict[str, list[_Target]]) -> None:
        patterns = list(keys)
        self.candidates: list[list[_Target]] = list(keys.values())
        self.targets: list[_Target] = [c[0] for c in self.candidates]
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
        # DFA: the fastest search; the catalog is small, so its memory cost is too.
        self.automaton: AhoCorasick | None = (
            AhoCorasick(patterns, MatchKind.LeftmostLongest, implementation=Implementation.DFA)
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


# What a mention of a target carries: name, type, entity id, jurisdiction, and the group
# it is filed under in ``TagResult.groups`` (its type, or its label for a keyword).
_Info = tuple[str, MentionType, str | None, str | None, str]

# Per text, by the id of an ambiguous alias's context automaton: how many windows were
# searched so far, or the context-word occurrences (start, end) of the whole text (see
# ``_has_context``).
_Memo = dict[int, int | list[tuple[int, int]]]
_WINDOW_SCANS = 4

# A hit: (target id, start, end), offsets into the searched text. Most hits are the very
# tuples the automaton returned (key id == target id), so no new object is made for them.
_Hit = tuple[int, int, int]


class Tagger:
    """Finds catalog entities and detector keywords in titles and bodies.

    Build once per catalog (startup is a few milliseconds) and reuse: ``find`` and
    ``tag`` are pure and thread-safe.
    """

    def __init__(
        self, catalog: Catalog, keywords: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        """Compile the catalog aliases and the keyword phrases into the automaton.

        ``keywords`` maps a label to phrases (case-insensitive, Latin token boundaries,
        CJK boundary-free); a match comes back as ``Mention(type="keyword", name=label)``.
        Where a phrase equals an entity alias, the entity wins; where two labels share
        a phrase, the first label wins.
        """
        self.catalog = catalog
        self.script = fold = script_folder()
        exact: dict[str, dict[str, _Target]] = {}  # lower-cased key -> spelling -> target
        folded: dict[str, _Target] = {}
        #: Keyword phrases equal to a catalog alias: the entity wins, the phrase is lost.
        self.shadowed: dict[str, list[str]] = {}
        for entry in catalog.entries:
            for alias in entry.all_aliases():
                self._add_alias(entry, alias, exact, folded, fold)
        for label, phrases in (keywords or {}).items():
            for phrase in phrases:
                phrase = phrase.strip()
                if not phrase:
                    continue
                # "verbiet*" / "*kontrollen": a word part, open at the starred end.
                open_start, open_end = phrase.startswith("*"), phrase.endswith("*")
                phrase = phrase.strip("*")
                if not phrase:
                    continue
                target = _target(None, phrase, None, name=label, type_="keyword")
                if open_start or open_end:
                    target = dataclasses.replace(
                        target,
                        check_start=target.check_start and not open_start,
                        check_end=target.check_end and not open_end,
                    )
                for spelling in _spellings(fold.fold(_lower_same_length(phrase))):
                    owner = folded.get(spelling)
                    if (owner is not None and owner.type != "keyword") or spelling in exact:
                        self.shadowed.setdefault(label, []).append(phrase)
                    folded.setdefault(spelling, target)
        marker = _Target("", "marker", None, None, False, False, None, False)
        for ch in fold.chars:
            folded.setdefault(ch, marker)
        keys: dict[str, list[_Target]] = {}
        for key, spellings in exact.items():
            loose = folded.get(key)
            # "NVIDIA" (case-sensitive) next to "Nvidia" (any case) of the same entry:
            # the case-insensitive key already yields the same mention, so the
            # case-sensitive one would only add a string comparison per match.
            # Spellings of one target ("Intel", "INTEL") share one candidate.
            merged: dict[_Target, set[str]] = {}
            for spelling, t in spellings.items():
                if t != loose:
                    merged.setdefault(t, set()).add(spelling)
            keys[key] = [
                dataclasses.replace(t, exact=frozenset(words)) for t, words in merged.items()
            ]
        for key, target in folded.items():
            keys.setdefault(key, []).append(target)
        self._table = _Table(keys)
        labels: dict[str, set[int]] = {}
        for tid, t in enumerate(self._table.targets):
            if t.type == "keyword":
                labels.setdefault(t.name, set()).add(tid)
        self._labels: dict[str, frozenset[int]] = {k: frozenset(v) for k, v in labels.items()}
        # What a mention of each target carries, unpacked in one step when it is built
        # (cheaper than four attribute reads), and its group for ``TagResult.groups``.
        self._info: list[_Info] = [
            (t.name, t.type, t.entity_id, t.jurisdiction, t.name if t.type == "keyword" else t.type)
            for t in self._table.targets
        ]

    @staticmethod
    def _add_alias(
        entry: CatalogEntry,
        alias: Alias,
        exact: dict[str, dict[str, _Target]],
        folded: dict[str, _Target],
        fold: ScriptFolder,
    ) -> None:
        target = _target(
            entry, alias.text, alias.context, name=entry.name, type_=entry.type, fold=fold
        )
        text = fold.fold(alias.text)
        if alias.is_case_sensitive():
            for spelling in _spellings(text):
                key = _lower_same_length(spelling)
                exact.setdefault(key, {})[spelling] = target
        else:
            for spelling in _spellings(_lower_same_length(text)):
                folded[spelling] = target

    def find(self, text: str, field: Field = "body") -> list[Mention]:
        """Return the mentions in one text, sorted by start, non-overlapping, longest wins.

        Offsets index ``text`` itself, so ``m.text == text[m.start:m.end]``.
        """
        _, hits = self._search(text, _lower_same_length(text), ())
        return _mentions(self._info, text, hits, field, None)

    def tag(self, title: str, body: str) -> TagResult:
        """Tag an article: mentions of title and body, and the entities they resolve to.

        A body paragraph (split on newlines) that repeats an earlier paragraph verbatim
        contributes no mentions, so syndicated copies that paste text twice count once.
        The result keeps compact hits; ``Mention`` objects are built on first use.
        """
        low_title, title_hits = self._search(title, _lower_same_length(title), ())
        low_body, body_hits = self._search(
            body, _lower_same_length(body), repeated_paragraphs(body)
        )
        return TagResult(
            title, body, title_hits, body_hits, self._info, self._labels, low_title, low_body
        )

    def _search(
        self, text: str, lowered: str, skip: Sequence[tuple[int, int]]
    ) -> tuple[str, list[_Hit]]:
        """The searched (lower-cased, script-folded) text and its accepted hits.

        Text with a Traditional character is folded and searched again: both copies keep
        the original's length, so the hits' offsets index ``text`` as sent.
        """
        hits = self._hits(text, lowered, skip)
        if hits is not None:
            return lowered, hits
        fold = self.script.fold
        lowered = fold(lowered)
        hits = self._hits(fold(text), lowered, skip)
        assert hits is not None  # folded text holds no marker character
        return lowered, hits

    def _hits(self, text: str, lowered: str, skip: Sequence[tuple[int, int]]) -> list[_Hit] | None:
        """Accepted hits of one text, sorted, non-overlapping, none starting in ``skip``.

        ``None`` when the text holds a Traditional character: fold it and search again.

        The boundary checks of ``_accept`` are inlined for the common key kinds: this
        loop runs once per raw match and is most of the tagger's time after the
        automaton itself.
        """
        p = self._table
        if not text or p.automaton is None:
            return []
        matches = p.automaton.find_matches_as_indexes(lowered)
        if not matches:
            return []
        flags = p.flags
        exact = p.exact
        inner = p.inner
        alnum = _ALNUM
        n = len(text)
        hits: list[_Hit] = []
        append = hits.append
        rescanned = False
        memo: _Memo = {}  # context-word occurrences of this text, per ambiguous alias
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
                        rescanned = (
                            _rescan(p, idx, text, lowered, start, end, hits, memo) or rescanned
                        )
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
            hits = [h for h in hits if not _inside(h[1], skip)]
        return hits


def _non_overlapping(hits: list[_Hit]) -> list[_Hit]:
    """Sort hits leftmost, then longest first, and keep a greedy non-overlapping run.

    Needed only after a rescan: the automaton's own leftmost-longest matches are already
    sorted and disjoint. Python's sort is stable, so of two equal spans the one found
    first (the automaton's) wins.
    """
    hits.sort(key=lambda h: (h[1], -h[2]))
    out: list[_Hit] = []
    last_end = -1
    for h in hits:
        if h[1] >= last_end:
            out.append(h)
            last_end = h[2]
    return out


def _rescan(
    p: _Table,
    idx: int,
    text: str,
    lowered: str,
    start: int,
    end: int,
    out: list[_Hit],
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


def _accept(t: _Target, text: str, lowered: str, start: int, end: int, n: int, memo: _Memo) -> bool:
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


def _has_context(t: _Target, lowered: str, start: int, end: int, n: int, memo: _Memo) -> bool:
    """Whether an ambiguous alias has one of its context words nearby.

    The first few mentions of an alias in a text search their own window (about 2 µs
    for 500 characters); from the fifth on, the context words of the whole text are
    searched once (about 13 µs for 4 KB, kept in ``memo``) and each mention looks for
    one inside its window by bisection. Most articles name "Amazon" once or twice.
    """
    # A Latin word set directly in CJK text ("Meta公司") is a name, not a word.
    if t.latin and ((start and is_cjk(lowered[start - 1])) or (end < n and is_cjk(lowered[end]))):
        return True
    assert t.context is not None
    lo = max(0, start - CONTEXT_WINDOW)
    hi = min(n, end + CONTEXT_WINDOW)
    key = id(t.context)
    found = memo.get(key, 0)
    if isinstance(found, int):
        if found < _WINDOW_SCANS:
            memo[key] = found + 1
            # Any match of the window's own text lies wholly inside it.
            return bool(t.context.find_matches_as_indexes(lowered[lo:hi]))
        found = sorted(
            (s, e) for _, s, e in t.context.find_matches_as_indexes(lowered, overlapping=True)
        )
        memo[key] = found
    # Any occurrence lying wholly inside [lo, hi), as a search of that window would find.
    for i in range(bisect.bisect_left(found, (lo, -1)), len(found)):
        s, e = found[i]
        if s >= hi:
            break
        if e <= hi:
            return True
    return False


def _lower_same_length(text: str) -> str:
    """Lower-case ``text`` keeping every offset (a few characters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)


def _mentions(
    info: Sequence[_Info],
    text: str,
    hits: list[_Hit],
    field: Field,
    groups: dict[str, list[Mention]] | None,
) -> list[Mention]:
    """Build the ``Mention`` records of one field's hits (one tuple each, see Mention).

    With ``groups``, also file each mention under its group (type, or keyword label).
    """
    new = _new_tuple
    cls = Mention
    out: list[Mention] = []
    append = out.append
    if groups is None:
        for tid, start, end in hits:
            name, type_, entity_id, jurisdiction, _ = info[tid]
            append(
                new(cls, (name, type_, field, start, end, text[start:end], entity_id, jurisdiction))
            )
        return out
    for tid, start, end in hits:
        name, type_, entity_id, jurisdiction, group = info[tid]
        m = new(cls, (name, type_, field, start, end, text[start:end], entity_id, jurisdiction))
        append(m)
        same = groups.get(group)
        if same is None:
            groups[group] = [m]
        else:
            same.append(m)
    return out


def _mention(
    name: str,
    type_: MentionType,
    field: Field,
    start: int,
    end: int,
    text: str,
    entity_id: str | None,
    jurisdiction: str | None,
) -> Mention:
    """Build a ``Mention`` through ``tuple.__new__``.

    The same record, without the argument handling of the named tuple's own ``__new__``.
    """
    return _new_tuple(Mention, (name, type_, field, start, end, text, entity_id, jurisdiction))


_new_tuple = tuple.__new__
_FIRST = operator.itemgetter(0)


def repeated_paragraphs(body: str) -> list[tuple[int, int]]:
    """Return ``[start, end)`` ranges of body paragraphs that repeat an earlier one verbatim.

    Paragraphs are split on newlines and compared without surrounding whitespace;
    blank lines never count as repeats.
    """
    if "\n" not in body:
        return []
    lines = body.split("\n")
    keys = [line.strip() for line in lines]
    distinct = set(keys)
    distinct.discard("")
    # Most articles repeat nothing: counting distinct non-blank paragraphs (all in C)
    # decides that without the offset walk below.
    if len(distinct) == len(keys) - keys.count(""):
        return []
    seen: set[str] = set()
    ranges: list[tuple[int, int]] = []
    pos = 0
    for line, key in zip(lines, keys, strict=True):
        end = pos + len(line)
        if key:
            if key in seen:
                ranges.append((pos, end))
            else:
                seen.add(key)
        pos = end + 1
    return ranges


def _inside(offset: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in ranges)


_ENTITY_LIST: TypeAdapter[list[EntityRef]] = TypeAdapter(list[EntityRef])


class TagResult:
    """The tagger's answer for one article.

    ``mentions`` holds every mention (keywords and persons included) in title then body
    order, with spans in the original title/body and repeated paragraphs left out.
    ``entities`` resolves them to firms, chips, jurisdictions and regulators.

    The tagger hands over compact hits (target id, start, end) and both are built on
    first access, then cached: building a ``Mention`` costs about as much as finding
    it, and most articles (no trigger word) never need one in the detector.
    """

    __slots__ = (
        "__dict__",
        "_body_hits",
        "_info",
        "_labels",
        "_title_hits",
        "body",
        "low_body",
        "low_title",
        "title",
    )

    def __init__(
        self,
        title: str,
        body: str,
        title_hits: list[_Hit],
        body_hits: list[_Hit],
        info: Sequence[_Info],
        labels: Mapping[str, frozenset[int]],
        low_title: str,
        low_body: str,
    ) -> None:
        """Keep the texts, their hits and the tagger's target table (internal).

        ``low_title``/``low_body`` are the lower-cased texts the tagger searched (same
        length, same offsets), kept so that the detector need not lower-case again.
        """
        self.title = title
        self.body = body
        self.low_title = low_title
        self.low_body = low_body
        self._title_hits = title_hits
        self._body_hits = body_hits
        self._info = info
        self._labels = labels

    def has_keyword(self, label: str) -> bool:
        """Whether any keyword mention of ``label`` was found, without building mentions."""
        ids = self._labels.get(label)
        if not ids:
            return False
        # Set membership over the hits' first items, all in C: this runs for every article.
        return not (
            ids.isdisjoint(map(_FIRST, self._title_hits))
            and ids.isdisjoint(map(_FIRST, self._body_hits))
        )

    @cached_property
    def _built(self) -> tuple[list[Mention], dict[str, list[Mention]], dict[str, list[Mention]]]:
        """All mentions, and each field's mentions by group, built in one loop."""
        title_groups: dict[str, list[Mention]] = {}
        body_groups: dict[str, list[Mention]] = {}
        out = _mentions(self._info, self.title, self._title_hits, "title", title_groups)
        out.extend(_mentions(self._info, self.body, self._body_hits, "body", body_groups))
        return out, title_groups, body_groups

    @property
    def mentions(self) -> list[Mention]:
        """Every mention, title first, each field's in order of start."""
        return self._built[0]

    def groups(self, field: Field) -> Mapping[str, list[Mention]]:
        """One field's mentions by entity type, keywords by label; each list by start.

        Shared with the result (do not modify): the detector reads its triggers, chips,
        firms and actors from here instead of sorting the mention list out itself.
        """
        return self._built[1] if field == "title" else self._built[2]

    @cached_property
    def entities(self) -> list[EntityRef]:
        """Firms, chips, jurisdictions and regulators, in order of first mention.

        Built on first access, then cached. All of an article's entities are validated
        in one call of a ``TypeAdapter`` over plain dicts: pydantic-core then builds
        the nested ``Span`` models itself, about 2.3x faster than one ``Span(...)`` call
        per mention (and ``model_construct`` is slower still in pydantic 2: it runs in
        Python).
        """
        # Straight from the compact hits: no Mention records needed for the output.
        grouped: dict[tuple[str, str], tuple[str | None, list[dict[str, object]]]] = {}
        entity_types = _ENTITY_TYPES
        info = self._info
        for field, text, hits in (
            ("title", self.title, self._title_hits),
            ("body", self.body, self._body_hits),
        ):
            for tid, start, end in hits:
                name, type_, entity_id, _, _ = info[tid]
                if type_ not in entity_types:
                    continue
                span = {"field": field, "start": start, "end": end, "text": text[start:end]}
                entry = grouped.get((type_, name))
                if entry is None:
                    grouped[(type_, name)] = (entity_id, [span])
                else:
                    entry[1].append(span)
        if not grouped:
            return []
        return _ENTITY_LIST.validate_python(
            [
                {
                    "name": name,
                    "type": type_,
                    "id": entity_id,
                    "mentions": len(spans),
                    "spans": spans,
                }
                for (type_, name), (entity_id, spans) in grouped.items()
            ]
        )

    def of_type(self, t: str) -> list[EntityRef]:
        """Return the entities of one type (``firm``, ``chip``, ``jurisdiction``, ``regulator``)."""
        return [e for e in self.entities if e.type == t]

    def names(self, t: str) -> list[str]:
        """Return the canonical names of one entity type, in order of first mention."""
        return [e.name for e in self.of_type(t)]
