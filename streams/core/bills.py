"""A measure whose grammatical source is a bill: the bill's content, not an act (issue 11).

Round 21 (``docs/detection.md``). A story about a bill (a committee vote, a draft law, a
bipartisan proposal) retells what the bill would do in sentences whose subject or basis
is the bill: "该法案明确要求…", "依据这项法案，…政府在批准…前必须…", "此外，法案明确
规定…禁止…", "該法案…將命令商務部…停止發放許可證", "Der Gesetzentwurf verbietet …",
"Selon le projet de loi, …", "이 법안은 … 금지한다". Until the bill is law these are no
acts, in whatever tense or mood they are told (Chinese and Japanese tell a bill's
provisions in the plain present).

The reading is structural, the same in every language: a clause of the sentence, before
the draft, opens with a bill noun (``bill_source_nouns``), preceded at most by a
determiner or a basis word ("the", "under this", "该", "依据这项", ``bill_source_openers``
for alphabetic scripts; at most a few characters in CJK). The sentence's drafts after
that noun are the bill's content: talk. An article that says the bill was enacted or
signed, or a law took effect (``bill_enacted_cues``, not denied nor told as to come),
stays as read: an enacted law's
measure is news. A law ("该法律", "the law", "das Gesetz") is no bill noun.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from streams.core.cues import has_cjk

if TYPE_CHECKING:
    from streams.core.fields import Draft, Field
    from streams.core.lexicon import Lexicon

__all__ = ["demote_bill_content"]

# Clause marks of every script: a bill noun opens the sentence or a clause after one.
_CLAUSE_MARK: Final = re.compile(r"[,，、;；:：]")
_CJK_OPENER: Final = 4  # CJK characters before the noun ("依据这项", "根据该", "此")
_DENIED_WINDOW: Final = 12  # chars before an enactment cue searched for "not yet", "仍需"
_LATIN_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _opens_with_bill(item: Field, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether the clause ``[lo, hi)`` opens with a bill noun after an opener at most."""
    low = item.low
    while lo < hi and not low[lo].isalnum():
        lo += 1  # spaces, quotes, brackets before the clause's first word
    for noun in lex.bill_source.finditer(low, lo, hi):
        prefix = low[lo : noun.start()]
        if has_cjk(noun.group()):
            if len(prefix.strip()) <= _CJK_OPENER:
                return True
        elif all(w in lex.bill_openers for w in _LATIN_WORD.findall(prefix)):
            return True
        return False  # only the clause's first bill noun can be its subject
    return False


def _enacted(item: Field, lex: Lexicon) -> bool:
    """Whether the field says a bill was made law or a law is in force, not denied or to come.

    "美国总统周五签署该法案" makes the next sentence's "依据这项法案…禁止" an enacted
    law's measure; "仍需…签署才能生效", "not yet signed into law" do not.
    """
    for cue in lex.bill_enacted.finditer(item.low):
        before = max(0, cue.start() - _DENIED_WINDOW)
        if (
            lex.negation.search(item.low, before, cue.start()) is None
            and lex.modal.search(item.low, before, cue.start()) is None
        ):
            return True
    return False


def _bill_before(item: Field, draft: Draft, lex: Lexicon) -> bool:
    """Whether a clause of the draft's sentence, up to the draft, opens with a bill noun."""
    sentence = item.sentence_at(draft.start)
    if sentence is None:
        return False
    starts = [sentence.start]
    starts += [m.end() for m in _CLAUSE_MARK.finditer(item.low, sentence.start, draft.start)]
    ends = [*starts[1:], draft.start]
    return any(_opens_with_bill(item, lo, hi, lex) for lo, hi in zip(starts, ends, strict=True))


def demote_bill_content(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A draft told as a bill's provision (its clause's source is the bill): talk."""
    sourced = [
        draft
        for draft in drafts
        if draft.primary
        and not draft.talk
        and _bill_before(fields["title" if draft.in_title else "body"], draft, lex)
    ]
    # Whether a law was made is read over whole fields: only for the rare story with a
    # bill-sourced measure (it cost the core ~7 % of its instructions read for every one).
    if not sourced or any(_enacted(item, lex) for item in fields.values()):
        return  # "signed into law", "已签署成为法律", "in Kraft getreten": the law's measures
    bill_sentences: set[tuple[bool, int]] = set()
    for draft in sourced:
        item = fields["title" if draft.in_title else "body"]
        draft.mark_talk("bill-source")
        sentence = item.sentence_at(draft.start)
        if sentence is not None:
            bill_sentences.add((draft.in_title, sentence.end))
    for draft in drafts:
        if draft.primary and not draft.talk and _retells_bill(fields, draft, bill_sentences, lex):
            draft.mark_talk("bill-anaphor")


def _retells_bill(
    fields: dict[str, Field], draft: Draft, bill_sentences: set[tuple[bool, int]], lex: Lexicon
) -> bool:
    """Whether the draft's sentence follows a bill-source one and names "the measure".

    "该法案…將命令商務部…停止發放許可證。任何…晶片都將受到該措施約束": the next
    sentence's measure anaphor ("该措施", "this measure", "diese Maßnahme", "この措置",
    "이 조치", ``bill_measure_anaphors``) is the bill.
    """
    item = fields["title" if draft.in_title else "body"]
    sentence = item.sentence_at(draft.start)
    if sentence is None:
        return False
    previous_end = len(item.low[: sentence.start].rstrip())  # the sentence before ends here
    if (draft.in_title, previous_end) not in bill_sentences:
        return False
    return lex.bill_anaphor.search(item.low, sentence.start, sentence.end) is not None
