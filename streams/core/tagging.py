"""Tag firms, chips, jurisdictions, regulators (and detector keywords) in article text.

One Aho–Corasick pass per case rule finds every alias; a few cheap checks in Python
then decide which matches count:

* **Latin token boundaries**: an ASCII letter or digit directly before or after a Latin
  alias means no match (``Intel`` in ``intelligence``, ``H20`` in ``H200``). CJK text
  has no spaces, so CJK ends of an alias are boundary-free (``英伟达H20芯片``).
* **Case rules per alias**: case-sensitive aliases (acronyms, part numbers, and
  ambiguous words such as ``Arm``) are searched in the original text, the others in
  its lower-cased copy (same length, so offsets are shared).
* **Possessives and plurals**: ``Nvidia's`` needs nothing (an apostrophe is a boundary);
  a single ``s`` after a Latin alias is accepted (``H20s`` -> H20, ``H200s`` -> H200).
* **Context for ambiguous aliases**: an alias with ``context`` words (``Apple``,
  ``Amazon``, ``Meta``, ``Arm``) counts only if one of them appears within
  ``CONTEXT_WINDOW`` characters, or if the alias stands directly against CJK text.
* **Longest match wins**: leftmost-longest search, then a greedy non-overlapping
  selection over both passes. Where a longest match is refused by a check, the hidden
  shorter matches inside it are searched again, so a refusal never hides a valid alias.

Library choice (measured by ``bench/bench_core_tagging.py --compare`` on 2,000
generated 4 KB articles, full catalog plus the detector lexicon, one core, CPython
3.11; figures in ``bench/README-tagging.md``): the same tagger code ran at 38.8 MB/s on
``ahocorasick-rs`` 1.0.3 and 17.6 MB/s on ``pyahocorasick`` 2.3.1; a raw scan of the
708 catalog keys ran at 125 vs 53 MB/s (all matches) and 135 vs 53 MB/s
(leftmost-longest). ahocorasick-rs returns a text's matches in one call and offers
leftmost-longest matching, so the tagger uses it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from schemas.article import EntityRef, Span
from schemas.catalog import Alias, Catalog, CatalogEntry
from streams.core.mentions import Mention, MentionType

Field = Literal["title", "body"]

#: Characters either side of an ambiguous alias searched for its context words.
CONTEXT_WINDOW = 250

_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ENTITY_TYPES = ("firm", "chip", "jurisdiction", "regulator")


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


def _target(
    entry: CatalogEntry | None,
    alias_text: str,
    context: Sequence[str] | None,
    *,
    name: str,
    type_: MentionType,
) -> _Target:
    check_start = alias_text[0] in _ALNUM
    check_end = alias_text[-1] in _ALNUM
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


class _Pass:
    """One automaton (case-sensitive or case-insensitive keys) and its targets."""

    __slots__ = ("automaton", "hides", "max_len", "overlapping", "targets")

    def __init__(self, keys: dict[str, _Target]) -> None:
        self.targets: list[_Target] = list(keys.values())
        patterns = list(keys)
        self.max_len = max((len(k) for k in patterns), default=0)
        # Whether refusing a match of this key could hide a valid match inside it: only
        # if another key is a proper prefix of it, or it has a character where another
        # key could start after a boundary (space, hyphen, dot, CJK). Pure alphanumeric
        # keys such as "japan" (refused in "japanese") need no second search.
        prefixes = set(patterns)
        self.hides: list[bool] = [
            any(c not in _ALNUM for c in key)
            or any(key[:i] in prefixes for i in range(1, len(key)))
            for key in patterns
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


# A raw hit: (start, -end, sequence, target). Sorting puts the leftmost, then longest
# first; the sequence number breaks ties (case-sensitive pass first) without ever
# comparing targets.
_Hit = tuple[int, int, int, _Target]


class Tagger:
    """Finds catalog entities and detector keywords in titles and bodies.

    Build once per catalog (startup is a few milliseconds) and reuse: ``find`` and
    ``tag`` are pure and thread-safe.
    """

    def __init__(
        self, catalog: Catalog, keywords: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        """Compile the catalog aliases and the keyword phrases into the automata.

        ``keywords`` maps a label to phrases (case-insensitive, Latin token boundaries,
        CJK boundary-free); a match comes back as ``Mention(type="keyword", name=label)``.
        Where a phrase equals an entity alias, the entity wins; where two labels share
        a phrase, the first label wins.
        """
        self.catalog = catalog
        exact: dict[str, _Target] = {}
        folded: dict[str, _Target] = {}
        for entry in catalog.entries:
            for alias in entry.all_aliases():
                self._add_alias(entry, alias, exact, folded)
        for label, phrases in (keywords or {}).items():
            for phrase in phrases:
                phrase = phrase.strip()
                if not phrase:
                    continue
                target = _target(None, phrase, None, name=label, type_="keyword")
                for spelling in _spellings(phrase.lower()):
                    folded.setdefault(spelling, target)
        self._exact = _Pass(exact)
        self._folded = _Pass(folded)

    @staticmethod
    def _add_alias(
        entry: CatalogEntry, alias: Alias, exact: dict[str, _Target], folded: dict[str, _Target]
    ) -> None:
        target = _target(entry, alias.text, alias.context, name=entry.name, type_=entry.type)
        if alias.is_case_sensitive():
            for spelling in _spellings(alias.text):
                exact[spelling] = target
        else:
            for spelling in _spellings(alias.text.lower()):
                folded[spelling] = target

    def find(self, text: str, field: Field = "body") -> list[Mention]:
        """Return the mentions in one text, sorted by start, non-overlapping, longest wins.

        Offsets index ``text`` itself, so ``m.text == text[m.start:m.end]``.
        """
        return self._find(text, field, ())

    def _find(self, text: str, field: Field, skip: Sequence[tuple[int, int]]) -> list[Mention]:
        """``find``, leaving out mentions that start inside one of the ``skip`` ranges."""
        if not text:
            return []
        lowered = _lower_same_length(text)
        hits: list[_Hit] = []
        self._scan(self._exact, text, text, lowered, hits)
        self._scan(self._folded, lowered, text, lowered, hits)
        if not hits:
            return []
        hits.sort()  # two sorted runs: timsort merges them in linear time
        mentions: list[Mention] = []
        append = mentions.append
        last_end = -1
        for start, neg_end, _, t in hits:
            if start < last_end:
                continue  # overlaps a longer (or earlier) accepted mention
            end = -neg_end
            last_end = end
            if skip and _inside(start, skip):
                continue
            append(
                _mention(
                    t.name, t.type, field, start, end, text[start:end], t.entity_id, t.jurisdiction
                )
            )
        return mentions

    @staticmethod
    def _scan(p: _Pass, haystack: str, text: str, lowered: str, out: list[_Hit]) -> None:
        """Append the accepted matches of one pass to ``out``.

        The checks of ``_accept`` are inlined for the common case: this loop runs once
        per raw match and dominates the tagger's time after the automaton itself.
        """
        if p.automaton is None:
            return
        targets = p.targets
        n = len(text)
        alnum = _ALNUM
        seq = len(out)
        for idx, start, end in p.automaton.find_matches_as_indexes(haystack):
            t = targets[idx]
            if not (
                (t.check_start and start and text[start - 1] in alnum)
                or (
                    t.check_end
                    and end < n
                    and text[end] in alnum
                    and (lowered[end] != "s" or (end + 1 < n and text[end + 1] in alnum))
                )
                or (t.context is not None and not _has_context(t, lowered, start, end, n))
            ):
                out.append((start, -end, seq, t))
                seq += 1
            elif p.hides[idx]:
                seq = _rescan(p, haystack, text, lowered, start, end, out, seq)

    def tag(self, title: str, body: str) -> TagResult:
        """Tag an article: mentions of title and body, and the entities they resolve to.

        A body paragraph (split on newlines) that repeats an earlier paragraph verbatim
        contributes no mentions, so syndicated copies that paste text twice count once.
        """
        mentions = self._find(title, "title", ())
        mentions.extend(self._find(body, "body", repeated_paragraphs(body)))
        return TagResult(mentions=mentions)


def _rescan(
    p: _Pass,
    haystack: str,
    text: str,
    lowered: str,
    start: int,
    end: int,
    out: list[_Hit],
    seq: int,
) -> int:
    """Search a refused match again for hidden shorter matches that start inside it.

    Example: "Taiwan Semiconductor Manufacturing Co" is refused in "... Manufacturing
    Corporation", but "Taiwan Semiconductor Manufacturing" inside it is valid.
    """
    assert p.overlapping is not None  # built together with p.automaton
    n = len(text)
    window = haystack[start : min(n, end + p.max_len)]
    for idx, s, e in p.overlapping.find_matches_as_indexes(window, overlapping=True):
        s += start
        e += start
        if s >= end or (s == start and e == end):
            continue  # not hidden by the refused match, or the refused match itself
        t = p.targets[idx]
        if _accept(t, text, lowered, s, e, n):
            out.append((s, -e, seq, t))
            seq += 1
    return seq


def _accept(t: _Target, text: str, lowered: str, start: int, end: int, n: int) -> bool:
    """Apply boundary, plural and context checks to one raw match (see ``_scan``)."""
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
    return t.context is None or _has_context(t, lowered, start, end, n)


def _has_context(t: _Target, lowered: str, start: int, end: int, n: int) -> bool:
    """Whether an ambiguous alias has one of its context words nearby."""
    # A Latin word set directly in CJK text ("Meta公司") is a name, not a word.
    if t.latin and ((start and is_cjk(lowered[start - 1])) or (end < n and is_cjk(lowered[end]))):
        return True
    assert t.context is not None
    window = lowered[max(0, start - CONTEXT_WINDOW) : end + CONTEXT_WINDOW]
    return bool(t.context.find_matches_as_indexes(window))


def _lower_same_length(text: str) -> str:
    """Lower-case ``text`` keeping every offset (a few characters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)


