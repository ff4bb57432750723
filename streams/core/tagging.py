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
* **A slash names a sibling part** (round 47): "Ascend 910B/C" is also the 910C, a
  chip key with its closing letter swapped for the upper-case suffix after the slash.
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

import dataclasses
import re
from collections.abc import Mapping, Sequence

from schemas.catalog import Alias, Catalog, CatalogEntry
from streams.core.mentions import Mention
from streams.core.script import ScriptFolder, script_folder, slug_variants
from streams.core.tag_match import (
    CONTEXT_WINDOW,
    Hit,
    Table,
    Target,
    declension_variants,
    find_hits,
    is_cjk,
    lower_same_length,
    make_target,
    spelling_variants,
)
from streams.core.tag_result import (
    ENTITY_TYPES,
    Field,
    Info,
    TagResult,
    _mention,
    _mentions,
    repeated_paragraphs,
)

__all__ = [
    "CONTEXT_WINDOW",
    "Field",
    "TagResult",
    "Tagger",
    "is_cjk",
    "repeated_paragraphs",
]
_ = _mention  # re-exported for tests that build mentions the tagger's way

#: Keyword label of the catalog's ordinary words (read by nothing: they only hide aliases).
ORDINARY_LABEL = "ordinary-word"


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
        exact: dict[str, dict[str, Target]] = {}  # lower-cased key -> spelling -> target
        folded: dict[str, Target] = {}
        #: Keyword phrases equal to a catalog alias: the entity wins, the phrase is lost.
        self.shadowed: dict[str, list[str]] = {}
        families = family_scripts(catalog)
        for entry in catalog.entries:
            for alias in entry.all_aliases():
                self._add_alias(entry, alias, exact, folded, fold)
            for alias in member_script_aliases(entry, families):
                self._add_alias(entry, alias, exact, folded, fold)
        for label, phrases in (keywords or {}).items():
            for phrase in phrases:
                phrase = phrase.strip()
                if not phrase:
                    continue
                target = _keyword_target(label, phrase)
                phrase = phrase.strip("*")
                if not phrase:
                    continue
                for spelling in spelling_variants(fold.fold(lower_same_length(phrase))):
                    owner = folded.get(spelling)
                    if (owner is not None and owner.type != "keyword") or spelling in exact:
                        self.shadowed.setdefault(label, []).append(phrase)
                    folded.setdefault(spelling, target)
        # An ordinary word holding an alias ("三星期", three weeks): a keyword target of its
        # own, so the automaton's leftmost-longest match takes the word and the alias
        # inside it is never seen. No code path reads the label; it only hides.
        for word in catalog.ordinary_words:
            target = make_target(None, word, None, name=ORDINARY_LABEL, type_="keyword")
            for spelling in spelling_variants(fold.fold(lower_same_length(word))):
                folded.setdefault(spelling, target)
        marker = Target("", "marker", None, None, False, False, None, False)
        for ch in fold.chars:
            folded.setdefault(ch, marker)
        slug_keys = self._add_slugs(catalog, keywords or {}, exact, folded, fold)
        keys: dict[str, list[Target]] = {}
        for key, spellings in exact.items():
            loose = folded.get(key)
            # "NVIDIA" (case-sensitive) next to "Nvidia" (any case) of the same entry:
            # the case-insensitive key already yields the same mention, so the
            # case-sensitive one would only add a string comparison per match.
            # Spellings of one target ("Intel", "INTEL") share one candidate.
            merged: dict[Target, set[str]] = {}
            for spelling, t in spellings.items():
                if t != loose:
                    merged.setdefault(t, set()).add(spelling)
            keys[key] = [
                dataclasses.replace(t, exact=frozenset(words)) for t, words in merged.items()
            ]
        for key, target in folded.items():
            keys.setdefault(key, []).append(target)
        self._table = Table(keys)
        #: Keys that only a slug headline may match ("pekin", "verschaerfen"): in other text
        #: an unaccented French or Spanish form is often an English word ("designer").
        self._slug_ids = frozenset(i for i, key in enumerate(keys) if key in slug_keys)
        # Round 47: chip keys ending in a letter suffix after a digit ("ascend 910b"),
        # the only ones a slash may elide a sibling of ("Ascend 910B/C").
        self._suffixed_chips: dict[str, int] = {
            key: i
            for i, key in enumerate(keys)
            if self._table.targets[i].type == "chip" and _SUFFIXED.search(key)
        }
        labels: dict[str, set[int]] = {}
        for tid, t in enumerate(self._table.targets):
            if t.type == "keyword":
                labels.setdefault(t.name, set()).add(tid)
        self._labels: dict[str, frozenset[int]] = {k: frozenset(v) for k, v in labels.items()}
        # What a mention of each target carries, unpacked in one step when it is built
        # (cheaper than four attribute reads), and its group for ``TagResult.groups``.
        self._info: list[Info] = [
            (t.name, t.type, t.entity_id, t.jurisdiction, t.name if t.type == "keyword" else t.type)
            for t in self._table.targets
        ]
        # Per target id: what its mentions are grouped under in the output, or None.
        self._entity_keys: list[tuple[str, str] | None] = [
            (t.type, t.name) if t.type in ENTITY_TYPES else None for t in self._table.targets
        ]

    @staticmethod
    def _add_alias(
        entry: CatalogEntry,
        alias: Alias,
        exact: dict[str, dict[str, Target]],
        folded: dict[str, Target],
        fold: ScriptFolder,
    ) -> None:
        for written in declension_variants(alias.text, alias.lang):
            Tagger._add_spelling(entry, alias, written, exact, folded, fold)
        if entry.type == "chip":
            for written in joined_variants(alias.text):
                Tagger._add_spelling(entry, alias, written, exact, folded, fold)

    @staticmethod
    def _add_spelling(
        entry: CatalogEntry,
        alias: Alias,
        written: str,
        exact: dict[str, dict[str, Target]],
        folded: dict[str, Target],
        fold: ScriptFolder,
    ) -> None:
        target = make_target(
            entry, written, alias.context, name=entry.name, type_=entry.type, fold=fold
        )
        text = fold.fold(written)
        if alias.is_case_sensitive():
            spellings = spelling_variants(text)
            titled = _titled_acronym(entry, alias)
            if titled is not None:
                spellings = [*spellings, titled]
            for spelling in spellings:
                key = lower_same_length(spelling)
                exact.setdefault(key, {})[spelling] = target
        else:
            for spelling in spelling_variants(lower_same_length(text)):
                folded[spelling] = target

    @staticmethod
    def _add_slugs(
        catalog: Catalog,
        keywords: Mapping[str, Sequence[str]],
        exact: dict[str, dict[str, Target]],
        folded: dict[str, Target],
        fold: ScriptFolder,
    ) -> set[str]:
        """Round 45: names and keywords in an address slug's spelling, where no key is yet.

        "pekin", "japao", "etats unis", "verschaerfen", "exportacion": read only in a
        headline rebuilt from an address (``_is_slug``). Returns the keys added.
        """
        added: set[str] = set()
        for entry in catalog.entries:
            for alias in entry.all_aliases():
                if alias.is_case_sensitive():
                    continue
                for written in declension_variants(alias.text, alias.lang):
                    for slug in slug_variants(written, hyphens=True):
                        key = lower_same_length(fold.fold(slug))
                        if key in folded or key in exact:
                            continue
                        Tagger._add_spelling(entry, alias, slug, exact, folded, fold)
                        added.add(key)
        for label, phrases in keywords.items():
            for phrase in phrases:
                core = phrase.strip()
                for slug in slug_variants(core.strip("*")):
                    key = lower_same_length(slug)
                    if key in folded or key in exact:
                        continue
                    # the word part's star stays where the phrase had it ("*beschraenkung")
                    starred = ("*" if core.startswith("*") else "") + slug
                    folded[key] = _keyword_target(
                        label, starred + ("*" if core.endswith("*") else "")
                    )
                    added.add(key)
        return added

    def find(self, text: str, field: Field = "body") -> list[Mention]:
        """Return the mentions in one text, sorted by start, non-overlapping, longest wins.

        Offsets index ``text`` itself, so ``m.text == text[m.start:m.end]``.
        """
        _, hits = self._search(text, lower_same_length(text), (), slug=False)
        return _mentions(self._info, text, hits, field, None)

    def tag(self, title: str, body: str) -> TagResult:
        """Tag an article: mentions of title and body, and the entities they resolve to.

        A body paragraph (split on newlines) that repeats an earlier paragraph verbatim
        contributes no mentions, so syndicated copies that paste text twice count once.
        The result keeps compact hits; ``Mention`` objects are built on first use.
        """
        # Round 45: a headline rebuilt from an address is all lower case ("us adds chinese
        # firms to entity list", "eua restringem exportacao"): its state acronyms are read
        # as the catalog writes them, in the searched copy only (same length, same offsets).
        slug = _is_slug(title)
        searched = _SLUG_ACRONYM.sub(_upper, title) if slug else title

        low_title, title_hits = self._search(searched, lower_same_length(searched), (), slug=slug)
        low_body, body_hits = self._search(
            body, lower_same_length(body), repeated_paragraphs(body), slug=False
        )
        return TagResult(
            title,
            body,
            title_hits,
            body_hits,
            self._info,
            self._labels,
            low_title,
            low_body,
            self._entity_keys,
        )

    def _search(
        self, text: str, lowered: str, skip: Sequence[tuple[int, int]], *, slug: bool
    ) -> tuple[str, list[Hit]]:
        """The searched (lower-cased, script-folded) text and its accepted hits.

        Text with a Traditional character is folded and searched again: both copies keep
        the original's length, so the hits' offsets index ``text`` as sent.
        """
        hits = find_hits(self._table, text, lowered, skip)
        if hits is None:
            fold = self.script.fold
            lowered = fold(lowered)
            hits = find_hits(self._table, fold(text), lowered, skip)
            assert hits is not None  # folded text holds no marker character
        if not slug and self._slug_ids:
            slug_ids = self._slug_ids
            hits = [h for h in hits if h[0] not in slug_ids]  # (target id, start, end)
        if "/" in lowered:
            hits = self._elided_siblings(text, lowered, hits)
        return lowered, hits

    def _elided_siblings(self, text: str, lowered: str, hits: list[Hit]) -> list[Hit]:
        """Round 47: add the sibling a slash names by its suffix alone ("Ascend 910B/C").

        Part numbers of one family differ in a closing letter, and news writes two of
        them once: "910B/C" is the 910B and the 910C. The sibling is the same key with
        the suffix swapped, if the catalog has it; the written suffix must be upper case
        (part numbers are), so "H20/s" or a path ("/a/") adds nothing. The new hit spans
        the suffix letters.
        """
        suffixed = self._suffixed_chips
        out: list[Hit] | None = None
        for i, (_, start, end) in enumerate(hits):
            if lowered[end : end + 1] != "/":
                continue
            key = lowered[start:end]
            if key not in suffixed:
                continue
            found = _SLASH_SUFFIX.match(text, end)
            stem = _SUFFIXED.search(key)
            if found is None or stem is None:
                continue
            sibling = suffixed.get(key[: stem.start(1)] + found.group(1).lower())
            s_start, s_end = found.span(1)
            if sibling is None or (i + 1 < len(hits) and hits[i + 1][1] < s_end):
                continue
            if out is None:
                out = list(hits)
            out.append((sibling, s_start, s_end))
        if out is None:
            return hits
        out.sort(key=lambda h: h[1])
        return out


