"""An article sent without a headline: the body's lead sentence stands in for it.

Round 33 (issue 11): real feeds carry items whose title was not captured (a wire item, a
press-release body, a page scraped without its ``<title>``). The reader leans on the
headline to tell the news from its background, the story's genre and its actor; without
one, every event is a body event and the lead rule has nothing to compare with. A news
body opens with its news: the first prose line, past the lines a page puts above it (a
date, a byline, a source credit, a caption's credit), cut at its first sentence and
without its dateline, reads as the headline would ("China bans …" / "Beijing, 9 October
— The Chinese Ministry of Commerce has placed …"). The body keeps that sentence too, as
a titled story's lead restates its headline.
"""

from __future__ import annotations

import re
from typing import Final

from streams.core.segment import split_sentences

__all__ = ["stand_in_span"]

_CUTS: Final = 3  # datelines and credits cut in turn from a lead's start
# Round 44: a line that is only a Markdown image or link, as scraped pages keep them.
_MARKUP_LINE = re.compile(r"\s*!?\[.*\]\(\S+\)\s*$")
_LINES: Final = 8  # lines of the body searched for the lead: past that it is no lead
_MIN_WORDS: Final = 6  # words of a Latin-script line that is prose, not a byline or a date
_MIN_CJK: Final = 14  # ideographs, kana or hangul of a CJK line that is prose
_MAX_HEAD: Final = 400  # a lead sentence longer than this is cut (a headline is short)
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
# "來源:快科技 編輯:非小米 時間:…", "Media Contact: …": two labelled fields make a line of
# page metadata, whatever the labels' language.
_LABEL: Final = re.compile(r"(?:^|[\s|])[^\W\d_]{1,12}\s?[:：]")
# A line opened by a list mark or a copyright sign is a list item or a credit, not a lead.
_SEPARATOR: Final = re.compile(r"\s[|｜•]\s|^\s*[•·©◎◦●■□▶▷►◆◇※]")
# Punctuation left at the start once a credit is cut ("财联社4月3日电,在3日…").
_OPENING_MARKS: Final = re.compile(r"[\s,，、:：;；\-–—]*")
# A wrapped line's tail starts in lower case ("empêcher la Chine de …"): no sentence opens.
_CONTINUED: Final = re.compile(r"\s*[a-zà-ÿ]")
# Credits and datelines the pattern file's ``dateline_regex`` leaves to the body's marker
# (``Detector._mark_dateline``), cut from the stand-in so that the place in them is not
# read as the headline's actor: a bracketed credit ("(北京24日讯)", "[베이징=뉴스핌]",
# "【北京＝…】", "(AOF) -"), a Korean byline after it ("… 기자 ="), an agency's day and
# dispatch ("香港新聞網10月18日電"), a capitalised place with its date or agency ("New
# Delhi, Feb 29", "Washington, 6 de agosto.-", "TOKYO (UrduPoint News / …)").
_CREDIT: Final = re.compile(
    r"(?:[(（\[【〔［][^)）\]】〕］\n]{1,40}[)）\]】〕］]\s*(?:[-–—]\s*)?)?"
    r"(?:[^\s=＝]{2,5}\s(?:기자|특파원)\s?[=＝]\s*)?"
    r"(?:[^\s,，。]{2,16}?\d{1,2}月\d{1,2}日(?:電|电|讯|訊|報道|报道)\s*"
    r"|[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,3},\s"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s(?:de\s)?[a-zA-Z]{3,10}|[A-Z][a-z]{2,9}\.?\s\d{1,2})(?:,?\s\d{4})?"
    r"\.?\s?[-–—]*\s*"
    r"|[A-Z][A-Z.’' ]{2,30}\s?\([^()\n]{2,60}\)\s*[-–—]*\s*)?"
)


def _prose(line: str) -> bool:
    """Whether ``line`` reads as a sentence of the story, not a page's furniture."""
    if _SEPARATOR.search(line) or _CONTINUED.match(line) or len(_LABEL.findall(line)) >= 2:
        return False
    if _MARKUP_LINE.match(line):
        return False  # round 44: "![[와우글로벌] 썸머 핫 이벤트](https://…)": a page's banner
    cjk = len(_CJK.findall(line))
    if cjk:
        return cjk >= _MIN_CJK
    return len(_WORD.findall(line)) >= _MIN_WORDS


def _past_credits(body: str, lead: int, end: int, dateline: re.Pattern[str]) -> int:
    """Where the line's own words begin, past the datelines and credits that open it.

    A dateline may hold a credit and a credit a dateline ("WASHINGTON, 15 dic (Reuters) -",
    "新華社北京7月6日電(記者 …)"): both are tried again after each cut, a few times.
    """
    for _ in range(_CUTS):
        start = lead
        for pattern in (dateline, _CREDIT):
            match = pattern.match(body, lead, end)
            if match is not None and match.end() > lead and _prose(body[match.end() : end]):
                lead = _OPENING_MARKS.match(body, match.end(), end).end()  # type: ignore[union-attr]
        if lead == start:
            break
    return lead


def stand_in_span(body: str, dateline: re.Pattern[str]) -> tuple[int, int] | None:
    """Where in ``body`` the sentence that stands in for a missing headline lies.

    The first prose line of the first few (``_prose``), past a dateline that opens it
    (``dateline``: the pattern file's ``dateline_regex``), cut at its first sentence;
    ``None`` when the opening lines hold no prose.
    """
    start = 0
    for _ in range(_LINES):
        end = body.find("\n", start)
        if end < 0:
            end = len(body)
        line = body[start:end]
        if _prose(line):
            lead = start + len(line) - len(line.lstrip())
            lead = _past_credits(body, lead, end, dateline)
            # "Frankfurt. China stoppt …", "FOTO DE ARCHIVO. …": a place or a photo
            # credit closed by a full stop is no sentence of the story.
            for first in split_sentences(body[lead:end]):
                if _prose(first.text):
                    return lead + first.start, lead + min(first.end, first.start + _MAX_HEAD)
        if end >= len(body):
            return None
        start = end + 1
    return None
