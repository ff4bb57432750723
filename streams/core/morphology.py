"""English morphology, done once when the lexicon is built: lemmas to their forms.

A verb lemma yields its ``-s``, past, participle and gerund forms (rules for e-drop,
``-ies`` and consonant doubling; ``irregular_verbs`` of the pattern file for the rest);
a noun lemma its plural. Multi-word lemmas inflect their first word ("roll back" ->
"rolled back"). The other Latin-script languages take their forms from the inflection
table instead (``tools/gen_inflections.py``); their listed past participles also take
their gender and number agreement (``agreement_forms``, round 28), which the table misses.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

__all__ = ["agreement_forms", "inflect", "plural", "verb_forms"]

_VOWELS: Final = frozenset("aeiou")
# Round 28 (issue 11): Romance past participles agree with their noun in a passive or
# after a preceding object ("38 compagnie sono state aggiunte", "fueron añadidas",
# "ont été ajoutées"): the masculine singular ending and its three agreeing endings.
_AGREEMENT: Final[dict[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {
    "it": (
        ("ato", ("ata", "ati", "ate")),
        ("ito", ("ita", "iti", "ite")),
        ("uto", ("uta", "uti", "ute")),
        ("nto", ("nta", "nti", "nte")),
        ("tto", ("tta", "tti", "tte")),
        ("sso", ("ssa", "ssi", "sse")),
        ("rso", ("rsa", "rsi", "rse")),
    ),
    "es": (
        ("ado", ("ada", "ados", "adas")),
        ("ido", ("ida", "idos", "idas")),
    ),
    "pt": (
        ("ado", ("ada", "ados", "adas")),
        ("ido", ("ida", "idos", "idas")),
        ("ído", ("ída", "ídos", "ídas")),
    ),
    "fr": (
        ("é", ("ée", "és", "ées")),
        ("it", ("ite", "its", "ites")),
    ),
}


def _ed(word: str) -> list[str]:
    if word.endswith("e"):
        return [word + "d"]
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        return [word[:-1] + "ied"]
    out = [word + "ed"]
    if _doubles(word):
        out.append(word + word[-1] + "ed")
    return out


def _ing(word: str) -> list[str]:
    if word.endswith("ie"):
        return [word[:-2] + "ying"]
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return [word[:-1] + "ing"]
    out = [word + "ing"]
    if _doubles(word):
        out.append(word + word[-1] + "ing")
    return out


def _doubles(word: str) -> bool:
    """Whether a consonant-vowel-consonant ending may double ("ban" -> "banned").

    Both spellings are kept: the rule cannot see stress ("limited", "permitted"), and a
    form no text uses costs nothing.
    """
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS
        and word[-1] not in "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def _s(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def inflect(lemma: str, irregular: dict[str, list[str]]) -> dict[str, list[str]]:
    """English verb forms of ``lemma``: base, finite (-s, past, participle), gerund."""
    head, _, rest = lemma.partition(" ")
    tail = " " + rest if rest else ""
    forms = irregular.get(head)
    if forms is not None:
        third, past, participle, gerund = forms[0], forms[1], forms[2], forms[3]
        finite = [third, past, participle, *forms[4:]]
        gerunds = [gerund]
    else:
        finite = [_s(head), *_ed(head)]
        gerunds = _ing(head)
    return {
        "base": [lemma],
        "verb": [w + tail for w in dict.fromkeys(finite)],
        "gerund": [w + tail for w in gerunds],
    }


def agreement_forms(word: str, lang: str) -> list[str]:
    """A Romance past participle's agreeing forms ("aggiunto" -> "aggiunta", ... "aggiunte").

    Only a single word of at least five letters that ends in a participle ending of its
    language; anything else (a present tense "revoca", a phrase) yields nothing.
    """
    if " " in word or len(word) < 5:
        return []
    for ending, forms in _AGREEMENT.get(lang, ()):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return [stem + form for form in forms]
    return []


def plural(noun: str) -> list[str]:
    """An English noun lemma and its plural ("restriction" -> "restrictions")."""
    words = noun.split(" ")
    last = words[-1]
    if last.endswith(("s", "ics")) and not last.endswith("ss"):
        return [noun]
    return [noun, " ".join([*words[:-1], _s(last)])]


def verb_forms(words: Iterable[str], irregular: dict[str, list[str]]) -> list[str]:
    """Every inflected form of English verb lemmas (cue lists: "impose" -> "imposed")."""
    out: list[str] = []
    for lemma in words:
        for forms in inflect(lemma, irregular).values():
            out.extend(forms)
    return out