def _fast_mention_factory() -> Callable[..., Mention]:
    """Return a Mention constructor about twice as fast as the frozen dataclass's own.

    A frozen dataclass's ``__init__`` goes through ``object.__setattr__`` per field;
    setting the slots directly is equivalent and saves ~0.4 µs per mention, which is a
    large share of the tagging time (a 4 KB chip-policy article has ~80 mentions).
    It is used only while Mention is exactly the plain slotted record this relies on;
    otherwise the ordinary constructor is returned.
    """
    names = ("name", "type", "field", "start", "end", "text", "entity_id", "jurisdiction")
    plain = (
        tuple(f.name for f in dataclasses.fields(Mention)) == names
        and getattr(Mention, "__slots__", None) == names
        and not hasattr(Mention, "__post_init__")
    )
    if not plain:
        return Mention
    new = object.__new__
    s0, s1, s2, s3, s4, s5, s6, s7 = (getattr(Mention, n).__set__ for n in names)

    def make(
        name: str,
        type_: MentionType,
        field: Field,
        start: int,
        end: int,
        text: str,
        entity_id: str | None,
        jurisdiction: str | None,
    ) -> Mention:
        m: Mention = new(Mention)
        s0(m, name)
        s1(m, type_)
        s2(m, field)
        s3(m, start)
        s4(m, end)
        s5(m, text)
        s6(m, entity_id)
        s7(m, jurisdiction)
        return m

    return make


