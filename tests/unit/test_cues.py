"""Cue lists as regexes: the skipping form finds exactly what the general form finds."""

from __future__ import annotations

import importlib
import random
import re
from typing import Any

import pytest

from streams.core import cues
from streams.core.cues import compile_words

# Words of every kind `compile_words` sorts them into: bounded Latin words, CJK words,
# tail word parts and loose phrases (a hyphen or an apostrophe at the end).
_LISTS = [
    ["ban", "bans", "banned", "export ban", "expo", "curb", "curbs", "ai", "a"],
    ["限制", "出口", "出口管制", "禁令", "ban"],
    ["regel*", "kontroll*", "re*", "rule", "ruled"],
    ["made-", "ban", "l'", "export controls", "to"],
]
# The regex compiler's own helpers (private, no stubs): what its search skips ahead to.
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
_SUFFIXES = ["", r"\s{0,3}$", r"\s"]
_ALPHABET = [*"abenrstuxlopcdgik ,.-'’_", "限", "制", "出", "口", "管", "禁", "令", "é"]


def _split(words: list[str]) -> tuple[list[str], list[str], cues._Starred, list[str]]:
    """The four kinds of `compile_words`, built by the same rules."""
    bounded: list[str] = []
    cjk: list[str] = []
    starred: cues._Starred = {}
    loose: list[str] = []
    for w in sorted(set(words)):
        core = w.strip("*")
        if cues.has_cjk(w):
            (cjk if "*" not in w else loose).append(w)
        elif not (core[0].isalnum() and core[-1].isalnum()):
            loose.append(w)
        elif "*" in w:
            starred.setdefault((w.startswith("*"), w.endswith("*")), []).append(core)
        else:
            bounded.append(w)
    loose.sort(key=len, reverse=True)
    return bounded, cjk, starred, loose


def _text(rng: random.Random, words: list[str]) -> str:
    """Random text with the words (and their parts) glued into it here and there."""
    pieces = []
    for _ in range(rng.randrange(1, 12)):
        if rng.random() < 0.5:
            pieces.append(rng.choice(words).strip("*"))
        else:
            pieces.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 6))))
    return "".join(piece + rng.choice(["", " ", " ", "  ", ",", "x", "限"]) for piece in pieces)


def _same_matches(a_re: Any, b_re: Any, words: list[str], rng: random.Random) -> int:
    """Assert two matchers agree (search and finditer, random bounds) on 3,000 texts.

    Returns how many matches ``a_re`` found, so a test can check the texts held words.
    """
    found = 0
    for _ in range(3000):
        text = _text(rng, words)
        pos = rng.randrange(0, len(text) + 1)
        endpos = rng.randrange(pos, len(text) + 1)
        a, b = a_re.search(text, pos, endpos), b_re.search(text, pos, endpos)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), text
        spans = [m.span() for m in a_re.finditer(text, pos)]
        assert spans == [m.span() for m in b_re.finditer(text, pos)], text
        found += len(spans)
    return found


@pytest.mark.parametrize("words", _LISTS)
@pytest.mark.parametrize("suffix", _SUFFIXES)
def test_skipping_form_finds_what_the_general_form_finds(words: list[str], suffix: str) -> None:
    """Same match, same span, from every position, with every suffix, in 3,000 texts."""
    kinds = _split(words)
    general = re.compile("(?:" + "|".join(cues._general(*kinds)) + ")" + suffix)
    skipping = re.compile("(?:" + "|".join(cues._skipping(*kinds)) + ")" + suffix)
    found = _same_matches(general, skipping, words, random.Random(f"{words}{suffix}"))
    assert found > 300  # the texts do hold words, at and off their bounds


def test_bounds_hold_before_pos_and_at_the_text_start() -> None:
    """The left bound sees the character before ``pos``; a word at 0 is bounded."""
    pattern = compile_words(["ban", "bans"])
    assert pattern.search("ban x") is not None
    assert pattern.search("urban x", 2) is None
    assert pattern.search("a bans", 2).group() == "bans"  # type: ignore[union-attr]
    assert pattern.search("banshee") is None


