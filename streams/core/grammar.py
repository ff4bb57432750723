"""Grammar checks of the sentence reader: is this word a verb, a noun, part of a name.

The reader (``reading.py``) asks these questions of a trigger and the words around it,
with bounded regexes over bounded windows: a participle after a preposition or a noun
("sales of banned chips", "clientes aprobados"), a plural noun and not a verb ("US
sanctions on Huawei"), a capitalised word inside a name, a noun that only qualifies the
next ("the approval process"), a governing verb before a noun or its participle after
("launched a probe", "tariffs were imposed"), a Dutch or German particle at the clause
end ("schort ... op"), a headline's "<state> to <verb>", a directive verb before "to",
a document title or quoted legal text around the trigger.
"""

from __future__ import annotations

import re
from typing import Final

from streams.core.cues import last_match
from streams.core.fields import Site, last_before, within
from streams.core.lexicon import Lexicon, Reading, has_cjk
from streams.core.mentions import Mention
from streams.core.script import HANGUL, KANA

__all__ = ["TO_BEFORE", "Grammar"]

TO_BEFORE = re.compile(r"\bto\s{1,3}$", re.IGNORECASE)
_POST_WINDOW: Final = 70  # chars after a noun searched for its passive participle
_LIST_WINDOW: Final = 160  # chars before a noun searched for the verb of its object list
_LIST_JOIN = re.compile(r"\s(?:and|as well as|y|e|et|und|en)\s")
# A clause or sentence ends, or another verb takes over, before the list reaches the noun.
_LIST_STOP = re.compile(
    r"[.;:]\s|\b(?:which|that|who|but|while|to|will|would)\b|\sand\s{1,3}\w{2,20}ing\b"
)
_SOV_GOVERNING: Final = 16  # chars after a Japanese/Korean noun searched for its verb
#: Round 38: a Korean or Japanese adnominal ending and a noun of countries after a governing
#: verb ("시행하는 국가", "도입한 나라", "実施している国々"): the verb qualifies them.
_HOLDER_AFTER = re.compile(
    r"(?:하는|한|하고 있는|중인|해 온)\s?(?:국가|나라|동맹국)"
    r"|(?:する|した|している|済みの)(?:国々|諸国|同盟国|国(?!内|家|産|際|務|会|民))"
)
_HEADLINE_GAP: Final = 30  # chars between a headline's actor and its "to"
_PARTICLE_WINDOW: Final = 160  # chars after a split verb searched for its particle
_WORD_BEFORE = re.compile(r"([A-Za-z'’-]{1,20})\W{0,3}$")
_WORD_AFTER = re.compile(r"\s{0,3}([A-Za-z'’.-]{1,20})")
_COORDINATORS: Final = frozenset({"and", "or"})
# A determiner or possessive opening a verb's object (round 43).
_DETERMINER_AFTER = re.compile(
    r"\s{1,3}(?:(?:the|a|an|its|their|his|her|all|some|any|further|several|two|three|dozens)\s"
    r"|(?:exports?|imports?|sales|shipments|purchases)\s{1,3}(?:of|to)\s)",
    re.I,
)
_LOWER_WORDS = re.compile(r"[A-Za-z]{1,20}")
_COMPLEMENT: Final = frozenset(["on", "for", "to", "of", "from"])
# Round 41: "effect" after these is a start, not an impact ("the ban, due to take effect on
# Friday, has been postponed", "came into effect on ... was lifted").
_EFFECT_START: Final = frozenset(["take", "takes", "took", "taken", "taking", "into", "in"])
# What may stand between an impact noun and its predicative "-ed" ("would only be limited").
_COPULAS: Final = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "would",
        "will",
        "could",
        "may",
        "might",
        "should",
        "remain",
        "remains",
        "remained",
        "stay",
        "stays",
        "seen",
        "likely",
        "expected",
        "to",
        "only",
        "relatively",
        "very",
        "fairly",
    ]
)
_TWO_WORDS_AFTER = re.compile(r"\s{1,3}([a-z]{2,20}ed)\s{1,3}([a-z]{2,12})\b")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w-]{0,20}\s{1,2}$")
_ROMANCE = frozenset(["es", "pt", "it", "fr"])
_GERMAN_DECLINED: Final = ("ter", "tes", "tem", "ener", "enes", "enem")
_NEXT_WORD = re.compile(r"\s{1,3}(\w+)")
# Round 34: "-te", "-ten" are also the preterite ("erteilte das Ministerium"); declined so
# they are an adjective only right after a determiner ("die erteilte Lizenz", "den
# verhängten Sanktionen"), where no finite verb stands.
_GERMAN_DECLINED_WEAK: Final = ("te", "ten")
_GERMAN_DETERMINER = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einer|einen|einem|eines|diese|dieser|diesen|"
    r"diesem|dieses|seine|seiner|seinen|seinem|ihre|ihrer|ihren|ihrem|keine|keiner|keinen)"
    r"\s{1,3}$",
    re.I,
)
# Spanish/Portuguese (-ado, -ido), Italian (-ato, -ito, -uto, "sospeso"), French (-é, -ée).
_PARTICIPLE_ENDINGS = (
    "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ato", "ata", "ati", "ate",
    "ito", "ita", "iti", "ite", "uto", "uta", "eso", "esa", "esi", "ese", "osto", "osta",
    "é", "ée", "és", "ées",
)  # fmt: skip
_WORDS = re.compile(r"[^\W\d_]{1,20}")
# Round 44: Korean papers quote a document's name in single quotes ("'…승인 반독점 심사
# 결정 공고'를 위반했다").
_QUOTES: Final = (("“", "”"), ("「", "」"), ("『", "』"), ("‘", "’"), ("'", "'"))
_OPENERS = re.compile("[《“「『‘']")
# Round 44: the nouns a Chinese document's name ends on, and how far its quote may run.
_DOCUMENT_NOUNS: Final = (
    *("公告", "决定", "规定", "办法", "通知", "条例", "细则", "意见", "法"),
    *("공고", "결정", "규정", "지침", "법", "決定", "規則", "省令", "政令"),
)
_TITLE_REACH: Final = 120
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


