"""A story that tells a plan or a wish, not a measure (issue 11, round 19).

What it reads, once per article: the lead (``fields.LEAD``) for a
talk draft whose clause puts a plan, an intention or a wish (``intent_plan_cues``: "plans
to", "intends to", "prévoit de", "plant", "tiene previsto", "intende", "pretende",
"querem", "wollen") right before the act, and the headline for the same act.

- A headline act ("Japan to restrict ... exports") that the lead restates as a plan of the
  same actor ("the government said it plans to restrict ...") compresses the plan: it is
  talk, as the body's own "plans to" is (the development set keeps no event for a rule the
  government "plans to" add, out for comment).
- A headline that itself states a wish or a plan and no act ("EUA querem proibir ...")
  over such a lead is the same story.
- Then the body's retellings of that plan (the same actor's act in the same direction, in
  a sentence with a future or a modal: "equipment makers will need to seek permission",
  a bill that "proibirá") are its content: talk too.

Round 24: the plan may also be an attempt under way ("is seeking to", "sta cercando di",
"está tomando medidas para", "probeert", "versucht, ... zu"), and a lead act the reader took
as done is that plan when its clause opens with the cue; a headline in the future or with a
plan modal and no act of its own ("EE.UU. pondrá ...", "in arrivo nuove restrizioni") is a
plan headline as a wish headline is (``plan_headline_words``).

A decision stays news: a lead that says the state "will ban ... from May 1", "decided to",
"announced it will impose" holds no talk draft for the act; a retelling dated by its entry
into force or stated as announced or decided (``leaks.done_in``) stays as read. So does a
plan told after the same state's act done in the lead ("China tightened its controls on
Thursday, saying it intends to limit sales to ..."; "Japan restricted ... It plans to add
more"): the plan elaborates an act taken, it does not restate the headline's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from streams.core.fields import LEAD
from streams.core.leaks import done_in, headline_modal, later_hearsay, of_language

if TYPE_CHECKING:
    from collections.abc import Callable

    from streams.core.fields import Draft, Field
    from streams.core.lexicon import Lexicon

__all__ = [
    "SEPARATELY",
    "demote_intent_story",
    "demote_plan_headline",
    "demote_weighing_headline",
    "plan_headline_words",
]

_CLAUSE_MARK = re.compile(r"[,，、;；:：]")
# Round 24: "模拟" (analogue, as in 模拟芯片) holds the plan word 拟; it is no plan.
_NOT_PLAN_BEFORE: Final = ("模",)
# Round 24: a start told as a time from which the measure applies, named or relative
# ("将从下月起实施", "来月から実施", "다음 달부터 적용"): with ``effective_date_regex``
# (dates) it makes a plan a decided measure.
_STARTS = re.compile(
    r"(?:从|自)[^，。；]{0,16}?起|(?:から|より)(?:施行|実施|適用|導入|発効)"
    r"|부터\s?(?:시행|적용|발효|도입)"
)
_WORD = re.compile(r"\w+")
#: A sentence that opens a separate item of news in the same story.
SEPARATELY: Final = (
    "separately", "in a separate", "separat", "unabhängig davon", "davon unabhängig",
    "par ailleurs", "séparément", "por separado", "por otra parte", "separatamente",
    "separadamente", "los daarvan",
    # round 47: "in parallel", the Romance languages' own turn to another item of news
    # ("Parallèlement, le ministère chinois du Commerce a lancé une enquête …")
    "parallèlement", "paralelamente", "parallelamente", "in parallel",
)  # fmt: skip
# Round 28: the weighing verb follows the headline's actor with no word between ("US
# considers", "Le Japon envisage"); the longest cue fits in the window.
_WEIGHING_WINDOW: Final = 32
# Round 29: the action of an inquiry, which a headline's verb of examining may name.
_INQUIRY: Final = "investigate"
# The synthetic future of Portuguese, Spanish, Italian and French verbs ("proibirá",
# "permitirá", "imporrà", "imposeront"), as ``leaks`` reads a headline's.
_FUTURE_ENDINGS: Final = ("rá", "rão", "rán", "rà", "ranno", "eront", "iront")
# The same endings at a word's end, one search of a headline (round 24).
_SYNTHETIC_FUTURE: Final = re.compile(r"\w(?:rá|rão|rán|rà|ranno|eront|iront)(?!\w)")


def plan_headline_words(title: Field, lex: Lexicon) -> bool:
    """Whether the headline's own words tell a measure still to come (round 24).

    A plan or wish cue (``intent_plan_cues``: "EUA querem proibir ..."), a headline modal of
    the coming measure (``leak_headline_modals``: "in arrivo", "prépare", "dürfte"), or a
    verb in the Romance synthetic future ("EE.UU. pondrá ...", "imporrà", "durciront").
    English "<state> to <verb>" is not read here: it states a decided act
    (``grammar.headline_future``), and such a headline's lead decides (dev dA-027).
    Only the headline is read, once per article (kept in ``Field.plan_head``).
    """
    if title.plan_head is None:
        low = title.low
        title.plan_head = (
            lex.intent_plan.search(low) is not None
            or _SYNTHETIC_FUTURE.search(low) is not None
            or headline_modal(low, lex, title.language()) is not None
        )
    return title.plan_head


def _intended(body: Field, talk: Draft, lex: Lexicon) -> bool:
    """Whether the clause before the talk draft's act holds a plan or wish cue."""
    sentence = body.sentence_at(talk.start)
    if sentence is None:
        return False
    marks = [m.end() for m in _CLAUSE_MARK.finditer(body.low, sentence.start, talk.start)]
    clause = marks[-1] if marks else sentence.start
    if lex.intent_plan.search(body.low, clause, talk.start) is not None:
        return True
    # Round 24: German and Dutch set a comma before the infinitive clause ("versucht, den
    # Export ... zu beschränken"): a cue that ends the clause before it governs the act.
    if not marks:
        return False
    before = marks[-2] if len(marks) > 1 else sentence.start
    last = None
    for found in lex.intent_plan.finditer(body.low, before, marks[-1]):
        last = found
    return last is not None and not body.low[last.end() : marks[-1] - 1].strip()


