"""Proposals, pending licences, analyses and laws without chips: acts a story does not state.

Classes of a held-out set's false alerts in Chinese, Japanese and Korean (issue 11, round
12; ``docs/detection.md``), judged at article level because the sentence that states the
measure is firm ("輸往南非的47項貨品應先經核准") while another sentence of the story says
what it is:

* **A draft.** A measure pre-announced (預告), put to administrative pre-announcement
  (행정예고) or to public comment (意見公募, パブリックコメント), and a story that
  suspends such a pre-announcement: when the headline or body names the draft
  (``draft_cues``) and nothing in the article enacts a measure (``enactment_cues``:
  施行, 시행, 公布, with no modal such as 予定, 예정, 预计 beside the word), its
  acts are the proposal's content, not acts. A sentence naming the draft is talk even
  in an article that enacts something else.
* **A pending licence.** "已同意允许字节跳动购买H200，但英伟达尚未接受...条件": a licence
  agreed or promised while its terms are not accepted or still negotiated
  (``pending_cues``) is not granted; and complying with a licence's terms
  (``licence_terms``: "必须遵守许可条款") is no new licence duty.
* **An analysis.** A brokerage or research house (``research_cues``) assessing
  (``assessment_cues``) in the headline or the body's first sentence: the article is its
  analysis of a measure, which it tells only as context.
* **A standing rule.** A duty told as what the law says ("관련 법률상 ... 받아야 한다",
  ``standing_rule``) is no new measure.
* **A law without chips.** An export-control law or regulation in force (``law_nouns``)
  in an article that names no chip, chip tool, material or firm is no chip measure.

Round 13 (held-out classes in Chinese, both scripts, Japanese and Korean) adds two
article-level readings:

* **A reaction story** (now in ``reactions.py``).
  "商務部、米国の対中半導体輸出規制に「断固反対」", "중국 상무부,
  미국 반도체 수출 규제 강화에 반대 입장": a speaker (``briefing_speakers``) and a stance
  (``reaction_stance`` or a condemnation cue) in the headline or the body's first
  sentence make the article the reaction to another state's measure. Its sentences retell
  that measure ("この措置は…輸出規制をさらに厳しくし", read with the speaker's state as
  its actor through an anaphor) or hold rhetoric ("必要な措置を講じ"); none is news,
  unless it states the speaker's own decision (``self_decision``: "决定对", "宣布将").
  A headline whose own act comes before the speaker ("美國擴大實體清單 中國商務部：
  堅決反對") is the measure's story with a reaction and is left alone.
* **A share-price story.** A headline that moves a stock or sector (``market_cues``:
  "一段安", "関連株", "股价") tells the measure, often a report of a plan, as what moved it.

Drafts and pending licences become talk (dropped); analyses, standing rules, reactions and
share-price stories context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from streams.core.cues import has_cjk
from streams.core.fields import LEAD, Draft, Field
from streams.core.lexicon import Lexicon, normal
from streams.core.story_genre import lead_report
from streams.core.tense import dated_start

__all__ = [
    "Flags",
    "cjk_story",
    "demote_activity_halt",
    "demote_counted_licences",
    "demote_drafted",
    "demote_market",
    "demote_off_topic",
    "demote_pending",
    "demote_question",
    "demote_research",
]

_MODAL_BEFORE = 12  # chars before an enactment word searched for "预计", "最快"
_MODAL_AFTER = 12  # chars after it searched for "予定", "예정" ("施行を予定する")
# A standing rule after an enactment word: "시행 중인", "施行中の", "实施中。"; not "宣布对
# 中国…", where "中" opens a name.
_IN_PROGRESS = re.compile(r"\s?중(?:인|이|에)|中(?=[のでだ，。、,]|$)")
_FIRST_SENTENCE = 160  # chars of the body that hold its first sentence
_BASIS_WINDOW = 6  # chars before a law searched for "根据", "に基づ" (its basis)
_LAW_WINDOW = 30  # chars after a law searched for its entry into force


def _sentences(item: Field) -> Iterator[tuple[int, int]]:
    """Spans of the field's sentences, split at CJK and Latin full stops and line breaks."""
    text, start = item.low, 0
    for pos, char in enumerate(text):
        if char in "。\n!?！？" or (char == "." and (pos + 1 == len(text) or text[pos + 1] == " ")):
            if pos > start:
                yield start, pos + 1
            start = pos + 1
    if start < len(text):
        yield start, len(text)


