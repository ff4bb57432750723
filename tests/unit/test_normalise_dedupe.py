from __future__ import annotations

import hashlib
import random
import sys
import unicodedata

from schemas.text import FORMAT_CHARACTERS, strip_format_characters
from streams.core import normalise
from streams.core.dedupe import SeenEntry, dedupe_step, is_expired
from streams.core.normalise import WHITE_SPACE, content_hash, normalise_text, unique_paragraphs


def test_normalise_folds_space_case_and_width() -> None:
    assert normalise_text("  Nvidia\t H200\n\nchips ") == "nvidia h200 chips"
    assert normalise_text("ＡＢＣ１２３") == "abc123"  # full-width forms from CJK feeds


def test_hash_ignores_whitespace_and_case_but_not_words() -> None:
    a = content_hash("China clears H200", "Body one.\nBody two.")
    assert a == content_hash(" china  CLEARS h200 ", "Body one.\n\n  Body two.  ")
    assert a != content_hash("China clears H20", "Body one.\nBody two.")
    assert len(a) == 64


def test_hash_separates_title_from_body() -> None:
    assert content_hash("a b", "c") != content_hash("a", "b c")


def test_unique_paragraphs_drops_verbatim_repeats_and_keeps_offsets() -> None:
    body = "First para.\nSecond para.\nFirst  para.\nThird."
    paras = unique_paragraphs(body)
    assert [p for _, p in paras] == ["First para.", "Second para.", "Third."]
    for offset, para in paras:
        assert body[offset : offset + len(para)] == para


def test_first_copy_then_duplicate_then_expiry() -> None:
    state, result = dedupe_step(None, "a", now=100.0, ttl_seconds=50.0)
    assert result.is_first and state == SeenEntry(first_id="a", first_seen=100.0)
    same_state, dup = dedupe_step(state, "b", now=120.0, ttl_seconds=50.0)
    assert dup.duplicate_of == "a" and same_state is state
    _, redelivered = dedupe_step(state, "a", now=130.0, ttl_seconds=50.0)
    assert redelivered.is_first, "the same id again is a redelivery, not a copy"
    new_state, after = dedupe_step(state, "c", now=151.0, ttl_seconds=50.0)
    assert after.is_first and new_state.first_id == "c"
    assert is_expired(state, 150.0, 50.0) and not is_expired(state, 149.9, 50.0)


def test_ascii_text_normalises_as_the_general_path_does() -> None:
    # normalise_text takes a shortcut for ASCII text; hashes stored by earlier
    # versions must still match, so it must equal strip + NFKC + split + casefold.
    import unicodedata

    from schemas.text import strip_format_characters

    def general(text: str) -> str:
        folded = unicodedata.normalize("NFKC", strip_format_characters(text))
        return " ".join(folded.split()).casefold()

    every_ascii = "".join(chr(c) for c in range(128))
    samples = [
        every_ascii,
        every_ascii[::-1],
        "  Nvidia\tH20\x1cexports\x1f\x0b\x0cBANNED \r\n",
        "Mixed CASE, punctuation; and   spaces.",
        "",
    ]
    for text in samples:
        assert text.isascii()
        assert normalise_text(text) == general(text)


def _normalise_reference(text: str) -> str:
    """The definition ``normalise_text`` computes faster (its docstring)."""
    return " ".join(unicodedata.normalize("NFKC", strip_format_characters(text)).split()).casefold()


def test_white_space_lists_every_character_python_splits_on() -> None:
    every = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert sorted(WHITE_SPACE) == every


def test_normalise_is_its_definition_on_random_text() -> None:
    # Characters where a faster path could differ: every white space, format characters,
    # full-width forms and their ASCII twins, combining marks (NFKC composes them, also
    # across a removed format character), ligatures, case that folds to two letters.
    pool = (
        list(WHITE_SPACE)
        + sorted(FORMAT_CHARACTERS)[:40]
        + [chr(c) for c in range(0xFF01, 0xFF5F)]
        + list("ab,.:;()!?% eE\u00e9\u0301\u0308\u00df\u0130\ufb01\u2460\u00bd\u4e2d\u6587\u3002")
        + ["\u212b", "\u1e9b\u0323", "\U0001d400", "\U000e0001"]
    )
    rng = random.Random(7)
    for n in range(4000):
        ascii_only = n % 4 == 0
        chars = [c for c in pool if c.isascii()] if ascii_only else pool
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 40)))
        assert normalise_text(text) == _normalise_reference(text), repr(text)


