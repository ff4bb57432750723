"""The detector's lexicon: the pattern file compiled once into tables and bounded regexes.

``load_patterns(path)`` reads and validates ``policy_patterns.yaml``; ``Lexicon`` turns it
into what the sentence reader needs:

* English morphology, done once here instead of in the data: a verb lemma yields its
  ``-s``, past, participle and gerund forms (rules for e-drop, ``-ies`` and doubling,
  ``irregular_verbs`` for the rest); a noun lemma its plural. Multi-word lemmas inflect
  their first word ("roll back" -> "rolled back").
* The reading table: each phrase -> the (predicate, form) readings it may have, tried in
  order (constructions and priority groups first, then finite verbs before nouns).
* The keyword lists handed to the tagger's automaton (so predicates are found in the
  same pass as entities), and one bounded regex per cue list, searched in lower-cased,
  script-folded text. ``*`` at a Latin word's end or start matches any ending or head.

Every phrase is folded to Simplified Chinese (``streams/core/script.py``) as the text is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

import yaml

from schemas.patterns import INFLECTED_LANGS, Needs, PolicyPatterns, Predicate, Words
from streams.core.morphology import inflect, plural, verb_forms
from streams.core.script import script_folder

__all__ = [
    "PRODUCT_LABEL",
    "TRIGGER_LABEL",
    "Lexicon",
    "Needs",
    "Reading",
    "has_cjk",
    "inflect",
    "load_patterns",
    "normal",
    "plural",
]

TRIGGER_LABEL: Final = "policy.trigger"
PRODUCT_LABEL: Final = "policy.product"
PATTERNS_FILE: Final = "policy_patterns.yaml"
INFLECTIONS_FILE: Final = "inflections.json"

_FORM_ORDER: Final = {"verb": 1, "gerund": 2, "base": 3, "event_noun": 4, "state_noun": 5}
_CJK = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_MAX: Final = 2**62
_SPACES = re.compile(r"\s{1,64}")


def has_cjk(text: str) -> bool:
    """True when ``text`` holds a CJK or Hangul character (matched without word bounds)."""
    return _CJK.search(text) is not None


@lru_cache(maxsize=8192)
def normal(text: str) -> str:
    """Key for looking matched text up in a phrase table (folded, one space, no stars).

    Memoised: the same trigger and cue words come back in every article.
    """
    text = script_folder().fold(text.casefold()).replace("’", "'").strip("*")
    return _SPACES.sub(" ", text).strip()


def load_inflections() -> dict[str, dict[str, list[str]]]:
    """The bundled inflection table: language -> word of the pattern file -> its forms.

    Generated from simplemma's form->lemma dictionaries by ``tools/gen_inflections.py``
    (``make lexicon``; ``make lint`` checks it is in step with the pattern file).
    """
    text = resources.files("streams.catalog").joinpath(INFLECTIONS_FILE).read_text("utf-8")
    table: dict[str, dict[str, list[str]]] = json.loads(text)
    return table


def load_patterns(path: str | Path | None = None) -> PolicyPatterns:
    """Load and validate the pattern file; ``None`` reads the one bundled with chipwatch."""
    if path is None:
        text = resources.files("streams.catalog").joinpath(PATTERNS_FILE).read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return PolicyPatterns.model_validate(yaml.safe_load(text))


# ------------------------------------------------------------------------------ regexes


def _char(ch: str) -> str:
    """One character of a phrase as a regex: flexible spaces and apostrophes."""
    if ch == " ":
        return r"\s{1,3}"
    if ch in "'’":
        return "['’]"
    return re.escape(ch)


def phrase_pattern(phrase: str) -> str:
    """One phrase as a regex: word bounds at Latin ends, ``*`` = any ending or head."""
    head_star, tail_star = phrase.startswith("*"), phrase.endswith("*")
    phrase = phrase.strip("*")
    body = "".join(_char(ch) for ch in phrase)
    if has_cjk(phrase):
        return body
    head = r"\w{0,30}" if head_star else r"(?<!\w)" if phrase[0].isalnum() else ""
    tail = r"\w{0,24}" if tail_star else r"(?!\w)" if phrase[-1].isalnum() else ""
    return head + body + tail


_Trie = dict[str, "_Trie"]


def _trie(words: Iterable[str]) -> str:
    """An alternation of literals factored by common prefix.

    Python's regex engine tries the alternatives of a group one by one; a trie makes
    that a one-character dispatch per level, so a list of a thousand phrases costs about
    what one does, and matching stays linear.
    """
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [_char(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(root)


def compile_words(words: Iterable[str], suffix: str = "") -> re.Pattern[str]:
    """Compile phrases into one alternation, searched in lower-cased, folded text.

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
    starred: dict[tuple[bool, bool], list[str]] = {}
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
    parts = []
    if bounded:
        parts.append(r"(?<!\w)" + _trie(bounded) + r"(?!\w)")
    if cjk:
        parts.append(_trie(cjk))
    for (head, tail), cores in sorted(starred.items()):
        parts.append(
            r"(?<!\w)"
            + (r"\w{0,30}?" if head else "")
            + _trie(cores)
            + (r"\w{0,24}" if tail else r"(?!\w)")
        )
    parts.extend(phrase_pattern(w) for w in sorted(loose, key=len, reverse=True))
    return re.compile("(?:" + "|".join(parts) + ")" + suffix)


