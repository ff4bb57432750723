"""The near-duplicate core: shingles, signatures, the window index and its step."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import unicodedata

import pytest
from rensa import RMinHash

from streams.core import neardup
from streams.core.neardup import (
    MARK,
    NUM_PERM,
    SCHEME,
    IndexEntry,
    NearDupConfig,
    NearDupIndex,
    decode_signature,
    encode_signature,
    neardup_step,
    shingles,
    signature,
)
from streams.core.normalise import nfkc
from streams.core.script import script_folder

STORY = [
    "Chinese regulators have approved purchases of Nvidia's H200 accelerators by "
    "ByteDance, Alibaba and Tencent, people familiar with the matter said on Wednesday.",
    "The approvals cover orders placed before customs officers stopped H200 shipments "
    "at the border earlier this month, the people said.",
    "The Ministry of Commerce did not respond to a request for comment. Nvidia said it "
    "would comply with local rules in every market where it operates.",
    "Other buyers, including several state-backed data-centre operators, are still "
    "waiting for approval, one of the people said.",
]
OTHER = [
    "Japan will restrict exports of 23 types of semiconductor manufacturing equipment, "
    "including tools for cleaning, depositing and etching wafers, the ministry said.",
    "Companies will need approval to ship the equipment to all but 42 countries and "
    "regions regarded as friendly, a list that does not include China.",
]
CONFIG = NearDupConfig(threshold=0.5, window_articles=1000, window_seconds=3600.0)


def sig(title: str, paragraphs: list[str]) -> neardup.RMinHash:
    made = signature(title, "\n".join(paragraphs))
    assert made is not None
    return made


def place(
    index: NearDupIndex, article_id: str, made: neardup.RMinHash | None, now: float = 0.0
) -> neardup.NearDupResult:
    same, result = neardup_step(index, article_id, made, now, CONFIG)
    assert same is index
    return result


# --- shingles and signatures ----------------------------------------------------------


def test_shingles_are_word_trigrams_per_paragraph_without_case_width_or_punctuation() -> None:
    grams = shingles("China clears H200", "Ｎｖｉｄｉａ's H200, approved!\nOK")
    assert grams == ["china clears h200", "nvidia s h200", "s h200 approved", "ok"]


def test_the_ascii_fast_path_cuts_words_as_the_unicode_path_does() -> None:
    text = "Nvidia's H200 (the fast one) -- approved: 3.5% up; see_also e-mail #tags"
    ascii_grams = shingles("", text)
    # "é" sends the text down the regex path; its own shingle aside, the cuts agree.
    unicode_grams = shingles("", text + " é")
    assert unicode_grams[: len(ascii_grams) - 1] == ascii_grams[:-1]
    assert "see_also e mail" in ascii_grams and "see_also e mail" in unicode_grams


def _reference_word_shingles(text: str) -> list[str]:
    """Word 3-grams by their definition: what is neither a word character nor space breaks."""
    out: list[str] = []
    for line in re.sub(r"[^\w\s]+", " ", text.casefold()).split("\n"):
        tokens = line.split()
        if len(tokens) >= 3:
            out += [" ".join(tokens[i : i + 3]) for i in range(len(tokens) - 2)]
        elif tokens:
            out.append(" ".join(tokens))
    return out


def test_word_shingles_are_those_of_the_definition_on_ascii_and_other_text() -> None:
    pieces = [
        *"aZ_9 .,;'!?-()\n\t\x00\x07\x1b\x7f", "é", "Ä", "ß", "ﬁ", "«", "»", "·", "€", "–",
        "word", "Straße", "naïve", "Крым", "한국", "\u00ad", "\u2019", "\U0001f600",
    ]  # fmt: skip
    rng = random.Random(12)
    for _ in range(3_000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 40)))
        assert neardup._word_shingles(text) == _reference_word_shingles(text), ascii(text)


def test_typeset_punctuation_breaks_words_as_ascii_punctuation_does() -> None:
    typeset = "Nvidia\u2019s \u201cH20\u201d \u2014 approved \u2018today\u2019 \u2013 ok"
    assert shingles("", typeset) == shingles("", "Nvidia's \"H20\" - approved 'today' - ok")


def test_cjk_text_is_cut_into_character_trigrams_and_traditional_folds_to_simplified() -> None:
    m = MARK
    # A paragraph's ends are two marks: its first and last letters make shingles too.
    assert shingles("", "网信办约谈英伟达") == [
        m + m + "网",
        m + "网信",
        "网信办",
        "信办约",
        "办约谈",
        "约谈英",
        "谈英伟",
        "英伟达",
        "伟达" + m,
        "达" + m + m,
    ]
    # Words make their own shingles and none crosses CJK text; within a line, CJK
    # 3-grams run across a word or punctuation as one mark, never across a line break.
    assert shingles("", "英伟达H20芯片 sales to China。好\n中国") == [
        "h20", "sales to china",
        m + m + "英", m + "英伟", "英伟达", "伟达" + m, "达" + m + "芯", m + "芯片",
        "芯片" + m, "片" + m + "好", m + "好" + m, "好" + m + m,
        m + m + "中", m + "中国", "中国" + m, "国" + m + m,
    ]  # fmt: skip
    assert shingles("", "ラピダスに追加支援")[2:-2] == [
        "ラピダ",
        "ピダス",
        "ダスに",
        "スに追",
        "に追加",
        "追加支",
        "加支援",
    ]
    simplified = sig("", ["国家网信办约谈英伟达，要求说明H20芯片的安全风险。"])
    traditional = sig("", ["國家網信辦約談英偉達，要求說明H20晶片的安全風險。"])
    assert simplified.jaccard(traditional) > 0.6  # 晶片/芯片 differ as words, not script


def _reference_signature(title: str, body: str) -> list[int]:
    """The signature from the readable shingles: rensa's hash of a word shingle, and a
    CJK 3-gram's UTF-16 code units as one little-endian number (what ``signature`` packs).
    """
    grams = shingles(title, body)
    cjk = [g for g in grams if MARK in g or neardup._CJK.search(g)]
    words = [g for g in grams if g not in cjk]
    values = RMinHash.hash_token_sets([words])[0] if words else []
    values += [int.from_bytes(g.encode("utf-16-le"), "little") for g in cjk]
    matrix = RMinHash.digest_matrix_from_token_hash_sets([values], NUM_PERM, neardup.SEED)
    return list(matrix.to_rows()[0])


@pytest.mark.parametrize(
    "title,body",
    [
        ("", "网信办约谈英伟达"),
        ("英伟达H20", "国家网信办约谈英伟达，要求说明H20芯片的安全风险。\n\n  \n第二段。"),
        ("國家網信辦", "約談英偉達，要求說明H20晶片的安全風險。"),
        ("Rapidus", "ラピダスに追加支援、経済産業省は５９００億円を\n・追加・"),
        ("", "好"),
        ("", "。好，中。\n"),
        ("Nvidia H20 sales", "The H20 (英伟达) ships to China.\nNo more 出口管制 for now"),
        ("", "Ünïcode wörds 和中文 mixed\r\n\tand tabs 한국어 단어"),
        ("㑮审查", "折叠到扩展B区的字：㑮。"),
    ],
)
def test_signature_packs_the_same_shingles_that_shingles_shows(title: str, body: str) -> None:
    made = signature(title, body)
    assert made is not None
    assert made.digest() == _reference_signature(title, body)


def test_signature_folds_letters_after_the_cut_as_shingles_fold_before_on_fuzzed_text() -> None:
    # signature cuts the text, then folds the sequence's letters by table lookup; letters
    # folding beyond the ranges (㑮, 俓) are folded before the cut, next to words and
    # marks too; text beyond the Basic Multilingual Plane takes the plain path.
    pieces = [
        *"中国芯片國華為説", "㑮", "俓", "昇", *"，、。 \n.!", "H20", "Nvidia", "3.5",
        "《", "》", "\U0002b748", "\U0001f600", "か", "é",
    ]  # fmt: skip
    rng = random.Random(21)
    for _ in range(3_000):
        title = "".join(rng.choices(pieces, k=rng.randint(0, 6)))
        body = "".join(rng.choices(pieces, k=rng.randint(1, 40)))
        made = signature(title, body)
        if made is None:
            assert not shingles(title, body), ascii((title, body))
            continue
        assert made.digest() == _reference_signature(title, body), ascii((title, body))


def test_packed_cjk_values_estimate_jaccard_as_well_as_rensa_s_string_hash() -> None:
    # The packed values are structured (three code units side by side), not hashed:
    # rensa's permutations must still make a fair estimate of them. Pairs of synthetic
    # Chinese sequences, some copies with spans rewritten, some unrelated.
    rng = random.Random(7)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    weights = [1 / (i + 1) for i in range(len(chars))]
    errors: dict[str, list[float]] = {"string": [], "packed": []}
    for n in range(150):
        first = "".join(rng.choices(chars, weights, k=600))
        if n % 3 == 0:
            second = "".join(rng.choices(chars, weights, k=600))
        else:
            second = list(first)
            for _ in range(rng.randint(3, 20)):
                at = rng.randrange(590)
                second[at : at + 8] = rng.choices(chars, weights, k=8)
            second = "".join(second)
        grams = [{s[i : i + 3] for i in range(len(s) - 2)} for s in (first, second)]
        truth = len(grams[0] & grams[1]) / len(grams[0] | grams[1])
        by_string = [RMinHash(NUM_PERM, neardup.SEED) for _ in grams]
        for made, g in zip(by_string, grams, strict=True):
            made.update(sorted(g))
        errors["string"].append(by_string[0].jaccard(by_string[1]) - truth)
        packed = [neardup._cjk_hashes(s) for s in (first, second)]
        flat = memoryview(packed[0] + packed[1]).cast("Q")
        cut = [0, len(packed[0]) // 8, len(flat)]
        rows = RMinHash.digest_matrix_from_flat_token_hashes(flat, cut, NUM_PERM, neardup.SEED)
        a, b = rows.to_rows()
        errors["packed"].append(sum(map(int.__eq__, a, b)) / NUM_PERM - truth)
    for kind, errs in errors.items():
        bias, spread = sum(errs) / len(errs), (sum(e * e for e in errs) / len(errs)) ** 0.5
        assert abs(bias) < 0.01 and spread < 0.05, (kind, bias, spread)


def _reference_cjk_cut(text: str) -> tuple[str, set[str]]:
    """The CJK sequence and word shingles by their definition: a regex marks every stretch."""
    text = script_folder().fold(text)
    stretch = re.compile(f"[^{neardup._CJK_LETTERS}\n]+")
    lines = [line.strip(MARK) for line in stretch.sub(MARK, text).split("\n")]
    seq = (MARK * 2).join(line for line in lines if line)
    words = re.findall(f"[^\\W{neardup._CJK_LETTERS}][^{neardup._CJK_LETTERS}\n]*", text)
    return (MARK * 2 + seq + MARK * 2 if seq else ""), set(
        _reference_word_shingles("\n".join(words))
    )


def test_the_cjk_cut_marks_each_stretch_once_however_it_is_made_of_stops_and_marks() -> None:
    pieces = [
        *"中国芯片出口華為國", "か", "ハ", "ー", *",、。\0 \n.;:!?-", "，", "“", "”", "《", "》",
        "H20", "Nvidia", "3.5", "Ｈ２０", "é", "한국", "々", "\U0002f800", "\U0001f600", "\u3000",
    ]  # fmt: skip
    rng = random.Random(17)
    for _ in range(20_000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 40)))
        text = unicodedata.normalize("NFKC", text)
        seq, grams = neardup._cjk_cut(text)
        assert (seq, set(grams)) == _reference_cjk_cut(text), ascii(text)


def test_cjk_letters_are_the_word_characters_of_the_cjk_ranges_and_all_the_sequence_holds() -> None:
    letters = re.compile(f"[{neardup._CJK_LETTERS}]")
    in_ranges = re.compile(f"[{neardup._CJK_RANGES}]")
    for code in range(0x3000, 0x10000):
        char = chr(code)
        word = re.fullmatch(r"\w", char) is not None
        assert (letters.match(char) is not None) == (word and in_ranges.match(char) is not None)
    # The packed cut needs one UTF-16 unit per character: the sequence holds letters and
    # marks only, also where a letter folds to one beyond the ranges (㑮 to U+2B748).
    assert script_folder().fold("㑮") == "\U0002b748"
    for text in ["国家网信辦㑮审查", "\U0002b748芯片", "a。\n\n 好", ""]:
        seq = neardup._cjk_cut(text)[0]
        assert all(c == MARK or letters.match(c) for c in seq), seq


def test_nfkc_by_pieces_is_unicodedata_s_nfkc() -> None:
    tricky = [
        *"aeoAEO=<>. ,\n\0",
        "\u0301", "\u0338", "\u0308", "\u0345", "\u05b0", "\u0327", "\u0f71", "\u0f72",
        "\u3099", "\u309a", "か", "ハ", "ｶ", "ﾞ", "ﾟ", "\uf900", "\ufa6e", "中", "国",
        "，", "。", "\u2026", "\u00a0", "ﬁ", "①", "\u1100", "\u1161", "\u11a8", "한", "Ｈ",
        "２", "ǅ", "\u212b", "Å", "\u2f00", "\U0002f800", "\U0002b748", "：", "（", "\u3000",
        "\u2026", "！", "？", "；", "）",
    ]  # fmt: skip
    rng = random.Random(15)
    texts = ["", "plain ascii", "e\u0301=\u0338", "国家，网信办…Ｈ２０\u00a0ok", "ｶﾞｷﾞ\uf900中"]
    texts += ["".join(rng.choices(tricky, k=rng.randint(1, 16))) for _ in range(20_000)]
    for text in texts:
        assert nfkc(text) == unicodedata.normalize("NFKC", text), ascii(text)


def _composition_seconds() -> set[str]:
    """Every character that ends a canonical composition (NFKC_QC = Maybe), from unicodedata."""
    seconds = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    for code in range(0x110000):  # Hangul above: its decompositions are algorithmic
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    return seconds


def test_settled_characters_are_those_nfkc_keeps_in_any_context() -> None:
    seconds = _composition_seconds()
    # The ranges _settled trusts hold no starter that ends a composition.
    assert not [
        c
        for c in seconds
        if not unicodedata.combining(c) and (c < "\u0900" or "\u2000" <= c < "\u2c00")
    ]
    for code in [*range(0x80, 0x3000), *range(0xF900, 0x10000)]:
        char = chr(code)
        if neardup._settled(char):
            assert unicodedata.normalize("NFKC", char) == char
            assert not unicodedata.combining(char) and char not in seconds
            # After letters that begin compositions, it still composes with nothing.
            for first in ("e", "A", "\u1100", "\u0b47", "\u0915"):
                assert unicodedata.is_normalized("NFKC", first + char), ascii(char)
    assert neardup._settled("é") and neardup._settled("€") and neardup._settled("Ø")
    assert not neardup._settled("\u0301") and not neardup._settled("ﬁ")
    assert not neardup._settled("…") and not neardup._settled("\u0b3e")


def test_the_text_is_nfkc_with_typeset_marks_as_spaces_on_fuzzed_text() -> None:
    pieces = [
        *"aeoAEO=<>. ,\n\0", "word", "é", "ü", "Ø", "ß", "€", "£", "«", "\u2019", "\u201c",
        "\u201d", "\u2013", "\u2014", "\u2018", "\u0301", "\u0308", "\u0338", "\u0327",
        "ﬁ", "…", "①", "Ｈ", "２", "ǅ", "\u212b", "Å", "\u00a0", "\u1100", "\u1161", "\u0b47",
        "\u0b3e", "\u3099", "ｶ", "ﾞ", "㊀", "\uf900", "中", "國", "，", "、", "か", "\U0002f800",
    ]  # fmt: skip
    rng = random.Random(16)
    for _ in range(20_000):
        title = "".join(rng.choices(pieces, k=rng.randint(0, 4)))
        body = "".join(rng.choices(pieces, k=rng.randint(1, 30)))
        folded = unicodedata.normalize("NFKC", title + "\n" + body)
        for mark in "\u2018\u2019\u201c\u201d\u2013\u2014":
            folded = folded.replace(mark, " ")
        has_cjk = neardup._CJK.search(folded) is not None
        assert neardup._text(title, body) == (folded, has_cjk), ascii((title, body))


def test_a_signature_rebuilt_from_its_values_is_the_same() -> None:
    made = sig("China clears H200", STORY)
    values = [*made.digest()[:-5], 0, 127, 128, 2**28, 2**32 - 1]
    rebuilt = neardup._from_digest(values)
    assert rebuilt.digest() == values
    assert decode_signature(encode_signature(rebuilt)).digest() == values


def test_reordered_paragraphs_give_the_same_signature() -> None:
    assert sig("t", STORY).digest() == sig("t", STORY[::-1]).digest()
    chinese = ["英伟达H20芯片获批。", "商务部未予置评，公司表示遵守规定。", "其他买家仍在等待批准"]
    assert sig("标题", chinese).digest() == sig("标题", chinese[::-1]).digest()


def test_a_text_without_words_has_no_signature() -> None:
    assert signature("", " \n -- !! \n") is None
    assert signature("", "・ \n゠") is None  # in the CJK ranges, but no letters
    assert shingles("・", "words here") == ["words here"]


@pytest.mark.parametrize(
    "title,paragraphs",
    [("China clears H200", STORY), ("中国批准H200", ["英伟达H20芯片获批。", "商务部未予置评。"])],
)
def test_signatures_are_the_same_in_another_process_and_survive_encoding(
    title: str, paragraphs: list[str]
) -> None:
    made = sig(title, paragraphs)
    code = (
        "from streams.core.neardup import signature;"
        f"print(signature({title!r}, {chr(10).join(paragraphs)!r}).digest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == str(made.digest())
    assert decode_signature(encode_signature(made)).digest() == made.digest()
    with pytest.raises(ValueError, match="unreadable"):
        decode_signature("UmVuc2E6bm90IGEgc2lnbmF0dXJl")


# --- the step ---------------------------------------------------------------------------


def test_copies_join_the_first_article_s_cluster_and_unrelated_ones_start_their_own() -> None:
    index = NearDupIndex()
    first = place(index, "a", sig("China clears H200", STORY))
    assert first.near_duplicate_of is None and first.similarity is None
    assert first.entry.cluster == "a" and first.entry.member == 1
    copy = place(index, "b", sig("Beijing approves H200 purchases", [*STORY[:-1]]))
    assert copy.near_duplicate_of == "a"
    assert copy.similarity is not None and 0.5 <= copy.similarity < 1.0
    assert copy.entry.member == 2
    other = place(index, "c", sig("Japan curbs tool exports", OTHER))
    assert other.near_duplicate_of is None and other.entry.cluster == "c"
    assert len(index) == 3 and index.cluster_size("a") == 2


def test_a_copy_of_a_copy_names_the_first_article_of_the_cluster() -> None:
    index = NearDupIndex()
    place(index, "a", sig("t", STORY))
    place(
        index, "b", sig("t", [*STORY[1:], "Correction: the date was wrong in an earlier version."])
    )
    # "c" is closest to "b" (both lack the first paragraph) and joins the cluster of "a".
    third = place(index, "c", sig("new", [*STORY[1:], "Subscribe to our newsletter."]))
    assert third.near_duplicate_of == "a" and third.entry.member == 3


def test_a_redelivered_article_gets_its_first_answer_and_changes_nothing() -> None:
    index = NearDupIndex()
    place(index, "a", sig("t", STORY))
    copy = place(index, "b", sig("u", STORY[:-1]), now=10.0)
    again = place(index, "b", sig("u", STORY[:-1]), now=20.0)
    assert again.redelivered and again.entry == copy.entry and again.expired == ()
    assert index.cluster_size("a") == 2 and len(index) == 2
    # Even the first article again, after its copy: still the first of its cluster.
    assert place(index, "a", sig("t", STORY), now=30.0).near_duplicate_of is None


def test_an_article_without_words_is_its_own_cluster_and_never_a_candidate() -> None:
    index = NearDupIndex()
    empty = place(index, "a", None)
    assert empty.near_duplicate_of is None and empty.entry.signature is None
    assert place(index, "b", None).near_duplicate_of is None


def test_the_window_forgets_by_age_and_reports_closed_clusters() -> None:
    config = NearDupConfig(threshold=0.5, window_articles=100, window_seconds=100.0)
    index = NearDupIndex()
    neardup_step(index, "a", sig("t", STORY), 0.0, config)
    neardup_step(index, "b", sig("u", STORY[:-1]), 50.0, config)
    _, later = neardup_step(index, "c", sig("v", OTHER), 120.0, config)
    assert later.expired == ("a",) and later.closed_sizes == ()  # "b" is still in it
    _, copy = neardup_step(index, "d", sig("t", STORY), 140.0, config)
    assert copy.near_duplicate_of == "a", "a cluster outlives its first article"
    assert copy.entry.member == 3
    _, last = neardup_step(index, "e", sig("x", OTHER[:1]), 260.0, config)
    assert set(last.expired) == {"b", "c", "d"}
    assert sorted(last.closed_sizes) == [1, 3]
    # After the window, the story is new again.
    _, fresh = neardup_step(index, "f", sig("t", STORY), 400.0, config)
    assert fresh.near_duplicate_of is None and fresh.expired == ("e",)


def test_the_window_forgets_by_count_oldest_first() -> None:
    config = NearDupConfig(threshold=0.5, window_articles=2, window_seconds=1e9)
    index = NearDupIndex()
    neardup_step(index, "a", sig("t", STORY), 0.0, config)
    neardup_step(index, "b", sig("o", OTHER), 1.0, config)
    _, third = neardup_step(index, "c", sig("p", OTHER[:1]), 2.0, config)
    assert third.expired == ("a",) and index.ids() == ["b", "c"]
    _, copy = neardup_step(index, "d", sig("t", STORY), 3.0, config)
    assert copy.near_duplicate_of is None, "the first copy left the window"
    assert copy.expired == ("b",)


def test_a_rebuilt_index_answers_as_the_one_it_was_built_from() -> None:
    index = NearDupIndex()
    stored: dict[str, IndexEntry] = {}
    for article_id, made in [
        ("a", sig("t", STORY)),
        ("b", sig("o", OTHER)),
        ("c", sig("u", STORY[:-1])),
    ]:
        _, result = neardup_step(index, article_id, made, 0.0, CONFIG)
        stored[article_id] = result.entry
    rebuilt = NearDupIndex()
    assert rebuilt.load(reversed(stored.values())) == 0 and rebuilt.ids() == ["a", "b", "c"]
    assert rebuilt.next_seq == index.next_seq and rebuilt.cluster_size("a") == 2
    _, result = neardup_step(rebuilt, "d", sig("v", STORY[1:]), 1.0, CONFIG)
    assert result.near_duplicate_of == "a" and result.entry.member == 3
    assert result.entry.scheme == SCHEME


def test_a_rebuild_leaves_out_what_had_left_the_window_below_the_floor() -> None:
    # The table keeps a batch's entries until all of them left the window: the floor
    # stored with each batch says which ones had left.
    config = NearDupConfig(threshold=0.5, window_articles=2, window_seconds=1e9)
    index = NearDupIndex()
    assert index.floor() == 1  # empty: the next seq
    stored = []
    for n, article_id in enumerate(["a", "b", "c"]):
        _, result = neardup_step(index, article_id, sig(article_id, STORY), float(n), config)
        stored.append(result.entry)
    assert index.ids() == ["b", "c"] and index.floor() == 2
    rebuilt = NearDupIndex()
    rebuilt.load(stored, floor=index.floor())
    assert rebuilt.ids() == ["b", "c"] and rebuilt.next_seq == 4
    assert rebuilt.cluster_size("a") == index.cluster_size("a") == 3  # "a" left, not its cluster
    # Every entry below the floor: an empty window that goes on counting from the floor.
    empty = NearDupIndex()
    empty.load(stored, floor=4)
    assert empty.ids() == [] and empty.floor() == 4 and empty.next_seq == 4


def test_entries_of_another_scheme_stay_in_the_window_uncompared_until_they_expire() -> None:
    old = encode_signature(sig("t", STORY))  # readable, but made under another scheme
    stored = [
        IndexEntry(article_id="o", cluster="o", seq=1, seen_at=0.0, scheme="old", signature=old),
        IndexEntry(article_id="p", cluster="p", seq=2, seen_at=0.0, signature="bm90IHJlbnNh"),
        IndexEntry(article_id="q", cluster="o", member=2, seq=3, seen_at=0.0, scheme="old"),
    ]
    index = NearDupIndex()
    assert index.load(stored) == 2  # two signatures not compared ("q" had none)
    assert index.ids() == ["o", "p", "q"] and index.cluster_size("o") == 2
    assert index.best_match(sig("t", STORY), 0.5) is None  # never a candidate
    # They leave by count like any entry, so the shell deletes them from the table.
    small = NearDupConfig(threshold=0.5, window_articles=2, window_seconds=3600.0)
    _, result = neardup_step(index, "n", sig("t", STORY), 1.0, small)
    assert result.near_duplicate_of is None and result.expired == ("o", "p")


def test_candidates_verified_per_article_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(neardup, "MAX_CANDIDATES", 3)
    index = NearDupIndex()
    for i in range(6):
        place(index, f"s{i}", sig("t", [*STORY, f"Reported by desk {i}."]))
    looked: list[int] = []

    class Counting(dict):  # type: ignore[type-arg]
        def __getitem__(self, seq: int) -> object:
            looked.append(seq)
            return super().__getitem__(seq)

    index._sigs = Counting(index._sigs)
    found = index.best_match(sig("t", STORY), 0.5)
    assert found is not None and len(looked) == 3
    assert looked == sorted(index._sigs)[-3:], "the newest candidates are verified"
