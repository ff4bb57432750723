"""Dates and tense in Chinese, Japanese and Korean that make an act earlier, reported or decided.

What it reads: the grammar of time around a predicate in these languages (opening time
phrases and months, a quotative before a progressive ending, a reported "将", a start day
decided). First written for a fifth CJK scratch set (``docs/detection.md``, "Round 14");
read per predicate (``talk.py``) and per sentence (``proposals._enacts``):

* **TV copy's polite progressive.** "…調査を始めたと発表しています": the progressive ending
  belongs to the verb of saying after the quotative "と", not to the act; the act is no
  standing rule (``reporting_between``).
* **A media report's coming act.** "《路透》報導，台灣將進一步收緊…", "报道称，这些措施…将使
  需要…许可证": an outlet or anonymous sources as the frame and "将" right before the
  predicate make a reported plan (``reported_future``), unless a decision verb of the state
  stands between ("据报道，商务部宣布将对…").
* **A start day decided.** "…3品目を7月4日より包括輸出許可制度から除外することを発表した"
  enacts a measure (``dated_start``) in a story whose lead names a public comment on
  another one: the draft check (``proposals.demote_drafted``) no longer takes it as a draft.
* **A date by month or an opening time phrase.** "去年10月，华盛顿出台了…", "2022年，美国
  商务部禁止…", "据报道，今年6月已将…列入…名单", "中国政府は8月から…規制を強化した" (a
  November story): a time phrase that opens the sentence before a comma dates the clause
  after it, and a month at least two months before publication (``_MONTHS_AGO``; a bare
  month only up to eight months back, since "1月から" in December is the coming January)
  dates an earlier act. Days were dated already (``talk._CJK_DAY``).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Final

from streams.core.fields import EARLIER_MONTHS, ArticleYear, Site
from streams.core.lexicon import Lexicon

__all__ = [
    "STALE_DAYS",
    "dated_before",
    "dated_start",
    "dated_within",
    "reported_future",
    "reporting_between",
    "stale_by_month",
]

_OPENER_CHARS: Final = 16  # an opening time phrase is short: "去年10月，", "2022年，"
_OPENER_COMMA = re.compile(r"[，,、]")
# Round 17: a day more than eight days before publication dates an earlier act. The
# labellers call a story three or more days after its measure a reaction, but the dev
# set's first report of a cabinet veto disclosed nine days after the meeting (8 by
# ``ArticleYear.days_since``) is news; 7, 5 and 3 lost it (docs/detection.md). Read by
# ``talk`` for a named day and here for a CJK opener's day (round 27).
STALE_DAYS: Final = 8
_YEAR_OPEN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?[年년]")
# "今年6月", "8月から", "지난 3월": a month with no day after it.
_MONTH = re.compile(
    r"(今年|本年|올해|지난\s?)?(?<!\d)(1[0-2]|0?[1-9])\s?[月월](?!\s?\d{1,2}\s?[日일])"
)
_COMING = ("明年", "来年", "내년", "翌年", "下个")  # a month of the coming year
_MONTHS_AGO: Final = EARLIER_MONTHS  # a month this far back names an earlier act
_BARE_MONTHS_MAX: Final = 8  # beyond this a bare month may be the coming year's
# A quotative particle and a verb of saying: "調査を始めたと発表しています" (TV copy's polite
# progressive belongs to "announce", not to the act), "금지한다고 밝히고 있다".
_REPORTING = re.compile(
    r"と(?:発表|明らか|述べ|報じ|报じ|伝え|説明|说明|指摘)|[다라]고\s?(?:밝|발표|전하|설명)"
)
# "7月4日より…除外することを発表した": a measure decided to start on a day (not a period:
# "7月1日から24日の期間で意見を募集" names a comment period).
_DATED_START = re.compile(r"(?<!\d)\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?:より|から)(?!\s?\d)")
_DECIDED = re.compile(r"ことを発表|と発表|ことを決定|ことを決め|と決定|ことを明らかに")


# Round 18: a day named by month and day ("7月3日", "7월 3일"), or Korean "지난 3일".
_DAY = re.compile(r"(?<!\d)(1[0-2]|0?[1-9]) ?[月월] ?([12]\d|3[01]|0?[1-9]) ?[日일]")
_KO_PAST_DAY = re.compile(r"지난\s?([12]\d|3[01]|[1-9])일")
# Round 31: a day without its month ("（6日）", "は29日、"), not a start ("15日起", "から").
_BARE_DAY = re.compile(r"(?<![\d月年.\-/])([12]\d|3[01]|0?[1-9])日(?![起から以より])")
_BARE_DAY_REACH: Final = 7  # days before publication a bare day may name


def _days_before(ref_year: ArticleYear, month: int, day: int) -> int | None:
    """Calendar days from a day of the article's year to its publication (round 36).

    ``ArticleYear.days_since`` counts a month as 30 days, enough for its weeks; the
    fresh window of a few days needs the calendar ("3月31日" is four days before 4
    April, not three). None where ``days_since`` is None or the day does not exist.
    """
    if ref_year.days_since(month, day) is None:
        return None
    try:
        published = date(ref_year.value, ref_year.month, ref_year.day)
        return (published - date(ref_year.value, month, day)).days
    except ValueError:
        return None


def dated_within(text: str, lo: int, hi: int, ref_year: ArticleYear, days: int) -> bool:
    """Whether ``text[lo:hi]`` names a day at most ``days`` before publication (round 36).

    "7月3日发布公告" in a story of the 3rd to the 6th (``days`` 3): a fresh act. A Korean
    "지난 3일" counts as well; a Chinese or Japanese day without its month ("发言人5日
    表示") most often dates the answer or the report, not the act, and does not.
    """
    part = unicodedata.normalize("NFKC", text[lo:hi]) if not text.isascii() else text[lo:hi]
    for found in _DAY.finditer(part):
        since = _days_before(ref_year, int(found.group(1)), int(found.group(2)))
        if since is not None and since <= days:
            return True
    if ref_year.dated and ref_year.day:
        for found in _KO_PAST_DAY.finditer(part):
            if 0 <= ref_year.day - int(found.group(1)) <= days:
                return True
    return False


def dated_before(
    text: str,
    lo: int,
    hi: int,
    ref_year: ArticleYear,
    *,
    bare_days: bool = False,
    after_days: int = 0,
) -> bool:
    """Whether ``text[lo:hi]`` names a day before the publication day ("7月3日" on the 6th).

    Any day before it, not only one beyond the stale window (``STALE_DAYS``): a
    response story reads it to tell the act from the answer given on the day.
    ``bare_days`` (round 31): also a Chinese or Japanese day named without its month
    ("周二（6日）宣布" on the 7th, "経済産業省は29日、" on the 30th) within the week
    before publication, not one a measure starts from ("15日起"). ``after_days`` (round
    36): only a day more than that many days before publication counts.
    """
    # Japanese copy writes days in full-width digits ("１０月４日"): read as ASCII.
    part = unicodedata.normalize("NFKC", text[lo:hi]) if not text.isascii() else text[lo:hi]
    for found in _DAY.finditer(part):
        month, day = int(found.group(1)), int(found.group(2))
        since = ref_year.days_since(month, day)
        if after_days and since is not None:
            since = _days_before(ref_year, month, day)  # the calendar, for a short window
        if since is not None and since >= 1 + after_days:
            return True
    if ref_year.dated and ref_year.day:
        for found in _KO_PAST_DAY.finditer(part):
            if int(found.group(1)) != ref_year.day and not (
                0 <= ref_year.day - int(found.group(1)) <= after_days
            ):
                return True
        if bare_days:
            for found in _BARE_DAY.finditer(part):
                if 1 + after_days <= ref_year.day - int(found.group(1)) <= _BARE_DAY_REACH:
                    return True
    return False


def dated_start(lex: Lexicon, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` decides a measure from a named day ("7月4日より…と発表")."""
    start = _DATED_START.search(text, lo, hi)
    if start is None:
        return False
    decided = _DECIDED.search(text, start.end(), hi)
    return decided is not None and lex.modal.search(text, start.end(), hi) is None


# A media or anonymous-source frame ("《路透》报导，", "报道称，", "知情人士透露，") and a future
# marker before the predicate in its clause ("台湾将进一步收紧…"): a reported coming act.
_MEDIA_FRAME = re.compile(r"报道|报导|消息人士|知情人士|援引|引述")
# The state's own word relayed by the report ("据报道，商务部宣布将对…"): a decision.
_RELAYED = re.compile(r"宣布|决定|公告|发布|表示|证实|确认")
_FUTURE_BEFORE = re.compile(r"(?<![已曾])将[^，。,]{0,20}$")  # not "已将" (has put)


def reported_future(text: str, lo: int, start: int) -> bool:
    """Whether a Chinese predicate at ``start`` is a media report's coming act.

    "《路透》報導，台灣將進一步收緊…出口管制", "报道称，这些措施…将使需要…许可证": the
    source is the outlet, the act is still to come. A decision the report relays ("据报道，
    商务部宣布将对…实施管制") is the state's own word and stays.
    """
    frame = _MEDIA_FRAME.search(text, lo, start)
    if frame is None or _FUTURE_BEFORE.search(text[max(frame.end(), start - 24) : start]) is None:
        return False
    return _RELAYED.search(text, frame.end(), start) is None


def reporting_between(text: str, lo: int, hi: int) -> bool:
    """Whether a verb of saying stands between a predicate and a progressive ending."""
    return _REPORTING.search(text, lo, hi) is not None


def stale_by_month(site: Site, ref_year: ArticleYear, lex: Lexicon) -> str:
    """Why a CJK predicate is an earlier act by an opening time phrase or a month, or "".

    "去年10月，华盛顿出台了…": the opener before the comma dates the clause after it;
    "今年6月已将…列入", "8月から…強化した" in a November story: a month two or more months
    back dates the act (``_MONTHS_AGO``, ``_BARE_MONTHS_MAX``).
    """
    text = site.text
    start = site.sentence.start
    opener = _OPENER_COMMA.search(text, start, min(site.mention.start, start + _OPENER_CHARS))
    if opener is not None and opener.end() <= site.clause_lo:
        if lex.background.search(text, start, opener.start()) or lex.elapsed.search(
            text, start, opener.start()
        ):
            return "background:time"
        for day in _DAY.finditer(text, start, opener.start()):
            # Round 27: "10日前の10月4日、…" in a story of the 23rd: the opener's day dates
            # the clause after it, as its month or year does (window: round 17's).
            since = ref_year.days_since(int(day.group(1)), int(day.group(2)))
            if since is not None and since > STALE_DAYS:
                return "background:date"
        year = _YEAR_OPEN.search(text, start, opener.start())
        if year is not None and ref_year.dated and int(year.group(1)) < ref_year.value:
            return "background:year"
        lo = start
    else:
        lo = site.clause_lo
    if not ref_year.month:
        return ""
    for month in _MONTH.finditer(text, lo, site.mention.start):
        before = text[max(0, month.start() - 6) : month.start()]
        if _YEAR_OPEN.search(before) or before.endswith(_COMING):
            continue  # "2024年12月" is the year rule's; "明年1月" a coming month
        ago = ref_year.month - int(month.group(2))
        explicit = month.group(1) is not None
        if ago >= _MONTHS_AGO and (explicit or ago <= _BARE_MONTHS_MAX):
            return "background:month"
    return ""
