"""The policy-event pattern file (``streams/catalog/policy_patterns.yaml``) as typed models.

The detector's lexicon lives in data so that an analyst can read and extend it: meaning
groups of predicates per language, the cue lists that decide talk from action, the
action vocabulary with its alert-title wording. These models refuse a malformed file at
load time (an unknown or misspelt field, an action no group may use, a construction that
names a missing word class, an unbounded regex) rather than at the first article.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.article import Direction, Flow

#: Languages the lexicon is written for; English words are lemmas, inflected by rule.
Lang = Literal["en", "zh", "ja", "ko", "de", "fr", "es", "it", "pt", "nl"]
Words = dict[Lang, list[str]]
#: Languages whose listed words are expanded by the inflection table (``inflections.json``).
INFLECTED_LANGS = frozenset(["de", "fr", "es", "it", "pt", "nl"])
ACTION_NAME = r"^[a-z][a-z_]{1,30}$"

# Regexes from the file must stay linear-time in practice: only bounded repeats.
_UNBOUNDED = re.compile(r"(?<!\\)[*+]|\{\d+,\}")


def _phrases(values: list[str]) -> list[str]:
    """Strip, lower-case and de-duplicate phrases, keeping their order.

    Round 43: a phrase that case-folding changes past lower-casing ("verstoßen" ->
    "verstossen") is kept in both spellings. Text is only lower-cased (offsets must not
    move), so the folded spelling alone never matched a German "ß" in an article, only
    the Swiss "ss".
    """
    out: list[str] = []
    for value in values:
        lower = value.strip().lower()
        for phrase in (lower, lower.casefold()):
            if phrase and phrase not in out:
                out.append(phrase)
    return out


def _words(values: Words) -> Words:
    return {lang: _phrases(words) for lang, words in values.items()}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ActionSpec(_Strict):
    """One action value of TAXONOMY.md, with its wording in alert titles."""

    title: str = Field(min_length=1, description="Past-tense wording: 'China banned ...'.")


class Needs(_Strict):
    """A construction: a word of a class must stand near the predicate ("lift" + ban)."""

    word_class: str = Field(alias="class", description="A key of `classes`.")
    side: Literal["after", "before", "either"] = "after"
    window: int = Field(default=60, ge=1, le=400)


class Predicate(_Strict):
    """One meaning group: the verbs and nouns that name one action in one direction."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Rule name, shown in events.")
    action: str = Field(pattern=ACTION_NAME, description="A key of `actions`.")
    direction: Direction
    flow: Flow | None = Field(default=None, description="Flow unless a cue says otherwise.")
    verbs: Words = Field(default_factory=dict, description="English lemmas; forms elsewhere.")
    forms: list[str] = Field(default_factory=list, description="Verb forms taken as they are.")
    nouns: Words = Field(default_factory=dict, description="Nouns of a standing measure.")
    event_nouns: Words = Field(default_factory=dict, description="Nouns of one act.")
    needs: Needs | None = None
    priority: bool = Field(default=False, description="Tried first among readings.")
    deontic: bool = Field(
        default=False, description="States an obligation: 'must'/'须' do not make it talk."
    )
    firm_subject: bool = Field(
        default=False, description="A firm may be its subject ('Nvidia received licences')."
    )
    directive: bool = Field(
        default=False,
        description="A directive to firms: 'urge'/'warn'/'should' before it are not talk.",
    )
    cue: Words = Field(
        default_factory=dict,
        description="A word of these must stand before it in its clause ('make ... apply').",
    )
    target_firm: bool = Field(
        default=False,
        description="Read only with a catalog firm in its clause ('invoked the act at Nexperia').",
    )
    negated: str | None = Field(
        default=None,
        description=(
            "The predicate it reads as after a cessation cue: 'no longer allowed to export'"
            " is a ban, not a denial of an approval."
        ),
    )

    @field_validator("verbs", "nouns", "event_nouns", "cue")
    @classmethod
    def _clean_words(cls, values: Words) -> Words:
        return _words(values)

    @field_validator("forms")
    @classmethod
    def _clean_forms(cls, values: list[str]) -> list[str]:
        return _phrases(values)

    @model_validator(mode="after")
    def _has_words(self) -> Predicate:
        if not (self.forms or any(self.verbs.values()) or any(self.nouns.values())) and not any(
            self.event_nouns.values()
        ):
            raise ValueError(f"predicate {self.id!r} has no words")
        return self


class ProductClass(_Strict):
    """A product class named without a catalog chip (``gallium``, ``advanced chips``)."""

    name: str = Field(min_length=1)
    phrases: list[str] = Field(min_length=1)
    generic: bool = Field(
        default=False, description="Only a paraphrase of a chip: dropped when a chip is named."
    )
    material: bool = Field(
        default=False,
        description="A raw material (gallium, rare earths): a measure on it is another "
        "measure than one on chips, tools or a firm's goods.",
    )
    control_list: bool = Field(
        default=False,
        description="The items of a control list (dual-use items): named in the sentence "
        "of a law taking effect, it is the law's name, not the trade a measure is on.",
    )

    @field_validator("phrases")
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        return _phrases(values)


class Confidence(_Strict):
    """Base confidence per reading, and the adjustments the detector applies."""

    verb: float = Field(ge=0, le=1)
    base: float = Field(ge=0, le=1)
    event_noun: float = Field(ge=0, le=1)
    state_noun: float = Field(ge=0, le=1)
    explicit_actor: float = Field(ge=-1, le=1)
    named_product: float = Field(ge=-1, le=1)
    anaphoric_actor: float = Field(ge=-1, le=1)


class PredicateFrames(_Strict):
    """English frames around a predicate that make it no act (``predicate_frames.py``).

    Each list holds lower-case phrases searched with word bounds, except ``law_title`` (a
    bounded regex on the original text after a capitalised measure noun).
    """

    court_subjects: list[str] = Field(
        default_factory=list,
        description="A court or its ruling as the clause's subject ('a U.S. trade court', "
        "'the ruling'): what a court blocks or leaves untouched is no government act.",
    )
    court_openers: list[str] = Field(
        default_factory=list,
        description="Words before a court cue that make it a prior clause ('following a court "
        "ruling, Commerce revoked ...'): the government still acts.",
    )
    reaction_heads: list[str] = Field(
        default_factory=list,
        description="Another party's reaction before the measure ('firmly opposes the U.S. "
        "decision to add', 'slammed'): the measure is the reaction's object.",
    )
    complaint_heads: list[str] = Field(
        default_factory=list,
        description="A complaint naming its object after 'over'/'against'/'about' ('will file "
        "a complaint with the WTO over Japan's tighter export rules').",
    )
    complaint_links: list[str] = Field(default_factory=list, description="'over', 'against'.")
    topic_heads: list[str] = Field(
        default_factory=list,
        description="A statement, hearing or report about a measure ('statement on U.S. export "
        "controls'): the measure is the topic of someone's words.",
    )
    hold_verbs: list[str] = Field(
        default_factory=list,
        description="Shelving verbs ('put on hold', 'shelved', 'held off') whose object is a "
        "plan: no measure existed to ease.",
    )
    plan_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs that drop a plan whatever their object names ('shelved a rule', "
        "'held off on curbs'): no measure in force is eased, unless one is announced.",
    )
    planned_objects: list[str] = Field(
        default_factory=list,
        description="Words that make a shelved object a plan ('planned', 'proposed', 'would "
        "have').",
    )
    status_quo: list[str] = Field(
        default_factory=list,
        description="A measure noun followed by these stays as it was ('current rules remain "
        "in place').",
    )
    generic_relative: list[str] = Field(
        default_factory=list,
        description="A plural class noun before 'that'/'which'/'who' and the predicate ('foreign "
        "companies that need a licence'): a definition, not an act.",
    )
    failed: list[str] = Field(
        default_factory=list,
        description="An approval or licence that was not obtained ('after failing to win China "
        "approval').",
    )
    reaction_story_verbs: list[str] = Field(
        default_factory=list,
        description="A headline's verb after its first state that makes the story that "
        "state's reaction ('Japan to study impact of China's gallium curbs'): the other "
        "state's measure told in the body is the reaction's premise.",
    )
    noun_verbs: list[str] = Field(
        default_factory=list,
        description="Plural measure nouns that read as verbs ('sanctions', 'curbs'): after a "
        "determiner and a state ('new Russia sanctions'), the state is the target.",
    )
    compound_determiners: list[str] = Field(
        default_factory=list,
        description="Words before '<state> sanctions' that make it a noun phrase ('new').",
    )
    reaction_conditional_openers: list[str] = Field(
        default_factory=list,
        description="A condition right before the other state in a reaction headline ('China "
        "to take measures if Tokyo restricts ...'): the other state's act is the premise "
        "(round 20).",
    )
    reaction_measure_nouns: list[str] = Field(
        default_factory=list,
        description="Measure nouns that, a few words after another state in a reaction "
        "headline ('China opposes new US export controls'), make that state the modifier "
        'of the measure reacted to, as its "\'s" does.',
    )
    law_title: str = Field(
        default="",
        description="Regex after a capitalised measure noun that makes it part of a law's "
        "name ('Trade Expansion Act').",
    )

    @field_validator(
        "court_subjects",
        "court_openers",
        "reaction_heads",
        "complaint_heads",
        "complaint_links",
        "topic_heads",
        "hold_verbs",
        "plan_verbs",
        "planned_objects",
        "status_quo",
        "generic_relative",
        "failed",
        "noun_verbs",
        "compound_determiners",
        "reaction_story_verbs",
        "reaction_measure_nouns",
        "reaction_conditional_openers",
    )
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        return _phrases(values)

    @field_validator("law_title")
    @classmethod
    def _bounded(cls, value: str) -> str:
        if value and _UNBOUNDED.search(value):
            raise ValueError("law_title must use bounded repeats only")
        re.compile(value)
        return value


