"""A spokesperson's stance and unconfirmed reports: acts a briefing story does not state.

Two classes of the false alerts of the shared development set (issue 11, round 10;
``docs/detection.md``), both from briefings, where a spokesperson answers questions on
measures the reporters already know:

* **Stance.** "他说，…中国借鉴国际通行做法，并根据自身需要实施管制" (China follows
  international practice and implements controls as it needs): the answer justifies a
  measure announced a week before; it takes none. A predicate after a stance cue in its
  sentence ("international practice", "not aimed at any country": ``stance_cues``) is
  no act, unless the sentence also announces the measure ("宣布", "takes effect":
  ``announce_cues``), as a briefing that announces one does. A stance after the
  predicate ("imposed controls on Monday, saying they target no country") leaves the
  act alone.
* **Condemnation.** "商务部：美方限制对华出口芯片 损人不利己", "美方滥用出口管制措施，…
  加严管制", "a dénoncé un abus des mesures de contrôle": a state's complaint names the
  other state's measure as its object; the measure is the briefing's context. A
  condemnation cue (``condemnation_cues``) anywhere in the sentence makes it so, with
  the same exception for a sentence that announces ("针对美方滥用出口管制，商务部决定…":
  the complainant acts). A predicate inside the accusation itself ("abused export
  controls and maliciously blocked and suppressed China's chip products", "bloquee y
  reprima maliciosamente") is its wording, no event at all (round 16): it is dropped.
* **Unconfirmed reports.** "她並未證實或否認有關中方勸阻企業採購H20的報導" and then
  "據報導，北京近期向多家企業發函，勸阻…": when the article says an official neither
  confirmed nor denied reports (``unconfirmed_cues``), its acts that retell other
  outlets' reports (``report_cues``: "according to reports", "據報導") are those
  reports, not acts. A wire's own sources ("people familiar said") are not retold
  reports, and reports nobody refused to confirm stay news.

Both mark the draft as context (``background:stance``, ``background:unconfirmed``): the
event is still read, as a background event, and the article is a policy change only if
another act is its news.
"""

from __future__ import annotations

import re

from streams.core.cues import has_cjk
from streams.core.fields import Draft, Field, primary_sentences
from streams.core.lexicon import Lexicon
from streams.core.segment import Sentence

__all__ = ["demote_disowned", "demote_stance", "demote_unconfirmed"]

_WORD = re.compile(r"\w+\s{1,3}")  # the predicate's word and the space after it
# Round 47 (``_segment``): what parts a headline into clauses.
_CJK_SEGMENT = re.compile(r"\s+|[:：|｜丨]")
_LATIN_SEGMENT = re.compile(r"\s*[:|]\s*|\s+[-–—]\s+")
# A verb joined to the accusation ("abusando delle misure di controllo e bloccano"),
# one auxiliary or adverb between.
_JOINED = re.compile(r",?\s{1,3}(?:and|e|ed|y|et|und|en)\s{1,3}(?:\w{1,14}\s{1,3})?")


