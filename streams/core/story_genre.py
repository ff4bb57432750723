"""A story's genre and sections: opinion labels and background section headings.

What it reads, once per article after the sentences (first written for the European
languages in round 14; the labels are data, ``genre_labels`` and ``section_headings`` in
``policy_patterns.yaml``, by language):

- an opinion piece, labelled as such where it opens ("Editorial. Es ist ein Albtraum ...",
  "Kommentar: ..."): the measures it argues about are context, never its news;
- a background section: a heading on its own line ("Histórico", "Hintergrund",
  "Contexte") opens the story's history; what follows it is background;
- an impact or assessment headline (Chinese, Japanese, Korean; round 16): "中芯遭美国
  制裁重创 惊人冲击曝光" over the firm's results, "블룸버그인텔리전스 "美 대중 규제, SK하이닉스
  HBM 영향 제한적"" over an analyst's note, "…對半導體競爭力影響有限" over a minister's
  verdict: the news is what a measure does (``impact_cues``), the measure is context. A
  headline that announces the measure before the cue ("美, HBM 수출통제 발표…영향
  제한적") is the measure's own story;
- a transcript's question (Chinese, Japanese, Korean mark-up; first written in round 14):
  "【記者】報道によると、米国政府は…輸出規制の実施を求めた。", "问：近日，…对其立案调查。": a
  paragraph opened by a question mark-up (``_QUESTION``) is the reporter's premise; its
  acts are context. The answer's own sentences are read as usual ("答：…我局依法对…立案
  调查" stays news).

- an impact story (round 16): a headline that weighs a measure's impact, an exposure to it
  or the clarity a deal brings ("US chip curbs on China to have limited impact on South
  Korea", "<firm>'s exposure to the new curbs is limited", "... gain tariff clarity, but
  uncertainty lingers"; ``impact_cues``) and states no act of its own: the assessment is
  the news, the measures the body retells its background (their actor unchanged). "US
  unveils new curbs on HBM exports; Seoul says impact limited" states the act: news;
- a breadcrumb (round 16): "Home > Opinion > Editorials" on a line of its own near the
  top names the section; a genre label as one of its segments is an opinion piece;
- a leak story (round 18): ``leaks.py`` (it reads the lexicon, which reads this module);
- a sourced forecast story (round 16): a lead that reports what anonymous sources say a
  state will do ("Fonti di Reuters affermano che Washington imporrà nuove restrizioni";
  talk, ``talk.py``) frames the story; the acts the body retells ("they were told to halt
  shipments") are its background, unless dated to the day ("on Monday").

A label counts only where it stands alone: a genre label opening the body or the headline,
closed by a full stop, a colon, a dash or a line end; a section heading on a line of its
own. "wollte das nicht kommentieren" or "el histórico acuerdo" are no labels. Compiled
once by the lexicon (``heading_pattern``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from streams.core.cues import WideWords
from streams.core.fields import Draft, Field
from streams.core.script import script_folder

__all__ = [
    "Headings",
    "demote_forecast_story",
    "demote_genre",
    "demote_impact",
    "demote_question_paragraph",
    "heading_pattern",
]

# A genre label stands alone: at the text's start or after a sentence's end or a line
# break, and is closed by a full stop, a colon, a dash or a line end.
_OPEN = r"(?:^|(?<=[.!?»”\"])[ \t]+|\n)[ \t]*"
_CLOSE = r"[ \t]*(?:[.:|–—-]|\n|$)"
_LONGEST = 40  # a heading line is short
_CRUMB_LINES = 3  # lines at the top of the body where a breadcrumb stands
_CRUMB_LONGEST = 80  # a breadcrumb line is short
_HEADLINE_CLAUSE = re.compile(r"[;|]|:\s|\s[–—-]\s")  # "...; Seoul says impact limited"
_CRUMB = re.compile(r"\s*[>›»|]\s*")  # "Home > Opinion > Editorials"
# A transcript's question: a line opened by "【记者】", "记者：", "问：", "기자:", "Q:" (folded
# text: 記者/問 are 记者/问 there).
_QUESTION = re.compile(
    r"[ \t\u3000]{0,3}(?:【记者】|【问】|记者\s?[:：]|问\s?[:：]|기자\s?[:：]|q\s?[:：])"
)


@dataclass(frozen=True, slots=True)
class Headings:
    """The compiled labels: background section headings and genre labels."""

    section: frozenset[str]
    genre: re.Pattern[str] | None
    labels: frozenset[str] = frozenset()
    impact: re.Pattern[str] | None = None

    def section_end(self, text: str) -> int | None:
        """Where the first background section heading, on a line of its own, ends.

        Only the lines are looked at (a heading stands on its own line in the text as
        scraped, "Histórico" between two paragraphs): searching the words
        over the whole body cost 0.1-0.4 ms per 4 KB article, the lines cost nothing.
        """
        if not self.section:
            return None
        at = text.find("\n")
        while at >= 0:
            end = text.find("\n", at + 1)
            stop = end if end >= 0 else len(text)
            if stop - at <= _LONGEST and text[at + 1 : stop].strip(" \t.:–—-|") in self.section:
                return stop
            at = end
        return None


def _words(words: Iterable[str]) -> list[str]:
    fold = script_folder().fold
    return sorted({fold(w.lower()) for w in words if w}, key=len, reverse=True)


def heading_pattern(
    sections: Iterable[str], genres: Iterable[str], impact: Iterable[str] = ()
) -> Headings:
    """Compile the section headings (a set of lines), genre labels (anchored), impact cues."""
    section, genre = _words(sections), _words(genres)
    impacts = _words(impact)
    return Headings(
        section=frozenset(section),
        genre=(
            re.compile(f"{_OPEN}(?:{'|'.join(re.escape(w) for w in genre)}){_CLOSE}")
            if genre
            else None
        ),
        labels=frozenset(genre),
        impact=(
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in impacts) + r")(?!\w)")
            if impacts
            else None
        ),
    )


def _breadcrumb(text: str, labels: frozenset[str]) -> bool:
    """A short line near the top, split by ">" or "›", with a genre label as a segment."""
    for line in text.lstrip().split("\n", _CRUMB_LINES)[:_CRUMB_LINES]:
        if len(line) > _CRUMB_LONGEST or not _CRUMB.search(line):
            continue
        parts = [p.strip(" \t.:") for p in _CRUMB.split(line)]
        if len(parts) > 1 and any(p in labels for p in parts):
            return True
    return False


def _opinion(fields: dict[str, Field], headings: Headings) -> bool:
    """The body or the headline opens with a genre label ("Editorial.", "Kommentar:").

    Or a breadcrumb near the body's top names one ("Home > Opinion > Editorials").
    """
    title, body = fields["title"].low, fields["body"].low
    genre = headings.genre
    if genre is not None and (genre.match(body) is not None or genre.match(title) is not None):
        return True
    return bool(headings.labels) and _breadcrumb(body, headings.labels)


def _impact_story(title: Field, drafts: list[Draft], impact: re.Pattern[str] | None) -> bool:
    """A headline weighing a measure's impact that states no act of its own.

    A measure in the impact's own clause is what it weighs ("US' new export controls to
    have little impact on Korean businesses", "limited impact from US curbs"); one in
    another clause is an act the headline states ("US unveils new curbs; Seoul says
    impact limited").
    """
    found = None if impact is None else impact.search(title.low)
    if found is None:
        return False
    low = title.low
    for draft in drafts:
        if not (draft.in_title and draft.primary):
            continue
        lo, hi = sorted((draft.start, found.start()))
        if _HEADLINE_CLAUSE.search(low, lo, hi):
            return False
    return True


def demote_genre(fields: dict[str, Field], drafts: list[Draft], headings: Headings) -> None:
    """Demote an opinion piece's events and those after a background section heading.

    The labels of the events they recall stay right: background.
    """
    if _opinion(fields, headings):
        for draft in drafts:
            if draft.primary:
                draft.mark_background("opinion")
    if _impact_story(fields["title"], drafts, headings.impact):
        for draft in drafts:
            if draft.primary:
                draft.mark_background("impact")
    start = headings.section_end(fields["body"].low)
    if start is not None:
        for draft in drafts:
            if draft.primary and not draft.in_title and draft.start >= start:
                draft.mark_background("history")


def demote_question_paragraph(fields: dict[str, Field], drafts: list[Draft]) -> None:
    """Acts in a transcript's question paragraph ("【記者】…", "问：…") are its premise."""
    text = fields["body"].low
    # Tried at each line's start only (a search would try every position of every body).
    opened: list[int] = []
    start = 0
    while start >= 0:
        if _QUESTION.match(text, start):
            opened.append(start)
        start = text.find("\n", start) + 1 or -1
    if not opened:
        return  # most stories: no transcript
    for draft in drafts:
        if not draft.primary or draft.in_title:
            continue
        line = text.rfind("\n", 0, draft.start) + 1  # 0: the body's first paragraph
        if line in opened:
            draft.mark_background("question")


def demote_impact(
    fields: dict[str, Field], drafts: list[Draft], impact: re.Pattern[str], announce: WideWords
) -> None:
    """An impact or assessment headline: the measures the story tells are its context.

    "中芯遭美国制裁重创", "HBM 대중 수출 통제, 한국 영향은?", "美 대중 규제 … 영향 제한적":
    the headline's news is the effect (``impact_cues``, compiled as ``impact``), told
    after the measure. Not when
    the headline itself announces an act before the cue (an announce cue and a main act of
    the headline before it): the first report of a measure with its impact stays news.
    """
    if not any(d.primary for d in drafts):
        return
    title = fields["title"]
    cue = impact.search(title.low)
    if cue is None:
        return  # most stories
    if any(d.in_title and d.primary and d.start < cue.start() for d in drafts) and (
        announce.search(title.low, 0, cue.start()) is not None
    ):
        return  # "美, HBM 대중 수출통제 발표…SK하이닉스 영향 제한적": the measure's story
    for draft in drafts:
        if draft.primary:
            draft.mark_background("impact")


def demote_forecast_story(
    fields: dict[str, Field],
    drafts: list[Draft],
    talk: list[Draft],
    anonymous: WideWords,
    foreground: WideWords,
) -> None:
    """Under a lead that reports a sourced forecast, the body's other acts are background.

    "Fonti di Reuters affermano che Washington imporrà nuove restrizioni ... È stato
    detto loro di interrompere le spedizioni": the sources' forecast is the story; the
    letters the body retells are what it builds on. An act dated to the day ("on
    Monday", "today": ``foreground_cues``) stays news, as a second item would.
    """
    body = fields["body"]
    if not talk or not body.text.strip():
        return  # most stories: no talk in the body
    first = body.sentence_at(len(body.text) - len(body.text.lstrip()))
    if first is None or not any(
        t.talk in ("modal", "modal-after")
        and not t.in_title
        and first.start <= t.start < first.end
        and anonymous.search(body.low, first.start, first.end) is not None
        for t in talk
    ):
        return
    for draft in drafts:
        if not draft.primary or draft.in_title or draft.start < first.end:
            continue
        sentence = body.sentence_at(draft.start)
        if sentence is not None and foreground.search(body.low, sentence.start, sentence.end):
            continue
        draft.mark_background("forecast-story")
