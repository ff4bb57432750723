"""Round 30: hiragana べ/ぺ mistyped inside a katakana name read as katakana."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.article import RawArticle
from streams.core.normalise import fold_width, visible_text
from streams.offline import build_analyzer
from streams.settings import Settings


def test_hiragana_pe_between_katakana_reads_as_katakana_one_for_one() -> None:
    sent = "オランダはネクスぺリアの経営権を掌握"
    folded = fold_width(sent)
    assert folded == "オランダはネクスペリアの経営権を掌握"
    assert len(folded) == len(sent)
    assert visible_text(sent) == (folded, None)


@pytest.mark.parametrize(
    "text",
    [
        "アメリカへハイテク製品",  # へ is the particle: left as sent
        "すべての輸出を禁止すべきだ",  # べ in hiragana words
        "ケーブルべ",  # katakana on one side only
    ],
)
def test_be_and_pe_outside_a_katakana_run_and_he_stay(text: str) -> None:
    assert fold_width(text) == text


def test_a_firm_name_with_a_mistyped_pe_is_tagged_at_its_offsets() -> None:
    title = "中国、ネクスぺリア製品の輸出を許可"
    analyzed = build_analyzer(Settings()).analyze(
        RawArticle(id="x", title=title, body="本文。"), datetime(2026, 1, 1, tzinfo=UTC)
    )
    [firm] = [f for f in analyzed.firms if f.name == "Nexperia"]
    span = firm.spans[0]
    assert (span["start"], span["end"]) == (title.index("ネクス"), title.index("製品"))