class Grammar:
    """Answers the reader's questions about the words around a trigger."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Keep the compiled lexicon; the checks hold no state."""
        self.lex = lexicon

    def quoted(self, text: str, lo: int, pos: int) -> bool:
        """Inside a document title (《...》) or a quotation of legal text ("所述“...”")."""
        if _OPENERS.search(text, lo, pos) is None:
            return False  # most sentences: no title mark or quote before the trigger
        opened = text.rfind("《", lo, pos)
        if opened >= 0 and text.find("》", opened, pos) < 0:
            return True
        for left, right in _QUOTES:
            opened = text.rfind(left, lo, pos)
            # the quote is still open at the trigger (a straight quote closes itself)
            if opened >= 0 and text.find(right, opened + 1, pos) < 0:
                if text[max(lo, opened - 4) : opened].endswith(self.lex.quote_cues):
                    return True
                # Round 44: a quoted document's name ("「市场监管总局关于…批准…案反垄断审查
                # 决定的公告」"): the quotation closes on the document's noun, as 《…》 do.
                closed = text.find(right, pos, pos + _TITLE_REACH)
                return closed > 0 and text.endswith(_DOCUMENT_NOUNS, pos, closed)
        return False

    # ------------------------------------------------------------------ the predicate

    def urged(self, wide: str) -> bool:
        """Whether a directive verb ("urge", "ask", "warn") stands in the words before."""
        return any(
            m.group().casefold() in self.lex.directive_modals for m in self.lex.modal.finditer(wide)
        )

    @staticmethod
    def headline_future(site: Site) -> bool:
        """Headline grammar: "<actor> to <verb>" states a decided future act.

        "China to require export permits from Dec. 1", "US to add Chinese firms to entity
        list": the state, then at most two words, then "to". A firm before it ("Nvidia to
        halt ...") or a modal verb ("US plans to ...") is not this.
        """
        item, mention = site.item, site.mention
        to = TO_BEFORE.search(site.pre)
        if to is None:
            return False
        at = mention.start - len(site.pre) + to.start()
        actor = last_before(item.actors, max(0, at - _HEADLINE_GAP), at)
        if actor is None or last_before(item.firms, actor.end, at) is not None:
            return False
        gap = site.text[actor.end : at]
        return len(gap.split()) <= 2 and not any(ch in gap for ch in ",:;|")

    def script_fits(self, site: Site, reading: Reading) -> bool:
        """A word listed only for Japanese or Korean needs kana or hangul in its sentence."""
        langs = reading.langs
        if not langs <= {"ja", "ko"}:
            return True
        text, sentence = site.text, site.sentence
        if "ja" in langs and KANA.search(text, sentence.start, sentence.end):
            return True
        return "ko" in langs and HANGUL.search(text, sentence.start, sentence.end) is not None

    def modifies(self, text: str, end: int) -> bool:
        """Whether the word ending at ``end`` qualifies the next noun ("licence applications")."""
        after = _WORD_AFTER.match(text, end, end + 24)
        if after is not None and after.group(1).casefold() in self.lex.modifier_followers:
            return True
        return text.startswith(self.lex.cjk_modifiers, end)

    def particle(self, text: str, start: int, particle: str, hi: int) -> bool:
        """Whether a split verb's particle ends its clause after ``start`` ("... op.")."""
        end = min(hi, start + _PARTICLE_WINDOW)
        pos = text.find(" " + particle, start, end)
        while pos >= 0:
            after = pos + 1 + len(particle)
            if self.lex.split_end.match(text, after):
                return True
            pos = text.find(" " + particle, after, end)
        return False

    def closing_infinitive(self, text: str, start: int, hi: int) -> bool:
        """A zu/te infinitive of a governing verb closing the clause after ``start``.

        Round 33: German and Dutch put the infinitive a decision or an announcement governs
        last ("hat angekündigt, ab dem 1. August Exportkontrollen für … einzuführen",
        "heeft besloten nieuwe regels in te voeren"): it governs the measure noun before it.
        """
        end = min(hi, start + _PARTICLE_WINDOW)
        for word in self.lex.decided_closing.finditer(text, start, end):
            if self.lex.split_end.match(text, word.end()):
                return True
        return False

    def governed(
        self, text: str, mention: Mention, pre: str, clause_hi: int, sov: bool = False
    ) -> bool:
        """A governing verb before the noun, or its participle just after ("was opened").

        Japanese and Korean put the verb after its object and a particle
        ("輸出規制を実施する", "수출 통제를 3월 1일부터 시행할").
        """
        lex = self.lex
        if sov:
            hi = min(clause_hi, mention.end + _SOV_GOVERNING)
            after = lex.governing.search(text, mention.end, hi)
            if after is not None and _HOLDER_AFTER.match(text, after.end()):
                # round 38 (issue 11): "유사한 수출통제를 시행하는 국가는 …", "輸出規制を
                # 実施する国は": the relative clause describes the countries that hold
                # such controls (those spared a licence), no act of the story's state
                return False
            return after is not None and "。" not in text[mention.end : after.start()]
        if lex.governing.search(pre) or lex.instrument_purpose.search(pre):
            return True  # round 28: "an order to impose a tariff" governs it too
        for head in lex.split_head.finditer(pre):
            particle = lex.split_governing[head.group().strip()]
            if self.particle(text, mention.end, particle, clause_hi):
                return True  # "legt nieuwe regels op", "führt Kontrollen ein"
        if lex.decided_head.search(pre) and self.closing_infinitive(text, mention.end, clause_hi):
            return True  # round 33: "hat angekündigt, … Exportkontrollen … einzuführen"
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

    def coordinated(self, site: Site) -> bool:
        """A governing verb before a list whose last item is the noun.

        "issued a proclamation imposing new negotiation strategies for chipmaking and 25%
        tariffs on computing chips": the verb governs every item of its object list, so a
        noun joined by "and" stands under it however long the list.
        """
        lex, text, mention = self.lex, site.text, site.mention
        lo = max(site.clause_lo, mention.start - _LIST_WINDOW)
        last = last_match(lex.governing, text, lo, mention.start)
        if last is None:
            return False
        gap = text[last.end() : mention.start]
        return _LIST_JOIN.search(gap) is not None and not _LIST_STOP.search(gap)

    def participle(self, source: str, mention: Mention) -> bool:
        """True when an ``-ed`` trigger follows an ``-ing`` word or a preposition.

        Or when it qualifies an impact noun (``participle_heads``), before it ("sees
        limited impact on Samsung") or as its predicate ("the effect would be limited"):
        it weighs a measure's effect, it restricts nothing.
        """
        if not mention.text.lower().endswith("ed"):
            return False
        after = _WORD_AFTER.match(source, mention.end, mention.end + 24)
        if after is not None and after.group(1).rstrip(".").casefold() in self.lex.participle_heads:
            return True
        return self._after_preposition(source, mention) or self._predicative(source, mention.start)

    def _after_preposition(self, source: str, mention: Mention) -> bool:
        """An ``-ed`` trigger right after an ``-ing`` word or a preposition."""
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
        if token in _COORDINATORS and _DETERMINER_AFTER.match(source, mention.end):
            # Round 43: "Beijing hit back on Tuesday and restricted the export of ...": a
            # determiner after the word opens its object; a coordinated finite verb, where
            # "banned and restricted chips" qualifies a noun.
            return False
        return token in self.lex.participle_pre

    def _predicative(self, source: str, start: int) -> bool:
        """An impact noun, a complement and a copula before the word.

        "the effect on local chipmakers would be limited", "Seoul says impact limited".
        """
        words = [w.casefold() for w in _LOWER_WORDS.findall(source, max(0, start - 60), start)]
        heads = self.lex.participle_heads
        if words and words[-1] in heads:
            # "impact limited", not "impact, limited exports"
            return source[:start].rstrip()[-1:].isalpha()
        count = len(words)
        while words and words[-1] in _COPULAS:
            words.pop()
        if len(words) == count:
            return False  # no copula: the word is no predicative adjective
        if words and words[-1] in heads:
            return True
        # "<impact> on|for <up to three words>": the noun's complement
        lo = max(0, len(words) - 5)
        return any(
            words[i] in _COMPLEMENT
            and i > lo
            and words[i - 1] in heads
            and not (i > 1 and words[i - 2] in _EFFECT_START)
            for i in range(lo, len(words))
        )

    def romance_adjective(self, text: str, mention: Mention, reading: Reading) -> bool:
        """A Romance participle in the body with no auxiliary before it qualifies a noun."""
        if not reading.langs or not reading.langs <= _ROMANCE:
            return False
        word = text[mention.start : mention.end]
        if " " in word or not word.endswith(_PARTICIPLE_ENDINGS):
            return False
        words = _WORDS.findall(text, max(0, mention.start - 40), mention.start)[-3:]
        return not any(w in self.lex.auxiliaries for w in words)

    @staticmethod
    def german_attributive(source: str, mention: Mention, reading: Reading) -> bool:
        """A German participle declined before a noun qualifies it: "verschärfter Kontrollen".

        No finite form ends in "-ter", "-tes", "-tem" (weak) or "-ener", "-enes", "-enem"
        (strong); declined so and followed by a capitalised noun, the word is an adjective.
        Round 34: "-te", "-ten" too, right after a determiner ("die erteilte Lizenz").
        """
        if "de" not in reading.langs or " " in mention.text:
            return False
        word = mention.text.casefold()
        if not word.endswith(_GERMAN_DECLINED):
            if not word.endswith(_GERMAN_DECLINED_WEAK):
                return False
            if _GERMAN_DETERMINER.search(source, max(0, mention.start - 12), mention.start) is None:
                return False
        nxt = _NEXT_WORD.match(source, mention.end)
        return nxt is not None and nxt.group(1)[:1].isupper()

    @staticmethod
    def in_name(source: str, mention: Mention) -> bool:
        """A capitalised verb after a capitalised word inside a sentence: a name's part."""
        if not source[mention.start : mention.start + 1].isupper():
            return False
        before = source[max(0, mention.start - 22) : mention.start]
        return _CAPITAL_BEFORE.search(before) is not None and not before.rstrip().endswith(".")

    def modifier(self, text: str, mention: Mention) -> bool:
        """True when a noun trigger only qualifies the next noun ("approval process")."""
        return self.modifies(text, mention.end)

    def _noun_by_what_follows(self, text: str, end: int) -> bool:
        """Whether the words after a one-word ``-s`` form show a plural noun.

        "... products that breach US export curbs." (a transitive verb does not end its
        sentence, a plural noun may), "US sanctions on Huawei" (a noun follower), "curbs
        aimed at", "rules announced on" (a participle phrase follows).
        """
        after = _WORD_AFTER.match(text, end, end + 24)
        if after is None or not after.group(1).rstrip("."):
            rest = text[end : end + 2].strip()
            if rest.startswith(".") or not rest:
                return True
        elif after.group(1).rstrip(".") in self.lex.patterns.noun_followers:
            return True
        two = _TWO_WORDS_AFTER.match(text, end, end + 40)
        return two is not None and two.group(2) in self.lex.participle_objects

    def plural_noun(self, site: Site) -> bool:
        """Whether an ``-s`` trigger is a plural noun, not a verb.

        "US sanctions on Huawei" (a noun follower), "a round of curbs" (after a
        preposition), "Washington curbs aimed at ..." (a participle phrase follows), "the
        planned curbs" (a determiner and modifiers, no actor among them).
        """
        lex = self.lex
        item, mention, pre = site.item, site.mention, site.pre
        text = item.low
        # Round 38: a verb phrase's form ("expanded its export controls on ...") ends in
        # its object's plural; the words after it follow that object, not a verb: only the
        # words before it tell a noun phrase ("hit from expanded export controls").
        if " " not in mention.text and self._noun_by_what_follows(text, mention.end):
            return True
        word = _WORD_BEFORE.search(pre)
        if (
            word is not None
            and not pre[word.end(1) :].strip()
            and word.group(1) in lex.participle_pre
        ):
            return True
        if word is not None and not pre[word.end(1) :].strip() and word.group(1).endswith("s"):
            # Round 43: "Malaysia orders permits for AI chips", "Beijing issues licences":
            # an -s verb of the governing class right before: the trigger is its object.
            start = mention.start - len(pre) + word.start(1)
            verb = lex.governing.match(text, start, start + len(word.group(1)))
            if verb is not None and verb.end() == start + len(word.group(1)):
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