_mention = _fast_mention_factory()


def repeated_paragraphs(body: str) -> list[tuple[int, int]]:
    """Return ``[start, end)`` ranges of body paragraphs that repeat an earlier one verbatim.

    Paragraphs are split on newlines and compared without surrounding whitespace;
    blank lines never count as repeats.
    """
    if "\n" not in body:
        return []
    seen: set[str] = set()
    ranges: list[tuple[int, int]] = []
    pos = 0
    for line in body.split("\n"):
        end = pos + len(line)
        key = line.strip()
        if key:
            if key in seen:
                ranges.append((pos, end))
            else:
                seen.add(key)
        pos = end + 1
    return ranges


def _inside(offset: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in ranges)


@dataclass(frozen=True)
class TagResult:
    """The tagger's answer for one article.

    ``mentions`` holds every mention (keywords and persons included) in title then body
    order, with spans in the original title/body and repeated paragraphs left out.
    ``entities`` resolves them to firms, chips, jurisdictions and regulators.
    """

    mentions: list[Mention]

    @cached_property
    def entities(self) -> list[EntityRef]:
        """Firms, chips, jurisdictions and regulators, in order of first mention.

        Built on first access (pydantic models cost more than the tagging itself), then
        cached.
        """
        grouped: dict[tuple[str, str], list[Mention]] = {}
        for m in self.mentions:
            if m.type in _ENTITY_TYPES:
                grouped.setdefault((m.type, m.name), []).append(m)
        return [
            EntityRef(
                name=name,
                type=type_,
                id=ms[0].entity_id,
                mentions=len(ms),
                spans=[Span(field=m.field, start=m.start, end=m.end, text=m.text) for m in ms],
            )
            for (type_, name), ms in grouped.items()
        ]

    def of_type(self, t: str) -> list[EntityRef]:
        """Return the entities of one type (``firm``, ``chip``, ``jurisdiction``, ``regulator``)."""
        return [e for e in self.entities if e.type == t]

    def names(self, t: str) -> list[str]:
        """Return the canonical names of one entity type, in order of first mention."""
        return [e.name for e in self.of_type(t)]
