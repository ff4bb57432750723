from __future__ import annotations

import random
import sys
import unicodedata

from schemas.text import FORMAT_CHARACTERS, strip_format_characters
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
