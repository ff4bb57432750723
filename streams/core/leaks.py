"""A measure not yet issued, told from a report: a leak story (issue 11, round 18, class A).

What it reads, once per article: the headline's modality, the attribution of the headline
and the lead, and whether either states an act as done. The story's news is a measure
that is *not yet issued* when

- the headline puts it in the future or the conditional (``leak_headline_modals``: "to be",
  "set to", "would", 拟, 或, 预计, 方針, 방침, soll, devrait, planea, dovrebbe, deve, wil;
  a Japanese headline heading for it, "…へ"; English "<subject> to <verb>"), the
  modality before the headline's own act where the verb comes first (a Latin or Chinese
  headline: "US cancels licences ... to supply" is an act);
- the headline or the lead's first two sentences rest on a report or unnamed sources
  (``leak_attributions``, with ``anonymous_sources`` and ``report_cues``: "according to
  the report", 外媒, 知情人士, 路透社, 関係者によると, a sentence-final という, 소식통,
  Insidern, selon des sources, según fuentes, indiscrezioni, segundo fontes, volgens
  bronnen);
- and neither states an act as done (``done_in``): an announce or decision cue
  (``announce_cues``, ``self_decision``) outside a modal or future in its clause, not in a
  Japanese non-past sentence ("7月1日に発表する") nor before a Korean or Japanese modality.

Then every act the story reads is the leak's content: talk, no event (the development
set's labels keep no event for a draft rule "according to people familiar"). An
official's own future ("China to restrict exports of ... from Sept. 15", "the ministry
said it will") names no report or anonymous source and stays news; a sourced report of
an act already taken ("China steps up checks ..., FT says", "…制限開始 米紙報道") has no
future in its headline and stays news.

Round 16's sourced forecast story (``story_genre.demote_forecast_story``) reads sources
in the body's first sentence and a talk draft there; it keeps the headline's act when the
sources stand in the second sentence, and the lead's acts when they read as decided
("would be put on the Entity List by the Commerce Department"). The leak story is the
article-level decision that covers both.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from streams.core.cues import has_cjk
from streams.core.fields import LEAD, ArticleYear, Draft, Field
from streams.core.script import KANA
from streams.core.sov import non_past, plan_headline
from streams.core.tense import dated_before

if TYPE_CHECKING:
    from streams.core.lexicon import Lexicon

__all__ = [
    "demote_leak_story",
    "done_in",
    "headline_modal",
    "hedged_act",
    "later_hearsay",
    "leak_story",
    "of_language",
]


_LEAK_SENTENCES: Final = 2  # body sentences that make the lead of a leak story
# "<subject> to <verb>": a headline's infinitive future ("Japan to curb ...").
_TO_HEADLINE = re.compile(r"[^:;|,]{2,80}?\s(to)\s+[a-z]{3,}")
_CLAUSE_MARK = re.compile(r"[,，、;；:：]")
_VERB_FINAL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")  # kana or hangul: modality after
_WORD = re.compile(r"\w+")
# The synthetic future of Portuguese, Spanish, Italian and French verbs: "incluirá",
# "incluirão", "incluirán", "inserirà", "inseriranno", "imposeront".
_FUTURE_ENDINGS: Final = ("rá", "rão", "rán", "rà", "ranno", "eront", "iront")
_HEDGE_GAP: Final = 2  # spaces between a headline's verb and its hearsay adverb
_AFTER_VERB: Final = 16  # chars after a Japanese or Korean verb holding its modality
_SAYS_GAP: Final = 16  # chars from an actor to its verb of saying ("商务部21日表示")
# An announcement told as a noun's attribute: Chinese "宣布的", Korean "발표한 " / "결정된 "
# (not "발표한 것", a clause's own act nominalised), Japanese "発表した" before a noun.
# A break between two clauses of a headline: a clause mark, or a space between two
# ideographs ("美商務部批出…許可 據報黃仁勳曾赴白宮").
_HEADLINE_BREAK = re.compile(r"[,，、;；:：|]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_ATTRIBUTIVE = re.compile(r"的|[한된]\s(?!것)|했던|됐던|した[\u4e00-\u9fff\u30a0-\u30ff]")


def _lead_spans(body: Field) -> list[tuple[int, int]]:
    """The body's first sentences (``_LEAK_SENTENCES``), within its lead (``LEAD``)."""
    text = body.text
    pos = len(text) - len(text.lstrip())
    spans: list[tuple[int, int]] = []
    while len(spans) < _LEAK_SENTENCES and pos < min(len(text), LEAD):
        sentence = body.sentence_at(pos)
        if sentence is None or sentence.end <= pos:
            break
        spans.append((sentence.start, sentence.end))
        pos = sentence.end
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return spans


