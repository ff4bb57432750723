"""Reaction and denial headlines: a state reacting to, or denying, a measure.

What it reads, once per article after the sentences (first written in round 14; English
and Chinese reaction headlines are read in ``predicate_frames`` and ``proposals``):

- a reaction headline ("China se opone a sanciones de EEUU", "China defiende sus nuevos
  controles"): a state opposes, condemns or defends a measure and the headline states no
  act; the body's measures are the premise of the reaction;
- a denial headline ("China nega proibição de uso de iPhones"): the denying state's
  measures in the body are what it denies (or the report it denies), not an act;
- a reaction told in the lead, not the first sentence (Chinese, Japanese, Korean; first
  written in round 14). "中 상무부 대변인, 美 반도체 수출통제 규칙 개정 관련 언급" over "미국
  상무부가 … 개정했다고 최근 발표했다. 이에 대해 … 상무부 대변인이 밝혔다. … 단호하게
  반대한다고 말했다": a headline that names the speaker (``briefing_speakers``) and no
  measure before it, with the speaker and the stance in the body's first four sentences,
  is the same reaction story as one that states the stance at once
  (``demote_reacting``): the other state's measure is context, the speaker's
  own state gets no act. Not when a main act is the speaker's own state's ("商务部：已对…
  民用出口予以豁免" over a lead that tells the Dutch side to "纠正错误做法").

- a "ministry responds" headline over a body that condemns the measure, and a headline
  or lead where a speaker (``briefing_speakers``) states a stance (``reaction_stance``)
  against another state's measure (Chinese, Japanese, Korean; first written in rounds 10
  and 13, in ``proposals.py`` until round 21): the measure is the answer's premise.

- a response story (round 18, every language): a headline that reports an answer
  (``response_cues``: "商务部回应…", "defends its export controls", "説明"), or a speaker
  with a stance or a clarification ("商务部：…不针对任何特定国家"), over a body that dates
  the act before the answer ("日前", "7月3日" in a story of the 6th, "last week") or names
  it as the answer's premise ("针对中国决定…，发言人…称", "Asked about …,", "问：…"): the
  act is what the answer explains, background, whoever took it. This is where the
  speaker's own decision (``self_decision``) meets the stale date: a decision cue keeps
  its act only in a sentence that is neither dated before the answer nor a premise ("发言
  人宣布，自即日起…": a new act at the briefing stays news).

- an answered measure (round 31, every language): a headline that tells a measure and
  then another state's answer to it ("華禁…出口 日外務省提抗議", "…改正に中国商務部が
  コメント", "…; China protests"), over a body that dates the measure before publication
  (a day named without its month too) or tells it only as the answer's premise: the
  measure is the answer's occasion, read as in a response story; the answering state's
  own acts stay news.

The verbs are data: ``reaction_verbs`` (the six European languages' lists) and
``denial_cues`` in ``policy_patterns.yaml``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from streams.core.cues import last_match
from streams.core.fields import ArticleYear, Draft, Field
from streams.core.lexicon import normal
from streams.core.segment import Sentence
from streams.core.tense import dated_before, dated_within

if TYPE_CHECKING:
    from streams.core.lexicon import Lexicon

__all__ = [
    "demote_answered_measure",
    "demote_clarified",
    "demote_firm_reaction",
    "demote_reacting",
    "demote_reaction_headline",
    "demote_reaction_lead",
    "demote_reaction_object",
    "demote_reaction_story",
    "demote_response_story",
    "demote_state_reaction",
    "without_denied",
    "without_reactor_measures",
]

# A reaction verb reacts to a measure when a measure word follows within this many chars
# ("se opone a sanciones", "defiende sus nuevos controles a las tierras raras").
_REACTION_REACH = 32
_FIRST_SENTENCE = 160  # chars of the body that hold its first sentence
_SPEAKER_GAP = 4  # chars between a ministry or state and its speaker ("商務部の報道官")
_LEAD_SENTENCES: Final = 4  # body sentences searched for a speaker's stance
_LEAD_CHARS: Final = 480  # at most this much of the body makes that lead
_SENTENCE_END = re.compile(r"[。！？\n]|[.!?](?:\s|$)")


def demote_state_reaction(title: Field, drafts: list[Draft], lex: Lexicon) -> None:
    """Demote the body's events under a headline of a state reacting to a measure.

    Only the European languages' reaction verbs (``reaction_verbs`` de, fr, es, it, pt,
    nl), with a state before the verb, and only when the headline states no event.
    """
    if any(d.in_title and d.primary for d in drafts):
        return
    found = lex.reaction_headline.search(title.low)
    if found is None or not any(a.start < found.start() for a in title.actors):
        return
    if not any(found.end() <= t.start <= found.end() + _REACTION_REACH for t in title.triggers):
        return  # "Draghi difende i chip italiani": what is defended is no measure
    for draft in drafts:
        if draft.primary and not draft.in_title:
            draft.mark_background("reaction")


def without_reactor_measures(title: Field, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """Drop the measure nouns read as the reacting state's under its reaction headline.

    Round 19 (issue 11): "Beijing opposes the Dutch curbs" over "Beijing said the new
    restrictions could hurt China": the measure the reacting state names is the one it
    reacts to, another state's; read with the reactor as its actor it is a wrong event.
    Only a measure noun (``state_noun``), not a verb (the reactor's own countermeasure
    stays), and only where ``demote_state_reaction`` reads the headline as a reaction.
    """
    if any(d.in_title and d.primary for d in drafts):
        return drafts
    found = lex.reaction_headline.search(title.low)
    if found is None:
        return drafts
    reactors = {a.jurisdiction for a in title.actors if a.start < found.start() and a.jurisdiction}
    if not reactors or not any(
        found.end() <= t.start <= found.end() + _REACTION_REACH for t in title.triggers
    ):
        return drafts
    return [
        d
        for d in drafts
        if d.in_title or d.jurisdiction not in reactors or ":state_noun[" not in d.rule
    ]


def without_denied(title: Field, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """Drop the denying state's body events under a denial headline.

    "China nega proibição de uso de iPhones em agências governamentais" over "A China não
    emitiu quaisquer leis ... que proíbam o uso": the body restates what is denied. Only
    where the headline itself states no event, and only the denier's events (a measure
    of another state the body reports stays).
    """
    if any(d.in_title and d.primary for d in drafts):
        return drafts
    found = lex.denial.search(title.low)
    if found is None:
        return drafts
    deniers = {a.jurisdiction for a in title.actors if a.start < found.start() and a.jurisdiction}
    if not deniers:
        return drafts
    return [d for d in drafts if d.in_title or d.jurisdiction not in deniers]


def _lead(body: Field) -> tuple[int, int]:
    """The span of the body's first sentences (``_LEAD_SENTENCES``, ``_LEAD_CHARS`` at most)."""
    text = body.low
    start = len(text) - len(text.lstrip())
    end, found = start, 0
    for mark in _SENTENCE_END.finditer(text, start, start + _LEAD_CHARS):
        end, found = mark.end(), found + 1
        if found == _LEAD_SENTENCES:
            break
    if found < _LEAD_SENTENCES:
        end = min(len(text), start + _LEAD_CHARS)
    return start, end


