"""A measure told as what an easing lifts or changes: no tightening of its own (round 30).

Issue 11, round 30 (b37, b38, b39): a story about a measure being suspended, lifted or
amended names that measure, and often restates what it said. Those words are the easing's
object, not a second act in the other direction:

- a measure noun governed by an easing word: "secured looser export controls", "要求放宽
  出口AI晶片限制" (the easing demanded, so no easing is read either), "반입 규제 유예"
  (Japanese and Korean put the easing after its object). ``governed`` reads it when the
  measure noun is read; the reading gives no event.
- the object of a Japanese or Korean easing verb further on in its clause: "…수출통제
  강화에 관한 공고에 포함된 제2항을 … 중단하기로 했다". The verb's construction takes the
  measure before it, as "lifted the ban" takes the one after it; ``consumed_before`` drops
  the tightening read from that object (``detect.py``, when the easing is read).
- a change made to a measure ("a change in its export control policies", "调整…管制政策",
  "규정 개정") or a legal provision that states its content ("제2항은 … 금지하고", "依据…
  第二款规定，原本「原则上不予许可」…"): in a story of the same state's easing, that is the
  measure the easing changes. ``governed`` and ``provision`` mark such a draft;
  ``without_eased_content`` (``article.py``) drops it when the same state eases in the
  article. Outside an easing story a change or a provision may be the news itself
  ("revises export controls to close loopholes"), so nothing is dropped there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from streams.core.fields import Draft, Field, Site

if TYPE_CHECKING:
    from streams.core.lexicon import Lexicon

__all__ = ["MEASURES", "consumed_before", "governed", "provision", "without_eased_content"]

#: How far before a measure noun a governor may stand (Latin script: a determiner and an
#: adjective or two, "loosen its export controls"; Chinese: "放宽出口AI晶片限制").
_BEFORE_LATIN: Final = 60
_BEFORE_CJK: Final = 10
#: How far after a Japanese or Korean measure noun its governor may stand: a particle and a
#: short adverbial ("수출통제를 1년 유예").
_AFTER_SOV: Final = 8
#: Latin-script words allowed between a governor and its measure noun.
_LATIN_GAP: Final = 5
#: What ends a noun phrase: a governor beyond it governs something else.
_PHRASE_BREAK = re.compile(r"[,;:.!?，。；：！？]")
#: A Korean or Japanese verbal ending right after the noun: it is a verb ("규제하고"), no
#: noun an easing could take as its object.
_VERBAL_AFTER = re.compile(r"[하했한할해되된돼しすさ]")
#: A numbered legal provision (the grammar of citing law, every script): "第二款", "第3条",
#: "제2항", "第2項", "Article 2", "paragraph 3", "Absatz 2", "artículo 5".
_PROVISION = re.compile(
    r"第\s{0,2}[0-9一二三四五六七八九十]{1,3}\s{0,2}[款条條项項号號]"
    r"|제\s{0,2}[0-9]{1,3}\s{0,2}[항조호]"
    r"|(?<!\w)(?:article|section|paragraph|clause|artikel|absatz|paragraaf|alinéa|"
    r"artículo|articolo|artigo|apartado|comma)\s{1,2}[0-9]{1,3}(?!\w)"
)
#: Tightening actions whose word can name a measure (the thing an easing lifts).
MEASURES: Final = frozenset(["ban", "halt", "restrict", "license", "investigate", "sanction"])


def _measure_word(site: Site, lex: Lexicon) -> bool:
    """Whether the trigger is a measure noun (the class an easing verb takes as object)."""
    mention = site.mention
    return _measure_end(site.text, mention.start, mention.end, lex) >= 0


def _measure_end(text: str, start: int, end: int, lex: Lexicon) -> int:
    """The end of a measure word inside the trigger word at ``start`` ("수출통제"), or -1."""
    found = lex.needs["measure"].search(text, start, max(end, start + 1) + 1)
    return found.end() if found is not None and found.start() < max(end, start + 1) else -1


def _latin_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a few words of one noun phrase."""
    gap = text[start:end]
    return _PHRASE_BREAK.search(gap) is None and len(gap.split()) <= _LATIN_GAP


