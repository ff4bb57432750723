"""Article-level judgement: which of an article's read events are its news, merged.

The reader (``reading.py``) turns each trigger into a draft; the detector (``detect.py``)
runs it over the headline and the body; this module decides at article level:

* a headline event the body reports only as background, or only forecasts, is not news;
* an event deep in the body that neither the headline nor the lead reports (same actor
  and direction) is context, unless the headline names its group (a digest's item);
* every event of a story whose headline is a firm's results is context;
* the firms a group noun stands for, the article's main chip;
* a spokesperson's stance, and acts sourced to reports an official would not confirm,
  are context (``briefing.py``);
* a later statement of the headline's actor and direction on another kind of thing
  (materials against chips or a firm's goods) is another decision, told as context;
* in Chinese, Japanese and Korean: a draft measure, a licence whose terms are pending, a
  reporter's question, a brokerage's analysis, a law without chips (``proposals.py``);
* in English: a court's ruling, another party's reaction, a statement's topic, a shelved
  plan, the status quo, a definition, an approval not won, a law's name (``predicate_frames.py``);
  a grant in doubt, a hypothetical measure noun, a subsidy approval, a measure as an
  earnings effect's cause, an easing's scope, a firm's reaction headline; a revenue-share
  headline keeps its licence grants as news (``measure_frames.py``);
* a story whose headline eases a measure retells, in its body, the measure it eases:
  the actor's tightening there is its background;
* drafts merge into one event per (jurisdiction, action, direction, primary).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Final

from schemas.article import PolicyEvent
from schemas.patterns import PolicyPatterns
from streams.core.applied_rule import demote_applied_rule
from streams.core.approval import without_carve_outs
from streams.core.bills import demote_bill_content
from streams.core.bodies import (
    demote_body_story,
    demote_case_story,
    demote_lawsuit_story,
    demote_legislator_story,
)
from streams.core.briefing import (
    demote_administered,
    demote_disowned,
    demote_stance,
    demote_unconfirmed,
)
from streams.core.cues import has_cjk, last_match
from streams.core.definitions import DefinitionReader
from streams.core.eased_content import without_eased_content
from streams.core.fields import LEAD, ArticleYear, Draft, Field, lead_end
from streams.core.grant_scope import GrantScopeReader
from streams.core.intents import (
    SEPARATELY,
    demote_intent_story,
    demote_plan_headline,
    demote_weighing_headline,
)
from streams.core.leaks import demote_leak_story, done_in
from streams.core.lexicon import Lexicon
from streams.core.measure_frames import MeasureFrameReader
from streams.core.measures import Matter, matter, other_matter
from streams.core.predicate_frames import PredicateFrameReader
from streams.core.proposals import (
    Flags,
    cjk_story,
    demote_activity_halt,
    demote_counted_licences,
    demote_drafted,
    demote_market,
    demote_off_topic,
    demote_pending,
    demote_question,
    demote_research,
)
from streams.core.reactions import (
    demote_answered_measure,
    demote_clarified,
    demote_firm_reaction,
    demote_reaction_headline,
    demote_reaction_lead,
    demote_reaction_object,
    demote_reaction_story,
    demote_response_story,
    demote_state_reaction,
    without_denied,
    without_reactor_measures,
)
from streams.core.reading import Reader
from streams.core.segment import Sentence
from streams.core.sov import non_past, plan_headline
from streams.core.standing_present import demote_standing_present
from streams.core.story_genre import (
    FirmCues,
    caused_noun,
    demote_firm_story,
    demote_forecast_story,
    demote_framed_story,
    demote_genre,
    demote_impact,
    demote_question_paragraph,
)

__all__ = ["LEAD", "Story"]

# Background tags a firm's relayed notification overrides (``promote_notified``).
_NOTIFIED_TAGS: Final = frozenset(["business", "while", "firm_act"])
_TAGS: Final = re.compile(r"background:(\w+)")
_NOTIFIER_REACH: Final = 24  # chars before a notice cue searched for its government noun
_FIGURES_SENTENCES: Final = 2  # body sentences whose figures make a statistics story
# Round 30: a CJK month a figure is counted over ("9月も", "5월"), in a statistics headline.
_CJK_MONTH: Final = re.compile(r"(?<![0-9])(?:1[0-2]|0?[1-9])\s?[月월]")
_ANTERIOR_PRE: Final = 90  # chars before a body draft searched for its pluperfect auxiliary
_ANTERIOR_REPORTING: Final = 60  # chars before the auxiliary searched for a verb of saying
_CAUSE_GAP: Final = 24  # chars before a headline's state searched for its clause opener
# Round 24: a bracketed tag that closes a headline ("…(英伟达 FY2023Q3 电话会)", "… (TSMC
# Q3 earnings call)"): the source the headline's words come from.
_CLOSING_TAG: Final = re.compile(r"[(（\[【][^()（）\[\]【】]{2,40}[)）\]】]\s*$")


def _closing_tag_holds(low: str, firm: int, cue_end: int) -> bool:
    """Whether the headline's closing bracketed tag holds the firm and the business cue.

    Round 24: "持续走高的存货,能否被消化?(<firm> FY2023Q3 电话会)", "… (<firm> Q3 earnings
    call)": the tag names where the headline's words come from, the firm's results call;
    the firm is that source's subject wherever the headline's own words begin. Searched
    only in a headline that closes with a bracket (a plain test first).
    """
    if not low.rstrip().endswith((")", "）", "]", "】")):
        return False
    tag = _CLOSING_TAG.search(low)
    return tag is not None and tag.start() < firm and cue_end <= tag.end()


def _decided(body: Field, draft: Draft, lex: Lexicon) -> bool:
    """Whether a body draft's sentence states its act as announced or decided (round 29)."""
    sentence = body.sentence_at(draft.start)
    return sentence is not None and done_in(body, sentence.start, sentence.end, lex)


