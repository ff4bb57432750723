"""Reading one candidate sentence: actor + predicate + object, and whether it is news.

The tagger has found a predicate phrase (a keyword of the lexicon) in a sentence. The
reader decides, with bounded regexes over bounded windows of that sentence:

* the predicate's reading: which of its meaning groups and grammatical forms fits the
  words around it (a finite verb, "to ban" under a decision verb, "by banning", a noun
  under a governing verb before it or a passive participle after it, a construction
  whose needed word stands nearby: "lift" + a measure, "revoke" + a licence);
* talk against action: modality, negation, denial, questions, a conditional opening,
  Japanese and Korean cues after the verb; a present-tense relative clause describes
  a standing rule, not news;
* the actor: a passive agent after the predicate, the author right before a noun
  ("US entity list"), the nearest acting jurisdiction or regulator before it (not a
  place, a qualifier, a possessive of a firm, a dateline), a source that "said" it, an
  actor inside the object ("US approvals"), then the previous actor for anaphora and
  for CJK sentences without a subject, and for a headline the lead's actor;
* the object: chips, equipment and product classes of the clause, firms as targets,
  the flow by the nearest flow cue;
* main news against background: time phrases, years before the article's own year,
  the past perfect, "after the halt", a past relative clause.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from schemas.article import Flow
from streams.core.lexicon import Lexicon, Reading, has_cjk, normal
from streams.core.mentions import Mention
from streams.core.segment import Sentence, sentence_at

_MAX_SEGMENT: Final = 360  # chars either side of a trigger segmented into sentences
CONTEXT: Final = 240  # chars of sentence kept on each side of a trigger
_PRE_WINDOW: Final = 60  # chars before a noun searched for its governing verb
_POST_WINDOW: Final = 45  # chars after a noun searched for a passive participle
_DECISION_WINDOW: Final = 90  # chars before "to <base verb>" searched for "told", "ordered"
_REPORTING_WINDOW: Final = 60  # chars before "would"/"had" searched for "said"
_AGENT_WINDOW: Final = 90  # chars after a trigger searched for "by <actor>"
_MODAL_WINDOW: Final = 60
_NEGATION_WINDOW: Final = 32
_CJK_MODAL_WINDOW: Final = 24
_CJK_NEGATION_WINDOW: Final = 12
_AFTER_WINDOW: Final = 16  # chars after a Japanese/Korean verb searched for its modality
_LEAD: Final = 500  # chars of the body that make its lead (a headline's implied actor)

_SOV = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")  # kana or hangul: object before verb
_WORD_BEFORE = re.compile(r"([A-Za-z'’-]{1,20})\W{0,3}$")
_WORD_AFTER = re.compile(r"^\s{0,3}([A-Za-z'’.-]{1,20})")
_WORDS_AFTER = re.compile(r"[A-Za-z'’.-]{1,20}")
_THE_AT_END = re.compile(r"\b(?:the|a|an)\s{1,3}$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s{1,3}$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s{1,3}$", re.IGNORECASE)
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w-]{0,20}\s{1,2}$")
_ADJECTIVE_EARLIER = re.compile(
    r"earlier\s{1,3}(?!(?:was|has|is|this|as|its|thus)\b)[a-z]{2,20}s\b"
)
_IN_YEAR = re.compile(r"(?:in|since|im|seit|en|desde|nel|em|sinds|depuis)\s", re.I)
_BY_AGENT = re.compile(r"\bby\s{1,3}(?:the\s{1,3})?$")
_QUESTION_END = re.compile(r"[?？]\W{0,3}$|吗[。？]?$")
_CONDITIONAL = re.compile(r"^\W{0,3}(?:if|unless|should|wenn|falls|si|se|als|如果|若|一旦)\b", re.I)
_GOVERNMENT = frozenset(
    [
        "regulator",
        "regulators",
        "ministry",
        "ministries",
        "government",
        "authorities",
        "authority",
        "officials",
        "department",
        "agency",
        "commission",
        "customs",
        "administration",
        "cabinet",
        "bureau",
        "council",
    ]
)
_NOT_MODIFIERS = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "met",
        "said",
        "says",
        "told",
        "on",
        "in",
        "to",
        "and",
        "also",
        "has",
        "on",
        "of",
        "for",
        "with",
        "at",
        "by",
        "from",
        "could",
        "may",
        "might",
    ]
)
START_OF = operator.attrgetter("start")


@dataclass(slots=True)
class Draft:
    """An event before merging, with what the merge needs to order its parts."""

    jurisdiction: str
    action: str
    flow: Flow
    direction: str
    products: list[str]
    targets: list[str]
    primary: bool
    evidence: str
    confidence: float
    rule: str
    order: int
    start: int = 0
    has_named_product: bool = False
    generic_only: bool = False
    consumes: int = -1
    in_title: bool = False


@dataclass(slots=True)
class Field:
    """One field of the article (title or body) with its mentions by type, sorted."""

    name: str
    text: str
    low: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    triggers: list[Mention] = field(default_factory=list)
    products: list[Mention] = field(default_factory=list)
    chips: list[Mention] = field(default_factory=list)
    equipment: list[Mention] = field(default_factory=list)
    firms: list[Mention] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)
    # Which jurisdiction mentions may act (not "exports to China"), by start offset;
    # decided on first use, since most mentions never sit near a trigger.
    acting: dict[int, bool] = field(default_factory=dict)

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing ``pos``: only the text around it is segmented."""
        for sentence in self.sentences:
            if sentence.start <= pos < sentence.end:
                return sentence
        lo = max(0, pos - _MAX_SEGMENT)
        newline = self.text.rfind("\n", lo, pos)
        lo = newline + 1 if newline >= 0 else lo
        hi = self.text.find("\n", pos, pos + _MAX_SEGMENT)
        hi = hi if hi >= 0 else min(len(self.text), pos + _MAX_SEGMENT)
        local = sentence_at(self.text[lo:hi], pos - lo)
        if local is None:
            return None
        found = Sentence(local.start + lo, local.end + lo, local.text)
        self.sentences.append(found)
        return found