def _easing_trigger(item: Field, lex: Lexicon, lo: int, hi: int) -> int:
    """The end of the last easing verb ("lift", "放宽", "유예") starting in ``[lo, hi)``, or -1."""
    end = -1
    for trigger in item.triggers:
        if trigger.start < lo:
            continue
        if trigger.start >= hi:
            break
        if any(
            r.predicate.direction == "easing" and r.predicate.action == "relax"
            for r in lex.readings(trigger.text)
        ):
            end = trigger.end
    return end


def governed(site: Site, lex: Lexicon) -> str:
    """How a tightening measure noun is governed: "easing", "amend", or "".

    "easing": an easing word qualifies or takes it ("looser export controls", "要求放宽…
    限制", "규제 유예"), so it is no tightening at all. "amend": a change is made to it
    ("changement dans ses politiques de contrôle", "调整…管制政策"), read only in a story
    of the same state's easing (``without_eased_content``). Chinese and the European
    languages put the governor before the noun, Japanese and Korean after it.
    """
    if not _measure_word(site, lex):
        return ""
    text, mention = site.text, site.mention
    if site.sov:
        if _VERBAL_AFTER.match(text, mention.end):
            return ""  # "규제하고": the verb itself
        hi = min(site.clause_hi, mention.end + _AFTER_SOV)
        stop = _PHRASE_BREAK.search(text, mention.end, hi)
        if stop is not None:
            hi = stop.start()
        if lex.easing_after.search(text, mention.end, hi) is not None:
            return "easing"
        if _easing_trigger(site.item, lex, mention.end, hi) >= 0:
            return "easing"
        return "amend" if lex.amend_after.search(text, mention.end, hi) is not None else ""
    reach = _BEFORE_CJK if site.cjk else _BEFORE_LATIN
    lo = max(site.clause_lo, mention.start - reach)

    def near(end: int) -> bool:
        if site.cjk:
            return _PHRASE_BREAK.search(text, end, mention.start) is None
        return _latin_gap(text, end, mention.start)

    ends = [m.end() for m in lex.easing_before.finditer(text, lo, mention.start)]
    ends.append(_easing_trigger(site.item, lex, lo, mention.start))
    if any(end >= 0 and near(end) for end in ends):
        return "easing"
    amend = [m.end() for m in lex.amend_before.finditer(text, lo, mention.start)]
    if any(near(end) for end in amend):
        return "amend"
    return ""


def provision(site: Site) -> bool:
    """Whether a numbered provision stands before the trigger in its sentence.

    "제2항은 … 원칙적으로 금지하고", "依据此前公告第46号的第二款规定，原本「原则上不予许可」":
    the provision is the subject or the source of the predicate, which states the text of a
    measure, not an act (kept unless the same state's easing is the story).
    """
    return _PROVISION.search(site.text, site.sentence.start, site.mention.start) is not None


def consumed_before(item: Field, easing: Draft, drafts: list[Draft], lex: Lexicon) -> None:
    """Drop the tightening a Japanese or Korean easing verb takes as its object, before it.

    "…수출통제 강화에 관한 공고에 포함된 제2항을 … 중단하기로 했다": the easing's
    construction found its measure before the verb (``Needs.window``), in its clause; a
    tightening read from a measure noun there is that object, told before the verb only
    because the verb comes last. Drops in place.
    """
    predicate = lex.by_id.get(easing.predicate)
    text = item.low
    sentence = item.sentence_at(easing.start)
    if predicate is None or sentence is None:
        return
    if not _OBJECT_FIRST_TEXT.search(text, sentence.start, sentence.end):
        _consumed_by_passive(item, easing, drafts, lex, sentence.start)
        return
    if predicate.needs is None or predicate.needs.word_class != "measure":
        return
    lo = max(sentence.start, easing.start - predicate.needs.window)
    for draft in list(drafts):
        if (
            draft.in_title != easing.in_title
            or draft.direction != "tightening"
            or draft.action not in MEASURES
            or not lo <= draft.start < easing.start
        ):
            continue
        word = _WORD.match(text, draft.start)
        end = _measure_end(text, draft.start, word.end() if word else draft.start, lex)
        if (
            end >= 0
            and not _VERBAL_AFTER.match(text, end)
            and lex.clause.search(text, draft.start, easing.start) is None
        ):
            drafts.remove(draft)


