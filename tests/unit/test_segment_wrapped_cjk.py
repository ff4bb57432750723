"""Hard-wrapped Chinese, Japanese and Korean copy: a line break is no boundary (issue 11).

Japanese newspapers wrap every line at a fixed width, inside words and before particles:
"…輸出管理\\nを強化した。". A lone line break whose line ends in kana, kanji or hangul
without a stop (。！？」) runs on when the next line opens in hiragana (a particle or a
verb ending cannot open a sentence) or when the line is as long as a wrapped column
(twenty characters or more); round 15 did this only after a particle. Contrast: a short
heading line over the body stays its own sentence, and a stop ends the sentence.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from streams.core.segment import split_sentences
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    "text",
    [
        "日本政府は韓国向けフッ化水素などの輸出管理\nを強化した。",
        "経済産業省は４日、韓国向けの半導体材料の輸出について規制強化\nを発動した。",
        "経済産業省は４日、韓国向けの半導体材料３品目の輸出について\n規制強化を発動した。",
        "商务部今天宣布对原产于美国的部分半导体材料实施出口管制措施\n以维护国家安全。",
        "산업통상자원부는 4일 일본산 반도체 소재 3개 품목에 대한 수출 규제\n강화를 발표했다.",
    ],
)
def test_a_wrapped_cjk_sentence_is_one_sentence(text: str) -> None:
    found = split_sentences(text)
    assert len(found) == 1, [s.text for s in found]
    assert found[0].text == text.strip()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("輸出規制の動き\n経済産業省は４日に発表した。", 2),  # a short heading
        ("经济产业省发布了新规定。\n商务部表示反对。", 2),  # a stop ends it
        ("수출 규제 강화\n산업부는 4일 발표했다.", 2),  # a Korean heading
    ],
)
def test_cjk_headings_and_stops_stay_boundaries(text: str, count: int) -> None:
    found = split_sentences(text)
    assert len(found) == count, [s.text for s in found]
    for sentence in found:
        assert text[sentence.start : sentence.end] == sentence.text


def test_a_wrapped_japanese_tightening_before_a_particle_is_read(analyzer: Analyzer) -> None:
    body = "日本政府は韓国向けフッ化水素などの輸出管理\nを強化した。"
    check(analyzer, "輸出管理", body, ("JP", "tightening"))