def _word_char(ch: str) -> bool:
    """What a regex word character is: letters and digits of any script, and "_"."""
    return ch.isalnum() or ch == "_"


class WideWords:
    """A plain word list searched over a whole clause or sentence.

    Python's regex engine skips ahead fast only when every alternative of a pattern
    starts with a literal; a left word bound in front of a trie makes it try the trie
    at every position (about 2.3x slower over a 480-character clause). Here the trie
    has no left bound and the few matches are checked in Python: worth it for the
    cue lists searched over whole clauses, not for the few words before a trigger.
    """

    __slots__ = ("_pattern",)

    def __init__(self, words: Iterable[str]) -> None:
        """Compile the words (no ``*`` word parts: those need their own bounds)."""
        fold = script_folder().fold
        unique = sorted({fold(w.lower()) for w in words if w})
        latin = [w for w in unique if not has_cjk(w)]
        cjk = [w for w in unique if has_cjk(w)]
        if any("*" in w or not (w[0].isalnum() and w[-1].isalnum()) for w in latin):
            raise ValueError("WideWords takes whole words only")
        parts = [f"(?P<b>{_trie(latin)})(?!\\w)"] if latin else ["(?P<b>(?!x)x)"]
        if cjk:
            parts.append(_trie(cjk))
        self._pattern = re.compile("|".join(parts))

    def search(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        """The leftmost match in ``text[pos:endpos]`` that starts a word."""
        pattern = self._pattern
        found = pattern.search(text, pos, endpos)
        while found is not None:
            start = found.start("b")
            if start <= 0 or not _word_char(text[start - 1]):
                return found
            found = pattern.search(text, found.start() + 1, endpos)
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = _MAX) -> Iterator[re.Match[str]]:
        """Every match in ``text[pos:endpos]`` that starts a word, left to right."""
        for found in self._pattern.finditer(text, pos, endpos):
            start = found.start("b")
            if start <= 0 or not _word_char(text[start - 1]):
                yield found


def _all(words: Words, irregular: dict[str, list[str]] | None = None) -> list[str]:
    """Every language's words; English verb lemmas inflected when ``irregular`` is given."""
    out: list[str] = []
    for lang, items in words.items():
        out.extend(
            verb_forms(items, irregular) if irregular is not None and lang == "en" else items
        )
    return out