class MeasureFrames(_Strict):
    """English frames of a measure: doubted, hypothetical, paid for (``measure_frames.py``).

    Phrases are lower case; ``revenue_share`` is a bounded regex searched in the lower-cased
    headline.
    """

    uncertain_heads: list[str] = Field(
        default_factory=list,
        description="Doubt before a grant ('there is no assurance that licenses will be "
        "granted'): the grant is a possibility, not an act.",
    )
    noun_modals: list[str] = Field(
        default_factory=list,
        description="A modal right after a measure noun ('the authorization would benefit'): "
        "the noun is a hypothetical measure's consequence, not its act.",
    )
    entry_into_force: list[str] = Field(
        default_factory=list,
        description="What a modal may govern for a decided measure ('the ban would take "
        "effect immediately'): backshifted timing of a measure, not a hypothetical.",
    )
    subsidy_cues: list[str] = Field(
        default_factory=list,
        description="Money in an approval's sentence ('an outlay of Rs 76,000 crore to provide "
        "financial support'): a subsidy approval, no event (eval-dev convention).",
    )
    effect_verbs: list[str] = Field(
        default_factory=list,
        description="A past effect right after a measure noun ('export restrictions effectively "
        "eliminated MI308 sales'): the measure is the cause told in an earnings story.",
    )
    effect_objects: list[str] = Field(
        default_factory=list,
        description="What the effect hits ('sales', 'revenue'): the effect is a business one.",
    )
    novelty: list[str] = Field(
        default_factory=list,
        description="A word before the measure noun that makes it news ('new', 'latest'): "
        "'new curbs hit sales' is the curbs' story.",
    )
    condition_verbs: list[str] = Field(
        default_factory=list,
        description="A limit told with its scope ('sales would be limited to approved "
        "customers', 'capped at 50%'): under an easing headline, the easing's terms.",
    )
    firm_reaction_verbs: list[str] = Field(
        default_factory=list,
        description="A firm's reaction opening a headline ('Wingtech urges Dutch side to "
        "...'): the state acts the body retells are the reaction's premise.",
    )
    revenue_share: str = Field(
        default="",
        description="A headline on a share of sales paid to a government ('to pay 15% of China "
        "chip sale revenue to US'): the licences it buys are the news.",
    )
    bill_subjects: list[str] = Field(
        default_factory=list,
        description="A bill as its sentence's subject ('The bill', 'The legislation', 'The "
        "GAIN AI Act'): what it would do is its content, not an act.",
    )
    bill_verbs: list[str] = Field(
        default_factory=list,
        description="What a bill subject does in its description ('would', 'directs', "
        "'seeks to'): the sentence describes a proposal.",
    )
    enacted_cues: list[str] = Field(
        default_factory=list,
        description="A bill made law in the same sentence ('signed into law'): its content "
        "is a measure then.",
    )

    @field_validator(
        "uncertain_heads",
        "noun_modals",
        "entry_into_force",
        "subsidy_cues",
        "effect_verbs",
        "effect_objects",
        "novelty",
        "condition_verbs",
        "firm_reaction_verbs",
        "bill_subjects",
        "bill_verbs",
        "enacted_cues",
    )
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        return _phrases(values)

    @field_validator("revenue_share")
    @classmethod
    def _bounded(cls, value: str) -> str:
        if value and _UNBOUNDED.search(value):
            raise ValueError("revenue_share must use bounded repeats only")
        re.compile(value)
        return value


class InstrumentDefinitions(_Strict):
    """What an instrument is or does, and a duty told as its counterfactual (round 31).

    ``definitions.py`` reads them in every language: a predicate inside a sentence that
    defines a licence programme, waiver or status is no act, nor is a duty told as what
    firms must do without one. Phrases are lower case; CJK words are folded on compiling.
    """

    heads: Words = Field(
        default_factory=dict,
        description="Nouns naming a kind of instrument ('program', 'status', 'waiver', '제도', "
        "'방식', '制度', '仕組み', '机制'): the head a definition describes.",
    )
    copulas: Words = Field(
        default_factory=dict,
        description="A copula closing a Japanese or Korean sentence after its head noun "
        "('이다', '다', 'だ', 'である', 'です'); English reads 'is a … <head> that'.",
    )
    openers: Words = Field(
        default_factory=dict,
        description="A topic or verb that opens a definition ('是指', '所谓', 'とは', '이란'): "
        "what follows it in the sentence says what the term means.",
    )
    relatives: Words = Field(
        default_factory=dict,
        description="English relative clauses after a head that say what the instrument lets "
        "or makes firms do ('which let', 'which allows', 'that requires').",
    )
    naming: Words = Field(
        default_factory=dict,
        description="Words that name a thing in an apposition ('known as', 'so-called', "
        "'dubbed'): a measure noun right after them is a name, no act.",
    )
    negative_conditions: Words = Field(
        default_factory=dict,
        description="A condition of lacking the instrument ('without', '없이는', "
        "'못한 상태에서는', 'なければ', '如果没有'): the duty or act after it is counterfactual.",
    )

    meanings: Words = Field(
        default_factory=dict,
        description="Round 32: a verb saying what a measure means ('means that', 'bedeutet, "
        "dass', '意味着'; after the duty in Japanese and Korean: 'ことを意味する', '것을 "
        "의미한다'): a licence duty told as its meaning is no act of its own.",
    )
    generic_subjects: Words = Field(
        default_factory=dict,
        description="Round 32: measure nouns that, bare and plural at a sentence's start, "
        "speak of measures in general ('export controls', 'sanctions'): with a "
        "``generic_verbs`` verb the duty after them says how such measures work.",
    )
    generic_verbs: Words = Field(
        default_factory=dict,
        description="Round 32: present-tense verbs of a generic subject or a gerund clause "
        "('require', 'makes', 'means') that put a duty on firms in general.",
    )

    @field_validator(
        "heads",
        "copulas",
        "openers",
        "relatives",
        "naming",
        "negative_conditions",
        "meanings",
        "generic_subjects",
        "generic_verbs",
    )
    @classmethod
    def _clean(cls, values: Words) -> Words:
        return _words(values)


class RestrictiveGrants(_Strict):
    """Round 32: a grant given only in exceptional cases is a restriction (``grant_scope.py``).

    "China will approve purchases only in special cases", "erlauben den Import nur in
    Ausnahmefällen", "只有在…特殊情况下，才会批准": the state refuses as the rule; the
    approval word names the exception. Phrases are lower case; CJK words folded on compiling.
    """

    exception_only: Words = Field(
        default_factory=dict,
        description="A scope of exceptional cases only ('only in exceptional cases', 'nur in "
        "Ausnahmefällen', '特殊情况下', '예외적인 경우에만') near an approval or licence grant.",
    )

    attributive_suffixes: Words = Field(
        default_factory=dict,
        description="Chinese, Japanese, Korean endings that make a grant word qualify the "
        "noun after it ('された', '된', '받은', '的').",
    )
    party_nouns: Words = Field(
        default_factory=dict,
        description="Parties a grant word so qualifies ('顧客', '기업', '客户'): an approved "
        "party's standing, no grant.",
    )

    halt_words: Words = Field(
        default_factory=dict,
        description="Round 35: words that stop or suspend ('suspension', 'suspend', '停止', "
        "'暂停', '중단'): of a measure an easing, of a flow or of grants a halt.",
    )
    halted_flows: Words = Field(
        default_factory=dict,
        description="Round 35: what a halt word stops when it is a tightening: a flow of "
        "trade ('exports', 'exportations', '輸出', '수출'), grants of licences ('licences').",
    )

    @field_validator(
        "exception_only", "attributive_suffixes", "party_nouns", "halt_words", "halted_flows"
    )
    @classmethod
    def _clean(cls, values: Words) -> Words:
        return _words(values)


class UngrantedGrants(_Strict):
    """Round 37: an approval or licence not granted: awaited, sought, expected (``approval.py``).

    "仍待美国批准", "争取美国批准", "承認待ち", "허가를 신청했다", "approval … still pending":
    the grant word names what a firm waits for, asks for or expects, so no state has eased
    anything. Grouped by meaning (``awaited``, ``sought``, ``expected``), each keyed by
    language; ``before`` holds the cues that stand before the grant word (Chinese, and the
    European languages before an approval noun), ``after`` those right after it (Japanese and
    Korean, linked by case particles only; the European "still pending" in its clause).
    Phrases are lower case; CJK words folded on compiling.
    """

    before: dict[str, Words] = Field(
        default_factory=dict,
        description="Meaning -> language -> cues before the grant word ('仍待', '申请', "
        "'seeking', 'en attente de').",
    )
    after: dict[str, Words] = Field(
        default_factory=dict,
        description="Meaning -> language -> cues after the grant word ('待ち', '를 신청', "
        "'still pending', 'steht noch aus').",
    )

    @field_validator("before", "after")
    @classmethod
    def _clean(cls, values: dict[str, Words]) -> dict[str, Words]:
        return {meaning: _words(words) for meaning, words in values.items()}


class LanguageScope(_Strict):
    """Round 33: which word lists may fire in an article of a given language (``language.py``).

    Every predicate's list is keyed by its language, yet the tagger matches every list in
    every article: the Spanish "con fines militares" read as the English verb "fines", the
    Italian "detiene" ("holds") as the Spanish "detiene" ("stops"). Phrases are lower case.
    """

    function_words: Words = Field(
        default_factory=dict,
        description="Frequent function words of each Latin-script language, none a word of "
        "another ('the', 'which'; 'der', 'und'; 'les', 'une'): they tell a sentence's "
        "language (an English quote in a German article) and an untagged article's.",
    )
    shared_words: Words = Field(
        default_factory=dict,
        description="Words of the English lists that are words of this language with the "
        "same meaning ('control' in Spanish, 'directives' in French): they still fire.",
    )
    false_friends: Words = Field(
        default_factory=dict,
        description="Words of this language spelt as a word of another language's list with "
        "another meaning ('detiene', Italian 'holds', is the Spanish 'stops'): they do not fire.",
    )

    @field_validator("function_words", "shared_words", "false_friends")
    @classmethod
    def _clean(cls, values: Words) -> Words:
        return _words(values)


