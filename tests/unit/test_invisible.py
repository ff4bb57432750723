"""Issue 13.8: text that displays as something else (invisible format characters)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

import pytest

from schemas.alert import AlertArticle
from schemas.article import RawArticle
from schemas.text import FORMAT_CHARACTERS, format_character_spans, strip_format_characters
from streams.core.analyze import Analyzer
from streams.core.normalise import content_hash, visible_text
from streams.offline import build_analyzer
from streams.settings import Settings

NOW = datetime(2026, 11, 25, 8, tzinfo=UTC)
ZWSP, SHY, RLO, PDF, LRM, BOM = "\u200b", "\u00ad", "\u202e", "\u202c", "\u200e", "\ufeff"


@cache
def analyzer() -> Analyzer:
    return build_analyzer(Settings())


def test_the_format_characters_are_unicode_s_category_cf() -> None:
    for char in (ZWSP, SHY, RLO, PDF, LRM, BOM, "\u2066", "\u2069", "\u200d", "\U000e0041"):
        assert char in FORMAT_CHARACTERS
    for char in ("a", " ", "\n", "\u00a0", "’", "英", "😀", "\u0301"):
        assert char not in FORMAT_CHARACTERS
    assert format_character_spans("N" + ZWSP + ZWSP + "vi" + SHY + "dia😀\U000e0041") == [
        (1, 3),
        (5, 6),
        (10, 11),
    ]
    assert strip_format_characters(RLO + "aidivN" + PDF) == "aidivN"
    plain = "Nvidia’s H200"
    assert strip_format_characters(plain) is plain


def test_the_printable_shortcut_finds_every_format_character() -> None:
    # format_character_spans skips its scan for a text printable but for line breaks:
    # that holds only while no format character is printable.
    assert not any(char.isprintable() for char in FORMAT_CHARACTERS)
    for char in sorted(FORMAT_CHARACTERS):
        text = f"英伟达\n{char}H20\n"
        assert format_character_spans(text) == [(4, 5)], hex(ord(char))


def test_offsets_of_the_text_as_read_map_back_to_the_text_as_sent() -> None:
    sent = f"ab{ZWSP}c{ZWSP}{SHY}de{RLO}f"
    read, offsets = visible_text(sent)
    assert read == "abcdef" and offsets is not None
    assert [sent[offsets.original(i)] for i in range(len(read))] == list(read)
    assert sent[slice(*offsets.span(2, 5))] == f"c{ZWSP}{SHY}de"  # inner ones kept
    assert visible_text("plain") == ("plain", None)


def test_a_name_split_by_invisible_characters_is_tagged_with_spans_as_sent() -> None:
    title = f"Beijing clears N{ZWSP}vidia H2{SHY}00 imports"
    body = f"{BOM}China's regulators approved purchases of N{ZWSP}vi{SHY}dia's H{LRM}200 chips."
    analyzed = analyzer().analyze(RawArticle(id="x", title=title, body=body), NOW)
    firms = {f.name: f for f in analyzed.firms}
    chips = {c.name: c for c in analyzed.chips}
    assert "Nvidia" in firms and "H200" in chips, (analyzed.firms, analyzed.chips)
    for ref in (firms["Nvidia"], chips["H200"]):
        for span in ref.spans:
            sent = title if span["field"] == "title" else body
            assert strip_format_characters(sent[span["start"] : span["end"]]) == span["text"]
            assert span["text"] in ("Nvidia", "H200")
    (body_nvidia,) = [s for s in firms["Nvidia"].spans if s["field"] == "body"]
    assert body[body_nvidia["start"] : body_nvidia["end"]] == f"N{ZWSP}vi{SHY}dia"
    # What subscribers display holds none of them.
    assert analyzed.title == "Beijing clears Nvidia H200 imports"
    assert analyzed.events, "the policy sentence is read through the characters"
    for event in analyzed.events:
        assert not format_character_spans(event.evidence)


def test_a_reversed_name_reads_and_displays_as_what_it_is() -> None:
    # RLO + "aidivN" displays as "Nvidia"; without the override it reads (and now
    # displays) as "aidivN": what is shown is what was analyzed.
    title = f"Beijing clears {RLO}aidivN{PDF} chips"
    analyzed = analyzer().analyze(RawArticle(id="x", title=title, body="Nothing."), NOW)
    assert analyzed.firms == [] and analyzed.title == "Beijing clears aidivN chips"


def test_displayed_fields_drop_format_characters_wherever_they_are_built() -> None:
    article = AlertArticle(id="i", title=f"{RLO}txet{PDF} a", source=f"Out{ZWSP}let")
    assert article.title == "txet a" and article.source == "Outlet"


@pytest.mark.parametrize("char", [ZWSP, SHY, LRM, BOM, RLO])
def test_copies_that_differ_only_in_invisible_characters_are_one_article(char: str) -> None:
    assert content_hash("Title", f"Nvi{char}dia H200") == content_hash("Title", "Nvidia H200")
