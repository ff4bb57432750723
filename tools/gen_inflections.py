"""Write ``streams/catalog/inflections.json``: the forms of the pattern file's words.

German, Dutch, French, Spanish, Italian and Portuguese inflect their verbs and nouns far
more than English, and listing every form by hand misses most of them ("verhängten",
"restreignent", "bloqueó"). simplemma (a maintained lemmatiser for 50+ languages,
zero-dependency, its dictionaries shipped in the package) maps each form of a language
to its lemma; this tool inverts those dictionaries once for the words the pattern file
lists: every listed word (a lemma or any form of it) stands for all forms of its lemma.
The detector reads the generated table at start-up, so simplemma is a development
dependency only and matching costs nothing more than a longer keyword list.

A form is kept only if it shares its first four letters with the listed word (a
lemmatiser's guess never pulls in an unrelated word), has five letters or more (no
short function word such as Spanish "para" slips in as a form of "parar"), and is not
an English word (simplemma's English dictionary): the automaton searches every article
for every form, and "retire", "concede" or "precise" in English copy mean something else.
Forms listed in the pattern file's ``inflection_exclusions`` are words of another of these
languages with another meaning (Italian "ferme", of "fermare", is French "firm"): a
dictionary cannot tell a cognate from a false friend, so they are named one by one.

    .venv/bin/python tools/gen_inflections.py          # rewrite the table
    .venv/bin/python tools/gen_inflections.py --check  # fail if it is out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from schemas.patterns import INFLECTED_LANGS, PolicyPatterns  # noqa: E402
from streams.core.lexicon import load_patterns  # noqa: E402

OUT = ROOT / "streams" / "catalog" / "inflections.json"
_PREFIX = 4
_MIN_FORM = 5


def listed_words(patterns: PolicyPatterns) -> dict[str, set[str]]:
    """Single words (no space, no ``*``) the table must cover, by language."""
    out: dict[str, set[str]] = {lang: set() for lang in INFLECTED_LANGS}
    tables: list[dict[str, list[str]]] = []
    for predicate in patterns.predicates:
        tables.extend([predicate.verbs, predicate.nouns, predicate.event_nouns])
    tables.extend(patterns.classes.values())
    tables.append(patterns.governing_verbs)
    tables.append(patterns.modal_lemmas)
    tables.append(patterns.agreement_lemmas)
    for table in tables:
        for lang, words in table.items():
            if lang in INFLECTED_LANGS:
                out[lang].update(w for w in words if " " not in w and "*" not in w)
    return out


def _forms(
    word: str, lemmas: set[str], inverse: dict[str, set[str]], english: set[str]
) -> list[str]:
    found = {word}
    for lemma in lemmas:
        found.update(inverse.get(lemma, ()))
    keep = {
        f
        for f in found
        if f == word or (len(f) >= _MIN_FORM and f[:_PREFIX] == word[:_PREFIX] and f not in english)
    }
    return sorted(keep)


def build(patterns: PolicyPatterns) -> dict[str, dict[str, list[str]]]:
    """The inflection table for the pattern file's words."""
    import simplemma  # development dependency: only this tool needs it
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    factory = DefaultDictionaryFactory()
    english = {form.casefold() for form, _ in _items(factory.get_dictionary("en").items())}
    english |= set(patterns.inflection_exclusions)  # false friends of other languages
    table: dict[str, dict[str, list[str]]] = {}
    for lang, words in sorted(listed_words(patterns).items()):
        if not words:
            continue
        lemmas = {w: {w, simplemma.lemmatize(w, lang=lang).casefold()} for w in sorted(words)}
        wanted = set().union(*lemmas.values())
        inverse: dict[str, set[str]] = {}
        for form, lemma in _items(factory.get_dictionary(lang).items()):
            key = lemma.casefold()
            if key in wanted:
                inverse.setdefault(key, set()).add(form.casefold())
        entries = {w: _forms(w, lemmas[w], inverse, english) for w in sorted(words)}
        table[lang] = {w: forms for w, forms in entries.items() if forms != [w]}
    return table


def _items(pairs: Iterable[tuple[object, object]]) -> Iterable[tuple[str, str]]:
    """Form and lemma as text: simplemma stores str or bytes, depending on its version."""
    for form, lemma in pairs:
        yield (
            form.decode() if isinstance(form, bytes) else str(form),
            lemma.decode() if isinstance(lemma, bytes) else str(lemma),
        )


def render(table: dict[str, dict[str, list[str]]]) -> str:
    """The JSON text written to the table file (stable, one word a line)."""
    return json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_or_check(out: Path, text: str, tool: str, check: bool) -> int:
    """Write a generated table, or with ``check`` return 1 when the file differs.

    Shared with ``tools/gen_territories.py``: both tables are checked by ``make lint``.
    """
    if check:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            sys.stderr.write(f"{out} is out of date: run {tool}\n")
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    return 0


def main() -> int:
    """Rewrite the table, or with ``--check`` report whether it is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    args = parser.parse_args()
    text = render(build(load_patterns()))
    return write_or_check(OUT, text, "tools/gen_inflections.py", args.check)


if __name__ == "__main__":
    sys.exit(main())