def _enacts(lex: Lexicon, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` enacts a measure: an enactment word with no modal beside it."""
    for found in lex.enactment.finditer(text, lo, hi):
        if lex.draft.search(text, lo, found.start()) is not None:
            # Round 38: "5月まで意見を募集し、7月に施行する": the start planned after the
            # comment period is the draft's, no enactment ("宣布对…实施…，并就细则征求
            # 意见" enacts before its draft cue and stays)
            continue
        if _IN_PROGRESS.match(text, found.end()):
            # "다수의 국가가 이미 … 시행 중인 것", "实施中": a rule standing (often
            # another state's), not this measure enacted (round 18).
            continue
        before = max(lo, found.start() - _MODAL_BEFORE)
        after = min(hi, found.end() + _MODAL_AFTER)
        if (
            lex.modal.search(text, before, found.start()) is None
            and lex.modal.search(text, found.end(), after) is None
            and lex.negation.search(text, before, found.start()) is None  # "尚未正式生效"
        ):
            return True
    return dated_start(lex, text, lo, hi)  # round 14: "7月4日より…除外することを発表した"


def _law_in_force(lex: Lexicon, text: str, lo: int, hi: int) -> bool:
    """Whether a law itself takes effect here ("輸出管制法を可決し、12月1日より施行").

    A law named as a decision's basis ("根据《出口管制法》…决定…") does not.
    """
    for law in lex.law.finditer(text, lo, hi):
        if lex.basis.search(text, max(lo, law.start() - _BASIS_WINDOW), law.start()):
            continue
        if lex.enactment.search(text, law.end(), min(hi, law.end() + _LAW_WINDOW)):
            return True
    return False


def _sentence_of(fields: dict[str, Field], draft: Draft) -> tuple[Field, int, int] | None:
    item = fields["title" if draft.in_title else "body"]
    sentence = item.sentence_at(draft.start)
    return None if sentence is None else (item, sentence.start, sentence.end)


class Flags:
    """Per article: each read act's sentence, when it holds a word of a per-sentence check.

    The sentence is searched once per act for every word of those checks together
    (``sentence_flags``); the checks run only on the few sentences that hold one.
    """

    __slots__ = ("_any", "_fields", "_lex", "_seen")

    def __init__(self, fields: dict[str, Field], lex: Lexicon) -> None:
        """Keep the article's fields and the compiled lexicon."""
        self._fields = fields
        self._lex = lex
        self._seen: dict[int, tuple[Field, int, int] | None] = {}
        self._any: bool | None = None

    def of(self, draft: Draft) -> tuple[Field, int, int] | None:
        """The draft's sentence (field, start, end) if it holds a flagged word, else None."""
        if self._any is None:
            # One scan of the whole article first: most hold none of these words, and
            # then no act's sentence needs looking up.
            flags = self._lex.sentence_flags
            self._any = any(flags.search(item.low) for item in self._fields.values())
        if not self._any:
            return None
        key = id(draft)
        if key not in self._seen:
            where = _sentence_of(self._fields, draft)
            if where is not None and self._lex.sentence_flags.search(*where_low(where)) is None:
                where = None
            self._seen[key] = where
        return self._seen[key]


def where_low(where: tuple[Field, int, int]) -> tuple[str, int, int]:
    """The folded text and span of a sentence, as the cue patterns search it."""
    return where[0].low, where[1], where[2]


def cjk_story(fields: dict[str, Field]) -> bool:
    """Whether the article holds CJK or Hangul text: every cue of this module is CJK."""
    return any(has_cjk(item.text) for item in fields.values())


def demote_drafted(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """Acts of a story about a draft measure, or in a sentence naming one, are the draft's."""
    primary = [d for d in drafts if d.primary and not d.talk]
    if not primary:
        return
    items = list(fields.values())
    # The headline or the lead names the draft (searched there only: the cost of a
    # whole-body search on every article with a read act is not worth its rare finds).
    if not any(lex.draft.search(item.low, 0, LEAD) for item in items):
        return  # most articles: no draft named
    story = not any(_enacts(lex, item.low, lo, hi) for item in items for lo, hi in _sentences(item))
    for draft in primary:
        where = _sentence_of(fields, draft)
        in_sentence = where is not None and (
            lex.draft.search(where[0].low, where[1], where[2]) is not None
            and not _enacts(lex, where[0].low, where[1], where[2])
        )
        if story or in_sentence:
            draft.mark_talk("draft")


def demote_pending(
    fields: dict[str, Field], drafts: list[Draft], lex: Lexicon, flags: Flags
) -> None:
    """A licence agreed while its terms are pending is not granted; its terms are no duty."""
    licensing = [
        d
        for d in drafts
        if d.primary and d.action in ("approve", "license", "relax", "restrict", "investigate")
    ]
    if not licensing:
        return
    granted = any(d.direction == "easing" and d.action in ("approve", "license") for d in licensing)
    # Pending terms are told in the headline or the lead, next to the grant they hold up.
    pending = granted and any(lex.pending.search(item.low, 0, LEAD) for item in fields.values())
    for draft in licensing:
        if draft.action == "investigate":
            where = flags.of(draft)
            if where is not None and lex.review.search(
                where[0].low, max(where[1], draft.start - 2), draft.start + 2
            ):
                draft.mark_talk("review")
            continue
        if draft.direction == "easing" and draft.action in ("approve", "license"):
            where = flags.of(draft)
            promised = where is not None and (
                lex.promise.search(where[0].low, max(where[1], draft.start - 3), draft.start + 4)
                is not None
                and lex.reporting.search(where[0].low, where[1], draft.start) is not None
            )
        else:
            promised = False
        if (
            (pending or promised)
            and draft.direction == "easing"
            and draft.action
            in (
                "approve",
                "license",
            )
        ):
            draft.mark_talk("pending")
            continue
        if draft.direction == "tightening" and draft.action in ("license", "restrict"):
            where = flags.of(draft)
            if where is not None and (
                lex.terms.search(where[0].low, where[1], where[2])
                or lex.discourse.search(where[0].low, draft.start, draft.start + 6)
            ):
                draft.mark_talk("terms")


def demote_research(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A research house's assessment in the headline or first sentence: an analysis."""
    if not any(d.primary for d in drafts):
        return
    title, body = fields["title"], fields["body"]
    first = body.low[: body.low.find("。") + 1 or _FIRST_SENTENCE]
    end = first.find(". ") + 1 or len(first)
    heads = (title.low, first[:end])
    if not any(lex.research.search(h) and lex.assessment.search(h) for h in heads):
        return
    for draft in drafts:
        if draft.primary:
            draft.mark_background("analysis")


def demote_question(
    fields: dict[str, Field], drafts: list[Draft], lex: Lexicon, flags: Flags
) -> None:
    """A measure named in a reporter's question ("…一事提问") is the question's premise."""
    for draft in drafts:
        if not draft.primary or draft.in_title:
            continue
        where = flags.of(draft)
        if where is not None and lex.question.search(where[0].low, where[1], where[2]):
            draft.mark_background("question")


# Round 19: a duty that comes into being ("許可が必要になる", "필요하게 된다"): a new rule.
_BECOMES = re.compile(r"[^。.!?]{0,6}?(?:になる|となる|になり|となり|하게 된다|하게 됐다)")


def _comes_in(low: str, lo: int, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a duty told for whenever one acts comes into being here, not stands.

    "7月から、これらを輸出する際は許可が必要になる": a date it takes effect from
    (``effective``) or a verb of becoming after the duty makes it a new rule.
    """
    return bool(_BECOMES.match(low, start)) or lex.effective.search(low, lo, end) is not None


def demote_off_topic(
    fields: dict[str, Field], drafts: list[Draft], lex: Lexicon, flags: Flags
) -> None:
    """A law in force in an article naming no chip, tool, material or firm is no chip act.

    Also a duty told as the law's standing content ("관련 법률상 ... 받아야 한다").
    """
    for draft in drafts:
        if draft.primary and draft.direction == "tightening":
            where = flags.of(draft)
            if (
                where is not None
                and lex.standing_rule.search(where[0].low, where[1], draft.start)
                and not _comes_in(where[0].low, where[1], draft.start, where[2], lex)
            ):
                draft.mark_background("standing")
            elif _own_rule(fields, draft):
                # round 15c: "我國「…名單」禁止…": the state's own standing list, told as
                # what it says, is no act at all (not even background of another story)
                draft.mark_talk("standing")
            elif _rule_subject(fields, draft, lex):
                draft.mark_background("standing")  # round 21: "「…名單」禁止…"
    lists = lex.control_lists
    if not drafts or any(d.targets or set(d.products) - lists for d in drafts):
        return
    items = list(fields.values())
    if any(item.chips or item.equipment or item.firms or _names_goods(item, lex) for item in items):
        return
    # The law itself takes effect in a sentence ("輸出管制法は12月1日から施行"); a decision
    # citing a law as its basis ("根据《出口管制法》…决定…") is no law taking effect.
    laws = [
        (item, lo, hi)
        for item in items
        for lo, hi in _sentences(item)
        if _law_in_force(lex, item.low, lo, hi)
    ]
    if not laws:
        return
    # Round 30: a control list's items ("两用物项") name the trade of a measure only
    # outside the law's own sentence, where they are its name ("两用物项出口管制条例").
    if any(
        not any(law is item and lo <= m.start < hi for law, lo, hi in laws)
        for item in items
        for m in item.products
    ):
        return
    for draft in drafts:
        draft.mark_talk("off-topic")


def _names_goods(item: Field, lex: Lexicon) -> bool:
    """Whether the field names a product class other than a control list's items."""
    lists = lex.control_lists
    return any(lex.class_of.get(normal(m.text)) not in lists for m in item.products)


def demote_market(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """A share-price headline ("東エレクが後場一段安"): its measures are the market's context.

    Round 18, as for impact headlines (``story_genre``): a headline that announces the act
    before the market cue ("美国宣布禁止…相关概念股大跌"), or a lead that reports it as the
    day's news (``lead_report``), is the measure's first report.
    """
    if not any(d.primary for d in drafts):
        return
    title = fields["title"]
    cue = lex.market.search(title.low)
    if cue is None:
        return
    if any(d.in_title and d.primary and d.start < cue.start() for d in drafts) and (
        lex.announce.search(title.low, 0, cue.start()) is not None
    ):
        return
    for draft in drafts:
        if draft.primary and not lead_report(fields["body"], draft, lex.foreground):
            draft.mark_background("market")


_ACTIVITY_WINDOW = 12  # chars before a verb of stopping searched for trade under way


def demote_activity_halt(fields: dict[str, Field], drafts: list[Draft], lex: Lexicon) -> None:
    """Stopping trade under way ("輸出活動も即時停止する") is part of a ban: no measure eased."""
    dropped = []
    for draft in drafts:
        if draft.action != "relax" or draft.direction != "easing":
            continue
        item = fields["title" if draft.in_title else "body"]
        if lex.trade_activity.search(item.low, max(0, draft.start - _ACTIVITY_WINDOW), draft.start):
            dropped.append(draft)
    if dropped:
        drafts[:] = [d for d in drafts if all(d is not x for x in dropped)]


_GRANTS = frozenset(["approve", "license"])  # actions of a grant a count may tell

# Round 21: a named list, law or regulation in brackets as the subject of a prohibiting or
# requiring verb ("我國「…實體管理名單」禁止…輸出給…", "日本《外汇法》禁止…"): a rule in
# force described, not a measure taken.
_RULE_SUBJECT = re.compile(
    r"(?:名单|清单|法|条例|规定|办法|规则|制度|令)[」』》](?:亦|也|明确|明文)?"
    r"(?:禁止|限制|规定|要求|不得|严禁|管制)"
)


# A named rule with a possessive prefix ("我國「戰略性高科技貨品出口實體管理名單」禁止…",
# "本国出口管制法规定…", folded to simplified): the country's own standing rule as a subject.
_OWN_RULE = re.compile(
    r"(?:我国|本国|我們|我们)的?[「『《]?[^，。；、]{0,40}?"
    r"(?:名单|清单|法|条例|规定|办法|规则|制度)[」』》]?(?:亦|也|明确|明文)?"
    r"(?:禁止|限制|规定|要求|不得|严禁|管制)"
)


def _own_rule(fields: dict[str, Field], draft: Draft) -> bool:
    """Whether the draft's sentence has the country's own named rule as a subject before it."""
    item = fields["title" if draft.in_title else "body"]
    sentence = item.sentence_at(draft.start)
    if sentence is None:
        return False
    found = _OWN_RULE.search(item.low, sentence.start, sentence.end)
    return found is not None and found.start() <= draft.start


def _rule_subject(fields: dict[str, Field], draft: Draft, lex: Lexicon) -> bool:
    """Whether a named rule stands as the subject of a verb before the draft, in its sentence.

    Not a rule named as the basis of the act ("依据《芯片与科学法》限制…": the state acts).
    """
    item = fields["title" if draft.in_title else "body"]
    sentence = item.sentence_at(draft.start)
    if sentence is None:
        return False
    low = item.low
    found = _RULE_SUBJECT.search(low, sentence.start, sentence.end)
    if found is None or found.start() > draft.start:
        return False
    opening = max(low.rfind(mark, sentence.start, found.start()) for mark in "《「『")
    if opening < 0:
        return True
    return not lex.basis.search(low, max(sentence.start, opening - _BASIS_WINDOW), opening)


# Round 21: licences counted, with their value, in one sentence ("批准了113项…出口许可证，
# 总价值610亿美元", "113건의 수출 허가 … 610억 달러", "輸出許可を113件承認"): figures
# over a period, not a grant. One grant ("一项", "1건") is no count.
_COUNT = (
    r"(?<![\d,])(?!1\s?(?:项|张|件|份|건|개|枚))(?!一(?:项|张|件|份))"
    r"(?:\d[\d,]*|[一二三四五六七八九十百千两几数]{1,4})\s?(?:多|余)?\s?(?:项|张|件|份|건|개|枚)"
)
_LICENCE = r"(?:许可|执照|허가|승인|ライセンス)"
_COUNTED_LICENCES = re.compile(
    f"{_COUNT}[^，。,.]{{0,12}}?{_LICENCE}|{_LICENCE}[^，。,.]{{0,12}}?{_COUNT}"
)
_VALUE = re.compile(
    r"(?:价值|总值|总额|金额|総額|규모)|\d\s?(?:亿|億|억|万|만)\s?(?:美元|ドル|달러)"
)
# Round 15c: a period the licences were counted over ("从去年11月到今年4月", "11月至4月
# 期间", "自11月以来", "截至", "…から…まで", "…부터 …까지"): with a count or a value,
# statistics. A bare "since" is not a span ("自实施管制以来首次批准" dates a first grant).
_SPAN = re.compile(
    r"从[^，。]{1,12}?(?:到|至)|\d{1,2}月(?:至|到)\d{1,2}月|\d{1,2}月[^，。]{0,6}?期间"
    r"|自[^，。]{0,8}?\d{1,4}[年月][^，。]{0,6}?(?:以来|至今)|截至|から[^、。]{1,12}?まで"
    r"|부터[^,.]{1,12}?까지"
)


def demote_counted_licences(fields: dict[str, Field], drafts: list[Draft]) -> None:
    """Licence grants told as a count with a value are statistics (``background:statistics``).

    So are a count or a value over a period (round 15c: "从11月到4月批准了113项许可").

    A headline that counts the same grants ("美国批准逾百项对华为出口许可") tells the
    figures the body gives; its grant is context too.
    """
    counted: set[str] = set()
    for draft in drafts:
        if not draft.primary or draft.direction != "easing" or draft.action not in _GRANTS:
            continue
        item = fields["title" if draft.in_title else "body"]
        sentence = item.sentence_at(draft.start)
        if sentence is None:
            continue
        low = item.low
        counted_here = _COUNTED_LICENCES.search(low, sentence.start, sentence.end) is not None
        valued = _VALUE.search(low, sentence.start, sentence.end) is not None
        span = _SPAN.search(low, sentence.start, sentence.end) is not None
        if (counted_here and valued) or (span and (counted_here or valued)):
            draft.mark_background("statistics")
            counted.add(draft.jurisdiction)
    if not counted:
        return
    title = fields["title"].low
    if _COUNTED_LICENCES.search(title) is None:
        return
    for draft in drafts:
        if draft.in_title and draft.primary and draft.jurisdiction in counted:
            draft.mark_background("statistics")