class PolicyPatterns(_Strict):
    """Everything the detector knows about wording: predicates, cues, flows, products."""

    version: int = Field(ge=2, le=2)
    actions: dict[str, ActionSpec] = Field(min_length=1)
    irregular_verbs: dict[str, list[str]] = Field(default_factory=dict)
    classes: dict[str, Words] = Field(default_factory=dict)
    predicates: list[Predicate] = Field(min_length=1)
    governing_verbs: Words
    governing_nouns: list[str] = Field(default_factory=list)
    decision_verbs: Words
    decision_nouns: list[str] = Field(default_factory=list)
    instrument_infinitives: Words = Field(
        default_factory=dict,
        description="Round 28: infinitives of imposing after an instrument and its purpose "
        "word ('una orden ejecutiva para imponer un arancel'): they govern the measure noun.",
    )
    novelty_modifiers: Words = Field(default_factory=dict)
    in_force_predicates: Words = Field(
        default_factory=dict,
        description="Round 32: a measure noun's own predicate of entry into force ('took "
        "effect', 'entraron en vigor', '起生效'): the measure is the news, as a new one is.",
    )
    in_force_future: Words = Field(
        default_factory=dict,
        description="Round 34: the entry into force told as to come ('will take effect', "
        "'entreront en vigueur'): read as in_force_predicates when a start follows.",
    )
    in_force_start_words: Words = Field(
        default_factory=dict,
        description="Round 34: starts besides a month name or a number that date a future "
        "entry into force ('next month', 'le mois prochain', 'sofort').",
    )
    in_force_relatives: Words = Field(
        default_factory=dict,
        description="Round 32: a relative pronoun between a measure noun and its entry into "
        "force ('curbs that took effect'): the noun heads another predicate's relative clause.",
    )
    in_force_today_attributes: Words = Field(
        default_factory=dict,
        description="Round 37: a relative or participle clause on a measure noun that puts it "
        "into force today ('the curbs that took effect today', 'die heute in Kraft "
        "getretenen', 'entrées en vigueur aujourd'hui'): the measure is the story's news.",
    )
    probe_findings: Words = Field(
        default_factory=dict,
        description="Round 43: the verb by which a probe noun tells its finding ('a probe "
        "found ... violated', 'l'enquête a conclu que', '調査結果'): with a breach after it, "
        "the probe is concluded, an act of the story.",
    )
    time_frame_openers: Words = Field(
        default_factory=dict,
        description="Round 43: words opening a time frame before a measure noun ('before the "
        "US ban took effect'): the measure's entry into force dates another act, a premise.",
    )
    rule_openers: Words = Field(
        default_factory=dict,
        description="Round 43: prepositions opening a sentence with the measure it applies "
        "('Under rules first imposed in 2022, ...'): with a measure and an earlier year before "
        "the comma, the sentence states standing content, background.",
    )
    in_force_headline: Words = Field(
        default_factory=dict,
        description="Round 43: a headline's present of a plural measure's entry into force "
        "('curbs on chip tools take effect'), read as in_force_predicates in titles only.",
    )
    in_force_apposed: Words = Field(
        default_factory=dict,
        description="Round 43: an aside on a measure noun that dates its entry into force "
        "('the rules, in force since Monday, restrict ...'): with in_force_predicates, the "
        "noun so set apart is a measure of the story, the subject of its present verb.",
    )
    decided_infinitive_heads: Words = Field(
        default_factory=dict,
        description="Round 33: a decision or announcement before a governing verb's "
        "infinitive ('se decide implementar', 'a décidé d'imposer', 'hat angekündigt, … "
        "einzuführen'): the infinitive governs the measure noun.",
    )
    decided_closing_infinitives: Words = Field(
        default_factory=dict,
        description="Round 33: German and Dutch zu/te infinitives of governing verbs that "
        "close the clause after the measure noun ('Exportkontrollen … einzuführen').",
    )
    dated_attributives: Words = Field(
        default_factory=dict,
        description="Round 33: attributive participles of setting a measure after a time "
        "phrase ('die am 9. Oktober angekündigten', '2019年7月に導入した'): the phrase dates "
        "the measure the verb acts on, not the verb.",
    )
    object_relatives: Words = Field(
        default_factory=dict,
        description="Round 33: Romance relative pronouns between a verb and a time phrase "
        "('qu'elle avait imposées le 9 octobre'): the phrase dates the relative clause.",
    )
    modal_verbs: Words = Field(default_factory=dict)
    directive_modals: list[str] = Field(default_factory=list)
    future_modals: list[str] = Field(default_factory=list)
    future_auxiliaries: Words = Field(
        default_factory=dict,
        description="Round 32: the auxiliaries of a periphrastic future ('vai', 'va a', "
        "'vont'): with a governing verb's infinitive they govern the measure noun.",
    )
    modal_exceptions: list[str] = Field(default_factory=list)
    modal_grounds: list[str] = Field(
        default_factory=list,
        description="Round 35: words that give a worry as an act's ground ('citing security "
        "concerns', 'over fears'): the worry noun after them is no modal cue.",
    )
    modal_ground_nouns: list[str] = Field(
        default_factory=list,
        description="Round 35: the modal cues that name a worry ('concerns', 'fears').",
    )
    concern_cues: Words = Field(
        default_factory=dict,
        description="Round 37: concern at a measure ('concerned by', 'besorgt über'): a "
        "modal cue, but not across a comma that closes its own clause before the verb.",
    )
    forecast_after: list[str] = Field(default_factory=list)
    threat_after: list[str] = Field(default_factory=list)
    measure_participles: list[str] = Field(default_factory=list)
    chronicle_cues: list[str] = Field(default_factory=list)
    effective_date_regex: str = r"(?!x)x"
    document_nouns: list[str] = Field(default_factory=list)
    modal_cues: Words
    deontic_cues: Words = Field(default_factory=dict)
    purpose_cues: Words = Field(default_factory=dict)
    reaction_verbs: Words = Field(default_factory=dict)
    after_cues: Words = Field(default_factory=dict)
    announced_after: list[str] = Field(default_factory=list)
    after_background_cues: Words = Field(default_factory=dict)
    after_clause_ends: Words = Field(
        default_factory=dict,
        description="Round 46: the words that close a Chinese, Japanese or Korean 'after' "
        "clause ('…禁止出口H20芯片后，', '…禁止した後、', '…금지한 뒤'): the measure whose "
        "verb the clause holds is earlier than the news (``talk.py``).",
    )
    result_connectives: list[str] = Field(
        default_factory=list,
        description="Round 46: the words that open a clause of result ('从而', 'thereby'): "
        "the act that clause names is as certain as the clause it follows ('新规定可能会将…"
        "纳入黑名单，从而禁止…': a possibility) (``talk.py``).",
    )
    after_clause_end_exclusions: list[str] = Field(
        default_factory=list,
        description="Round 46: words ending in an 'after' character that close no 'after' "
        "clause ('落后' lag, '最后' last, '前后' around) (``talk.py``).",
    )
    retaliation_cause_before: Words = Field(
        default_factory=dict,
        description="Round 30: a cue before a measure noun that names what a retaliation "
        "answers ('in retaliation for US curbs'): the cause, no event of its own.",
    )
    retaliation_cause_after: Words = Field(
        default_factory=dict,
        description="Round 30: the same cue after a CJK measure noun ('…규제 강화에 따른 "
        "보복', '…への報復', '…的反制').",
    )
    causative_verbs: Words = Field(
        default_factory=dict,
        description="Round 30: a verb that makes a state (its object) do what follows "
        "('amener les États-Unis à assouplir'): the goal of the causer, no act.",
    )
    subject_heads: Words = Field(
        default_factory=dict,
        description="Round 32: a government noun between a Japanese or Korean state and its "
        "subject particle ('미국 정부는', '米国政府は'): the state is still the topic.",
    )
    plea_after: Words = Field(
        default_factory=dict,
        description="Round 32: a Japanese or Korean plea verb after the measure ('촉구', "
        "'求め'): the addressee, not the pleading topic, would act.",
    )
    causative_after: Words = Field(
        default_factory=dict,
        description="Round 30: a Japanese or Korean causative ending right after the trigger "
        "('緩和させる', '완화하도록 압박').",
    )
    retaliation_answered: Words = Field(
        default_factory=dict,
        description="Round 30: a Japanese or Korean counter word after a state's noun "
        "phrase ('美 보복 관세 맞대응 차원'): the state is answered, it does not act.",
    )
    non_trade_qualifiers: Words = Field(
        default_factory=dict,
        description="Round 39: what a regulation that is no trade policy governs (energy, "
        "power, environment, building: 'data-centre power rules', '能耗规定', '전력 규제'); "
        "before a rule noun (``non_trade_rule_nouns``) in a restriction's clause without "
        "a trade word (``non_trade_trade_words``), the restriction is no event.",
    )
    non_trade_rule_nouns: Words = Field(
        default_factory=dict,
        description="Round 39: the rule nouns a non-trade qualifier heads ('rules', "
        "'规定', '규제', '規制').",
    )
    non_trade_trade_words: Words = Field(
        default_factory=dict,
        description="Round 39: trade words that keep a restriction trade policy whatever "
        "rule its clause names ('export', '出口', '수출', '輸出').",
    )
    us_acronym_cues: Words = Field(
        default_factory=dict,
        description="Round 31: words of a language whose press writes the United States "
        "as 'EU' ('Estados Unidos', 'EE.UU.', 'estadounidense'): with one of them in the "
        "story and no `eu_acronym_cues`, a bare 'EU' is the United States.",
    )
    eu_acronym_cues: Words = Field(
        default_factory=dict,
        description="Round 31: words that name the European Union in that language "
        "('Unión Europea', 'Bruselas', 'europeo'): the story's 'EU' keeps its reading.",
    )
    negation_cues: Words
    cessation_cues: Words = Field(default_factory=dict)
    reporting_verbs: Words
    reported_modals: list[str]
    denial_cues: list[str]
    noun_modifier_followers: list[str]
    background_cues: Words
    background_year_regex: str
    # Round 27 (h43p): elapsed time before an act ("three months earlier", "hace tres
    # meses", "3个月前") and the words of "last" beside a month name ("julio pasado")
    elapsed_time_regex: str = r"(?!x)x"
    elapsed_last_words: list[str] = Field(default_factory=list)
    elapsed_anchor_words: list[str] = Field(default_factory=list)
    past_perfect_regex: str
    prior_event_markers: list[str]
    since_adverbs: list[str] = Field(
        default_factory=list,
        description="Prior markers that are the adverb 'since then' right after an auxiliary.",
    )
    perfect_auxiliaries: list[str] = Field(
        default_factory=list,
        description="Auxiliaries of the perfect ('have', 'ont') that make 'since' an adverb.",
    )
    prior_clause_openers: list[str] = Field(default_factory=list)
    subordinate_clause_regex: str
    foreground_cues: list[str]
    relative_clause_openers: list[str] = Field(default_factory=list)
    clause_breaks: list[str]
    anaphors: Words
    home_anaphors: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Jurisdiction -> words naming a paper's own government ('het kabinet').",
    )
    demonyms: dict[str, list[str]] = Field(
        default_factory=dict,
        description=(
            "Jurisdiction -> Romance adjectives of nationality; after a measure noun they "
            "name its author ('restricciones estadounidenses')."
        ),
    )
    headline_demonyms: dict[str, list[str]] = Field(
        default_factory=dict,
        description=(
            "Round 29: jurisdiction -> English adjectives of nationality that stand as a "
            "headline's subject right before its verb ('Dutch responds to ...')."
        ),
    )
    agent_prepositions: list[str]
    notified_cues: list[str] = Field(
        default_factory=list,
        description="A firm's disclosure that its government notified it ('informed it "
        "that', '通知を受けた'): a tightening after the cue in the same sentence is that "
        "day's news, even under a headline about the firm's charge.",
    )
    separation_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns of (in)dependence right before an agent preposition "
        "('l'indipendenza dagli Stati Uniti', 'independence from the US'): the preposition "
        "reads 'from', and the state after it is no passive agent.",
    )
    flows: dict[Flow, list[str]]
    default_flow: dict[str, Flow]
    product_classes: list[ProductClass]
    confidence: Confidence
    place_prepositions: list[str]
    relation_prepositions: list[str] = Field(default_factory=list)
    example_openers: list[str] = Field(
        default_factory=list,
        description="A class noun and 'such as' between a place preposition and a list of "
        "states ('to countries such as', 'verso paesi come'): the states are destinations "
        "as if the preposition stood before them (round 35).",
    )
    pair_state_words: list[str] = Field(
        default_factory=list,
        description="Lower-case forms of a state's acronym the catalog reads only in capitals "
        "('usa', 'eua'), which open a lower-case headline's pair of states ('usa cina'): the "
        "state after one is the pair's second half and never acts by position (round 37).",
    )
    recipient_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs of receiving goods ('import', 'buy', 'importare', 'einführen'): a "
        "state that is their subject before a licence or measure word ('Korea can go on "
        "importing without a licence') is where the goods go, not the actor (round 37).",
    )
    backing_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs of backing another's measure ('backed', 'respaldaron', "
        "'hanno sostenuto', 'unterstützten', 'steunden', '지지', '支持'): the states that "
        "back a measure do not take it; the measure's owner named in its phrase does "
        "(round 38).",
    )
    response_openers: list[str] = Field(
        default_factory=list,
        description="Phrases of a firm's response to a measure ('in response to', 'en "
        "réponse aux', 'als Reaktion auf', '为应对'; Japanese and Korean after the measure: "
        "'を受け', '에 대응해'): a measure named in one, before a firm's clause, is its "
        "premise; only a state named in the phrase owns it (round 38).",
    )
    market_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns of a stock exchange or market ('exchange', 'Börse', '证券交易所', "
        "'증시'): a state right before one ('TSMC, a Taiwan Stock Exchange-listed company', "
        "'台湾証券取引所に上場') names where a firm is listed, never an actor (round 38).",
    )
    cjk_destinations: dict[str, list[str]] = Field(
        default_factory=dict,
        description="A target marker written onto a state's one-character abbreviation, by "
        "state ('对华', '対中', '대중국'): the catalog tags no state there, yet the goods go "
        "to it, so that state never acts for the measure (round 38).",
    )
    target_entity_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns of the firms or bodies a list holds ('companies', 'entities', "
        "'aziende', 'Unternehmen', '企业', '기업'): a nationality on one ('36 Chinese "
        "companies', '중국 기업') names the listed entities' state, which never lists them "
        "(round 37).",
    )
    place_exceptions: list[str] = Field(default_factory=list)
    adjectival_followers: list[str]
    participle_preceders: list[str] = Field(default_factory=list)
    participle_heads: list[str] = Field(
        default_factory=list,
        description="Nouns an '-ed' word qualifies right before them ('limited impact', "
        "'restricted effect'): the word is an adjective, no predicate.",
    )
    participle_phrase_followers: list[str] = Field(default_factory=list)
    separable_particles: Words = Field(
        default_factory=dict,
        description="Dutch/German verb particles that move to the clause end ('schort ... op').",
    )
    participle_auxiliaries: list[str] = Field(
        default_factory=list,
        description="Romance auxiliaries: a body participle without one is an adjective.",
    )
    subject_particles: list[str] = Field(default_factory=list)
    joining_particles: list[str] = Field(
        default_factory=list,
        description="Round 39: Korean particles that join a noun to the next one ('이나', "
        "'이랑'): they begin with the subject particle '이' but mark no subject.",
    )
    object_markers: list[str] = Field(default_factory=list)
    directive_markers: list[str] = Field(
        default_factory=list,
        description="Chinese order words ('要求', '指示'): a firm before one gives the order.",
    )
    non_subject_followers: list[str] = Field(default_factory=list)
    quote_cues: list[str] = Field(default_factory=list)
    speaker_cues: Words = Field(default_factory=dict)
    korean_heads: list[str] = Field(default_factory=list)
    split_governing_verbs: Words = Field(
        default_factory=dict,
        description="Round 46: German and Dutch verbs that govern a measure only split around "
        "it or joined at a clause's end ('kündigte ein Verbot … an'), never unsplit: then "
        "their object is a clause (``lexicon.py``).",
    )
    korean_agency_suffixes: list[str] = Field(
        default_factory=list,
        description="Round 46: the endings of a Korean agency's name ('관리국', '무역서'): a "
        "state right before such a name is the agency's, which acts ('대만 국제무역관리국이') "
        "(``acting.py``).",
    )
    business_cues: Words = Field(default_factory=dict)
    determiners: list[str]
    noun_followers: list[str]
    group_nouns: list[str]
    list_separators: list[str]
    passive_auxiliaries: list[str]
    noise_line_prefixes: list[str] = Field(default_factory=list)
    prenominal_demonyms: dict[Lang, dict[str, list[str]]] = Field(
        default_factory=dict,
        description=(
            "German stems and Dutch attributive adjectives of nationality by state; before "
            "a measure noun they name its author ('amerikanische Exportkontrollen'; Round 36)."
        ),
    )
    approval_obligations: Words = Field(default_factory=dict)
    approval_obligations_after: list[str] = Field(default_factory=list)
    approval_procedures: list[str] = Field(default_factory=list)
    approval_procedures_after: list[str] = Field(default_factory=list)
    legal_instruments: list[str] = Field(default_factory=list)
    non_policy_objects: list[str] = Field(default_factory=list)
    non_measure_objects: list[str] = Field(
        default_factory=list,
        description="What a strengthening verb may strengthen that is no measure ('renforcera "
        "la sécurité d'approvisionnement', 'stärkt die Resilienz'): the verb is no tightening.",
    )
    eased_non_measures: list[str] = Field(
        default_factory=list,
        description="What an easing verb may ease that is no measure ('ease tensions over "
        "export controls', 'aliviar a escassez'): the verb is no easing (Round 47).",
    )
    eased_qualifiers: list[str] = Field(
        default_factory=list,
        description="One word allowed before an eased non-measure ('the global shortage', "
        "'growing tensions'; Round 47).",
    )
    study_objects: list[str] = Field(
        default_factory=list,
        description="What an investigating verb studies when it is no probe: a means to an "
        "end ('onderzoekt een nieuwe manier om', 'investigating ways to'; Round 47).",
    )
    idiom_followers: list[str] = Field(
        default_factory=list,
        description="Words after a predicate that make it an idiom ('stopped short of').",
    )
    restating_determiners: list[str] = Field(
        default_factory=list,
        description="Determiners pointing a measure noun back at one told ('同措置').",
    )
    exception_before: list[str] = Field(
        default_factory=list,
        description="Words before a state that exempt it from a measure ('except'): no actor.",
    )
    exception_after: list[str] = Field(
        default_factory=list,
        description="Words after a CJK state that exempt it ('を除き', '제외'): no actor.",
    )
    demand_before: list[str] = Field(
        default_factory=list,
        description="A demand right before an easing verb: asked for, not done ('要求撤回').",
    )
    prevent_before: list[str] = Field(
        default_factory=list,
        description="A verb of preventing a few words before an easing verb: the easing "
        "is what is prevented ('阻止他進一步放寬').",
    )
    generic_states: list[str] = Field(
        default_factory=list,
        description="Unnamed states owning a measure ('各国の規制', 'other countries' "
        "controls'): right before the predicate, nobody named acts.",
    )
    grace_periods: list[str] = Field(
        default_factory=list,
        description="A grace period granted before a measure applies ('120일 유예기간 부여').",
    )
    export_duties: list[str] = Field(
        default_factory=list,
        description="Words of a duty on goods leaving the taxing state ('export tax', "
        "'出口关税'): the one tariff whose flow is export; every other tariff taxes imports.",
    )
    premise_cause_after: Words = Field(
        default_factory=dict,
        description="Markers of cause right after a Japanese or Korean measure noun ('규제로 "
        "인해', '規制により'): the measure is the premise of what follows, no act reported.",
    )
    photo_agencies: list[str] = Field(
        default_factory=list,
        description="Photo agencies a caption's credit ends on ('BRENDAN SMIALOWSKI / AFP'): "
        "the line is a photo's caption, not the story.",
    )
    diplomat_nouns: list[str] = Field(
        default_factory=list,
        description="Diplomats a state summons ('summoned the ambassador', '召见…大使'): a "
        "diplomatic protest, no summons of a firm over chips.",
    )
    event_access_nouns: list[str] = Field(
        default_factory=list,
        description="What a restriction denies a state (its access, capability, capacity: "
        "'China's access to', 'acesso da China', '中国のアクセス', '중국의 … 생산능력'): the "
        "state owning it is the target, never the actor (round 24).",
    )
    event_revoking_verbs: list[str] = Field(
        default_factory=list,
        description="Chinese, Japanese and Korean verbs that revoke a grant, read before "
        "an exemption or authorisation word: the grant is their object, not an easing "
        "('取消…设备豁免'; round 24).",
    )
    event_challenge_nouns: list[str] = Field(
        default_factory=list,
        description="A legal challenge a state brings against another's measure (a "
        "complaint, a lawsuit, an appeal: '제소', '申し立て', 'plainte'): as the object "
        "of an easing verb, a dropped challenge eases no measure (round 24).",
    )
    dateline_regex: str = r"(?!x)x"
    target_particles: list[str] = Field(
        default_factory=list,
        description="Round 45 (from round 44's code): Japanese/Korean particles that close "
        "the phrase a measure falls on ('に対し', '에 대해', '를 대상으로'): a state in that "
        "phrase is the target, never the author (``acting.py``).",
    )
    dative_regex: str = Field(
        default=r"(?!x)x",
        description="Round 45: a Japanese/Korean dative or locative particle closing a "
        "possessed noun phrase before a measure ('한국의 모든 제품에'): the possessor "
        "qualifies the target and owns no part of the measure (``acting.py``).",
    )
    reason_marker_regex: str = Field(
        default=r"(?!x)x",
        description="Round 45: a Japanese/Korean marker right after a measure noun that "
        "makes it a reason or ground ('를 근거로', 'を理由に'): not the verb's object "
        "(``constructs.py``).",
    )
    measure_copula_regex: str = Field(
        default=r"(?!x)x",
        description="Round 45: a Japanese/Korean copula right after a measure noun "
        "('…措置です', '…조치입니다'): a description, not an act (``reading.py``).",
    )
    dated_participle_regex: str = Field(
        default=r"(?!x)x",
        description="Round 45: a participle of announcing or imposing after a measure, "
        "then its time in group 1 ('announced in October', 'annoncées en octobre'): dates "
        "the measure (``talk.py``).",
    )
    relative_pronouns: list[str] = Field(
        default_factory=list,
        description="Round 45: relative pronouns of the languages read ('which', 'che', "
        "'qui', 'die'); one right before a permission verb makes the permission a "
        "capability ('…, che permette di realizzare chip') (``approval.py``).",
    )
    sov_object_particles: list[str] = Field(
        default_factory=list,
        description="Round 45: the Japanese/Korean object particles ('を', '을', '를'): a "
        "plan or request noun right before one and the verb is that verb's object "
        "('申請を承認した': the application is approved), no frame (``talk.py``).",
    )
    infinitive_markers: list[str] = Field(
        default_factory=list,
        description="Round 45: the German and Dutch infinitive markers ('zu', 'te'): the "
        "verb after one is governed by a verb before its comma (``talk.py``, ``actors.py``).",
    )
    genitive_prepositions: list[str] = Field(
        default_factory=list,
        description="Round 45: the prepositions of 'of' ('van', 'des', 'der', 'di'): a "
        "government noun right before one and a state is that state's ('de regering van de "
        "VS') (``actors.py``).",
    )
    capability_verbs: list[str] = Field(
        default_factory=list,
        description="Round 45: verbs of making possible ('permite', 'permet', 'consente', "
        "'erlaubt'): after a relative pronoun and right before a measure's infinitive, the "
        "measure is what a law or a tool allows, no act ('una normativa que permite "
        "restringir importaciones') (``talk.py``).",
    )
    list_heads: list[str] = Field(
        default_factory=list,
        description="Round 45: the head nouns of a list ('list', 'lijst', 'liste'): a "
        "state's adjective before one owns the list (``actors.py``).",
    )
    state_abbreviations: dict[Lang, dict[str, str]] = Field(
        default_factory=dict,
        description="One-character state names of Korean/Japanese headlines ('美' -> US).",
    )
    target_markers: list[str] = Field(
        default_factory=list,
        description="Prefixes that make the state after them a target ('대중국', '対中').",
    )
    case_particles: list[str] = Field(
        default_factory=list,
        description="Korean/Japanese particles after which a verbal noun is a noun ('규제를').",
    )
    standing_after: list[str] = Field(
        default_factory=list,
        description="Japanese/Korean progressive endings: an ongoing state, not an act.",
    )
    standing_before: Words = Field(
        default_factory=dict,
        description="Continuity adverbs before a verb ('nog steeds', 'bislang'): what stands.",
    )
    recent_cues: Words = Field(
        default_factory=dict,
        description="Recent time phrases: background in the body, yet no demotion of a headline.",
    )
    former_office_cues: Words = Field(
        default_factory=dict,
        description=(
            "Round 38: a former office holder or a past administration as the acting subject "
            "('former president', 'l'ex presidente', '前总统', '전 대통령'): its act is history."
        ),
    )
    leader_cues: Words = Field(
        default_factory=dict,
        description=(
            "Round 38: a head of state or government speaking ('总统', '特朗普', '大統領', "
            "'대통령'): their stated future is a declaration of intent."
        ),
    )
    signing_cues: Words = Field(
        default_factory=dict,
        description=(
            "Round 38: a measure signed or issued ('签署', '署名', '서명', '행정명령'): a "
            "leader's stated future beside it is the measure."
        ),
    )
    licence_delay_cues: Words = Field(
        default_factory=dict,
        description=(
            "Round 38: a delay, backlog or slow review of licences ('backlog', '審批延遲', "
            "'許可滞留', '허가 지연'): a halt of sales it causes is administration, no act."
        ),
    )
    halt_order_cues: Words = Field(
        default_factory=dict,
        description=(
            "Round 38: an order to halt ('ordered', '下令', '命じ', '명령'): a halt a state "
            "orders stays an act beside a licence delay."
        ),
    )
    toward_cues: Words = Field(
        default_factory=dict,
        description=(
            "Round 38: 'towards' before a measure noun ('vers de nouvelles restrictions', "
            "'hacia nuevas restricciones', 'verso nuove restrizioni'): a forecast."
        ),
    )
    past_time_phrases: Words = Field(
        default_factory=dict,
        description=(
            "Round 38: a past time phrase after a participle in a measure noun's apposition "
            "('revealed last month', 'annoncées le mois dernier'): an earlier act."
        ),
    )
    recency_adverbs: Words = Field(
        default_factory=dict,
        description=(
            "Adverbs dating an act as recent ('recently', 'onlangs'): an earlier year in "
            "the clause dates its object, not the act."
        ),
    )
    request_cues: Words = Field(
        default_factory=dict,
        description=(
            "A headline's request verb ('baten', 'demandent', 'pediram'): a story of firms "
            "lobbying, whose measures are context."
        ),
    )
    statistics_cues: Words = Field(
        default_factory=dict,
        description=(
            "Trade statistics as a story's source ('Zolldaten', 'dati doganali'): the "
            "measures it names explain the figures, they are not the news."
        ),
    )
    statistics_flows: Words = Field(
        default_factory=dict,
        description="A trade flow in a statistics headline ('exports', 'Ausfuhren', '輸出').",
    )
    statistics_figures: Words = Field(
        default_factory=dict,
        description="A figure moving, nil or counted in a statistics headline ('to zero', 'kein').",
    )
    statistics_periods: Words = Field(
        default_factory=dict,
        description="A period a figure is counted over, besides month names ('first quarter').",
    )
    genre_labels: Words = Field(
        default_factory=dict,
        description=(
            "A genre label that opens the body or the headline ('Editorial.', 'Kommentar:', "
            "'Opinión:'): an opinion piece, whose measures are context (Round 14, eu)."
        ),
    )
    impact_cues: Words = Field(
        default_factory=dict,
        description=(
            "A headline on a measure's impact, exposure or the clarity a deal brings ('to have "
            "limited impact on', 'sees limited impact', 'exposure to', '影响有限', '重创', "
            "'영향 제한적'): a reaction story, whose measures are background unless the "
            "headline states an act."
        ),
    )
    own_approval_claims: Words = Field(
        default_factory=dict,
        description=(
            "A firm's own claim that its products are approved or compliant ('all our "
            "designs', 'fully approved', '所有设计', '모든 설계'), before an easing in its "
            "sentence: the firm talking, not a state's approval (Round 37)."
        ),
    )
    should_after: Words = Field(
        default_factory=dict,
        description=(
            "Japanese and Korean 'should' right after a verb ('すべき', '해야'): an opinion "
            "on what ought to be done, not an act (Round 36)."
        ),
    )
    related_headings: Words = Field(
        default_factory=dict,
        description=(
            "A heading over links to other stories ('Read more', 'Lesen Sie auch', "
            "'Lire aussi', '相关阅读', '関連記事', '관련기사'): on a line of its own, the "
            "headline lines under it are other stories; before a colon, the rest of its "
            "line is one (Round 36)."
        ),
    )
    section_headings: Words = Field(
        default_factory=dict,
        description=(
            "A background section heading on its own ('Histórico', 'Hintergrund'): what "
            "follows it is history, not the day's news (Round 14, eu)."
        ),
    )
    application_channels: Words = Field(
        default_factory=dict,
        description=(
            "A concrete channel for firms to apply ('können sich an das Ministerium wenden'): "
            "a state's announced easing with one is decided, not talk."
        ),
    )
    modal_lemmas: Words = Field(
        default_factory=dict,
        description="Planning verbs of inflected languages: every form is a modal cue.",
    )
    agreement_lemmas: Words = Field(
        default_factory=dict,
        description="Round 37: verbs of agreeing or accepting (every form of the lemma in the "
        "inflected languages, English listed): before a joining infinitive they commit to act.",
    )
    joining_infinitives: Words = Field(
        default_factory=dict,
        description="Round 37: infinitives of joining others or taking part ('to join', "
        "'sumarse', 'se joindre', 'anzuschließen'): after an agreement verb, a commitment.",
    )
    conditional_endings: Words = Field(
        default_factory=dict,
        description="Romance conditional-mood endings: a predicate so inflected is hypothetical.",
    )
    verb_final_modals: Words = Field(
        default_factory=dict,
        description="German/Dutch modals after a verb-final predicate ('untersagen will').",
    )
    inflection_exclusions: list[str] = Field(
        default_factory=list,
        description="Generated forms left out: words of another language ('ferme').",
    )
    consequence_connectives: list[str] = Field(
        default_factory=list,
        description="'因此', 'therefore': the clause after acts for the sentence's subject.",
    )
    passing_concessive_cues: Words = Field(
        default_factory=dict,
        description="A concessive or circumstance cue before a measure ('despite', 'amid', "
        "'a pesar de', 'trotz', '尽管'): the phrase it opens names the measure as another "
        "story's circumstance; a predicate there is background (round 18).",
    )
    passing_analysis_cues: Words = Field(
        default_factory=dict,
        description="A headline that analyses, explains or reacts to a known measure "
        "('explainer', 'what it means', '解读', '해설', '소식에'): read with impact_cues; "
        "its measures are background unless the headline states an act (round 18).",
    )
    passing_verdict_verbs: Words = Field(
        default_factory=dict,
        description="A headline verb of a speaker's verdict ('say', 'warn', 'sehen', "
        "'estiment'): after a speaker cue opening the headline ('Analysts say ...') the "
        "story is an assessment, read as an impact headline (round 18).",
    )
    passing_law_nouns: Words = Field(
        default_factory=dict,
        description="A law as what an approval noun approves ('the Chips Act receives the "
        "final approval', 'approval of the bill'): a legislative act, no grant (round 18).",
    )
    passing_news_tags: Words = Field(
        default_factory=dict,
        description="The bracketed headline tags of news in Korean ('속보', '단독', '종합'): "
        "any other Hangul tag names a column or feature ('[기획]', '[소부장반차장]'), whose "
        "measures are background (round 18).",
    )
    genre_body_nouns: Words = Field(
        default_factory=dict,
        description="The closed class of nouns for an industry body ('association', "
        "'lobby', 'Verband', '协会', '협회'): a headline whose subject is one and whose "
        "verb is its statement tells no state act (round 25).",
    )
    genre_body_names: list[str] = Field(
        default_factory=list,
        description="Named industry bodies, matched case-sensitively as words in the "
        "headline ('SEMI', 'SIA', 'ACEA'): the same role as genre_body_nouns (round 25).",
    )
    legislator_nouns: Words = Field(
        default_factory=dict,
        description="Round 26: legislators as a headline's subject ('senators', "
        "'Abgeordnete', '参议员', '의원'): members of a legislature, not the government.",
    )
    legislator_verbs: Words = Field(
        default_factory=dict,
        description="Round 26: what legislators do in their headline: propose, introduce a "
        "bill, want, urge ('propose', 'wollen', '提出…法案', '발의'); with a legislator noun "
        "before it, the story's acts are the initiative's occasion or content.",
    )
    genre_body_verbs: Words = Field(
        default_factory=dict,
        description="A body's speech act after it in the headline: a statement, urging, "
        "warning, concern ('statement', 'urges', 'warnt', 's'inquiète', '声明', '촉구').",
    )
    genre_topic_openers: Words = Field(
        default_factory=dict,
        description="A headline opened by a topic marker ('就', '关于', 'on'): an act in "
        "that phrase is the topic of the statement that follows it (round 25).",
    )
    passing_concessive_after: Words = Field(
        default_factory=dict,
        description="The same cue after the measure in Japanese and Korean ('にもかかわらず', "
        "'에도 불구하고', an adnominal verb's '가운데,'): the clause before it is background.",
    )
    easing_pushers: Words = Field(
        default_factory=dict,
        description="Round 30: a verb that pushes another party to an easing or holds it "
        "from one ('amener les États-Unis à assouplir', 'daran hindern, … zu lockern', "
        "'pressured Washington to ease'): the easing infinitive after it is an aim, no act.",
    )
    easing_governors: Words = Field(
        default_factory=dict,
        description="Round 30: a word that qualifies a measure as eased ('looser export "
        "controls', 'controles flexibilizados', '완화된 규제'): the measure is what eases, no "
        "tightening, whether the easing is decided, demanded or wished.",
    )
    amend_governors: Words = Field(
        default_factory=dict,
        description="Round 30: a change made to a measure ('a change in its export control "
        "policies', '调整…管制政策', '규정 개정'): in a story of the same state's easing the "
        "measure is what that easing changes, no tightening of its own.",
    )
    consequence_openers: Words = Field(
        default_factory=dict,
        description="A sentence opened by a measure's consequence ('이에 따라', 'これにより', "
        "'此举'): the same state's act in the same direction there restates that measure.",
    )
    government_nouns: list[str] = Field(
        default_factory=list,
        description="Bodies of a state: 'el Gobierno de Estados Unidos' acts for it.",
    )
    verb_suffixes: list[str] = Field(
        default_factory=list,
        description="Korean endings that make a verbal noun a verb ('규제한다', '규제 강화').",
    )
    source_cues: list[str] = Field(
        default_factory=list,
        description="A report's source ('reported', '소식통'): its forecast restates a lead.",
    )
    anonymous_sources: list[str] = Field(
        default_factory=list,
        description="'sources say', 'people familiar': a future they report is not decided.",
    )
    stance_cues: Words = Field(
        default_factory=dict,
        description="A spokesperson's justification of a measure ('international practice', "
        "'not aimed at any country'): before the predicate, stance, not an act.",
    )
    condemnation_cues: Words = Field(
        default_factory=dict,
        description="A state condemning another's measure ('abuse of export controls', "
        "'滥用出口管制', '损人不利己'): anywhere in the sentence, the measure is the "
        "object of the complaint, not reported as news.",
    )
    announce_cues: Words = Field(
        default_factory=dict,
        description="Words that announce a measure ('announced', '宣布', '起施行'): a stance "
        "sentence holding one still states the act.",
    )
    unconfirmed_cues: Words = Field(
        default_factory=dict,
        description="An official neither confirming nor denying reports ('did not confirm', "
        "'未证实'): the article's reported acts are reports, not acts.",
    )
    unconfirmed_refusals: Words = Field(
        default_factory=dict,
        description="Verbs of declining or avoiding ('evitó', 'se negó a', 'declined'): with "
        "at most three words (a time adverbial) and a verb of confirming after them "
        "('evitó este jueves confirmar que…'), the act after is unconfirmed.",
    )
    unconfirmed_confirm_verbs: Words = Field(
        default_factory=dict,
        description="The verbs of confirming that close an `unconfirmed_refusals` phrase "
        "('confirmar', 'to confirm').",
    )
    report_cues: Words = Field(
        default_factory=dict,
        description="The article retells other outlets' reports ('according to reports', "
        "'据报道'): with an official's refusal to confirm, such an act is a report.",
    )
    object_verbs: Words = Field(
        default_factory=dict,
        description="English verbs whose object a state after them is ('hit China with').",
    )
    month_names: Words = Field(
        default_factory=dict,
        description="Month names: a past act dated by a month alone is background.",
    )
    instrument_nouns: list[str] = Field(
        default_factory=list,
        description="Legal instruments that state a measure: 'proclamation on duties'.",
    )
    draft_cues: Words = Field(
        default_factory=dict,
        description="A measure put out in draft ('預告', '행정예고', '意見公募'): a story telling "
        "one, with nothing enacted in it, tells a proposal.",
    )
    enactment_cues: Words = Field(
        default_factory=dict,
        description="A measure enacted or in force ('施行', '시행', '公布'), unless a modal "
        "('予定', '예정', '预计') stands right beside it.",
    )
    pending_cues: Words = Field(
        default_factory=dict,
        description="A licence's terms not yet accepted, still negotiated ('尚未接受', "
        "'仍在谈判'): an approval in such a story is not granted yet.",
    )
    licence_terms: Words = Field(
        default_factory=dict,
        description="A licence's terms to comply with ('许可条款', '授权条款'): an obligation "
        "to comply with them is no new licence duty.",
    )
    research_cues: Words = Field(
        default_factory=dict,
        description="A brokerage or research house ('증권', '証券', '券商'): its assessment in "
        "the headline or first sentence makes the article an analysis.",
    )
    assessment_cues: Words = Field(
        default_factory=dict,
        description="What an analyst does ('분석했다', '진단했다', '전망했다'): with a research "
        "house, an analysis, not news of a measure.",
    )
    disowned_formality_cues: Words = Field(
        default_factory=dict,
        description="A body saying the act told is no formal announcement ('not a formal "
        "announcement', 'no constituyen un anuncio formal'): remarks, not a measure.",
    )
    clarification_cues: Words = Field(
        default_factory=dict,
        description="A measure said in a headline not to be a ban ('不是禁止出口', "
        "'禁止ではない', '금지 아냐'): a follow-up explaining it, not the measure.",
    )
    standing_rule: Words = Field(
        default_factory=dict,
        description="A rule told as the law's standing content ('법률상', '现行规定'): the "
        "duty after it is no new measure.",
    )
    standing_frames: Words = Field(
        default_factory=dict,
        description="Round 37: a frame of the rule in force before a measure's trigger in "
        "its sentence ('currently', 'under current rules', 'derzeit', '現在は', '目前，'): "
        "the measure is explained as how things work, background of the story.",
    )
    standing_openers: Words = Field(
        default_factory=dict,
        description="Round 37: a conditional purpose opening the sentence ('to export', "
        "'pour exporter', 'para exportar'): the duty after it is the rule as it stands.",
    )
    standing_vetoes: Words = Field(
        default_factory=dict,
        description="Round 37: words that make a sentence with a standing frame tell a new "
        "act ('new', 'from today', 'ab sofort', '新た', '새로운', '起'): kept as news.",
    )
    in_force_today: Words = Field(
        default_factory=dict,
        description="Round 37: a main clause putting a measure into force today, after its "
        "trigger ('きょうから適用', 'takes effect today', 'ab heute'): an earlier time cue "
        "before it dates a relative clause inside, the act of today is the news.",
    )
    question_cues: Words = Field(
        default_factory=dict,
        description="A reporter's question ('一事提问'): the measure it names is its premise.",
    )
    licence_review: Words = Field(
        default_factory=dict,
        description="An export licence under review ('出口审查'): no investigation.",
    )
    promise_cues: Words = Field(
        default_factory=dict,
        description="'will allow' after a reporting verb ('表示将允许'): a promise, no grant.",
    )
    discourse_markers: Words = Field(
        default_factory=dict,
        description="Discourse phrases that hold a predicate word ('需要指出的是'): no act.",
    )
    reaction_stance: Words = Field(
        default_factory=dict,
        description="A reacting state's stance in a headline or lead ('断固反対', '반대 입장', "
        "'坚决反对'): with a speaker cue there, the article is the reaction, not the measure.",
    )
    administered_cues: Words = Field(
        default_factory=dict,
        description="Round 26: a headline's act done 'according to laws and regulations' "
        "('依法依规', 'in accordance with laws and regulations'): the standing regime "
        "administered; its tightening acts are no new measure.",
    )
    reaction_object_openers: Words = Field(
        default_factory=dict,
        description="Round 26: words that open a clause of its own after a headline's "
        "reaction verb ('China protests as US imposes curbs'): what follows is no object "
        "of the reaction but an act told in its own clause.",
    )
    reaction_comment_cues: Words = Field(
        default_factory=dict,
        description="Round 31: a reaction told as a comment or a statement after its "
        "speaker at a headline's end ('…改正に中国商務部がコメント', '… 商务部发表评论'): with "
        "a colon or a reaction verb, the predicate of an answer to the measure told before.",
    )
    briefing_speakers: Words = Field(
        default_factory=dict,
        description="Who reacts at a briefing ('发言人', '報道官', '대변인', '外交部'): with a "
        "stance cue in the headline or lead, a reaction story.",
    )
    dating_month_start: Words = Field(
        default_factory=dict,
        description="Round 19 (issue 11): the start of a month before its name ('early', "
        "'début', 'Anfang', 'principios de', 'inizio', 'início de', 'begin'): a month part.",
    )
    dating_month_middle: Words = Field(
        default_factory=dict,
        description="Round 19: the middle of a month before its name ('mid', 'à la mi', "
        "'Mitte', 'mediados de', 'metà', 'meados de', 'half'): a month part.",
    )
    dating_month_end: Words = Field(
        default_factory=dict,
        description="Round 19: the end of a month before its name ('late', 'fin', 'Ende', "
        "'finales de', 'fine', 'final de', 'eind'): a month part.",
    )
    intent_plan_cues: Words = Field(
        default_factory=dict,
        description="Round 19 (issue 11): a state's plan or wish right before its act ('plans "
        "to', 'prévoit de', 'tiene previsto', 'querem'): when the lead restates the "
        "headline's act so, the story tells a plan (``intents.py``).",
    )
    bill_source_nouns: Words = Field(
        default_factory=dict,
        description="Round 21 (issue 11): a bill, draft law or proposal as the source of a "
        "clause ('the bill', 'der Gesetzentwurf', 'le projet de loi', '该法案', '이 법안'): "
        "the measures after it are its content (``bills.py``). Never a law in force.",
    )
    bill_source_openers: Words = Field(
        default_factory=dict,
        description="Round 21: the words that may stand before a bill noun at a clause's start "
        "in alphabetic scripts ('the', 'under this', 'selon le'): determiners, basis words.",
    )
    bill_measure_anaphors: Words = Field(
        default_factory=dict,
        description="Round 21: 'the measure' in the sentence right after a bill's provision "
        "('该措施', 'this measure', 'diese Maßnahme', 'この措置'): the bill, retold.",
    )
    bill_enacted_cues: Words = Field(
        default_factory=dict,
        description="Round 21: a bill made law or a law in force in the sentence ('signed into "
        "law', '签署成为法律', 'in Kraft'): its content stays news.",
    )
    leak_headline_modals: Words = Field(
        default_factory=dict,
        description="Round 18, class A: a headline's future or conditional ('to be', 'set "
        "to', '拟', '或', '방침', 'soll', 'devrait'): with a report or unnamed sources and no "
        "act done, the story reports a leak.",
    )
    weighing_headline_verbs: Words = Field(
        default_factory=dict,
        description="Round 28: a state in a headline that considers, weighs or prepares a "
        "measure ('US considers', 'le Japon envisage', 'Trump prepara'), Latin script: with "
        "no act in the headline and no start in the story, the story is the plan.",
    )
    speech_headline_cues: Words = Field(
        default_factory=dict,
        description="Round 44: a headline that reports a speech, remarks or testimony "
        "('Delivers Opening Remarks at … Hearing'): with no act of its own, the acts the body "
        "tells are the speaker's words about them.",
    )
    shortage_cues: Words = Field(
        default_factory=dict,
        description="Round 33: a chip shortage as a headline's news ('for lack of chips', "
        "'per mancanza chip', '芯片短缺'): with no act in the headline, the measures the "
        "story tells are the shortage's cause.",
    )
    firm_act_cues: Words = Field(
        default_factory=dict,
        description="Round 36: a firm's own act after its name in a headline or a lead "
        "('results', '财报', '決算', '실적', 'Quartalszahlen', 'résultats'), by meaning: "
        "results and calls, launches, its own sales or production decisions, statements "
        "and meetings, investments and plants, forecasts. With the firm as subject and no "
        "state act in that frame, the measures the body tells are the story's background.",
    )
    firm_act_verbs: list[str] = Field(
        default_factory=list,
        description="Round 36: English lemmas of a firm's own acts ('report', 'launch', "
        "'unveil'), inflected once by the morphology; read as ``firm_act_cues``.",
    )
    firm_descriptors: Words = Field(
        default_factory=dict,
        description="Round 36: a descriptor before a firm named with its home state ('US "
        "chipmaker Nvidia', '美国芯片巨头英伟达'): the state qualifies the firm, which stays "
        "the subject of its own act's frame.",
    )
    call_transcript_roles: Words = Field(
        default_factory=dict,
        description="Round 36: a results call transcript's speaker marks ('operator', "
        "'chief financial officer', 'analyst'): lines naming them make the body the "
        "firm's call; the executives' remarks about export controls are its talk.",
    )
    reprint_lines: Words = Field(
        default_factory=dict,
        description="Round 28: a site's copyright or reprint line ('All rights reserved', "
        "'무단전재·재배포 금지', '转载请注明'): boilerplate, whose 'prohibited' bans nothing.",
    )
    leak_attributions: Words = Field(
        default_factory=dict,
        description="Round 18, class A: a report or unnamed sources as the story's ground "
        "('according to the report', '外媒', '知情人士', '関係者によると', '소식통').",
    )
    response_cues: Words = Field(
        default_factory=dict,
        description="Round 18, class B: a headline reporting an answer ('responds to', "
        "'defends', '回应', '答记者问', '説明', '해명').",
    )
    response_prior_cues: Words = Field(
        default_factory=dict,
        description="Round 18, class B: the act dated before the answer ('日前', 'last "
        "week', '先日', '지난주'), in a sentence that tells it.",
    )
    response_fresh_cues: Words = Field(
        default_factory=dict,
        description="Round 36: a day within the fresh window of the answer ('yesterday', "
        "'昨天', '前日', '어제'): an answering state's own act so dated is the story's news.",
    )
    sov_act_heads: Words = Field(
        default_factory=dict,
        description="Round 19: the head nouns of a Korean relative clause that carry its "
        "act ('조치', '규정', '등'); a trigger verb in the adnominal non-past before any other "
        "noun ('제한하는 품목') describes a standing regime.",
    )
    response_premise_openers: Words = Field(
        default_factory=dict,
        description="Round 18, class B: the answer's premise clause ('针对…，', 'Asked about', "
        "'…について'): the act it names is known before the answer.",
    )
    self_decision: Words = Field(
        default_factory=dict,
        description="The reacting state's own decision in a sentence ('决定', '宣布对', "
        "'決定した', '결정했'): an act there stays news in a reaction story.",
    )
    market_cues: Words = Field(
        default_factory=dict,
        description="A share-price headline ('一段安', '関連株', '股价', '관련주'): the "
        "measures it tells are the market's context.",
    )
    accusation_cues: Words = Field(
        default_factory=dict,
        description="An accusation before a predicate in a condemnation ('滥用', '남용', "
        "'乱用'): the complaint restates the other side's measure; no event.",
    )
    trade_activity: Words = Field(
        default_factory=dict,
        description="Trade under way ('輸出活動', '수출입 활동', '相关活动') right before a verb "
        "of stopping: the stop is part of a ban, no measure lifted.",
    )
    lawcase_cues: Words = Field(
        default_factory=dict,
        description="A criminal case ('fraud', 'police', 'charged with', '诈骗', '警察', "
        "'사기', 'Betrug'): an investigation told with one in its sentence or headline is "
        "law enforcement, no probe of a firm by a regulator (round 20).",
    )
    lawsuit_cues: Words = Field(
        default_factory=dict,
        description="A lawsuit brought or a court's own proceeding in the headline ('sues', "
        "'告上法院', '提訴', '소송을 제기', '裁判所は'): the suit or the court is the news, the "
        "measures it challenges or rules on are its background (round 32).",
    )
    review_procedure: Words = Field(
        default_factory=dict,
        description="A review as the procedure of a decision ('经审查，决定…批准'): no "
        "investigation of its own.",
    )
    violation_before: Words = Field(
        default_factory=dict,
        description="Round 26: a verb or noun of breach or evasion a few words before a measure "
        "('breach US export curbs', 'in violation of', '违反美国出口管制', 'Verstoß gegen'): "
        "the measure is the yardstick of someone's conduct, no act of the story.",
    )
    suspicion_cues: Words = Field(
        default_factory=dict,
        description="Round 35: a suspicion between a breach and a probe ('違反の疑いで調査', "
        "'涉嫌违反…调查', '위반 혐의로 조사'): the breach is the probe's ground, the probe an act.",
    )
    violation_after: list[str] = Field(
        default_factory=list,
        description="Round 26: breach right after a Japanese or Korean measure ('制裁違反', "
        "'수출통제 위반', '규제를 위반'): no act of the story.",
    )
    precondition_before: Words = Field(
        default_factory=dict,
        description="Round 26: a precondition right before an approval ('until', 'pending', "
        "'prior to', 'avant', 'antes de', 'bis zur'): the approval a deal or export waits "
        "for is a licence duty, no grant.",
    )
    approval_without_after: list[str] = Field(
        default_factory=list,
        description="Round 30: 'without' right after a Japanese or Korean approval word "
        "('認可なしで輸出することを禁じ', '허가 없이'): the approval is what a ban or "
        "control withholds, no grant.",
    )
    approval_tightened_after: Words = Field(
        default_factory=dict,
        description="Round 30: a tightening of its terms right after a Japanese or Korean "
        "approval word ('승인에 대한 조건 강화', '審査を厳格化'): the approval is that "
        "tightening's object, no grant.",
    )
    approval_withdrawn_before: Words = Field(
        default_factory=dict,
        description="Round 30: a verb that takes a grant away or makes it harder, a few "
        "words before an approval noun ('losing its authorization', 'stricter approval'): "
        "the approval is the object of a tightening, no grant.",
    )
    precondition_after: list[str] = Field(
        default_factory=list,
        description="Round 26: a precondition right after an approval ('approval before "
        "exporting', '获得批准前', '承認まで', '승인 전까지'): a licence duty, no grant.",
    )
    basis_cues: Words = Field(
        default_factory=dict,
        description="A law named as a decision's basis ('根据《出口管制法》'): not in force news.",
    )
    law_nouns: Words = Field(
        default_factory=dict,
        description="A whole law or regulation ('輸出管制法', '条例'): one in force that names "
        "no chip, chip tool or material is no chip measure.",
    )
    predicate_frames: PredicateFrames = Field(
        default_factory=PredicateFrames,
        description="English frames that make a predicate no act: courts, reactions, topics, "
        "shelved plans, the status quo, definitions, approvals not won, law names.",
    )
    measure_frames: MeasureFrames = Field(
        default_factory=MeasureFrames,
        description="English frames of a measure: doubted grants, hypothetical measure "
        "nouns, subsidy approvals, measures as an earnings effect's cause, revenue shares.",
    )
    conditional_approval_cues: Words = Field(
        default_factory=dict,
        description="Round 31: a headline that says its approval carries conditions "
        "('조건부', 'mediante condições', 'with conditions', '条件付き'): the same state's "
        "undated background tightenings of the same product are its terms.",
    )
    instrument_definitions: InstrumentDefinitions = Field(
        default_factory=InstrumentDefinitions,
        description="Round 31: an instrument's definition or its counterfactual duty, every "
        "language (``definitions.py``): no act.",
    )
    restrictive_grants: RestrictiveGrants = Field(
        default_factory=RestrictiveGrants,
        description="Round 32: a grant only in exceptional cases, a restriction; round 35: "
        "a halt of a flow or of grants, a tightening (``grant_scope.py``).",
    )
    ungranted_grants: UngrantedGrants = Field(
        default_factory=UngrantedGrants,
        description="Round 37: an approval or licence awaited, sought or expected, no grant "
        "(``approval.py``).",
    )
    language_scope: LanguageScope = Field(
        default_factory=LanguageScope,
        description="Round 33: the word lists that may fire in an article's language "
        "(``language.py``).",
    )

    @field_validator(
        "governing_nouns",
        "decision_nouns",
        "participle_phrase_followers",
        "participle_auxiliaries",
        "subject_particles",
        "joining_particles",
        "object_markers",
        "directive_markers",
        "non_subject_followers",
        "quote_cues",
        "korean_heads",
        "korean_agency_suffixes",
        "reported_modals",
        "denial_cues",
        "directive_modals",
        "announced_after",
        "future_modals",
        "modal_exceptions",
        "forecast_after",
        "threat_after",
        "measure_participles",
        "chronicle_cues",
        "document_nouns",
        "noun_modifier_followers",
        "prior_event_markers",
        "since_adverbs",
        "perfect_auxiliaries",
        "prior_clause_openers",
        "foreground_cues",
        "agent_prepositions",
        "place_prepositions",
        "relation_prepositions",
        "example_openers",
        "pair_state_words",
        "recipient_verbs",
        "backing_verbs",
        "response_openers",
        "market_nouns",
        "target_entity_nouns",
        "place_exceptions",
        "adjectival_followers",
        "firm_act_verbs",
        "participle_preceders",
        "participle_heads",
        "non_measure_objects",
        "study_objects",
        "eased_non_measures",
        "eased_qualifiers",
        "determiners",
        "noun_followers",
        "group_nouns",
        "passive_auxiliaries",
        "non_policy_objects",
        "grace_periods",
        "export_duties",
        "diplomat_nouns",
        "photo_agencies",
        "event_challenge_nouns",
        "event_revoking_verbs",
        "event_access_nouns",
        "idiom_followers",
        "demand_before",
        "prevent_before",
        "exception_before",
        "restating_determiners",
        "exception_after",
        "approval_obligations_after",
        "approval_without_after",
        "precondition_after",
        "violation_after",
        "approval_procedures",
        "approval_procedures_after",
        "legal_instruments",
        "target_markers",
        "case_particles",
        "target_particles",
        "list_heads",
        "capability_verbs",
        "genitive_prepositions",
        "infinitive_markers",
        "sov_object_particles",
        "after_clause_end_exclusions",
        "result_connectives",
        "relative_pronouns",
        "standing_after",
        "instrument_nouns",
        "inflection_exclusions",
        "consequence_connectives",
        "government_nouns",
        "verb_suffixes",
        "source_cues",
        "anonymous_sources",
    )
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        return _phrases(values)

    @field_validator(
        "governing_verbs",
        "decision_verbs",
        "modal_verbs",
        "modal_cues",
        "concern_cues",
        "deontic_cues",
        "purpose_cues",
        "instrument_infinitives",
        "future_auxiliaries",
        "reaction_verbs",
        "after_cues",
        "after_background_cues",
        "after_clause_ends",
        "split_governing_verbs",
        "retaliation_cause_before",
        "retaliation_cause_after",
        "premise_cause_after",
        "retaliation_answered",
        "non_trade_qualifiers",
        "non_trade_rule_nouns",
        "non_trade_trade_words",
        "causative_verbs",
        "causative_after",
        "subject_heads",
        "plea_after",
        "us_acronym_cues",
        "eu_acronym_cues",
        "novelty_modifiers",
        "in_force_predicates",
        "in_force_future",
        "in_force_start_words",
        "in_force_relatives",
        "in_force_today_attributes",
        "in_force_apposed",
        "in_force_headline",
        "rule_openers",
        "time_frame_openers",
        "probe_findings",
        "dated_attributives",
        "object_relatives",
        "decided_infinitive_heads",
        "decided_closing_infinitives",
        "separable_particles",
        "business_cues",
        "speaker_cues",
        "stance_cues",
        "condemnation_cues",
        "announce_cues",
        "unconfirmed_cues",
        "unconfirmed_refusals",
        "unconfirmed_confirm_verbs",
        "report_cues",
        "negation_cues",
        "cessation_cues",
        "reporting_verbs",
        "background_cues",
        "anaphors",
        "approval_obligations",
        "recent_cues",
        "recency_adverbs",
        "former_office_cues",
        "leader_cues",
        "signing_cues",
        "licence_delay_cues",
        "halt_order_cues",
        "toward_cues",
        "past_time_phrases",
        "application_channels",
        "statistics_cues",
        "statistics_flows",
        "statistics_figures",
        "statistics_periods",
        "request_cues",
        "genre_labels",
        "impact_cues",
        "section_headings",
        "related_headings",
        "should_after",
        "own_approval_claims",
        "standing_before",
        "modal_lemmas",
        "agreement_lemmas",
        "joining_infinitives",
        "conditional_endings",
        "verb_final_modals",
        "object_verbs",
        "month_names",
        "draft_cues",
        "enactment_cues",
        "pending_cues",
        "licence_terms",
        "research_cues",
        "assessment_cues",
        "standing_rule",
        "standing_frames",
        "standing_openers",
        "standing_vetoes",
        "in_force_today",
        "clarification_cues",
        "disowned_formality_cues",
        "law_nouns",
        "discourse_markers",
        "promise_cues",
        "licence_review",
        "question_cues",
        "basis_cues",
        "reaction_stance",
        "reaction_object_openers",
        "reaction_comment_cues",
        "administered_cues",
        "briefing_speakers",
        "self_decision",
        "leak_headline_modals",
        "weighing_headline_verbs",
        "reprint_lines",
        "shortage_cues",
        "speech_headline_cues",
        "firm_act_cues",
        "firm_descriptors",
        "call_transcript_roles",
        "intent_plan_cues",
        "bill_source_nouns",
        "bill_source_openers",
        "bill_enacted_cues",
        "bill_measure_anaphors",
        "dating_month_start",
        "dating_month_middle",
        "dating_month_end",
        "leak_attributions",
        "response_cues",
        "response_prior_cues",
        "response_fresh_cues",
        "response_premise_openers",
        "sov_act_heads",
        "market_cues",
        "accusation_cues",
        "consequence_openers",
        "easing_pushers",
        "easing_governors",
        "amend_governors",
        "passing_concessive_cues",
        "passing_concessive_after",
        "genre_body_nouns",
        "genre_body_verbs",
        "legislator_nouns",
        "legislator_verbs",
        "genre_topic_openers",
        "passing_analysis_cues",
        "passing_verdict_verbs",
        "passing_law_nouns",
        "passing_news_tags",
        "trade_activity",
        "lawcase_cues",
        "lawsuit_cues",
        "review_procedure",
        "precondition_before",
        "approval_withdrawn_before",
        "approval_tightened_after",
        "violation_before",
        "conditional_approval_cues",
    )
    @classmethod
    def _clean_words(cls, values: Words) -> Words:
        return _words(values)

    @field_validator("home_anaphors", "demonyms", "headline_demonyms")
    @classmethod
    def _clean_home(cls, values: dict[str, list[str]]) -> dict[str, list[str]]:
        return {code.upper(): _phrases(words) for code, words in values.items()}

    @field_validator("classes")
    @classmethod
    def _clean_classes(cls, values: dict[str, Words]) -> dict[str, Words]:
        return {name: _words(words) for name, words in values.items()}

    @field_validator("irregular_verbs")
    @classmethod
    def _irregular(cls, values: dict[str, list[str]]) -> dict[str, list[str]]:
        for lemma, forms in values.items():
            if len(forms) < 4:
                raise ValueError(f"irregular verb {lemma!r}: give -s, past, participle, -ing")
        # Not de-duplicated: "put" is its own past and participle.
        return {k.casefold(): [f.strip().casefold() for f in v] for k, v in values.items()}

    @field_validator("flows")
    @classmethod
    def _clean_flows(cls, values: dict[Flow, list[str]]) -> dict[Flow, list[str]]:
        return {flow: _phrases(words) for flow, words in values.items()}

    @field_validator("clause_breaks", "list_separators", "relative_clause_openers")
    @classmethod
    def _keep_spacing(cls, values: list[str]) -> list[str]:
        # Separators are matched literally, spaces included, so they are not stripped.
        if any(not value for value in values):
            raise ValueError("empty separator")
        return [value.casefold() for value in values]

    @field_validator("noise_line_prefixes")
    @classmethod
    def _prefixes(cls, values: list[str]) -> list[str]:
        return [value.casefold().lstrip() for value in values if value.strip()]

    @field_validator(
        "background_year_regex",
        "past_perfect_regex",
        "subordinate_clause_regex",
        "dateline_regex",
        "elapsed_time_regex",
        "dative_regex",
        "reason_marker_regex",
        "measure_copula_regex",
        "dated_participle_regex",
    )
    @classmethod
    def _bounded_regex(cls, value: str) -> str:
        if _UNBOUNDED.search(value):
            raise ValueError(f"unbounded repeat in {value!r}: use {{m,n}}")
        re.compile(value)
        return value

    @model_validator(mode="after")
    def _consistent(self) -> PolicyPatterns:
        ids = [p.id for p in self.predicates]
        if len(ids) != len(set(ids)):
            raise ValueError("predicate ids must be unique")
        for name in self.actions:
            if not re.fullmatch(ACTION_NAME, name):
                raise ValueError(f"action name {name!r} must be lower-case letters")
        for predicate in self.predicates:
            if predicate.action not in self.actions:
                raise ValueError(
                    f"predicate {predicate.id!r} uses action {predicate.action!r}, "
                    f"not one of `actions` ({', '.join(self.actions)})"
                )
            if predicate.negated and predicate.negated not in ids:
                raise ValueError(
                    f"predicate {predicate.id!r} reads as {predicate.negated!r} when negated, "
                    "not a predicate id"
                )
            if predicate.needs and predicate.needs.word_class not in self.classes:
                raise ValueError(
                    f"predicate {predicate.id!r} needs class {predicate.needs.word_class!r}, "
                    "not one of `classes`"
                )
        if "*" not in self.default_flow:
            raise ValueError("default_flow needs a '*' entry")
        return self