#: A chip key's letter suffix after its number ("ascend 910b" -> "b").
_SUFFIXED = re.compile(r"\d([a-z]{1,2})$")
#: A slash and an upper-case suffix alone, ending at a boundary ("/C", "/ C").
_SLASH_SUFFIX = re.compile(r"/ ?([A-Z]{1,2})(?![A-Za-z0-9])")

#: State acronyms the catalog matches in capitals only, as a lower-case slug spells them.
#: Not Dutch "vs" (English "versus"), nor "u.s." (a slug drops the dots).
_SLUG_ACRONYM = re.compile(r"(?<![\w-])(?:us|usa|eua|eeuu|uk|uae|prc|eu)(?![\w-])")
_MIN_SLUG = 12  # chars: shorter titles say too little to tell a slug


def joined_variants(text: str) -> list[str]:
    """Round 47: a part's family and number written joined or hyphenated ("RTX5090").

    News writes "RTX 5090" as "RTX5090" or "RTX-5090" as often as not; the catalog keeps
    one spelling and the two others are keys of the same alias (its case rule kept).
    Only a one-word family before a number ("RTX 5090", "Gaudi 3", "Kirin 9000S").
    """
    found = _FAMILY_NUMBER.fullmatch(text)
    if found is None:
        return []
    family, number = found.groups()
    return [f"{family}{number}", f"{family}-{number}"]


