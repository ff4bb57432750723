"""Reaction and denial headlines: a state reacting to, or denying, a measure.

What it reads, once per article after the sentences (first written for the European
languages in round 14; English and Chinese reaction headlines are read in ``predicate_frames``
and ``proposals``):

- a reaction headline ("China se opone a sanciones de EEUU", "China defiende sus nuevos
  controles"): a state opposes, condemns or defends a measure and the headline states no
  act; the body's measures are the premise of the reaction;
- a denial headline ("China nega proibição de uso de iPhones"): the denying state's
  measures in the body are what it denies (or the report it denies), not an act.

The verbs are data: ``reaction_verbs`` (the six European languages' lists) and
``denial_cues`` in ``policy_patterns.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from streams.core.fields import Draft, Field

if TYPE_CHECKING:
    from streams.core.lexicon import Lexicon

__all__ = ["demote_state_reaction", "without_denied"]

# A reaction verb reacts to a measure when a measure word follows within this many chars
# ("se opone a sanciones", "defiende sus nuevos controles a las tierras raras").
_REACTION_REACH = 32


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
