"""Approvals that are not an easing of chip policy.

"Approve", "allow", "批准" are the commonest predicate words in policy news and the most
often misread: a cabinet approves the ordinance that tightens controls, "经国务院批准" is
the procedure a Chinese measure went through, "must obtain approval" states a licence
duty, "the law allows the minister to block deals" describes a power, "the chip the
company is allowed to sell" a standing state. An approval is an event only when it
grants something about chips: a product, a firm, or a transaction (sales, exports, a
deal) named in its clause. Every cue list is data in ``policy_patterns.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from streams.core.cues import last_match
from streams.core.fields import LEAD, Draft, Field, Site, closes_clause, last_before, within
from streams.core.lexicon import Lexicon, Reading

__all__ = ["Approvals", "without_carve_outs"]

# Exemption words (folded, lower case) that open an easing read inside a measure's own
# sentence: "…加征25%关税，用于…数据中心…的芯片适用豁免", "…관세를 부과하되 … 면제".
_EXEMPTIONS: Final = (
    *("豁免", "免除", "例外", "除外", "면제", "예외", "适用除外"),
    # round 18: the same in the European languages (exempt, exonère, exención, esenzione,
    # isenção, vrijstelling, Ausnahme, befreit)
    *("exempt", "exon", "exen", "esen", "isen", "vrijstel", "ausnahme", "befrei"),
)

_OBLIGATION_WINDOW: Final = 36  # chars before an approval searched for "must", "须"
_AFTER_WINDOW: Final = 12  # chars after a CJK approval searched for "を経て", "받아야"
_SUBJECT_WINDOW: Final = 64  # chars before an approval verb searched for "the law"
_PROCEDURE_WINDOW: Final = 12  # chars before a Chinese approval searched for "经"
# The words before an object noun: a determiner, then up to two modifiers (tried one by one:
# a lazy repeat inside one match stops at none, so "a government ordinance" never reached
# its noun; round 30). Modifiers only after a determiner: "se permitirá con un arancel" has
# a preposition there, and the tariff is no object of the permission.
_DETERMINER = re.compile(r"\s{1,3}(?:(?:the|a|an|its|their|this|these|new|draft)\s{1,3})?")
_MODIFIER = re.compile(r"[a-z-]{2,20}\s{1,3}")
_MODIFIERS: Final = 2
_MODIFIER_ANY = re.compile(r"[^\W\d_][\w-]{1,19}\s{1,3}")  # round 37: any script's word
_VERB_FINAL: Final = frozenset(["de", "nl"])
# Round 30: what may link a Japanese, Korean or Chinese approval noun to the "without" or
# the tightening after it: spaces, case particles, "about" ("승인에 대한 조건 강화",
# "承認の要件を厳格化", "허가 없이"). A verb ending between ("허용하되 조건을 강화": allows,
# but with stricter terms) leaves the approval its own clause.
_NOUN_LINK = re.compile(
    r"(?:\s|을|를|이|가|에\s?대한|에\s?관한|의|を|が|の|に関する|に対する|に係る|的|事宜|事项|问题)*"
)
# "已经批准", "曾经": the aspect marker holds 经, which is no procedure there.
_ASPECT: Final = frozenset(["已", "曾"])
# "经济部投审会…核准": 经 opens the ministry's name (economy), not a procedure.
_NOT_PROCEDURE: Final = ("经济", "经营")
# Round 26: chars after a CJK approval searched for "前", "まで", "전까지" ("承認が下りるまで");
# chars before a Latin approval noun searched for "until", "pending", "avant"; the words
# that may stand between: a verb of obtaining, an article, one modifier ("before obtaining
# the required approval", "avant d'obtenir l'autorisation"), no clause mark.
_PRECONDITION_CJK: Final = 7
_PRECONDITION_REACH: Final = 40
_PRECONDITION_GAP = re.compile(r"[ '’]{1,3}(?:[^\W\d]{1,14}[ '’]{1,3}){0,3}")
# Round 37: chars before a Chinese grant word searched for "仍待", "争取"; the marks of a
# grant told done between them ("申请已获批准": the application was approved) or a clause
# mark leave the grant; chars after a Latin approval noun searched for "still pending".
_UNGRANTED_CJK: Final = 10
_UNGRANTED_LATIN_AFTER: Final = 48
_DONE_BETWEEN = re.compile(r"[已了被获，,；;。：:]")
# Round 37: approving a measure adopts it. Chars after a Chinese approval searched for the
# measure that ends its object ("批准了…的限制措施"), what may close it (a clause mark, the
# text's end); chars before a Japanese or Korean approval searched for the measure, its
# object ("輸出規制を閣議で承認した", "수출 규제안을 승인했다"), the gap holding its case
# particle; chars before a German or Dutch clause-final approval ("hat die
# Exportbeschränkungen … gebilligt"); the words that turn the measure into what is eased
# ("規制の適用除外", "管制豁免": an exemption from it).
_MEASURE_AFTER_ZH: Final = 24
_TIME_HEADS: Final = frozenset("此目日先当")  # "此前", "目前", "日前", "先前", "当前": time
_MEASURE_CLOSE = re.compile(r"(?:案|草案|法案)?(?:[。，,；;：:！!？?」”\s]|$)")
_MEASURE_BEFORE_SOV: Final = 10
_MEASURE_OBJECT_LINK = re.compile(r"[을를を]")
_MEASURE_BEFORE_FINAL: Final = 60
_EASED_WORDS: Final = (*_EXEMPTIONS, "緩和", "완화", "解除", "해제", "放宽", "松绑", "暂停", "停止")
# Round 44: what may stand between an approval verb and the act it adopts: a space, "to"
# (also "de", "di", "à": "a approuvé de restreindre"); the forms that tell an act.
_ACT_GAP = re.compile(r"\s{1,3}(?:(?:to|de|di|à)\s{1,3})?")
_ACT_FORMS: Final = frozenset(["gerund", "base", "verb"])
# Round 44: the bare infinitive (its marker) right after a permission verb that a relative
# pronoun (``Lexicon.relative_before``) opens:
# "…, che permette di realizzare", "qui permet de", "que
# permite fabricar", "die es ermöglicht zu".
_INFINITIVE_AFTER = re.compile(
    r"\s{1,3}(?:di\s|de\s|d['’]|to\s|zu\s|te\s|[^\W\d_]{2,16}(?:ar|er|ir|are|ere|ire)\b)"
)
# Round 44: a Japanese or Korean adnominal ending, then a provision's noun, after the verb.
_PROVISION_AFTER = re.compile(
    r"(?:하는|한|할|되는|된|する|した|される)\s?(?:조항|규정|조문|条項|規定|条文)"
)
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s{1,3}(?:\w{2,12}ly\s{1,3})?$")


class Approvals:
    """Decides whether a read approval grants something, or only names a procedure."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Keep the compiled lexicon (obligation, procedure and instrument cues)."""
        self.lex = lexicon

    def idle(self, site: Site, reading: Reading) -> str:
        """Why an approval is no easing event ("procedure", "obligation", ...), or ""."""
        predicate = reading.predicate
        # A CJK licence grant under an obligation is the licence duty too: "應事先取得貿易署
        # 核發的輸出許可證" (must first obtain the permit the agency issues).
        granted = site.cjk and predicate.action == "license" and predicate.direction == "easing"
        if predicate.firm_subject:
            return ""
        if predicate.action != "approve" and not granted:
            # Round 44: an exemption or waiver sought, awaited or applied for is no easing
            # either ("目前正争取两国主管机关豁免", "awaiting a waiver from Washington").
            if predicate.direction == "easing" and self._ungranted(site, reading):
                return "ungranted"
            return ""
        lex = self.lex
        text, mention = site.text, site.mention
        start, end = mention.start, mention.end
        lo = max(site.clause_lo, start - _OBLIGATION_WINDOW)
        if lex.obligation.search(text, lo, start) is not None:
            return "obligation"  # "must obtain approval", "须获得主管机关核准"
        if self._tightening_scope(site, reading):
            return "scope"  # "認可なしで輸出することを禁じた", "losing its authorization"
        if self._ungranted(site, reading):
            return "ungranted"  # "仍待美国批准", "承認待ち", "허가를 신청했다"
        if granted:
            return ""
        if self._precondition(site, reading):
            return "obligation"  # "obtain approval before exporting", "获得批准前不得实施"
        if (
            reading.form == "verb"
            and not site.cjk
            and self.lex.relative_before.search(text, max(site.sentence.start, start - 8), start)
            and _INFINITIVE_AFTER.match(text, end)
        ):
            # Round 44: "l'arseniuro di gallio, che permette di realizzare chip", "qui
            # permet de fabriquer": a thing that makes something possible, no permission
            # granted (a grant names who may act: "permette a Nvidia di vendere")
            return "capability"
        if reading.form == "verb" and self._approves_measure(site, reading):
            return "measure"  # "aprobó las restricciones", "輸出規制を閣議で承認した"
        if site.sov and _PROVISION_AFTER.match(text, end):
            # Round 44: "…예외로 허용하는 조항은 최종 법안에서 제외됐다", "…を認める条項": the
            # permission is what a provision of a law says, no grant
            return "law"
        if site.cjk:
            hi = min(site.clause_hi, end + _AFTER_WINDOW)
            if lex.obligation_after.search(text, end, hi) is not None:
                return "obligation"  # "승인을 받아야 한다"
            if lex.procedure_after.search(text, end, hi) is not None:
                return "procedure"  # "国務院の認可を経て"
            found = lex.procedure.search(
                text, max(site.clause_lo, start - _PROCEDURE_WINDOW), start
            )
            if (
                found is not None
                and "，" not in text[found.end() : start]
                and text[max(0, found.start() - 1) : found.start()] not in _ASPECT
                and not text.startswith(_NOT_PROCEDURE, found.start())
            ):
                # "经国务院批准", "經批准"; but "经依法依规审核，已经批准了一批申请": after the
                # review, in a clause of its own, applications were approved.
                return "procedure"
            return ""
        if reading.form == "verb" and self._approves_instrument(text, end):
            return "procedure"  # "the cabinet approved an ordinance amending ..."
        if reading.form.endswith("noun") and self._law_approved(site):
            return "law"  # "The EU Chips Act receives the final approval"
        if reading.form == "verb" and site.item.name == "body":
            before = text[max(site.clause_lo, start - 24) : start]
            if _PRESENT_PASSIVE.search(before):
                return "standing"  # "the chip the company is allowed to sell"
            if self._instrument_subject(site):
                return "standing"  # "the law allows the minister to block ..."
        return ""

    def _precondition(self, site: Site, reading: Reading) -> bool:
        """The approval is what a deal or an export waits for: a duty, nothing granted.

        Round 26 (issue 11; b27, b28): "mandates that firms obtain government approval
        before exporting", "pending approval", "bis zur Genehmigung", "获得批准前不得实施",
        "承認が下りるまで", "승인을 받기 전까지". In Chinese, Japanese and Korean "before"
        follows the approval word a few characters on, whatever its form; in the other
        languages only an approval noun is read ("approved before the deadline" is a grant
        dated by its deadline): the cue stands right after it, or a preposition of waiting
        stands a few words before it with no clause mark between.
        """
        lex = self.lex
        text, mention = site.text, site.mention
        start, end = mention.start, mention.end
        if site.cjk:
            hi = min(site.clause_hi, end + _PRECONDITION_CJK)
            return any(
                # Round 41: "此前", "目前", "日前" are adverbs of time ("批准了此前被列为管制
                # 物项的设备出口": previously listed), no "before" of waiting
                not (
                    found.group() == "前" and text[found.start() - 1 : found.start()] in _TIME_HEADS
                )
                for found in lex.precondition_after.finditer(text, end, hi)
            )
        if not reading.form.endswith("noun"):
            return False
        if text[end : end + 1] == " " and lex.precondition_after.match(text, end + 1) is not None:
            return True
        lo = max(site.clause_lo, start - _PRECONDITION_REACH)
        last = last_match(lex.precondition_before, text, lo, start)
        if last is None:
            return False
        return _PRECONDITION_GAP.fullmatch(text, last.end(), start) is not None

    def _ungranted(self, site: Site, reading: Reading) -> bool:
        """The grant is awaited, sought or expected, not given: no easing.

        Round 37 (issue 11): "英伟达对华出口仍待美国批准", "争取美国批准", "エヌビディアは
        米商務省の承認待ちだ", "수출 허가를 신청했다", "US approval of the sales still
        pending", "in attesa di autorizzazione". A cue of ``ungranted_grants`` stands right
        before the grant word (Chinese: within a few characters, no grant told done and no
        clause mark between; a one-character cue touches it; the European languages: before
        an approval noun, at most three words between) or right after it (Japanese and
        Korean: particles only between; the European languages: in the noun's clause).
        """
        lex = self.lex
        text, mention = site.text, site.mention
        start, end = mention.start, mention.end
        if site.cjk:
            lo = max(site.clause_lo, start - _UNGRANTED_CJK)
            cue = last_match(lex.ungranted_before, text, lo, start)
            if (
                cue is not None
                and not (
                    # Round 45: "輸出許可申請を承認した": the application is the object the
                    # verb grants, not a request still open
                    site.sov and text[cue.end() : start].strip() in lex.sov_object_particles
                )
                and (
                    (cue.end() == start)
                    or (len(cue.group()) > 1 and not _DONE_BETWEEN.search(text, cue.end(), start))
                )
            ):
                return True
            hi = min(site.clause_hi, end + _AFTER_WINDOW)
            after = lex.ungranted_after.search(text, end, hi)
            return after is not None and _NOUN_LINK.fullmatch(text, end, after.start()) is not None
        if not reading.form.endswith("noun"):
            return False
        hi = min(site.clause_hi, end + _UNGRANTED_LATIN_AFTER)
        if lex.ungranted_after.search(text, end, hi) is not None:
            return True
        lo = max(site.clause_lo, start - _PRECONDITION_REACH)
        last = last_match(lex.ungranted_before, text, lo, start)
        return last is not None and (
            _PRECONDITION_GAP.fullmatch(text, last.end(), start) is not None or last.end() == start
        )

    def _tightening_scope(self, site: Site, reading: Reading) -> bool:
        """The approval is what a tightening withholds, takes away or makes harder.

        Round 30 (issue 11; b37 ja, b39 ko, dev en): "…を当局の認可なしで輸出することを禁
        じた", "합작 승인에 대한 요건 강화", "a firm losing its authorization": the word sits
        inside another measure's predicate (its condition, its object), so the measure's
        own direction stands and the approval makes no easing of its own. Japanese and
        Korean put "without" and the tightening of its terms right after the approval word,
        linked by particles only (``_NOUN_LINK``); in the other languages a verb of taking
        away or tightening stands a few words before an approval noun ("without" is an
        obligation cue there already). A verb ("allowed", "approved") heads its own
        clause and is left.
        """
        lex = self.lex
        text, mention = site.text, site.mention
        if site.cjk:
            hi = min(site.clause_hi, mention.end + _AFTER_WINDOW)
            for cues in (lex.approval_without_after, lex.approval_tightened_after):
                found = cues.search(text, mention.end, hi)
                if found is not None and _NOUN_LINK.fullmatch(text, mention.end, found.start()):
                    return True
            return False
        if not reading.form.endswith("noun"):
            return False
        lo = max(site.clause_lo, mention.start - _PRECONDITION_REACH)
        last = last_match(lex.approval_withdrawn_before, text, lo, mention.start)
        return last is not None and (
            _PRECONDITION_GAP.fullmatch(text, last.end(), mention.start) is not None
        )

    def _law_approved(self, site: Site) -> bool:
        """The approval noun's thing approved is a law: a legislative act, not a grant.

        "The EU Chips Act receives the final approval", "approval of the Chips Act": a
        parliament passing a law approves no licence, export or deal; a law that imposes
        controls is read as its own act where it does.
        """
        lex = self.lex
        text, mention = site.text, site.mention
        before = lex.law_before.search(text, site.clause_lo, mention.start)
        if before is not None and before.end() == mention.start:
            return True
        return lex.law_after.match(text, mention.end, site.clause_hi) is not None

    def _approves_measure(self, site: Site, reading: Reading) -> bool:
        """The approval verb's object is a measure: approving it adopts it, no easing.

        Round 37 (issue 11): "el Gobierno aprobó las restricciones a la exportación", "ha
        approvato le restrizioni", "日本内阁批准了对中国出口芯片设备的限制措施",
        "輸出規制を閣議で承認した", "수출 규제안을 승인했다", "hat die
        Exportbeschränkungen gebilligt": a cabinet or parliament approving a measure
        adopts it; the measure's own noun is then read as the act (restrict, ban,
        tightening), as "the cabinet approved the new restrictions" already was. The
        measure must be the verb's object where each language puts it: after the verb and
        its determiner (the European languages), ending the object after a Chinese verb,
        right before a Japanese or Korean verb with its object particle between, before a
        German or Dutch clause-final participle with no flow or licence word around it.
        An exemption from the measure ("管制豁免", "規制の適用除外") is no measure.
        """
        lex = self.lex
        text, mention = site.text, site.mention
        start, end = mention.start, mention.end
        measures = lex.needs["measure"]
        if site.cjk and not site.sov:
            hi = min(site.clause_hi, end + _MEASURE_AFTER_ZH)
            for each in measures.finditer(text, end, hi):
                between = text[end : each.end()]
                if any(word in between for word in _EASED_WORDS) or "，" in between:
                    return False
                if _MEASURE_CLOSE.match(text, each.end()) is not None:
                    return not text.startswith(_EASED_WORDS, each.end())
            return False
        if site.cjk:
            lo = max(site.clause_lo, start - _MEASURE_BEFORE_SOV)
            found = last_match(measures, text, lo, start)
            if found is None:
                return False
            gap = text[found.end() : start]
            return (
                _MEASURE_OBJECT_LINK.search(gap) is not None
                and not any(word in gap for word in _EASED_WORDS)
                and not any(mark in gap for mark in "、。，,")
            )
        if closes_clause(site) and not reading.langs.isdisjoint(_VERB_FINAL):
            lo = max(site.clause_lo, start - _MEASURE_BEFORE_FINAL)
            found = last_match(measures, text, lo, start)
            return (
                found is not None
                and lex.needs["licence"].search(text, lo, start) is None
                and lex.flow_re.search(text, found.end(), start) is None
                and lex.flow_re.search(text, lo, found.start()) is None
            )
        det = lex.object_determiner.match(text, end)
        if det is None:
            return False
        pos = det.end()
        if self._approves_act(site, end):
            return True
        head = measures.match(text, pos)
        if head is None:
            word = _MODIFIER_ANY.match(text, pos)
            head = measures.match(text, word.end()) if word is not None else None
        return head is not None and not text.startswith(_EASED_WORDS, head.end() + 1)

    def _approves_act(self, site: Site, end: int) -> bool:
        """The approval verb's object is another act, told by its verb: it adopts that act.

        Round 44 (issue 11): "the cabinet approved removing South Korea from its
        whitelist", "approved adding 12 firms to the list", "agreed to restrict sales",
        "el Gobierno aprobó restringir las ventas": the thing approved is the act of a
        second trigger standing right after the verb (a gerund, an infinitive, "to" and a
        base form), which is read as the decided act; the approval grants nothing of its
        own. An approved noun ("approved licences", "approved the sale") is left to the
        other tests: a licence granted is the easing.
        """
        text = site.text
        gap = _ACT_GAP.match(text, end)
        if gap is None:
            return False
        pos = gap.end()
        for other in site.item.triggers:
            if other.start > pos:
                break
            if other.start == pos and any(
                reading.form in _ACT_FORMS
                # an English -ed word after the verb is an adjective ("allowed limited
                # sales"); a Romance infinitive is the act ("aprobó restringir")
                and (reading.form != "verb" or "en" not in reading.langs)
                for reading in self.lex.readings(other.text.lower())
            ):
                return True
        return False

    def _approves_instrument(self, text: str, end: int) -> bool:
        """The approval's object is a law, rule or measure: it approves the instrument."""
        obj = _DETERMINER.match(text, end)
        if obj is None:
            return False
        lex = self.lex
        pos = obj.end()
        modifiers = _MODIFIERS if obj.group().strip() else 0
        for _ in range(modifiers + 1):
            if lex.instrument.match(text, pos) or lex.needs["measure"].match(text, pos):
                return True
            word = _MODIFIER.match(text, pos)
            if word is None:
                return False
            pos = word.end()
        return False

    def _instrument_subject(self, site: Site) -> bool:
        """A law, rule or order before the verb with no state between: it describes a power."""
        lex = self.lex
        text, start = site.text, site.mention.start
        lo = max(site.clause_lo, start - _SUBJECT_WINDOW)
        last = last_match(lex.instrument, text, lo, start)
        if last is None:
            return False
        return last_before(site.item.actors, last.end(), start) is None

    def objectless(self, site: Site, reading: Reading, products: list[str]) -> bool:
        """An approval that names no chip, firm or transaction in its clause grants nothing.

        "the cabinet had approved a government ordinance", "This decision has been
        approved by the State Council": the approved thing is a measure or a procedure.
        """
        if reading.predicate.action != "approve" or products:
            return False
        lo, hi = site.clause_lo, site.clause_hi
        if within(site.item.firms, lo, hi):
            return False
        return self.lex.flow_re.search(site.text, lo, hi) is None


