"""Tables of script, mood, time and source: part of the compiled lexicon.

Split out of ``lexicon.py``: one-character state names of Korean and Japanese text,
target markers, case particles and verb endings, progressive and "in force" endings,
recent time phrases, Romance conditional endings, German and Dutch verb-final modals,
legal instruments "on" a measure, consequence connectives, government bodies named
with their state, anonymous sources, object verbs and month-only dates. ``Lexicon``
inherits these; every list is data in ``policy_patterns.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from schemas.patterns import PolicyPatterns, Words
from streams.core.cues import WideWords, compile_words, has_cjk, phrase_pattern
from streams.core.morphology import verb_forms
from streams.core.script import script_folder

__all__ = ["IDEOGRAPH", "FormTables", "all_words"]

IDEOGRAPH: Final = "[\\u3400-\\u9fff\\uf900-\\ufaff]"
_SYLLABLES: Final = "\\uac00-\\ud7a3"  # hangul syllables, inside a character class
_HANGUL: Final = re.compile(f"[{_SYLLABLES}]")


def all_words(words: Words, irregular: dict[str, list[str]] | None = None) -> list[str]:
    """Every language's words; English verb lemmas inflected when ``irregular`` is given."""
    out: list[str] = []
    for lang, items in words.items():
        out.extend(
            verb_forms(items, irregular) if irregular is not None and lang == "en" else items
        )
    return out


# Round 34: the Chinese negations that turn a draft cue into an adverb ("无预告", "未预告").
_DRAFT_NEGATION: Final = "无未没"


def cjk_words(words: Iterable[str]) -> re.Pattern[str]:
    """CJK and Hangul words as one pattern over folded lower text, longest first, no bounds.

    ``WideWords`` puts a Latin part with a word bound first, which stops the regex engine
    from skipping to the words' first characters; a list of CJK words needs no bound
    (CJK has no spaces), so its literals alone make a pattern that skips fast.
    """
    fold = script_folder().fold
    unique = sorted({fold(w.lower()) for w in words if w}, key=lambda w: (-len(w), w))
    if any(not has_cjk(w) for w in unique):
        raise ValueError("cjk_words takes CJK or Hangul words only")
    return re.compile("|".join(re.escape(w) for w in unique) or "(?!x)x")


