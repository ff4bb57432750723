"""Reading one candidate sentence: actor + predicate + object, and whether it is news.

The tagger has found a predicate phrase (a keyword of the lexicon) in a sentence. The
reader decides, with bounded regexes over bounded windows of that sentence:

* the predicate's reading (this module): which of its meaning groups and grammatical
  forms fits the words around it (a finite verb, "to ban" under a decision verb, "by
  banning", a noun under a governing verb before it or a passive participle after it,
  "new rules", a construction whose needed word stands nearby: "lift" + a measure,
  "revoke" + a licence); a plural noun is not a verb ("a round of curbs", "the planned
  curbs"), a word of a Japanese- or Korean-only list needs kana or hangul around it;
* talk against action, main news against background (``talk.py``);
* the actor (``actors.py``), the object and the flow (``objects.py``);
* approvals that grant nothing (``approval.py``).

The grammar questions (is this word a verb, a noun, part of a name?) are answered by
``grammar.py``.

Triggers inside a document title (《...》) or a quotation of legal text ("第七条所述
“...”") are not read: they name or quote a rule, they do not state an act.
"""

from __future__ import annotations

import re
from typing import Final

from streams.core.actors import Actors
from streams.core.approval import Approvals
from streams.core.constructs import Constructs
from streams.core.cues import last_match
from streams.core.eased_content import MEASURES, governed, provision
from streams.core.fields import (
    CONTEXT,
    FORECAST,
    LEAD,
    ArticleYear,
    Draft,
    Field,
    Site,
    closes_clause,
    within,
)
from streams.core.grammar import TO_BEFORE, Grammar
from streams.core.intents import plan_headline_words
from streams.core.language import EUROPEAN
from streams.core.lexicon import Lexicon, Reading, has_cjk, normal
from streams.core.mentions import Mention
from streams.core.objects import Objects
from streams.core.script import object_first
from streams.core.segment import heading_line, related_line
from streams.core.status import (
    appositive,
    lifted_before,
    post_nominal,
    raised_to,
    revoked_after,
)
from streams.core.talk import Talk

__all__ = ["Draft", "Field", "Reader"]

_PRE_WINDOW: Final = 60  # chars before a noun searched for its governing verb
_REVOKED_WINDOW: Final = 40  # chars before a grant word searched for "取消", "撤销"
#: Round 30: chars before an easing infinitive searched for a verb pushing or blocking it
#: (across a comma: German sets the zu-infinitive apart, "daran hindern, … zu lockern").
_PUSHER_WINDOW: Final = 60
# Round 39: the actions a limit caused by a non-trade regulation is mistaken for.
# Round 44: the measure noun a Japanese or Korean trigger may take before its cause marker.
_MEASURE_NOUN_AFTER = re.compile(r"(?:\s?(?:조치|措置|규제|規制))?")
_DIPLOMAT_REACH: Final = 40  # chars from a summons searched for the diplomat summoned
_NON_TRADE_LIMITS: Final = frozenset({"restrict", "ban", "halt"})
#: What stands right before an easing verb that is an infinitive or gerund of another verb.
_INFINITIVE_MARK = re.compile(r"(?<!\w)(?:to|from|à|d['’]|de|zu|a|di|te)\s{1,2}$")
_PREVENT_WINDOW: Final = 8  # chars before an easing verb searched for "阻止" ("阻止他進一步放寬")
_DECISION_WINDOW: Final = 90  # chars before "to <base verb>" searched for "told", "ordered"
# Round 32: chars after a measure noun searched for its entry into force ("curbs on
# advanced chipmaking equipment took effect": the object phrase stands between)
_IN_FORCE_REACH: Final = 120
# Round 43: how far into its sentence the story's measure may stand as the verb's subject
# ("The rules, which took effect on Monday, restrict ...": about 50 characters).
_STORY_SUBJECT_SPAN: Final = 90
_IN_FORCE_REACH_CJK: Final = 16
# Round 43: a probe's finding verb within this many chars after the noun ("a preliminary
# probe by the market regulator found"), its breach within the next ones.
_FINDING_REACH: Final = 60
_SUIT_REACH: Final = 20  # chars after a CJK measure word searched for a suit ("…에 대한 WTO 제소")
_BREACH_REACH: Final = 100
# Round 37: an entry into force of today stated on the noun: after it, within the noun's
# complements ("… restrictions à l'exportation vers la Chine entrées en vigueur
# aujourd'hui"); before it, at most two adjectives between ("heute in Kraft getretenen
# neuen Exportbeschränkungen").
_TODAY_ATTR_REACH: Final = 80
_TODAY_ATTR_BEFORE: Final = 80
_ATTR_GAP = re.compile(r"(?:\s+[\w-]+){0,2}\s+")
_START_REACH: Final = 40  # characters after a future entry into force its start stands in
_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th|er|º|\.)?\b(?!\s?%)")  # "on the 1st", "le 1er"
_MODAL_GAP: Final = 12  # chars before a base verb searched for "should", "must"
_CUE_WINDOW: Final = 160  # chars before a predicate searched for its `cue` (a clause)
_COMPOUNDING: Final = frozenset(["de", "nl"])
_FRENCH: Final = frozenset(["fr"])  # languages that write compounds as one word

