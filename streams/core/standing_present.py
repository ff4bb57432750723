"""A rule in force explained as how things work: background, never the story's news.

Round 37 (issue 11; ``docs/detection.md``). A lead that explains a rule already in force
in the present tense ("Under current rules, exporting gallium requires a licence",
"現在は…を輸出するには許可が必要だ", "目前，…出口…需获得许可", "Derzeit ist die Ausfuhr
… genehmigungspflichtig", "Actuellement, l'exportation … est soumise à licence") states a
measure, but no act of the day: it is the background a story about prices, a firm's chip
or a later act needs. Such a sentence made articles policy changes on its own.

Two shapes of the frame, both data in ``policy_patterns.yaml``:

* **A standing frame before the trigger** (``standing_frames``): an adverb of the present
  ("currently", "derzeit", "actuellement", "momenteel", "現状では"), a phrase naming the
  rules in force ("under current rules", "según la normativa vigente", "按照现行"), or a
  conditional purpose inside a verb-final sentence ("輸出するには", "수출하려면", "若要").
* **A standing opener** (``standing_openers``): the same only where it opens the
  sentence: bare "現在は", "현재", "目前" (inside a sentence they may date a clause of a
  new act: "상무부는 현재 시행 중인 규제를 강화"), and a purpose infinitive in front
  ("To export X, firms must …", "Pour exporter …, il faut …").

A sentence with a frame stays news when it holds a veto (``standing_vetoes``): novelty
("new rules require"), a start ("from today", "ab sofort", "即日起"), a verb of enactment
or change ("announced", "beschlossen", "発表", "강화"), a future ("will"). Drafts so read
become background (``background:standing``).
"""

from __future__ import annotations

import re

from streams.core.fields import Draft, Field, primary_sentences
from streams.core.lexicon import Lexicon

__all__ = ["demote_standing_present", "standing_frame"]

# The effective-date regex's branches that name a state in force, not a start.
_IN_FORCE_STATES = ("en vigueur", "in vigore", "en vigor", "em vigor", "van kracht", "in kraft")
# Leading characters skipped before a sentence's first word: spaces, quotes, dashes.
_LEADING = " \t\n\"'“”‘’«»「」『』-–—•*"


def _opens(low: str, lo: int, start: int, openers: re.Pattern[str]) -> bool:
    """Whether a standing opener is the first word of the sentence ``low[lo:]``."""
    pos = lo
    while pos < start and low[pos] in _LEADING:
        pos += 1
    return pos < start and openers.match(low, pos, start) is not None


def standing_frame(low: str, lo: int, hi: int, start: int, lex: Lexicon) -> bool:
    """Whether the trigger at ``start`` in the sentence ``low[lo:hi]`` explains a rule in force.

    A frame stands before the trigger (or an opener opens the sentence), and the sentence
    holds no veto of novelty, start, enactment or future.
    """
    framed = lex.standing_frames.search(low, lo, start) is not None or _opens(
        low, lo, start, lex.standing_openers
    )
    return (
        framed
        and lex.standing_vetoes.search(low, lo, hi) is None
        and not _dated_start(low, lo, hi, lex)
    )


def _dated_start(low: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether the sentence names a start ("from May 1", "ab dem 1.", "8月1日から").

    The effective-date regex also reads a bare "en vigueur", "in vigore", "em vigor",
    "van kracht", "in Kraft" as a start; here they are the rule in force ("la
    réglementation en vigueur"), so a match on them alone is passed over.
    """
    pos = lo
    while (found := lex.effective.search(low, pos, hi)) is not None:
        if not low.startswith(_IN_FORCE_STATES, found.start()):
            return True
        pos = found.end()
    return False


def demote_standing_present(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A primary measure told as the rule in force, in the present, becomes background."""
    for draft, item, sentence in primary_sentences(fields, drafts):
        if standing_frame(item.low, sentence.start, sentence.end, draft.start, lex):
            draft.mark_background("standing")