def _names(body: Field, draft: Draft, actor: str) -> bool:
    """Whether the draft is the actor's: read so, or its sentence names the actor.

    "Japan, ..., did not name China as the target, saying makers will need to seek
    permission": the sentence retells Japan's plan whoever the reader took for its actor.
    """
    if draft.jurisdiction == actor:
        return True
    sentence = body.sentence_at(draft.start)
    return sentence is not None and any(
        a.jurisdiction == actor and sentence.start <= a.start < sentence.end for a in body.actors
    )


def _planned(body: Field, draft: Draft, lex: Lexicon) -> bool:
    """Whether a body draft's sentence tells the act to come, not one taken.

    A future or a modal in it, no entry into force, nothing announced or decided there.
    """
    sentence = body.sentence_at(draft.start)
    if sentence is None:
        return False
    low = body.low[sentence.start : sentence.end]
    future = (
        lex.future.search(low) is not None
        or lex.modal.search(low) is not None
        # round 24: an attempt or plan verb ("sta cercando di rafforzare ...")
        or lex.intent_plan.search(low) is not None
        or any(w.group().endswith(_FUTURE_ENDINGS) for w in _WORD.finditer(low))
    )
    return (
        future
        and lex.effective.search(low) is None
        and not done_in(body, sentence.start, sentence.end, lex)
    )


