"""A story whose speaker is an industry body, not a state (round 25, issue 11).

"SEMI statement on new U.S. export control rule changes", "US chip lobby presses the
White House to refrain from more curbs", "L'ACEA s'inquiète de la mise sous tutelle …",
"…，中国半导体行业协会严正声明", "美国半导体行业协会发声明 劝阻美国政府…": the headline's
subject is a body of firms (an association, a lobby, a federation, a chamber of commerce;
the closed class ``genre_body_nouns`` or a named body of ``genre_body_names``) and its verb
is that body's statement, urging, warning or concern (``genre_body_verbs``). The state's
act is the statement's occasion or the object of its urging, so every act the story reads
is background (``background:industry``).

What stays news: a state act the headline tells before the body, in its own main clause
("US bans chip tool exports; industry association warns of lost sales"). An act before the
body inside a topic phrase ("就美日荷限制…，…协会严正声明"; ``genre_topic_openers``) is the
statement's topic and counts as no act of the headline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from streams.core.cues import has_cjk
from streams.core.fields import Draft, Field

if TYPE_CHECKING:
    from streams.core.lexicon import Lexicon

#: Punctuation that ends the body's clause in a headline: its verb must come before one.
_CLAUSE_ENDS = frozenset(":;|：；｜")
#: Punctuation that closes a headline's clause before another one (round 32's lawsuit story).
_HEADLINE_CLAUSES = frozenset(";|；｜…")
#: How far after the body noun its verb may stand (a Romance genitive: "l'association des
#: équipementiers s'inquiète").
_VERB_REACH = 40


def body_speaker(title: Field, lex: Lexicon) -> int | None:
    """The offset of the industry body that speaks in the headline, or None.

    The body is the first body noun (folded text) or named body (the headline as written:
    acronyms are case-sensitive, "SEMI" is no "semi-"); its verb follows within its clause.
    """
    found = [m.start() for m in (lex.body_nouns.search(title.low),) if m is not None]
    named = lex.body_names.search(title.text)
    if named is not None:
        found.append(named.start())
    # Round 29 (issue 11): experts, analysts, critics (``speaker_cues``) speak as a body
    # does: "<firm>'s sales to China: experts ask for a block", "專家憂…".
    expert = lex.speakers.search(title.low)
    if expert is not None:
        found.append(expert.start())
    if not found:
        return None
    at = min(found)
    verb = lex.body_verbs.search(title.low, at + 1)
    if verb is None or verb.start() - at > _VERB_REACH:
        return None
    # The verb must belong to the body's clause: nothing that ends a clause between them.
    if any(ch in _CLAUSE_ENDS for ch in title.low[at : verb.start()]):
        return None
    return at


def demote_body_story(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """Make every act of an industry body's statement story background (``bodies.py``).

    Runs only when some draft is primary; the headline is searched once. A primary
    headline act before the body, outside a topic phrase, keeps the story as news.
    """
    if not any(d.primary for d in drafts):
        return
    title = fields["title"]
    at = body_speaker(title, lex)
    if at is None:
        return
    # A topic marker before the body ("就…，", "…について、", "regarding …,") makes the
    # stretch before it the statement's topic: its acts are no act of the headline.
    topic = lex.body_topic.search(title.low, 0, at) is not None
    if not topic and any(d.in_title and d.primary and d.start < at for d in drafts):
        return
    for draft in drafts:
        if draft.primary:
            draft.primary = False
            draft.rule += " background:industry"


def demote_case_story(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """Make every act of a criminal case's story background (round 25, ``bodies.py``).

    "U.S. charges four in chip-smuggling case", "Singapore probes chip fraud": the
    headline names a criminal case (``lawcase_cues``: a crime, a prosecutor, charges, an
    arrest) and reads no state act of its own; its speakers are prosecutors and courts, and
    the export rules the case enforces are its occasion. A headline act keeps the story
    ("US adds smugglers' front firms to entity list after fraud case").
    """
    if not any(d.primary for d in drafts) or any(d.in_title and d.primary for d in drafts):
        return
    if lex.lawcase.search(fields["title"].low) is None:
        return
    for draft in drafts:
        if draft.primary:
            draft.primary = False
            draft.rule += " background:case"


def demote_lawsuit_story(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """Make the acts a lawsuit or a court's proceeding is about background (round 32).

    "<firm> sues Commerce Department over its listing", "遭列入實體名單！…將美國商務部告上法院",
    "オランダの企業裁判所は、…の経営について調査を始めると発表した": the headline names a suit
    brought or a court's own step (``lawsuit_cues``); the measures the story tells are
    what the suit challenges or the court rules on, and a court's inquiry is no state
    act. A state act the headline tells after the cue in a clause of its own ("…sues;
    US adds ten more firms to entity list") stays news.
    """
    if not any(d.primary for d in drafts):
        return
    title = fields["title"]
    cue = lex.lawsuit.search(title.low)
    if cue is None:
        return  # most stories
    low = title.low
    for draft in drafts:
        if (
            draft.in_title
            and draft.primary
            and draft.start >= cue.end()
            and any(ch in _HEADLINE_CLAUSES for ch in low[cue.end() : draft.start])
        ):
            return  # the headline tells a state act of its own after the suit
    for draft in drafts:
        if draft.primary:
            draft.primary = False
            draft.rule += " background:lawsuit"


def legislator_speaker(title: Field, lex: Lexicon) -> int | None:
    """The offset of the legislators that are the headline's subject, or None.

    Round 26 (issue 11): a legislator noun (``legislator_nouns``) with its initiative verb
    (``legislator_verbs``) after it in its clause, within ``_VERB_REACH``.
    """
    noun = lex.legislator_nouns.search(title.low)
    if noun is None:
        return None
    verb = lex.legislator_verbs.search(title.low, noun.end())
    if verb is None or verb.start() - noun.start() > _VERB_REACH:
        return None
    if any(ch in _CLAUSE_ENDS for ch in title.low[noun.start() : verb.start()]):
        return None
    return noun.start()


def demote_legislator_story(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """Make every act of a legislators' initiative story background (round 26, issue 11).

    "Senators propose bill to block looser chip export rules", "Senatoren wollen Lockerung
    der Chip-Exportregeln blockieren", "美跨党派参议员提出法案 阻止放宽…": legislators, not
    the government, are the headline's subject, and their verb proposes, wants or urges.
    The government's acts the story reads are the initiative's occasion or what its bill
    would do (``background:legislators``). A state act the headline tells before the
    legislators keeps the story ("US adds 30 firms to entity list; senators want more").
    """
    if not any(d.primary for d in drafts):
        return
    title = fields["title"]
    at = legislator_speaker(title, lex)
    if at is None:
        return
    if any(d.in_title and d.primary and d.start < at for d in drafts) and not (
        _bill_tabled(title, at, lex)
    ):
        return
    for draft in drafts:
        if draft.primary:
            draft.mark_background("legislators")


def _bill_tabled(title: Field, at: int, lex: Lexicon) -> bool:
    """Whether a CJK headline's legislators table a bill: the clause before is its content.

    Round 42 (issue 11): "トランプ政権の対中AI半導体輸出規制緩和を禁止、超党派議員が法案
    提出", "…완화 금지…초당파 의원들 법안 발의": Chinese, Japanese and Korean headlines
    put what the bill does first and the legislators tabling it last, so the act before
    them is the bill's, not the state's. An English headline's state act before the
    legislators ("US adds 30 firms to entity list; senators want more") stays news.
    """
    low = title.low
    return has_cjk(low[at : at + 1]) and lex.bill_source.search(low, at) is not None