_FAMILY_NUMBER = re.compile(r"([A-Za-z]{2,8}) (\d[\w]*)")


def family_scripts(catalog: Catalog) -> dict[str, list[Alias]]:
    """Round 52: each one-word chip family's names in other scripts ("Kirin": 麒麟, 기린).

    Only aliases tagged with a language and written without Latin letters: those are the
    family's names in Chinese, Japanese or Korean, which news joins to a member's number
    ("麒麟990", "어센드910").
    """
    return {
        entry.name: scripts
        for entry in catalog.entries
        if entry.type == "chip" and entry.name.isascii() and entry.name.isalpha()
        if (scripts := [a for a in entry.aliases if a.lang and not _LATIN.search(a.text)])
    }


def member_script_aliases(entry: CatalogEntry, families: Mapping[str, list[Alias]]) -> list[Alias]:
    """Round 52: a numbered member named with its family's other-script name.

    The catalog writes "Ascend 910" once and its family's names in each script once; a
    member's number after any of them ("昇騰910", "アセンド 910", "기린990") names the
    member, so no member lists them again. The number makes the name specific: the
    family's context condition (麒麟 is also a beast, 기린 a giraffe) is not carried over.
    """
    if entry.type != "chip":
        return []
    found = _FAMILY_NUMBER.fullmatch(entry.name)
    if found is None or found.group(1) not in families:
        return []
    number = found.group(2)
    return [
        Alias(text=f"{family.text}{gap}{number}", lang=family.lang, case_sensitive=False)
        for family in families[found.group(1)]
        for gap in ("", " ")
    ]