# "La Chine a interdit": the French perfect's auxiliary, not the English article.
# A trade flow as the subject of a base-form verb: "US exports of H200 chips to China
# (now) require ...", "shipments to Chinese buyers require ...".
_FLOW_SUBJECT = re.compile(
    r"\b(?:exports|re-exports|shipments|sales|imports|transfers)\s{1,3}(?:of|to)\s[^,;:]{1,80}?"
    r"\s(?:now\s{1,3}|also\s{1,3}|henceforth\s{1,3})?$"
)
_FR_PERFECT = re.compile(r"\ba\s{1,3}$")
# French "il"/"qu'il" is the subject pronoun, not the Italian article of the determiner
# list: "a annoncé qu'il restreindrait les exportations".
_FR_PRONOUN = re.compile(r"(?:^|[\s'’])il\s{1,3}$")
_NON_SPACE = re.compile(r"\S")
# A directive's verbal noun under the verb that gives the order: "購入停止を指示",
# "運営者に購入停止を求めた", "구매 중단을 지시" (round 18).
_DIRECTED: Final = (
    *("を指示", "を求め", "を要請", "を命じ", "の指示"),
    *("을 지시", "를 지시", "을 요구", "를 요구", "을 명령", "를 명령", "을 권고", "를 권고"),
)
_BY_BEFORE = re.compile(r"\bby\s{1,3}$", re.IGNORECASE)
# "will now require", "will also ban": an adverb of time or addition between the future
# auxiliary and its verb keeps the decision's reading (round 18; "will ban" is read).
_FUTURE_ADVERB = re.compile(
    r"\b(?:will|shall)\s{1,3}(?:now|also|henceforth|immediately|further|additionally)\s{1,3}$"
)
# "government-issued permit", "state-approved vendors": a noun joined by a hyphen to a
# participle makes it an adjective, not a verb; "re-imposed" has a prefix, not a noun.
_HYPHEN_ADJECTIVE = re.compile(r"[a-z]{3}-$")
_ASPECT = re.compile(
    r"\b(?:begin|begins|began|begun|start|starts|started|resume|resumes|resumed)\s{1,3}$"
)
# Round 44: a participle clause right after its comma ("Beijing summoned the envoy on
# Tuesday, banning exports of Nexperia chips"): its subject is the main clause's
# (``Actors._participle_clause_subject``), its act told as done.
_PARTICIPLE_COMMA = re.compile(r",\s{1,3}$")
# Round 44: a gerund a government approves or endorses is its act ("the cabinet approved
# removing Seoul from the whitelist", "endorsed adding 14 firms to the list"); the
# approval itself grants nothing (``Approvals._approves_act``).
_ADOPTED = re.compile(r"\b(?:approv|authori[sz]|endors)(?:e|es|ed)\s{1,3}$|\bback(?:s|ed)?\s{1,3}$")
# Spanish, Portuguese and Italian "a" before an infinitive is a preposition, not the
# English article: "empezó a restringir", "passaram a restringir", "iniziato a limitare".
_ROMANCE_A = re.compile(r"\ba\s{1,3}$")
_ROMANCE_INFINITIVE = re.compile(r"(?:ar|er|ir|ire|are|ere)$")
_ASKS = re.compile(r"[?？吗]")  # a sentence that may ask (``_question`` decides)
_NOUN_AFTER_DE = re.compile(r"的(?:新|最新|更多|进一步|更严格)?$")
# The determiners before a verb's object ("renforcera la sécurité", "stärkt die Resilienz",
# "strengthen its supply chains"): skipped to find the object's first noun.
# Round 47: each determiner whole ("las" is not "la" and a stray "s"); "l'" joins its noun.
_OBJECT_DETERMINERS = re.compile(
    r"\s{1,3}(?:(?:(?:the|its|their|our|a|an|la|le|les|sa|son|ses|leur|leurs|die|der|das|den|"
    r"dem|des|ihre|seine|el|los|las|su|sus|il|lo|gli|i|a|o|os|as|het|de|een|zijn|haar|"
    r"europe['’]s|europas|de l['’]europe)(?!\w)|l['’])\s{0,3}){0,2}"
)


def _object_start(text: str, end: int) -> int:
    """Where the object after a verb ending at ``end`` starts, past its determiners."""
    found = _OBJECT_DETERMINERS.match(text, end)
    return found.end() if found is not None else end


