"""Which jurisdiction mentions may act: places, qualifiers, targets, authors, subjects.

Split out of ``actors.py`` (who acts for a read predicate): these answer whether one
mention of a state can be an actor at all ("exports to China", "US firms", "대중국",
"Saudi Arabia's Humain" cannot), which state authors a noun ("the US entity list",
"미국의 ... 수출 통제"), and which acting mention is nearest or marked as subject.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from streams.core.fields import ABBREVIATION, START_OF, Field, code, list_head, within
from streams.core.lexicon import Lexicon, has_cjk
from streams.core.mentions import Mention

__all__ = ["Acting"]

_AUTHOR_WINDOW: Final = 40  # chars before a noun searched for its author
_NAME_SLACK: Final = 48  # chars a state's or agency's name may start before that window
_BODY_WINDOW: Final = 48  # chars before "de/of <state>" searched for a government body
_BRIDGE_WINDOW: Final = 40  # chars before a state searched for "countries such as"
_MARKER_SPAN: Final = 6  # chars before a state searched for a target marker ("대(對)")
# "미국의 ...", "米国の ...", "美国的 ...": a possessive particle opens the noun phrase.
_CJK_POSSESSIVE = re.compile(r" ?(?:의|の|的)")
# "米国による…", "미국에 의한 …": the agent of the noun phrase that follows.
_CJK_AGENT = re.compile(r" ?(?:による|によって|에 의한|에 의해)")
_CLAUSE_END = re.compile(r"[,，。.、;；]|(?:하|했|한|해|된|되|し|する|した)")
# Word characters of any script: "für China", "à la Chine" (an ASCII class read "r", "").
_WORD_BEFORE = re.compile(r"([\w'’-]{1,20})\W{0,3}$")
_WORDS_AFTER = re.compile(r"[A-Za-z'’.-]{1,20}")
_PHRASE_END = re.compile(r"[,;:(]")
# "to the US": the article is skipped; "a" is not (Romance "a China" is "to China").
_THE_AT_END = re.compile(
    r"\b(?:the|an|os|as|o|los|las|el|le|la|les|il|lo|gli|der|die|das|den|dem|het)\s{1,3}$", re.I
)
# A Romance elided article or preposition glued to the word before a state ("d’exclure",
# "l'esclusione"): the word is what follows it (round 26).
_ELIDED = re.compile(r"(?:d|l|qu|dell|all|dall|nell|sull)['’](?=\w)")
_POSSESSIVE_NP = re.compile(r"['’]s\s{1,3}(?:[\w-]{1,24}\s{1,3}){0,4}")
# Round 35: a preposition of means or opposition closes the possessive's noun phrase
# ("slowing China's arms build-up through export controls", "Beijing's
# campaign against US sanctions"): the state owns what the measure is aimed at, not the
# measure. "of" and "to" do not ("Washington's latest round of export controls", "Japan's
# decision to impose controls").
_NP_BREAK = re.compile(r"\s(?:through|via|by|with|against|amid|despite)\s")
_POSSESSED_AIM = re.compile(
    r"['’]s\s{1,3}(?:[\w-]{1,24}\s{1,3}){1,3}?(?:through|via|by|with|against|amid|despite)"
    r"\s{1,3}(?:[\w-]{1,24}\s{1,3}){0,2}"
)
# Round 38: a state after a Romance or Germanic genitive that closes a noun phrase, then
# a preposition of means before the measure ("i programmi della Cina con nuove
# restrizioni", "les programmes de la Chine avec de nouvelles restrictions").
_GENITIVE_AIM = re.compile(
    r"\s{1,3}(?:[\w'’-]{1,24}\s{1,3}){0,2}?(?:with|through|via|con|attraverso|tramite|"
    r"mediante|avec|grâce\sà|au\smoyen\sde|por\smedio\sde|com|através\sde|por\smeio\sde|mit|"
    r"durch|met|middels)\s{1,3}(?:[\w'’-]{1,24}\s{1,3}){0,2}"
)
_GENITIVE_BEFORE = re.compile(
    r"\b(?:of|di|del|della|dei|degli|de|de\sla|du|des|d['’]|do|da|dos|das|van|von)\s{0,3}"
    r"(?:the\s|la\s|l['’]|de\s)?$"
)
# Round 38: between a state and a market's noun: a possessive, a space ("Taiwan's stock
# market", "대만 증시"), or nothing ("台湾証券取引所").
_MARKET_GAP = re.compile(r"(?:['’]s)?\s?")
_HANGUL_NOUN = re.compile(r" ?[\uac00-\ud7af]")
# Chinese object-fronting ("X将Y列入Z"): X, right before it, is the verb's subject.
_BA: Final = ("将", "把", "已将", "再将", "又将", "已把", "近日将")
# ... and a state between that marker and the verb is inside the fronted object
# ("台湾政府将中国两大科技巨头...纳入名单": China qualifies the firms, Taiwan acts).
_IN_BA_OBJECT = re.compile(r"(?:将|把)(?!于|会|在|要|近|来)[^，。；、,;:：！？\n]{0,16}$")
# Before these, Portuguese "a" is the article of a state's name, not Spanish "to".
_ARTICLE_A = re.compile(
    r"(?:^|[.:;,!?\n]|\b(?:que|e|mas|porque|quando|onde|como|se))\s{0,3}$", re.I
)
_OFFICIALS = re.compile(
    r"\b(?:ministers?|officials?|spokes(?:person|man|woman)|secretary|regulators?)\s{1,3}$", re.I
)
# "Usa-Cina", "US-China", "anti-China": a state glued by a hyphen to the word before it
# is half of a relation or a qualifier, never the actor (the first half is checked
# against the mentions: "US-China" names a relation, "US-Regierung" is one mention).
_HYPHENS: Final = ("-", "–")
# Round 37: only spaces or a slash between two states' names ("usa cina", "USA/China").
_PAIR_GAP: Final = re.compile(r" {1,2}| ?/ ?")  # a line break between ends no pair
_PAIR_REACH: Final = 28  # chars before a state searched for the first half of a pair
_PAIR_WORD: Final = re.compile(r"(?:^|[\s:,(])([a-z.]{2,6})(?: {1,2}| ?/ ?)$")
# A German genitive state ("Chinas", "Japans") before a capitalised noun owns that noun,
# unless the noun is its government ("Chinas Handelsministerium").
_STATE_INSTRUMENTS: Final = ("measure", "list", "licence")  # "Chinas Liste", "Chinas Verbot"
_GERMAN_GENITIVE = re.compile(
    r"(?!(?:Regierung|Staats|Handels|Wirtschafts|Außen|Ministerium|Ministerin|Minister|"
    r"Behörde|Zoll|Führung|Präsident|Kabinett|Parlament|Markt|Aufsicht|Exportkontroll))"
    r"[A-ZÄÖÜ][\w-]"
)
# A Dutch body named with its state's adjective ("Amerikaanse regering"): a "de" before
# it is the Dutch article, never the Romance preposition ("de China", "from China").
_DUTCH_BODY = re.compile(r"\b(?:regering|overheid|kabinet|ministerie|autoriteiten)\b")
# "中国主要晶片设备商", "31家中国机构", "中国一家企业": a Chinese state, then modifiers, then a
# noun head (``adjectival_followers``) qualifies that noun.
# Round 46: the rest of a CJK list of places after its head ("， 이란, 미얀마 ", "やイランの"):
# short members, each after a list mark, then the genitive particle if any
_CJK_LIST_MARKS: Final = frozenset(",，、・·や")
_CJK_LIST_REACH: Final = 32
# Members that are names in Hangul or katakana (foreign places), after a list mark that is
# no Chinese clause comma ("，"): a list even when the catalog lacks the places
_NAME_LIST_TAIL = re.compile(
    r"(?:\s*(?:[,、・·]|や)\s*(?:[\uac00-\ud7af]{1,5}|[\u30a0-\u30ff]{1,8})){1,5}\s*(?:の|의)?\s*"
)
_CJK_LIST_TAIL = re.compile(
    r"(?:\s*(?:[,，、・·]|や)\s*[^\s,，、。.・·]{1,6}){1,5}\s*(?:の|의)?\s*"
)
_CJK_MODIFIERS = re.compile(
    r"(?:主要|大型|最大的?|本土|国内|领先的?|顶尖|头部|龙头|知名|重要|"
    # a sector before the head ("中国电子企业旗下的…": round 21)
    r"电子|半导体|芯片|科技|通信|电信|汽车|互联网|"
    # round 31: a military qualifier ("「中国军事企业」名单": the listed firms' home)
    r"军事|军工|国防|"
    # ... and a memory maker's sector ("大陆快闪记忆体制造商长江存储")
    r"快闪记忆体|记忆体|存储器|存储|内存|闪存|晶圆|"
    r"\d{1,4}家|[一二三四五六七八九十几数多]家){1,2}"
)
# A Korean or Japanese possessive whose noun phrase is headed by firms and closed by a
# case particle: "중국의 반도체 생산기업에 ...", "中国の半導体メーカーに": the state owns the
# firms (as "China's Wingtech"); "미국의 중국 기업 제재" (a measure heads it) does not match.
# Up to four words may modify the head ("중국의 반도체 제조 및 투자 회사들과"), and a
# firm's plants are owned as the firm is ("韓의 중국공장": Korea's plants in China).
# Round 31: so are its listed bodies and its industry, what a measure is aimed at
# ("中国の複数の団体を…リストに追加", "중국의 반도체 산업을 견제하기 위해"); not a state's
# agencies ("米国の政府機関が"), which act.
_POSSESSED_FIRMS = re.compile(
    r" ?(?:의|の) ?(?:[^\s,、。]{1,10} ){0,4}[^\s,、。]{0,8}?"
    r"(?:기업|업체|회사|법인|메이커|공장|사업장|企業|企业|メーカー|会社|工場|"
    r"団体|단체|事業体|エンティティー|엔티티|산업|産業)들?"
    # round 43: "中国の半導体関連企業など140社を": "etc." before the count
    r"(?:など|等|등)?"
    r"(?:\d{1,4}(?:社|개사|곳)(?:超|以上|余り)?)?"
    r"(?:에|을|를|이|가|은|는|과|와|に|を|が|は|へ|と|の)"
)
# Round 31: the same noun phrase with its particle dropped, as headlines do ("韓의 중국공장
# 장비 수출 연간 승인"); read only when no measure noun follows (``Acting._owns_object``).
_POSSESSED_BARE = re.compile(
    r" ?(?:의|の) ?(?:[^\s,、。]{1,10} ){0,4}[^\s,、。]{0,8}?"
    r"(?:기업|업체|회사|법인|공장|사업장|企業|企业|メーカー|会社|工場)들? "
)
_OWNED_REST: Final = 16  # chars after a bare owned noun searched for a measure noun
# "中国30社超を", "중국 30개사를": a state right before a count of firms qualifies them.
# Korean and Japanese nominalisers and purpose or manner links ("...하는 것을", "...하기
# 위한", "...ための", "...ように"): a subject before one is inside an embedded clause.
_NOMINATIVE: Final = ("이 ", "가 ", "が")
# Japanese "for (a destination)": "中国向け", "中国施設向け", "中国企業向けの".
_EXEMPT_WINDOW: Final = 24  # chars around a state searched for "except", "を除き"
_CLAUSE_MARK = re.compile(r"[,，。;；、.!?]")  # a clause or sentence ends between
_DESTINATION: Final = re.compile(r"[^\s、。，,]{0,6}?向け")
_EMBEDDED: Final = re.compile(
    r"는 것을|는 것이|기 위한|기 위해|도록|ことを|ための|ために|ように|"
    # Round 39: a purpose or aim told as a noun ("…を防ぐ狙いで", "…目的で", "…을 겨냥해",
    # "…목적으로"): the nominative state before it is the subject of the aim's clause.
    r"狙いで|狙いから|目的で|目的に|겨냥해|겨냥한|목적으로"
)
_TOPIC_MARKS: Final = ("는", "은", "は")
_SENTENCE_END_MARK = re.compile(r"[。！？]|[.!?](?:\s|$)")
# Round 34: the count may follow "など"/"등" and "約"/"약" and count bodies ("団体", "곳"):
# "中国・台湾など約80団体を…エンティティーリストに追加" names the listed bodies' homes.
_COUNTED_FIRMS = re.compile(
    r" ?(?:など|등)? ?(?:約|약 ?)?(?:\d{1,4}|[一二三四五六七八九十数]{1,3})"
    r" ?(?:社|団体|개사|개 기업|곳)"
)
# "報道官は、中国は ...": a Japanese comma after a particle closes a phrase, and a state
# topic-marked after it opens the next; a comma after a noun lists places ("米国、日本へ").
# A clause closed before the comma (a topic, a te-form, or round 16's continuative verb
# "…発言をめぐり、", "…を受け、"): the state after it, marked by は/が, is the next
# clause's subject, not a listed place.
# A newspaper or outlet after a state names where it is published, not who acts:
# "アメリカの有力紙", "美国媒体", "美媒", "미국 언론", "日本の新聞".
# Round 35: a foreign outlet's name in katakana between the state and its kind ("英ロイター
# 通信によれば", "米ブルームバーグ通信などによると", "英フィナンシャル・タイムズ紙"): the
# outlet's home again, the act is the state's named after it.
# Round 42: "all", "the whole" between a Chinese place word and its state.
_CJK_QUANTIFIER = re.compile(r"(?:所有|全部|整个|全体)$")
_OUTLET = re.compile(
    r"(?:の|的)?\s?(?:有力紙|有力新聞|経済紙|新聞|メディア|通信社|媒体|媒|传媒|主流媒体|"
    # round 42: a web outlet's home ("據大陸網媒「集微網」報道")
    r"网媒|网站|官媒|"
    r"언론|매체|신문|통신사?|유력지|경제지|[ァ-ヴー・]{2,16}(?:通信社?|紙))"
)
# Round 33: a source clause closes with "と" or "ば" ("書類によると、米国政府は…",
# "報道によれば、"): the state after its comma opens the clause, it ends no list.
_TOPIC_COMMA = re.compile(r"(?:は|が|も|では|には|て|で|めぐり|受け|より|つき|おり|あり|と|ば)、$")
# "2025年10月9日、日本の輸出規制の見直しが施行された": a date or time word that opens the
# sentence, with its comma, is an adverbial; the state after it opens the clause, it is no
# listed place. Not after a subject ("商務部は4日、米国の16事業体を": the object's owner).
_TIME_COMMA = re.compile(
    r"(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:昨日|本日|今日|同日|今年|昨年|先月|今月)?、$"
)
# "15の米国のエンティティーに対する関連措置を解除し": a state owning the noun that a measure
# is aimed at ("に対する", "への") is the target's owner, not the actor (no other state
# between: "日本の韓国に対する輸出規制" keeps Japan).
# Round 39: between a CJK state and the firm it names as part of the firm's name or
# descriptor: a possessive particle, a space, or nothing ("中国の華為", "中国的华为",
# "중국의 화웨이", "中國華爲"). Not a quote: '대만 "TSMC 미국 공장에도 …"' quotes the
# state's words.
_CJK_FIRM_OWNER = re.compile(r"(?:の|的|의)?\s?")
# ... and the firm is then a verb's object or a member of a listed object ("…華為技術を",
# "화웨이를", "ファーウェイと関連会社", "华为技术有限公司及其"); "미국의 화웨이 중국 수출 통제
# 발표" goes on with a noun: the state authors the measure named after the firm.
_CJK_FIRM_OBJECT = re.compile(r"[^\s、。，,]{0,8}?(?:を|と|를|을|와|과|및|及|和|与|與|、)")
_OWNED_TARGET = re.compile(r"の[^、。，,\s]{1,12}?(?:に対する|に対して|に対し|への)")
_SENTENCE_OPEN = frozenset("。\n」】）)！？")
# Round 29 (issue 11): a Japanese or Korean dative closing a state, or a list of states,
# names where a measure goes or whom it is aimed at ("中国、サウジアラビアなどに輸出規制を
# 設け", "중국, 러시아 등에 수출 통제를"): the indirect object, never the subject. Not the
# agent ("による", "에 의한"), nor a source ("에 따르면").
_DATIVE: Final = re.compile(r"\s?(?:など|等|ら|등)?(?:に(?!よ)|へ|에게|에(?!서|\s?의|\s?따르))")
_LIST_JOIN: Final = re.compile(r"\s?(?:[、・や,，·ㆍ]|와|과|및|と)\s?")
_LISTED_MORE: Final = re.compile(r"(?:[、・][^\s、。，,がはをにへのもと]{1,10}){1,4}(?=など|等)")
_COMMA_JOIN: Final = re.compile(r"[、,，]")
_CLOSER: Final = re.compile(r"\s?(?:など|等|ら|등)")
_LIST_REACH: Final = 40  # chars after a state searched for the rest of its list
# Round 47: a body joined to another as one subject ("商務部と税関総署は", "상무부와 관세청은").
_JOINED_SUBJECT: Final = re.compile(
    r"\s?(?:と|와|과|및)\s?[^\s、。，,をにへのとが은는이가]{1,10}?(?:は|が|은|는|이|가)"
)
# Round 24: a state owning what a restriction denies: "China's access", "Chinas Zugang",
# "中国のアクセス", "중국의 … 생산능력", "限制中国获取…"; or owned after it: "acesso da China".
_ACCESS_REACH: Final = 16  # chars after a CJK possessive searched for the noun owned
_OWNER_MARK = re.compile(
    r"(?:['’]s?|s)?\s{1,3}|\s?(?:의|の|的)\s?|(?=[\u3040-\u30ff\u4e00-\u9fff])"
)
_CJK_STOP = re.compile(r"[,，。、;；]")
_OF_BEFORE = re.compile(
    r"\s(?:of|de|da|do|del|della|di|du|de\s+la|von|van|der)\s{1,3}(?:the\s|la\s|l['’])?$"
)


def _opening_time(text: str, start: int) -> bool:
    """Whether a date or time word and its comma open the sentence just before ``start``."""
    found = _TIME_COMMA.search(text, max(0, start - 16), start)
    if found is None or found.end() - found.start() < 3:
        return False
    # Round 34: spaces only; a line break before the date opens the sentence too (a
    # heading line, "概要", stands before the dated lead).
    head = text[: found.start()].rstrip(" \t\u3000")
    return not head or head[-1] in _SENTENCE_OPEN


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


class Acting:
    """Whether a jurisdiction mention can act, memoised per field; authors and subjects."""

    lex: Lexicon

    def _author(self, item: Field, mention: Mention, noun: bool) -> Mention | None:
        """The jurisdiction right before a noun: its author, even after a preposition.

        "added to the US entity list", "under Dutch export controls", "in response to
        Washington's latest crackdown". Not a target ("대중국 수출통제", "対中規制": on
        China); and a possessive earlier in the noun phrase names the author before a
        bare qualifier does ("미국의 엔비디아 H20 중국 수출 통제": the US's controls).
        """
        text = item.low
        # Round 44: a long name may start before the window and end in it ("the Commerce
        # Department's sweeping October chip control rule"): its end is what must reach.
        reach = mention.start - _AUTHOR_WINDOW
        window = within(item.actors, max(0, reach - _NAME_SLACK), mention.start)
        for actor in window:
            if actor.end < reach:
                continue
            if self._target(text, actor.start) or self._target_listed(item, actor):
                continue  # "대중국 수출통제", "대중국·러시아 수출 통제" (round 35)
            gap = text[actor.end : mention.start]
            if (
                _CJK_POSSESSIVE.match(gap)
                and not _CLAUSE_END.search(gap)
                and not self.lex.dative.search(gap)
                and self._is_acting(item, actor)
            ):
                return actor  # not a place: "原产于中国的半导体产品加征关税"
            if (
                not gap.strip()
                or gap == "s "
                or (_POSSESSIVE_NP.fullmatch(gap) and noun and not _NP_BREAK.search(gap))
            ):
                if actor.entity_id == ABBREVIATION and not self._is_acting(item, actor):
                    continue  # "美수출 통제": exports to the US, not its controls
                return actor
        return None

    def _cjk_agent(self, item: Field, mention: Mention) -> Mention | None:
        """A state marked as the agent of the noun phrase the predicate heads.

        "米国による半導体輸出規制の影響", "미국에 의한 수출 규제": by the US, whoever
        speaks in the sentence (a Japanese minister commenting on the US's controls).
        """
        text = item.low
        for actor in reversed(
            within(item.actors, max(0, mention.start - _AUTHOR_WINDOW), mention.start)
        ):
            gap = text[actor.end : mention.start]
            if _CJK_AGENT.match(gap) and not _CLAUSE_END.search(gap, 3):
                return actor
        return None

    def _access_owner(self, text: str, mention: Mention) -> bool:
        """Whether the state owns what a restriction denies: its access, its capability.

        Round 24 (issue 11): "to limit China's access to advanced chips", "visando limitar
        o acesso da China", "Chinas Zugang … zu beschränken", "中国のアクセスを制限する",
        "중국의 고급 반도체 칩 생산능력을 제한하기 위한", "限制中国获取先进芯片": a
        restriction's object names whom it is aimed at; that state never authors it.
        """
        access = self.lex.access
        mark = _OWNER_MARK.match(text, mention.end)
        if mark is not None:
            if mark.end() == mention.end:
                # no possessive: only the noun right after ("限制中国获取芯片")
                if has_cjk(text[mention.end : mention.end + 1]) and access.match(text, mark.end()):
                    return True
            elif has_cjk(text[mention.start : mention.end]):
                hi = mention.end + _ACCESS_REACH
                stop = _CJK_STOP.search(text, mark.end(), hi)
                if access.search(text, mark.end(), stop.start() if stop else hi):
                    return True
            elif text[mention.end : mark.end()].strip() and access.match(text, mark.end()):
                return True  # "China's access", "Chinas Zugang": a possessive, not "US access"
        lo = max(0, mention.start - _ACCESS_REACH * 2)
        of = _OF_BEFORE.search(text, lo, mention.start)
        if of is None:
            return False
        return any(found.end() == of.start() for found in access.finditer(text, lo, of.start()))

    def _target(self, text: str, start: int) -> bool:
        """Whether a target marker stands right before a state ("대중국", "对华", "対中").

        Not the end of a verb ("反对美国将...", "应对"): its object is the next clause's
        subject.
        """
        if text[start - 1 : start] not in self.lex.marker_ends:
            return False  # most states: no marker can end right before them
        before = text[max(0, start - _MARKER_SPAN) : start]
        return before.endswith(self.lex.target_markers) and not before.endswith(
            self.lex.cjk_not_place
        )

    def _exempt(self, text: str, mention: Mention) -> bool:
        """Whether the state is named as exempt from the measure, in its own clause."""
        lo = max(0, mention.start - _EXEMPT_WINDOW)
        for found in self.lex.exception_before.finditer(text, lo, mention.start):
            if not _CLAUSE_MARK.search(text, found.end(), mention.start):
                return True
        hi = min(len(text), mention.end + _EXEMPT_WINDOW)
        after = self.lex.exception_after.search(text, mention.end, hi)
        return after is not None and not _CLAUSE_MARK.search(text, mention.end, after.start())

    def _is_actor(self, item: Field, mention: Mention) -> bool:
        """False for places, qualifiers, possessives of a firm, datelines."""
        lex = self.lex
        text = item.low
        before = text[max(0, mention.start - 24) : mention.start]
        after = text[mention.end : mention.end + 40]
        if self._exempt(text, mention):
            return False  # "except for the US and Korea", "米国や韓国など...向けを除き"
        if self._access_owner(text, mention):
            return False  # "limit China's access to chips": the target (round 24)
        if before[-1:] in _HYPHENS and (before[-2:-1].isalnum() or before[-2:-1] == "."):
            return False  # "Usa-Cina", "anti-China": a relation or a target
        if after.startswith(_HYPHENS):
            pair = within(item.actors, mention.end + 1, mention.end + 40)
            if pair and pair[0].start == mention.end + 1:
                return False  # "US-China": the first half of a relation
        if self._juxtaposed(item, mention):
            return False  # "usa cina in vigore ...", "USA China: ...": a pair (round 37)
        if has_cjk(text[mention.start : mention.end]) and self._dative(item, mention):
            return False  # "中国、…などに輸出規制を設け": the destination (round 29)
        if has_cjk(text[mention.start : mention.end]) and self._target_listed(item, mention):
            return False  # "대중국·러시아 수출 통제": each member is a target (round 35)
        if (
            after[:1] == "s"
            and not after[1:2].isalnum()
            and item.text[mention.start : mention.start + 1].islower()
        ):
            # "empresas chinas": a Spanish plural adjective written on the name, lower case
            # (German "Chinas Zugang" and English "China's" are capitalised) (round 32).
            return False
        if has_cjk(after[:1]) and _OUTLET.match(after):
            # "アメリカの有力紙…は…と報じました": a paper's home (round 16); round 35: also
            # at a sentence's start, where no CJK character stands before the state
            # ("英ロイター通信によれば、米商務省報道官は…")
            return False
        if before and has_cjk(before[-1:]):
            if after.startswith(_BA) or text[mention.start : mention.end].endswith(_BA):
                return True  # "针对美国商务部将23家实体列入": the subject of "将 ... 列入"
            if self._target(text, mention.start):
                return False  # "대중국 수출 규제", "対中輸出": the state is the target
            if _DESTINATION.match(after):
                return False  # "中国施設向けの装置": a destination, however qualified
            owned = _OWNED_TARGET.match(after)
            if (
                owned is not None
                and not within(item.actors, mention.end, mention.end + owned.end())
                # Round 24: "日本の輸出管理厳格化に対して行った申し立て": the noun owned is a
                # measure, which the state authors; another act answers it.
                and lex.needs["measure"].search(text, mention.end, mention.end + owned.end())
                is None
            ):
                return False  # "米国のエンティティーに対する措置": the target's owner
            if _IN_BA_OBJECT.search(before):
                return False  # "将中国两大科技巨头...纳入": part of the fronted object
            if after.startswith("からの") and lex.needs["licence"].match(text, mention.end + 3):
                return True  # "米政府からの許可が必要": the licensor
            # Round 42: a quantifier between the place word and the state ("向所有大陸AI
            # 晶片客戶", "对全部中国客户"): the state still names where, not who
            bare = _CJK_QUANTIFIER.sub("", before)
            if (
                bare.endswith(lex.cjk_place)
                and not bare.endswith(lex.cjk_not_place)
                and not (
                    _TOPIC_COMMA.search(before)
                    # round 33: "…によると、米国政府は": a government noun before the topic
                    and (after.startswith(("は", "が")) or self._subject_marked(text, mention))
                )
                and not _opening_time(text, mention.start)
            ):
                return False
        elif self._target(text, mention.start):
            return False  # "대(對)중국": a target with its gloss
        else:
            if self._listed_place(item, mention):
                return False  # "nach China, Iran, Russland": each member of a list of places
            at = self._bridged(text, mention.start)
            if at < mention.start:
                before = text[max(0, at - 24) : at]  # "verso paesi come la Cina": "verso"
            origin = at - len(before)
            bare = _THE_AT_END.sub("", before)
            word = _WORD_BEFORE.search(bare)
            if word and word.group(1) in ("a", "A") and _ARTICLE_A.search(before, 0, word.start(1)):
                word = None  # Portuguese "A China intensificou", "que a China": an article
            token = word.group(1).casefold() if word else ""
            if "'" in token or "’" in token:  # a plain test first: most tokens have neither
                elided = _ELIDED.match(token)
                if elided is not None:
                    token = token[elided.end() :]  # "d’exclure la Corée": the verb, not "d’"
            if token == "de" and _DUTCH_BODY.search(text, mention.start, mention.end):
                token = ""  # "De Amerikaanse regering": the Dutch article, not Romance "of"
            if lex.relation.search(before):
                return False  # "lo scontro tra Cina e Stati Uniti": a relation, no actor
            if token in lex.object_verbs and not _CLAUSE_MARK.search(bare, word.end(1)):  # type: ignore[union-attr]
                # "Biden to hit China with new curbs", "to counter China's practices": the
                # verb's object; not after a comma ("Washington's pressure, China ...").
                return False
            # "ministers at the Department for Business", "officials of the Commerce
            # Department": people of the body speak and act for it; so does the body of
            # a state named after it ("el Gobierno de Estados Unidos").
            if (
                token in lex.place
                and not _OFFICIALS.search(before, 0, word.start(1))  # type: ignore[union-attr]
                and not (token == "from" and self._sent_by(before, word.start(1)))  # type: ignore[union-attr]
                and not self._body_of(text, origin + word.start(1))  # type: ignore[union-attr]
            ):
                return False
        if mention.type == "regulator" and _JOINED_SUBJECT.match(after):
            # Round 47: "中国商務部と税関総署は…", "상무부와 관세청은": two bodies joined as the
            # subject; "と" after a state is "with" ("中国と協議"), after a body it joins
            return True
        if after.lstrip(" ").startswith(lex.cjk_adjectival) and not lex.issued_from.match(after):
            return False  # but "米政府から…許可を取得した": the licence's issuer (round 37)
        if after[:1] in _CJK_LIST_MARKS and self._listed_qualifier(item, mention, after):
            # Round 46: "러시아, 이란, 미얀마 기업들도 이 목록에 포함됐다", "ロシアやイランの
            # 企業も": the head of a list of states that qualifies the firms listed
            return False
        modifiers = _CJK_MODIFIERS.match(after) if has_cjk(after[:1]) else None
        if modifiers is not None and after.startswith(lex.cjk_adjectival, modifiers.end()):
            return False  # "中国主要晶片设备商": a qualifier after its modifiers
        if after[:2].lstrip(" ")[:1] in ("의", "の") and self._owns_object(after):
            return False  # "중국의 반도체 기업에", "中国の半導体メーカーに": their firms
        if _COUNTED_FIRMS.match(after):
            return False  # "中国30社超をリストへ": the state counts the listed firms
        if (
            _HANGUL_NOUN.match(after)
            and not after.lstrip(" ").startswith(lex.korean_heads)
            and not lex.korean_agency.match(after)  # round 46: "대만 국제무역관리국이"
        ):
            return False  # "중국 사업장", "中 공장": a qualifier, not "중국 정부" or "중국은"
        if after.startswith(("-made", "-based", "-listed", "–made", "-origin")):
            return False
        if self._market(after):
            return False  # "a Taiwan Stock Exchange-listed company": a market (round 38)
        if (
            after.startswith("s ")
            and _GERMAN_GENITIVE.match(item.text, mention.end + 2)
            and not any(lex.needs[kind].match(text, mention.end + 2) for kind in _STATE_INSTRUMENTS)
        ):
            return False  # "Chinas Chip-Pläne gestoppt": the owner of the plans, not the actor
        if self._owns_firm(item, mention):
            return False  # "Saudi Arabia's Humain"
        # "US firm", "U.S. defense firms", "China's top contract chipmaker", but "China's
        # market regulator" acts.
        # Round 40: the state's noun phrase ends at a comma ("by Washington, chipmakers
        # must ..."): a word past it is the next clause's, never the state's head noun.
        head = _PHRASE_END.split(after, maxsplit=1)[0]
        words = [w.casefold().strip(".'’") for w in _WORDS_AFTER.findall(head)[:5]]
        words = [w for w in words if w not in ("s", "")]
        for i, token in enumerate(words[:3]):
            if token in lex.verb_words:
                break  # "China bans chip makers": a verb, the jurisdiction is its subject
            if token in lex.adjectival:
                following = words[i + 1] if i + 1 < len(words) else ""
                if following in _GOVERNMENT:
                    return True
                # "the Biden administration's latest semiconductor control measures": the
                # owner of a measure acts (round 16); "China's top chipmaker" does not.
                return (
                    after.startswith(("'s", "’s"))
                    and lex.needs["measure"].match(following + " ") is not None
                )
            if token.endswith("ed") or token in _NOT_MODIFIERS:
                break  # a verb or a function word: the head noun is not coming
        return True

    def _market(self, after: str) -> bool:
        """Whether a market's noun follows the state: "Taiwan Stock Exchange", "台湾証券取引所".

        Round 38 (issue 11): a place that is only where a firm is listed or traded ("TSMC,
        a Taiwan Stock Exchange-listed company", "the Hong Kong exchange", "대만 증시에
        상장된") never acts. ``after``: the text right after the state.
        """
        gap = _MARKET_GAP.match(after)
        at = gap.end() if gap is not None else 0
        return self.lex.market_noun.match(after, at) is not None

    def _juxtaposed(self, item: Field, mention: Mention) -> bool:
        """Whether the state is the second of two standing side by side, a space between.

        Round 37 (issue 11): "usa cina in vigore nuove restrizioni", "USA China: neue
        Exportbeschränkungen", "VS/China": a headline's pair of states names the relation
        the story is about, as "US-China" does, and the second is most often where the
        goods go; it never acts by position (the first may, as a headline's first state
        does, round 35). A lower-case headline (rebuilt from a web address) leaves the
        first half untagged ("usa"): ``pair_state_words`` names it. Latin script only:
        "米中", "미중" are read whole.
        """
        text = item.low
        if text[mention.start - 1 : mention.start] not in (" ", "/") or mention.type != (
            "jurisdiction"
        ):
            return False  # most states: a word, a bracket or a line start before them
        if has_cjk(text[mention.start : mention.end]):
            return False
        lo = max(0, mention.start - _PAIR_REACH)
        for other in within(item.actors, lo, mention.start):
            if (
                other.type == "jurisdiction"
                and _PAIR_GAP.fullmatch(text, other.end, mention.start)
                and not has_cjk(text[other.start : other.end])
            ):
                return True
        if item.name != "title":
            return False  # a lower-case pair is a headline rebuilt from a web address
        word = _PAIR_WORD.search(text, lo, mention.start)
        return word is not None and word.group(1) in self.lex.pair_state_words

    def _listed_place(self, item: Field, mention: Mention) -> bool:
        """Whether the state follows other states of one list opened by a place word.

        Round 34: "den Export … nach China, Iran, Russland … stoppen": the word before
        "Russland" is "Iran", not "nach", but every member of the list is a destination,
        and the act is the subject's (the US). The list is walked back through commas and
        conjunctions to its first member; the word before that one decides.
        """
        text = item.low
        first = list_head(item.text, text, item.actors, mention)
        if first is mention:
            return False
        at = self._bridged(text, first.start)  # round 35: "to countries such as China, …"
        bare = _THE_AT_END.sub("", text[max(0, at - 24) : at])
        word = _WORD_BEFORE.search(bare)
        if word is None or word.group(1) in ("a", "A"):
            return False  # Portuguese "a China e a Rússia" may be the subject's article
        return word.group(1).casefold() in self.lex.place and not self._body_of(
            text, at - len(bare) + word.start(1)
        )

    def _target_listed(self, item: Field, mention: Mention) -> bool:
        """Whether the state closes a list whose first member follows a target marker.

        Round 35: "대중국·러시아 수출 통제", "対中・露輸出規制": the marker before the
        list's head ("대", "対") makes every member a target, not only the first; the
        members are joined by "·", "、", "및", "와" as in a dative list (round 29).
        """
        text = item.low
        first = mention
        before = within(item.actors, max(0, mention.start - _LIST_REACH), mention.start)
        for other in reversed(before):
            if other.end > first.start:
                continue  # a mention inside another
            if _LIST_JOIN.fullmatch(text, other.end, first.start) is None:
                break
            first = other
        return first is not mention and self._target(text, first.start)

    @staticmethod
    def _possessed_aim(text: str, state: Mention, start: int) -> bool:
        """Whether the state owns a noun that a preposition of means closes before ``start``.

        Round 35: "slowing China's arms build-up through export controls":
        the state owns what the measure is aimed at; the measure is another's.
        """
        return _POSSESSED_AIM.fullmatch(text, state.end, start) is not None

    def _genitive_aim(self, text: str, state: Mention, start: int) -> bool:
        """``_possessed_aim`` for a state named after the noun it owns, by a genitive.

        Round 38 (issue 11): "punta a rallentare i programmi militari della Cina con nuove
        restrizioni", "vise à freiner les programmes de la Chine avec de nouvelles
        restrictions", "de militaire programma's van China afremmen met nieuwe
        beperkingen": the state closes the aim's noun phrase, a preposition of means opens
        the measure. Not a government body's state ("il governo della Cina con nuove
        restrizioni": it acts).
        """
        if _GENITIVE_AIM.fullmatch(text, state.end, start) is None:
            return False
        genitive = _GENITIVE_BEFORE.search(text, max(0, state.start - 12), state.start)
        return genitive is not None and not self._body_of(text, genitive.start())

    def _bridged(self, text: str, start: int) -> int:
        """Where the words governing a state end, past a class noun and "such as".

        Round 35: "limits on exports to countries such as China and Russia", "verso paesi
        come Cina e Russia": the place preposition before "countries such as" governs the
        states named after it, so the state is read from the start of that phrase; with
        no such phrase, ``start`` itself.
        """
        found = self.lex.example_opener.search(text, max(0, start - _BRIDGE_WINDOW), start)
        return found.start() if found is not None else start

    def _listed_qualifier(self, item: Field, mention: Mention, after: str) -> bool:
        """Whether a CJK list of places runs from past ``mention`` to a firm noun.

        ``after`` is the text past the mention. Only the nouns of listed entities end it
        (``target_entity_nouns``): the particles among the adjectival followers ("と",
        "に") would end any list. Its members are places: names in Hangul or katakana, or
        a place the catalog knows; a clause after a comma ("美国政府，导致该公司") is no list.
        """
        for word in self.lex.cjk_target_entity:
            at = after.find(word, 1, _CJK_LIST_REACH)
            if at <= 0:
                continue
            if _NAME_LIST_TAIL.fullmatch(after, 0, at) is not None:
                return True  # ", 이란, 미얀마 ", "やイランの": names in Hangul or katakana
            if _CJK_LIST_TAIL.fullmatch(after, 0, at) is not None and within(
                item.actors, mention.end, mention.end + at
            ):
                return True
        return False

    def _owns_object(self, after: str) -> bool:
        """Whether a possessive state owns the firms, plants or bodies a measure is about.

        ``after``: the text right after the state, from its particle "의" or "の". The
        owned noun phrase closes with a case particle ("중국의 반도체 기업에"); round 31:
        a headline drops the particle ("美, 韓의 중국공장 장비 수출 연간 승인": Korea's
        plants get the approval), and then no measure noun may follow in the phrase
        ("미국의 중국 기업 수출 통제" is the US's controls on Chinese firms).
        """
        if _POSSESSED_FIRMS.match(after):
            return True
        bare = _POSSESSED_BARE.match(after)
        if bare is None:
            return False
        stop = _CJK_STOP.search(after, bare.end(), bare.end() + _OWNED_REST)
        rest = after[bare.end() : stop.start() if stop else bare.end() + _OWNED_REST]
        return self.lex.needs["measure"].search(rest) is None

    @staticmethod
    def _dative(item: Field, mention: Mention) -> bool:
        """Whether a Japanese or Korean dative closes the state or the list of states it opens.

        "中国、サウジアラビア、アラブ首長国連邦などに", "중국과 러시아에", "중국, 러시아
        등에": every state of the list is a destination. A list joined by commas must close
        with "など", "等", "등": "일본, 한국에 대한 …", "中国、日本産…に" are a headline's
        topic and its object. Names the catalog does not hold may close it before "など".
        """
        text = item.low
        end = mention.end
        commas = False
        for other in within(item.actors, end, end + _LIST_REACH):
            join = _LIST_JOIN.fullmatch(text, end, other.start)
            if join is None:
                break
            commas = commas or _COMMA_JOIN.search(join.group()) is not None
            end = other.end
        dative = _DATIVE.match(text, end)
        if dative is not None:
            return not commas or _CLOSER.match(text, end) is not None
        # The list goes on past the catalog's states ("、サウジアラビア、アラブ首長国連邦などに").
        rest = _LISTED_MORE.match(text, end, end + _LIST_REACH)
        return rest is not None and _DATIVE.match(text, rest.end()) is not None

    def _sent_by(self, before: str, end: int) -> bool:
        """Whether a document noun ends right before "from" ("a letter from Washington").

        The sender of a letter, notice or order acts: "received a letter from the Trump
        administration stating that a licence is needed".
        """
        ends = [m.end() for m in self.lex.document.finditer(before, 0, end)]
        return bool(ends) and not before[ends[-1] : end].strip()

    def _body_of(self, text: str, end: int) -> bool:
        """Whether a government body ends at ``end``, its own complement included.

        "el Gobierno de", "il ministero del Commercio di": wider than a word's window.
        """
        lo = max(0, end - _BODY_WINDOW)
        bare = _THE_AT_END.sub("", text[lo:end])
        return self.lex.government_before.search(bare) is not None

    def _is_acting(self, item: Field, actor: Mention) -> bool:
        """Whether a jurisdiction mention can be the actor, memoised per field."""
        ok = item.acting.get(actor.start)
        if ok is None:
            ok = item.acting[actor.start] = self._is_actor(item, actor)
        return ok

    def acts_before(self, item: Field, start: int, end: int) -> bool:
        """Whether a state that can act stands in ``[start, end)`` (a clause's subject).

        Round 44: a participle clause after its comma ("…, banning exports of …") acts
        for the main clause's state; after a passive with no state acting ("26 Chinese
        companies were taken off the list, easing exports to them") it tells an effect.
        """
        return bool(self._acting(item, start, end))

    def _acting(self, item: Field, start: int, end: int) -> list[Mention]:
        """Jurisdiction mentions in ``[start, end)`` that can be the actor."""
        return [a for a in within(item.actors, start, end) if self._is_acting(item, a)]

    def _last_acting(self, item: Field, start: int, end: int, sov: bool) -> Mention | None:
        """The acting mention nearest before ``end``; in Japanese/Korean, the subject."""
        if sov:
            acting = self._acting(item, start, end)
            for actor in reversed(acting):
                if self._subject_marked(item.low, actor):
                    if (
                        actor is not acting[0]
                        and item.low.startswith(_NOMINATIVE, actor.end)
                        and _EMBEDDED.search(item.low, actor.end, end)
                    ):
                        # "BIS은 ... 중국이 ...에 접근하는 것을 차단하기 위한 조치를 발표":
                        # a nominative subject of a clause nominalised inside the object;
                        # the topic ("은", "は") stays the sentence's subject.
                        continue
                    return actor  # "미 상무부 산업안보국(BIS)은 ... 중국 법인의 ..."
            # Round 44: a state in the noun phrase a target particle closes before the verb
            # ("「日本の軍事関連のエンドユーザー…」に対し、…輸出を禁止する", "일본 기업에 대해
            # …금지"): what the measure falls on, never its author; the subject is dropped.
            for actor in reversed(acting):
                target = self.lex.target_particle.search(item.low, actor.end, end)
                # the particle closes this state's phrase, not a later state's ("日本の韓国
                # に対する輸出規制": Korea is the target, Japan the author)
                if target is None or any(
                    code(other) != code(actor)
                    for other in within(item.actors, actor.end, target.start())
                ):
                    return actor
            return None
        # Backwards from ``end``: most calls want the nearest, not all of them.
        actors = item.actors
        i = bisect.bisect_left(actors, end, key=START_OF) - 1
        while i >= 0 and actors[i].start >= start:
            actor = actors[i]
            if actor.end <= end and self._is_acting(item, actor):
                return actor
            i -= 1
        return None

    def _lead_subject(self, item: Field, lead: list[Mention]) -> Mention:
        """The lead's acting state that is its first sentence's subject (``lead`` non-empty).

        Round 39: "중국이 …하는 것을 막기 위한 목적으로 미국 상무부는 … 강화했다", "中国が…
        を防ぐ狙いで、米商務省は…": a nominative state before a purpose or a nominaliser is
        the subject of the embedded clause; the topic named after it in the sentence is the
        sentence's subject. Otherwise the first acting state, as before.
        """
        first = lead[0]
        text = item.low
        if not text.startswith(_NOMINATIVE, first.end):
            return first
        found = _SENTENCE_END_MARK.search(text, first.end)
        end = found.start() if found is not None else len(text)
        for later in lead[1:]:
            if later.start >= end:
                break
            if self._topic_marked(text, later) and _EMBEDDED.search(text, first.end, later.start):
                return later
        return first

    def _topic_marked(self, text: str, actor: Mention) -> bool:
        """A Japanese/Korean topic particle after the state or its government noun."""
        pos = actor.end + 1 if text.startswith(" ", actor.end) else actor.end
        if text.startswith(_TOPIC_MARKS, pos):
            return True
        return self._subject_marked(text, actor) and not text.startswith(_NOMINATIVE, actor.end)

    def _subject_marked(self, text: str, actor: Mention) -> bool:
        """A Japanese/Korean subject or topic particle after the mention (or its acronym)."""
        pos = actor.end
        bracket = _BRACKETED.match(text, pos)
        if bracket is not None:
            pos = bracket.end()
        if text.startswith(self.lex.subject_particles, pos):
            # Round 39: "중국이나 마카오에": "or", the first of two places, no subject
            return not text.startswith(self.lex.joining_particles, pos)
        # Round 32: "미국 정부는", "米国政府は": a government noun between the state and its
        # particle; the state is still the topic, not a place named later in the clause.
        head = pos + 1 if text.startswith(" ", pos) else pos
        for noun in self.lex.subject_heads:
            if text.startswith(noun, head):
                return text.startswith(self.lex.subject_particles, head + len(noun))
        return False

    @staticmethod
    def _owns_firm(item: Field, actor: Mention) -> bool:
        """True when a possessive jurisdiction qualifies a firm: "China's Wingtech".

        Round 39: the CJK forms too, where the state is part of the target's name or
        descriptor ("中国の華為技術を", "中国的华为", "중국의 화웨이를", "中國華爲技術"): a
        possessive particle, or nothing, between the state and the firm's name.
        """
        rest = item.low[actor.end : actor.end + 3]
        if rest.startswith(("'s", "’s", "' ", "’ ")):
            firms = within(item.firms, actor.end, actor.end + 40)
            return bool(firms) and firms[0].start - actor.end <= 4
        if not has_cjk(item.low[actor.end - 1 : actor.end]):
            return False
        firms = within(item.firms, actor.end, actor.end + 8)
        if not firms or _CJK_FIRM_OWNER.fullmatch(item.low, actor.end, firms[0].start) is None:
            return False
        return _CJK_FIRM_OBJECT.match(item.low, firms[0].end) is not None
