"""The article's language, and which word lists may fire in it (round 33, issue 11).

Every predicate's words are listed by language, yet the tagger matches every list in
every article: the Spanish "con fines militares" read as the English verb "fines", the
Italian "al fine di" as the noun "fine", the Italian "detiene" ("holds") as the Spanish
"detiene" ("stops"). The article's language comes from its ``lang`` tag when that is a
valid BCP 47 tag, else from its script and, for Latin script, from the function words of
``language_scope.function_words`` (no model and no dependency: the tag is present on every
set measured, and the guess only has to tell seven Latin languages and three CJK scripts
apart, see docs/detection.md "Round 33").

What is restricted, and why so little (measured on b37-b45 and the dev set):

* A Latin-script word whose only readings are the English lists fires in a German, Dutch,
  French, Spanish, Italian or Portuguese article only inside an English sentence (more
  English function words than the article's own: a quoted headline) or when the word is
  listed as a word of that language too (``shared_words``: "control" in Spanish).
  English words inside another Latin language are mostly false friends ("fines", "fine",
  "place", "orders", "direct", "issue").
* The lists of the other Latin languages keep serving each other: their shared words are
  mostly the same words ("impedir", "limites", "frenare", "levanta") and the lists are
  not complete; only the article language's ``false_friends`` do not fire.
* English articles read every list (a Romance-listed "limitations" is English too), and
  CJK articles every Latin list (Latin text there is an English quote). Chinese lists keep
  serving Japanese kanji ("審査", "撤回"); ``grammar.script_fits`` decides CJK as before.
* A phrase of a predicate's ``forms`` (not keyed by language) fires everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from schemas.patterns import LanguageScope
from streams.core.script import HAN, HANGUL, KANA, script_folder

__all__ = ["EUROPEAN", "ArticleLanguage", "Languages", "primary_tag"]

#: The Latin-script languages besides English whose articles restrict English-only words.
EUROPEAN: Final = frozenset({"de", "fr", "es", "it", "pt", "nl"})
_ENGLISH: Final = frozenset({"en"})
_NONE: Final[frozenset[str]] = frozenset()
# A BCP 47 tag's shape: a primary language subtag and optional subtags ("pt-BR", "zh-Hant").
_TAG: Final = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")
_UNDETERMINED: Final = frozenset({"und", "mul", "zxx", "mis"})
_WORD: Final = re.compile(r"[^\W\d_]+")
_LATIN: Final = re.compile(r"[a-z\u00df-\u00ff]")  # lower-case Latin letters, accents too
_SAMPLE: Final = 3000  # characters of title and body read to guess an untagged language
_MIN_WORDS: Final = 3  # function words a guess needs, ahead of the next language


def primary_tag(tag: str | None) -> str | None:
    """The lower-case primary subtag of a valid BCP 47 tag ("pt-BR" -> "pt"), else None."""
    if not tag:
        return None
    found = _TAG.fullmatch(tag.strip())
    if found is None:
        return None
    primary = found.group(1).casefold()
    return None if primary in _UNDETERMINED else primary


class Languages:
    """Compiled ``language_scope``: an article's language, and whether a reading fires."""

    __slots__ = ("_false", "_function", "_shared")

    def __init__(self, scope: LanguageScope) -> None:
        """Fold every list as the text it is compared with is folded."""
        fold = script_folder().fold
        self._function: dict[str, frozenset[str]] = {
            lang: frozenset(fold(w) for w in words) for lang, words in scope.function_words.items()
        }
        self._shared: dict[str, frozenset[str]] = {
            lang: frozenset(fold(w) for w in words) for lang, words in scope.shared_words.items()
        }
        self._false: dict[str, frozenset[str]] = {
            lang: frozenset(fold(w) for w in words) for lang, words in scope.false_friends.items()
        }

    def article(self, tag: str | None, title: str, body: str) -> str | None:
        """The article's language: its tag's primary subtag, else a guess from its text.

        The guess reads the title and the body's start: in CJK text (more CJK characters
        than Latin letters) Hangul is Korean, kana Japanese, Han alone Chinese; Latin text
        is the language with the most function words, when it has a few and more than any
        other. None when nothing tells.
        """
        primary = primary_tag(tag)
        if primary is not None:
            return primary
        sample = script_folder().fold(f"{title}\n{body[:_SAMPLE]}".casefold())
        hangul, kana, han = (len(x.findall(sample)) for x in (HANGUL, KANA, HAN))
        if hangul + kana + han > len(_LATIN.findall(sample)):
            # CJK text, a Latin name or quote in it aside: Hangul is Korean; kana at least
            # a tenth of the Han characters is Japanese (a Chinese text may quote a name).
            if hangul >= kana + han:
                return "ko"
            return "ja" if kana * 10 >= han else "zh"
        tokens = _WORD.findall(sample)  # one pass; each language counts the same tokens
        counts = sorted(
            ((_counted(tokens, words), lang) for lang, words in self._function.items()),
            reverse=True,
        )
        if not counts:
            return None
        best, lang = counts[0]
        runner_up = counts[1][0] if len(counts) > 1 else 0
        return lang if best >= _MIN_WORDS and best > runner_up else None

    def fires(
        self, key: str, scope: frozenset[str], lang: str | None, text: str, start: int, end: int
    ) -> bool:
        """Whether a Latin-script phrase ``key`` of the lists ``scope`` fires in ``lang``.

        ``text[start:end]`` is the lower-cased, folded sentence around it: an English-only
        word fires there when the sentence reads as English. An empty ``scope`` (a phrase of
        no known language) and an article of English, CJK or no known language always fire.
        """
        if lang not in EUROPEAN or not scope or lang in scope:
            return True
        if scope == _ENGLISH:
            return key in self._shared.get(lang, _NONE) or self._english(text[start:end], lang)
        return key not in self._false.get(lang, _NONE)

    def _english(self, sentence: str, lang: str) -> bool:
        """Whether the sentence has more English function words than ``lang``'s (a quote)."""
        english = self._count(sentence, "en")
        return english > 0 and english > self._count(sentence, lang)

    def _count(self, text: str, lang: str) -> int:
        """How many words of ``text`` are function words of ``lang``."""
        words = self._function.get(lang)
        if not words:
            return 0
        return _counted(_WORD.findall(text), words)


class ArticleLanguage:
    """An article's language, guessed from its text only when a reading first asks.

    Most articles carry a tag; an untagged one is read (3,000 characters) only when one of
    its triggers is a word of another language's list.
    """

    __slots__ = ("_body", "_done", "_languages", "_tag", "_title", "_value")

    def __init__(self, languages: Languages, tag: str | None, title: str, body: str) -> None:
        """Keep what :meth:`value` needs; nothing is read yet."""
        self._languages = languages
        self._tag = tag
        self._title = title
        self._body = body
        self._value: str | None = None
        self._done = False

    def value(self) -> str | None:
        """The language (``Languages.article``), computed once."""
        if not self._done:
            self._value = self._languages.article(self._tag, self._title, self._body)
            self._done = True
        return self._value


def _counted(tokens: Iterable[str], words: frozenset[str]) -> int:
    return sum(1 for token in tokens if token in words)
