"""Story kinds of the European languages that state no act of the day (Round 14, eu).

Three shapes of a whole article, read once per article after the sentences:

- an opinion piece, labelled as such where it opens ("Editorial. Es ist ein Albtraum ...",
  "Kommentar: ..."): the measures it argues about are context, never its news;
- a background section: a heading on its own line or sentence ("Histórico",
  "Hintergrund", "Contexte") opens the story's history; what follows it is background;
- a denial headline ("China nega proibição de uso de iPhones"): the denying state's
  measures in the body are what it denies (or the report it denies), not an act;
- a reaction headline ("China se opone a sanciones de EEUU", "China defiende sus nuevos
  controles"): a state opposes, condemns or defends a measure and the headline states no
  act; the body's measures are the premise of the reaction, as English and Chinese
  reaction headlines already read.

The labels are data (``eu_genre_cues``, ``eu_section_cues``, ``denial_cues``); a label
counts only where it stands alone (at the body's start, or between two sentences, followed
by a full stop, a colon or a line end), so "wollte das nicht kommentieren" or "el
histórico acuerdo" are no labels.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from streams.core.eu_cues import Headings
from streams.core.fields import Draft, Field

if TYPE_CHECKING:
    from streams.core.lexicon import Lexicon

__all__ = ["demote_eu_story"]

# A reaction verb reacts to a measure when a measure word follows within this many chars
# ("se opone a sanciones", "defiende sus nuevos controles a las tierras raras").
_REACTION_REACH = 32


def _opinion(fields: dict[str, Field], genre: re.Pattern[str]) -> bool:
    """The body or the headline opens with a genre label ("Editorial.", "Kommentar:")."""
    title, body = fields["title"].low, fields["body"].low
    found = genre.match(body)
    return found is not None or genre.match(title) is not None


def demote_eu_story(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """Apply the three story kinds to an article's drafts; return the drafts kept.

    Opinion pieces and background sections demote (the labels of the events they recall
    stay right: background); a denial headline drops the denying state's body events.
    """
    headings: Headings = lex.eu_heading
    if headings.genre is not None and _opinion(fields, headings.genre):
        for draft in drafts:
            if draft.primary:
                draft.mark_background("opinion")
    start = headings.section_end(fields["body"].low)
    if start is not None:
        for draft in drafts:
            if draft.primary and not draft.in_title and draft.start >= start:
                draft.mark_background("history")
    _reaction_story(fields["title"], drafts, lex)
    return _without_denied(fields["title"], drafts, lex)


def _reaction_story(title: Field, drafts: list[Draft], lex: Lexicon) -> None:
    """Demote the body's events under a headline of a state reacting to a measure.

    Only the European languages' reaction verbs (``reaction_verbs`` de, fr, es, it, pt,
    nl), with a state before the verb, and only when the headline states no event.
    """
    if any(d.in_title and d.primary for d in drafts):
        return
    found = lex.eu_reaction.search(title.low)
    if found is None or not any(a.start < found.start() for a in title.actors):
        return
    if not any(found.end() <= t.start <= found.end() + _REACTION_REACH for t in title.triggers):
        return  # "Draghi difende i chip italiani": what is defended is no measure
    for draft in drafts:
        if draft.primary and not draft.in_title:
            draft.mark_background("reaction")


def _without_denied(title: Field, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
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