# ------------------------------------------------------------------------------- tables


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a phrase: a predicate in one grammatical form."""

    predicate: Predicate
    form: str  # verb, base, gerund, event_noun, state_noun
    langs: frozenset[str] = frozenset()  # the languages whose lists hold the phrase


class Lexicon:
    """The compiled pattern file: reading table, keywords and cue expressions."""

    def __init__(
        self,
        patterns: PolicyPatterns,
        inflections: dict[str, dict[str, list[str]]] | None = None,
    ) -> None:
        """Inflect, fold and compile everything the reader uses (~20 ms, once).

        ``inflections`` maps a language and a listed word to its forms (default: the
        bundled table); a word missing from it stands for itself.
        """
        p = patterns
        irr = p.irregular_verbs
        self.patterns = p
        self.inflections = load_inflections() if inflections is None else inflections
        langs_of: dict[tuple[str, str, str], set[str]] = {}
        #: Tagger keyword of each phrase (``*`` kept: the tagger matches word parts).
        self.trigger_keywords: list[str] = []
        order: list[tuple[str, Predicate, str]] = []
        for predicate in p.predicates:
            for phrase, form, lang in self._readings(predicate, irr):
                key = normal(phrase)
                if not key:
                    continue
                slot = (key, predicate.id, form)
                if slot not in langs_of:
                    langs_of[slot] = set()
                    order.append((key, predicate, form))
                    self.trigger_keywords.append(phrase)
                langs_of[slot].add(lang)
        self.by_phrase: dict[str, list[Reading]] = {}
        for key, predicate, form in order:
            langs = frozenset(langs_of[(key, predicate.id, form)])
            self.by_phrase.setdefault(key, []).append(Reading(predicate, form, langs))
        for readings in self.by_phrase.values():
            readings.sort(
                key=lambda r: (
                    not (r.predicate.needs or r.predicate.priority),
                    _FORM_ORDER[r.form],
                )
            )
        self.class_of: dict[str, str] = {}
        self.generic: set[str] = set()
        self.product_keywords: list[str] = []
        for product in p.product_classes:
            for phrase in product.phrases:
                self.class_of.setdefault(normal(phrase), product.name)
                self.product_keywords.append(phrase)
            if product.generic:
                self.generic.add(product.name)
        self.needs = {
            name: compile_words(self._inflected(words)) for name, words in p.classes.items()
        }
        self.modal = compile_words([*_all(p.modal_cues), *_all(p.modal_verbs, irr)])
        self.deontic = compile_words(_all(p.deontic_cues))
        self.purpose = compile_words(_all(p.purpose_cues))
        self.reaction = compile_words(_all(p.reaction_verbs, irr))
        self.after = compile_words(_all(p.after_cues))
        self.after_background = compile_words(_all(p.after_background_cues))
        self.negation = compile_words(_all(p.negation_cues))
        self.background = WideWords(_all(p.background_cues))
        self.year = re.compile(p.background_year_regex, re.I)
        self.past_perfect = re.compile(p.past_perfect_regex, re.I)
        self.subordinate = re.compile(p.subordinate_clause_regex, re.I)
        self.dateline = re.compile(p.dateline_regex)
        self.foreground = WideWords(p.foreground_cues)
        self.clause = re.compile("|".join(re.escape(b) for b in p.clause_breaks))
        self.relative = re.compile("|".join(re.escape(b) for b in p.relative_clause_openers))
        self.anaphor = compile_words(_all(p.anaphors))
        self.pronoun = compile_words(["it", "its", "they", "their"])
        self.governing = compile_words([*_all(p.governing_verbs, irr), *p.governing_nouns])
        self.decision = compile_words([*_all(p.decision_verbs, irr), *p.decision_nouns])
        self.group = WideWords(p.group_nouns)
        self.passive = compile_words(p.passive_auxiliaries, r"\s{0,3}(?:[a-z]{1,20}\s{1,3})?$")
        self.be_before = compile_words(p.passive_auxiliaries, r"\s{1,3}(?:[a-z]{2,12}ly\s{1,3})?$")
        self.determiner = compile_words(p.determiners, r"\s{0,3}$")
        det = "|".join(phrase_pattern(d) for d in p.determiners)
        # A determiner or possessive, then at most three modifiers, right before a noun.
        self.np_head = re.compile(rf"(?:{det})\s{{0,3}}(?:[\w-]{{1,24}}\s{{1,3}}){{0,3}}$", re.I)
        # "new rules", "the latest export curbs", "新规": a measure announced as new.
        self.novel = compile_words(
            _all(p.novelty_modifiers), r"\s{0,3}(?:[\w-]{1,24}\s{1,3}){0,2}$"
        )
        self.prior = compile_words(
            p.prior_event_markers,
            rf"\s{{1,3}}(?:(?:{det})\s{{0,3}})?(?:[\w'’-]{{1,24}}\s{{1,3}}){{0,3}}$",
        )
        # A preposition, then at most three modifiers, right before a noun ("from expanded
        # export curbs"): the word after them is the preposition's object, a noun.
        self.prep_np = compile_words(
            [w for w in p.participle_preceders if w not in ("and", "or")],
            r"\s{1,3}(?:[\w-]{1,24}\s{1,3}){1,3}$",
        )
        self.speakers = WideWords(_all(p.speaker_cues))
        self.prior_word = compile_words(p.prior_event_markers)
        self.reporting = compile_words(_all(p.reporting_verbs))
        self.reported_modals = frozenset(p.reported_modals)
        self.denial = WideWords(p.denial_cues)
        self.modifier_followers = frozenset(p.noun_modifier_followers)
        self.participle_pre = frozenset(p.participle_preceders)
        self.participle_objects = frozenset(p.participle_phrase_followers)
        agent = "|".join(re.escape(w) for w in p.agent_prepositions if not has_cjk(w)) or "by"
        self.agent = re.compile(
            rf"\b(?:{agent})\s{{1,3}}(?:(?:the|la|le|el|der|die|de)\s{{1,3}})?$"
        )
        self.agent_cjk = tuple(w for w in p.agent_prepositions if has_cjk(w))
        fold = script_folder().fold
        self.cjk_modifiers = tuple(fold(w) for w in p.noun_modifier_followers if has_cjk(w))
        self.flow_re = compile_words(w for words in p.flows.values() for w in words)
        self.flow_of = {normal(w): flow for flow, words in p.flows.items() for w in words}
        self.flow_stems = [
            (normal(w), flow) for flow, words in p.flows.items() for w in words if "*" in w
        ]
        self.place = frozenset(w for w in p.place_prepositions if not has_cjk(w))
        self.cjk_place = tuple(fold(w) for w in p.place_prepositions if has_cjk(w))
        self.adjectival = frozenset(w for w in p.adjectival_followers if not has_cjk(w))
        self.cjk_adjectival = tuple(fold(w) for w in p.adjectival_followers if has_cjk(w))
        self.subject_particles = tuple(p.subject_particles)
        self.cjk_object_markers = tuple(fold(w) for w in p.object_markers)
        self.cjk_not_subject = tuple(fold(w) for w in p.non_subject_followers)
        self.cjk_passive = tuple(fold(w) for w in p.passive_auxiliaries if has_cjk(w))
        self.quote_cues = tuple(fold(w) for w in p.quote_cues)
        self.korean_heads = tuple(p.korean_heads)
        self.separators = frozenset(s.strip() for s in p.list_separators)
        self.non_policy = compile_words(p.non_policy_objects)
        self.business = compile_words(_all(p.business_cues))
        self.noise_prefixes = tuple(fold(w) for w in p.noise_line_prefixes)
        self.scan = compile_words([*self.trigger_keywords, *self.product_keywords])
        self.action_titles = {name: spec.title for name, spec in p.actions.items()}

    def _inflected(self, words: Words) -> list[str]:
        """Every word of a class, with the forms of the table for inflected languages."""
        out: list[str] = []
        for lang, items in words.items():
            table = self.inflections.get(lang, {}) if lang in INFLECTED_LANGS else {}
            for word in items:
                out.extend(table.get(word, [word]))
        return out

    def _readings(
        self, predicate: Predicate, irr: dict[str, list[str]]
    ) -> list[tuple[str, str, str]]:
        """Every phrase of a group with its form and language.

        English is inflected by rule and nouns pluralised; German, Dutch and the Romance
        languages take their forms from the inflection table.
        """
        out: list[tuple[str, str, str]] = []
        for lang, words in predicate.verbs.items():
            table = self.inflections.get(lang, {}) if lang in INFLECTED_LANGS else {}
            for word in words:
                if lang != "en":
                    out.extend((w, "verb", lang) for w in table.get(word, [word]))
                    continue
                for form, phrases in inflect(word, irr).items():
                    out.extend((w, form, lang) for w in phrases)
        out.extend((w, "verb", "en") for w in predicate.forms)
        for kind, nouns in (("state_noun", predicate.nouns), ("event_noun", predicate.event_nouns)):
            for lang, words in nouns.items():
                table = self.inflections.get(lang, {}) if lang in INFLECTED_LANGS else {}
                for word in words:
                    phrases = plural(word) if lang == "en" else table.get(word, [word])
                    out.extend((w, kind, lang) for w in phrases)
        return out

    @property
    def keywords(self) -> dict[str, list[str]]:
        """The trigger and product-class lexicon to hand to ``Tagger(catalog, keywords=...)``."""
        return {
            TRIGGER_LABEL: sorted(set(self.trigger_keywords)),
            PRODUCT_LABEL: sorted(set(self.product_keywords)),
        }

    def readings(self, text: str) -> list[Reading]:
        """The readings of matched trigger text (a stem match is looked up as the stem)."""
        return self.by_phrase.get(normal(text), [])