_LATIN = re.compile(r"[A-Za-z]")


def _is_slug(title: str) -> bool:
    """Whether a headline is all lower case Latin words, as one rebuilt from an address."""
    return len(title) >= _MIN_SLUG and title.islower() and title.isascii()


def _upper(found: re.Match[str]) -> str:
    return found.group().upper()


def _keyword_target(label: str, phrase: str) -> Target:
    """The target of one keyword phrase.

    "verbiet*" / "*kontrollen": a word part, open at the starred end.
    """
    open_start, open_end = phrase.startswith("*"), phrase.endswith("*")
    target = make_target(None, phrase.strip("*") or phrase, None, name=label, type_="keyword")
    if open_start or open_end:
        target = dataclasses.replace(
            target,
            check_start=target.check_start and not open_start,
            check_end=target.check_end and not open_end,
        )
    return target


def _titled_acronym(entry: CatalogEntry, alias: Alias) -> str | None:
    """The titlecased spelling of an acronym alias, as Romance papers write it ("Hbm", "Asml").

    Only letter acronyms of four letters or more (three for chip classes: "Hbm"), without a
    context condition, and not when the entry already spells that word its own way ("Meta",
    "Disco", "Intel" keep their rules): short titlecased acronyms are words ("Pro", "Tel").
    """
    text = alias.text
    if not (text.isascii() and text.isalpha() and text.isupper()) or alias.context:
        return None
    if len(text) < (3 if entry.type == "chip" else 4):
        return None
    titled = text.title()
    if any(a.text.casefold() == titled.casefold() and a.text != text for a in entry.all_aliases()):
        return None
    return titled
