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

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

import yaml

from schemas.patterns import INFLECTED_LANGS, Needs, PolicyPatterns, Predicate, Words
from streams.core.catalog import YAML_LOADER
from streams.core.concessive import concessive_reader
from streams.core.cues import (
    PartsGate,
    ScriptWords,
    WideWords,
    compile_words,
    has_cjk,
    phrase_pattern,
)
from streams.core.forms import IDEOGRAPH, FormTables, all_words
from streams.core.language import Languages
from streams.core.morphology import agreement_forms, inflect, plural
from streams.core.script import HANGUL, script_folder, slug_variants
from streams.core.story_genre import heading_pattern

#: Languages that put the verb after its object: a governor follows the measure.
_SOV_LANGS: Final = frozenset(["ja", "ko"])


def _governors(words: Words, *, sov: bool) -> list[str]:
    """The folded governor words of the verb-final languages (``sov``) or of the others."""
    fold = script_folder().fold
    return [fold(w) for lang, ws in words.items() if (lang in _SOV_LANGS) == sov for w in ws]


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

_FORM_ORDER: Final = {
    "verb": 1, "split": 1, "gerund": 2, "base": 3, "event_noun": 4, "state_noun": 5
}  # fmt: skip
_SPACES = re.compile(r"\s{1,64}")


@lru_cache(maxsize=8192)
def normal(text: str) -> str:
    """Key for looking matched text up in a phrase table (folded, one space, no stars).

    Memoised: the same trigger and cue words come back in every article.
    """
    text = script_folder().fold(text.casefold()).replace("’", "'").strip("*")
    return _SPACES.sub(" ", text).strip()


#: The first characters of `effective_date_regex`'s branches (a unit test checks them).
EFFECTIVE_FIRST: Final = r"[abcefimopstvwà自起施부\d]"
#: sha256 of the shipped `effective_date_regex`, the one ``EFFECTIVE_FIRST`` was checked
#: against. A pattern file of one's own (``CHIPWATCH_PATTERNS_PATH``) may start a branch
#: with another character: its regex is then searched whole, slower but never missing a
#: date (``tests/unit/test_effective_gate.py`` fails when the shipped regex changes and
#: this is not updated).
EFFECTIVE_FIRST_CHECKED: Final = "d41fee41b264a3b1b327902234db2f2925de3416333aef0adc566b7bb57d5d5e"


# The last syllable of a Korean verb's past adnominal ("금지한", "허용된", "이어진", "내린",
# "내놓은"): before "뒤"/"후" it dates the verb before what follows.
_KO_PAST_ADNOMINAL: Final = "한된진난낸린온운은"


def _plurals(
    items: list[str], table: dict[str, list[str]], endings: tuple[tuple[str, str], ...]
) -> list[str]:
    """The third-person plurals of listed singular verbs, as the table spells them.

    Round 43: the governing verbs were read as listed ("apertou"), so the same verb after
    a plural subject ("Os Estados Unidos apertaram as restrições") governed nothing. Only
    the plural of the listed form's own tense is added (the first ending that fits), and
    only when the table holds it as a form of the same verb: no other tense, mood or
    participle comes in (round 32 found the whole table reads a prior tariff as news).
    """
    out: list[str] = []
    for word in items:
        # a listed phrase ("ha aperto un'indagine") keeps its own auxiliary
        candidate = _regular_plural(word, endings)
        if candidate is not None and candidate in table.get(word, ()):
            out.append(candidate)
    return out


