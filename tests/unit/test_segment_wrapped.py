"""Hard-wrapped copy: a lone line break inside a running sentence is no boundary (issue 11).

Wire services and newspapers break lines every sixty characters or so, inside sentences.
The sentence runs on when the line before ends in a comma or a word that cannot end a
sentence ("the", "of", "and"), or the next line opens in lower case; in Japanese, when
the line before ends in a particle or a comma and the next goes on in Japanese. Contrast:
headings, list items and blank-line paragraph breaks stay boundaries, and every sentence
still points into the original text.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from streams.core.segment import sentence_at, split_sentences
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    "text",
    [
        "Since 2019,\nthe government has widened the controls on what the\nfirms may ship abroad.",
        "The ministry imposed a permit duty on\nshipments of memory chips to the region.",
        "The ministry imposed a permit duty on shipments of memory chips to\nthe region.",
        "経済産業省は５日、先端装置の輸出管理強化を\n実施した。",
    ],
)
def test_a_wrapped_sentence_is_one_sentence(text: str) -> None:
    found = split_sentences(text)
    assert len(found) == 1, [s.text for s in found]
    assert found[0].text == text.strip()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Background\nThe ministry imposed a permit duty on Tuesday.", 2),  # a heading
        ("The measures:\n- a permit duty on memory chips\n- a ban on tool sales", 3),  # a list
        ("Why the Chip Matters\nThe chip is the last one it may sell.", 2),  # a title-case heading
        ("The ministry acted on Tuesday\n\nthe second paragraph starts here.", 2),  # blank line
        ("米、輸出規制強化へ\n経産省は５日に発表した。", 2),  # a Japanese heading
    ],
)
def test_headings_lists_and_paragraphs_stay_boundaries(text: str, count: int) -> None:
    found = split_sentences(text)
    assert len(found) == count, [s.text for s in found]
    for sentence in found:
        assert text[sentence.start : sentence.end] == sentence.text


def test_the_sentence_around_a_position_spans_the_wrap() -> None:
    text = "Intro line.\nThe agency imposed a permit duty on\nshipments of memory chips."
    found = sentence_at(text, text.index("shipments"))
    assert found is not None
    assert found.text == "The agency imposed a permit duty on\nshipments of memory chips."


def test_a_since_years_opener_keeps_its_sentence(analyzer: Analyzer) -> None:
    body = (
        "Since 2019,\nthe United States has widened the controls on what tools the\n"
        "company may ship to Chinese buyers."
    )
    found = events(analyzer, "Toolmaker trims its outlook", body)
    assert found, brief(found)
    assert not any(e.primary for e in found), brief(found)
    assert all("\n" in (e.evidence or "") for e in found), brief(found)


def test_a_wrapped_act_keeps_its_whole_evidence(analyzer: Analyzer) -> None:
    body = (
        "The Commerce Department on Tuesday imposed a licence requirement on\n"
        "exports of advanced memory chips to China, the agency said in a notice."
    )
    found = events(analyzer, "Agency notice", body)
    assert any(e.primary and e.jurisdiction == "US" for e in found), brief(found)
    assert any("exports of advanced memory chips" in (e.evidence or "") for e in found)


def test_a_wrapped_japanese_act_is_read(analyzer: Analyzer) -> None:
    body = "経済産業省は５日、先端半導体の製造装置について輸出管理の強化を\n発動した。"
    check(analyzer, "", body, ("JP", "tightening"))