def _first_chars(pattern: re.Pattern[str]) -> set[str] | None:
    """The characters the regex engine skips ahead to, or None when it tries everywhere."""
    prefix = _compiler._get_charset_prefix(_parser.parse(pattern.pattern), 0)
    return None if prefix is None else {chr(av) for _, av in prefix}


def test_plain_word_lists_start_with_a_literal() -> None:
    """What the speed rests on: the regex engine gets a set of possible first characters."""
    assert _first_chars(compile_words(["export ban", "curbs", "限制", "regel*"])) == {
        "e",
        "c",
        "限",
        "r",
    }
    # A head word part can start anywhere: the general form stays.
    assert _first_chars(compile_words(["*verbot", "ban"])) is None


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_phrase_bound_after_the_first_character_is_the_bound_before_it(flags: int) -> None:
    """`phrase_pattern` checks the left bound after a literal: the same matches."""
    phrases = ["order", "executive order", "un'", "l'", "a", "the", "ai chips", "éxport"]
    patterns = [cues.phrase_pattern(p) for p in phrases]
    late = re.compile("|".join(patterns), flags)
    # The bound put back in front of the first character, the form before h16g.
    moved = [q[0] + q.removeprefix(q[0] + rf"(?<!\w{q[0]})") for q in patterns]
    assert all(q.startswith(q[0] + rf"(?<!\w{q[0]})") for q in patterns)
    early = re.compile("|".join(r"(?<!\w)" + m for m in moved), flags)
    assert all(cues.phrase_pattern(p)[0] == p[0] for p in phrases)  # a literal first
    rng = random.Random(7)
    found = 0
    for _ in range(3000):
        text = _text(rng, [*phrases, "Order", "THE"])
        a, b = late.finditer(text), early.finditer(text)
        spans = [m.span() for m in a]
        assert spans == [m.span() for m in b], text
        found += len(spans)
    assert found > 300


def _grouped(words: list[str]) -> cues.WideWords:
    """A `WideWords` in the grouped form (a named group tells the Latin matches)."""
    wide = cues.WideWords(words)
    latin = [w for w in words if not cues.has_cjk(w)]
    cjk = [w for w in words if cues.has_cjk(w)]
    parts = [f"(?P<b>{cues._trie(sorted(set(latin)))})(?!\\w)"]
    if cjk:
        parts.append(cues._trie(sorted(set(cjk))))
    grouped = (re.compile("|".join(parts)), None)
    wide._full = wide._ascii = grouped  # the grouped form for ASCII texts too
    return wide


_WIDE = [
    ["ban", "bans", "banned", "export ban", "expo", "限制", "出口管制", "禁令", "a", "é"],
    ["curb", "curbs", "rule", "ruled", "regel", "l", "限", "出口"],
]


@pytest.mark.parametrize("words", _WIDE)
def test_wide_words_split_at_the_root_find_what_the_grouped_form_finds(words: list[str]) -> None:
    """Same matches from every position, by search and finditer, in 3,000 texts."""
    split, grouped = cues.WideWords(words), _grouped(words)
    assert _first_chars(split._full[0]) == {w[0] for w in words}  # skips ahead
    found = _same_matches(split, grouped, words, random.Random(f"{words}"))
    assert found > 300


def test_wide_words_keep_the_grouped_form_when_a_first_character_is_shared() -> None:
    """Words "ai" and "ai芯片" start alike: the first character cannot tell the kind."""
    wide = cues.WideWords(["ai", "ai芯片", "ban"])
    assert wide._full[1] is None
    assert wide.search("the ai ban").group() == "ai"  # type: ignore[union-attr]
    assert wide.search("mai ban").group() == "ban"  # type: ignore[union-attr]
    assert wide.search("mai芯片").group() == "ai芯片"  # type: ignore[union-attr]


# Lists of every script and kind, with phrases no ASCII text can hold ("préoccupé",
# "限制") and one whose curly apostrophe an ASCII text can ("don’t" as "don't").
_MIXED = [
    ["ban", "préoccupé", "pre", "don’t", "限制", "export ban", "él", "e", "a"],
    ["regel*", "réglé*", "made-", "l'", "l’é", "限", "curb", "curbs", "出口管制"],
]