class FormTables:
    """The compiled tables of script, mood, time and source (a base of ``Lexicon``)."""

    abbreviations: dict[str, dict[str, str]]
    abbreviation_re: dict[str, re.Pattern[str]]
    target_markers: tuple[str, ...]
    marker_ends: frozenset[str]
    consequence: re.Pattern[str]
    verb_suffixes: tuple[str, ...]
    source: WideWords
    government_before: re.Pattern[str]
    measure_subject: re.Pattern[str]
    measure_apposed: re.Pattern[str]
    government_heads: frozenset[str]
    in_force_apposed: WideWords
    in_force_title: WideWords
    rule_opener: re.Pattern[str]
    time_frame: re.Pattern[str]
    anonymous: WideWords
    stance: WideWords
    announce: WideWords
    unconfirmed: WideWords
    retold: WideWords
    object_verbs: frozenset[str]
    future: re.Pattern[str]
    months: WideWords
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    case_particles: tuple[str, ...]
    standing: re.Pattern[str]
    standing_before: WideWords
    recent: WideWords
    conditional: dict[str, tuple[str, ...]]
    verb_final: re.Pattern[str]
    instrument_on: re.Pattern[str]

    def month_only(self, text: str, lo: int, hi: int) -> int:
        """Where a month named without its day starts in ``text[lo:hi]``, or -1."""
        for found in self.months.finditer(text, lo, hi):
            start, end = found.start(), found.end()
            if self.month_before.search(text, max(lo, start - 24), start) and not (
                self.month_after.match(text, end)
            ):
                return start
        return -1

    def _forms(self, p: PolicyPatterns) -> None:
        """Compile the tables of script, mood, time and source from the pattern file."""
        fold = script_folder().fold
        #: One-character state names by script ("ko": {"美": "US"}), folded, and the
        #: expression that finds them outside words of ideographs ("+": may lead one).
        self.abbreviations: dict[str, dict[str, str]] = {
            lang: {fold(ch.rstrip("+")): code.upper() for ch, code in table.items()}
            for lang, table in p.state_abbreviations.items()
        }
        self.abbreviation_re: dict[str, re.Pattern[str]] = {}
        for lang, table in p.state_abbreviations.items():
            alone = "".join(
                fold(ch) for ch in table if not ch.endswith("+") and not _HANGUL.match(ch)
            )
            lead = "".join(fold(ch.rstrip("+")) for ch in table if ch.endswith("+"))
            # Round 35: a hangul syllable ("미 상무부", "한·미 간", "미 반도체 … 중국 수출
            # 통제") is a name only as a word of its own: no hangul or digit touches it.
            hangul = "".join(ch for ch in table if _HANGUL.match(ch))
            parts = [f"(?<!{IDEOGRAPH})[{alone}](?!{IDEOGRAPH})"] if alone else []
            parts += [f"(?<!{IDEOGRAPH})[{lead}]"] if lead else []
            parts += [f"(?<![{_SYLLABLES}\\w])[{hangul}](?![{_SYLLABLES}])"] if hangul else []
            self.abbreviation_re[lang] = re.compile("|".join(parts))
        self.target_markers = tuple(fold(w) for w in p.target_markers)
        self.marker_ends = frozenset(m[-1] for m in self.target_markers)
        self.consequence = compile_words(p.consequence_connectives)
        self.verb_suffixes = tuple(p.verb_suffixes)
        self.source = WideWords(p.source_cues)
        # "el Gobierno de Estados Unidos", and with the body's own complement: "il ministero
        # del Commercio di Pechino", "the Ministry of Commerce of China".
        self.government_before = compile_words(
            p.government_nouns,
            r"(?:\s{1,3}(?:del|de|du|des|della|dello|do|da|of|für|van)\s{1,3}[\w'’]{2,20})?\s{1,3}$",
        )
        # Round 43: a state's body named by its nationality ("die chinesische Marktaufsicht",
        # "De Chinese toezichthouder", "el regulador chino"): the body's head nouns, and the
        # German compounds' tails (``actors._demonym_body``).
        self.government_heads = frozenset(w.casefold() for w in p.government_nouns)
        # A plural measure right before a base form is its subject: "new rules curb ...".
        self.measure_subject = compile_words(
            [w for w in p.classes.get("measure", {}).get("en", []) if w.endswith("s")], r"\s{1,3}$"
        )
        # Round 43: the same plural noun opening the body's sentence, with an aside that
        # dates its entry into force before the verb ("The rules, in force since Monday,
        # restrict ..."); the aside is checked by ``in_force_apposed``/``in_force``.
        self.measure_apposed = compile_words(
            [w for w in p.classes.get("measure", {}).get("en", []) if w.endswith("s")],
            r"\s{0,3},(?P<aside>[^,;:.]{4,60}),\s{1,3}$",
        )
        self.in_force_apposed = WideWords(all_words(p.in_force_apposed))
        # Round 43: "before the US ban", "ahead of the new curbs": up to three words after
        self.time_frame = compile_words(
            all_words(p.time_frame_openers), r"\s{1,3}(?:[\w'’.-]+\s{1,3}){0,3}$"
        )
        # Round 43: "Under rules first imposed in 2022, ...": the opener of a sentence
        self.rule_opener = compile_words(all_words(p.rule_openers), r"\s")
        self.anonymous = WideWords(p.anonymous_sources)
        # A briefing's stance and unconfirmed reports (``streams/core/briefing.py``).
        self.stance = WideWords(all_words(p.stance_cues))
        self.condemnation = WideWords(all_words(p.condemnation_cues))
        self.announce = WideWords(all_words(p.announce_cues))
        self.unconfirmed = WideWords(all_words(p.unconfirmed_cues))
        # Round 42: the refusal and "confirm" parted by a time adverbial ("evitó este jueves
        # confirmar"): at most three words between.
        confirm = "|".join(
            sorted({re.escape(w.lower()) for w in all_words(p.unconfirmed_confirm_verbs)})
        )
        self.unconfirmed_gap = (
            compile_words(
                all_words(p.unconfirmed_refusals),
                rf"\s{{1,3}}(?:[\w'’-]{{1,16}}\s{{1,3}}){{1,3}}(?:{confirm})\b",
            )
            if confirm and any(p.unconfirmed_refusals.values())
            else None
        )
        self.retold = WideWords(all_words(p.report_cues))
        # Proposals, pending licences, analyses, laws without chips (``proposals.py``).
        # Round 34: a cue under a negation is no draft ("无预告推出新手机": launched without
        # notice, "未经预告"): the Chinese negation characters right before it.
        self.draft = re.compile(
            rf"(?<![{_DRAFT_NEGATION}])(?:{cjk_words(all_words(p.draft_cues)).pattern})"
        )
        self.enactment = cjk_words(all_words(p.enactment_cues))
        self.pending = cjk_words(all_words(p.pending_cues))
        self.terms = cjk_words(all_words(p.licence_terms))
        self.research = cjk_words(all_words(p.research_cues))
        self.assessment = cjk_words(all_words(p.assessment_cues))
        self.standing_rule = cjk_words(all_words(p.standing_rule))
        # Round 37: a rule in force explained as how things work (``standing_present.py``).
        self.standing_frames = compile_words(all_words(p.standing_frames))
        self.standing_openers = compile_words(all_words(p.standing_openers))
        self.standing_vetoes = compile_words(all_words(p.standing_vetoes))
        self.in_force_today = compile_words(all_words(p.in_force_today))
        # Round 21: a headline saying a measure is not a ban (``reactions.py``).
        self.clarification = cjk_words(all_words(p.clarification_cues))
        self.law = cjk_words(all_words(p.law_nouns))
        self.discourse = cjk_words(all_words(p.discourse_markers))
        self.promise = cjk_words(all_words(p.promise_cues))
        # An export licence under review, or a review as a decision's procedure (round 13).
        self.review = cjk_words([*all_words(p.licence_review), *all_words(p.review_procedure)])
        self.question = cjk_words(all_words(p.question_cues))
        self.basis = cjk_words(all_words(p.basis_cues))
        # Round 13 (CJK): reaction stories and share-price stories (``proposals.py``).
        self.reaction_stance = cjk_words(all_words(p.reaction_stance))
        self.briefing_speakers = cjk_words(all_words(p.briefing_speakers))
        self.self_decision = cjk_words(all_words(p.self_decision))
        # Round 18: a leak story (``story_genre.leak_story``) and a response story
        # (``reactions.demote_response_story``); every script, searched over a headline or
        # a few sentences.
        self.leak_modal = WideWords(all_words(p.leak_headline_modals))
        # Round 41: each language's own cues; German "plant" (plans) is an English noun
        # ("its China plant"), checked against the article's language (``leaks.py``).
        self.leak_modal_of: dict[str, frozenset[str]] = {
            lang: frozenset(" ".join(w.casefold().split()) for w in items)
            for lang, items in p.leak_headline_modals.items()
        }
        # Round 28: a Latin-script headline's state that weighs a measure (``intents.py``).
        self.weighing_headline = WideWords(all_words(p.weighing_headline_verbs))
        # Round 28: a copyright or reprint line, checked on a read predicate (``talk.py``).
        self.reprint_lines = WideWords(all_words(p.reprint_lines))
        # Round 33: a chip shortage as the headline's news (``story_genre.py``).
        self.shortage = WideWords(all_words(p.shortage_cues))
        # Round 44: a speech, remarks or testimony as the headline's news (``story_genre.py``).
        self.speech = WideWords(all_words(p.speech_headline_cues))
        # Round 36: a firm's own act as the story's frame, a results call's speaker marks
        # (``story_genre.demote_firm_story``); the English verbs inflected here, once.
        self.firm_act = WideWords(
            [*all_words(p.firm_act_cues), *verb_forms(p.firm_act_verbs, p.irregular_verbs)]
        )
        roles = sorted(
            {fold(w.lower()) for w in all_words(p.call_transcript_roles) if w},
            key=lambda w: (-len(w), w),
        )
        self.call_roles = WideWords(roles)
        # A role opening a line ("\n[Operator]", "\nAnalyst:"): the line break first, a
        # literal the engine skips to, so a body without such a line costs one scan.
        self.call_line = re.compile(
            r"\n[ \t\[【]{0,3}(?:" + "|".join(re.escape(w) for w in roles) + r")(?!\w)"
        )
        self.firm_descriptors = WideWords(all_words(p.firm_descriptors))
        # Round 19: a plan or a wish before the lead's act (``intents.py``).
        self.intent_plan = WideWords(all_words(p.intent_plan_cues))
        # Round 21: a bill as a clause's source, its openers, its enactment (``bills.py``).
        self.bill_source = WideWords(all_words(p.bill_source_nouns))
        self.bill_openers = frozenset(w.lower() for w in all_words(p.bill_source_openers))
        self.bill_enacted = WideWords(all_words(p.bill_enacted_cues))
        self.bill_anaphor = WideWords(all_words(p.bill_measure_anaphors))
        self.leak_source = WideWords(
            [*all_words(p.leak_attributions), *p.anonymous_sources, *all_words(p.report_cues)]
        )
        self.response = WideWords(all_words(p.response_cues))
        # Round 19: a demand verb that governs a response cue ("要求说明", "説明を求め").
        self.demand_verbs = WideWords(
            w for w in p.directive_modals if w[0].isalnum() and w[-1].isalnum()
        )
        self.response_prior = WideWords(all_words(p.response_prior_cues))
        # Round 36: the prior cues that name a day within the fresh window (``reactions``)
        self.response_fresh = frozenset(w.lower() for w in all_words(p.response_fresh_cues))
        self.response_premise = WideWords(all_words(p.response_premise_openers))
        self.market = cjk_words(all_words(p.market_cues))
        # impact_cues holds every script; heading_pattern reads the Latin ones
        # round 18: analysis and explainer headlines too (``passing_analysis_cues``)
        self.impact = cjk_words(
            w
            for w in [*all_words(p.impact_cues), *all_words(p.passing_analysis_cues)]
            if has_cjk(w)
        )
        self.accusation = cjk_words(all_words(p.accusation_cues))
        self.trade_activity = cjk_words(all_words(p.trade_activity))
        # Every word the per-sentence checks of ``proposals.py`` look for, in one list: a
        # read act's sentence is searched once, and only one that holds some word is
        # checked group by group.
        flag_groups = (
            p.question_cues,
            p.standing_rule,
            p.licence_terms,
            p.discourse_markers,
            p.licence_review,
            p.review_procedure,
            p.promise_cues,
        )
        self.sentence_flags = cjk_words(w for group in flag_groups for w in all_words(group))
        self.object_verbs = frozenset(all_words(p.object_verbs, p.irregular_verbs))
        self.future = compile_words(p.future_modals)
        # "in April", "em abril", "im März", "a gennaio": a month with no day after it.
        # The month names are found first (literals: fast), the preposition before them
        # and the missing day after them are checked on the few found.
        self.months = WideWords(all_words(p.month_names))
        self.month_before = re.compile(
            r"\b(?:in|en|em|im|a|in de maand|nel mese di|no mês de|au mois d['’]|en el mes de)"
            r"\s(?:early\s|late\s|mid-|fin\s|début\s|finales de\s|principios de\s)?$"
        )
        self.month_after = re.compile(r"\s{0,2}\d|\s(?:of\s)?this\syear")
        self.case_particles = tuple(p.case_particles)
        self.standing = compile_words(p.standing_after)
        self.standing_before = WideWords(all_words(p.standing_before))
        self.recent = WideWords(all_words(p.recent_cues))
        # Round 32: "the curbs took effect", "出口禁令…起生效": a measure put into force
        self.in_force = WideWords(all_words(p.in_force_predicates))
        # Round 43: in a headline, the plural's present too ("curbs take effect")
        self.in_force_title = WideWords(
            [*all_words(p.in_force_predicates), *all_words(p.in_force_headline)]
        )
        self.in_force_relative = compile_words(all_words(p.in_force_relatives))
        # Round 37: "the curbs that took effect today", "die heute in Kraft getretenen"
        self.in_force_today_attr = WideWords(all_words(p.in_force_today_attributes))
        # Round 34: the same told as to come, read with a start after it ("… in September")
        self.in_force_future = WideWords(all_words(p.in_force_future))
        self.in_force_start = WideWords(all_words(p.in_force_start_words))
        self.recency = WideWords(all_words(p.recency_adverbs))
        # Round 38: former office holders, licence delays and the orders that still halt,
        # "towards" before a measure noun, past time phrases after a participle
        self.former_office = WideWords(all_words(p.former_office_cues))
        self.licence_delay = WideWords(all_words(p.licence_delay_cues))
        self.leader = WideWords(all_words(p.leader_cues))
        self.signing = WideWords(all_words(p.signing_cues))
        self.halt_order = WideWords(all_words(p.halt_order_cues))
        self.toward = WideWords(all_words(p.toward_cues))
        self.past_time = WideWords(all_words(p.past_time_phrases))
        self.conditional: dict[str, tuple[str, ...]] = {
            lang: tuple(ends) for lang, ends in p.conditional_endings.items()
        }
        self.verb_final = compile_words(all_words(p.verb_final_modals))
        instruments = "|".join(phrase_pattern(w) for w in p.instrument_nouns) or "(?!x)x"
        # "Proclamation On Import Duties", "notice on imposing export controls on ...".
        self.instrument_on = re.compile(
            rf"(?:{instruments})\s{{1,3}}(?:on|imposing|introducing|setting|adding|"
            rf"restricting)\s{{1,3}}(?:[\w-]{{1,24}}\s{{1,3}}){{0,3}}$"
        )