def _regular_plural(word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    """The third-person plural a listed single verb takes by the first ending that fits.

    A phrase or a word part has none: it keeps its own auxiliary or is open already.
    """
    if " " in word or "*" in word:
        return None
    for single, many in endings:
        if word.endswith(single):
            return word[: len(word) - len(single)] + many
    return None


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
    # libyaml's loader when PyYAML was built with it: 0.08 s against 0.46 s in Python for
    # the bundled file, paid by every worker start and every `scan`.
    return PolicyPatterns.model_validate(yaml.load(text, Loader=YAML_LOADER))


_all = all_words  # the pattern file's words of every language (forms.py)


def _bare(word: str) -> str:
    """``word`` without its accents ("américaines" -> "americaines"; round 36)."""
    return unicodedata.normalize(
        "NFC",
        "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)),
    )


# Round 32: the third person of the Romance synthetic future ("conduzirá", "abrirán",
# "ouvrira", "avvieranno") and the infinitive's endings, by language (``_governing_forms``).
_FUTURE_3RD: Final = {
    "es": ("rá", "rán"),
    "pt": ("rá", "rão"),
    "fr": ("ra", "ront"),
    "it": ("rà", "ranno"),
}
# Round 34: Italian copy stripped of its accents (a headline made from a web address, an
# ASCII feed) writes the future "condurra" for "condurrà"; the stem and "-ra" make no other
# Italian word, so the governing verbs' future is read in both spellings.
_UNACCENTED_FUTURE: Final = {"it": "rà"}
_INFINITIVE: Final = {
    "es": ("ar", "er", "ir"),
    "pt": ("ar", "er", "ir", "or"),
    "fr": ("er", "ir", "re"),
    "it": ("are", "ere", "ire", "rre"),
}
_EU_LANGS: Final = frozenset({"de", "fr", "es", "it", "pt", "nl"})
# Round 43: a listed third-person singular of a governing verb and the ending of its plural
# in the same tense ("apertou" -> "apertaram", "endureció" -> "endurecieron", "impose" ->
# "imposent"): a state named in the plural ("Os Estados Unidos", "les Pays-Bas") governs
# the measure noun as well. First matching ending wins; a candidate is kept only if the
# inflection table holds it for that verb (``_governing_forms``).
_PLURAL_OF_3RD: Final = {
    "pt": (("ou", "aram"), ("eu", "eram"), ("iu", "iram"), ("a", "am"), ("e", "em")),
    "es": (("ió", "ieron"), ("ó", "aron"), ("a", "an"), ("e", "en")),
    "it": (("ò", "arono"), ("ì", "irono"), ("a", "ano"), ("e", "ono")),
    "fr": (("it", "issent"), ("e", "ent")),
}


def _unrealised(form: str, lang: str) -> bool:
    """A Romance infinitive or third-person future ("obtenir", "obtendrá") (round 36).

    A firm's obtaining told in these forms stands under a duty, a hope or a purpose
    ("oblige les entreprises à obtenir l'autorisation"), or is a forecast: the grant a
    firm relays is told done or present, so a ``firm_subject`` group keeps neither.
    """
    return form.endswith(_INFINITIVE.get(lang, ())) or form.endswith(_FUTURE_3RD.get(lang, ()))


def _joined(head: str, word: str) -> str:
    """A head and the word it governs: elided heads ("d'", "d’") take no space."""
    return f"{head}{word}" if head.endswith(("'", "’")) else f"{head} {word}"


# ------------------------------------------------------------------------------- tables


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a phrase: a predicate in one grammatical form."""

    predicate: Predicate
    form: str  # verb, split, base, gerund, event_noun, state_noun
    langs: frozenset[str] = frozenset()  # the languages whose lists hold the phrase
    particle: str = ""  # a split verb's particle, expected at its clause's end
    #: Round 33: the languages the phrase may fire in (``language.py``); empty when a
    #: list of no language holds it (a predicate's ``forms``): it fires everywhere.
    scope: frozenset[str] = frozenset()


def _merged(*groups: Words) -> Words:
    """Word lists of several pattern fields joined by language."""
    out: Words = {}
    for words in groups:
        for lang, items in words.items():
            out.setdefault(lang, []).extend(items)
    return out


def _weak_forms(head: str, lang: str) -> list[str]:
    """The other finite forms of a German (or Dutch) weak verb given by its third person.

    "schränkt ... ein" also reads as "schränken ... ein" (plural) and "schränkte(n) ... ein"
    (simple past): the inflection table lists infinitives and participles, not the split
    finite forms; one rule serves every weak verb of the lexicon.
    """
    if not head.endswith("t") or head.endswith("tt"):
        return []
    stem = head[:-1]
    if lang == "nl":
        # Round 46: the Dutch weak past, "-te" after a voiceless stem ('t kofschip), else
        # "-de" ("kondigt" -> "kondigde(n)", "legt" -> "legde(n)"); the present plural
        # doubles or drops letters by spelling rules, so it is left to the pattern file
        past = stem + ("te" if stem.endswith(("t", "k", "f", "s", "ch", "p")) else "de")
        return [past, past + "n"]
    if lang != "de":
        return []
    return [stem + "en", stem + "te", stem + "ten"]


def _elapsed(p: PolicyPatterns) -> re.Pattern[str]:
    """Elapsed time before an act, and "last <month>" in every language (round 27).

    ``elapsed_time_regex`` reads a count and a unit with "ago" ("trois mois plus tôt",
    "hace tres meses", "3个月前"); the words of ``elapsed_last_words`` beside a month name
    ("julio pasado", "im vergangenen Juli") are compiled here with ``month_names``, so
    each language's months are written once. Folded as the text it searches is.
    """
    months = sorted({m.casefold() for names in p.month_names.values() for m in names}, key=len)
    month = "|".join(map(re.escape, reversed(months)))
    last = "|".join(sorted(map(re.escape, p.elapsed_last_words), key=len, reverse=True))
    parts = [p.elapsed_time_regex]
    if last and month:
        parts.append(rf"\b(?:{last})\s(?:{month})\b|\b(?:{month})\s(?:{last})\b")
    return re.compile(script_folder().fold("|".join(f"(?:{x})" for x in parts)), re.I)


class Lexicon(FormTables):
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
                elif "*" in phrase:
                    # Round 41: "*onderzoek" beside "onderzoek": one reading, and the
                    # tagger keeps the starred word part (sorted first, it is the one kept)
                    self.trigger_keywords.append(phrase)
                langs_of[slot].add(lang)
        # Round 33: a phrase of a predicate's ``forms`` has no language of its own.
        unscoped = {normal(w) for predicate in p.predicates for w in predicate.forms}
        self.by_phrase: dict[str, list[Reading]] = {}
        for key, predicate, form in order:
            langs = frozenset(langs_of[(key, predicate.id, form)])
            scope = frozenset() if key in unscoped else langs
            form, _, particle = form.partition(":")
            self.by_phrase.setdefault(key, []).append(
                Reading(predicate, form, langs, particle, scope)
            )
        # Round 45 (issue 11): each Latin phrase is also read in the spelling of an address
        # slug ("verschaerfen", "exportacion"), after inflection: an unaccented form is
        # never inflected again (simplemma reads "adopto" as another word). The tagger
        # matches those spellings in slug headlines only (``Tagger._add_slugs``).
        for key in list(self.by_phrase):
            for plain in slug_variants(key):
                self.by_phrase.setdefault(plain, self.by_phrase[key])
        #: One-word Latin phrases that may be a finite verb ("bans", "approved"): a word
        #: scan over a noun phrase stops there ("China bans chip makers" is no "China chip").
        self.verb_words = frozenset(
            key
            for key, readings in self.by_phrase.items()
            if " " not in key and not has_cjk(key) and any(r.form == "verb" for r in readings)
        )
        for readings in self.by_phrase.values():
            readings.sort(
                key=lambda r: (
                    not (r.predicate.needs or r.predicate.priority),
                    _FORM_ORDER[r.form],
                )
            )
        self.class_of: dict[str, str] = {}
        self.generic: set[str] = set()
        #: Product classes of raw materials (``streams/core/measures.py``).
        self.materials: set[str] = set()
        #: Product classes that name a control list (``proposals.demote_off_topic``).
        self.control_lists: set[str] = set()
        self.product_keywords: list[str] = []
        for product in p.product_classes:
            for phrase in product.phrases:
                self.class_of.setdefault(normal(phrase), product.name)
                self.product_keywords.append(phrase)
            if product.generic:
                self.generic.add(product.name)
            if product.material:
                self.materials.add(product.name)
            if product.control_list:
                self.control_lists.add(product.name)
        #: Round 33: the article's language and the lists that fire in it (``language.py``).
        self.languages = Languages(p.language_scope)
        #: A predicate's `cue` words, one of which must stand before it in its clause.
        self.cues = {
            pred.id: compile_words(_all(pred.cue))
            for pred in p.predicates
            if any(pred.cue.values())
        }
        #: The groups that need each word class ("list" -> list_add, list_remove ...).
        self.groups_needing: dict[str, list[str]] = {}
        for pred in p.predicates:
            if pred.needs is not None:
                self.groups_needing.setdefault(pred.needs.word_class, []).append(pred.id)
        self.needs = {
            name: compile_words(self._inflected(words)) for name, words in p.classes.items()
        }
        self.modal = ScriptWords(
            [
                *_all(p.modal_cues),
                *_all(p.concern_cues),
                *_all(p.modal_verbs, irr),
                *self._inflected(p.modal_lemmas),
            ]
        )
        self.deontic = compile_words(_all(p.deontic_cues))
        self.purpose = compile_words(_all(p.purpose_cues))
        # Stance words are quoted in headlines ("is 'ontevreden' over"): round 21
        self.reaction = ScriptWords(_all(p.reaction_verbs, irr), quoted=True, gated=True)
        # Round 26: a clause opener after a headline's reaction verb (``reactions.py``)
        self.reaction_object_openers = compile_words(_all(p.reaction_object_openers))
        # Round 31: a reaction told as a comment at a headline's end (``reactions.py``)
        self.reaction_comment = ScriptWords(_all(p.reaction_comment_cues), gated=True)
        # Round 26: a regime administered "according to laws and regulations" (``briefing``)
        self.administered = ScriptWords(_all(p.administered_cues), gated=True)
        # The first words of the stance phrases ("opposizione" of "opposizione alla"): the
        # trigger-adjective check (``Detector._stance_modifier``) runs its regex only after one.
        self.reaction_heads = frozenset(
            script_folder().fold(w.lower()).split(" ", 1)[0]
            for w in _all(p.reaction_verbs, irr)
            if " " in w.strip()
        )
        # Round 23: a body disowning the act's formality (``briefing.demote_disowned``)
        self.disowned_formality = compile_words(_all(p.disowned_formality_cues))
        # Literal parts one of which a body must hold to match: one automaton pass first
        self.disowned_parts = PartsGate.of(_all(p.disowned_formality_cues))
        self.after = ScriptWords(_all(p.after_cues))
        # Round 36: "should" right after a Japanese or Korean verb (``talk.py``)
        self.should_after = tuple(script_folder().fold(w) for w in _all(p.should_after))
        self.after_background = ScriptWords(_all(p.after_background_cues))
        # Round 46: the close of an "after" clause. Chinese and Japanese: the clause's last
        # word before its comma (folded, as the text is: 後 is read as 后); Korean: the
        # word right after the verb's past adnominal.
        fold = script_folder().fold
        closers = p.after_clause_ends
        self.after_clause_ends = tuple(
            fold(w) for lang in ("zh", "ja") for w in closers.get(lang, ())
        )
        self.after_clause_exclusions = tuple(fold(w) for w in p.after_clause_end_exclusions)
        ko = "|".join(re.escape(w) for w in sorted(closers.get("ko", ()), key=len, reverse=True))
        self.after_clause_ko = re.compile(
            rf"[{_KO_PAST_ADNOMINAL}]\s{{1,2}}(?:{ko or '(?!x)x'})(?=[\s,，])"
        )
        # Round 37: a firm's own claim that its products are approved (``talk.py``)
        self.own_approval_claims = ScriptWords(_all(p.own_approval_claims))
        # Round 30: the measure a retaliation answers, and the state answered (``acting``)
        self.cause_before = compile_words(_all(p.retaliation_cause_before))
        self.cause_after = compile_words(_all(p.retaliation_cause_after))
        # Round 30: a state made to act by another (``actors``): the verb, the ending
        self.causative_before = compile_words(_all(p.causative_verbs))
        self.causative_after = compile_words(_all(p.causative_after))
        # Round 32: a government noun before a CJK subject particle (``acting``)
        self.subject_heads = tuple(_all(p.subject_heads))
        self.plea_after = compile_words(_all(p.plea_after))
        # Round 39: a regulation of energy, environment or building (``reading``)
        self.non_trade_rule = compile_words(
            _all(p.non_trade_qualifiers),
            r"[^,.;:，。、；]{0,16}?" + compile_words(_all(p.non_trade_rule_nouns)).pattern,
        )
        self.trade_word = compile_words(_all(p.non_trade_trade_words))
        self.answered = compile_words(
            [*_all(p.retaliation_answered), *_all(p.retaliation_cause_after)]
        )
        # Round 41: a negation word joined by a hyphen is a compound's prefix ("non-US
        # chipmakers are now barred …", "non-Chinese firms must obtain a licence"), no
        # negation of the clause's verb.
        self.negation = compile_words(_all(p.negation_cues), r"(?![-‐‑])")
        self.cessation = compile_words(_all(p.cessation_cues))
        # Round 31: a bare "EU" read as the United States where the story says so (``detect``)
        self.us_acronym = compile_words(_all(p.us_acronym_cues))
        self.eu_acronym = compile_words(_all(p.eu_acronym_cues))
        self.by_id = {pred.id: pred for pred in p.predicates}
        self.background = WideWords(_all(p.background_cues))
        self.year = re.compile(p.background_year_regex, re.I)
        self.elapsed = _elapsed(p)
        # the regex has no literal to skip to: a clause is searched only past one of these
        self.elapsed_gate = WideWords(p.elapsed_anchor_words)
        self.past_perfect = re.compile(p.past_perfect_regex, re.I)
        self.subordinate = re.compile(p.subordinate_clause_regex, re.I)
        self.dateline = re.compile(p.dateline_regex)
        # Round 45: round 44's closed-class particle cues, moved from code to the patterns.
        self.target_particle = re.compile(
            "|".join(re.escape(w) for w in p.target_particles) or "(?!x)x"
        )
        self.dative = re.compile(p.dative_regex)
        self.reason_marker = re.compile(p.reason_marker_regex)
        self.measure_copula = re.compile(p.measure_copula_regex)
        self.dated_participle = re.compile(p.dated_participle_regex)
        self.list_heads = tuple(p.list_heads)
        self.sov_object_particles = frozenset(p.sov_object_particles)
        # Round 45: a duty word as the object of a grant verb ("申請を承認した", "신청을
        # 승인했다"): the request is granted, no licence duty is laid
        grants = [
            w
            for predicate in p.predicates
            if predicate.id == "approve"
            for lang in ("ja", "ko")
            for w in predicate.verbs.get(lang, [])
        ]
        self.object_granted = re.compile(
            "(?:{})\\s?(?:{})".format(
                "|".join(re.escape(w) for w in p.sov_object_particles) or "(?!x)x",
                "|".join(re.escape(script_folder().fold(w)) for w in grants) or "(?!x)x",
            )
        )
        self.infinitive_marks = tuple(f"{w} " for w in p.infinitive_markers)
        # Round 46: a clause of result right before a trigger ("从而禁止", "thereby barring")
        self.result_connective = compile_words(p.result_connectives, r"[\s,，]{0,3}$")
        genitive = "|".join(re.escape(w) for w in p.genitive_prepositions) or "(?!x)x"
        det = "|".join(phrase_pattern(d) for d in p.determiners)
        self.genitive = re.compile(
            rf"\s{{1,3}}(?:{genitive})\s{{0,3}}(?:(?:{det})\s{{0,3}})?", re.I
        )
        pronouns = "|".join(re.escape(w) for w in p.relative_pronouns) or "(?!x)x"
        self.relative_before = re.compile(rf"(?:,|\b(?:{pronouns}))\s{{1,3}}$")
        capable = "|".join(re.escape(w) for w in p.capability_verbs) or "(?!x)x"
        # "que permite restringir", "qui permet de restreindre", "che consente di limitare",
        # "that allows the president to restrict": the infinitive a law makes possible
        self.capability = re.compile(
            rf"\b(?:{pronouns})\s{{1,3}}(?:{capable})\s{{1,3}}"
            rf"(?:(?:[\w'’-]{{1,20}}\s{{1,3}}){{0,3}}(?:de|di|d['’]|to|a|zu)\s{{0,3}})?$"
        )
        self.foreground = WideWords(p.foreground_cues)
        # Hong Kong and Taiwan copy often puts ASCII commas between Chinese clauses.
        # The comma leads, so that the pattern starts with a literal (fast scanning).
        breaks = [re.escape(b) for b in p.clause_breaks] + [f",(?<={IDEOGRAPH},)"]
        self.clause = re.compile("|".join(breaks))
        self.relative = re.compile("|".join(re.escape(b) for b in p.relative_clause_openers))
        home = [w for words in p.home_anaphors.values() for w in words]
        self.anaphor = compile_words([*_all(p.anaphors), *home])
        self.home = compile_words(home)
        self.home_of = {normal(w): code for code, words in p.home_anaphors.items() for w in words}
        demonyms = [w for words in p.demonyms.values() for w in words]
        self.demonym_of = {normal(w): code for code, words in p.demonyms.items() for w in words}
        # Round 36: the Romance adjectives read without their accents too, as titles
        # rebuilt from web addresses carry them ("restricoes americanas"), folded once here
        # rather than listed form by form
        bare = {_bare(w): code for w, code in self.demonym_of.items()}
        self.demonym = compile_words([*demonyms, *sorted(set(bare) - set(self.demonym_of))])
        self.demonym_of = {**bare, **self.demonym_of}
        # Round 29: a headline's subject told by its nationality ("Dutch responds to ...").
        self.headline_demonym = compile_words(
            [w for words in p.headline_demonyms.values() for w in words]
        )
        self.headline_demonym_of = {
            normal(w): code for code, words in p.headline_demonyms.items() for w in words
        }
        # Round 36: an adjective of nationality right before a measure noun names its
        # author ("Chinese export controls", "amerikanische Exportkontrollen"): the English
        # headline adjectives, the German stems with their endings, the Dutch forms
        prenominal: dict[str, str] = {
            normal(w): code for code, words in p.headline_demonyms.items() for w in words
        }
        for lang, states in p.prenominal_demonyms.items():
            for code, words in states.items():
                for w in words:
                    endings = ("e", "en", "er", "es") if lang == "de" else ("",)
                    prenominal.update((normal(w + end), code) for end in endings)
        self.prenominal_of = prenominal
        self.pronoun = compile_words(["it", "its", "they", "their", "elle", "elles"])
        self.governing = ScriptWords([*self._governing_forms(irr), *p.governing_nouns])
        #: Separable governing verbs by head: "legt ... op", "führt ... ein".
        # Round 46: a German split verb in every finite form its third person gives
        # ("führt … ein" also "führte … ein", "führten … ein"), as the predicates' split
        # verbs are read (``_weak_forms``): "kündigte ein Verbot für … an" was no act.
        self.split_governing = {
            form: particle
            for lang, words in _merged(p.governing_verbs, p.split_governing_verbs).items()
            for head, _, particle in (w.rpartition(" ") for w in words)
            if head and " " not in head and particle in p.separable_particles.get(lang, ())
            for form in (head, *_weak_forms(head, lang))
        }
        self.split_head = compile_words(self.split_governing, r"\s")
        self.split_end = re.compile(
            r"\s{0,3}(?:[.,;:!?)»\"”’]|$|(?:dat|die|om|en|maar|want|omdat|zodat|nadat|terwijl|als|"
            r"wanneer|dass|weil|und|aber|nachdem|um|wenn|der|das|sowie|zo|voor|per|vanaf|met)\b)"
        )
        self.decision = compile_words([*_all(p.decision_verbs, irr), *p.decision_nouns])
        # Round 28: "una orden ejecutiva para imponer un arancel": the instrument, its
        # purpose word and an infinitive of imposing govern the measure noun after them.
        infinitives = "|".join(
            sorted({re.escape(w.lower()) for w in _all(p.instrument_infinitives)}, key=len)[::-1]
        )
        self.instrument_end = compile_words(p.decision_nouns, r"[\s,]{1,3}$")
        self.instrument_purpose = compile_words(
            p.decision_nouns,
            r"\s{1,3}(?:to|para|per|pour|a fin de|afin d['’]|a fim de)\s{1,3}"
            rf"(?:{infinitives})\b",
        )
        self.group = WideWords(p.group_nouns)
        self.passive = compile_words(p.passive_auxiliaries, r"\s{0,3}(?:[a-z]{1,20}\s{1,3})?$")
        # One adverb may stand between the auxiliary and the participle: English "-ly",
        # Romance "-ment"/"-mente" and the common "now/already" words ("est désormais
        # suspendue", "fue finalmente levantada", "wurde nun ausgesetzt").
        self.be_before = compile_words(
            p.passive_auxiliaries,
            r"\s{1,3}(?:(?:[a-z]{2,12}ly|[a-zà-ÿ]{3,14}ment[e]?|désormais|maintenant|ya|già|"
            r"ora|já|agora|nun|jetzt|inzwischen|nu|inmiddels|"
            # round 34: "BIS is also removing 27 entities", "is now adding"
            r"also|now|already|aussi|también|anche|também|auch|ook)\s{1,3})?$",
        )
        self.determiner = compile_words(p.determiners, r"\s{0,3}$")
        det = "|".join(phrase_pattern(d) for d in p.determiners)
        # A determiner or possessive, then at most three modifiers, right before a noun.
        # Round 37: a determiner of any language right after a verb, before its object
        # ("aprobó las restricciones", "a approuvé l'interdiction")
        self.object_determiner = re.compile(rf"\s{{1,3}}(?:(?:{det})\s{{0,3}})?", re.I)
        self.np_head = re.compile(rf"(?:{det})\s{{0,3}}(?:[\w-]{{1,24}}\s{{1,3}}){{0,3}}$", re.I)
        # "new rules", "the latest export curbs", "新规": a measure announced as new.
        self.novel = compile_words(
            _all(p.novelty_modifiers), r"\s{0,3}(?:[\w-]{1,24}\s{1,3}){0,2}$"
        )
        self.prior = compile_words(
            [w for w in p.prior_event_markers if not has_cjk(w)],
            # round 42: a modifier may hold periods ("imposed by U.S. sanctions"); round 45:
            # a clause's subject, auxiliary and participle, then the noun's own article
            # ("après que Pékin a imposé des restrictions")
            rf"\s{{1,3}}(?:(?:{det})\s{{0,3}})?(?:[\w'’.-]{{1,24}}\s{{1,3}}){{0,3}}"
            rf"(?:(?:{det})\s{{0,3}})?$",
        )
        # Chinese has no spaces: a marker, then a short noun phrase ("违反美国出口管制").
        self.prior_cjk = compile_words(
            [w for w in p.prior_event_markers if has_cjk(w)], r"[^，。；、]{0,10}$"
        )
        # A preposition, then at most three modifiers, right before a noun ("from expanded
        # export curbs"): the word after them is the preposition's object, a noun.
        self.prep_np = compile_words(
            [w for w in p.participle_preceders if w not in ("and", "or")],
            r"\s{1,3}(?:[\w-]{1,24}\s{1,3}){1,3}$",
        )
        self.speakers = WideWords(_all(p.speaker_cues))
        self.prior_word = compile_words(p.prior_event_markers)
        self.since_adverbs = frozenset(p.since_adverbs)
        self.perfect_auxiliaries = frozenset(p.perfect_auxiliaries)
        self.prior_clause = compile_words(p.prior_clause_openers)
        self.reporting = compile_words(_all(p.reporting_verbs))
        self.reported_modals = frozenset(p.reported_modals)
        self.denial = WideWords(p.denial_cues)
        self.modifier_followers = frozenset(p.noun_modifier_followers)
        self.participle_pre = frozenset(p.participle_preceders)
        self.participle_heads = frozenset(p.participle_heads)
        self.auxiliaries = frozenset(p.participle_auxiliaries)
        fold = script_folder().fold
        self.directive_modals = frozenset(fold(w) for w in p.directive_modals)
        # Round 31: the same verbs searched for, to find a request that governs a headline's
        # closing infinitive ("China vraagt bedrijven orders te stoppen").
        self.directive_words = compile_words(p.directive_modals)
        self.document = compile_words(p.document_nouns)
        self.future_modals = frozenset(fold(w) for w in p.future_modals)
        self.modal_exceptions = tuple(fold(w) for w in p.modal_exceptions)
        # Round 35: a worry named as an act's ground ("citing security concerns")
        self.modal_ground_nouns = frozenset(p.modal_ground_nouns)
        # Round 37: concern at a measure, a modal cue within its own clause (``talk.py``)
        self.modal_concerns = frozenset(w.casefold() for w in _all(p.concern_cues))
        self.modal_grounds = compile_words(p.modal_grounds)
        # The exceptions by script: a Chinese modal match is checked against the Chinese
        # words only ("模拟"), a Korean one against the Korean ("검토한 후").
        self.modal_exceptions_hangul = tuple(w for w in self.modal_exceptions if HANGUL.search(w))
        self.modal_exceptions_han = tuple(w for w in self.modal_exceptions if not HANGUL.search(w))
        self.forecast_after = compile_words(p.forecast_after)
        # Round 37: an agreement verb (every form in the inflected languages) and the
        # joining infinitive after it: "agreed to join the US in limiting", "aceitou
        # participar da limitação" commit to act later (``talk._committed``).
        self.agreement = compile_words(self._inflected(p.agreement_lemmas))
        self.joining = compile_words(_all(p.joining_infinitives))
        self.threat_after = compile_words(p.threat_after)
        self.measure_participles = compile_words(p.measure_participles)
        # Round 33: "hat angekündigt, … Exportkontrollen … einzuführen" (grammar.governed)
        self.decided_head = compile_words(
            [w for lang in ("de", "nl") for w in p.decided_infinitive_heads.get(lang, [])]
        )
        self.decided_closing = compile_words(_all(p.decided_closing_infinitives))
        # Round 33: a time phrase in the modifier of the measure a verb acts on (talk.py)
        self.dated_attributive = compile_words(_all(p.dated_attributives))
        self.object_relative = compile_words(_all(p.object_relatives))
        self.chronicle = compile_words(p.chronicle_cues)
        # Japanese modal words written in kanji alone ("案", "構え") are Chinese words too
        # ("一案" is "a case"): they count only in a sentence with kana.
        zh_modals = {fold(w) for w in p.modal_cues.get("zh", [])}
        self.ja_only_modals = frozenset(
            fold(w) for w in p.modal_cues.get("ja", []) if has_cjk(w) and fold(w) not in zh_modals
        )
        self.announced = tuple(fold(w) for w in p.announced_after)
        # Whether an effective date stands in a window (the callers ask only that): the
        # regex's branches start with a word bound, so the engine tried all of them at
        # every position; led by a class of their first characters, it skips to those
        # and checks the whole regex from there (round 29). A match is one character.
        regex = p.effective_date_regex
        if hashlib.sha256(regex.encode()).hexdigest() == EFFECTIVE_FIRST_CHECKED:
            self.effective = re.compile(rf"{EFFECTIVE_FIRST}(?<=(?=(?:{regex})).)")
        else:
            self.effective = re.compile(regex)
        self.obligation = compile_words(_all(p.approval_obligations))
        self.obligation_after = compile_words(p.approval_obligations_after)
        # Round 26: an approval as the precondition something waits for ("until approval")
        self.precondition_before = compile_words(_all(p.precondition_before))
        self.precondition_after = compile_words(p.precondition_after)
        # Round 30: an approval inside a tightening's scope ("認可なしで", "losing its
        # authorization", "승인에 대한 요건 강화"): the tightening's object, no grant
        self.approval_without_after = compile_words(p.approval_without_after)
        self.approval_tightened_after = compile_words(_all(p.approval_tightened_after))
        self.approval_withdrawn_before = compile_words(_all(p.approval_withdrawn_before))
        # Round 37: an approval or licence awaited, sought or expected ("仍待美国批准",
        # "承認待ち", "허가를 신청", "approval … still pending"): no grant
        ungranted = p.ungranted_grants
        self.ungranted_before = compile_words(
            [w for words in ungranted.before.values() for w in _all(words)]
        )
        self.ungranted_after = compile_words(
            [w for words in ungranted.after.values() for w in _all(words)]
        )
        # Round 26: a measure named as what someone breached ("violated US sanctions")
        self.violation_before = compile_words(_all(p.violation_before))
        # Round 35: a suspicion that makes the breach a probe's ground ("違反の疑いで調査")
        self.suspicion = compile_words(_all(p.suspicion_cues))
        # Round 31: a headline approval told with its conditions (``article.py``)
        self.conditional_approval = compile_words(_all(p.conditional_approval_cues))
        # plain strings, found with ``str.find`` in six characters after a measure
        self.violation_after = tuple(fold(w) for w in p.violation_after)
        # Round 43: a probe's own verb telling its finding ("a probe found ... violated")
        self.probe_findings = compile_words(_all(p.probe_findings))
        self.procedure = compile_words(p.approval_procedures)
        self.procedure_after = compile_words(p.approval_procedures_after)
        self.instrument = compile_words(p.legal_instruments)
        self.participle_objects = frozenset(p.participle_phrase_followers)
        agent = "|".join(re.escape(w) for w in p.agent_prepositions if not has_cjk(w)) or "by"
        self.agent = re.compile(
            rf"\b(?:{agent})\s{{1,3}}(?:(?:the|la|le|el|der|die|de|het)\s{{1,3}})?$"
        )
        self.agent_cjk = tuple(w for w in p.agent_prepositions if has_cjk(w))
        self.separation = tuple(w.lower() for w in p.separation_nouns)
        self.notified = tuple(script_folder().fold(w.lower()) for w in p.notified_cues)
        fold = script_folder().fold
        self.cjk_modifiers = tuple(fold(w) for w in p.noun_modifier_followers if has_cjk(w))
        self.flow_re = ScriptWords(w for words in p.flows.values() for w in words)
        self.flow_of = {normal(w): flow for flow, words in p.flows.items() for w in words}
        self.flow_stems = [
            (normal(w), flow) for flow, words in p.flows.items() for w in words if "*" in w
        ]
        self.place = frozenset(w for w in p.place_prepositions if not has_cjk(w))
        # Round 37: a lower-case headline's untagged first state of a pair ("usa cina")
        self.pair_state_words = frozenset(w.lower() for w in p.pair_state_words)
        # Round 37: a verb of receiving goods after a state (its subject: the destination)
        self.recipient = compile_words(p.recipient_verbs)
        # Round 38: a verb of backing another's measure ("backed", "respaldaron", "지지")
        self.backing = compile_words(p.backing_verbs)
        # ... and the opener of a firm's response to a measure ("in response to", "を受け")
        self.response_opener = compile_words(p.response_openers)
        # ... and the noun of a market right after a state ("Taiwan Stock Exchange")
        self.market_noun = compile_words(p.market_nouns)
        # ... and a target marker on an untagged abbreviation ("对华", "対中"), by state
        self.cjk_destinations = {
            state: tuple(fold(w) for w in words) for state, words in p.cjk_destinations.items()
        }
        # ... and the nouns of listed entities whose nationality names no lister
        self.target_entity = compile_words([w for w in p.target_entity_nouns if not has_cjk(w)])
        self.cjk_target_entity = tuple(fold(w) for w in p.target_entity_nouns if has_cjk(w))
        # "the clash between China and the US": both states name a relation, neither acts.
        between = "|".join(re.escape(w) for w in p.relation_prepositions) or "(?!x)x"
        self.relation = re.compile(
            rf"\b(?:{between})\s{{1,3}}(?:[\w.'’-]{{1,20}}\s{{1,3}}){{0,4}}?"
            rf"(?:(?:and|e|y|et|und|en)\s{{1,3}}(?:[\w'’]{{1,4}}\s{{1,3}})?)?$"
        )
        # Round 35: "to countries such as China and": the class noun and "such as" (with
        # an article before either) stand between the place word and the list's head.
        openers = "|".join(re.escape(w) for w in p.example_openers) or "(?!x)x"
        self.example_opener = re.compile(
            rf"(?:\b(?:the|i|le|les|des|los|las|os|as|die|de|den)\s{{1,3}})?\b(?:{openers})"
            rf"\s{{1,3}}(?:(?:the|la|le|l'|l’|el|il|lo|a|o|die|der|den|het)\s{{1,3}})?$"
        )
        self.cjk_place = tuple(fold(w) for w in p.place_prepositions if has_cjk(w))
        self.cjk_not_place = tuple(fold(w) for w in p.place_exceptions)
        self.adjectival = frozenset(w for w in p.adjectival_followers if not has_cjk(w))
        self.cjk_adjectival = tuple(fold(w) for w in p.adjectival_followers if has_cjk(w))
        # Round 37: "米政府から輸出許可を取得した": a state marked "from" is the issuer of
        # the licence a firm obtained (``license_received_sov``), no place qualifier
        received = [
            v.removeprefix("から").removeprefix("を").removeprefix("が")
            for pred in p.predicates
            if pred.id == "license_received_sov"
            for v in pred.verbs.get("ja", [])
        ]
        self.issued_from = re.compile(
            r"から[^、。，,]{0,24}?(?:" + "|".join(map(re.escape, sorted(set(received)))) + ")"
            if received
            else r"(?!x)x"
        )
        self.subject_particles = tuple(p.subject_particles)
        self.joining_particles = tuple(p.joining_particles)
        self.cjk_object_markers = tuple(fold(w) for w in p.object_markers)
        self.directive_markers = tuple(fold(w) for w in p.directive_markers)
        self.cjk_not_subject = tuple(fold(w) for w in p.non_subject_followers)
        self.cjk_passive = tuple(fold(w) for w in p.passive_auxiliaries if has_cjk(w))
        self.quote_cues = tuple(fold(w) for w in p.quote_cues)
        self.korean_heads = tuple(p.korean_heads)
        # Round 46: a Hangul name ending as an agency's does, then a particle or a space
        agency = "|".join(sorted(map(re.escape, p.korean_agency_suffixes), key=len, reverse=True))
        self.korean_agency = re.compile(
            rf" ?[\uac00-\ud7af]{{0,10}}(?:{agency or '(?!x)x'})(?:은|는|이|가|도|의)?(?=[\s,]|$)"
        )
        self.separators = frozenset(s.strip() for s in p.list_separators)
        self.non_policy = compile_words(p.non_policy_objects)
        # "renforcera la sécurité": a strengthening verb's object that is no measure
        self.non_measure = compile_words(p.non_measure_objects)
        # Round 47: "ease tensions over export controls": an easing verb's object no measure
        # (one qualifier allowed before the noun: "the global shortage", "growing tensions")
        self.eased_non_measure = compile_words(
            [
                *p.eased_non_measures,
                *(f"{q} {n}" for q in p.eased_qualifiers for n in p.eased_non_measures),
            ]
        )
        # Round 47: "onderzoekt een nieuwe manier om …": a means studied, no probe; a
        # novelty word may stand before the noun ("new ways", "nieuwe manier")
        novel = [w for ws in p.novelty_modifiers.values() for w in ws if w.isascii() or w.isalpha()]
        self.study_object = compile_words(
            [*p.study_objects, *(f"{n} {o}" for n in novel for o in p.study_objects)]
        )
        # ... and the means noun before the measure it is sought for ("ways to restrict",
        # "manier om … te blokkeren", "moyens de couper", "Möglichkeiten, … zu beschränken")
        means = "|".join(re.escape(w) for w in sorted(p.study_objects, key=len, reverse=True))
        self.study_means = re.compile(
            rf"(?<![\w-])(?:{means or '(?!x)x'})\s{{0,2}}"
            r"(?:(?:to|om|de|per|di|pour|para|zu)(?![\w-])|d['’]|,)"
        )
        self.grace = compile_words(p.grace_periods)
        self.export_duty = compile_words(p.export_duties)
        # Round 44: "summoned the Dutch ambassador": a protest, no summons over chips
        self.diplomat = compile_words(p.diplomat_nouns)
        # Round 44: a line closed by a photo credit ("… / AFP") is a caption
        agencies = "|".join(re.escape(fold(a)) for a in p.photo_agencies)
        self.photo_credit = (
            re.compile(rf"/\s{{0,3}}(?:{agencies})\s{{0,3}}\)?\s*$") if agencies else None
        )
        # Round 44: "제한 조치로 …비용이 발생", "輸出規制により損失": the measure as a cause
        self.premise_cause = compile_words(_all(p.premise_cause_after))
        # Round 24: a legal challenge dropped ("withdrew its WTO complaint"), no easing
        self.challenge = compile_words(p.event_challenge_nouns)
        # Round 24: "取消…的设备豁免": a grant revoked is no easing
        self.revoking = compile_words([fold(w) for w in p.event_revoking_verbs])
        # Round 24: "China's access to", "acesso da China": the state denied it is a target
        self.access = compile_words(p.event_access_nouns)
        self.idiom_after = tuple(fold(w) for w in p.idiom_followers)
        self.demand_before = tuple(fold(w) for w in p.demand_before)
        self.prevent_before = compile_words([fold(w) for w in p.prevent_before])
        self.consequence_opener = compile_words([fold(w) for w in _all(p.consequence_openers)])
        # Round 30: a measure governed by an easing or a change (``eased_content.py``):
        # before it in Chinese and the European languages, after it in Japanese and Korean.
        self.easing_pushers = compile_words(_governors(p.easing_pushers, sov=False))
        self.easing_before = compile_words(_governors(p.easing_governors, sov=False))
        self.easing_after = compile_words(_governors(p.easing_governors, sov=True))
        self.amend_before = compile_words(_governors(p.amend_governors, sov=False))
        self.amend_after = compile_words(_governors(p.amend_governors, sov=True))
        # Round 18: a law an approval noun approves (``approval.py``): before it, then at
        # most four words; or after it, a genitive and at most three words.
        laws = "|".join(phrase_pattern(w) for w in _all(p.passing_law_nouns) if w)
        self.law_before = re.compile(
            rf"(?<!\w)(?:{laws})(?!\w)(?:\s{{1,3}}[\w'’-]{{1,20}}){{0,4}}\s{{1,3}}"
            if laws
            else "(?!)"
        )
        self.law_after = re.compile(
            r"\s{1,3}(?:of|for|on|to|de|du|des|der|van|di|della|del|dello|da|do|dos|das)"
            rf"(?:\s{{1,3}}[\w'’-]{{1,20}}){{0,3}}?\s{{1,3}}(?:{laws})(?!\w)"
            if laws
            else "(?!)"
        )
        # Round 18: a measure named in a concessive or circumstance phrase (``concessive.py``)
        # Round 19: heads of a Korean relative clause that carry its act (``talk.py``)
        self.sov_act_heads = ScriptWords(_all(p.sov_act_heads))
        self.concessive = concessive_reader(
            [fold(w) for w in _all(p.passing_concessive_cues)],
            [fold(w) for w in _all(p.passing_concessive_after)],
        )
        self.exception_before = compile_words(p.exception_before)
        self.restating = tuple(fold(w) for w in p.restating_determiners)
        self.exception_after = compile_words(p.exception_after)
        self.generic_states = tuple(fold(w) for w in p.generic_states)
        self.business = ScriptWords(_all(p.business_cues))
        # Round 41: a cue of one language is a common word of another (French "action", a
        # share, in "Entity List Action"): a cue found is checked in the article's language.
        self.business_of = {lang: ScriptWords(words) for lang, words in p.business_cues.items()}
        self.application_channel = compile_words(_all(p.application_channels))
        self.request_headline = compile_words(_all(p.request_cues))
        # Round 25: an industry body's statement headline (``bodies.py``)
        self.body_nouns = compile_words(_all(p.genre_body_nouns))
        self.body_verbs = compile_words(_all(p.genre_body_verbs))
        self.body_topic = compile_words(_all(p.genre_topic_openers))
        # Round 26: legislators and their initiative in a headline (``bodies.py``)
        self.legislator_nouns = compile_words(_all(p.legislator_nouns))
        self.legislator_verbs = compile_words(_all(p.legislator_verbs))
        # a criminal case's words (``lawcase_cues``): a headline's (``bodies.py``), and a
        # sentence's or a headline's in ``detect._law_case`` (round 20; one compile for both)
        self.lawcase = WideWords(_all(p.lawcase_cues))
        # round 32: a lawsuit or a court's own proceeding in the headline (``bodies.py``)
        self.lawsuit = WideWords(_all(p.lawsuit_cues))
        self.body_names = re.compile(
            r"\b(?:" + "|".join(re.escape(n) for n in p.genre_body_names) + r")\b"
            if p.genre_body_names
            else r"(?!x)x"
        )
        self.statistics_source = compile_words(_all(p.statistics_cues))
        #: What a text must hold for ``statistics_source`` to match in it (None: any).
        self.statistics_parts = PartsGate.of(_all(p.statistics_cues))
        # Round 30: a statistics headline's flow, figure and period (``article.py``); the
        # period is a month name too, bar English "may" (the modal; "in may" is a period cue)
        self.statistics_flows = compile_words(_all(p.statistics_flows))
        self.statistics_figures = compile_words(_all(p.statistics_figures))
        self.statistics_periods = compile_words(
            [
                *_all(p.statistics_periods),
                *(
                    m
                    for lang, names in p.month_names.items()
                    for m in names
                    if (lang, m) != ("en", "may")
                ),
            ]
        )
        # impact_cues holds every script; the CJK ones are read by ``demote_impact`` (forms)
        self.headings = heading_pattern(
            _all(p.section_headings),
            _all(p.genre_labels),
            # round 18: analysis and explainer headlines are read as impact headlines
            [w for w in [*_all(p.impact_cues), *_all(p.passing_analysis_cues)] if not has_cjk(w)],
            verdict=(
                [w for w in _all(p.speaker_cues) if not has_cjk(w)],
                _all(p.passing_verdict_verbs),
            ),
            news_tags=_all(p.passing_news_tags),
        )
        # Reaction headlines (``reactions.py``), read in the six European languages only
        self.reaction_headline = ScriptWords(
            (w for lang, words in p.reaction_verbs.items() if lang in _EU_LANGS for w in words),
            quoted=True,
            gated=True,
        )
        # Round 36: a heading over other stories' links (``segment.related_line``)
        self.related_headings = frozenset(fold(w) for w in _all(p.related_headings))
        self.noise_prefixes = tuple(fold(w) for w in p.noise_line_prefixes)
        self._forms(p)
        self.scan = ScriptWords([*self.trigger_keywords, *self.product_keywords])
        self.action_titles = {name: spec.title for name, spec in p.actions.items()}

    def _governing_forms(self, irr: dict[str, list[str]]) -> list[str]:
        """The governing verbs as listed, with their future forms (round 32).

        A listed form stood for itself only, so a measure noun under the same verb told in
        the future was not read: "conduzirá uma revisão de segurança" (the future of a
        listed "conduziu"), "va a abrir una investigación". A predicate verb's own future
        ("investigará", "restringirá") was read as the decided act it states; the future of
        the verb that governs a measure noun states it as well. Added from the inflection
        table: the third person of the synthetic future (``_FUTURE_3RD``) and the infinitive
        after a periphrastic future's auxiliary (``future_auxiliaries``: "vai impor").
        Nothing else of the table: the conditional ("impondría") states no act, and other
        tenses were no part of this class (round 32 tried the whole table: it read a
        participle of a prior tariff in the development set as news).

        Round 33: the infinitive after a decision or an announcement as well
        (``decided_infinitive_heads``: "se decide implementar controles", "a décidé
        d'imposer des restrictions"): the decision is taken, its measure named.
        """
        p = self.patterns
        out = _all(p.governing_verbs, irr)
        for lang, items in p.governing_verbs.items():
            # Round 46: a split verb joined again at the end of a subordinate clause ("da
            # die Regierung ein Verbot für … ankündigte", "dat het kabinet beperkingen
            # oplegt"), in each finite form the split-verb rule reads (``_weak_forms``)
            particles = p.separable_particles.get(lang, ())
            for word in [*items, *p.split_governing_verbs.get(lang, ())]:
                head, _, particle = word.rpartition(" ")
                if head and " " not in head and particle in particles:
                    out.extend(particle + form for form in (head, *_weak_forms(head, lang)))
            ending = _FUTURE_3RD.get(lang)
            table = self.inflections.get(lang, {}) if lang in INFLECTED_LANGS else {}
            if ending is None or not table:
                continue
            out.extend(_plurals(items, table, _PLURAL_OF_3RD.get(lang, ())))
            auxiliaries = p.future_auxiliaries.get(lang, [])
            heads = p.decided_infinitive_heads.get(lang, [])
            for word in items:
                for form in table.get(word, ()):
                    if form.endswith(ending):
                        out.append(form)
                        if form.endswith(_UNACCENTED_FUTURE.get(lang, "\0")):
                            out.append(form[:-1] + "a")  # round 34: "condurra" for "condurrà"
                    elif form.endswith(_INFINITIVE[lang]):
                        out.extend(f"{aux} {form}" for aux in auxiliaries)
                        out.extend(_joined(head, form) for head in heads)
        return out

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
        particles = self.patterns.separable_particles
        for lang, words in predicate.verbs.items():
            table = self.inflections.get(lang, {}) if lang in INFLECTED_LANGS else {}
            for word in words:
                if lang != "en":
                    forms = table.get(word, [word])
                    if predicate.firm_subject:
                        forms = [w for w in forms if w == word or not _unrealised(w, lang)]
                    out.extend((w, "verb", lang) for w in forms)
                    # Round 45: the regular third-person plural of a listed present or past
                    # when the table holds none ("limite" is lemmatised as the noun, so
                    # "Les Pays-Bas limitent …" was read as no verb)
                    plural_verb = _regular_plural(word, _PLURAL_OF_3RD.get(lang, ()))
                    if plural_verb is not None and plural_verb not in forms:
                        out.append((plural_verb, "verb", lang))
                    # round 28: a listed participle's agreeing forms ("aggiunte")
                    out.extend(
                        (w, "verb", lang) for w in agreement_forms(word, lang) if w not in forms
                    )
                    head, _, particle = word.rpartition(" ")
                    if head and " " not in head and particle in particles.get(lang, ()):
                        out.append((head, f"split:{particle}", lang))  # "schort ... op"
                        out.extend(
                            (form, f"split:{particle}", lang) for form in _weak_forms(head, lang)
                        )
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
