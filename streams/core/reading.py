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
* the actor (``actors.py``), the object and the flow (``objects.py``).

Triggers inside a document title (《...》) or a quotation of legal text ("第七条所述
“...”") are not read: they name or quote a rule, they do not state an act.
"""

from __future__ import annotations

import re
from typing import Final

from streams.core.actors import Actors
from streams.core.fields import CONTEXT, Draft, Field, Site, within
from streams.core.lexicon import Lexicon, Needs, Reading, has_cjk, normal
from streams.core.mentions import Mention
from streams.core.objects import Objects
from streams.core.talk import Talk

__all__ = ["Draft", "Field", "Reader"]

_PRE_WINDOW: Final = 60  # chars before a noun searched for its governing verb
_POST_WINDOW: Final = 70  # chars after a noun searched for its passive participle
_OBJECT_WINDOW: Final = 40  # chars after an easing verb searched for its measure
_DECISION_WINDOW: Final = 90  # chars before "to <base verb>" searched for "told", "ordered"

_SOV = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")  # kana or hangul: object before verb
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_NON_SPACE = re.compile(r"\S")
_WORD_BEFORE = re.compile(r"([A-Za-z'’-]{1,20})\W{0,3}$")
_WORD_AFTER = re.compile(r"\s{0,3}([A-Za-z'’.-]{1,20})")
_TWO_WORDS_AFTER = re.compile(r"\s{1,3}([a-z]{2,20}ed)\s{1,3}([a-z]{2,12})\b")
_TO_BEFORE = re.compile(r"\bto\s{1,3}$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s{1,3}$", re.IGNORECASE)
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w-]{0,20}\s{1,2}$")
_QUESTION_END = re.compile(r"[?？]\W{0,3}$|吗[。？]?$")
_QUOTES: Final = (("“", "”"), ("「", "」"), ("『", "』"))
_GOVERNMENT = frozenset(
    [
        "government",
        "regulator",
        "regulators",
        "ministry",
        "authorities",
        "officials",
        "department",
        "agency",
        "commission",
        "administration",
        "bureau",
        "council",
    ]
)


class Reader:
    """Reads one trigger mention in its sentence into a draft event (or nothing)."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Keep the compiled lexicon; the reader itself holds no state."""
        self.lex = lexicon
        self.talk = Talk(lexicon)
        self.actors = Actors(lexicon)
        self.objects = Objects(lexicon)

    def evaluate(
        self,
        fields: dict[str, Field],
        item: Field,
        mention: Mention,
        order: int,
        ref_year: int,
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
        sentence = item.sentence_at(mention.start)
        if sentence is None or _QUESTION_END.search(sentence.text):
            return None
        if self._quoted(text, sentence.start, mention.start):
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
        site = Site(item, mention, sentence, clause_lo, clause_hi, pre, cjk, sov)
        found = self._reading(site, candidates)
        if found is None:
            return None
        reading, consumes = found
        if self.talk.is_talk(site, reading):
            return None
        predicate = reading.predicate
        if predicate.direction == "easing" and lex.non_policy.search(text, clause_lo, clause_hi):
            return None  # "the Cabinet approved three chip plants": a subsidy, not policy
        relative = self.talk.relative(site)
        if relative and reading.form in ("verb", "state_noun") and self.talk.present(site):
            return None  # "the rule, which bars sales to ...": a standing rule described
        actor = self.actors.actor(fields, site, reading, previous)
        if actor is None:
            return None
        jurisdiction, actor_rule = actor
        objects = self.objects
        flow = objects.flow(site, predicate.flow, jurisdiction)
        products, named, generic_only = objects.products(site)
        primary, time_rule = self.talk.primary(site, reading, ref_year)
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
        return Draft(
            jurisdiction=jurisdiction,
            action=predicate.action,
            flow=flow,
            direction=predicate.direction,
            products=products,
            targets=objects.targets(site),
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
        )

    def _quoted(self, text: str, lo: int, pos: int) -> bool:
        """Inside a document title (《...》) or a quotation of legal text ("所述“...”")."""
        opened = text.rfind("《", lo, pos)
        if opened >= 0 and text.find("》", opened, pos) < 0:
            return True
        for left, right in _QUOTES:
            opened = text.rfind(left, lo, pos)
            if opened >= 0 and text.find(right, opened, pos) < 0:
                return text[max(lo, opened - 4) : opened].endswith(self.lex.quote_cues)
        return False

    # ------------------------------------------------------------------ the predicate

    def _reading(self, site: Site, candidates: list[Reading]) -> tuple[Reading, int] | None:
        """Pick the reading whose grammar fits the words around the mention.

        Returns it with the offset up to which later triggers are its object ("lifted
        the ban": the ban is not a second event), or -1.
        """
        lex = self.lex
        item, mention, pre = site.item, site.mention, site.pre
        text, source = item.low, item.text
        wide = text[max(0, mention.start - _DECISION_WINDOW) : mention.start]
        modifier = self._is_modifier(text, mention)
        title = item.name == "title"
        has_base = any(r.form == "base" for r in candidates)
        for reading in candidates:
            if site.cjk and not self._script_fits(site, reading):
                continue  # "承認" is Japanese for approval, Chinese "承认" is "admit"
            consumes = -1
            needs = reading.predicate.needs
            if needs is not None:
                consumes = self._needed(site, needs)
                if consumes < 0:
                    continue
            elif reading.predicate.direction == "easing":
                consumes = self._object_measure(site)  # "暂停实施...出口管制措施"
            form = reading.form
            if form == "verb":
                if site.cjk:
                    if text.startswith(lex.cjk_modifiers, mention.end):
                        continue  # "限制性条件": restrictive, an adjective
                    return reading, consumes
                if lex.determiner.search(pre) and needs is None:
                    continue  # "the banned chips", "its approved list"
                if self._is_participle(source, mention):
                    continue  # "smuggling restricted accelerators", "sales of banned chips"
                if mention.text[-1:].lower() == "s" and self._plural_noun(site):
                    continue  # "US sanctions on Huawei", "a round of curbs"
                if not title and self._in_name(source, mention):
                    continue  # "License Exception ... Authorized (ACA)": part of a name
                return reading, consumes
            if form == "gerund":
                if _BY_BEFORE.search(pre) or lex.be_before.search(pre):
                    return reading, consumes  # "responded by banning", "is tightening"
                continue
            if form == "base":
                if _TO_BEFORE.search(pre) and lex.decision.search(wide):
                    return reading, consumes
                if lex.decision.search(pre[-8:]):
                    return reading, consumes  # "will ban"
                continue
            if modifier:
                continue  # "the approval process", "licence applications"
            if has_base and _TO_BEFORE.search(pre):
                continue  # "pressure to limit shipments": an infinitive, not a noun
            if lex.reaction.search(pre):
                continue  # "hits back at US tariffs", "called the withdrawal": reacted to
            if self._governed(text, mention, pre, site.clause_hi):
                return reading, consumes
            if form == "event_noun" and (lex.np_head.search(pre) or title):
                return reading, consumes
            if form == "state_noun" and lex.novel.search(pre):
                return reading, consumes  # "new rules", "fresh curbs", "新规"
        return None

    def _script_fits(self, site: Site, reading: Reading) -> bool:
        """A word listed only for Japanese or Korean needs kana or hangul in its sentence."""
        langs = reading.langs
        if not langs <= {"ja", "ko"}:
            return True
        text, sentence = site.text, site.sentence
        if "ja" in langs and _KANA.search(text, sentence.start, sentence.end):
            return True
        return "ko" in langs and _HANGUL.search(text, sentence.start, sentence.end) is not None

    def _needed(self, site: Site, needs: Needs) -> int:
        """Where the word a construction needs ends (the trigger's end if before), or -1.

        A needed word that only qualifies the next noun does not count ("extend their
        licensing regime" is no licence granted). A passive participle looks before
        itself too: "permits were issued".
        """
        lex = self.lex
        text, mention = site.text, site.mention
        side = needs.side
        if site.sov and side == "after":
            side = "before"  # Japanese, Korean: the object comes first ("명단에 추가")
        elif side == "after" and not site.cjk and lex.be_before.search(site.pre):
            side = "either"
        words = lex.needs[needs.word_class]
        if side != "before":
            hi = min(site.clause_hi, mention.end + needs.window)
            for found in words.finditer(text, mention.end, hi):
                if lex.modal.search(text, mention.end, found.start()):
                    return -1  # "shelved a planned rule": no measure was in force
                if not self._modifies(text, found.end()):
                    return found.end()
        if side != "after":
            lo = max(site.clause_lo, mention.start - needs.window)
            for found in words.finditer(text, lo, mention.start):
                if not self._modifies(text, found.end()):
                    return mention.end
        return -1

    def _object_measure(self, site: Site) -> int:
        """Where a measure that an easing verb takes as its object ends, or -1.

        "lifted curbs on ...", "暂停实施...出口管制措施": the measure is what eases, not a
        second, tightening event.
        """
        mention = site.mention
        if site.sov:
            return -1
        hi = min(site.clause_hi, mention.end + _OBJECT_WINDOW)
        found = self.lex.needs["measure"].search(site.text, mention.end, hi)
        return found.end() if found is not None else -1

    def _modifies(self, text: str, end: int) -> bool:
        """Whether the word ending at ``end`` qualifies the next noun ("licence applications")."""
        after = _WORD_AFTER.match(text, end, end + 24)
        if after is not None and after.group(1).casefold() in self.lex.modifier_followers:
            return True
        return text.startswith(self.lex.cjk_modifiers, end)

    def _governed(self, text: str, mention: Mention, pre: str, clause_hi: int) -> bool:
        """A governing verb before the noun, or its participle just after ("was opened")."""
        lex = self.lex
        if lex.governing.search(pre):
            return True
        hi = min(clause_hi, mention.end + _POST_WINDOW)
        after = lex.governing.search(text, mention.end, hi)
        if after is None or has_cjk(text[mention.end : after.start()][:1] or "x"):
            return False
        # "the rule has not been finalised", "tariffs could be imposed": no act; "limit
        # the added burden": the participle qualifies another noun.
        between = (mention.end, after.start())
        return (
            lex.negation.search(text, *between) is None
            and lex.modal.search(text, *between) is None
            and lex.determiner.search(text, *between) is None
        )

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
        return self._modifies(text, mention.end)

    def _plural_noun(self, site: Site) -> bool:
        """Whether an ``-s`` trigger is a plural noun, not a verb.

        "US sanctions on Huawei" (a noun follower), "a round of curbs" (after a
        preposition), "Washington curbs aimed at ..." (a participle phrase follows), "the
        planned curbs" (a determiner and modifiers, no actor among them).
        """
        lex = self.lex
        item, mention, pre = site.item, site.mention, site.pre
        text = item.low
        after = _WORD_AFTER.match(text, mention.end, mention.end + 24)
        if after is None:
            if text[mention.end : mention.end + 2].strip().startswith("."):
                return True
        elif after.group(1).rstrip(".") in lex.patterns.noun_followers:
            return True
        phrase = _TWO_WORDS_AFTER.match(text, mention.end, mention.end + 40)
        if phrase is not None and phrase.group(2) in lex.participle_objects:
            return True  # "curbs aimed at", "rules announced on"
        word = _WORD_BEFORE.search(pre)
        if (
            word is not None
            and not pre[word.end(1) :].strip()
            and word.group(1) in lex.participle_pre
        ):
            return True
        # "hit from expanded export curbs", "the planned curbs": a noun phrase's head;
        # but "on Friday the US curbs exports": an actor, then its verb.
        for phrase_re in (lex.prep_np, lex.np_head):
            head = phrase_re.search(pre)
            if head is None:
                continue
            start = mention.start - len(pre) + head.start()
            if within(item.actors, start, mention.start):
                return False
            if not any(w in _GOVERNMENT for w in head.group().split()):
                return True
        return False