def _add(values: list[str], new: Iterable[str]) -> None:
    """Append ``new`` items not yet in ``values``, keeping first-seen order."""
    for value in new:
        if value not in values:
            values.append(value)


# A notice verb right before a firm's name: "the US government informed Nvidia on April 9
# that ...", as "informed the company" (``notified_cues``) with the firm named.
_NOTICE_VERB: Final = re.compile(r"\b(?:informed|notified|told)\s{1,3}$")


# A German or Dutch notice whose separable verb puts a time or a source between the
# recipient and its particle: "teilte die US-Regierung dem Unternehmen in der vergangenen
# Woche mit, ...", "heeft het bedrijf vorige week laten weten dat ..." (the cues
# "dem Unternehmen mit", "het bedrijf laten weten" hold only the adjacent form).
_NOTICE_SPLIT: Final = re.compile(
    r"\bdem\s{1,3}(?:unternehmen|konzern|hersteller|chiphersteller|chipkonzern)\b"
    r"[^.;:!?]{1,48}?\bmit(?:\s*,|\s+dass\b|geteilt\b)"
    r"|\bhet\s{1,3}bedrijf\b[^.;:!?]{1,48}?\blaten\s{1,3}weten\b"
)


def _notified_firm(body: Field, sentence: Sentence) -> bool:
    """Whether a notice verb names a firm of the sentence as the one it told."""
    low = body.low
    return any(
        _NOTICE_VERB.search(low, max(sentence.start, firm.start - 12), firm.start) is not None
        for firm in body.firms
        if sentence.start <= firm.start < sentence.end
    )


# A business noun before the firm keeps it the headline's subject: "Las ventas de ASML en
# China caen ...", "Les ventes d'ASML ...", "Shares of Nvidia ...".
_BUSINESS_OF: Final = re.compile(
    r"(?:(?:the|las|los|les|le|la|il|gli|le|as|os|die|de|het)\s{1,3})?"
    r"(?:sales|shares|revenue|profits?|ventas|acciones|ingresos|beneficios|ventes|actions|"
    r"bénéfices|vendite|azioni|ricavi|utili|vendas|ações|receitas|lucros|umsätze|umsatz|"
    r"aktien?|gewinne?|verkopen|aandelen|omzet|winst)\s{1,3}(?:of|de|del|d['’]|di|della|"
    r"da|do|von|der|van)\s{0,3}"
)


