"""Pinyin glosses printed after each character by mirror sites are not read (round 42).

"按照《網(wǎng)絡(luò)安全法》…應停止采購美光公司產(chǎn)品": a page that glosses every
character with its pinyin hides each word from tagging and detection. The glosses (a
bracket right after a Han character holding a tone mark) are dropped the way format
characters are, with an offset map back to the text as sent; "(AI)" or "(NVDA)" after a
name has no tone mark and stays.
"""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.article import RawArticle
from streams.core.analyze import Analyzer
from streams.core.normalise import visible_text

_GLOSSED = (
    "網(wǎng)絡(luò)安全審查辦公室依法作出不予通過網(wǎng)絡(luò)安全審查的結(jié)論。"
    "按照《網(wǎng)絡(luò)安全法》等法律法規(guī),我國內(nèi)關(guān)鍵信息基礎(chǔ)設(shè)施的"
    "運營者應停止采購美光公司產(chǎn)品。"
)


def test_pinyin_glosses_are_dropped_and_offsets_map_back() -> None:
    read, offsets = visible_text("採購美光公司產(chǎn)品(AI)")
    assert read == "採購美光公司產品(AI)"
    assert offsets is not None
    start = read.index("品")
    assert offsets.span(start, start + 1) == (13, 14)


def test_a_bracket_without_a_tone_mark_stays() -> None:
    assert visible_text("英偉達(NVDA)與美光(MU)")[0] == "英偉達(NVDA)與美光(MU)"


def test_a_glossed_page_is_read_as_the_plain_one(analyzer: Analyzer) -> None:
    article = RawArticle(
        id="pinyin-1",
        title="",
        body=_GLOSSED,
        url="https://example.test/a",
        published_at="2023-05-21T00:00:00Z",
    )
    found = analyzer.analyze(article, datetime(2023, 5, 21, tzinfo=UTC)).events
    assert any(e.jurisdiction == "CN" and e.primary for e in found), found
    assert all("(" not in e.evidence for e in found), found  # quoted as it reads