def demote_reaction_lead(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A headline naming a speaker whose stance the lead states: a reaction story.

    Runs after ``demote_reaction_story`` (headline or first sentence); only the
    headline's speaker opens the wider window, so a measure's own story with a reaction
    in its second sentence ("美国将…列入实体清单。商务部发言人表示坚决反对") is left alone.
    """
    primary = [d for d in drafts if d.primary]
    if not primary:
        return
    title, body = fields["title"], fields["body"]
    speaker = lex.briefing_speakers.search(title.low)
    if speaker is None:
        return  # most stories: no speaker in the headline
    if any(d.in_title and d.start < speaker.start() for d in primary) or any(
        a.end < speaker.start() - _SPEAKER_GAP for a in title.actors
    ):
        return  # "美國擴大實體清單 中國商務部：堅決反對": the measure's story
    lo, hi = _lead(body)
    if lex.briefing_speakers.search(body.low, lo, hi) is None:
        return
    if not (
        lex.reaction_stance.search(body.low, lo, hi) or lex.condemnation.search(body.low[lo:hi])
    ):
        return
    state = _speaker_state(title, title.low, 0, lex)
    if state is None or any(d.jurisdiction == state for d in primary):
        # "商务部：已对…民用出口予以豁免" over "…荷方应纠正错误做法": the speaker's own
        # measure is the news; only another state's measure is the premise of an answer.
        return
    demote_reacting(fields, drafts, lex, state)


def demote_reaction_headline(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A headline "<measure> + <ministry> responds" whose body condemns that measure.

    "美再对华半导体实施出口管制 商务部回应": the measure is the premise of the answer;
    when the body tells it only inside the complaint (``background:stance``) and reports
    nothing of that actor and direction as news, the headline's act is context too.
    """
    title = fields["title"]
    for draft in drafts:
        if not (draft.in_title and draft.primary):
            continue
        if lex.reaction.search(title.low, draft.start) is None:
            continue
        key = (draft.jurisdiction, draft.direction)
        # The body reports the act as news itself: the headline is about the act.
        if not any(
            d.primary and not d.in_title and (d.jurisdiction, d.direction) == key for d in drafts
        ):
            draft.mark_background("reaction")


def _first_sentence(body: Field) -> str:
    """The body's first sentence (folded), up to the first full stop or line break."""
    text = body.low.lstrip()
    ends = [pos for pos in (text.find("。"), text.find("\n"), text.find(". ")) if pos >= 0]
    return text[: min(ends) + 1] if ends else text[:_FIRST_SENTENCE]


def _speaker_state(item: Field, text: str, offset: int, lex: Lexicon) -> str | None:
    """The state of the speaker named in ``text`` (a head of ``item`` at ``offset``).

    The regulator or state named at or just before the speaker cue ("中国商務部の報道官",
    "중국 상무부 대변인", "商务部发言人"): its jurisdiction.
    """
    cue = lex.briefing_speakers.search(text)
    if cue is None:
        return None
    at = offset + cue.start()
    state = None
    for actor in item.actors:
        if actor.start <= at + (cue.end() - cue.start()) and at - actor.end <= _SPEAKER_GAP:
            state = actor.jurisdiction or state
    return state


def demote_reaction_story(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A headline or lead where a speaker reacts to another state's measure: no act of its own.

    Every primary act becomes context (``background:reaction-story``) but one in a sentence
    that states the speaker's own decision; an act of the speaker's own state there is its
    rhetoric, or the other state's measure read back to the speaker through an anaphor
    ("この措置は…"), and is dropped. A headline whose act precedes the speaker is the
    measure's own story and is left alone.
    """
    primary = [d for d in drafts if d.primary]
    if not primary:
        return
    title, body = fields["title"], fields["body"]
    lead = _first_sentence(body)
    lead_at = len(body.low) - len(body.low.lstrip())
    heads = ((title, title.low, 0), (body, lead, lead_at))

    def reacts(text: str) -> bool:
        if lex.briefing_speakers.search(text) is None:
            return False
        return bool(lex.reaction_stance.search(text) or lex.condemnation.search(text))

    reacting = [(item, text, at) for item, text, at in heads if reacts(text)]
    if not reacting:
        return
    speaker = lex.briefing_speakers.search(title.low)
    if speaker is not None and (
        any(d.in_title and d.start < speaker.start() for d in primary)
        or any(a.end < speaker.start() - _SPEAKER_GAP for a in title.actors)
    ):
        # "美國擴大實體清單 中國商務部：堅決反對": another state and its measure lead the
        # headline, the speaker answers after it; the measure is the story.
        return
    state = next(
        (s for s in (_speaker_state(i, t, a, lex) for i, t, a in reacting) if s is not None),
        None,
    )
    own = [
        d
        for d in primary
        if state is not None
        and d.in_title
        and d.jurisdiction == state
        and all(item is not title for item, _, _ in reacting)
    ]
    if own:
        # Round 23 (issue 11): "商务部对美模拟芯片发起反倾销调查" over a lead where its
        # spokesman condemns the other state: a headline that takes no stance and states
        # the speaker's state's own act is that state's measure, the lead its
        # justification (as ``demote_reaction_lead`` keeps the speaker's own measure);
        # the body's other acts are read as in any reaction story.
        rest = [d for d in drafts if all(d is not x for x in own)]
        demote_reacting(fields, rest, lex, state)
        drafts[:] = [d for d in drafts if any(d is x for x in own) or any(d is x for x in rest)]
        return
    demote_reacting(fields, drafts, lex, state)


def demote_reacting(
    fields: dict[str, Field], drafts: list[Draft], lex: Lexicon, state: str | None
) -> None:
    """Make a reaction story's acts context; drop those of the speaker's own ``state``.

    A sentence stating the speaker's own decision (``self_decision``) keeps its act.
    """
    dropped: list[Draft] = []
    for draft in drafts:
        item = fields["title" if draft.in_title else "body"]
        sentence = item.sentence_at(draft.start)
        if (
            sentence is not None
            and (state is None or draft.jurisdiction == state)
            and lex.self_decision.search(item.low, sentence.start, sentence.end)
        ):
            # only the speaker's own decision: "针对荷兰近日宣布将扩大…管制" is the other
            # state's announcement, the premise of the answer (round 16)
            continue
        if state is not None and draft.jurisdiction == state:
            # also one an earlier check made context ("background:stance"): the speaker's
            # state read from rhetoric or an anaphor is no actor at all
            dropped.append(draft)
        elif draft.primary:
            draft.mark_background("reaction-story")
    if dropped:
        drafts[:] = [d for d in drafts if all(d is not x for x in dropped)]


_FIRM_VERB_GAP: Final = 16  # chars after a headline's firm searched for its reaction verb
_QUOTES: Final = " \"'‘“「『【"  # marks a headline may open with before its firm


def demote_firm_reaction(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A headline that opens with a firm reacting: the measure it answers is background.

    "英伟达回应反垄断调查：坚持依法合规", "輝達回應陸反壟斷調查 重申依法合規": the firm's
    answer is the news; the probe the headline names after the reaction verb and the acts
    the body retells are its premise (round 21; English has ``firm_reaction_verbs``).
    """
    title = fields["title"]
    if not title.firms or not any(d.primary for d in drafts):
        return
    first = title.firms[0]
    if title.low[: first.start].strip(_QUOTES) or any(a.start < first.start for a in title.actors):
        return
    verb = lex.reaction.search(title.low, first.end, first.end + _FIRM_VERB_GAP)
    if verb is None:
        return
    for draft in drafts:
        if draft.primary and (not draft.in_title or draft.start >= verb.start()):
            draft.mark_background("firm-reaction")


def demote_clarified(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A headline saying a measure is not a ban: a follow-up explaining it, not the measure.

    "商务部：对镓、锗相关物项实施出口管制不是禁止出口" over a body that dates the
    announcement days before the spokesperson's words: the headline's measure and the
    body's retelling of it are the story's background (round 21).
    """
    title = fields["title"]
    cue = lex.clarification.search(title.low)
    if cue is None:
        return
    states = {d.jurisdiction for d in drafts if d.in_title and d.start < cue.start()}
    for draft in drafts:
        if (
            draft.primary
            and draft.direction == "tightening"  # "…不是禁止出口 已批准…申请": the grant stays
            and (not states or draft.jurisdiction in states)
        ):
            draft.mark_background("clarified")


_PREMISE_SENTENCES: Final = 3  # body sentences whose opening may be an answer's premise
_PREMISE_OPENING: Final = 48  # chars from a sentence's start to its premise opener (dateline)
_PREMISE_END = re.compile(r"[,，、;；]")
_VERB_FINAL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")  # kana or hangul: opener ends it
# A transcript's answer paragraph ("答：…", "【答】", "A:"): the agency's own words, read
# as usual (``story_genre.demote_question_paragraph`` reads the question's).
_DEMAND_REACH: Final = 8  # chars between a demand verb and the answer it asks for
# Round 24: a demand verb opens its clause before the answer it asks for, with the topic
# between ("要求就H20芯片漏洞后门安全风险作出说明", "asked it to explain"): the clause's
# breaks bound it, so the reach before the cue may span a topic phrase.
_DEMAND_OPENS: Final = 28
_CLAUSE_BREAK = re.compile(r"[,，、;；:：。!?！？|]|\s{2,}|(?<=[\u3400-\u9fff])\s")


def _own_answer(low: str, lex: Lexicon) -> bool:
    """Whether a response cue in the headline is the headline's own predicate (round 19).

    "网信办约谈英伟达 要求说明…风险", "説明を求めた", "해명을 요구": the explanation is what
    the headline's subject demands of another (a demand verb, ``directive_modals``,
    governs the cue in its clause: before it in Chinese and English, after it in
    Japanese and Korean), not the subject's own answer. Only an answer the speaker
    gives makes a response story.
    """
    for cue in lex.response.finditer(low):
        lo, hi = max(0, cue.start() - _DEMAND_OPENS), min(len(low), cue.end() + _DEMAND_REACH)
        breaks = [m for m in _CLAUSE_BREAK.finditer(low, lo, hi)]
        lo = max([lo, *(m.end() for m in breaks if m.end() <= cue.start())])
        hi = min([hi, *(m.start() for m in breaks if m.start() >= cue.end())])
        if lex.demand_verbs.search(low, lo, cue.start()) is None and (
            lex.demand_verbs.search(low, cue.end(), hi) is None
        ):
            return True
    return False


_ANSWER = re.compile(r"[ \t\u3000]{0,3}(?:【答】|答\s?[:：]|a\s?[:：])")


def _premises(body: Field, lex: Lexicon) -> list[tuple[int, int]]:
    """The premise clauses of the body's first sentences: what the answer is about.

    "针对中国决定对…实施出口管制，" and "Asked about the new controls," run from the opener
    to the next comma; "问：…" (an opener closed by a colon) is its whole sentence; the
    Japanese and Korean "…について、", "…에 대해" close the premise that opens the sentence.
    """
    text = body.low
    pos = len(text) - len(text.lstrip())
    spans: list[tuple[int, int]] = []
    for _ in range(_PREMISE_SENTENCES):
        sentence = body.sentence_at(pos)
        if sentence is None or sentence.end <= pos:
            break
        found = lex.response_premise.search(text, sentence.start, sentence.end)
        if found is not None:
            word = found.group()
            if _VERB_FINAL.search(word):
                spans.append((sentence.start, found.end()))
            elif found.start() - sentence.start <= _PREMISE_OPENING:
                if word.endswith((":", "：", "问")):  # "问：…", "有记者问，…": the question
                    spans.append((sentence.start, sentence.end))
                else:
                    comma = _PREMISE_END.search(text, found.end(), sentence.end)
                    spans.append((found.start(), comma.start() if comma else sentence.end))
        pos = sentence.end
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return spans


def demote_response_story(
    fields: dict[str, Field], drafts: list[Draft], lex: Lexicon, ref_year: ArticleYear | None
) -> set[str]:
    """A response headline over an act dated before the answer: the act is background.

    "商務部回應對鎵、鍺相關物項實施出口管制" over "針對中國決定對…實施出口管制，…發言人…回應稱"
    and "商務部、海關總署7月3日發佈公告" in a story of the 6th; "商务部：中国调整石墨出口管制
    不针对任何特定国家" over "日前，…发布公告": the answer is the news, the measure its
    premise. A sentence that states a decision at the briefing, neither dated before nor
    a premise, keeps its act (the contrast: a spokesperson who announces a new measure).

    Round 36: a state answering about its OWN measure of the last few days (dated within
    ``FRESH_DAYS`` of publication, or "yesterday", and nowhere earlier) tells that
    measure's own story ("商务部新闻发言人就对镓、锗相关物项实施出口管制答记者问" on the
    measure's day): its acts stay news. Returns the states whose acts were so kept (a
    transcript's question paragraph keeps them too: ``demote_question_paragraph``).
    """
    if not any(d.primary for d in drafts):
        return set()
    low = fields["title"].low
    if not _own_answer(low, lex) and not (
        lex.briefing_speakers.search(low) is not None
        and (lex.stance.search(low) is not None or lex.clarification.search(low) is not None)
    ):
        return set()  # most stories: no answer in the headline
    return _demote_answered(fields, drafts, lex, ref_year, None)


def _demote_answered(
    fields: dict[str, Field],
    drafts: list[Draft],
    lex: Lexicon,
    ref_year: ArticleYear | None,
    reactor: str | None,
) -> set[str]:
    """Make an answered act background where the body dates it before the answer.

    The body of a response story (``demote_response_story``, ``reactor`` None) or of an
    answered measure (``demote_answered_measure``: the ``reactor``'s own acts are left
    alone, and a day named without its month dates an act too). Returns the answering
    states whose fresh own acts were kept (``_fresh_own``; none for an answered measure).
    """
    title, body = fields["title"], fields["body"]
    bare = reactor is not None
    premises = _premises(body, lex)
    own = _fresh_own(title, body, drafts, lex, ref_year) if not bare else set()

    def before(item: Field, sentence: Sentence, *, whole: bool = False) -> bool:
        # Outside the premise: "针对美方近日…，发言人宣布，中方决定自即日起…" dates the
        # other side's measure, not the decision after it (``whole``: the premise too).
        lo, hi = sentence.start, sentence.end
        if item is body and not whole:
            lo = max([lo, *(end for start, end in premises if lo <= start < hi)])
        if lex.response_prior.search(item.low, lo, hi) is not None:
            return True
        return ref_year is not None and dated_before(item.low, lo, hi, ref_year, bare_days=bare)

    def premise(at: int) -> bool:
        return any(lo <= at < hi for lo, hi in premises)

    # Where the body tells a measure: a read act, a predicate word, an announcement.
    acts = [d.start for d in drafts if not d.in_title]
    acts += [t.start for t in body.triggers]
    acts += [m.start() for m in lex.announce.finditer(body.low)]
    acts += [m.start() for m in lex.self_decision.finditer(body.low)]
    dated = any(
        (sentence := body.sentence_at(at)) is not None and before(body, sentence, whole=True)
        for at in acts
    )
    if not dated and not any(premise(at) for at in acts):
        return own
    # The body first: a headline act the body keeps as news is the story's act.
    for draft in sorted(drafts, key=lambda d: d.in_title):
        if not draft.primary or (bare and draft.jurisdiction == reactor):
            continue  # the answering state's own acts: its countermeasure is news
        if draft.jurisdiction in own:
            continue  # round 36: the answering state's own measure of the last days
        item = title if draft.in_title else body
        if (
            not dated
            and not draft.in_title
            and _ANSWER.match(body.low, body.low.rfind("\n", 0, draft.start) + 1)
        ):
            # A transcript's answer about an act the question only calls recent ("问：近日，
            # …立案调查。答：…我局依法对其立案调查") is read as usual; about one dated before
            # the answer ("有記者問：10月9日，…發佈公告") it explains that act.
            continue
        if draft.in_title and any(
            d.primary
            and not d.in_title
            and (d.jurisdiction, d.direction) == (draft.jurisdiction, draft.direction)
            for d in drafts
        ):
            continue  # "…不是禁止出口 已批准…申请" over "已经批准了一批…": the grant is news
        sentence = item.sentence_at(draft.start)
        if (
            sentence is not None
            and not (not draft.in_title and premise(draft.start))
            and not before(item, sentence)
            and any(
                draft.in_title or not premise(m.start())
                for cues in (lex.announce, lex.self_decision)
                for m in cues.finditer(item.low, sentence.start, sentence.end)
            )
        ):
            continue  # "发言人宣布，自即日起…": a decision stated at the briefing
        if bare and ref_year is not None and _told_today(body, drafts, draft, ref_year):
            # round 47: "美国发布半导体出口管制措施 中国商务部:单边霸凌行径" over "中方注意到，
            # 美方于12月2日发布了…" on the 2nd: the headline leads with the measure, and the
            # body dates it the day of the story; the measure is the news, the answer with it
            continue
        draft.mark_background("response")
    return own


def _told_today(body: Field, drafts: list[Draft], draft: Draft, ref_year: ArticleYear) -> bool:
    """Whether a body sentence telling the draft's state's act names the publication day."""
    for other in drafts:
        if other.in_title or other.jurisdiction != draft.jurisdiction:
            continue
        sentence = body.sentence_at(other.start)
        if sentence is not None and dated_within(
            body.low, sentence.start, sentence.end, ref_year, 0
        ):
            return True
    return False


FRESH_DAYS: Final = 3  # days before publication an answered act of the answerer is news


def _fresh_own(
    title: Field, body: Field, drafts: list[Draft], lex: Lexicon, ref_year: ArticleYear | None
) -> set[str]:
    """The answering states whose own measure the body dates within ``FRESH_DAYS``.

    The answering state is the headline's ("商务部新闻发言人…答记者问", "Commerce
    Department defends …") and must have acts of its own here. The measure is fresh where
    a sentence that tells an act (a predicate word, an announcement) names a day within
    the window or a fresh cue ("7月3日发布公告" on the 3rd, "昨天发布了",
    ``response_fresh_cues``), and none dates one earlier (a day before the window, "last
    week", "日前"). An undated article or undated acts: none (the answer's premise stays
    background, as before).
    """
    if ref_year is None or not ref_year.dated:
        return set()
    states = {a.jurisdiction for a in title.actors if a.jurisdiction}
    states &= {d.jurisdiction for d in drafts if d.primary}
    if not states:
        return set()
    low = body.low
    acts = [t.start for t in body.triggers]
    acts += [m.start() for m in lex.announce.finditer(low)]
    acts += [m.start() for m in lex.self_decision.finditer(low)]
    fresh = False
    seen: set[int] = set()
    for at in acts:
        sentence = body.sentence_at(at)
        if sentence is None or sentence.start in seen:
            continue
        seen.add(sentence.start)
        lo, hi = sentence.start, sentence.end
        if dated_before(low, lo, hi, ref_year, bare_days=True, after_days=FRESH_DAYS):
            return set()  # "今年1月3日发布公告": an old measure, the answer is the news
        cues = [m.group().lower() for m in lex.response_prior.finditer(low, lo, hi)]
        if any(cue not in lex.response_fresh for cue in cues):
            return set()  # "日前", "last week": not plainly within the window
        fresh = fresh or bool(cues) or dated_within(low, lo, hi, ref_year, FRESH_DAYS)
    return states if fresh else set()


# Round 31 (issue 11): a headline that tells a measure and then another state's answer to
# it ("華禁…出口 日外務省提抗議", "中国禁采购美光产品 美国商务部：毫无事实根据", "日本の…改正に
# 中国商務部がコメント"). The answer's speaker opens the headline's last clause (after a
# space, a comma or the dative of "about"), its predicate follows it at once: a colon, a
# reaction verb, a comment. Round 13 kept such a headline as the measure's story, which it
# is when the body tells the measure on the day; a body that dates it before, or tells it
# only as the answer's premise, makes it the answer's occasion.
_TAIL_REACH: Final = 6  # chars between the answering speaker and its predicate ("が", "提")
_TAIL_REACH_WORDS: Final = 20  # the same in a script of words (" protests", " says it regrets")
_TAIL_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_TAIL_GAP: Final = 1  # chars between a state and its ministry ("美国 商务部", "日外務省")
_TAIL_OPEN = re.compile(
    r"(?:[\s,，、;；|]|に(?:対し(?:て)?|ついて|関し(?:て)?)?|에\s?대해|에\s?대한|에)\s*$"
)
_TAIL_COLON = re.compile(r"\s?[:：]")


def _answer_tail(title: Field, drafts: list[Draft], lex: Lexicon) -> str | None:
    """The state that answers the headline's measure at the headline's end, or None.

    The answering speaker is the headline's last state mention (with the state named
    right before its ministry), opening its clause, its predicate right after it, with
    the headline's first clause before it and a story act of another state.
    """
    low = title.low
    actors = [a for a in title.actors if a.jurisdiction]
    for i in range(len(actors) - 1, -1, -1):
        actor = actors[i]
        state = actor.jurisdiction
        reach = (
            _TAIL_REACH if _TAIL_CJK.search(low, actor.end, actor.end + 2) else _TAIL_REACH_WORDS
        )
        hi = min(len(low), actor.end + reach)
        if not (
            _TAIL_COLON.match(low, actor.end)
            or lex.reaction.search(low, actor.end, hi)
            or lex.reaction_comment.search(low, actor.end, hi)
        ):
            continue
        start = actor.start
        while i > 0 and 0 <= start - actors[i - 1].end <= _TAIL_GAP:
            i -= 1
            start = actors[i].start  # "日 外務省", "中国 商務部": one speaker
        if not low[:start].strip() or not _TAIL_OPEN.search(low, 0, start):
            return None
        # The measure before the answer is another state's: the story reads an act of a
        # state other than the speaker's ("中国禁采购美光产品", "華禁向日本…出口": 禁 alone
        # is no predicate word, 華 no state mention).
        if any(d.primary and d.jurisdiction != state for d in drafts):
            return state
        return None
    return None


def demote_answered_measure(
    fields: dict[str, Field], drafts: list[Draft], lex: Lexicon, ref_year: ArticleYear | None
) -> None:
    """A headline "<measure> <another state> answers" over a body that dates the measure.

    "華禁向日本軍事用戶出口兩用物項 日外務省提抗議" over "中國商務部周二（6日）宣布…" in a
    story of the 7th; "日本の輸出規制…改正に中国商務部がコメント" over "…追加したことに
    ついて、…報道官は9月29日…と表明した" in a story of the 30th: the answer is the news,
    the measure its occasion (``background:response``), as in a response story. A body
    sentence that states the measure decided, neither dated before publication nor the
    answer's premise, keeps it news; so do the answering state's own acts.
    """
    if not any(d.primary for d in drafts):
        return
    reactor = _answer_tail(fields["title"], drafts, lex)
    if reactor is not None:
        _demote_answered(fields, drafts, lex, ref_year, reactor)


# Round 26 (issue 11): a reaction headline in every language, read by where its object
# stands to the reaction verb. A verb-object language puts the object after the verb: a
# measure word or the state whose act is meant ("X condemns U.S. for adding …", "外交部反对
# 美国…", "s'opposent aux contrôles"). Japanese and Korean put it before the verb, marked
# by the dative particle of "reacting to" ("…措置に「極めて遺憾」", "…재개에 반대"): the
# particle is the test there; a measure told in its own clause ("…輸出を禁止 日本は遺憾")
# has none before the verb.
_OBJECT_REACH: Final = 40  # chars after a reaction verb searched for its object
_SUBJECT_GAP: Final = 2  # chars between the subject state and the verb (an apostrophe)
_DEMONYM_REACH: Final = 16  # chars before the verb searched for a subject demonym (round 29)
_DATIVE_REACH: Final = 10  # chars between the dative particle and the verb (quote, adverb)
_REACTION_DATIVE = re.compile(r"(?:に対し(?:て)?|について|に|への|에\s?대해|에\s?대한|에게|에)")
_REACTION_BREAK = re.compile(r"[,，、;；:：。!?！？|…]|\s{2,}")


def _reaction_object(title: Field, verb: re.Match[str], lex: Lexicon) -> int | None:
    """Where the object of the headline's reaction ``verb`` starts, or None if none.

    The offset bounds the headline acts that stand before the reaction: an act there
    is the measure's own story, told before the answer. In a verb-object language it is
    the headline's end: an act read after the verb is a clause of its own ("China
    protests as Japan restricts …"), as the measure before the verb is.
    """
    low = title.low
    if _VERB_FINAL.search(low):  # Japanese or Korean: the object ends before the verb
        lo = max(0, verb.start() - _DATIVE_REACH)
        dative = [m for m in _REACTION_DATIVE.finditer(low, lo, verb.start())]
        if not dative or _REACTION_BREAK.search(low, dative[-1].end(), verb.start()):
            return None
        # The object phrase runs back to the clause break after the speaker ("…長官、").
        breaks = [m.end() for m in _REACTION_BREAK.finditer(low, 0, dative[-1].start())]
        return breaks[-1] if breaks and breaks[-1] > 0 else None
    if not low[: verb.start()].strip(_QUOTES):
        return None  # no subject before the verb: the headline is not a reaction
    # The object: a measure or licence word, or the state whose act is meant.
    hi = min(len(low), verb.end() + _OBJECT_REACH)
    stop = _REACTION_BREAK.search(low, verb.end(), hi)
    hi = stop.start() if stop else hi
    opener = lex.reaction_object_openers.search(low, verb.end(), hi)
    hi = opener.start() if opener else hi  # "China protests as US imposes curbs": no object
    states = [a for a in title.actors if a.jurisdiction and verb.end() <= a.start < hi]
    if states or any(
        lex.needs[name].search(low, verb.end(), hi) for name in ("measure", "licence", "list")
    ):
        # Any act the headline reads is its own clause's ("China protests as Japan
        # restricts …"): the headline's end bounds them all.
        return len(low)
    return None


def demote_reaction_object(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A headline whose predicate reacts to a measure: the measure is its premise.

    Round 26 (issue 11), every language: "China's ministry condemns U.S. for adding …",
    "Les Etats-Unis s'opposent aux contrôles …", "外交部反对美国…", "…長官、中国の輸出禁止
    措置に「極めて遺憾」", "…의장, …판매 재개에 반대". Whoever speaks (a state, a minister, a
    legislator), the measure is the object of the stance; the body's acts retell it.
    Every primary act becomes context (``background:reaction-object``) but one in a
    sentence stating a decision (``self_decision``). A headline act told before the
    reaction's object ("China bans …; Japan regrets") is the measure's own story; the
    acts of the state that is the headline's subject stay news ("China hits back at US
    tariffs with rare earth export controls" over its own licence duty).
    """
    if not any(d.primary for d in drafts):
        return
    title = fields["title"]
    verb = lex.reaction.search(title.low)
    if verb is None:
        return
    start = _reaction_object(title, verb, lex)
    if start is None or any(d.in_title and d.primary and d.start < start for d in drafts):
        return
    # The state that is the headline's subject, named right before its verb ("China hits
    # back at …"; not "美 하원 … 의장, …에 반대", whose subject is a legislator): its own acts
    # are news, a countermeasure ("… with rare earth export controls").
    end = len(title.low[: min(start, verb.start())].rstrip(_QUOTES + ",，、"))
    reactors = {
        a.jurisdiction
        for a in title.actors
        if a.jurisdiction and end - _SUBJECT_GAP <= a.end <= end
    }
    # Round 29: the subject told by its nationality ("Dutch responds to ...").
    demonym = last_match(lex.headline_demonym, title.low, max(0, end - _DEMONYM_REACH), end)
    if demonym is not None and end - _SUBJECT_GAP <= demonym.end() <= end:
        reactors.add(lex.headline_demonym_of[normal(demonym.group())])
    for draft in drafts:
        if not draft.primary or draft.jurisdiction in reactors:
            continue
        item = fields["title" if draft.in_title else "body"]
        sentence = item.sentence_at(draft.start)
        if sentence is not None and lex.self_decision.search(
            item.low, sentence.start, sentence.end
        ):
            continue
        draft.mark_background("reaction-object")