class Story:
    """Judges an article's drafts together: news or context, merged into events."""

    def __init__(self, lexicon: Lexicon, reader: Reader) -> None:
        """Keep the compiled lexicon and the reader (talk drafts read their actor late)."""
        self.lex = lexicon
        self.patterns: PolicyPatterns = lexicon.patterns
        self.reader = reader
        self.predicate_frames = PredicateFrameReader(lexicon.patterns.predicate_frames)
        self.measure_frames = MeasureFrameReader(lexicon.patterns.measure_frames)
        self.definitions = DefinitionReader(lexicon.patterns.instrument_definitions)
        self.grant_scope = GrantScopeReader(
            lexicon.patterns.restrictive_grants, lexicon.needs["measure"]
        )
        # Round 36: a firm's own act as the story's frame (``story_genre.demote_firm_story``).
        self.firm_cues = FirmCues(
            lexicon.firm_act,
            lexicon.call_roles,
            lexicon.call_line,
            lexicon.foreground,
            lexicon.firm_descriptors,
        )

    def judge(
        self,
        fields: dict[str, Field],
        drafts: list[Draft],
        talk: list[Draft],
        ref_year: ArticleYear | None = None,
    ) -> list[PolicyEvent]:
        """The article's events from its drafts (and the body's talk of the headline's act).

        ``ref_year`` dates the article (a response story reads the days before it).
        """
        # round 16: an exemption in a measure; round 46: or in a measure told as talk
        drafts = without_carve_outs(fields, drafts, talk)
        # Round 31: an instrument's definition or a duty without it (``definitions.py``):
        # dropped at once, so that no later step reads them as the body's retelling.
        drafts = self.definitions.without(fields, drafts)
        # Round 32: a grant only in exceptional cases is a restriction, a party's approved
        # standing no grant (``grant_scope.py``).
        drafts = self.grant_scope.recast(fields, drafts)
        self.demote_restated(fields, drafts, talk)
        # A sourced forecast lead frames the story (``story_genre.py``).
        demote_forecast_story(fields, drafts, talk, self.lex.anonymous, self.lex.foreground)
        # Round 18: a measure not yet issued, told from a report (``leaks.py``).
        demote_leak_story(fields, drafts, self.lex, ref_year)
        # Round 19: a headline act the lead restates as a plan or a wish (``intents.py``).
        demote_intent_story(fields, drafts, talk, self.lex, self.reader.forecast_actor)
        self.demote_headed(fields, drafts)
        self.demote_title(fields, drafts, talk)
        # Round 21: a measure whose clause's source is a bill (``bills.py``), every language.
        demote_bill_content(fields, drafts, self.lex)
        # Round 28b: a standing rule applied to a case or told as a condition (``applied_rule``).
        demote_applied_rule(fields, drafts)
        # Round 37: a rule in force explained as how things work (``standing_present``).
        demote_standing_present(fields, drafts, self.lex)
        # Proposals, pending licences, analyses (``proposals.py``): CJK cues only.
        cjk = cjk_story(fields)
        flags = Flags(fields, self.lex)
        if cjk:
            demote_drafted(fields, drafts, self.lex)
            # round 24: a state's plan headline over a story that gives it no start
            demote_plan_headline(fields, drafts, self.lex)
            demote_pending(fields, drafts, self.lex, flags)
            demote_off_topic(fields, drafts, self.lex, flags)
        else:
            # round 28: a state weighing a measure in the headline, no start in the story
            demote_weighing_headline(fields, drafts, self.lex)
            # English frames: courts, reactions, topics, shelved plans (``predicate_frames.py``).
            self.predicate_frames.demote(fields, drafts, self.lex)
            # Doubts, hypotheticals, subsidies, effects, revenue shares (``measure_frames.py``).
            self.measure_frames.demote(fields, drafts)
            self.measure_frames.promote(fields, drafts)
        drafts = [d for d in drafts if not d.talk]
        demote_stance(fields, drafts, self.lex)
        # Round 18: an answer about an act dated before it (``reactions.py``).
        fresh = demote_response_story(fields, drafts, self.lex, ref_year)
        # Round 31: a measure another state answers at the headline's end (``reactions.py``).
        demote_answered_measure(fields, drafts, self.lex, ref_year)
        if cjk:
            demote_research(fields, drafts, self.lex)
            demote_question(fields, drafts, self.lex, flags)
            demote_reaction_headline(fields, drafts, self.lex)
            demote_reaction_story(fields, drafts, self.lex)
            demote_reaction_lead(fields, drafts, self.lex)  # the lead's stance (``reactions.py``)
            # a transcript's question (``story_genre``), a fresh own measure's kept (round 36)
            demote_question_paragraph(fields, drafts, fresh)
            demote_market(fields, drafts, self.lex)
            # round 16: an impact or assessment headline (``story_genre.py``)
            demote_impact(fields, drafts, self.lex.impact, self.lex.announce)
            demote_activity_halt(fields, drafts, self.lex)
            # round 21: a firm's reaction headline, a clarification headline, counted grants
            demote_firm_reaction(fields, drafts, self.lex)
            demote_clarified(fields, drafts, self.lex)
            demote_counted_licences(fields, drafts)
        demote_unconfirmed(fields, drafts, self.lex)
        demote_administered(fields, drafts, self.lex)  # round 26: "依法依规…" headlines
        demote_disowned(fields, drafts, self.lex)  # round 23: "not a formal announcement"
        if any(d.primary and not d.in_title and d.start >= LEAD for d in drafts):
            named = self.headline_groups(fields["title"], drafts)
            if not cjk:
                named |= self.measure_frames.named(fields["title"])
            # Round 29: the headline's or lead's plan, told decided later in the body.
            planned = {
                (self.reader.forecast_actor(fields, t), t.direction)
                for t in talk
                if t.in_title or t.start < LEAD
            }
            self.demote_unreported(drafts, named, planned, fields["body"], self.lex)
        self.demote_other_matter(drafts)
        demote_eased(drafts, self.lex)
        drafts = without_easing_terms(drafts, self.lex)  # round 29: an easing's own terms
        drafts = without_approval_terms(fields, drafts, self.lex)  # round 31: its conditions
        drafts = without_eased_content(drafts)  # round 30: the eased measure's text
        if self.request_story(fields["title"], drafts):
            for draft in drafts:
                if draft.primary and not draft.in_title:
                    draft.primary = False
                    draft.rule += " background:request"
        # Round 25: an industry body's statement story (``bodies.py``).
        demote_body_story(fields, drafts, self.lex)
        # Round 26: a legislators' initiative story (``bodies.py``).
        demote_legislator_story(fields, drafts, self.lex)
        demote_case_story(fields, drafts, self.lex)
        # Round 32: a lawsuit or a court's proceeding in the headline (``bodies.py``).
        demote_lawsuit_story(fields, drafts, self.lex)
        # Opinion pieces, background sections (``story_genre.py``); a state's reaction or
        # denial headline (``reactions.py``): in this order.
        demote_genre(fields, drafts, self.lex.headings, self.lex.foreground)
        # Round 33: a chip shortage as the headline's news (``story_genre.py``).
        demote_framed_story(fields, drafts, self.lex.shortage, self.lex.foreground)
        # Round 44: the same for a speech, remarks or testimony as the headline's news.
        demote_framed_story(fields, drafts, self.lex.speech, self.lex.foreground, "speech")
        demote_state_reaction(fields["title"], drafts, self.lex)
        drafts = without_denied(fields["title"], drafts, self.lex)
        # Round 19: the measure a reacting state names is the one it reacts to.
        drafts = without_reactor_measures(fields["title"], drafts, self.lex)
        # Round 26: a reaction headline in every language, by where its object stands.
        demote_reaction_object(fields, drafts, self.lex)
        if self.statistics_story(fields) or self.statistics_headline(fields["title"], drafts):
            for draft in drafts:
                if draft.primary:
                    draft.primary = False
                    draft.rule += " background:statistics"
        if self.business_story(fields["title"], drafts):
            for draft in drafts:
                if draft.primary:
                    draft.primary = False
                    draft.rule += " background:business"
        # Round 36: a firm's own act as the headline's or the lead's news (``story_genre``).
        demote_firm_story(fields, drafts, self.firm_cues)
        self.promote_notified(fields, drafts)
        if not any(d.primary for d in drafts):
            # Round 15c: a chronicle ("has imposed increasing restrictions") in a story that
            # reports no act of its own (an interview, a bill, a roadmap) is no event at all.
            drafts = [d for d in drafts if "background:chronicle" not in d.rule]
        grouped = any("group" in d.rule for d in drafts)
        group_firms = self.listed_firms(fields) if grouped else []
        focus = self.focus_chips(fields)
        for draft in drafts:
            if focus and (draft.generic_only or not draft.products):
                # "these rules", "high-end AI chips": the article's main chip is meant.
                draft.products = [*focus, *draft.products]
            if "group" in draft.rule:
                draft.targets = [*group_firms, *[t for t in draft.targets if t not in group_firms]]
        return self.merge(drafts)

    def promote_notified(self, fields: dict[str, Field], drafts: list[Draft]) -> None:
        """A tightening a firm says its government notified it of is news (held-out 14).

        "Nvidia disclosed that the US government informed it that it had imposed a new
        license requirement", "米政府から輸出許可が必要との通知を受けたと明らかにした": the
        firm relays the state's act on the day it learns of it, however the headline
        frames the story (a charge booked). Only a draft in the lead whose background tag
        is the business headline's or a following-clause's ("を受け") comes back.
        """
        cues = self.lex.notified
        if not cues or not any(d.in_title is False and not d.primary for d in drafts):
            return
        body = fields["body"]
        for draft in drafts:
            if (
                draft.primary
                or draft.talk
                or draft.in_title
                or draft.direction != "tightening"
                or draft.start >= LEAD
                or not _NOTIFIED_TAGS.issuperset(_TAGS.findall(draft.rule) or ["-"])
            ):
                continue
            sentence = body.sentence_at(draft.start)
            if sentence is None:
                continue
            around = body.low[sentence.start : sentence.end]
            named = any(
                a.jurisdiction == draft.jurisdiction
                for a in body.actors
                if sentence.start <= a.start < sentence.end
            ) or (  # the state that notified is named in the sentence, not inferred
                " anaphor" in draft.rule and self._government_notifies(around, cues)
            )
            if named and (
                any(cue in around for cue in cues)
                or _NOTICE_SPLIT.search(around) is not None
                or _notified_firm(body, sentence)
            ):
                draft.primary = True
                draft.rule += " news:notified"

    def _government_notifies(self, around: str, cues: tuple[str, ...]) -> bool:
        """Whether a government noun is the subject of a notice cue in ``around``.

        Round 35 (issue 11): "la compañía ha informado de que el Gobierno informó a la
        compañía … sobre un nuevo requisito de licencia": the firm's filing names its
        government by the noun alone, which the story's state resolves (``anaphor``); the
        noun right before the notice is its subject, as a named state would be. A pronoun
        is left ("it informed the company" may be the firm's own words).
        """
        lex = self.lex
        for cue in cues:
            at = around.find(cue)
            if at <= 0:
                continue
            head = around[max(0, at - _NOTIFIER_REACH) : at].rstrip()
            found = last_match(lex.anaphor, head, 0, len(head))
            if (
                found is not None
                and found.end() == len(head)
                and lex.pronoun.fullmatch(found.group()) is None
            ):
                return True
        return False

    def listed_firms(self, fields: dict[str, Field]) -> list[str]:
        """Firms the article lists together ("ByteDance, Alibaba and Tencent")."""
        separators = self.lex.separators
        out: list[str] = []
        for item in fields.values():
            run: list[str] = []
            for left, right in itertools.pairwise(item.firms):
                gap = item.text[left.end : right.start].strip().casefold()
                if gap in separators or gap.rstrip(",") in separators:
                    if not run:
                        run.append(left.name)
                    run.append(right.name)
                    continue
                if len(run) >= 2:
                    _add(out, run)
                run = []
            if len(run) >= 2:
                _add(out, run)
        return out

    def statistics_story(self, fields: dict[str, Field]) -> bool:
        """A story told from trade statistics, in its headline or lead (Round 13, eu).

        "China stoppt Export von Chip-Metallen vollständig ... Das ergibt sich aus am
        Mittwoch veröffentlichten Zolldaten": the figures are the news; the controls they
        name explain them. Round 36: the lead is the first two sentences
        (``_FIGURES_SENTENCES``); figures quoted after them support a policy story.
        """
        stats = self.lex.statistics_source
        title, body = fields["title"].low, fields["body"].low
        gate = self.lex.statistics_parts
        # Most stories hold no cue's literal part: one automaton pass (``cues.PartsGate``)
        # instead of the regex engine's walk over the headline and the lead (same answer;
        # a part holds no whitespace, so none spans the line break that joins them).
        if gate is not None and not gate.holds_part(f"{title}\n{body[:LEAD]}"):
            return False
        if stats.search(title):
            return True
        # Round 36: the figures lead only in the headline or the first two sentences; a
        # policy story that quotes customs data further down keeps its lead.
        return stats.search(body, 0, lead_end(fields["body"], _FIGURES_SENTENCES)) is not None

    def statistics_headline(self, title: Field, drafts: list[Draft]) -> bool:
        """A headline that tells a trade figure of a period (round 30).

        "Gallium-Exporte im Mai auf Null gesunken", "China exportiert im August kein
        Gallium", "輸出、9月もほぼ停止", "管制以来累计收到多份出口许可申请": a flow word,
        a figure word and a period stand in the headline (``statistics_flows``,
        ``statistics_figures``, a month or ``statistics_periods``); the control the body
        names explains the figure. A headline act outside the figure's words ("US bans
        chip exports in October; shares fall") is the news and keeps the story.
        """
        low = title.low
        lex = self.lex
        if lex.statistics_flows.search(low) is None:
            return False
        figure = lex.statistics_figures.search(low)
        if figure is None:
            return False
        if lex.statistics_periods.search(low) is None and _CJK_MONTH.search(low) is None:
            return False
        return not any(
            d.in_title and d.primary and not figure.start() <= d.start < figure.end()
            for d in drafts
        )

    def request_story(self, title: Field, drafts: list[Draft]) -> bool:
        """A headline of someone asking a government, with no act of its own (Round 13, eu).

        "Chipbosse baten die Regierung, neue Exportbeschränkungen zu stoppen": firms or a
        lobby ask; no state stands before the request verb, the headline states no event.
        The measures the body recalls are the request's context, not the day's news.
        """
        if any(d.in_title for d in drafts):
            return False
        found = self.lex.request_headline.search(title.low)
        if found is None:
            return False
        return not any(a.start < found.start() for a in title.actors)

    def _state_cause(self, text: str, lo: int, state: int) -> bool:
        """A clause opener ("après que", "dopo che", "after") whose subject is the state.

        "Applied Materials falls after highlighting revenue hit from new BIS rule": the
        clause after "after" is the firm's; the state only qualifies the rule.
        """
        for opener in self.lex.prior_clause.finditer(text, max(lo, state - _CAUSE_GAP), state):
            gap = text[opener.end() : state].split()
            if len(gap) <= 2 and all(len(word) <= 5 for word in gap):
                return True  # "que le", "che gli", "the"
        return False

    def business_story(self, title: Field, drafts: list[Draft]) -> bool:
        """A headline about a firm's results or business, not about a measure.

        "Applied Materials flags $600 million revenue hit from expanded export curbs",
        "寒武纪上半年营收暴增": the firm is the headline's subject, a business cue names
        its news, and the headline states no measure as news itself. The policy the body
        mentions is then the story's context.
        """
        if not title.firms or self.measure_frames.revenue_share(title):
            return False  # round 14: a share of sales paid for licences is a measure's news
        first = title.firms[0]
        cue = self.lex.business.search(title.low, first.end)
        latin = cue is not None and not has_cjk(cue.group())
        language = title.language() if latin else None
        if language in self.lex.business_of:
            cue = self.lex.business_of[language].search(title.low, first.end)
        if any(
            d.in_title
            and d.primary
            and not (cue is not None and caused_noun(d, cue.end(), title.low))
            for d in drafts
        ):
            return False
        if cue is not None and _closing_tag_holds(title.low, first.start, cue.end()):
            # Round 24: the firm and its results in the headline's closing tag ("(英伟达
            # FY2023Q3 电话会)"): the firm's results call is the source of every line above.
            return True
        lead = title.low[: first.start].strip(" \"'‘“-–—:")
        # Round 25: one descriptor word before the firm is its apposition ("Chipmaker
        # ASML: ...", "Chipmachinemaker ASML: kwartaalcijfers"): the firm stays the subject.
        apposition = lead.isalpha()
        if (len(lead) > 12 and not apposition and not _BUSINESS_OF.fullmatch(lead)) or any(
            a.start < first.start for a in title.actors
        ):
            return False  # the firm is not the headline's subject
        if any(
            self._state_cause(title.low, first.end, a.start)
            # round 24: the cause clause states an act the headline reads ("after US bans
            # …"); "after U.S. export curbs" names the known measure as a noun, no act
            and any(d.in_title and d.start >= a.start for d in drafts)
            for a in title.actors
        ):
            # "L'action Nvidia chute après que le gouvernement américain a restreint ...",
            # "Nvidia cade in borsa dopo che gli USA annunciano limiti": the headline
            # names the state's act as its cause, the day's news (Round 13, eu).
            return False
        return cue is not None  # the same search as ``cue``'s

    def demote_title(
        self, fields: dict[str, Field], drafts: list[Draft], talk: list[Draft]
    ) -> None:
        """A headline event the body reports only as background, or only talks of, is not news.

        "美将收紧芯片出口" over a body that says the US "may" tighten as early as August:
        the headline compresses a forecast.
        """
        body = [d for d in drafts if not d.in_title]
        for draft in drafts:
            if not draft.in_title or not draft.primary:
                continue
            key = (draft.jurisdiction, draft.direction)
            # A body sentence that dates the act to last week does not make the headline
            # old news ("... herausgegeben haben, bereits vergangene Woche"); nor does one
            # that names it in a circumstance clause (round 18: "美, HBM 수출 통제 발표" over
            # "…규제를 발표한 가운데, 업계는 …": the headline states the act itself).
            same = [
                d
                for d in body
                if (d.jurisdiction, d.direction) == key
                and "background:recent" not in d.rule
                and "background:concessive" not in d.rule
                and not (d.action != draft.action and self._anterior(fields["body"], d))
            ]
            if any(d.primary for d in same):
                continue
            if same:
                draft.primary = False
                draft.rule += " background:body"
            elif any(
                (d.direction, d.action) == (draft.direction, draft.action)
                and self.reader.forecast_actor(fields, d) == draft.jurisdiction
                for d in talk
            ):
                draft.primary = False
                draft.rule += " background:talk"
                draft.talk = "forecast"  # a forecast headline is no event at all

    def _anterior(self, body: Field, draft: Draft) -> bool:
        """Whether a body draft is told in the past perfect: an act before the story's own.

        Round 27 (recall): "China prohíbe exportar …" over "El Ministerio … había requerido
        previamente licencias": the pluperfect places the licence duty before the ban, an
        earlier measure the headline's act follows, not its retelling. A pluperfect a
        verb of saying reports ("said it had banned") is the act relayed, as in ``talk``.
        """
        sentence = body.sentence_at(draft.start)
        lo = max(sentence.start if sentence else 0, draft.start - _ANTERIOR_PRE)
        pre = body.low[lo : draft.start]
        perfect = self.lex.past_perfect.search(pre)
        if perfect is None:
            return False
        had = lo + perfect.start()
        return self.lex.reporting.search(body.low, max(0, had - _ANTERIOR_REPORTING), had) is None

    def demote_headed(self, fields: dict[str, Field], drafts: list[Draft]) -> None:
        """Under a Japanese headline heading for a measure, its non-past retelling is the plan.

        "先端半導体の輸出規制強化へ" over "...許可が必要な製造装置の対象を拡大する。": the body
        tells what will be done; a sentence in the past ("...を発表した") or one that dates
        the entry into force ("7月23日から") stays as read.
        """
        if not plan_headline(fields["title"].text):
            return
        for draft in drafts:
            if (
                draft.primary
                and not draft.in_title
                and non_past(draft.evidence)
                and self.lex.effective.search(draft.evidence.lower()) is None
            ):
                draft.primary = False
                draft.talk = "forecast"

    def demote_restated(
        self, fields: dict[str, Field], drafts: list[Draft], talk: list[Draft]
    ) -> None:
        """A lead that a later sentence restates as a sourced forecast reports a report.

        "미국 정부가 ... 규제를 강화한다. 로이터통신은 소식통을 인용해 ... 강화할 예정이라고
        보도했다": the second sentence names the source and its modality; the lead only
        summarises it. Same actor and action, the talk after the act, in the lead.
        """
        if not talk:
            return
        sourced = [t for t in talk if t.start < LEAD and self.lex.source.search(t.evidence.lower())]
        if not sourced:
            return
        for draft in drafts:
            if draft.in_title or not draft.primary or draft.start >= LEAD:
                continue
            for said in sourced:
                if (
                    said.start > draft.start
                    and said.action == draft.action
                    and self.reader.forecast_actor(fields, said) == draft.jurisdiction
                ):
                    draft.primary = False
                    draft.talk = "forecast"
                    break

    @staticmethod
    def demote_unreported(
        drafts: list[Draft],
        named: set[str],
        planned: set[tuple[str, str]],
        body: Field,
        lex: Lexicon,
    ) -> None:
        """An event deep in the body that the headline and lead do not report is context.

        News puts its event in the headline or the lead; a policy mentioned only in a
        later paragraph of a story about something else (an industry group's advice, an
        earnings report) is background, whatever its tense. A digest is the exception:
        its headline names each item ("... and 23 Chinese names on the Entity List"), and
        an event of a meaning group the headline names (``named``) is news wherever its
        paragraph stands.

        Round 29: the headline and lead may tell the act as the state's plan ("said it
        plans to restrict exports", talk: ``planned`` holds its actor and direction) and a
        later paragraph as decided ("announced the decision in a letter to parliament,
        saying the restrictions will be introduced before the summer"; ``leaks.done_in``:
        announced, decided, outside a modal or a future). That paragraph tells the lead's
        story as taken, its execution still to come: news.
        """
        leading = {
            (d.jurisdiction, d.direction)
            for d in drafts
            if d.primary and (d.in_title or d.start < LEAD)
        }
        for draft in drafts:
            late = draft.primary and not draft.in_title and draft.start >= LEAD
            if late and draft.predicate in named:
                continue  # a digest's item, named in its headline
            if late and draft.evidence.lstrip().casefold().startswith(SEPARATELY):
                # "Separately, Tokyo is tightening oversight ...": the story turns to
                # another item of news, told as news with what follows it.
                leading.add((draft.jurisdiction, draft.direction))
                continue
            if late and (draft.jurisdiction, draft.direction) not in leading:
                if (draft.jurisdiction, draft.direction) in planned and _decided(body, draft, lex):
                    continue  # round 29: the lead's plan, decided
                draft.primary = False
                draft.rule += " background:unreported"

    def demote_other_matter(self, drafts: list[Draft]) -> None:
        """A later decision on another kind of thing than the article's first is context.

        "商务部：…对符合条件的民用出口予以豁免" (an exemption for Nexperia's chips) and, in
        the last paragraph, "同日，商务部还宣布，暂停实施…镓、锗、锑…的管制措施": same
        ministry, day and direction, but a measure on materials is another decision
        than one on chips or a firm's goods (``streams/core/measures.py``). Merged, the
        headline's event would take the materials as its products and its alert would
        join the other decision's. The article's news is the decision its headline and
        first statements report (what says first what it is on, the headline first);
        a later one of another kind is told as news by other articles.
        """
        lex = self.lex
        first: dict[tuple[str, str], Matter] = {}
        ordered = sorted(drafts, key=lambda d: (not d.in_title, d.start))
        for draft in ordered:
            if not draft.primary:
                continue
            key = (draft.jurisdiction, draft.direction)
            kind = matter(draft.products, draft.targets, lex.generic, lex.materials)
            if key not in first:
                if kind is not None:
                    first[key] = kind
            elif not draft.in_title and other_matter(first[key], kind):
                draft.primary = False
                draft.rule += " background:other-matter"

    def headline_groups(self, title: Field, drafts: list[Draft]) -> set[str]:
        """Meaning groups the headline states, or names by the word they need.

        "Chip Wrap: ... 23 Chinese names on the Entity List" names the list groups though
        no verb of theirs stands in it. Measures in general ("hits back at US tariffs")
        name nothing: only a list or a licence does.
        """
        lex = self.lex
        named = {d.predicate for d in drafts if d.in_title}
        for word_class, groups in lex.groups_needing.items():
            if word_class != "measure" and lex.needs[word_class].search(title.low):
                named.update(groups)
        return named

    @staticmethod
    def focus_chips(fields: dict[str, Field]) -> list[str]:
        """The article's main chip: named in the title, else the most mentioned."""
        title = list(dict.fromkeys(m.name for m in fields["title"].chips))
        if title:
            return title
        counts: dict[str, int] = {}
        for mention in fields["body"].chips:
            counts[mention.name] = counts.get(mention.name, 0) + 1
        if not counts:
            return []
        top = max(counts.values())
        return [name for name, count in counts.items() if count == top][:1]

    def merge(self, drafts: list[Draft]) -> list[PolicyEvent]:
        """One event per (jurisdiction, action, direction, primary).

        The flow is not part of the key: a headline's "clears imports" and the body's
        "approved purchases" are one decision, and one alert.
        """
        generic = self.lex.generic
        merged: dict[tuple[str, str, str, bool], Draft] = {}
        for draft in drafts:
            key = (draft.jurisdiction, draft.action, draft.direction, draft.primary)
            kept = merged.get(key)
            if kept is None:
                merged[key] = draft
                continue
            best, other = (draft, kept) if draft.confidence > kept.confidence else (kept, draft)
            _add(best.products, other.products)
            _add(best.targets, other.targets)
            best.order = min(best.order, other.order)
            merged[key] = best
        events: list[PolicyEvent] = []
        for draft in sorted(merged.values(), key=lambda d: d.order):
            products = list(draft.products)
            if any(p not in generic for p in products):
                # A class like "advanced chips" only paraphrases the named chip.
                products = [p for p in products if p not in generic]
            events.append(
                PolicyEvent(
                    jurisdiction=draft.jurisdiction,
                    action=draft.action,
                    flow=draft.flow,
                    direction=draft.direction,
                    products=products,
                    targets=draft.targets,
                    primary=draft.primary,
                    evidence=draft.evidence,
                    confidence=draft.confidence,
                    rule=draft.rule,
                )
            )
        return events