def _consumed_by_passive(
    item: Field, easing: Draft, drafts: list[Draft], lex: Lexicon, sentence_start: int
) -> None:
    """Drop the tightening read from the subject of a passive easing (round 38, issue 11).

    "announced that the restrictions on exports of gallium were removed", "a annoncé que
    les restrictions … ont été levées", "anunció que las restricciones … fueron
    eliminadas": the measure noun is the passive's subject, governed by nothing but the
    announcement before it, and the participle after it says it ends. The mirror of
    ``consumes`` for Latin script, as the Japanese and Korean branch is for a verb that
    comes last. Only a relaxation whose participle follows a passive auxiliary, and only a
    measure noun (not a verb: "tightened controls on X, while restrictions on Y were
    removed" keeps its tightening) in the same clause, close before it.
    """
    if easing.action != "relax" or easing.in_title:
        return
    text = item.low
    pre = text[max(sentence_start, easing.start - _AUX_REACH) : easing.start]
    if lex.be_before.search(pre) is None:
        return
    lo = max(sentence_start, easing.start - _PASSIVE_REACH)
    for draft in list(drafts):
        if (
            draft.in_title
            or draft.direction != "tightening"
            or draft.action not in MEASURES
            or not lo <= draft.start < easing.start
            or not any(form in draft.rule for form in _NOUN_FORMS)
        ):
            continue
        word = _LATIN_WORD.match(text, draft.start)
        if word is None or _measure_end(text, draft.start, word.end(), lex) < 0:
            continue
        if lex.clause.search(text, draft.start, easing.start) is None:
            drafts.remove(draft)


#: How far before a participle its passive auxiliary and an adverb may stand.
_AUX_REACH: Final = 30
#: How far before a passive participle its subject (the measure noun) may stand: the
#: noun, its complements ("on exports of gallium to the United States") and the auxiliary.
_PASSIVE_REACH: Final = 140
#: One word of Latin script, the measure noun a draft was read from, or two: a compound's
#: head comes last (round 41: "the export ban …, due to take effect on Friday, has been
#: postponed").
_LATIN_WORD = re.compile(r"\w[\w'’-]*(?:[ ]\w[\w'’-]*)?")
#: A draft read from a noun, as its rule says ("restrict:state_noun[restrictions]").
_NOUN_FORMS: Final = (":state_noun[", ":event_noun[")

#: One word of Japanese or Korean script (a compound noun such as "수출통제").
_WORD = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{1,12}")
#: Kana, hangul or Han: a Japanese or Korean sentence (object before verb), or a Chinese
#: one, whose easing verb may close a topic or a 将/把 object before it (round 41: "将…出口
#: 管制新规的生效日期推迟90天" puts off the rule; it is no second, tightening event).
_OBJECT_FIRST_TEXT = re.compile(r"[\u3040-\u30ff\uac00-\ud7af\u4e00-\u9fff]")


def without_eased_content(drafts: list[Draft]) -> list[Draft]:
    """Drop a tightening that restates the measure the same state eases (``article.py``).

    A draft marked as a change made to a measure or a provision's content (``governed``,
    ``provision``: ``Draft.eased_content``) is dropped when the same state has an easing
    (a relaxation) among the article's events; otherwise it stays as read.
    """
    easing = {d.jurisdiction for d in drafts if d.direction == "easing" and d.action == "relax"}
    if not easing:
        return drafts
    return [
        d
        for d in drafts
        if not (d.eased_content and d.direction == "tightening" and d.jurisdiction in easing)
    ]
