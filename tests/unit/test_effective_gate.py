"""The effective-date regex led by a class of its first characters: same answer, found or not."""

from __future__ import annotations

import hashlib
import importlib
import random
import re
from typing import Any

from streams.core.lexicon import (
    EFFECTIVE_FIRST,
    EFFECTIVE_FIRST_CHECKED,
    Lexicon,
    load_patterns,
)

_parser: Any = importlib.import_module("re._parser")
_REGEX = load_patterns().effective_date_regex
# Pieces of the phrases the regex reads, in its scripts, and filler around them.
_PIECES = [
    "from",
    "starting",
    "effective",
    "as of",
    "take effect",
    "comes into force",
    "on",
    "with immediate effect",
    "自",
    "起",
    "实施",
    "3月1日から",
    "施行は",
    "5월 1일부터",
    "부터 시행",
    "ab dem 1.",
    "in kraft",
    "à partir du 2",
    "à compter du",
    "en vigueur",
    "a partir del 3",
    "en vigor",
    "a partire dal",
    "in vigore",
    "em vigor",
    "vanaf 4",
    "per 1 januari",
    "met ingang van",
    "van kracht",
    "jan",
    "march",
    "12",
    "2025",
    "today",
    "immediately",
    "in 30 days",
    "a",
    "x",
    "the rule",
    "ein",
    "限",
]


def _gate() -> re.Pattern[str]:
    """The lexicon's form of the regex (built as `Lexicon` builds it)."""
    return re.compile(rf"{EFFECTIVE_FIRST}(?<=(?=(?:{_REGEX})).)")


def test_every_branch_starts_with_a_character_of_the_class() -> None:
    """Each top-level branch's first character (after a word bound) is in the class."""
    first = re.compile(EFFECTIVE_FIRST)
    branches = _parser.parse(_REGEX).data[0][1][1]
    assert len(branches) > 20
    for branch in branches:
        ops = list(branch)
        while ops[0][0] in (_parser.SUBPATTERN,):
            ops = list(ops[0][1][3]) + ops[1:]
        ops = [op for op in ops if op[0] is not _parser.AT]  # the word bound
        head = ops[0]
        while head[0] in (_parser.SUBPATTERN, _parser.MAX_REPEAT, _parser.BRANCH):
            if head[0] is _parser.BRANCH:
                for alt in head[1][1]:
                    assert first.match(chr(alt[0][1])), alt
                break
            head = next(iter(head[1][3] if head[0] is _parser.SUBPATTERN else head[1][2]))
        else:
            if head[0] is _parser.LITERAL:
                assert first.match(chr(head[1])), branch
            else:  # \d
                assert head[0] is _parser.IN and first.match("7"), branch


def test_the_gated_regex_finds_a_date_where_the_regex_does() -> None:
    """Found or not, in 5,000 random texts and windows, as the plain regex says."""
    plain, gated = re.compile(_REGEX), _gate()
    rng = random.Random(29)
    found = 0
    for _ in range(5000):
        text = "".join(
            rng.choice(_PIECES) + rng.choice(["", " ", " ", "  ", ",", "x"])
            for _ in range(rng.randrange(1, 8))
        )
        lo = rng.randrange(0, len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        expect = plain.search(text, lo, hi) is not None
        assert (gated.search(text, lo, hi) is not None) == expect, (text, lo, hi)
        found += expect
    assert found > 500


def test_the_shipped_regex_is_the_one_the_class_was_checked_against() -> None:
    """The bundled lexicon takes the gate; its regex's hash is the one recorded."""
    assert hashlib.sha256(_REGEX.encode()).hexdigest() == EFFECTIVE_FIRST_CHECKED
    assert Lexicon(load_patterns()).effective.pattern.startswith(EFFECTIVE_FIRST)


def test_a_pattern_file_of_ones_own_is_searched_whole() -> None:
    """A custom regex whose branch starts outside the class still finds its dates."""
    own = load_patterns().model_copy(
        update={"effective_date_regex": _REGEX + r"|(?:\bzum\s\d{1,2}\.)"}
    )
    lexicon = Lexicon(own)
    assert not lexicon.effective.pattern.startswith(EFFECTIVE_FIRST)
    assert lexicon.effective.search("die regel gilt zum 1. mai") is not None
    assert _gate().search("die regel gilt zum 1. mai") is None  # what the gate would miss