class Reader(Constructs):
    """Reads one trigger mention in its sentence into a draft event (or nothing)."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Keep the compiled lexicon; the reader itself holds no state."""
        self.lex = lexicon
        self.talk = Talk(lexicon)
        self.actors = Actors(lexicon)
        self.objects = Objects(lexicon)
        self.approvals = Approvals(lexicon)
        self.grammar = Grammar(lexicon)

    def evaluate(
        self,
        fields: dict[str, Field],
        item: Field,
        mention: Mention,
        order: int,
        ref_year: ArticleYear,
        previous: str | None = None,
    ) -> Draft | None:
        """Turn one trigger mention into a draft event, or ``None`` for talk/no reading.

        ``previous`` is the jurisdiction of the article's last event so far: the actor
        that anaphora and agentless passives refer back to.
        """
        lex = self.lex
        candidates = lex.readings(mention.text)
        if not candidates:
            return None
        text = item.low  # cue expressions are compiled for lower-cased, folded text
        line = text.rfind("\n", 0, mention.start) + 1
        first = _NON_SPACE.search(text, line, mention.start + 1)
        if first is not None and text.startswith(lex.noise_prefixes, first.start()):
            return None  # a caption, a "Related:" link, a sign-off
        if item.name != "title" and lex.photo_credit is not None:
            stop = text.find("\n", mention.end)
            if lex.photo_credit.search(text, mention.end, len(text) if stop < 0 else stop):
                return None  # round 44: "Trump anunciou novas tarifas … BRENDAN SMIALOWSKI / AFP"
        if item.name != "title" and len(item.text) == len(text) and heading_line(item.text, line):
            return None  # round 35: "LE NUOVE RESTRIZIONI", a subheading in capitals
        if item.name != "title" and related_line(text, line, lex.related_headings):
            return None  # round 36: a headline under "Lesen Sie auch", another story
        if text[mention.end : mention.end + 1] == " " and text.startswith(
            lex.idiom_after, mention.end + 1
        ):
            return None  # "stopped short of a rollout": an idiom, no act
        sentence = item.sentence_at(mention.start)
        if sentence is None or (
            _ASKS.search(sentence.text)
            and self._question(sentence.text, mention.start - sentence.start)
        ):
            return None
        if self.grammar.quoted(text, sentence.start, mention.start):
            return None
        if item.lang is not None and not has_cjk(mention.text):
            candidates = self._in_language(item, sentence.start, sentence.end, mention, candidates)
            if not candidates:
                return None  # round 33: "con fines militares" is no English "fines"
        lo = max(sentence.start, mention.start - CONTEXT)
        hi = min(sentence.end, mention.end + CONTEXT)
        clause_lo, clause_hi = lo, hi
        # Triggers of one sentence shorter than the window search the same window.
        breaks = item.breaks.get((lo, hi))
        if breaks is None:
            breaks = item.breaks[lo, hi] = [b.span() for b in lex.clause.finditer(text, lo, hi)]
        for brk_start, brk_end in breaks:
            if brk_end <= mention.start:
                clause_lo = brk_end
            elif brk_start >= mention.end:
                clause_hi = brk_start
                break
        pre = text[max(clause_lo, mention.start - _PRE_WINDOW) : mention.start]
        cjk = has_cjk(mention.text)
        sov = cjk and object_first(text, sentence.start, sentence.end)
        site = Site(item, mention, sentence, clause_lo, clause_hi, pre, cjk, sov)
        found = self._reading(site, candidates)
        if found is None:
            return None
        reading, consumes = found
        if reading.predicate.direction == "easing" and self._challenged(site):
            return None  # "withdrew its WTO complaint against the curbs": no measure eased
        if site.cjk and self._suit_object(site):
            return None  # round 43: "일본의 수출규제 조치에 대한 WTO 제소": the suit's object
        if site.sov and self._premise_cause(site):
            return None  # round 44: "제한 조치로 …비용이 발생": the measure as a cause
        if (
            site.sov
            and lex.measure_copula.match(text, mention.end)
            and lex.needs["measure"].fullmatch(text, mention.start, mention.end)
        ):
            return None  # round 44: "これは多層的な規制です": a description, no act
        if (
            reading.predicate.action == "ban"
            and lex.reprint_lines.search(text, sentence.start, sentence.end) is not None
        ):
            return None  # round 28: "무단전재·재배포 금지", a site's reprint line bans nothing
        talk = self.talk.is_talk(site, reading)
        if (
            not talk
            and cjk
            and reading.predicate.direction == "easing"
            and (
                text.endswith(lex.demand_before, 0, mention.start)
                or self._demanded_of_state(site)
                or lex.prevent_before.search(
                    text, max(clause_lo, mention.start - _PREVENT_WINDOW), mention.start
                )
            )
        ):
            # "要求撤回管制措施": asked for, not granted; "阻止他進一步放寬": prevented
            talk = "modal"
        if (
            not talk
            and not cjk
            and reading.predicate.direction == "easing"
            and (mark := _INFINITIVE_MARK.search(text, max(0, mention.start - 6), mention.start))
            and lex.easing_pushers.search(
                text,
                # German and Dutch set the infinitive clause apart with a comma
                max(
                    sentence.start if mark.group(0).strip() in ("zu", "te") else clause_lo,
                    mention.start - _PUSHER_WINDOW,
                ),
                mention.start,
            )
        ):
            # Round 30: "amener les États-Unis à assouplir", "daran hindern, die Regeln zu
            # lockern", "pressured Washington to ease": an aim pushed or blocked, no easing
            talk = "modal"
        if (
            cjk
            and reading.predicate.direction == "easing"
            and reading.form == "verb"
            and lex.needs["licence"].fullmatch(mention.text.lower())
            and lex.revoking.search(
                text, max(clause_lo, mention.start - _REVOKED_WINDOW), mention.start
            )
        ):
            # Round 24: "美方取消…大陆厂区的设备豁免": the exemption is what is revoked.
            return None
        if talk == "reversed" and reading.predicate.negated:
            # A permission that ends is its opposite: "may no longer sell" bans the sale.
            reading = Reading(lex.by_id[reading.predicate.negated], reading.form, reading.langs)
            talk = ""
        if talk:
            return self._forecast(fields, site, reading, talk, previous)
        eased_content = ""
        if reading.predicate.direction == "tightening" and reading.predicate.action in MEASURES:
            # Round 30: "looser export controls", "要求放宽…限制", "규제 유예": the measure
            # is what eases; a change made to it or a provision's text is marked.
            eased_content = governed(site, lex)
            if eased_content == "easing":
                return None
            if not eased_content and provision(site):
                eased_content = "provision"
        if self.approvals.idle(site, reading):
            return None
        if reading.predicate.action == "halt" and self.talk.delayed(site):
            return None  # round 38: "審批延遲，訂單凍結": a licence backlog, no halt decided
        predicate = reading.predicate
        if (
            predicate.direction == "easing"
            and predicate.needs is None
            and lex.non_policy.search(text, clause_lo, clause_hi)
            and not self.objects.exports_in_clause(site)
        ):
            return None  # "the Cabinet approved three chip plants": a subsidy, not policy
        if (
            reading.form == "verb"
            and predicate.needs is None
            and predicate.direction == "tightening"
            and lex.non_measure.match(text, _object_start(text, site.mention.end))
        ):
            return None  # "renforcera la sécurité d'approvisionnement": an aim, no measure
        if (
            reading.form in ("verb", "base")
            and predicate.direction == "easing"
            and lex.eased_non_measure.match(text, _object_start(text, site.mention.end))
        ):
            return None  # round 47: "agreed to ease tensions over export controls"
        if (
            reading.form == "verb"
            and predicate.action == "investigate"
            and lex.study_object.match(text, _object_start(text, site.mention.end))
        ):
            return None  # round 47: "onderzoekt een nieuwe manier om …": a means weighed
        if (
            predicate.direction == "tightening"
            and predicate.action in _NON_TRADE_LIMITS
            and lex.non_trade_rule.search(text, clause_lo, clause_hi)
            and not lex.trade_word.search(text, clause_lo, clause_hi)
        ):
            # round 39: "demand is constrained by data-centre power rules", "受数据中心
            # 能耗规定限制": a limit caused by a regulation of energy, environment or
            # building is no trade policy (an export named in the clause keeps it)
            return None
        if predicate.direction == "easing" and lex.grace.search(text, clause_lo, clause_hi):
            return None  # "120일 유예기간 부여": the delay of a measure, part of it
        if predicate.action == "summon" and self._summons_diplomat(site):
            return None  # "summoned the Dutch ambassador over the curbs": a protest
        relative = self.talk.relative(site)
        if relative and reading.form in ("verb", "state_noun") and self.talk.present(site):
            return None  # "the rule, which bars sales to ...": a standing rule described
        if self.talk.described(site, reading):
            return None  # "uma exceção que permitia ...": what a rule allowed until now
        actor = self.actors.actor(fields, site, reading, previous)
        if actor is None:
            return None
        jurisdiction, actor_rule = actor
        objects = self.objects
        if predicate.flow is not None and predicate.id in lex.cues:
            # "asked exporters to report transactions": the cue names who is bound and so
            # the flow; the records reported ("transactions") are not a deal's flow.
            flow = predicate.flow
        else:
            flow = objects.flow(site, predicate.flow, jurisdiction, predicate.action)
        products, named, generic_only = objects.products(site)
        targets = objects.targets(site)
        if predicate.target_firm and not targets:
            return None  # "invoking Section 232 to justify the tariffs": no firm, no measure
        if self.approvals.objectless(site, reading, products):
            return None  # "the cabinet approved an ordinance": nothing about chips granted
        primary, time_rule = self.talk.primary(site, reading, ref_year)
        if relative and primary:
            primary, time_rule = False, "background:relative"
        conf = lex.patterns.confidence
        form = "verb" if reading.form in ("gerund", "split") else reading.form
        confidence = getattr(conf, form)
        confidence += conf.explicit_actor if actor_rule in ("actor", "agent") else 0.0
        confidence += conf.anaphoric_actor if actor_rule in ("anaphor", "implied") else 0.0
        confidence += conf.named_product if named else 0.0
        rule = f"{predicate.id}:{reading.form}[{normal(mention.text)}] {actor_rule}"
        if time_rule:
            rule += f" {time_rule}"
        if lex.group.search(text, clause_lo, clause_hi):
            rule += " group"
        return Draft(
            jurisdiction=jurisdiction,
            action=predicate.action,
            flow=flow,
            direction=predicate.direction,
            products=products,
            targets=targets,
            primary=primary,
            evidence=sentence.text,
            confidence=round(min(1.0, max(0.0, confidence)), 3),
            rule=rule,
            order=order,
            start=mention.start,
            has_named_product=named,
            generic_only=generic_only,
            consumes=consumes,
            in_title=item.name == "title",
            predicate=predicate.id,
            eased_content=eased_content,
        )

    def _forecast(
        self,
        fields: dict[str, Field],
        site: Site,
        reading: Reading,
        talk: str,
        previous: str | None,
    ) -> Draft | None:
        """A body sentence that forecasts the headline's act ("may tighten as early as August").

        Kept, not an event, to tell whether the headline states a decision; only its actor
        is read, and only when the headline holds a main event of the same action.
        """
        predicate = reading.predicate
        title = fields["title"]
        if site.item is title or talk not in FORECAST:
            return None
        sentence = site.sentence
        if predicate.action not in title.actions and not (
            site.mention.start < LEAD
            and (
                self.lex.source.search(sentence.text.lower())
                or self.lex.anonymous.search(site.text, sentence.start, sentence.end)
                # round 19: a headline's plan or wish ("EUA querem proibir ...") that the
                # lead restates (``intents.py``); round 24: or its future or plan modal
                or plan_headline_words(title, self.lex)
            )
        ):
            return None  # kept to judge the headline, or a lead its source restates
        return Draft(
            jurisdiction="",  # read by `forecast_actor` only if the headline needs it
            action=predicate.action,
            flow="other",
            direction=predicate.direction,
            products=[],
            targets=[],
            primary=False,
            evidence=site.sentence.text,
            confidence=0.0,
            rule=f"{predicate.id}:talk:{talk}",
            order=0,
            start=site.mention.start,
            predicate=predicate.id,
            talk=talk,
            pending=(site, reading, previous),
        )

    def forecast_actor(self, fields: dict[str, Field], draft: Draft) -> str:
        """The actor of a talk draft (see ``_forecast``), or "" when none is found."""
        if draft.pending is None:
            return draft.jurisdiction
        site, reading, previous = draft.pending
        actor = self.actors.actor(fields, site, reading, previous)
        return actor[0] if actor is not None else ""

    @staticmethod
    def _romance_infinitive(pre: str, mention: Mention, reading: Reading) -> bool:
        """Whether "a" before the trigger is the Romance preposition of an infinitive."""
        return (
            "en" not in reading.langs
            and _ROMANCE_A.search(pre) is not None
            and _ROMANCE_INFINITIVE.search(mention.text.lower()) is not None
        )

    def _demanded_of_state(self, site: Site) -> bool:
        """Whether a Chinese demand addressed to a state stands earlier in the sentence.

        Round 33: "呼吁美国停止以…为借口，…，停止滥用实体清单等出口管制工具": a spokesman
        demands that the US stop; every easing after "demand + state" in the sentence is
        what is demanded, however many clauses follow. The state addressed would act, the
        one demanding does not: neither has eased anything.
        """
        text, sentence = site.item.low, site.sentence
        return any(
            text.endswith(self.lex.demand_before, sentence.start, actor.start)
            for actor in within(site.item.actors, sentence.start, site.mention.start)
        )

    def _premise_cause(self, site: Site) -> bool:
        """Whether a Japanese or Korean measure is marked as the cause of what follows.

        Round 44 (issue 11): "회사는 또한 제한 조치로 55억달러의 비용이 발생할 것으로
        예상했다", "엔비디아는 수출 규제로 인해 손실을 냈다", "輸出規制により45億ドルの損失を
        計上した": a cause marker (``premise_cause_after``) right after the trigger, past a
        measure noun, makes it the premise of a loss or a cost, no act told here.
        """
        text = site.text
        pos = _MEASURE_NOUN_AFTER.match(text, site.mention.end).end()  # type: ignore[union-attr]
        return self.lex.premise_cause.match(text, pos) is not None

    def _summons_diplomat(self, site: Site) -> bool:
        """Whether the summoned one is a diplomat: a protest between states (round 44).

        "The commerce ministry summoned the Dutch ambassador over the new curbs", "外交部
        召见美国驻华大使", "駐日大使を呼び出した", "hat den Botschafter einbestellt": the
        diplomat stands in the summons' clause, after the verb in the languages that put
        the object after it, before it in Japanese and Korean and before a German or Dutch
        clause-final participle. The curbs it protests are read on their own words.
        """
        text, mention = site.text, site.mention
        lo = max(site.clause_lo, mention.start - _DIPLOMAT_REACH)
        hi = min(site.clause_hi, mention.end + _DIPLOMAT_REACH)
        if site.sov or closes_clause(site):
            return self.lex.diplomat.search(text, lo, mention.start) is not None
        return self.lex.diplomat.search(text, mention.end, hi) is not None

    def _suit_object(self, site: Site) -> bool:
        """Whether a CJK measure word is what a legal challenge right after it targets.

        Round 43: "일본의 수출규제 조치에 대한 WTO 제소 절차를 철회", "수출규제 조치를 WTO에
        제소했다", "輸出規制強化を巡るWTOへの提訴": the measure is the suit's object, another
        state's, named as what the story's state contests; the act of the sentence is the
        suit, no chip measure. English and Chinese put the suit first ("a complaint against
        Japan's curbs", "就…出口管制…提起诉讼"), read by other rules.
        """
        text, end = site.text, site.mention.end
        hi = min(site.sentence.end, end + _SUIT_REACH)
        suit = self.lex.challenge.search(text, end, hi)
        return (
            suit is not None and self.lex.needs["measure"].search(text, end, suit.start()) is None
        )

    def _probe_finding(self, site: Site) -> bool:
        """Whether the probe noun's own verb tells a breach found (round 43).

        "A preliminary probe found Nvidia violated the anti-monopoly law", "l'enquête a
        conclu que … avait enfreint", "エヌビディアが…違反していたとの初期調査結果": the
        probe is concluded, and its conclusion is the story's news. A finding with no
        breach ("the probe found no link") or a breach with no finding verb is left to the
        other rules: a journalist's "investigation found" names no breach of a law.
        """
        lex, text, mention = self.lex, site.item.low, site.mention
        end = site.sentence.end
        if site.cjk:
            # the result noun right after the probe's ("調査結果", "조사 결과")
            at = mention.end + (text[mention.end : mention.end + 1] == " ")
            if lex.probe_findings.match(text, at) is None:
                return False
            return lex.violation_before.search(text, site.sentence.start, end) is not None or any(
                text.find(w, site.sentence.start, end) >= 0 for w in lex.violation_after
            )
        found = lex.probe_findings.search(text, mention.end, min(end, mention.end + _FINDING_REACH))
        if found is None:
            return False
        return (
            lex.violation_before.search(text, found.end(), min(end, found.end() + _BREACH_REACH))
            is not None
        )

    def _story_measure_subject(self, site: Site) -> bool:
        """Whether the body's sentence opens with the story's measure, the verb's subject.

        A headline's plural measure before a base form is its news ("Fresh regulations
        restrict exports"); in the body the same shape also explains standing rules ("The
        rules restrict sales to China"). It is the story's measure when the noun phrase is
        new ("The new rules restrict ...") or an aside dates its entry into force ("The
        rules, in force since Monday, restrict ...", "The curbs, which took effect on
        Friday, bar ..."): whether that day is news or background is the time rules'.
        """
        lex, text = self.lex, site.item.low
        lo, end = site.sentence.start, site.mention.start
        if end - lo > _STORY_SUBJECT_SPAN:
            return False  # the subject opens the sentence, a few words before the verb
        found = lex.measure_subject.search(text, lo, end)
        if found is not None:
            return lex.novel.search(text, lo, found.start()) is not None
        found = lex.measure_apposed.search(text, lo, end)
        if found is None:
            return False
        a, b = found.span("aside")
        return bool(lex.in_force_apposed.search(text, a, b) or lex.in_force.search(text, a, b))

    def _put_in_force(self, site: Site) -> bool:
        """Whether the measure noun's own predicate puts it into force (round 32).

        "Japan's export curbs on chip tools took effect on Sunday", "las restricciones …
        entraron en vigor el domingo", "出口禁令上周日起生效": the noun is the subject of
        its entry into force, a finite verb later in its clause (``in_force_predicates``),
        so the measure is an act of the story, as a "new" one is. Whether the act is news
        or dated background is the time rules' (``Talk.primary``): "after Japan's curbs
        took effect in May last year" stays background by its time phrase.
        """
        if not site.cjk and self._in_force_today(site):
            return True
        if not site.cjk and self.lex.time_frame.search(
            site.text, max(site.sentence.start, site.mention.start - 40), site.mention.start
        ):
            # Round 43: "firms rushed to stockpile HBM before the US ban took effect": the
            # entry into force is the time frame of another act, a premise, not the news
            return False
        reach = _IN_FORCE_REACH_CJK if site.cjk else _IN_FORCE_REACH
        hi = min(site.clause_hi, site.mention.end + reach)
        in_force = self.lex.in_force_title if site.item.name == "title" else self.lex.in_force
        found = in_force.search(site.text, site.mention.end, hi)
        if found is None:
            if site.cjk:
                return False
            found = self.lex.in_force_future.search(site.text, site.mention.end, hi)
            if found is None or not self._starts_later(site, found.start(), found.end()):
                return False
        # "the move mirrors curbs that took effect on Aug. 1": a relative clause of a noun
        # another predicate governs recalls the measure; it is not the clause's subject.
        return self.lex.in_force_relative.search(site.text, site.mention.end, found.start()) is None

    def _in_force_today(self, site: Site) -> bool:
        """Whether a clause on the measure noun puts it into force today (round 37).

        "ASML expects little effect from the export curbs that took effect today", "de
        exportrestricties die vandaag zijn ingegaan", "les restrictions … entrées en
        vigueur aujourd'hui", "die heute in Kraft getretenen Exportbeschränkungen": a
        relative or participle clause (``in_force_today_attributes``) that dates the entry
        into force to today makes the measure the day's news, where a relative clause of
        another day recalls it ("curbs that took effect last year").
        """
        text, mention = site.text, site.mention
        hi = min(site.clause_hi, mention.end + _TODAY_ATTR_REACH)
        if self.lex.in_force_today_attr.search(text, mention.end, hi) is not None:
            return True
        # German and Dutch put the participle clause before the noun, adjectives between
        lo = max(site.sentence.start, mention.start - _TODAY_ATTR_BEFORE)
        found = last_match(self.lex.in_force_today_attr, text, lo, mention.start)
        gap = _ATTR_GAP.fullmatch(text, found.end(), mention.start) if found else None
        return gap is not None

    def _starts_later(self, site: Site, verb: int, end: int) -> bool:
        """Whether a future entry into force is decided: its start named, no modal before it.

        Round 34 (issue 11): "export restrictions to come into force in September", "les
        restrictions entreront en vigueur le 1er septembre", "… entrarán en vigor el próximo
        mes": a measure announced with the day it starts is decided, as "would take effect
        from Dec. 1" is (``Talk._dated``). "are expected to take effect next month" or
        "could enter into force in 2026" is a forecast, and "will take effect" with no start
        a promise: neither is read.
        """
        lex, text = self.lex, site.text
        for modal in lex.modal.finditer(text, site.mention.end, verb):
            if modal.group().casefold() not in lex.future_modals:
                return False  # "expected to", "could", "might": still to be decided
        hi = min(site.clause_hi, end + _START_REACH)
        return bool(
            _DAY_NUMBER.search(text, end, hi)
            or lex.months.search(text, end, hi)
            or lex.in_force_start.search(text, end, hi)
        )

    @staticmethod
    def _turned(site: Site, reading: Reading) -> bool:
        """English shapes where the word means the opposite or nothing (``status.py``).

        "lifted levies ... to 145%" raises them (the levy is read as the tariff); "the
        authorisation ... will be revoked" grants nothing; "the B200s, restricted for
        sale in China, are sold" describes a standing status.
        """
        text, mention = site.item.low, site.mention
        hi = site.sentence.end
        if reading.predicate.direction == "easing":
            lift = mention.text.casefold().startswith("lift")  # "cut tariffs to 10%" eases
            verbal = reading.form in ("verb", "base", "gerund")
            if lift and verbal and raised_to(text, mention.end, hi):
                return True
            if reading.form.endswith("noun") and revoked_after(text, mention.end, hi):
                return True
        return reading.form == "verb" and (
            appositive(text, mention.start, mention.end, hi)
            or post_nominal(text, site.sentence.start, mention.start)
        )

    def _in_language(
        self, item: Field, start: int, end: int, mention: Mention, candidates: list[Reading]
    ) -> list[Reading]:
        """Round 33: the readings whose lists may fire in the article's language.

        ``start``/``end`` bound the mention's sentence (an English quote in a French article
        reads its English words). See ``language.py`` for what is restricted and why.
        """
        if item.lang is None or all(not r.scope for r in candidates):
            return candidates
        lang = item.lang.value()
        if lang not in EUROPEAN:
            return candidates
        languages, key = self.lex.languages, normal(mention.text)
        return [r for r in candidates if languages.fires(key, r.scope, lang, item.low, start, end)]

    def _reading(self, site: Site, candidates: list[Reading]) -> tuple[Reading, int] | None:
        """Pick the reading whose grammar fits the words around the mention.

        Returns it with the offset up to which later triggers are its object ("lifted
        the ban": the ban is not a second event), or -1.
        """
        lex = self.lex
        item, mention, pre = site.item, site.mention, site.pre
        text, source = item.low, item.text
        wide = text[max(0, mention.start - _DECISION_WINDOW) : mention.start]
        modifier = self.grammar.modifier(text, mention)
        title = item.name == "title"
        has_base = any(r.form == "base" for r in candidates)
        # What the noun readings ask of the words around the mention is the same for
        # every reading of it: asked once (several readings of one trigger are common).
        reacted: bool | None = None
        governs: bool | None = None
        instrumented: bool | None = None
        novel: bool | None = None
        for reading in candidates:
            if site.cjk and not self.grammar.script_fits(site, reading):
                continue  # "承認" is Japanese for approval, Chinese "承认" is "admit"
            consumes = -1
            if (
                reading.predicate.deontic
                and site.sov
                and lex.object_granted.match(text, mention.end)
            ):
                continue  # round 45: "輸出許可申請を承認した": the application is granted
            cue = lex.cues.get(reading.predicate.id)
            if cue is not None:
                found = cue.search(
                    text, max(site.clause_lo, mention.start - _CUE_WINDOW), mention.start
                )
                if found is None:
                    continue  # "apply for permits" only after "make exporters", "shall"
                if (
                    reading.predicate.direction == "easing"
                    and lex.negation.search(text, found.start(), mention.start)
                    and not (
                        reading.predicate.negated
                        and lex.cessation.search(text, found.start(), mention.start)
                    )
                ):
                    # round 34: "dürfen nicht … ohne Genehmigung": a permission denied; one
                    # that ends ("nicht mehr", "no longer") is its opposite, a licence duty
                    # (round 41, ``Talk`` reverses it)
                    continue
            needs = reading.predicate.needs
            if needs is not None:
                # A German or Dutch compound may hold the needed word, a verb as a noun
                # ("genehmigungspflichtig", "vergunningplichtig": licence-bound).
                holds = reading.form.endswith("noun") or reading.langs <= _COMPOUNDING
                consumes = self._needed(site, needs, holds)
                if consumes < 0:
                    continue
            elif reading.predicate.direction == "easing":
                consumes = self._object_measure(site)  # "暂停实施...出口管制措施"
            elif (
                reading.form == "verb"
                and reading.predicate.action == "restrict"
                and "en" in reading.langs
                and not site.cjk
            ):
                # "Washington tightens China restrictions": the measure is the verb's
                # object, not a second act by the state that qualifies it.
                consumes = self._object_measure(site)
            if "en" in reading.langs and self._turned(site, reading):
                continue
            form = reading.form
            if form == "split":
                if not self.grammar.particle(text, mention.end, reading.particle, site.clause_hi):
                    continue  # "schort" without its "op": another verb
                return reading, consumes
            if form == "verb":
                if not site.cjk and mention.start and text[mention.start - 1].isalpha():
                    continue  # "Exportverbote": the tail of a compound noun is no verb
                if (
                    "en" in reading.langs
                    and not title
                    and _HYPHEN_ADJECTIVE.search(text, max(0, mention.start - 4), mention.start)
                ):
                    continue  # "a government-issued trade permit": an adjective
                if site.cjk:
                    if text.startswith(lex.cjk_modifiers, mention.end):
                        continue  # "限制性条件": restrictive, an adjective
                    if needs is None and _NOUN_AFTER_DE.search(
                        text, max(0, mention.start - 6), mention.start
                    ):
                        continue  # "对华出口的限制持续", "...的新限制": a noun, not a verb
                    if site.sov and needs is None and self._verbal_noun(text, mention):
                        # "규제를 강화", "規制の対象": a verbal noun with its case particle is
                        # a noun, an act only under a governing verb or as a new measure.
                        if (
                            self.grammar.governed(text, mention, pre, site.clause_hi, True)
                            or lex.novel.search(pre)
                            or (
                                reading.predicate.directive
                                and text.startswith(_DIRECTED, mention.end)
                            )
                        ):
                            return reading, consumes
                        continue
                    return reading, consumes
                if (
                    lex.determiner.search(pre)
                    and needs is None
                    and not self._romance_infinitive(pre, mention, reading)
                    and not (_FR_PERFECT.search(pre) and "en" not in reading.langs)
                    and not (reading.langs == _FRENCH and _FR_PRONOUN.search(pre))
                ):
                    continue  # "the banned chips", "its approved list"
                if self.grammar.participle(source, mention):
                    continue  # "smuggling restricted accelerators", "sales of banned chips"
                if (
                    mention.text[-1:].lower() == "s"
                    and "en" in reading.langs
                    and self.grammar.plural_noun(site)
                ):
                    continue  # "US sanctions on Huawei", "a round of curbs"
                if not title and self.grammar.in_name(source, mention):
                    continue  # "License Exception ... Authorized (ACA)": part of a name
                if not title and self.grammar.romance_adjective(text, mention, reading):
                    continue  # "clientes aprobados": a participle after its noun
                if self.grammar.german_attributive(source, mention, reading):
                    continue  # "trotz verschärfter Exportbeschränkungen": an adjective
                return reading, consumes
            if form == "gerund":
                if (
                    _BY_BEFORE.search(pre)
                    or lex.be_before.search(pre)
                    or _ASPECT.search(pre)
                    or _ADOPTED.search(pre)
                    or (
                        not site.cjk
                        and _PARTICIPLE_COMMA.search(pre)
                        and self.actors.acts_before(item, site.sentence.start, mention.start)
                    )
                ):
                    return reading, consumes  # "by banning", "is tightening", "began issuing"
                if lex.document.search(pre):
                    return reading, consumes  # "sent letters ... discouraging them from"
                continue
            if form == "base":
                if TO_BEFORE.search(pre) and lex.decision.search(wide):
                    return reading, consumes
                if reading.predicate.directive and (
                    (TO_BEFORE.search(pre) and self.grammar.urged(wide))
                    or self.grammar.urged(pre[-_MODAL_GAP:])
                ):
                    # "urging companies to avoid using the H20", "should stop purchasing"
                    return reading, consumes
                if title and self.grammar.headline_future(site):
                    return reading, consumes  # "China to require export permits ..."
                if title and lex.measure_subject.search(pre):
                    return reading, consumes  # "Fresh regulations restrict exports": plural
                if not title and self._story_measure_subject(site):
                    return reading, consumes  # "The new rules restrict sales of ...": round 43
                if lex.decision.search(pre[-8:]) or _FUTURE_ADVERB.search(pre):
                    return reading, consumes  # "will ban", "will now require"
                if (
                    needs is not None
                    and needs.word_class == "licence"
                    and _FLOW_SUBJECT.search(pre)
                ):
                    # "US exports of H200 chips to China now require a licence": a licence
                    # duty stated on the trade it binds, the plural flow its subject.
                    return reading, consumes
                continue
            if modifier:
                continue  # "the approval process", "licence applications"
            if has_base and TO_BEFORE.search(pre):
                continue  # "pressure to limit shipments": an infinitive, not a noun
            if reacted is None:
                reacted = lex.reaction.search(pre) is not None
            if reacted:
                continue  # "hits back at US tariffs", "called the withdrawal": reacted to
            if (
                reading.predicate.action == "tariff"
                and lifted_before(pre)
                and raised_to(text, mention.end, site.clause_hi)
            ):
                return reading, consumes  # "lifted levies on Chinese goods to 145%": raised
            if governs is None:
                governs = self.grammar.governed(text, mention, pre, site.clause_hi, site.sov)
            if governs:
                return reading, consumes
            if instrumented is None:
                instrumented = not site.cjk and (
                    lex.instrument_on.search(pre) is not None or self.grammar.coordinated(site)
                )
            if instrumented:
                # "Proclamation On Import Duties", "a proclamation imposing new strategies
                # ... and 25% tariffs on chips": the instrument or the verb governs it.
                return reading, consumes
            if reading.predicate.action == "investigate" and self._probe_finding(site):
                return reading, consumes  # "a preliminary probe found Nvidia violated ..."
            if form == "event_noun" and (lex.np_head.search(pre) or title):
                return reading, consumes
            if form == "state_noun":
                if novel is None:
                    novel = lex.novel.search(pre) is not None
                if novel:
                    return reading, consumes  # "new rules", "fresh curbs", "新规"
                if self._put_in_force(site):
                    return reading, consumes  # "the curbs took effect", "出口禁令…起生效"
            if form == "state_noun" and title and site.sov and self._authored(site):
                return reading, consumes  # "中国向け半導体に米許可要件": a headline's news
        return None