# Tightening actions an easing takes back: the halt, ban or restriction it lifts.
_EASED: frozenset[str] = frozenset(["ban", "halt", "restrict"])
# Tightening actions that can be an easing's terms: a restriction, a licence duty, a ban
# on some buyers, the levy an exemption is carved out of.
_TERMS: frozenset[str] = frozenset(["ban", "halt", "restrict", "license", "tariff"])


def without_easing_terms(drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """Drop a state's tightening that states the terms of its own easing (round 29).

    The mirror of ``without_carve_outs`` (an exemption inside a tightening is part of it):
    "US approves H200 sales to China … chips must pass third-party testing before they
    ship", a headline "Trump imposes severe restrictions on Nvidia's China sales" over a
    lead that authorises them to approved buyers, "exempts chips from the tariffs": the
    licence duty, the restrictions, the levy are the easing's terms or scope, not a second
    decision in the other direction. A primary tightening (restriction, licence duty, ban,
    halt, tariff) is dropped when the same state's primary easing sits in the headline or
    the lead and is told before it, the two name a product in common, and the
    tightening's sentence does not date it as news of its own. Background tightenings
    (what the easing lifts, the earlier rules) are left to ``demote_eased`` and the
    readers of time.
    """
    easings = [
        d
        for d in drafts
        if d.primary and d.direction == "easing" and (d.in_title or d.start < LEAD) and d.products
    ]
    if not easings:
        return drafts
    kept: list[Draft] = []
    for draft in drafts:
        if (
            draft.primary
            and draft.direction == "tightening"
            and draft.action in _TERMS
            and draft.products
            and lex.foreground.search(draft.evidence.lower()) is None
            and any(
                e.jurisdiction == draft.jurisdiction
                and set(e.products) & set(draft.products)
                # the easing is told first: a story that leads with a tightening and then
                # relaxes some of it ("tightens …; approvals now need conditions") keeps it
                and (e.in_title, -e.start) > (draft.in_title, -draft.start)
                for e in easings
            )
        ):
            continue
        kept.append(draft)
    return kept


# Background tags that date nothing: a tightening so tagged is told as the approval's
# content, not as an earlier measure (a year, a time phrase, "after", a recent act).
_UNDATED: Final = frozenset(["eased", "unreported", "relative"])


def without_approval_terms(
    fields: dict[str, Field], drafts: list[Draft], lex: Lexicon
) -> list[Draft]:
    """Drop the terms of a headline approval that says it carries conditions (round 31).

    "A venda … foi aprovada, mediante algumas condições" over "a Nvidia deve garantir um
    fornecimento adequado …", "H200 중국 판매 조건부 허용" over "군사용 활용은 금지되며":
    the conditions are the approval's terms, no tightening of the other direction. The
    mirror of ``without_easing_terms`` for the background the body tells: a tightening by
    the state of a primary easing in the headline or lead, on a product they share (or
    with none named on one side: the story's chip fills it later), whose background tags
    date nothing (``_UNDATED``), is dropped. A dated one (the ban the approval follows,
    "in April") stays.
    """
    if lex.conditional_approval.search(fields["title"].low) is None:
        return drafts
    approvals = [
        d
        for d in drafts
        if d.primary and d.direction == "easing" and (d.in_title or d.start < LEAD)
    ]
    if not approvals:
        return drafts
    kept: list[Draft] = []
    for draft in drafts:
        tags = set(_TAGS.findall(draft.rule))
        if (
            not draft.in_title
            and not draft.primary
            and draft.direction == "tightening"
            and draft.action in _TERMS
            and tags
            and tags <= _UNDATED
            and any(
                a.jurisdiction == draft.jurisdiction
                and (
                    not a.products
                    or not draft.products
                    or bool(set(a.products) & set(draft.products))
                )
                for a in approvals
            )
        ):
            continue
        kept.append(draft)
    return kept


def demote_eased(drafts: list[Draft], lex: Lexicon) -> None:
    """A body's tightening by the actor whose easing the headline reports is its background.

    "China verleent officieel toestemming voor export Nexperia-chips" over a body that
    retells how "China stopte daarop de export": the halt is what the headline's
    permission ends, told as the story's history, not a second decision. Same actor, a
    ban, halt or restriction, on the same kind of thing (targets shared, or none named),
    in a sentence that does not date it as today's ("also banned ... on Saturday").
    """
    eased = [d for d in drafts if d.in_title and d.primary and d.direction == "easing"]
    if not eased:
        return
    for draft in drafts:
        if draft.in_title or not draft.primary or draft.action not in _EASED:
            continue
        for easing in eased:
            if easing.jurisdiction != draft.jurisdiction:
                continue
            if lex.foreground.search(draft.evidence.lower()) is not None:
                break  # dated as news itself
            if not draft.targets or set(draft.targets) & set(easing.targets):
                draft.primary = False
                draft.rule += " background:eased"
                break