def done_in(item: Field, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether ``item.low[lo:hi]`` states an act as done: announced, decided, in force.

    An announcement under a modal or a future in its clause ("would announce", "最快将于
    下周公布"), one dated earlier in its clause ("지난해 10월 발표됐던", "announced last
    year": the act the leak builds on), one in a Japanese sentence in the non-past
    ("7月1日に発表する") or before a Korean or Japanese modality ("발표할 예정") is no
    act done; nor is one told as a noun's attribute ("美国10月初宣布的限制措施", "앞서
    발표한 조치"): the measure it names is one the leak builds on.
    """
    low = item.low
    cues = [*lex.announce.finditer(low, lo, hi), *lex.self_decision.finditer(low, lo, hi)]
    for cue in cues:
        marks = [m.end() for m in _CLAUSE_MARK.finditer(low, lo, cue.start())]
        clause = marks[-1] if marks else lo
        if (
            lex.modal.search(low, clause, cue.start())
            or lex.future.search(low, clause, cue.start())
            or lex.leak_modal.search(low, clause, cue.start())
        ):
            continue
        if lex.background.search(low, clause, cue.start()) or lex.year.search(
            low, clause, cue.start()
        ):
            continue  # "지난해 10월 발표됐던 …": an earlier act the leak builds on
        if lex.after.search(low, cue.end(), min(hi, cue.end() + _AFTER_VERB)):
            continue
        if _ATTRIBUTIVE.match(low, cue.end()):
            # "与美国10月初宣布的限制措施一致": the act announced names a measure the
            # sentence compares with or builds on, not the act the story reports.
            continue
        sentence = item.sentence_at(cue.start())
        if sentence is not None and KANA.search(sentence.text) and non_past(sentence.text):
            continue
        return True
    return False


def _official(body: Field, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether a state or its agency says it in ``body.low[lo:hi]``: the state's own word.

    "The Commerce Department said on Monday it will add …, Reuters reported", "商务部21日
    表示": the outlet relays an official statement, not a leak. A verb of saying
    (``reporting_verbs``) within a few characters after a catalog actor, no clause mark
    between; not one told as a noun's attribute ("与美国10月初宣布的限制措施一致").
    """
    low = body.low
    for actor in body.actors:
        if not (lo <= actor.start < hi and actor.jurisdiction):
            continue
        verb = lex.reporting.search(low, actor.end, min(hi, actor.end + _SAYS_GAP))
        if (
            verb is not None
            and _CLAUSE_MARK.search(low, actor.end, verb.start()) is None
            and not _ATTRIBUTIVE.match(low, verb.end())  # "美国10月初宣布的措施": no word said
        ):
            return True
    return False


def _lead_modal(low: str, lo: int, hi: int, lex: Lexicon, lang: str | None = None) -> bool:
    """A modality cue in a lead sentence; not a one-character one ("或" is "or" there)."""
    return any(
        len(m.group()) > 1 and of_language(m, lang, lex)
        for m in lex.leak_modal.finditer(low, lo, hi)
    )


def of_language(cue: re.Match[str], lang: str | None, lex: Lexicon) -> bool:
    """Whether a Latin-script cue is a word of the article's language (round 41).

    "its China plant, people familiar with the matter said": German "plant" (plans) is an
    English noun. A CJK cue, or any cue of an article whose language is unknown, counts.
    """
    words = lex.leak_modal_of.get(lang) if lang is not None else None
    if words is None or has_cjk(cue.group()):
        return True
    return " ".join(cue.group().casefold().split()) in words


def later_hearsay(low: str, cue: re.Match[str], lex: Lexicon) -> bool:
    """Whether a headline's modality cue is hearsay told after the headline's first clause.

    A hearsay adverb that is also a source word ("reportedly", "据报") qualifies its own
    clause: "美商務部批出…許可 據報黃仁勳曾赴白宮游說" states the licence as issued and
    reports only the lobbying behind it.
    """
    return (
        lex.leak_source.search(low, cue.start(), cue.end()) is not None
        and _HEADLINE_BREAK.search(low, 0, cue.start() + 1) is not None
    )


def headline_modal(low: str, lex: Lexicon, lang: str | None = None) -> re.Match[str] | None:
    """The headline's first modality cue, hearsay after its first clause left out.

    ``lang``: the article's language; a Latin cue of another language is no cue (round 41:
    "Samsung's China plant" holds German "plant").
    """
    return next(
        (
            c
            for c in lex.leak_modal.finditer(low)
            if not later_hearsay(low, c, lex) and of_language(c, lang, lex)
        ),
        None,
    )


def hedged_act(low: str, cue: re.Match[str], drafts: list[Draft], lex: Lexicon) -> bool:
    """Whether a headline's hearsay adverb stands right after its own act's verb.

    Round 37 (issue 11): German and Dutch put the adverb after the finite verb, the
    Romance languages after the verb too ("Peking untersagt offenbar …", "China verbiedt
    kennelijk …", "La Chine interdit apparemment …", "China prohíbe al parecer …"):
    the verb is as hedged as English "China reportedly bans …", where the adverb comes
    first. Only a cue that is itself a source word (``later_hearsay``'s test), and only
    with nothing but spaces between the verb and it; "China verbietet Chips – offenbar
    als Vergeltung" qualifies another clause.
    """
    if lex.leak_source.search(low, cue.start(), cue.end()) is None:
        return False
    for draft in drafts:
        if not (draft.in_title and draft.primary):
            continue
        word = _WORD.match(low, draft.start)
        if (
            word is not None
            and 0 < cue.start() - word.end() <= _HEDGE_GAP
            and not low[word.end() : cue.start()].strip()
        ):
            return True
    return False


def leak_story(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> bool:
    """Whether the story reports a measure not yet issued, from a report or sources.

    Three conditions, each read in every language the detector reads: the headline's
    modality is a future or a conditional (``leak_headline_modals``, a Japanese "…へ"
    headline, English "<subject> to <verb>"); the headline or the lead's first sentences
    rest on a report or unnamed sources (``leak_attributions``, ``anonymous_sources``,
    ``report_cues``); and neither states an act as done (``done_in``). A story that names
    no source but the state ("the ministry said it will") is the state's own decision.
    """
    title, body = fields["title"], fields["body"]
    low = title.low
    modal = headline_modal(low, lex, title.language())
    to = _TO_HEADLINE.match(low)
    at = modal.start() if modal is not None else to.start(1) if to is not None else -1
    if at < 0:
        # A headline verb in the synthetic future ("incluirá", "impondrà", "imposeront").
        at = next(
            (
                d.start
                for d in drafts
                if d.in_title
                and d.primary
                and (word := _WORD.match(low, d.start)) is not None
                and word.group().endswith(_FUTURE_ENDINGS)
            ),
            -1,
        )
    spans = _lead_spans(body)
    # Else the lead's modality in the sentence that names the sources, under a headline
    # that states no act of its own ("Trump acrescentará …" over "está prestes a
    # adicionar …, de acordo com fontes"); not a conjunction elsewhere ("子公司或…").
    if (
        at < 0
        and not plan_headline(title.text)
        and (
            any(d.in_title and d.primary for d in drafts)
            or not any(
                _lead_modal(body.low, lo, hi, lex, body.language())
                and lex.leak_source.search(body.low, lo, hi) is not None
                for lo, hi in spans
            )
        )
    ):
        return False  # most stories: a headline in the past or the present
    if (
        at >= 0
        and _VERB_FINAL.search(low) is None
        and any(d.in_title and d.primary and d.start < at for d in drafts)
        and not (modal is not None and hedged_act(low, modal, drafts, lex))
    ):
        # "US cancels licenses of Intel and Qualcomm to supply chips": the headline's
        # act comes before the infinitive; where the verb comes first, the modality
        # after it is another clause's (Japanese and Korean put it after the verb).
        return False
    if lex.leak_source.search(low) is None and not any(
        lex.leak_source.search(body.low, lo, hi) is not None for lo, hi in spans
    ):
        return False
    if done_in(title, 0, len(low), lex):
        return False
    return not any(done_in(body, lo, hi, lex) or _official(body, lo, hi, lex) for lo, hi in spans)


def demote_leak_story(
    fields: dict[str, Field], drafts: list[Draft], lex: Lexicon, ref_year: ArticleYear | None
) -> None:
    """In a leak story, the acts it reads are the leak's content: no event.

    The labels of the development set keep no event for a measure told only from sources
    (a draft rule "according to people familiar"). An act after the lead that its
    sentence dates before publication ("中国政府は10月4日、…輸出を規制した" in a story of
    November 7) is the story's background, as an act the reader dated earlier already is.
    """
    if not any(d.primary for d in drafts) or not leak_story(fields, drafts, lex):
        return
    body = fields["body"]
    spans = _lead_spans(body)
    lead_end = spans[-1][1] if spans else 0
    for draft in drafts:
        if not draft.primary:
            continue
        sentence = None if draft.in_title else body.sentence_at(draft.start)
        if (
            sentence is not None
            and draft.start >= lead_end
            and ref_year is not None
            and dated_before(body.low, sentence.start, sentence.end, ref_year)
        ):
            draft.mark_background("leak")
        else:
            draft.primary = False
            draft.talk = "leak"
            draft.rule += " talk:leak"