def within(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """Mentions (sorted by start) lying inside ``[start, end)``."""
    lo = bisect.bisect_left(mentions, start, key=START_OF)
    out: list[Mention] = []
    for i in range(lo, len(mentions)):
        mention = mentions[i]
        if mention.start >= end:
            break
        if mention.end <= end:
            out.append(mention)
    return out


def code(mention: Mention) -> str:
    """The jurisdiction code a jurisdiction or regulator mention stands for."""
    return (mention.jurisdiction or mention.name).upper()


class Reader:
    """Reads one trigger mention in its sentence into a draft event (or nothing)."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Keep the compiled lexicon; the reader itself holds no state."""
        self.lex = lexicon

    def evaluate(
        self, fields: dict[str, Field], item: Field, mention: Mention, order: int, ref_year: int
    ) -> Draft | None:
        """Turn one trigger mention into a draft event, or ``None`` for talk/no reading."""
        lex = self.lex
        candidates = lex.readings(mention.text)
        if not candidates:
            return None
        text = item.low  # cue expressions are compiled for lower-cased, folded text
        line = text.rfind("\n", 0, mention.start) + 1
        if text.startswith(lex.noise_prefixes, line + len(text[line:]) - len(text[line:].lstrip())):
            return None  # a caption, a "Related:" link, a sign-off
        sentence = item.sentence_at(mention.start)
        if sentence is None or _QUESTION_END.search(sentence.text):
            return None
        lo = max(sentence.start, mention.start - CONTEXT)
        hi = min(sentence.end, mention.end + CONTEXT)
        clause_lo, clause_hi = lo, hi
        for brk in lex.clause.finditer(text, lo, hi):
            if brk.end() <= mention.start:
                clause_lo = brk.end()
            elif brk.start() >= mention.end:
                clause_hi = brk.start()
                break
        pre = text[max(clause_lo, mention.start - _PRE_WINDOW) : mention.start]
        cjk = has_cjk(mention.text)
        sov = cjk and _SOV.search(text, sentence.start, sentence.end) is not None
        reading = self._reading(item, mention, candidates, pre, clause_lo, clause_hi, cjk, sov)
        if reading is None:
            return None
        if self._is_talk(text, mention, clause_lo, clause_hi, sentence, cjk, sov):
            return None
        if reading.predicate.direction == "easing" and lex.non_policy.search(
            text, clause_lo, clause_hi
        ):
            return None  # "the Cabinet approved three chip plants": a subsidy, not policy
        relative = self._relative(text, clause_lo, mention)
        if relative and reading.form in ("verb", "state_noun") and self._present(text, mention):
            return None  # "the rule, which bars sales to ...": a standing rule described
        actor = self._actor(fields, item, mention, sentence, reading)
        if actor is None:
            return None
        jurisdiction, actor_rule = actor
        predicate = reading.predicate
        flow = self._flow(
            text, mention, clause_lo, clause_hi, sentence, predicate.flow, jurisdiction
        )
        products, named, generic_only = self._products(item, clause_lo, clause_hi, sentence)
        targets = list(dict.fromkeys(m.name for m in within(item.firms, clause_lo, clause_hi)))
        primary, time_rule = self._primary(
            text, mention, clause_lo, clause_hi, pre, reading, ref_year
        )
        if relative and primary:
            primary, time_rule = False, "background:relative"
        conf = lex.patterns.confidence
        form = "verb" if reading.form == "gerund" else reading.form
        confidence = getattr(conf, form)
        confidence += conf.explicit_actor if actor_rule in ("actor", "agent") else 0.0
        confidence += conf.anaphoric_actor if actor_rule in ("anaphor", "implied") else 0.0
        confidence += conf.named_product if named else 0.0
        rule = f"{predicate.id}:{reading.form}[{normal(mention.text)}] {actor_rule}"
        if time_rule:
            rule += f" {time_rule}"
        if lex.group.search(text, clause_lo, clause_hi):
            rule += " group"
        needs = predicate.needs
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
            consumes=mention.end + needs.window if needs and needs.side != "before" else -1,
            in_title=item.name == "title",
        )

    # ------------------------------------------------------------------ the predicate

    def _reading(
        self,
        item: Field,
        mention: Mention,
        candidates: list[Reading],
        pre: str,
        clause_lo: int,
        clause_hi: int,
        cjk: bool,
        sov: bool,
    ) -> Reading | None:
        """Pick the reading whose grammar fits the words around the mention."""
        lex = self.lex
        text, source = item.low, item.text
        wide = text[max(0, mention.start - _DECISION_WINDOW) : mention.start]
        modifier = self._is_modifier(text, mention)
        title = item.name == "title"
        for reading in candidates:
            needs = reading.predicate.needs
            if needs is not None:
                side = "either" if sov and needs.side == "after" else needs.side
                found = False
                if side in ("after", "either"):
                    hi = min(clause_hi, mention.end + needs.window)
                    found = lex.needs[needs.word_class].search(text, mention.end, hi) is not None
                if not found and side in ("before", "either"):
                    lo = max(clause_lo, mention.start - needs.window)
                    found = lex.needs[needs.word_class].search(text, lo, mention.start) is not None
                if not found:
                    continue
            form = reading.form
            if form == "verb":
                if cjk:
                    return reading
                if lex.determiner.search(pre) and needs is None:
                    continue  # "the banned chips", "its approved list"
                if self._is_participle(source, mention):
                    continue  # "smuggling restricted accelerators", "sales of banned chips"
                if mention.text[-1:].lower() == "s" and self._followed_by_noun_cue(text, mention):
                    continue  # "US sanctions on Huawei"
                if not title and self._in_name(source, mention):
                    continue  # "License Exception ... Authorized (ACA)": part of a name
                return reading
            if form == "gerund":
                if _BY_BEFORE.search(pre) or lex.be_before.search(pre):
                    return reading  # "responded by banning", "is tightening"
                continue
            if form == "base":
                if _TO_BEFORE.search(pre) and lex.decision.search(wide):
                    return reading
                if lex.decision.search(pre[-8:]):
                    return reading  # "will ban"
                continue
            if modifier:
                continue  # "the approval process", "licence applications"
            if self._governed(text, mention, pre, clause_hi):
                return reading
            if form == "event_noun" and (lex.np_head.search(pre) or title):
                return reading
        return None

    def _governed(self, text: str, mention: Mention, pre: str, clause_hi: int) -> bool:
        """A governing verb before the noun, or its participle just after ("was opened")."""
        if self.lex.governing.search(pre):
            return True
        hi = min(clause_hi, mention.end + _POST_WINDOW)
        after = self.lex.governing.search(text, mention.end, hi)
        return after is not None and not has_cjk(text[mention.end : after.start()][:1] or "x")

    def _is_participle(self, source: str, mention: Mention) -> bool:
        """True when an ``-ed`` trigger follows an ``-ing`` word or a preposition."""
        if not mention.text.lower().endswith("ed"):
            return False
        pre = source[max(0, mention.start - 24) : mention.start]
        word = _WORD_BEFORE.search(pre)
        if word is None or pre[word.end(1) :].strip():
            return False  # punctuation in between: "..., restricted"
        token = word.group(1)
        if token[:1].isupper():
            return False  # a name ("Beijing approved"), not a gerund
        token = token.casefold()
        if token.endswith("ing") and token not in ("being", "having"):
            return True
        return token in self.lex.participle_pre

    @staticmethod
    def _in_name(source: str, mention: Mention) -> bool:
        """A capitalised verb after a capitalised word inside a sentence: a name's part."""
        if not source[mention.start : mention.start + 1].isupper():
            return False
        before = source[max(0, mention.start - 22) : mention.start]
        return _CAPITAL_BEFORE.search(before) is not None and not before.rstrip().endswith(".")

    def _is_modifier(self, text: str, mention: Mention) -> bool:
        """True when a noun trigger only qualifies the next noun ("approval process")."""
        after = _WORD_AFTER.search(text, mention.end, mention.end + 24)
        if after is not None and after.group(1).casefold() in self.lex.modifier_followers:
            return True
        return text.startswith(self.lex.cjk_modifiers, mention.end)

    def _followed_by_noun_cue(self, text: str, mention: Mention) -> bool:
        """True when the word after an ``-s`` trigger shows it is a plural noun."""
        after = _WORD_AFTER.search(text, mention.end, mention.end + 24)
        if after is None:
            rest = text[mention.end : mention.end + 2].strip()
            return rest.startswith(".")
        return after.group(1).casefold().rstrip(".") in self.lex.patterns.noun_followers

    # ------------------------------------------------------------------ talk or action

    def _is_talk(
        self,
        text: str,
        mention: Mention,
        clause_lo: int,
        clause_hi: int,
        sentence: Sentence,
        cjk: bool,
        sov: bool,
    ) -> bool:
        """Modality, negation, denial or a conditional around the trigger, in its clause."""
        lex = self.lex
        modal_window = _CJK_MODAL_WINDOW if cjk else _MODAL_WINDOW
        negation_window = _CJK_NEGATION_WINDOW if cjk else _NEGATION_WINDOW
        start = max(clause_lo, mention.start - modal_window)
        for modal in lex.modal.finditer(text, start, mention.start):
            if modal.group().casefold() in lex.reported_modals and lex.reporting.search(
                text, max(0, modal.start() - _REPORTING_WINDOW), modal.start()
            ):
                continue  # "said it would suspend the ban": a decision, reported
            return True
        start = max(clause_lo, mention.start - negation_window)
        if lex.negation.search(text, start, mention.start) is not None:
            return True
        if sov and lex.after.search(text, mention.end, min(clause_hi, mention.end + _AFTER_WINDOW)):
            return True  # "規制を強化する方針", "검토하고 있다"
        if _CONDITIONAL.search(text, sentence.start, sentence.end):
            return True
        return lex.denial.search(text, sentence.start, sentence.end) is not None

    def _relative(self, text: str, clause_lo: int, mention: Mention) -> bool:
        """Whether the trigger sits in a relative clause (", which bars ...")."""
        lo = max(0, clause_lo - 8)
        return self.lex.relative.search(text, lo, mention.start) is not None and (
            mention.start - clause_lo < 60
        )

    def _present(self, text: str, mention: Mention) -> bool:
        """Present tense: an -s verb, or "is/are" right before the trigger."""
        word = text[mention.start : mention.end]
        if word.endswith("s") and not word.endswith("ss"):
            return True
        return (
            re.search(
                r"\b(?:is|are)\s{1,3}(?:\w{2,12}ly\s{1,3})?$",
                text[max(0, mention.start - 24) : mention.start],
            )
            is not None
        )

    # ------------------------------------------------------------------ the actor

    def _is_actor(self, item: Field, mention: Mention) -> bool:
        """False for places, qualifiers, possessives of a firm, datelines."""
        lex = self.lex
        text = item.low
        before = text[max(0, mention.start - 24) : mention.start]
        after = text[mention.end : mention.end + 40]
        if before and has_cjk(before[-1:]):
            if before.endswith(lex.cjk_place):
                return False
        else:
            word = _WORD_BEFORE.search(_THE_AT_END.sub("", before))
            if word and word.group(1).casefold() in lex.place:
                return False
        if after.startswith(lex.cjk_adjectival):
            return False
        if after.startswith(("-made", "-based", "-listed", "–made", "-origin")):
            return False
        if self._owns_firm(item, mention):
            return False  # "Saudi Arabia's Humain"
        # "US firm", "U.S. defense firms", but "China's market regulator" acts.
        words = [w.casefold().strip(".'’") for w in _WORDS_AFTER.findall(after)[:4]]
        words = [w for w in words if w not in ("s", "")]
        for i, token in enumerate(words[:2]):
            if token in lex.adjectival:
                following = words[i + 1] if i + 1 < len(words) else ""
                return following in _GOVERNMENT
            if token.endswith("ed") or token in _NOT_MODIFIERS:
                break  # a verb or a function word: the head noun is not coming
        return True

    def _actor(
        self,
        fields: dict[str, Field],
        item: Field,
        mention: Mention,
        sentence: Sentence,
        reading: Reading,
    ) -> tuple[str, str] | None:
        """The acting jurisdiction and how it was found."""
        lex = self.lex
        text = item.low
        noun = reading.form in ("event_noun", "state_noun")
        # A passive agent after the trigger wins: "Huawei was sanctioned by the US"; so
        # does the source of a noun: "approval from Beijing".
        after = within(item.actors, mention.end, min(sentence.end, mention.end + _AGENT_WINDOW))
        for actor in after:
            if self._owns_firm(item, actor):
                continue  # "owned by China's Wingtech": the firm, not the state
            gap = text[max(mention.end, actor.start - 14) : actor.start]
            if _BY_AGENT.search(gap) or gap.endswith(lex.agent_cjk):
                return code(actor), "agent"
            if lex.agent.search(gap) and actor.start - mention.end <= (12 if noun else 40):
                return code(actor), "agent"  # "approval from Beijing", "aperta dalla SAMR"
        if noun or reading.predicate.needs:
            # A jurisdiction right before the noun qualifies it with its author, even after
            # a preposition: "added to the US entity list", "under Dutch export controls".
            for actor in within(item.actors, max(0, mention.start - 4), mention.start):
                if not text[actor.end : mention.start].strip():
                    return code(actor), "actor"
        before = self._acting(item, sentence.start, mention.start)
        if before:
            return code(before[-1]), "actor"
        # "..., the U.S. Commerce Department said": the source of a passive statement.
        for actor in self._acting(item, mention.end, sentence.end):
            if lex.reporting.match(text, actor.end + 1, actor.end + 20):
                return code(actor), "source"
        if reading.predicate.needs:
            # "received annual US approvals": the actor qualifies the needed object.
            for actor in within(item.actors, mention.end, min(sentence.end, mention.end + 50)):
                if lex.needs[reading.predicate.needs.word_class].match(text, actor.end + 1):
                    return code(actor), "object"
        head = text[sentence.start : mention.start]
        anaphor = lex.anaphor.search(head)
        passive = lex.passive.search(text[max(sentence.start, mention.start - 24) : mention.start])
        cjk_sentence = has_cjk(sentence.text[:40])
        if anaphor is None and passive is None and not cjk_sentence:
            return self._implied(fields, item)
        if (
            anaphor is not None
            and passive is None
            and lex.pronoun.fullmatch(anaphor.group())
            and within(item.firms, sentence.start, mention.start)
        ):
            return None  # "Nvidia said it stopped ...": a pronoun after a firm is the firm
        previous = self._acting(item, 0, sentence.start)
        if previous:
            return code(previous[-1]), "anaphor"
        return self._implied(fields, item)

    def _implied(self, fields: dict[str, Field], item: Field) -> tuple[str, str] | None:
        """A headline's actor is the lead's: "Additions to the Entity List" -> BIS."""
        if item.name == "title":
            lead = self._acting(fields["body"], 0, min(len(fields["body"].text), _LEAD))
            if lead:
                return code(lead[0]), "implied"
            return None
        title = fields["title"]
        in_title = self._acting(title, 0, len(title.text))
        if in_title:
            return code(in_title[-1]), "anaphor"
        return None

    def _acting(self, item: Field, start: int, end: int) -> list[Mention]:
        """Jurisdiction mentions in ``[start, end)`` that can be the actor, memoised."""
        out: list[Mention] = []
        for actor in within(item.actors, start, end):
            ok = item.acting.get(actor.start)
            if ok is None:
                ok = item.acting[actor.start] = self._is_actor(item, actor)
            if ok:
                out.append(actor)
        return out

    @staticmethod
    def _owns_firm(item: Field, actor: Mention) -> bool:
        """True when a possessive jurisdiction qualifies a firm: "China's Wingtech"."""
        rest = item.low[actor.end : actor.end + 3]
        if not rest.startswith(("'s", "’s", "' ", "’ ")):
            return False
        firms = within(item.firms, actor.end, actor.end + 40)
        return bool(firms) and firms[0].start - actor.end <= 4

    # ------------------------------------------------------------------ the object

    def _flow(
        self,
        text: str,
        mention: Mention,
        clause_lo: int,
        clause_hi: int,
        sentence: Sentence,
        default: Flow | None,
        jurisdiction: str,
    ) -> Flow:
        """Nearest flow cue in the clause, then the sentence, then the defaults."""
        lex = self.lex
        for lo, hi in ((clause_lo, clause_hi), (sentence.start, sentence.end)):
            best: tuple[int, Flow] | None = None
            lo = max(lo, mention.start - CONTEXT)
            hi = min(hi, mention.end + CONTEXT)
            for cue in lex.flow_re.finditer(text, lo, hi):
                distance = abs(cue.start() - mention.start)
                key = normal(cue.group())
                flow = lex.flow_of.get(key) or next(
                    (f for stem, f in lex.flow_stems if key.startswith(stem)), None
                )
                if flow is not None and (best is None or distance < best[0]):
                    best = (distance, flow)
            if best is not None:
                return best[1]
        if default is not None:
            return default
        defaults = lex.patterns.default_flow
        return defaults.get(jurisdiction, defaults["*"])

    def _products(
        self, item: Field, clause_lo: int, clause_hi: int, sentence: Sentence
    ) -> tuple[list[str], bool, bool]:
        """Chips, equipment and product classes of the clause (else the sentence)."""
        lex = self.lex
        for lo, hi in ((clause_lo, clause_hi), (sentence.start, sentence.end)):
            named = [m.name for m in within(item.chips, lo, hi)]
            named += [m.name for m in within(item.equipment, lo, hi)]
            chips = list(dict.fromkeys(named))
            classes = [lex.class_of.get(normal(m.text), "") for m in within(item.products, lo, hi)]
            classes = [c for c in dict.fromkeys(classes) if c and c not in chips]
            if chips or classes:
                specific = [c for c in classes if c not in lex.generic]
                if chips or specific:
                    return [*chips, *specific], bool(chips), False
                return classes, False, True
        return [], False, False

    # ------------------------------------------------------------------ news or background

    def _primary(
        self,
        text: str,
        mention: Mention,
        clause_lo: int,
        clause_hi: int,
        pre: str,
        reading: Reading,
        ref_year: int,
    ) -> tuple[bool, str]:
        """Main news unless a time cue, an earlier year, the past perfect or "after the halt"."""
        lex = self.lex
        if lex.foreground.search(text, clause_lo, clause_hi):
            return True, ""
        # Chinese puts time adverbials before the verb; a cue after it dates an object.
        cue_hi = mention.start if has_cjk(mention.text) else clause_hi
        for cue in lex.background.finditer(text, clause_lo, cue_hi):
            if self._dates_other(text, cue.start(), mention, reading, clause_lo):
                continue
            return False, "background:time"
        for cue in lex.year.finditer(text, clause_lo, cue_hi):
            year = int(cue.group(1) or cue.group(2))
            # A year after the article's own is a plan; its own year dates the event only
            # as "in/since 2023" (an undated article's latest year may be its own).
            if year > ref_year or (year == ref_year and not _IN_YEAR.match(cue.group())):
                continue
            if self._dates_other(text, cue.start(), mention, reading, clause_lo):
                continue
            return False, "background:year"
        perfect = lex.past_perfect.search(pre)
        if perfect is not None:
            had = mention.start - len(pre) + perfect.start()
            if not lex.reporting.search(text, max(0, had - _REPORTING_WINDOW), had):
                return False, "background:past-perfect"
        if reading.form in ("event_noun", "state_noun") and lex.prior.search(pre):
            return False, "background:prior"
        return True, ""

    def _dates_other(
        self, text: str, cue: int, mention: Mention, reading: Reading, clause_lo: int
    ) -> bool:
        """Whether a time phrase dates something else than the trigger."""
        if _ADJECTIVE_EARLIER.match(text, cue):
            return True  # "earlier rules": an adjective, not a time adverbial
        after = cue >= mention.end
        # "approved X after a pause earlier this month": the phrase dates the pause.
        if self.lex.prior_word.search(text, mention.end if after else clause_lo, cue):
            return True
        # "approved X, ending a pause that officials imposed earlier this month".
        return (
            after
            and reading.form in ("verb", "base", "gerund")
            and self.lex.subordinate.search(text, mention.end, cue) is not None
        )