def _done_before(body: Field, plan: Draft, actor: str, drafts: list[Draft], lex: Lexicon) -> bool:
    """Whether the lead states the planning state's act as done before the plan.

    A read act of the same state and action, earlier in the lead: in the plan's own
    sentence, with no plan, modal or future in its clause ("endureceu ..., dizendo que
    pretende limitar"); in an earlier sentence, one not told as to come (``_planned``).
    """
    plan_sentence = body.sentence_at(plan.start)
    for draft in drafts:
        if (
            draft.in_title
            or not draft.primary
            or draft.start >= plan.start
            or (draft.jurisdiction, draft.action) != (actor, plan.action)
        ):
            continue
        sentence = body.sentence_at(draft.start)
        if sentence is None or plan_sentence is None:
            continue
        if sentence.start != plan_sentence.start:
            if not _planned(body, draft, lex):
                return True
            continue
        marks = [m.end() for m in _CLAUSE_MARK.finditer(body.low, sentence.start, draft.start)]
        clause = marks[-1] if marks else sentence.start
        if not any(
            cue.search(body.low, clause, draft.start) is not None
            for cue in (lex.intent_plan, lex.modal, lex.future)
        ):
            return True
    return False


def demote_intent_story(
    fields: dict[str, Field],
    drafts: list[Draft],
    talk: list[Draft],
    lex: Lexicon,
    actor_of: Callable[[dict[str, Field], Draft], str],
) -> None:
    """A headline act the lead restates as a plan or a wish, and that plan's retellings: talk.

    ``actor_of`` reads a talk draft's actor (``Reader.forecast_actor``).
    """
    title, body = fields["title"], fields["body"]
    # Round 24: a lead act read as done whose clause opens with a plan or an attempt
    # ("está tomando medidas para endurecer las restricciones ...") is the plan too. Each
    # candidate's clause is searched, not the whole lead: cheaper on the many stories with
    # no plan.
    pool = [*talk, *drafts]
    plans = [t for t in pool if not t.in_title and t.start < LEAD and _intended(body, t, lex)]
    if not plans:
        return
    heads = [d for d in drafts if d.in_title and d.primary]
    # Round 24: a headline in the future or a plan modal, with no act of its own, is the
    # same plan story as a wish headline ("EE.UU. pondrá más trabas ...").
    wish_headline = not heads and plan_headline_words(title, lex)
    keys: set[tuple[str, str]] = set()
    for plan in plans:
        actor = actor_of(fields, plan)
        if not actor or _done_before(body, plan, actor, drafts, lex):
            continue
        same = [d for d in heads if (d.jurisdiction, d.action) == (actor, plan.action)]
        for draft in same:
            draft.primary = False
            draft.rule += " background:plan"
            draft.talk = "forecast"  # a plan headline is no event at all
        if same or wish_headline:
            keys.add((actor, plan.direction))
    for draft in drafts:
        if (
            draft.primary
            and not draft.in_title
            and any(
                direction == draft.direction and _names(body, draft, actor)
                for actor, direction in keys
            )
            and _planned(body, draft, lex)
        ):
            draft.primary = False
            draft.rule += " background:plan"
            draft.talk = "forecast"