def demote_stance(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A predicate after a stance cue, or in a condemnation, none announcing, is no act.

    An accusation before the predicate ("美方泛化国家安全、滥用出口管制，对…实施制裁",
    "미국은 수출 통제 조치를 남용하고 … 부당하게 제한했다") restates the other side's
    measures as a complaint: no event at all, not even a background one (round 16); the
    measure itself, reported elsewhere in the story, keeps its own. So is one that stands
    inside the condemnation's words ("maliciously blocked"): the accusation's verb tells
    no measure.
    """
    dropped: list[Draft] = []
    for draft, item, whole in primary_sentences(fields, drafts):
        # Round 47: a headline's segments are clauses of their own ("美国发布半导体出口管制
        # 措施 中国商务部:单边霸凌行径"): the other side's condemnation in the next segment
        # leaves the act its first segment states (the headline led by the measure)
        sentence = _segment(item.low, draft.start, whole) if draft.in_title else whole
        if (
            lex.stance.search(item.low, sentence.start, draft.start) is None
            and lex.condemnation.search(item.low, sentence.start, sentence.end) is None
        ):
            continue
        if lex.announce.search(item.low, sentence.start, sentence.end) is None:
            if lex.accusation.search(item.low, sentence.start, draft.start) is not None or _inside(
                lex, item.low, sentence.start, sentence.end, draft.start
            ):
                dropped.append(draft)
            draft.primary = False
            draft.rule += " background:stance"
    if dropped:
        drafts[:] = [d for d in drafts if all(d is not x for x in dropped)]


def _segment(low: str, at: int, sentence: Sentence) -> Sentence:
    """The headline segment holding ``at``: parted by a colon or a bar, and in CJK by a space.

    "美国发布半导体出口管制措施 中国商务部:单边霸凌行径" has three; "US curbs chips: China
    slams move" two. The segment keeps the sentence's bounds where no mark parts it.
    """
    marks = _CJK_SEGMENT if has_cjk(low[sentence.start : sentence.end]) else _LATIN_SEGMENT
    lo, hi = sentence.start, sentence.end
    for mark in marks.finditer(low, sentence.start, sentence.end):
        if mark.end() <= at:
            lo = mark.end()
        elif mark.start() > at:
            hi = mark.start()
            break
    return Sentence(lo, hi, low[lo:hi])


def _inside(lex: Lexicon, low: str, lo: int, hi: int, start: int) -> bool:
    """Whether a condemnation cue spans the predicate's start or follows its word at once.

    "maliciously blocked" spans it; "ha bloqueado maliciosamente" follows it.
    """
    word = _WORD.match(low, start)
    after = word.end() if word is not None else start
    return any(
        m.start() <= start < m.end()
        or m.start() == after
        or _JOINED.fullmatch(low, m.end(), start) is not None
        for m in lex.condemnation.finditer(low, lo, hi)
    )


def demote_unconfirmed(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """Acts that retell reports an official would not confirm are those reports.

    Round 42 (issue 11): so is an act told after the refusal in its own sentence, as the
    object of "confirm" ("China declined to confirm that regulators had told Alibaba to
    stop buying H20 chips", "evitó confirmar que los reguladores hayan pedido…",
    "recusou-se a confirmar que…"): the sentence states the refusal, not the act, whether
    or not it names the reports.
    """
    retold = []
    for draft, item, sentence in primary_sentences(fields, drafts):
        if lex.unconfirmed.search(item.low, sentence.start, draft.start) is not None or (
            lex.unconfirmed_gap is not None
            and lex.unconfirmed_gap.search(item.low, sentence.start, draft.start) is not None
        ):
            draft.primary = False
            draft.rule += " background:unconfirmed"
        elif lex.retold.search(item.low, sentence.start, sentence.end):
            retold.append(draft)
    # The body is searched only when an act retells reports (most articles: none).
    if retold and lex.unconfirmed.search(fields["body"].low) is not None:
        for draft in retold:
            draft.primary = False
            draft.rule += " background:unconfirmed"


def demote_disowned(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A body that says the act told is no formal announcement: every main event is talk.

    Round 23 (issue 11): "Although the remarks are not a formal announcement of trade
    policy, …" disowns the act the headline and lead tell ("X announces a 100% tariff");
    the story is a leader's words, so its main events are background.
    """
    if not any(draft.primary for draft in drafts):
        return  # nothing to demote: the body need not be read
    low = fields["body"].low
    gate = lex.disowned_parts
    if gate is not None and not gate.holds_part(low):
        return  # the common case, told by one automaton pass (``cues.PartsGate``)
    if lex.disowned_formality.search(low) is None:
        return
    for draft in drafts:
        if draft.primary:
            draft.mark_background("disowned")


def demote_administered(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A headline of a regime administered "according to laws and regulations" (round 26).

    "商务部：正依法依规审查镓、锗相关物项的出口管制", "中国政府依法依规开展稀土相关物项
    出口管制工作", "Ministry handles export licences in accordance with laws and
    regulations": the agency describes its work under controls already in force, the
    formula of a briefing. Every tightening act of the story is that standing regime
    (``background:administered``) but one in a sentence that announces
    (``announce_cues``); a grant it reports ("已依法批准…申请") stays news.
    """
    if not any(d.primary and d.direction == "tightening" for d in drafts):
        return
    title = fields["title"]
    if lex.administered.search(title.low) is None:
        return
    for draft in drafts:
        if not draft.primary or draft.direction != "tightening":
            continue
        item = fields["title" if draft.in_title else "body"]
        sentence = item.sentence_at(draft.start)
        if sentence is not None and lex.announce.search(item.low, sentence.start, sentence.end):
            continue
        draft.mark_background("administered")
