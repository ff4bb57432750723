"""A story's genre and sections: opinion labels and background section headings.

What it reads, once per article after the sentences (first written for the European
languages in round 14; the labels are data, ``genre_labels`` and ``section_headings`` in
``policy_patterns.yaml``, by language):

- an opinion piece, labelled as such where it opens ("Editorial. Es ist ein Albtraum ...",
  "Kommentar: ...") or where its headline closes ("...: China Daily editorial", round 27):
  the measures it argues about are context, never its news;
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
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Final

from streams.core.cues import WideWords, has_cjk
from streams.core.fields import LEAD, Draft, Field, within
from streams.core.mentions import Mention
from streams.core.script import script_folder

__all__ = [
    "FirmCues",
    "Headings",
    "announced_on_day",
    "caused_noun",
    "column_tag",
    "demote_firm_story",
    "demote_forecast_story",
    "demote_framed_story",
    "demote_genre",
    "demote_impact",
    "demote_question_paragraph",
    "heading_pattern",
    "lead_report",
]

# A genre label stands alone: at the text's start or after a sentence's end or a line
# break, and is closed by a full stop, a colon, a dash or a line end.
_OPEN = r"(?:^|(?<=[.!?»”\"])[ \t]+|\n)[ \t]*"
_CLOSE = r"[ \t]*(?:[.:|–—-]|\n|$)"
_LONGEST = 40  # a heading line is short
_CRUMB_LINES = 3  # lines at the top of the body where a breadcrumb stands
_CRUMB_LONGEST = 80  # a breadcrumb line is short
_VERDICT_LEAD = 30  # characters before the speaker cue ("Malaysian industry groups say")
_VERDICT_GAP = 24  # characters between the speaker and the verb ("analysts in Seoul say")
# A Korean headline's bracketed tag ("[소부장반차장]", "[기획]", "[단독]"): Hangul inside.
# Round 30: a month may open the tag ("[8월 월간특집]": a monthly feature's issue).
_KO_TAG = re.compile(
    r"[\[【]\s?((?:\d{1,2}\s?월\s)?[\uac00-\ud7a3][\uac00-\ud7a3\w ·]{0,15})\s?[\]】]"
)
_LABEL_CLOSE = re.compile(r"[ \t]*(?:[:|–—]|-\s)")  # a cue opening the headline as a label
_HEADLINE_CLAUSE = re.compile(r"[;|]|:\s|\s[–—-]\s")  # "...; Seoul says impact limited"
# Round 41 (issue 11): the explainer headline with its topic inside ("What the new chip
# rules mean for Nvidia", "Was die neuen Exportregeln für ASML bedeuten", "Ce que les
# nouvelles restrictions changent pour ..."): the closed list of ``passing_analysis_cues``
# holds only "what it means"; the topic, up to six words, may stand between.
_WHAT_IT_MEANS = re.compile(
    r"(?<!\w)(?:what(?: [\w'’.-]+){1,6} (?:means?|will mean|could mean) (?:for|to)"
    r"|was(?: [\w'’.-]+){1,6} (?:bedeutet|bedeuten)"
    r"|ce que(?: [\w'’.-]+){1,6} (?:signifie|signifient|change|changent)"
    r"|qué (?:significa|significan|suponen?|cambia|cambian)"
    r"|cosa (?:significa|significano|cambia|cambiano)"
    r"|o que (?:significa|significam|muda|mudam)"
    r"|wat(?: [\w'’.-]+){0,6} (?:betekent|betekenen))(?!\w)"
)
# The headline's last segment after a colon, a bar or a spaced dash ("…: X editorial").
_TAIL_SEGMENT = re.compile(r"(?:[:|]|\s[–—-])\s{0,3}([^:|–—]{1,48})$")
_TAIL_WORDS = 4  # an outlet's name and the label: "China Daily editorial"
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
    verdict: re.Pattern[str] | None = None
    news_tags: frozenset[str] = frozenset()

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


# Round 28: a lead's past verb closing its first sentence (Korean, Japanese, Chinese), the
# trigger at most this many characters before the sentence's end, no quotative between.
_LEAD_ACT_TAIL: Final = 24
_LEAD_PAST = re.compile(
    r"(?:했다|됐다|었다|았다|였다|했습니다|됐습니다|した|された|った|えた|めた|けた|了)[.。]?\s*$"
)
_HEADING_MAX: Final = 12  # characters at most of a heading line over a lead (round 34)
_IMPACT_GAP: Final = 3  # characters at least between a headline's act and its impact cue
# round 34: a bar parts a headline as a comma does ("…に追加|…への影響は?")
_IMPACT_PARTS = re.compile(r"…|\.\.\.|[,，、·|｜]|と|\s")
_POSSESSIVE: Final = ("の", "의", "的")
_SINCE = re.compile(r"から|以来|以來|이후|since")
_QUOTATIVE = re.compile(r"다고|라고|다는|라는|と|という|表示|称")
_REPORT_FORMS = ("verb", "split")  # a finite verb reports an act; a noun names one
_REPORT_ACTORS = frozenset(["actor", "agent"])  # read from the sentence, not carried over
# Round 34: a Japanese or Korean sentence closed by the speaker's announcement of what the
# quotative holds ("…시행한다고 밝혔다", "…추가한다고 관보를 통해 밝혔다", "…厳格化すると発表した")
_ANNOUNCED = re.compile(
    r"(?:다고|라고|と|ことを)[^.。!?]{0,12}?"
    r"(?:밝혔다|발표했다|밝혔습니다|발표했습니다|発表した|発表しました|決定した|決定しました)[.。]?\s*$"
)
_NAMED_DAY = re.compile(r"\d{1,2}\s?(?:일|日)(?![本間])")  # "지난 3일", "2일(현지 시간)", "9日"
_ANNOUNCED_TAIL: Final = 40  # characters at most from the act to its sentence's end


def lead_report(body: Field, draft: Draft, foreground: WideWords | None) -> bool:
    """Whether the body's first sentence reports the act as the story's own news (round 18).

    A finite verb with its own actor, dated to the day ("The US Commerce Department on
    Monday banned ...", "美国商务部周一宣布禁止...", "이날 … 금지했다"): the first report of
    the measure under a market, impact, analysis or verdict headline. A noun, an anaphor
    ("its latest restrictions", "이번 규제") or an undated verb is the known measure.
    """
    if draft.in_title or foreground is None or not body.text.strip():
        return False
    head = draft.rule.split(" ", 1)[0]
    form = head.partition(":")[2].partition("[")[0]
    if form not in _REPORT_FORMS or not _REPORT_ACTORS & set(draft.rule.split()):
        return False
    first = body.sentence_at(len(body.text) - len(body.text.lstrip()))
    if first is None or not first.start <= draft.start < first.end:
        return False
    return foreground.search(body.low, first.start, first.end) is not None


def _owned(title: Field, end: int) -> bool:
    """Whether a state marked as possessor ("米の", "美国的", "미국의") stands before ``end``."""
    return any(
        title.low.startswith(_POSSESSIVE, state.end) for state in within(title.actors, 0, end)
    )


def lead_act(body: Field, draft: Draft) -> bool:
    """Whether the body's first sentence tells the act in the past with its own actor.

    Round 28 (issue 11): ``lead_report`` without its date: under a headline that names the
    act before its impact ("美, HBM 중국 수출 통제…타격 불가피"), a lead whose act, read
    with its own actor, closes its first sentence in the past ("미국 정부가 … 수출을
    통제했다", "…の見直しが施行された", "…出口管制正式生效了") reports that act: a verb, or
    a measure noun the closing verb governs.
    """
    if draft.in_title or not body.text.strip():
        return False
    if not _REPORT_ACTORS & set(draft.rule.split()):
        return False
    first = body.sentence_at(len(body.text) - len(body.text.lstrip()))
    if first is not None and _heading_line(body.text, first.start, first.end):
        # Round 34: a short heading line ("概要", "요약", "Summary") stands over the lead.
        rest = body.text[first.end :]
        first = body.sentence_at(first.end + len(rest) - len(rest.lstrip()))
    if first is None or not first.start <= draft.start < first.end:
        return False
    # The act closes the sentence in the past ("…수출을 통제했다.", "…が施行された。"), no
    # quotative between: "…시행한다고 밝혔다", "…제한한다는 소식에" report or name it, the act
    # is not the lead's own news.
    if within(body.firms, first.start, draft.start):
        return False  # "삼성전자가 … 수출 제한 조치로 인한 충격을 인정했다": the firm's news
    rest = body.low[draft.start : first.end]
    return (
        len(rest) <= _LEAD_ACT_TAIL
        and _LEAD_PAST.search(rest) is not None
        and not (_QUOTATIVE.search(rest))
    )


def announced_on_day(body: Field, draft: Draft) -> bool:
    """Whether the lead's state announced the act on a day it names (Japanese, Korean).

    Round 34 (issue 11): under a headline that names the act before its impact, a sentence
    of the lead that dates the announcement to a day and closes with the state's own
    announcement of the act ("중국 상무부는 지난 3일 … 수출 제한 조치를 시행한다고 밝혔다",
    "BIS는 2일 … HBM 제품을 추가한다고 관보를 통해 밝혔다", "商務省は9日、…輸出管理を厳格化
    すると発表した") reports it: the day's news, as a past verb does (``lead_act``). Without
    the day ("…시행한다고 밝혔다" alone) the act may be the known one and stays background.
    """
    if draft.in_title or not _REPORT_ACTORS & set(draft.rule.split()):
        return False
    lead = len(body.text) - len(body.text.lstrip()) + LEAD
    if draft.start >= lead:
        return False
    sentence = body.sentence_at(draft.start)
    if sentence is None or sentence.end - draft.start > _ANNOUNCED_TAIL:
        return False
    if within(body.firms, sentence.start, draft.start):
        return False  # "삼성전자는 … 밝혔다": a firm's statement, not the state's
    low = body.low
    return (
        _ANNOUNCED.search(low, draft.start, sentence.end) is not None
        and _NAMED_DAY.search(low, sentence.start, draft.start) is not None
    )


def _heading_line(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a short line of its own with no sentence mark: a heading."""
    line = text[start:end].strip()
    return (
        0 < len(line) <= _HEADING_MAX
        and text[end : end + 1] == "\n"
        and not any(mark in line for mark in "。．.!?！？")
    )


def _words(words: Iterable[str]) -> list[str]:
    fold = script_folder().fold
    return sorted({fold(w.lower()) for w in words if w}, key=len, reverse=True)


def _verdict(verdict: tuple[Iterable[str], Iterable[str]]) -> re.Pattern[str] | None:
    """A speaker cue near the headline's start, then a verdict verb a few words on."""
    speakers, verbs = (_words(words) for words in verdict)
    if not speakers or not verbs:
        return None
    who = "|".join(re.escape(w) for w in speakers)
    say = "|".join(re.escape(w) for w in verbs)
    return re.compile(
        rf"[^.:;|]{{0,{_VERDICT_LEAD}}}?(?<!\w)(?:{who})(?!\w)"
        rf"[^.:;|]{{0,{_VERDICT_GAP}}}?(?<!\w)(?:{say})(?!\w)"
    )


def heading_pattern(
    sections: Iterable[str],
    genres: Iterable[str],
    impact: Iterable[str] = (),
    verdict: tuple[Iterable[str], Iterable[str]] = ((), ()),
    news_tags: Iterable[str] = (),
) -> Headings:
    """Compile the section headings (a set of lines), genre labels (anchored), impact cues.

    ``verdict``: speaker cues and verdict verbs ("Analysts say ...", round 18);
    ``news_tags``: the Korean headline tags of news ("속보", "단독"), every other tag
    names a column (round 18).
    """
    section, genre = _words(sections), _words(genres)
    impacts = _words(impact)
    return Headings(
        news_tags=frozenset(_words(news_tags)),
        verdict=_verdict(verdict),
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


def _closing_label(title: str, labels: frozenset[str]) -> bool:
    """A headline closed by a genre label in a segment of its own (round 27).

    "…: China Daily editorial", "… | Opinion", "… – Kommentar": the label, after the
    last colon, bar or spaced dash, ends a short segment (an outlet's name before it at
    most). A label inside the headline's own words ("an editorial board's view") is none.
    """
    tail = _TAIL_SEGMENT.search(title)
    if tail is None:
        return False
    words = tail.group(1).strip(' \t.!?»”"').split()
    return 0 < len(words) <= _TAIL_WORDS and (words[-1] in labels or " ".join(words[-2:]) in labels)


def _opinion(fields: dict[str, Field], headings: Headings) -> bool:
    """The body or the headline opens with a genre label ("Editorial.", "Kommentar:").

    Or a breadcrumb near the body's top names one ("Home > Opinion > Editorials").
    """
    title, body = fields["title"].low, fields["body"].low
    genre = headings.genre
    if genre is not None and (genre.match(body) is not None or genre.match(title) is not None):
        return True
    if headings.labels and _closing_label(title, headings.labels):
        return True
    return bool(headings.labels) and _breadcrumb(body, headings.labels)


def column_tag(title: str, news_tags: frozenset[str]) -> bool:
    """A Korean headline tagged with a column's name, not a news tag (round 18).

    "… 더 급해진 삼성 [소부장반차장]", "[기획] …", "[이슈분석] …": a column or feature
    names its series in brackets; news carries one of a closed set of tags ("[속보]",
    "[단독]", "[종합]": ``passing_news_tags``). Read in Hangul only: a Chinese
    "【法规速递】" or an English "[News]" tag heads news.
    """
    for tag in _KO_TAG.finditer(title):
        name = tag.group(1).strip()
        if name not in news_tags and not any(name.startswith(n) for n in news_tags):
            return True
    return False


def _impact_story(title: Field, drafts: list[Draft], headings: Headings) -> str:
    """A headline weighing a measure's impact that states no act of its own.

    A measure in the impact's own clause is what it weighs ("US' new export controls to
    have little impact on Korean businesses", "limited impact from US curbs"); one in
    another clause is an act the headline states ("US unveils new curbs; Seoul says
    impact limited"). Round 18: an analysis or explainer headline ("what it means",
    ``passing_analysis_cues``, in ``impact``) and a speaker's verdict opening the headline
    ("Analysts say new US rules unclear", ``verdict``) are read the same way.

    The kind is returned: "impact", "verdict" or "" (none).
    """
    impact, verdict = headings.impact, headings.verdict
    kind = "impact"
    found = None if impact is None else impact.search(title.low)
    if found is None:
        found = _WHAT_IT_MEANS.search(title.low)
    if found is None and verdict is not None:
        kind, found = "verdict", verdict.match(title.low)
    if found is None:
        return ""
    low = title.low
    if found.start() == 0 and _LABEL_CLOSE.match(low, found.end()):
        return kind  # "Explainer: ...", "Analysis - ...": a label whose scope is the headline
    for draft in drafts:
        if not (draft.in_title and draft.primary):
            continue
        if title.stand_in and draft.start < found.start():
            # Round 33: a lead sentence standing in for the headline states its act, then
            # what follows from it (", lo que significa que …", "…, en lo que supone un
            # alivio", "… will have little impact on …"): the act is the news.
            return ""
        lo, hi = sorted((draft.start, found.start()))
        if _HEADLINE_CLAUSE.search(low, lo, hi):
            return ""
    return kind


def demote_genre(
    fields: dict[str, Field],
    drafts: list[Draft],
    headings: Headings,
    foreground: WideWords | None = None,
) -> None:
    """Demote an opinion piece's events and those after a background section heading.

    The labels of the events they recall stay right: background. Under a speaker's
    verdict headline, an act the lead reports as the day's news stays (``lead_report``).
    """
    if _opinion(fields, headings):
        for draft in drafts:
            if draft.primary:
                draft.mark_background("opinion")
    kind = _impact_story(fields["title"], drafts, headings)
    if kind:
        # A speaker's verdict over a lead that reports the act as the day's news is that
        # act's story; an impact headline names its news itself (round 16's rule).
        body = fields["body"]
        for draft in drafts:
            if draft.primary and not (kind == "verdict" and lead_report(body, draft, foreground)):
                draft.mark_background("impact")
    if column_tag(fields["title"].low, headings.news_tags):
        body = fields["body"]
        for draft in drafts:
            if draft.primary and not lead_report(body, draft, foreground):
                draft.mark_background("column")
    start = headings.section_end(fields["body"].low)
    if start is not None:
        for draft in drafts:
            if draft.primary and not draft.in_title and draft.start >= start:
                draft.mark_background("history")


def demote_framed_story(
    fields: dict[str, Field],
    drafts: list[Draft],
    shortage: WideWords,
    foreground: WideWords | None,
    kind: str = "shortage",
) -> None:
    """A headline that frames the story (a shortage, a speech) demotes the body's acts.

    A chip shortage as the headline's news, no act of its own: its causes are context.
    Round 45: renamed from ``demote_shortage_story`` once it served speeches too.

    Round 33 (issue 11): "Volkswagen … verso lo stop alla produzione della Golf per mancanza
    chip dalla Cina", "La automoción avista más paros por falta de chips": the news is an
    industry's stoppage (``shortage_cues``); the seizure and the ban in response that the
    body tells explain it. A headline that states an act ("China bans Nexperia chip exports,
    carmakers warn of chip shortage") is that act's story, and a lead that reports an act
    as the day's news (``lead_report``) keeps it.

    Round 44 (issue 11): the same reading serves a headline whose news is a speech,
    remarks or testimony ("Ranking Member … Delivers Opening Remarks at … Hearing on Export
    Controls", ``speech_headline_cues``, ``kind`` "speech"): the acts the speaker weighs
    are what the speech is about.
    """
    if not any(d.primary for d in drafts) or any(d.in_title and d.primary for d in drafts):
        return  # most stories: no act, or the headline states one
    if shortage.search(fields["title"].low) is None:
        return
    body = fields["body"]
    for draft in drafts:
        if draft.primary and not lead_report(body, draft, foreground):
            draft.mark_background(kind)


def demote_question_paragraph(
    fields: dict[str, Field], drafts: list[Draft], fresh: Collection[str] = ()
) -> None:
    """Acts in a transcript's question paragraph ("【記者】…", "问：…") are its premise.

    Round 36: not the acts of ``fresh``, the answering states whose own measure of the
    last few days the question names (``reactions.demote_response_story``): a ministry's
    Q&A on the day of its measure is that measure's own story.
    """
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
        if not draft.primary or draft.in_title or draft.jurisdiction in fresh:
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
    if (
        any(d.in_title and d.primary and d.start < cue.start() for d in drafts)
        # round 19: the headline's act merged with the body's into one draft
        or any(t.start < cue.start() for t in title.triggers)
    ) and (announce.search(title.low, 0, cue.start()) is not None):
        return  # "美, HBM 대중 수출통제 발표…SK하이닉스 영향 제한적": the measure's story
    # Round 28: the headline names the act in a part of its own before the impact ("…수출
    # 통제…타격 불가피", "…施行と…への影響"); "HBM 수출 통제 해설" labels the measure.
    named = any(
        t.end + _IMPACT_GAP <= cue.start()
        and _IMPACT_PARTS.search(title.low, t.end, cue.start())
        # "対中輸出規制から2年、…影響評価": the measure is the point time counts from
        and not _SINCE.search(title.low, t.end, cue.start())
        # "米の対中規制、…への影響は限定的": a measure named with its owner is the known one
        and not _owned(title, t.start)
        for t in title.triggers
    )
    body = fields["body"]
    for draft in drafts:
        if draft.primary and not (
            (named and lead_act(body, draft)) or announced_on_day(body, draft)
        ):
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


# Round 36 (issue 11): a firm's own act as the story's frame (``demote_firm_story``).
_FIRM_HEAD: Final = 48  # characters at most before the firm that is the frame's subject
_FIRM_CUE_REACH: Final = 64  # characters at most from the firm to its act's cue
_MODIFIER_GAP: Final = 24  # characters at most between a state and the firm it qualifies
_LEAD_SENTENCES: Final = 2  # sentences of the body's lead that may frame the story
_CALL_MARKS: Final = 2  # speaker lines that make the body a results call's transcript
_CALL_LINE: Final = 90  # characters at most of a speaker line
# "Colette Kress -- Chief Financial Officer": a name, a double hyphen, a role (the
# transcripts' own mark; an em dash parts a news sentence as often, and a search for a
# non-ASCII needle in every body cost as much as the rest of the check).
# Searched as "--" (a two-character literal: ~2x faster than " -- " by regex or by
# ``str.find`` over a 3.5 KB body), its spaces checked after.
_SPEAKER_DASH: Final = re.compile("--")
# Background tags of a lead act that ``promote_notified`` may bring back as news.
_RELAYED_TAGS: Final = ("background:business", "background:while")
# A Japanese/Korean/Chinese subject or object particle, or a Chinese verb of direction,
# between a state and the firm: the state acts on the firm ("美国禁止英伟达", "미국이 엔비디아에").
_CJK_CLAUSE = re.compile(r"[はがをにで은는이가을를에对向将要令]")
_NOUN_FORMS: Final = ("state_noun[", "event_noun[")
# A break between a headline's clauses (or a lead's): a semicolon, a bar, a spaced dash.
_CLAUSE_BREAK = re.compile(r"[;|；]|\s[–—-]\s")


@dataclass(frozen=True, slots=True)
class FirmCues:
    """What ``demote_firm_story`` reads: act cues, call roles, day cues, firm descriptors."""

    acts: WideWords
    roles: WideWords
    call_line: re.Pattern[str]
    foreground: WideWords
    descriptors: WideWords


def _qualifies(low: str, head: int, state: Mention, firm: int, cues: FirmCues) -> bool:
    """Whether a state before the firm only qualifies it ("US chipmaker Nvidia").

    "US-Chipentwickler Nvidia", "El fabricante estadounidense de procesadores Nvidia",
    "米半導体大手エヌビディア": the state is the firm's home, named with a descriptor
    (``firm_descriptors``) before the firm; "US orders Nvidia", "美国约谈英伟达" name none
    (and a CJK case particle or verb of direction between marks a clause of the state's).
    """
    gap = low[state.end : firm]
    if len(gap) > _MODIFIER_GAP:
        return False
    if gap.startswith(("-", "–")) or not gap.strip(" -–'’s"):
        return True  # "US-Chipentwickler", "China's Wingtech": glued or possessive
    if has_cjk(gap) and _CJK_CLAUSE.search(gap) is not None:
        return False
    return cues.descriptors.search(low, head, firm) is not None


def _firm_subject(item: Field, start: int, end: int, cues: FirmCues) -> Mention | None:
    """The firm that opens ``[start, end)`` as its subject, or None.

    The firm stands within the span's first words ("Nvidia ...", "Der US-Chipentwickler
    Nvidia ...", "米半導体大手エヌビディアは ...") and no state acts before it.
    """
    firms = within(item.firms, start, end)
    if not firms or firms[0].start - start > _FIRM_HEAD:
        return None
    firm = firms[0]
    for state in within(item.actors, start, firm.start):
        if not _qualifies(item.low, start, state, firm.start, cues):
            return None
    return firm


def _frame_cue(item: Field, firm: Mention, end: int, cues: FirmCues) -> int | None:
    """Where the firm's act cue after the firm ends (within reach and ``end``), or None."""
    found = cues.acts.search(item.low, firm.end, min(end, firm.end + _FIRM_CUE_REACH))
    return None if found is None else found.end()


def _states_act(
    drafts: list[Draft], in_title: bool, low: str, span: tuple[int, int], cue: int
) -> bool:
    """Whether a draft in the frame states a state's act.

    A measure noun after the firm's cue is what the firm's act is told with ("Nvidia
    reports record revenue despite US export curbs"), as in ``business_story``; a verb
    ("after US requires licence"), or a noun before the cue, is the state's act.
    """
    return any(
        d.in_title == in_title and span[0] <= d.start < span[1] and not caused_noun(d, cue, low)
        for d in drafts
    )


def caused_noun(draft: Draft, cue_end: int, low: str) -> bool:
    """A measure noun after a firm's cue, in the cue's own clause: what its act is told with.

    "Nvidia reports record revenue despite US export curbs", "Nvidia toma prejuízo de
    US$ 5,5 bi com veto dos EUA" (round 13): the noun names the known measure. Round 36:
    after a clause break ("Nvidia posts record revenue; China's regulator opens antitrust
    probe") the noun heads a clause of its own, the state's act.
    """
    return (
        draft.start >= cue_end
        and any(form in draft.rule for form in _NOUN_FORMS)
        and _CLAUSE_BREAK.search(low, cue_end, draft.start) is None
    )


def _speaker_line(text: str, start: int, role: re.Match[str] | None) -> bool:
    """Whether the line at ``start`` is a speaker mark: a short line, the role its whole.

    "[Operator]", "Analyst:", "Colette Kress -- Chief Financial Officer": the role is
    the whole line (brackets and a colon aside), or closes it after a colon, or follows
    a name and a dash.
    """
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    if role is None or stop - start > _CALL_LINE or role.end() > stop:
        return False
    line = text[start:stop].strip()
    bare = line.strip("[]【】:： ")
    word = role.group().strip("\n \t[【")
    return bare == word or (line.endswith((":", "：")) and bare.endswith(word))


def _call_start(body: Field, cues: FirmCues) -> int | None:
    """Where a results call transcript's first speaker line starts, or None.

    "[Operator]", "Operator:", "Colette Kress -- Chief Financial Officer", "Analyst:": a
    short line that is a speaker's role, or a name and a dash before one. Two such
    lines make the body the call's transcript (a single "CEO:" may be a quote). Only
    lines a role opens, or a spaced dash parts, are read.
    """
    text = "\n" + body.low  # the body's first line opens after a line break too
    marks: list[int] = []
    for found in cues.call_line.finditer(text):
        start = found.start() + 1
        if _speaker_line(text, start, found):
            marks.append(start - 1)
    for dash in _SPEAKER_DASH.finditer(text):
        at = dash.start()
        if text[at - 1 : at] != " " or text[at + 2 : at + 3] != " ":
            continue
        start = text.rfind("\n", 0, at) + 1
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        if stop - start <= _CALL_LINE and cues.roles.search(text, at, stop) is not None:
            marks.append(start - 1)
    return min(marks) if len(set(marks)) >= _CALL_MARKS else None


def demote_firm_story(fields: dict[str, Field], drafts: list[Draft], cues: FirmCues) -> None:
    """A firm's own act frames the story: the measures the body retells are background.

    Round 36 (issue 11): "Nvidia reports record revenue", "英伟达发布新一代芯片",
    "エヌビディア決算", "엔비디아, 신형 AI 칩 공개", "Nvidia meldet Rekordumsatz", "Nvidia
    lance une nouvelle puce": a firm, the subject of the headline (or of the lead's first
    sentences when the headline states no act), then a cue of its own act
    (``firm_act_cues``: results, launches, its own production decisions, statements,
    meetings, investments, forecasts). The export controls the body retells explain its
    figures or its products; they keep their fields, as background. Not when the frame
    itself states a state's act ("Nvidia halts H20 sales after US requires licence",
    "US orders Nvidia to stop ...", "Nvidia says it received US licences"): that act is
    the news. A lead that reports an act as the day's news keeps it (``lead_report``).

    A results call's transcript ("[Operator]", "Colette Kress -- Chief Financial
    Officer") under a headline or lead that names a firm: its executives' remarks about
    export controls are the firm's talk, background after the first speaker line.
    """
    if not drafts:
        return  # most stories
    title, body = fields["title"], fields["body"]
    low = title.low
    primary = any(d.primary for d in drafts)
    if not primary and not any(
        not d.in_title and d.start < LEAD and any(tag in d.rule for tag in _RELAYED_TAGS)
        for d in drafts
    ):
        # Most stories with a draft: none primary, and none a later step may bring back
        # as a firm's relayed notice (``promote_notified``), which a call's tag stops.
        return
    call = _call_start(body, cues) if "\n" in body.text else None
    if not primary and call is None:
        return
    firm = _firm_subject(title, 0, len(low), cues)
    cue = None if firm is None else _frame_cue(title, firm, len(low), cues)
    if call is not None and cue is not None:
        # Only under a firm's act headline ("<firm> Q1 earnings call transcript").
        for draft in drafts:
            # Every act after the first speaker line, already background or not: tagged
            # so that no later step reads an executive's "the government informed us"
            # as the firm relaying the day's notice (``promote_notified``).
            if not draft.in_title and draft.start >= call and "background:call" not in draft.rule:
                draft.mark_background("call")
    if not primary or not any(d.primary for d in drafts):
        return
    if cue is not None:
        frame_end = None if _states_act(drafts, True, low, (0, len(low)), cue) else 0
    else:
        frame_end = _lead_frame(body, drafts, cues)
    if frame_end is None:
        return
    for draft in drafts:
        if not draft.primary or (not draft.in_title and draft.start < frame_end):
            continue
        if frame_end == 0 and lead_report(body, draft, cues.foreground):
            continue  # "Nvidia books charge" over "The US on Monday required ...": news
        draft.mark_background("firm_act")


def _lead_frame(body: Field, drafts: list[Draft], cues: FirmCues) -> int | None:
    """Where a firm's act frame in the body's first sentences ends, or None.

    Read only under a headline that holds no draft (an act of its own, the story's).
    """
    if any(d.in_title for d in drafts):
        return None  # the headline states an act, not the firm's
    text = body.text
    first = body.sentence_at(len(text) - len(text.lstrip()))
    for _ in range(_LEAD_SENTENCES):
        if first is None:
            return None
        firm = _firm_subject(body, first.start, first.end, cues)
        cue = None if firm is None else _frame_cue(body, firm, first.end, cues)
        if cue is not None:
            states = _states_act(drafts, False, body.low, (0, first.end), cue)
            return None if states else first.end
        rest = text[first.end :]
        first = body.sentence_at(len(text) - len(rest.lstrip())) if rest.strip() else None
    return None