def demote_plan_headline(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A state's plan as a Chinese, Japanese or Korean headline, no start in the story (round 24).

    "荷兰拟扩大半导体生产设备出口管制", "オランダ、半導体技術の新たな輸出規制を計画",
    "정부, 반도체 장비 수출 규제 강화 방침": a state named in the headline, a plan or
    expectation word after it (``leak_headline_modals``: 拟, 计划, 計画, 方針, 계획,
    방침 …) and no act the headline reads as done. Over a body that gives the plan no
    start — no date it takes effect (``effective_date_regex``: "自…起", "7月23日から",
    "부터 시행") and no enactment (``enactment_cues``: 施行し, 生效, 시행) — the story is the
    plan: a target ("夏前の導入を目指す", "目标是在夏季之前公布") is no start. Every act it
    reads is then the plan's content or its background. A plan with a start day ("自2027年6月
    起逐步提高税率", dev dA-027's "scheduled to take effect at the end of May" in English)
    is a decided measure and stays news; the leak story (``leaks.py``) reads a plan told
    by sources first.
    """
    if not any(d.primary for d in drafts) or any(d.in_title and d.primary for d in drafts):
        return  # most stories: no act, or the headline states one
    title = fields["title"]
    low = title.low
    if not title.actors or title.stand_in:
        # Round 33: a lead standing in for the headline (``headless.py``) that forecasts
        # ("…에 극심한 제약이 생길 전망이다", "…재개될 것으로 보입니다") is a teaser over the
        # act the body reports; a plan story's own sentences stay plans by their modality.
        return
    # Round 29 (issue 11): a headline's short form of a state may fuse the plan word into
    # its alias ("美拟立法管制…": the alias is "美拟"), so the plan word is looked for from
    # the actor's second character, not after its end.
    first = title.actors[0].start + 1
    plan = next(
        (
            m
            for m in lex.leak_modal.finditer(low, first)
            if (len(m.group()) > 1 or not low.endswith(_NOT_PLAN_BEFORE, 0, m.start()))
            and not later_hearsay(low, m, lex)
            and of_language(m, title.language(), lex)
        ),
        None,
    )
    if plan is not None:
        _demote_unstarted(fields, drafts, lex)


def demote_weighing_headline(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A state weighing a measure in a Latin-script headline, no start in the story (round 28).

    "US considers ending equipment waivers", "Le Japon envisage d'exclure la Corée du Sud
    de sa liste blanche", "Trump prepara aranceles …", "Taiwan Considers Tighter Export
    Rules": a verb of considering, studying or preparing (``weighing_headline_verbs``)
    within a few words after a headline actor, and no act the headline reads as done. Over
    a story that gives the measure no start day and no enactment, the story is the plan, as
    ``demote_plan_headline`` reads a Chinese, Japanese or Korean one: the acts the body
    reads (the waiver granted a year ago, the rules the state "applies") are its
    background. The future and the conditional are not read here: "Japan plans to curb
    exports" over a lead that fixes the rules' start, or "could expand checks" after a
    warning given, stay as read.

    Round 29: an inquiry is no measure weighed. "China prüft möglichen Verstoß Nvidias …"
    over a lead whose act is an investigation opened ("sie habe Ermittlungen …
    eingeleitet"): the headline's verb of examining (prüft, étudie, examina, analiza,
    studies) names that investigation, the act the story reports; it stays news.
    """
    if not any(d.primary for d in drafts) or any(d.in_title and d.primary for d in drafts):
        return  # most stories: no act, or the headline states one
    title = fields["title"]
    if not title.actors:
        return
    if any(d.primary and d.start < LEAD and d.action == _INQUIRY for d in drafts):
        return  # round 29: the state examines a firm's conduct: the inquiry is the act
    low = title.low
    for actor in title.actors:
        cue = lex.weighing_headline.search(low, actor.end, actor.end + _WEIGHING_WINDOW)
        if cue is not None and not _WORD.search(low, actor.end, cue.start()):
            _demote_unstarted(fields, drafts, lex)
            return


def _demote_unstarted(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """Every primary act of a plan story is background, unless the story gives a start.

    Round 44: a sentence of the body that opens a separate item of news ("Separately, Tokyo is
    tightening oversight of end users. The ministry added 30 entities ...") tells it as
    news, with the acts of the same state and direction after it, as ``Story`` reads it.
    """
    for item in (fields["title"], fields["body"]):
        if (
            lex.effective.search(item.low) is not None
            or lex.enactment.search(item.low) is not None
            or _STARTS.search(item.low) is not None
        ):
            return  # a start day or an enactment: a decided measure
    separate: set[tuple[str, str]] = set()
    for draft in drafts:
        if not draft.primary:
            continue
        body = not draft.in_title
        if body and draft.evidence.lstrip().casefold().startswith(SEPARATELY):
            separate.add((draft.jurisdiction, draft.direction))
        if body and (draft.jurisdiction, draft.direction) in separate:
            continue
        draft.mark_background("plan")