def without_carve_outs(
    fields: dict[str, Field], drafts: list[Draft], talk: Sequence[Draft] = ()
) -> list[Draft]:
    """Drop an exemption told in the sentence of the same state's tightening (round 16).

    "对部分进口芯片加征25%关税，用于美国数据中心…的芯片适用豁免": the carve-out is part of
    the tariff, not an easing of its own. So is one told in a later sentence of the same
    lead, after the measure it carves out ("…实行25%的关税。…使用芯片时适用豁免",
    "imposed a 25% tariff … . Chips for data centres are exempt"; round 18). A standalone
    exemption a week after a ban ("商务部…对符合条件的…出口予以豁免") is the lead's own
    act, after no tightening there, and stays.

    Round 46: so is the exemption of a tightening its sentence tells as talk ("Trump said
    the US will impose a tariff of about 100% on chips, but companies that build in the
    US will be exempt"): the carve-out is as far from decided as the measure it carves.
    """
    kept: list[Draft] = []
    for draft in drafts:
        if draft.direction == "easing" and draft.action == "relax" and draft.primary:
            item = fields["title" if draft.in_title else "body"]
            exemption = item.low.startswith(_EXEMPTIONS, draft.start)
            if exemption and any(
                other.direction == "tightening" and other.evidence == draft.evidence
                for other in talk
            ):
                continue
            if exemption and any(
                other.primary
                and other.direction == "tightening"
                and other.jurisdiction == draft.jurisdiction
                and other.in_title == draft.in_title
                and other.start < draft.start
                and (
                    other.evidence == draft.evidence or (not draft.in_title and draft.start < LEAD)
                )
                for other in drafts
            ):
                continue
        kept.append(draft)
    return kept
