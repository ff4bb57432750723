"""Round 14 (Chinese, Japanese, Korean): a story's lead paragraph, and dates by month.

Classes of a fifth CJK scratch set (``docs/detection.md``, "Round 14"), read where the
round-13 checks stop (the headline and the body's first sentence):

* **A reaction told in the lead, not the first sentence.** "中 상무부 대변인, 美 반도체
  수출통제 규칙 개정 관련 언급" over "미국 상무부가 … 개정했다고 최근 발표했다. 이에 대해 …
  상무부 대변인이 밝혔다. … 단호하게 반대한다고 말했다": a headline that names the speaker
  (``briefing_speakers``) and no measure before it, with the speaker and the stance in the
  body's first four sentences, is the same reaction story as one that states the stance
  at once (``proposals.demote_reacting``): the other state's measure is context, the
  speaker's own state gets no act. Not when a main act is the speaker's own state's
  ("商务部：已对…民用出口予以豁免" over a lead that tells the Dutch side to "纠正错误做法").
* **A transcript's question.** "【記者】報道によると、米国政府は…輸出規制の実施を求めた。",
  "问：近日，…对其立案调查。": a paragraph opened by a question mark-up (``_QUESTION``)
  is the reporter's premise; its acts are context. The answer's own sentences are read as
  usual ("答：…我局依法对…立案调查" stays news).
"""

from __future__ import annotations

import re
from typing import Final

from streams.core.fields import Draft, Field
from streams.core.lexicon import Lexicon
from streams.core.proposals import _SPEAKER_GAP, _speaker_state, demote_reacting

__all__ = ["demote_question_paragraph", "demote_reaction_lead"]

_LEAD_SENTENCES: Final = 4  # body sentences searched for a speaker's stance
_LEAD_CHARS: Final = 480  # at most this much of the body makes that lead
_SENTENCE_END = re.compile(r"[。！？\n]|[.!?](?:\s|$)")
# A transcript's question: a line opened by "【记者】", "记者：", "问：", "기자:", "Q:" (folded
# text: 記者/問 are 记者/问 there).
_QUESTION = re.compile(
    r"[ \t\u3000]{0,3}(?:【记者】|【问】|记者\s?[:：]|问\s?[:：]|기자\s?[:：]|q\s?[:：])"
)


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
