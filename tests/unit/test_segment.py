from streams.core.segment import sentence_at, split_sentences


def texts(source: str) -> list[str]:
    return [s.text for s in split_sentences(source)]


def test_offsets_are_exact() -> None:
    source = "  China approved it.  The U.S. did not!\nWhy? "
    for sentence in split_sentences(source):
        assert source[sentence.start : sentence.end] == sentence.text
    assert texts(source) == ["China approved it.", "The U.S. did not!", "Why?"]


def test_abbreviations_do_not_split() -> None:
    source = (
        "Nvidia Corp. said the U.S. Commerce Department approved it. "
        "Mr. Huang visited Apple Inc. on Monday, e.g. in Beijing. Next one."
    )
    assert texts(source) == [
        "Nvidia Corp. said the U.S. Commerce Department approved it.",
        "Mr. Huang visited Apple Inc. on Monday, e.g. in Beijing.",
        "Next one.",
    ]


def test_decimals_and_domains_stay_whole() -> None:
    assert texts("Shares rose 3.5 percent at Nvidia.com today. Done.") == [
        "Shares rose 3.5 percent at Nvidia.com today.",
        "Done.",
    ]


def test_chinese_sentences_split_without_spaces() -> None:
    source = "中国商务部宣布对镓实施出口管制。英伟达表示遗憾！这会持续吗？结束"
    assert texts(source) == [
        "中国商务部宣布对镓实施出口管制。",
        "英伟达表示遗憾！",
        "这会持续吗？",
        "结束",
    ]
    for sentence in split_sentences(source):
        assert source[sentence.start : sentence.end] == sentence.text


def test_closing_quotes_stay_with_their_sentence() -> None:
    source = 'He said "we approved it." Then he left.'
    assert texts(source) == ['He said "we approved it."', "Then he left."]


def test_mixed_language_paragraphs() -> None:
    source = "China approved imports. 中国批准进口。\nThe end"
    assert texts(source) == ["China approved imports.", "中国批准进口。", "The end"]


def test_lower_case_after_dot_continues() -> None:
    assert texts("Shipments to the Netherlands vs. the U.S. rose. OK.") == [
        "Shipments to the Netherlands vs. the U.S. rose.",
        "OK.",
    ]


def test_hostile_inputs_are_linear_and_exact() -> None:
    dots = "." * 100_000
    assert texts(dots) == [dots]  # dots inside a token never end a sentence
    assert len(split_sentences("? " * 50_000)) == 50_000
    assert texts("。" * 16) == ["。" * 8, "。" * 8]  # runs of at most 8 marks per match
    letters = "a" * 100_000
    assert texts(letters) == [letters]
    pieces = split_sentences("U.S. " * 20_000)
    assert len(pieces) == 1
    assert split_sentences("") == []
    assert split_sentences("   \n  ") == []


def test_sentence_at_matches_split_sentences() -> None:
    text = (
        "The U.S. Commerce Dept. said on Tuesday it approved 3.5 billion in sales.  "
        "Nvidia.com was down!\n中国商务部批准进口。英伟达表示欢迎！ Analysts said... what?"
    )
    sentences = split_sentences(text)
    for pos in range(len(text) + 1):
        expected = next((s for s in sentences if s.start <= pos < s.end), None)
        assert sentence_at(text, pos) == expected


def test_boundary_pattern_finds_what_its_two_alternative_form_finds() -> None:
    """The class-first boundary regex matches the original alternation, span for span."""
    import random
    import re

    from streams.core import segment

    original = re.compile(r"[.!?。！？]{1,8}[\"'”’」』)\]）]{0,4}|\n|】")
    alphabet = [*"ab .!?\n\"')]U", "。", "！", "？", "」", "』", "）", "”", "’", "中", "】"]
    rng = random.Random(3)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        pos = rng.randrange(0, len(text) + 1)
        spans = [m.span() for m in original.finditer(text, pos)]
        assert spans == [m.span() for m in segment._BOUNDARY.finditer(text, pos)], text
        found += len(spans)
    assert found > 3000


def test_abbreviation_token_is_the_letter_and_dot_run_before_the_dot() -> None:
    """At most twelve letters and dots: "U.S." is one, so is a twelve-letter run."""
    assert texts("Sold to the U.S. Commerce rules. Next.") == [
        "Sold to the U.S. Commerce rules.",
        "Next.",
    ]
    # "(u.s." is read from its last non-letter: "u.s." (an abbreviation, no split).
    assert texts("Rules (u.s. Commerce) apply. Next.") == ["Rules (u.s. Commerce) apply.", "Next."]
    # A run longer than twelve ends the sentence whatever its head.
    assert texts("Xxxxxxxxxxxxxxxu.s. Next.") == ["Xxxxxxxxxxxxxxxu.s.", "Next."]


def test_dotted_token_is_what_the_regex_search_found() -> None:
    """Before every dot of random text: the token ``[A-Za-z.]{1,12}$`` found."""
    import random
    import re

    from streams.core import segment

    tail = re.compile(r"[A-Za-z.]{1,12}$")
    rng = random.Random(5)
    alphabet = [*"abUS. ()1\n", "Inc", "u.s", "Corp", " a", " B"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30)))
        for dot in (i for i, ch in enumerate(text) if ch == "."):
            match = tail.search(text[max(0, dot - 12) : dot + 1])
            assert match is not None
            assert segment._dotted_token(text, dot) == match.group().casefold(), text