def _ascii_text(rng: random.Random, words: list[str]) -> str:
    """An ASCII text built as `_text` builds one, the non-ASCII characters dropped."""
    text = _text(rng, [*words, "don't", "l'e"])
    return text.encode("ascii", "ignore").decode("ascii")


@pytest.mark.parametrize("gated", [False, True])
@pytest.mark.parametrize("quoted", [False, True])
@pytest.mark.parametrize("words", _MIXED)
def test_script_words_find_what_the_whole_list_finds(
    words: list[str], quoted: bool, gated: bool
) -> None:
    """The ASCII twin (and the parts gate) find the whole list's matches, every window."""
    script = cues.ScriptWords(words, quoted=quoted, gated=gated)
    whole = compile_words(words, quoted=quoted)
    assert (script._gate is not None) == gated
    assert script._ascii.pattern != whole.pattern  # the twin is smaller
    rng = random.Random(f"{words}{quoted}")
    found = 0
    for _ in range(3000):
        text = _ascii_text(rng, words) if rng.random() < 0.8 else _text(rng, words)
        pos = rng.randrange(0, len(text) + 1)
        endpos = rng.randrange(pos, len(text) + 1)
        a, b = script.search(text, pos, endpos), whole.search(text, pos, endpos)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), text
        a, b = script.match(text, pos, endpos), whole.match(text, pos, endpos)
        assert (a and a.span()) == (b and b.span()), text
        spans = [m.span() for m in script.finditer(text, pos)]
        assert spans == [m.span() for m in whole.finditer(text, pos)], text
        found += len(spans)
    assert found > 300


@pytest.mark.parametrize("words", [*_WIDE, ["ban", "préoccupé", "pre", "限制", "él", "e"]])
def test_wide_words_ascii_twin_finds_what_the_whole_form_finds(words: list[str]) -> None:
    """In ASCII text the twin of the ASCII words finds what the whole list's form finds."""
    twin, whole = cues.WideWords(words), cues.WideWords(words)
    whole._ascii = whole._full  # the whole list's form for every text
    assert twin._ascii[0].pattern != whole._full[0].pattern
    rng = random.Random(f"ascii{words}")
    found = 0
    for _ in range(3000):
        text = _ascii_text(rng, words)
        assert text.isascii()
        pos = rng.randrange(0, len(text) + 1)
        endpos = rng.randrange(pos, len(text) + 1)
        a, b = twin.search(text, pos, endpos), whole.search(text, pos, endpos)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), text
        spans = [m.span() for m in twin.finditer(text, pos)]
        assert spans == [m.span() for m in whole.finditer(text, pos)], text
        found += len(spans)
    assert found > 300


def _grouped_emit(node: cues._Trie) -> str:
    """The trie's regex as rounds 1-29 wrote it: a group at every node, chains included."""
    branches = [cues._char(ch) + _grouped_emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


def test_a_chain_of_single_characters_stays_a_run_of_literals() -> None:
    """No group per character: the parse of those groups was most of the analyzer's build."""
    assert cues._trie(["export"]) == "export"
    assert cues._trie(["ban", "bans", "banned"]) == "ban(?:ned|s)?"
    assert cues._trie(["出口管制", "出口"]) == "出口(?:管制)?"


@pytest.mark.parametrize("words", _LISTS)
def test_the_run_form_finds_what_the_grouped_form_finds(words: list[str]) -> None:
    """Dropping the single-branch groups changes neither match nor span (3,000 texts)."""
    trie = cues._build(w.strip("*") for w in words)
    grouped = re.compile(r"(?<!\w)" + _grouped_emit(trie) + r"(?!\w)")
    runs = re.compile(r"(?<!\w)" + cues._emit(trie) + r"(?!\w)")
    assert len(runs.pattern) < len(grouped.pattern)
    assert _same_matches(grouped, runs, words, random.Random(str(words))) > 100


def test_last_match_is_the_nearest_before_the_end_of_the_window() -> None:
    """The last match inside the window; None when the window holds none."""
    words = compile_words(["ban", "curb"])
    text = "a ban, a curb and a ban again"
    found = cues.last_match(words, text, 0, 16)
    assert found is not None and (found.group(), found.start()) == ("curb", 9)
    assert cues.last_match(words, text, 6, 8) is None