def test_nfkc_of_a_printable_character_makes_no_white_space_but_the_space() -> None:
    # normalise_text turns the line breaks of printable text into spaces before NFKC and
    # then folds only spaces: right only if NFKC makes no other white space from it.
    other = set(WHITE_SPACE) - {" "}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isprintable():
            assert not other.intersection(unicodedata.normalize("NFKC", char)), hex(code)


def test_normalise_is_its_definition_on_printable_text_with_line_breaks() -> None:
    # The path for text that is printable but for its line breaks (most non-ASCII text):
    # no white space but spaces and line breaks, characters NFKC folds to spaces (U+00A8)
    # or composes (also across a line break), full-width forms, case folding to two letters.
    pool = (
        list("\n\n  ab,.:;eE")
        + [chr(c) for c in range(0xFF01, 0xFF5F)][::7]
        + list("\u00e9\u0301\u0308\u00a8\u00b4\u00df\u0130\ufb01\u2460\u00bd\u4e2d\u6587\u3002")
        + ["\u212b", "\u1e9b\u0323", "\U0001d400", "\u2019", "\u2026"]
    )
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        if not text.isascii():
            assert text.replace("\n", " ").isprintable(), repr(text)
        assert normalise_text(text) == _normalise_reference(text), repr(text)


# normalise_text as it was before NFKC went by pieces (commit 0966977), kept here to show
# that every content hash stays what it was: stored hashes must still match.
_FULL_WIDTH_BEFORE = tuple(
    (c, unicodedata.normalize("NFKC", c))
    for c in "\uff0c\uff1a\uff1b\uff08\uff09\uff01\uff1f\uff05\u3000"
)


def _normalise_text_before(text: str) -> str:
    if text.isascii():
        return normalise._fold_spaces(text, normalise._ASCII_SPACE).lower()
    text = strip_format_characters(text)
    for wide, narrow in _FULL_WIDTH_BEFORE:
        if wide in text:
            text = text.replace(wide, narrow)
    return normalise._fold_spaces(
        unicodedata.normalize("NFKC", text), normalise._NFKC_SPACE
    ).casefold()


def _content_hash_before(title: str, body: str) -> str:
    digest = hashlib.sha256(_normalise_text_before(title).encode("utf-8"))
    digest.update(b"\n")
    digest.update(_normalise_text_before(body).encode("utf-8"))
    return digest.hexdigest()


def test_content_hashes_are_those_of_the_code_before_nfkc_by_pieces() -> None:
    # Where NFKC by pieces could part from NFKC of the whole: characters it replaces
    # first, the boundaries of the runs it keeps (ASCII before a combining mark, Han next
    # to compatibility ideographs), compositions across them, full-width and half-width
    # forms, ligatures, compatibility characters, Hangul jamo, format characters.
    pool = [
        *"ab eE.,:;()!?%\n\t\0", "word", "H20", "中", "国", "芯片", "華為", "、", "。", "“", "”",
        "《", "》", "\uff0c", "\uff1a", "\uff1b", "\uff08", "\uff09", "\uff01", "\uff1f",
        "\uff05", "\u3000", "\u2026", "\u00a0", "\u202f", "Ｈ", "２", "０", "ｶ", "ﾞ", "ﾟ",
        "か", "\u3099", "\u309a", "\uf900", "\ufa6e", "\u2f00", "\U0002f800", "㊀", "①",
        "½", "ﬁ", "ﬀ", "ǅ", "\u212b", "Å", "é", "e\u0301", "\u0301", "\u0308", "\u0327",
        "\u0338", "\u0345", "\u05b0", "\u0f71", "\u0f73", "\u1100", "\u1161", "\u11a8",
        "한", "\u0b47", "\u0b3e", "ß", "\u0130", "Σ", "\u200b", "\u200d", "\u00ad", "\ufeff",
        "\u2019", "\u2014", "€", "\U0001d400", "\U0001f600",
    ]  # fmt: skip
    rng = random.Random(15)
    checked = 0
    for _ in range(30_000):
        title = "".join(rng.choices(pool, k=rng.randint(0, 6)))
        body = "".join(rng.choices(pool, k=rng.randint(0, 60)))
        assert content_hash(title, body) == _content_hash_before(title, body), ascii(body)
        checked += 1
    # Long bodies as articles are: a Chinese paragraph with one full-width digit, English
    # with one ellipsis, each with a random piece put in at a random place.
    zh = "英伟达H20芯片获批，商务部未予置评、公司表示遵守规定。" * 40 + "２"
    en = "Nvidia\u2019s H20 was approved, people said\u2026 " * 60
    for _ in range(2_000):
        for base in (zh, en):
            at = rng.randrange(len(base))
            body = base[:at] + rng.choice(pool) + base[at:]
            assert content_hash("t", body) == _content_hash_before("t", body), ascii(body)
    assert checked == 30_000
