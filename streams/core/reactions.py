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
  (``proposals.demote_reacting``): the other state's measure is context, the speaker's
  own state gets no act. Not when a main act is the speaker's own state's ("商务部：已对…
  民用出口予以豁免" over a lead that tells the Dutch side to "纠正错误做法").

The verbs are data: ``reaction_verbs`` (the six European languages' lists) and
``denial_cues`` in ``policy_patterns.yaml``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from streams.core.fields import Draft, Field
from streams.core.proposals import _SPEAKER_GAP, _speaker_state, demote_reacting

if TYPE_CHECKING:
    from streams.core.lexicon import Lexicon

__all__ = ["demote_reaction_lead", "demote_state_reaction", "without_denied"]

# A reaction verb reacts to a measure when a measure word follows within this many chars
# ("se opone a sanciones", "defiende sus nuevos controles a las tierras raras").
_REACTION_REACH = 32
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

    Runs after ``proposals.demote_reaction_story`` (headline or first sentence); only the
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
