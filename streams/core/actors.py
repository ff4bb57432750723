"""Who acts: the jurisdiction behind a read predicate.

In order: a passive agent after the predicate ("sanctioned by the US", "approval from
Beijing"); the author right before a noun ("the US entity list"); the nearest acting
jurisdiction or regulator before it (not a place, a qualifier, a possessive of a firm,
a dateline; in Japanese and Korean the one marked as subject wins); a source that
"said" it; an actor inside a construction's object ("received annual US approvals");
then, for anaphora, passives without an agent and CJK sentences without a subject, the
actor of the article's previous event, else the previous acting mention; for a
headline, the lead's actor.

Nobody acts for a government when a firm is the verb's subject ("TSMC stopped
shipments", "SK하이닉스가 ..."), or when the nearest actor only reacts to the measure
("China's ministry called the withdrawal of the licences coercion").
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from streams.core.fields import ABBREVIATION, START_OF, Field, Site, code, last_before, within
from streams.core.lexicon import Lexicon, Reading, has_cjk, normal
from streams.core.mentions import Mention

__all__ = ["Actors"]

_AGENT_WINDOW: Final = 90  # chars after a trigger searched for "by <actor>"
_AUTHOR_WINDOW: Final = 40  # chars before a noun searched for its author
_FROM = re.compile(r"from\b", re.I)
_PASSIVE_MARKS: Final = frozenset(["获", "被", "遭", "受"])
_CLAUSE_COMMA = re.compile(r"[，,]")
_MARKER_SPAN: Final = 6  # chars before a state searched for a target marker ("대(對)")
# "미국의 ...", "米国の ...", "美国的 ...": a possessive particle opens the noun phrase.
_CJK_POSSESSIVE = re.compile(r" ?(?:의|の|的)")
_CLAUSE_END = re.compile(r"[,，。.、;；]|(?:하|했|한|해|된|되|し|する|した)")
_LEAD: Final = 500  # chars of the body that make its lead (a headline's implied actor)
_SUBJECT_GAP: Final = 48  # chars between a firm and its verb
_WORD_BEFORE = re.compile(r"([A-Za-z'’-]{1,20})\W{0,3}$")
_WORDS_AFTER = re.compile(r"[A-Za-z'’.-]{1,20}")
# "to the US": the article is skipped; "a" is not (Romance "a China" is "to China").
_THE_AT_END = re.compile(
    r"\b(?:the|an|os|as|o|los|las|el|le|la|les|il|lo|gli|der|die|das|den|dem|het)\s{1,3}$", re.I
)
_BY_AGENT = re.compile(r"\bby\s{1,3}(?:the\s{1,3})?$")
_POSSESSIVE_NP = re.compile(r"['’]s\s{1,3}(?:[\w-]{1,24}\s{1,3}){0,3}")
_HANGUL_NOUN = re.compile(r" ?[\uac00-\ud7af]")
# Chinese object-fronting ("X将Y列入Z"): X, right before it, is the verb's subject.
_BA: Final = ("将", "把", "已将", "再将", "又将", "已把", "近日将")
# Before these, Portuguese "a" is the article of a state's name, not Spanish "to".
_ARTICLE_A = re.compile(
    r"(?:^|[.:;,!?\n]|\b(?:que|e|mas|porque|quando|onde|como|se))\s{0,3}$", re.I
)
_OFFICIALS = re.compile(
    r"\b(?:ministers?|officials?|spokes(?:person|man|woman)|secretary|regulators?)\s{1,3}$", re.I
)
_LIST_JOINS = frozenset(["、", "和", "与", "及", "，", ",", "·"])
_BRACKETED = re.compile(r"\s{0,2}[(（][^)）]{1,30}[)）]")
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


class Actors:
    """Finds the acting jurisdiction of a read predicate."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Keep the compiled lexicon (places, qualifiers, agents, particles)."""
        self.lex = lexicon

    def actor(
        self, fields: dict[str, Field], site: Site, reading: Reading, previous: str | None
    ) -> tuple[str, str] | None:
        """The acting jurisdiction and how it was found; ``previous``: the last event's."""
        lex = self.lex
        item, mention, sentence = site.item, site.mention, site.sentence
        text = item.low
        noun = reading.form in ("event_noun", "state_noun")
        # A passive agent after the trigger wins: "Huawei was sanctioned by the US"; so
        # does the source of a noun: "approval from Beijing".
        # Starting within the window: a long name ("State Administration for Market
        # Regulation") may end past it.
        hi = min(sentence.end, mention.end + _AGENT_WINDOW)
        after = [a for a in within(item.actors, mention.end, sentence.end) if a.start < hi]
        for actor in after:
            if self._owns_firm(item, actor):
                continue  # "owned by China's Wingtech": the firm, not the state
            gap = text[max(mention.end, actor.start - 14) : actor.start]
            if _BY_AGENT.search(gap) or gap.endswith(lex.agent_cjk):
                return code(actor), "agent"
            agent = lex.agent.search(gap)
            if (
                agent is not None
                and (
                    actor.start - mention.end <= (12 if noun else 40)
                    or lex.governing.search(text, mention.end, actor.start)
                )
                and not (
                    _FROM.match(agent.group())
                    and not noun
                    and reading.predicate.direction == "tightening"
                )
            ):
                # "approval from Beijing", "aperta dalla SAMR"; but "entities were added to
                # the list ... from China, Japan": where they are, not who listed them.
                return code(actor), "agent"
        if noun or reading.predicate.needs:
            author = self._author(item, mention, noun)
            if author is not None:
                return code(author), "actor"
        if self._firm_subject(site, reading):
            return None  # "TSMC stopped shipments to Huawei": the firm acts
        before = self._last_acting(item, sentence.start, mention.start, site.sov)
        if before is not None:
            if lex.reaction.search(text, before.end, mention.start):
                return None  # "Beijing called the withdrawal coercion": it reacts
            if (
                site.cjk
                and text[max(0, before.start - 1) : before.start] in _PASSIVE_MARKS
                and _CLAUSE_COMMA.search(text, before.end, mention.start)
            ):
                # "就早前获美国批准的H20芯片，今日约谈英伟达": the agent of an earlier
                # passive clause; the sentence's subject acts in this one.
                first = self._acting(item, sentence.start, before.start)
                if first:
                    return code(first[0]), "actor"
            if lex.consequence.search(text, before.end, mention.start):
                # "..., 因此依法立案": the clause acts for the sentence's subject.
                first = self._acting(item, sentence.start, before.start)
                if first:
                    return code(first[0]), "actor"
            return code(before), "actor"
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
        passive = (
            lex.passive.search(text[max(sentence.start, mention.start - 24) : mention.start])
            if reading.form != "gerund"  # "NAND is tightening": progressive, not passive
            else None
        )
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
        if previous is not None:
            return previous, "anaphor"  # the actor of the story's previous event
        earlier = self._last_acting(item, 0, sentence.start, False)
        if earlier is not None:
            return code(earlier), "anaphor"
        if anaphor is not None and (home := self._home(head)) is not None:
            return home, "home"  # "Het kabinet beperkt ...": the paper's own state
        return self._implied(fields, item)

    def _author(self, item: Field, mention: Mention, noun: bool) -> Mention | None:
        """The jurisdiction right before a noun: its author, even after a preposition.

        "added to the US entity list", "under Dutch export controls", "in response to
        Washington's latest crackdown". Not a target ("대중국 수출통제", "対中規制": on
        China); and a possessive earlier in the noun phrase names the author before a
        bare qualifier does ("미국의 엔비디아 H20 중국 수출 통제": the US's controls).
        """
        text = item.low
        window = within(item.actors, max(0, mention.start - _AUTHOR_WINDOW), mention.start)
        for actor in window:
            if self._target(text, actor.start):
                continue
            gap = text[actor.end : mention.start]
            if (
                _CJK_POSSESSIVE.match(gap)
                and not _CLAUSE_END.search(gap)
                and self._is_acting(item, actor)
            ):
                return actor  # not a place: "原产于中国的半导体产品加征关税"
            if not gap.strip() or (_POSSESSIVE_NP.fullmatch(gap) and noun):
                if actor.entity_id == ABBREVIATION and not self._is_acting(item, actor):
                    continue  # "美수출 통제": exports to the US, not its controls
                return actor
        return None

    def _target(self, text: str, start: int) -> bool:
        """Whether a target marker stands right before a state ("대중국", "对华", "対中").

        Not the end of a verb ("反对美国将...", "应对"): its object is the next clause's
        subject.
        """
        before = text[max(0, start - _MARKER_SPAN) : start]
        return before.endswith(self.lex.target_markers) and not before.endswith(
            self.lex.cjk_not_place
        )

    def _home(self, head: str) -> str | None:
        """The paper's own state named by "het kabinet", "il governo" (no actor before)."""
        found = self.lex.home.search(head)
        if found is None:
            return None
        return self.lex.home_of.get(normal(found.group()))

    def _firm_subject(self, site: Site, reading: Reading) -> bool:
        """Whether a firm is the subject of the verb ("TSMC stopped", "SK하이닉스가 ...")."""
        predicate = reading.predicate
        verb = reading.form in ("verb", "split", "gerund")
        if not verb or predicate.firm_subject or predicate.needs:
            return False  # "华为列入实体清单": a construction's firm is its object
        lex = self.lex
        item, mention = site.item, site.mention
        text = item.low
        lo = max(site.clause_lo, mention.start - _SUBJECT_GAP)
        firm = last_before(item.firms, lo, mention.start)
        if firm is None or last_before(item.actors, firm.end, mention.start) is not None:
            return False
        gap = text[firm.end : mention.start]
        if site.cjk or has_cjk(gap[:1]):
            # "要求字节跳动、阿里巴巴等企业停止采购": the list's head decides.
            head = firm
            while True:
                previous = last_before(item.firms, max(0, head.start - 40), head.start)
                if previous is None or text[previous.end : head.start] not in _LIST_JOINS:
                    break
                head = previous
            before = text[max(0, head.start - 3) : head.start]
            if before.endswith(lex.cjk_object_markers) or gap.startswith(lex.cjk_not_subject):
                return False  # "对英伟达立案调查", "英伟达的芯片", "엔비디아를"
            # "华为被列入", "英伟达获批": a passive, the firm is its object
            return not any(p in gap or mention.text.startswith(p) for p in lex.cjk_passive)
        if gap[:2] in ("'s", "’s") or gap[:1] in ("'", "’", ","):
            return False  # "Intel's licence was revoked", "Huawei, SMIC and ..."
        if lex.passive.search(text[max(lo, mention.start - 24) : mention.start]):
            return False  # "Huawei was banned"
        word = _WORD_BEFORE.search(text[max(0, firm.start - 24) : firm.start])
        return not (word and word.group(1) in lex.place)  # "sales to Huawei were halted"

    def _is_actor(self, item: Field, mention: Mention) -> bool:
        """False for places, qualifiers, possessives of a firm, datelines."""
        lex = self.lex
        text = item.low
        before = text[max(0, mention.start - 24) : mention.start]
        after = text[mention.end : mention.end + 40]
        if before and has_cjk(before[-1:]):
            if after.startswith(_BA) or text[mention.start : mention.end].endswith(_BA):
                return True  # "针对美国商务部将23家实体列入": the subject of "将 ... 列入"
            if self._target(text, mention.start):
                return False  # "대중국 수출 규제", "対中輸出": the state is the target
            if after.startswith("からの") and lex.needs["licence"].match(text, mention.end + 3):
                return True  # "米政府からの許可が必要": the licensor
            if before.endswith(lex.cjk_place) and not before.endswith(lex.cjk_not_place):
                return False
        elif self._target(text, mention.start):
            return False  # "대(對)중국": a target with its gloss
        else:
            bare = _THE_AT_END.sub("", before)
            word = _WORD_BEFORE.search(bare)
            if word and word.group(1) in ("a", "A") and _ARTICLE_A.search(before, 0, word.start(1)):
                word = None  # Portuguese "A China intensificou", "que a China": an article
            if word and lex.government_before.search(bare, 0, word.start(1)):
                word = None  # "el Gobierno de Estados Unidos", "the government of Japan"
            if word and word.group(1).casefold() in lex.object_verbs:
                return False  # "Biden to hit China with new curbs": the verb's object
            # "ministers at the Department for Business", "officials of the Commerce
            # Department": people of the body speak and act for it.
            if (
                word
                and word.group(1).casefold() in lex.place
                and not _OFFICIALS.search(before, 0, word.start(1))
            ):
                return False
        if after.lstrip(" ").startswith(lex.cjk_adjectival):
            return False
        if _HANGUL_NOUN.match(after) and not after.lstrip(" ").startswith(lex.korean_heads):
            return False  # "중국 사업장", "中 공장": a qualifier, not "중국 정부" or "중국은"
        if after.startswith(("-made", "-based", "-listed", "–made", "-origin")):
            return False
        if self._owns_firm(item, mention):
            return False  # "Saudi Arabia's Humain"
        # "US firm", "U.S. defense firms", "China's top contract chipmaker", but "China's
        # market regulator" acts.
        words = [w.casefold().strip(".'’") for w in _WORDS_AFTER.findall(after)[:5]]
        words = [w for w in words if w not in ("s", "")]
        for i, token in enumerate(words[:3]):
            if token in lex.verb_words:
                break  # "China bans chip makers": a verb, the jurisdiction is its subject
            if token in lex.adjectival:
                following = words[i + 1] if i + 1 < len(words) else ""
                return following in _GOVERNMENT
            if token.endswith("ed") or token in _NOT_MODIFIERS:
                break  # a verb or a function word: the head noun is not coming
        return True

    def _implied(self, fields: dict[str, Field], item: Field) -> tuple[str, str] | None:
        """A headline's actor is the lead's: "Additions to the Entity List" -> BIS.

        A body sentence without one takes the headline's: its named actor, else the
        actor of the headline's event.
        """
        if item.name == "title":
            body = fields["body"]
            lead = self._acting(body, 0, min(len(body.text), _LEAD))
            if lead:
                return code(lead[0]), "implied"
            return None
        title = fields["title"]
        if title.event_actor is not None:
            # The headline's act, not its last name: "China Restricts Nvidia H20 After
            # 'Insulting' U.S. Remarks" is China's story.
            return title.event_actor, "implied"
        in_title = self._last_acting(title, 0, len(title.text), False)
        if in_title is not None:
            return code(in_title), "anaphor"
        return None

    def _is_acting(self, item: Field, actor: Mention) -> bool:
        """Whether a jurisdiction mention can be the actor, memoised per field."""
        ok = item.acting.get(actor.start)
        if ok is None:
            ok = item.acting[actor.start] = self._is_actor(item, actor)
        return ok

    def _acting(self, item: Field, start: int, end: int) -> list[Mention]:
        """Jurisdiction mentions in ``[start, end)`` that can be the actor."""
        return [a for a in within(item.actors, start, end) if self._is_acting(item, a)]

    def _last_acting(self, item: Field, start: int, end: int, sov: bool) -> Mention | None:
        """The acting mention nearest before ``end``; in Japanese/Korean, the subject."""
        if sov:
            acting = self._acting(item, start, end)
            for actor in reversed(acting):
                if self._subject_marked(item.low, actor):
                    return actor  # "미 상무부 산업안보국(BIS)은 ... 중국 법인의 ..."
            return acting[-1] if acting else None
        # Backwards from ``end``: most calls want the nearest, not all of them.
        actors = item.actors
        i = bisect.bisect_left(actors, end, key=START_OF) - 1
        while i >= 0 and actors[i].start >= start:
            actor = actors[i]
            if actor.end <= end and self._is_acting(item, actor):
                return actor
            i -= 1
        return None

    def _subject_marked(self, text: str, actor: Mention) -> bool:
        """A Japanese/Korean subject or topic particle after the mention (or its acronym)."""
        pos = actor.end
        bracket = _BRACKETED.match(text, pos)
        if bracket is not None:
            pos = bracket.end()
        return text.startswith(self.lex.subject_particles, pos)

    @staticmethod
    def _owns_firm(item: Field, actor: Mention) -> bool:
        """True when a possessive jurisdiction qualifies a firm: "China's Wingtech"."""
        rest = item.low[actor.end : actor.end + 3]
        if not rest.startswith(("'s", "’s", "' ", "’ ")):
            return False
        firms = within(item.firms, actor.end, actor.end + 40)
        return bool(firms) and firms[0].start - actor.end <= 4
