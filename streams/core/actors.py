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

import re
from itertools import pairwise
from typing import Final

from streams.core.acting import Acting
from streams.core.cues import last_match
from streams.core.fields import ABBREVIATION, Field, Site, closes_clause, code, last_before, within
from streams.core.lexicon import Lexicon, Reading, has_cjk, normal
from streams.core.mentions import Mention

__all__ = ["Actors"]

_AGENT_WINDOW: Final = 90  # chars after a trigger searched for "by <actor>"
_FROM = re.compile(r"from\b", re.I)
_PASSIVE_MARKS: Final = frozenset(["获", "被", "遭", "受"])
# Round 39: a Korean or Japanese passive or resultative ending right after the trigger
# ("수출이 통제되게 됐다", "수출이 통제됐다", "輸出が規制された"): its subject is the patient.
_SOV_PASSIVE_AFTER = re.compile(r"\s?(?:되|됐|돼|된|됨|될|され|される|された)")
_CLAUSE_COMMA = re.compile(r"[，,]")
# Round 41: a reaction verb joined to the act by "and" ("Pékin riposte et restreint …",
# "Beijing hits back and restricts …", "China schlägt zurück und beschränkt …"): the state
# retaliates with an act of its own; an adverb may stand after the conjunction.
_ACT_COORDINATED: Final = re.compile(
    r"(?:\s+back)?,?\s+(?:and|et|und|y|e|ed|en)\s+(?:[a-zà-ÿ]+ly\s+|now\s+|aussitôt\s+)?"
)
# Round 44: the measure a reaction is made with is the reacting state's act ("Beijing
# retaliated with export curbs on Nexperia chips", "a répliqué par des restrictions").
_ACT_INSTRUMENT: Final = re.compile(
    r"(?:\s+back)?\s+(?:with|by\s+imposing|by\s+introducing|par|mit|con|com|met)\s+"
    r"(?:[\w'’-]+\s+){0,3}"
)
# Round 28: a CJK headline's opening state and its comma ("美, ", "中国、", "美，").
_TOPIC_COMMA = re.compile(r"\s{0,2}[,，、]")
# A possessive or attributive particle after a state: it qualifies a noun, as a subject does.
_MARKED_AFTER: Final = ("の", "의", "的", "方")
_SEPARATION_REACH: Final = 24  # chars before an agent preposition searched for its noun
_LEAD: Final = 500  # chars of the body that make its lead (a headline's implied actor)
# The US president's instruments named in a story with no state ("Presidential
# Proclamations released yesterday", "an executive order signed on Monday").
# Round 32: the dative of a plea's addressee ("미국 정부에 …", "米国政府に …"); not "에서",
# "에 대한", "による".
_ADDRESSEE = re.compile(r"(?:에게|에(?!서|\s?대한|\s?의|\s?따르)|に(?!よ|対|お))")
_US_INSTRUMENT = re.compile(r"\b(?:presidential\s+proclamations?|executive\s+orders?)\b")
_INVERTED: Final = 24  # chars before a source searched for its inverted "dijo", "sagte"
# Round 36: "new" between a nationality adjective and its measure noun
_NEW: Final = frozenset({"new", "neue", "neuen", "neuer", "neues", "nieuwe"})
# Round 43: one word of a text, its letters, hyphens and apostrophes (``_demonym_body``)
_WORD = re.compile(r"[\w'’-]+")
# German compound tails of a state's body ("Marktaufsicht", "Wettbewerbsbehörde")
_GERMAN_BODY_TAILS: Final = (
    "regierung",
    "ministerium",
    "behörde",
    "behörden",
    "aufsicht",
    "kommission",
)
# Round 44: an -ing word standing right before a trigger, after its comma.
_PARTICIPLE_BEFORE = re.compile(r",\s{1,3}([a-z]{3,20}ing)\s{1,3}$")
_DEMONYM_WINDOW: Final = 32  # chars before a verb searched for "<measure> <demonym>"
# Round 34: a Romance compound past between a subject and its participle ("a interdit",
# "ha vietato", "han prohibido", "tem proibido"); "" is the simple past right after it.
_ROMANCE_AUXILIARIES: Final = frozenset(
    ["", "a", "ont", "ha", "hanno", "han", "tem", "têm", "a déjà", "ha già", "ha ya"]
)
_SUBJECT_GAP: Final = 48  # chars between a firm and its verb
_SOV_SUBJECT_GAP: Final = 96  # ... when a Japanese or Korean particle marks the firm
# Round 46: a participle of ownership before "by": the state owns the object, acts not
_OWNED_BY = re.compile(r"\b(?:owned|backed|funded|majority-owned)\s{1,3}by\s{1,3}(?:the\s{1,3})?$")
_BY_AGENT = re.compile(r"\bby\s{1,3}(?:the\s{1,3})?$")
# Round 34: Italian "da" names a passive's agent ("aperta da Pechino"); Portuguese "da" is
# "of the" ("empresas da China"), its agent "pela"/"pelo".
_DA = re.compile(r"da\b")
# Round 34: a locative preposition right before a state ("in China", "en Chine", "na China",
# "nella Cina", "in der Volksrepublik"): where a probe is held (``Actors._probe_place``).
# The future passive's auxiliaries ("será investigada", "sera visée", "wird untersucht"),
# which ``passive_auxiliaries`` leaves out.
_FUTURE_PASSIVE = re.compile(
    r"\b(?:será|serão|serán|sera|seront|sarà|saranno|wird|werden|wordt|zal worden)\s{1,3}"
    r"(?:[a-zà-ÿ]{1,20}\s{1,3})?$"
)
_GENITIVE = re.compile(r"\b(?:de|des|du|d['’]|of|di|del|della|dei|do|da|dos|das|von|van)\s{0,3}$")
_LOCATIVE = re.compile(r"\b(?:in|en|na|no|em|nella|nel|in der|im)\s{1,3}(?:la\s{1,3})?$")
_WORD_BEFORE = re.compile(r"([A-Za-z'’-]{1,20})\W{0,3}$")
# Round 42 (``_firm_subject``): words both a place preposition and an article, and the
# marks that open a clause before such an article (a dateline's dash, a colon, a comma).
_ARTICLE_PREPOSITIONS: Final = frozenset(["a"])
# Round 42 (``_opening_firm``): the marks after which a Chinese clause opens.
_CJK_CLAUSE_MARKS: Final = frozenset(",，;；")
_CLAUSE_OPENING = re.compile(r"[–—:;,(]\s{0,3}$")
# Dutch and German are verb-second: a subject may follow the finite verb, after at most
# two short adverbs ("beperkte ook Nederland", "verbot nun auch China").
_VERB_SECOND: Final = frozenset(["de", "nl"])
_INVERTED_REACH: Final = 24  # chars after a verb-second verb to its inverted subject's start
# Round 37: a Chinese state that owns the licence a firm obtained, "的" then a few
# modifiers before the licence noun ("美国商务部的H20出口许可证"), no clause mark.
_CJK_OWNED_OBJECT = re.compile(r"的[^，。、；,;\s]{0,8}")
_CJK_OWNED_REACH: Final = 12
_INVERTED_GAP = re.compile(r"\s(?:[a-zäöüß]{1,8}\s){0,2}")
# Round 40: a fronted "under the rules published ... by <state>," frames the duty of
# its clause ("firms must now apply for a licence"): the participle's agent owns the
# rules, so it acts; any other earlier participle's agent ("the equipment needed by
# China ...") does not.
_RULE_OPENER = re.compile(
    r"\s*(?:under|according\s{1,3}to|in\s{1,3}line\s{1,3}with|as\s{1,3}part\s{1,3}of)\s{1,3}"
    r"(?:(?:the|its|a|new|latest|updated|revised|expanded|tougher|stricter|sweeping|final)"
    r"\s{1,3}){0,3}"
)
# Dutch and German perfect auxiliaries right after a subject: "China heeft ...", "Peking hat ...".
_PERFECT_AUX = re.compile(
    r"\s(?:heeft|hebben|had|hadden|is|zijn|hat|haben|hatte|hatten|ist|sind)\b"
)
# "The US barred Huawei ..., saying its gear could be used by Beijing for spying": the
# "by" agent belongs to a passive of another verb after the trigger, not to the trigger.
_OTHER_PASSIVE = re.compile(
    r"\b(?:be|been|being|is|are|was|were)\s{1,3}(?:[a-z]{2,16}ly\s{1,3})?[a-z]{2,20}(?:ed|en|wn)"
    r"\s{1,3}by\s{1,3}(?:the\s{1,3})?$"
)
_ROMANCE_OF = re.compile(
    r"(?:\s(?:à|a|al|aux|alla|alle)\s(?:l['’]|la\s|les\s|las\s|los\s|el\s)?[\w-]{3,20})?"
    r"\s(?:de|du|des|di|del|della|dei|do|da|dos|das)\s(?:l['’]|la\s|les\s|los\s|las\s|el\s|gli\s)?"
)
# Round 13 (eu): a Romance past participle right before an agent preposition
# ("restrizioni ... decise dagli Stati Uniti", "contrôles ... décidés par Washington"):
# the "by" agent of that participle, however far the noun stands before it.
_PARTICIPLE_BEFORE_AGENT = re.compile(
    r"(?:[aeiou]t[aeio]s?|[aeiou]s[aeio]s?|[cst]t[aeio]s?|ées?|és|[aiu]d[ao]s?)\s{1,3}$"
)
# Round 34: a day between the participle and its agent ("pubblicate martedì dal BIS",
# "publiées mardi par le BIS", "anunciadas el martes por"), and an institution owned by
# the agent state ("dal governo degli Stati Uniti", "par le gouvernement des États-Unis",
# "por el Departamento de Comercio de EE. UU."): the agent preposition stands before it.
_AGENT_DAY = re.compile(
    r"\s(?:ieri|oggi|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|hier|"
    r"aujourd'hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ayer|hoy|"
    r"(?:el\s)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|ontem|hoje|"
    r"(?:na\s|no\s)?(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?)\s{1,3}$"
)
_INSTITUTION_OF = re.compile(
    r"\b(?:governo|gouvernement|gobierno|amministrazione|administration|administración|"
    r"administração|dipartimento|département|departamento|ministero|ministère|ministerio|"
    r"ministério)\s(?:degli|dei|del|della|des|du|de\sla|de|dos|do|da)\s$"
)
# An infinitive purpose clause ends the noun's phrase ("nieuwe exportregels
# gepresenteerd om de vooruitgang van China te vertragen"): no agent beyond it.
# Round 36 (issue 11): the issuer of a licence a firm obtained, named after the licence
# noun by the European "of/from" ("a obtenu des licences d'exportation du gouvernement
# américain", "obtuvo las licencias de Estados Unidos", "obteve licenças dos EUA"): an
# optional export qualifier, the preposition with its article, an optional government
# noun whose owner follows as a name or a demonym.
_ISSUER_OF: Final = re.compile(
    r"(?:\s(?:d['’]|de\s|di\s|da\s|zur\s|voor\s)?(?:exportation|exportación|esportazione|"
    r"exportação|exportacao|ausfuhr|export)\b)?"
    r"\s(?:de\sla\spart\sd(?:u|es|e)|por\sparte\sdel?|da\sparte\sd(?:el|ella|ei|egli|i|o|a)|"
    r"de|du|des|del|della|dei|degli|dal|dalla|dai|dagli|do|da|dos|das|von|vom|van|from)\s"
    r"(?:l['’]|la\s|les\s|los\s|las\s|el\s|gli\s|the\s|der\s|den\s|de\s|het\s)?"
)
_ISSUER_QUALIFIER: Final = re.compile(
    r"(?:\s(?:d['’]|de\s|di\s|da\s)(?:exportation|exportación|esportazione|exportação))?\s"
)
_ISSUER_GOVERNMENT: Final = re.compile(
    r"(?:governo|gouvernement|gobierno|government|regierung|regering|administration|"
    r"administración|administração|amministrazione)\b(?:\s(?:degli|dei|del|della|des|du|de\sla|"
    r"de|dos|do|da|of\sthe|of|van\sde|der)\s)?"
)
#: Round 38: the verbs of a deal between two firms named around them ("高通收购Autotalks",
#: "英伟达并购迈络思"): the second firm is the deal's, so the first decides the phrase's role.
_DEAL_VERBS: Final = frozenset({"收购", "并购", "兼并", "合并", "购买", "入股", "控股"})
#: What may stand between an issuer named before its licence and the licence noun.
_ISSUER_PRENOMINAL: Final = frozenset({" ", "-", "", "'s ", "’s "})
_ISSUER_REACH: Final = 40  # chars after the licence noun searched for its issuer
_PURPOSE_BETWEEN = re.compile(r"\s(?:om|um|pour|afin de)\s")
#: A possessive between a state and the ministry it owns: "'s ", "的", "の", "의 ".
_POSSESSIVE_GAP: Final = re.compile(r"(?:['’]s |的|の|의 ?)")
_OWNER_REACH: Final = 40  # chars before a ministry searched for its owner's possessive
#: Needed classes that name the object of the act: the country a favourable list holds.
_LISTED_COUNTRY: Final = frozenset({"country_list"})
#: Between a list's keeper and the list: "Japan's ", "日本の「", "일본의 ‘".
_KEEPER_GAP: Final = re.compile(r"(?:['’]s |的|の|의 ?)[\s「『‘'\"“(（]{0,2}")
_LIST_NOUN_GAP: Final = re.compile(r"[\s」』’'\"”)）]{0,3}")
# A relative pronoun right after a state: ", which", ", qui", ", que", ", che", ", die".
_RELATIVE_OPENER: Final = re.compile(
    r",\s{1,3}(?:which|who|qui|que|quien|quienes|che|die|der|das|dat)\s"
)
# Round 21 (issue 11): a relative pronoun with no comma after an owner's state ("la
# regulación de Estados Unidos que prohíbe", "the rule of the US that bans", "la règle
# des États-Unis qui interdit"): a restrictive clause on the measure the state owns.
_RELATIVE_BARE: Final = re.compile(r"\s{1,3}(?:that|qui|que|che|dat)\s")
_OWNER_BEFORE: Final = re.compile(
    r"\w\s{1,3}(?:of|of the|de|del|de la|de los|des|du|van|di|del|della|dello|dos|das|do|da)"
    r"\s{1,3}$"
)
_TARGET_BEFORE: Final = re.compile(
    r"\b(?:against|on|to|into|contre|contra|gegen|tegen|sobre|à|a|nach|naar|verso|para)"
    r"(?:\s{1,3}(?:the|la|le|l'|el|il|a|o|den|die|de))?\s{1,3}$"
)
_RELATIVE_REACH: Final = 60  # chars before a verb searched for "<state>, which"
_CLAUSE_STOP: Final = re.compile(r"[,;:]|\s(?:and|but|et|mais|y|pero|e|ma|und|aber|en|maar)\s")
# Round 29 (issue 11): a Japanese or Korean noun answered by a quote ("…VEU 제외에 "필요한
# 조치 취할 것"", "…輸出規制強化に「断固反対」"): the quote is the subject's answer to the
# measure (one short word, "강화", "強化", may close the noun phrase first).
_ANSWERED = re.compile(
    r"(?:\s?[^\s\"“'‘「『,、。]{1,4})?\s?"
    r"(?:에 대해|에 대한|에|に対して|に対し|には|に)\s?[,、]?\s?[\"“'‘「『]"
)
# Round 29 (issue 11): an English state right before a passive auxiliary is the verb's
# patient ("China and Russia, are completely cut off", "Korea was exempted"); not a
# possessive ("Japan's controls were tightened": the gap holds the owned noun).
_PATIENT_AUX = re.compile(
    r"\W{0,3}(?:is|are|was|were|be|been|being|got|gets)\s{1,3}(?:[a-z]{2,16}ly\s{1,3})?"
)
_AND_STATE = re.compile(r",?\s{1,3}(?:and|or|&)\s{1,3}(?:the\s{1,3})?")
_REACTION_GAP: Final = 24  # chars after a headline's state searched for its reaction verb
# Round 30 (issue 11): how far a retaliation's cue may stand from the measure it answers:
# before a Latin-script noun ("in retaliation for Washington's latest chip curbs"), after
# a CJK one ("규제 강화에 따른 보복", "関税への報復"); no clause mark between.
_CAUSE_BEFORE: Final = 48
_CAUSE_AFTER: Final = 12
_CAUSE_BREAK = re.compile(r"[,;:.，。；：、!?！？…]")
# Round 30: a state made to act: the causative verb's article, then the infinitive's marker
# ("amener les États-Unis à assouplir", "push the United States to ease").
_CAUSEE_ARTICLE = re.compile(
    r"\s{1,3}(?:(?:les|la|le|l['’]|the|los|las|el|a\s{1,3}los|a\s{1,3}la|a|gli|il|lo|os|as|o)"
    r"\s{0,3})?$"
)
_CAUSEE_MARK = re.compile(r"\s{1,3}(?:à|a|to|para)\s{1,3}")
_CAUSEE_REACH: Final = 36  # chars before the state searched for the causative verb
_CJK_CAUSEE = re.compile(r"(?:に|에게|이|가)\s?")  # "米国に", "미국이": the state made to act
_OPEN_MARKS: Final = "「『“‘《(（"  # quote marks around a firm's name
_CLOSE_MARKS: Final = "」』”’》)）"
# The script a Japanese or Korean paper's home word ("政府", "정부") stands among.
_HOME_SCRIPT: Final = {"JP": re.compile(r"[\u3040-\u30ff]"), "KR": re.compile(r"[\uac00-\ud7af]")}
_LIST_JOINS = frozenset(["、", "和", "与", "及", "，", ",", "·"])
# A join between listed firms, after a group word of the name ("鴻海集團、三星").
_LISTED = re.compile(r"(?:集团|集團|公司|电子|電子)?\s?[、和与與及，,·]\s?")
_ORDER_REACH: Final = 90  # chars before a verb searched for a firm's order to others
_ORDER_ADVERBS: Final = frozenset("已经再度又曾日前近本周")  # "已要求", "本周通知"
# Round 37: listings whose entities' nationality never names the lister.
_ENTITY_LISTINGS: Final = frozenset(
    {"list_add", "list_remove", "list_add_japan", "listing_brought_under", "sanction"}
)
# Round 39: resultatives whose subject is the trade ("exports of the A800 came under
# control", "輸出できなくなった"): agentless as a passive, the story's state acts.
_RESULTATIVES: Final = frozenset({"trade_came_under", "trade_blocked_result"})
# Round 37: a clause mark after a verb of receiving ends its clause before the trigger.
_RECIPIENT_BREAK = re.compile(r"[,;:.!?，。；：、]")
_LIST_OWNER_REACH: Final = 32  # chars before a list noun searched for its owner's adjective
_RECIPIENT_REACH: Final = 120  # chars before a trigger searched for a verb of receiving
# Round 37: a preposition of direction right before a state: where the goods go.
_TOWARDS = re.compile(
    r"\b(?:to|into|towards?|vers|verso|alla|all['’]|para|nach|naar)"
    r"\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l['’]|a\s{1,3}|o\s{1,3})?$"
)
# Spanish and Italian "a" right before a state, after a word that is no conjunction
# (Portuguese "que a China", "e a China" put the article there).
_BARE_A = re.compile(r"([a-z0-9àáâãçéêíóôõúü]{1,16})\s{1,3}(?:a|à|al)\s{1,3}$")
_ROMANCE_WORDS = re.compile(r"\b(?:de|del|della|di|du|des|do|da|que|che|el|il|les|dei|dos)\s")
_NOT_BEFORE_A: Final = frozenset(
    {"que", "e", "mas", "porque", "quando", "onde", "como", "se", "já", "ja", "também", "ou"}
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")
# Round 38: after "对华": "为/為" (Huawei), "盛" (Washington), "人/侨/裔" (Chinese people),
# "尔/爾" (Wall Street), "南/北/东/西/中" (regions): no destination.
_NOT_AFTER_HUA: Final = frozenset("为為盛人侨僑裔尔爾南北东東西")
_CJK_DESTINATION_REACH: Final = 10  # chars before a trigger searched for "对华", "対中"
# Round 38: an import word between a trigger and the state after it: goods coming in.
_IMPORTS = re.compile(r"import|einfuhr|invoer|进口|進口|輸入|수입")
_CJK_TOWARDS: Final = ("向け", "への", "에 대한 수출", "로 수출", "으로 수출", "에 수출")
_RECEIVE_AFTER: Final = 36  # chars after a verb-final trigger searched for "輸入", "kopen"
# Round 37: what may stand between a CJK state and its entity noun: a space, a possessive,
# a sector word ("中国科技企业", "중국 반도체 기업").
_CJK_ENTITY_GAP = re.compile(r"^\s?(?:的|の|의\s?)?(?:科技|半导体|半導体|芯片|반도체\s?|テック)?")
_BRACKETED = re.compile(r"\s{0,2}[(（][^)）]{1,30}[)）]")


# Round 38: what may stand between a verb of backing and the measure it backs (an
# adverb, a date: "had backed in January the tightening of"); a clause mark or a
# conjunction opening another clause ("backed the deal and then banned") ends it.
_BACKING_BREAK = re.compile(r"[,;:.!?，。；：！？、]")
# ... and a conjunction between the verb and the trigger opens the subject's next act
# ("backed the plan and restricted", "支持国产芯片并限制"); before the verb it joins the
# backers ("Japan and the Netherlands backed").
_BACKING_NEXT = re.compile(
    r"\s(?:and|then|but|y|pero|e|ma|et|mais|und|aber|en|maar)\s|并|並|同时|同時|而且"
)
# "backed away from", "backed down": a retreat, no backing.
_BACKED_OFF = re.compile(r"\s(?:away|down|off|out)\b")
_BACKING_SPAN: Final = 80  # chars between the backers and the measure they back
_BACKING_REACH: Final = 60  # chars of the measure's phrase after it searched for its owner
# A state after one of these names where the goods go or whom the measure aims at, never
# the owner of the measure backed ("restrictions on sales to China", "a China", "对华").
_NOT_OWNER_BEFORE = re.compile(
    r"\b(?:to|into|towards?|on|against|for|vers|verso|alla|all['’]|para|nach|naar|contre|"
    r"contra|gegen|tegen|sobre|à|a|aux|al|pour|per|für|voor|ai|agli|alle)"
    r"(?:\s{1,3}(?:the|la|le|l['’]|el|il|a|o|den|die|de|het))?\s{1,3}$"
)


# Round 38: between a response phrase's clause mark and the firm opening the next clause:
# a space, an article ("la Nvidia", "a Nvidia"), a verb-second verb ("schrieb Nvidia").
_RESPONSE_GAP = re.compile(r"\s{0,2}(?:(?:la|a|le|il|el|o|die|de|het)\s|[a-zäöüß]{2,12}\s)?")
_RESPONSE_FIRM: Final = 16  # chars after the mark searched for the firm's start
_SUBJECT_MARKS: Final = frozenset(["は", "が", "는", "은", "가", "이"])
# A passive mark right before a CJK verb: "遭列入", "被列入", "遭到制裁" (the agent, if any,
# stands between: "遭美国制裁" is read by ``_cjk_agent``).
_PATIENT = re.compile(r"(?:遭到|受到|遭|被)$")


def _repeated(item: Field, actor: Mention) -> str:
    """The state of a ministry named bare after its full name earlier in the text.

    "美國商務部…宣布，被商務部列入…": the bare "商务部" (China's ministry when alone)
    repeats the US department named before it in the sentence (round 16). Round 39: the
    full name may stand in an earlier sentence ("美国商务部周五发布新规。…商务部把华为
    加入实体清单"): the last qualified mention of the ministry before it names whose it
    is; with none, the bare name keeps its own state.
    """
    bare = actor.text
    if actor.type == "regulator" and (owner := _owner(item, actor)) is not None:
        return owner
    for earlier in reversed(within(item.actors, 0, actor.start)):
        if (
            earlier.end < actor.start
            and earlier.text != bare
            and earlier.text.endswith(bare)
            and earlier.jurisdiction
        ):
            return code(earlier)
    return code(actor)


def _owner(item: Field, body: Mention) -> str | None:
    """The state whose possessive stands right before a ministry's generic name.

    "Taiwan's commerce ministry", "台湾的商务部", "대만의 상무부": the bare name is one
    state's ministry only when nobody owns it (the catalog's alias of MOFCOM); a state's
    possessive right before it names whose ministry acts (round 18).
    """
    for state in within(item.actors, max(0, body.start - _OWNER_REACH), body.start):
        gap = item.low[state.end : body.start]
        if state.type == "jurisdiction" and _POSSESSIVE_GAP.fullmatch(gap):
            owner = code(state)
            return owner if owner != code(body) else None
    return None


def _genitive_da(item: Field, agent: str) -> bool:
    """Whether the agent word is Portuguese "da" ("of the"), which names no agent (round 34)."""
    return _DA.match(agent) is not None and item.language() == "pt"


class Actors(Acting):
    """Finds the acting jurisdiction of a read predicate."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Keep the compiled lexicon (places, qualifiers, agents, particles)."""
        self.lex = lexicon

    def actor(
        self, fields: dict[str, Field], site: Site, reading: Reading, previous: str | None
    ) -> tuple[str, str] | None:
        """The acting jurisdiction and how it was found; ``previous``: the last event's."""
        needs = reading.predicate.needs
        listed = (
            self._listed(site, needs.word_class)
            if needs is not None and needs.word_class in _LISTED_COUNTRY
            else None
        )
        if listed is None:
            owner = self._list_owner(site, reading)
            if owner is not None:
                return owner, "actor"  # round 44: "een Amerikaanse zwarte lijst"
            found = self._actor(fields, site, reading, previous)
            if found is None and reading.predicate.action == "investigate":
                return self._probe_place(site)
            if (
                found is not None
                and reading.predicate.id in _ENTITY_LISTINGS
                and found[0] in self._listed_nationalities(site)
            ):
                # "26 Chinese companies were taken off the list, China's ministry said": the
                # listed firms' state never lists them; another does (round 37)
                return None
            if found is not None and found[1] != "agent" and self._destination(site, found[0]):
                # "Exports to China of the H20 are now restricted, Beijing said": where the
                # goods go is never who stops them (round 37)
                return None
            if (
                found is not None
                and found[1] != "agent"
                and found[0] in self.lex.cjk_destinations
                and self._cjk_destination(site, found[0])
            ):
                # "中方表示，内阁…实施了更广泛的对华出口禁令": China is where the goods go,
                # the speaker does not act (round 38)
                return self._without(fields, site, reading, previous, found[0])
            if (
                found is not None
                and found[1] != "agent"
                and reading.form in ("event_noun", "state_noun")
                and self._firm_response(site, found[0])
            ):
                # "In response to the new export rules, Nvidia wrote off $5.5bn": the rules
                # are the premise of the firm's act, owned by no state named elsewhere
                return None
            if (
                found is not None
                and found[1] != "agent"
                and reading.predicate.action != "tariff"
                and self._destination_after(site, found[0])
            ):
                # "The cabinet imposed a wider export ban to China on the firm, Beijing
                # said": the state after the measure is where the goods go (round 38); the
                # sentence is read again without it, for an agency or the story's state
                return self._without(fields, site, reading, previous, found[0])
            if (
                found is not None
                and found[1] == "implied"
                and site.item.name == "title"
                and found[0] in self._lead_destinations(fields["body"])
                and not self._acts_after_lead(fields["body"], found[0])
            ):
                return None  # ... nor does the lead's destination act for the headline
            return found
        # The country put on or taken off the list never keeps it: read the sentence as
        # if it named no state there (memo restored after, for the field's other triggers).
        memo = site.item.acting
        saved = memo.get(listed.start)
        memo[listed.start] = False
        try:
            return self._actor(fields, site, reading, previous)
        finally:
            if saved is None:
                del memo[listed.start]
            else:
                memo[listed.start] = saved

    def _list_owner(self, site: Site, reading: Reading) -> str | None:
        """The state whose nationality qualifies the list a firm is put on or taken off.

        Round 44 (issue 11): "werd toegevoegd aan een Amerikaanse zwarte lijst", "added to
        an American blacklist", "auf eine amerikanische schwarze Liste gesetzt", "incluida
        en una lista negra estadounidense": the adjective names who keeps the list, the
        lister; a state named elsewhere in the sentence ("de grootste chipmaker van China")
        is the firm's home. The adjective stands before the list noun (English, German,
        Dutch; one modifier may stand between: "zwarte", "schwarze", "trade") or right
        after it (the Romance languages). Latin script only: a CJK list names its owner
        by the state's own name, read as an actor.
        """
        needs = reading.predicate.needs
        if site.cjk or needs is None or needs.word_class != "list":
            return None
        lex, text, mention = self.lex, site.text, site.mention
        lo, hi = site.clause_lo, site.clause_hi
        window = (
            (mention.end, min(hi, mention.end + needs.window))
            if needs.side == "after"
            else (max(lo, mention.start - needs.window), min(hi, mention.end + needs.window))
        )
        noun = next(
            (
                found
                for found in lex.needs["list"].finditer(text, *window)
                if any(head in found.group() for head in lex.list_heads)
            ),
            None,
        )  # the list itself, not "entities" or a "party" the class also holds
        if noun is None:
            return None
        before = _WORD.findall(text, max(lo, noun.start() - _LIST_OWNER_REACH), noun.start())
        for word in reversed(before[-2:]):
            state = lex.prenominal_of.get(word)
            if state is not None:
                return state
        after = (
            _WORD.match(text, noun.end() + 1) if text[noun.end() : noun.end() + 1] == " " else None
        )
        return lex.demonym_of.get(normal(after.group())) if after is not None else None

    def _recipient(self, item: Field, state: Mention, end: int) -> bool:
        """Whether the state is the subject of a verb of receiving goods before ``end``.

        Round 37 (issue 11): "allies such as Korea and Taiwan can go on importing them
        without a licence", "China is not among the countries that can buy them without
        a licence", "la Corea potrà continuare a importare senza licenza": the goods go to
        the state, or it is spared; the measure is another's. A clause mark between the
        verb and the trigger ends the verb's clause ("Korea, which imports most of its
        chips, banned ...": Korea acts).

        Round 38: the state must be the verb's subject. A policy word between them makes
        the verb another's: "China clears ByteDance and Alibaba to import H200
        chips after brief halt" lets the firms import, and China both clears and halted.
        """
        text = item.low
        found = last_match(self.lex.recipient, text, max(state.end, end - _RECIPIENT_REACH), end)
        if found is None or _RECIPIENT_BREAK.search(text, found.end(), end):
            return False
        # "China clears ... to import", "allows firms to buy": the state lets others
        # receive (a firm alone between them is no sign: "China, the destination of most
        # Nvidia chips, faces ..." keeps China the verb's subject)
        return not within(item.triggers, state.end, found.start())

    def _receives_after(self, site: Site) -> bool:
        """Whether a verb of receiving closes the trigger's clause right after it.

        Round 37: Japanese, Korean, German and Dutch put the verb after the licence words
        ("韓国は許可なしで輸入を続けられる", "한국은 허가 없이 수입할 수 있다", "Zuid-Korea kan de
        chips zonder vergunning blijven kopen"): its subject is where the goods go.
        """
        text, end = site.text, site.mention.end
        hi = min(site.clause_hi, end + _RECEIVE_AFTER)
        found = self.lex.recipient.search(text, end, hi)
        if found is None or _RECIPIENT_BREAK.search(text, end, found.start()):
            return False
        # "verbietet den Firmen, Chips zu kaufen", "verbiedt bedrijven chips te kopen": the
        # infinitive is what the measure forbids, its subject acts
        return not text.endswith(
            self.lex.infinitive_marks, max(end, found.start() - 3), found.start()
        )

    def _destinations(self, site: Site) -> set[str]:
        """The states the trigger's sentence names as where goods go, before the trigger.

        Round 37 (issue 11): "exports to China", "verso la Cina", "vers la Chine", "a
        China", "nach China", "naar China", "对华", "対中", "대중", "中国向け", "中国への": a
        state named after a preposition of direction or with a target marker. A state
        never restricts the goods sent to itself, so the speaker of a passive ("..., Beijing
        said") or the story's actor is not the one acting when it is that state.
        """
        # the trigger's own clause: "针对美方…对中国芯片企业实施出口管制，…中方决定…" names
        # China as the earlier measure's target, not this one's
        start = site.mention.start
        comma = last_match(_CLAUSE_COMMA, site.text, site.clause_lo, start)
        return self._destinations_in(site.item, comma.end() if comma else site.clause_lo, start)

    def _destination(self, site: Site, state: str) -> bool:
        """Whether ``state`` is among ``_destinations``; most actors have no other mention.

        Only a mention of that state that cannot act (memoised) can be a destination, so
        the prepositions are read for those alone.
        """
        item = site.item
        if not any(
            code(m) == state and not self._is_acting(item, m)
            for m in within(item.actors, site.clause_lo, site.mention.start)
        ):
            return False
        return state in self._destinations(site)

    def _destination_after(self, site: Site, state: str) -> bool:
        """Whether the trigger's clause names ``state`` after it as where goods go.

        Round 38 (issue 11): "imposed a wider export ban to China on the firm", "un
        divieto di esportazione verso la Cina", "een exportverbod naar China", "une
        interdiction d'exporter vers la Chine", "la prohibición de exportación a China":
        a state after the measure with a preposition of direction or a target marker
        (``_destinations_in``) never restricts the goods sent to itself, however the
        sentence's speaker or the story names it. Imports are left out ("a ban on
        imports into China" is China's own); only a mention that cannot act is read.
        """
        item, mention = site.item, site.mention
        if not any(code(m) == state for m in within(item.actors, mention.end, site.clause_hi)):
            return False  # most actors: not named again after the trigger
        # the trigger's own clause, to its next comma: "..., the most capable chip allowed
        # for sale to China" is an apposition on the object, not the measure's phrase
        comma = _CLAUSE_COMMA.search(item.low, mention.end, site.clause_hi)
        hi = comma.start() if comma else site.clause_hi
        after = [
            m
            for m in within(item.actors, mention.end, hi)
            if code(m) == state and not self._is_acting(item, m) and not self._names_own(item, m)
        ]
        if not after:
            return False
        if _IMPORTS.search(item.low, mention.start, after[0].start) or self.lex.recipient.search(
            item.low, mention.start, after[0].start
        ):
            return False  # "a ban on imports into China", "stop buying chips sold to China"
        return state in self._destinations_in(item, mention.end, after[-1].end)

    def _cjk_destination(self, site: Site, state: str) -> bool:
        """Whether the trigger's clause names ``state`` by a marker on its abbreviation.

        Round 38 (issue 11): "对华出口禁令", "対中輸出規制", "대중국 수출 통제": the catalog
        tags no state in "华", "中", so ``_destinations_in`` cannot see them; the words
        (``cjk_destinations``) name where the goods go when they qualify the trigger itself,
        a few characters before it ("对华" + "出口" + "禁令"): another measure of the clause
        ("针对美国对华芯片管制，…立案调查") keeps its own destination. "对华为" (Huawei),
        "对华盛顿" (Washington), "对华人" name no destination.
        """
        text, start = site.text, site.mention.start
        lo = max(site.clause_lo, start - _CJK_DESTINATION_REACH)
        for word in self.lex.cjk_destinations[state]:
            at = text.find(word, lo, start)
            while at >= 0:
                tail = at + len(word)
                if text[tail : tail + 1] not in _NOT_AFTER_HUA and not _CAUSE_BREAK.search(
                    text, tail, start
                ):
                    return True
                at = text.find(word, at + 1, start)
        return False

    def _firm_response(self, site: Site, state: str) -> bool:
        """Whether the trigger is the premise of a firm's response that ``state`` does not own.

        Round 38 (issue 11): "In response to the new export rules, Nvidia wrote off
        $5.5bn", "En réponse aux nouvelles règles, Nvidia a ...", "Als Reaktion auf die neuen
        Exportregeln schrieb Nvidia ...", "为应对新的出口规定，英伟达…", "新たな輸出規制を受け、
        エヌビディアは…", "새 수출 규제에 대응해 엔비디아는 …": an opener of response
        (``response_openers``) before the measure (after it in Japanese and Korean), then
        a clause mark and a firm opening the next clause. The measure's state is then only
        one named inside the phrase ("the new US export rules"); the speaker, the story or
        the headline do not make one.
        """
        lex, item, mention = self.lex, site.item, site.mention
        text = item.low
        if not within(item.firms, mention.end, site.sentence.end):
            return False  # most measures: no firm after them to respond
        if site.sov:
            cue = lex.response_opener.search(
                text, mention.end, min(site.sentence.end, mention.end + 8)
            )
            if cue is None or _CAUSE_BREAK.search(text, mention.end, cue.start()):
                return False
            lo, close = max(site.sentence.start, mention.start - _CAUSE_BEFORE), cue.end()
        else:
            cue = last_match(
                lex.response_opener,
                text,
                max(site.sentence.start, mention.start - _CAUSE_BEFORE),
                mention.start,
            )
            if cue is None or _CAUSE_BREAK.search(text, cue.end(), mention.start):
                return False
            lo, close = cue.start(), mention.end
        mark = _CAUSE_BREAK.search(text, close, site.sentence.end)
        if mark is None:
            return False
        firm = next(iter(within(item.firms, mark.end(), mark.end() + _RESPONSE_FIRM)), None)
        if firm is None or not _RESPONSE_GAP.fullmatch(text, mark.end(), firm.start):
            return False
        return state not in self._named_states(item, lo, mark.start())

    def _named_states(self, item: Field, lo: int, hi: int) -> set[str]:
        """The states named in ``[lo, hi)``: names, demonyms, adjectives before a noun."""
        lex, text = self.lex, item.low
        found = {code(m) for m in within(item.actors, lo, hi) if m.type == "jurisdiction"}
        found.update(lex.demonym_of[normal(d.group())] for d in lex.demonym.finditer(text, lo, hi))
        for word in re.finditer(r"[\w'’-]{2,24}", text[lo:hi]):
            state = lex.prenominal_of.get(word.group())
            if state is not None:
                found.add(state)
        return found

    def _names_own(self, item: Field, state: Mention) -> bool:
        """Whether the state names its own instrument right after it ("to the US entity list")."""
        text = item.low
        at = state.end + (3 if text.startswith(("'s ", "’s "), state.end) else 1)
        return any(self.lex.needs[kind].match(text, at) for kind in ("measure", "list", "licence"))

    def _without(
        self,
        fields: dict[str, Field],
        site: Site,
        reading: Reading,
        previous: str | None,
        state: str,
    ) -> tuple[str, str] | None:
        """The actor read again with ``state``'s mentions in the sentence unable to act.

        Round 38: once the destination is set aside, the usual fallbacks apply: an
        agency the sentence names ("het kabinet", "il dipartimento del Commercio"), the
        story's or the headline's state; never the destination again.
        """
        memo = site.item.acting
        masked = [
            m.start
            for m in within(site.item.actors, site.sentence.start, site.sentence.end)
            if code(m) == state
        ]
        saved = {at: memo.get(at) for at in masked}
        for at in masked:
            memo[at] = False
        try:
            found = self._actor(fields, site, reading, previous)
        finally:
            for at, ok in saved.items():
                if ok is None:
                    memo.pop(at, None)
                else:
                    memo[at] = ok
        return None if found is None or found[0] == state else found

    def _lead_destinations(self, body: Field) -> set[str]:
        """The states the body's first sentence names as where goods go (round 37)."""
        return self._destinations_in(body, 0, self._lead_end(body))

    @staticmethod
    def _lead_end(body: Field) -> int:
        """Where the body's first sentence ends (at most ``_LEAD`` characters in)."""
        end = _SENTENCE_END.search(body.low, 0, _LEAD)
        return end.start() if end else min(len(body.low), _LEAD)

    def _acts_after_lead(self, body: Field, state: str) -> bool:
        """Whether the body names ``state`` as one that may act after its first sentence.

        Round 38: "Earlier, the US weighed curbs on chip exports to Malaysia. Now the
        Malaysian government is taking its own action": the lead's destination turns actor
        in the next sentence, so the headline's implied state keeps its act.
        """
        return any(
            code(m) == state and self._is_acting(body, m)
            for m in within(body.actors, self._lead_end(body), len(body.low))
        )

    def _destinations_in(self, item: Field, lo: int, start: int) -> set[str]:
        """The states named in ``[lo, start)`` after a preposition of direction or a marker."""
        text = item.low
        found: set[str] = set()
        # "a", "al", "à" only in Romance copy: English "a US chipmaker" is an article (the
        # sentence's function words tell, since a short story's language may be unknown)
        romance = _ROMANCE_WORDS.search(text, lo, start) is not None
        for state in within(item.actors, lo, start):
            if state.type != "jurisdiction":
                continue
            if has_cjk(state.text):
                if self._target(text, state.start) or text.startswith(_CJK_TOWARDS, state.end):
                    found.add(code(state))
            elif _TOWARDS.search(text, max(lo, state.start - 16), state.start):
                found.add(code(state))
            elif (
                romance
                and (bare := _BARE_A.search(text, max(lo, state.start - 24), state.start))
                is not None
                and bare.group(1) not in _NOT_BEFORE_A
            ):
                found.add(code(state))  # "la exportación del H20 a China"
        return found

    def _listed_nationalities(self, site: Site) -> set[str]:
        """The states whose nationality the listed firms or bodies of the sentence carry.

        Round 37 (issue 11): "36 Chinese companies", "aziende cinesi", "chinesische
        Unternehmen", "Chinese bedrijven", "36家中国企业", "중국 기업 36곳",
        "中国企業36社": an adjective before an entity noun (English, German, Dutch), a
        demonym after it (French, Spanish, Italian, Portuguese), or a state's name right
        before a CJK entity noun.
        """
        lex, item, sentence = self.lex, site.item, site.sentence
        text = item.low
        found: set[str] = set()
        for noun in lex.target_entity.finditer(text, sentence.start, sentence.end):
            words = text[max(sentence.start, noun.start() - 40) : noun.start()].split()
            for word in words[-2:]:  # "Chinese companies", "Chinese tech companies"
                adjective = lex.prenominal_of.get(normal(word))
                if adjective is not None:
                    found.add(adjective)
            demonym = lex.demonym.match(text, noun.end() + 1)
            if text[noun.end() : noun.end() + 1] == " " and demonym is not None:
                found.add(lex.demonym_of[normal(demonym.group())])
        if lex.cjk_target_entity:
            for state in within(item.actors, sentence.start, sentence.end):
                if state.type != "jurisdiction" or not has_cjk(state.text):
                    continue
                after = _CJK_ENTITY_GAP.sub("", text[state.end : state.end + 8], count=1)
                if after.startswith(lex.cjk_target_entity):
                    found.add(code(state))
        return found

    def _probe_place(self, site: Site) -> tuple[str, str] | None:
        """The state a probe is held in, when the sentence names no actor (round 34).

        "Nvidia será investigada na China", "ses produits commercialisés en Chine vont
        faire l'objet d'une enquête", "faces an antitrust probe in China": a regulator probes
        what is sold or done in its own state, so the state after a locative preposition in
        the probe's sentence is the one that probes. Read only for investigations: a sale
        "in China" may be banned by another state.
        """
        item, sentence, mention = site.item, site.sentence, site.mention
        if site.cjk:
            return None
        before = item.low[max(sentence.start, mention.start - 24) : mention.start]
        firms = [
            firm
            for firm in within(item.firms, sentence.start, mention.start)
            if not _GENITIVE.search(item.low, max(sentence.start, firm.start - 6), firm.start)
        ]  # "les puces de Micron … feront l'objet": the firm qualifies the subject
        if firms and not self.lex.passive.search(before) and not _FUTURE_PASSIVE.search(before):
            return None  # "Micron will investigate the fault at its plant in China": its own
        for state in within(item.actors, sentence.start, sentence.end):
            if (
                state.jurisdiction
                and _LOCATIVE.search(item.low, max(sentence.start, state.start - 8), state.start)
                and not self._owns_firm(item, state)
            ):
                return code(state), "place"
        return None

    def _listed(self, site: Site, word_class: str) -> Mention | None:
        """The country a favourable list gains or loses: the state nearest the list's name.

        "일본 정부가 … 목록에 한국을 복귀시켰다", "Japan reinstated South Korea to its
        whitelist", "日本将韩国重新列入白名单": the state next to the list is the one listed;
        a possessive names the list's keeper ("Japan's whitelist", "日本の「ホワイト国」")
        (round 18).
        """
        item, sentence = site.item, site.sentence
        text = item.low
        found = self.lex.needs[word_class].search(text, sentence.start, sentence.end)
        if found is None:
            return None
        # "한국의 화이트리스트 복귀", "韓国のホワイト国除外": the verbal noun right after the
        # list makes the possessive the country listed, not the keeper.
        compound = _LIST_NOUN_GAP.fullmatch(text, found.end(), site.mention.start) is not None
        lo, hi = found.span()
        states = [
            state
            for state in within(item.actors, sentence.start, sentence.end)
            if state.type == "jurisdiction"
            and not (
                not compound
                and state.end <= lo
                and _KEEPER_GAP.fullmatch(text, state.end, lo)  # "Japan's whitelist"
            )
        ]
        return min(
            states,
            key=lambda state: lo - state.end if state.end <= lo else state.start - hi,
            default=None,
        )

    def _rule_owner_opener(self, text: str, start: int, agent: int) -> bool:
        """Whether the sentence opens with "under the rules ... by" right before ``agent``.

        "Under rules published on Monday by the Commerce Department, chipmakers must now
        apply for a licence": the agent of the measure's participle owns the duty (round 40).
        """
        opener = _RULE_OPENER.match(text, start, agent)
        return (
            opener is not None
            and self.lex.needs["measure"].match(text, opener.end()) is not None
            and "," not in text[opener.end() : agent]
        )

    def _actor(
        self, fields: dict[str, Field], site: Site, reading: Reading, previous: str | None
    ) -> tuple[str, str] | None:
        """The acting jurisdiction and how it was found, the listed country set aside."""
        lex = self.lex
        item, mention, sentence = site.item, site.mention, site.sentence
        text = item.low
        noun = reading.form in ("event_noun", "state_noun")
        if text.endswith(lex.generic_states, max(0, mention.start - 12), mention.start):
            return None  # "各国の規制踏まえ": other countries' rules, no one state's act
        if self._retaliation_cause(site, noun):
            return None  # "…규제 강화에 따른 보복 조치로서": the cause, no act here (round 30)
        if self._causative_goal(site):
            return None  # "amener les États-Unis à assouplir": a goal, no act (round 30)
        # A passive agent after the trigger wins: "Huawei was sanctioned by the US"; so
        # does the source of a noun: "approval from Beijing".
        # Starting within the window: a long name ("State Administration for Market
        # Regulation") may end past it.
        hi = min(sentence.end, mention.end + _AGENT_WINDOW)
        after = [a for a in within(item.actors, mention.end, sentence.end) if a.start < hi]
        for actor in after:
            if self._owns_firm(item, actor):
                continue  # "owned by China's Wingtech": the firm, not the state
            if _OWNED_BY.search(text, max(mention.end, actor.start - 24), actor.start):
                # Round 46: "has assumed control of Nexperia, a chipmaker owned by China":
                # the owner of the object, not the agent of the act
                continue
            if self._access_owner(text, actor):
                continue  # "limitar o acesso da China": the target, no agent (round 24)
            # Round 34: "decretati dal governo degli Stati Uniti", "par le gouvernement des
            # États-Unis": the agent preposition governs the institution the state owns.
            owned = _INSTITUTION_OF.search(text, max(mention.end, actor.start - 40), actor.start)
            anchor = owned.start() if owned is not None else actor.start
            gap = text[max(mention.end, anchor - 14) : anchor]
            if _BY_AGENT.search(gap) or gap.endswith(lex.agent_cjk):
                if not self._is_actor(item, actor):
                    continue  # "products made by US chipmaker Micron": a firm's qualifier
                passive = _OTHER_PASSIVE.search(text, mention.end, actor.start)
                if passive is not None and not (
                    noun and not text[mention.end : passive.start()].strip()
                ):
                    # "barred Huawei ..., saying it could be used by Beijing"; but "These
                    # export controls were implemented by the US": the noun's own passive.
                    continue
                return _repeated(item, actor), "agent"
            agent = lex.agent.search(gap)
            if agent is not None and _genitive_da(item, agent.group()):
                agent = None  # "vão banir mais empresas da China": whose firms, no agent
            if (
                agent is not None
                and _FROM.match(agent.group())
                and lex.needs["measure"].match(text, actor.end + 1)
            ):
                continue  # "exempted from China tariffs": the tariffs on China, no agent
            if agent is not None and lex.separation:
                at = anchor - len(gap) + agent.start()
                if (
                    text[max(mention.end, at - _SEPARATION_REACH) : at]
                    .rstrip()
                    .endswith(lex.separation)
                ):
                    continue  # "l'indipendenza dagli Stati Uniti": from, not by
            if (
                agent is not None
                and (
                    anchor - mention.end <= (12 if noun else 40)
                    or lex.governing.search(text, mention.end, anchor)
                    or self._participle_agent(text, mention.end, anchor, agent.start())
                )
                and not _PURPOSE_BETWEEN.search(text, mention.end, anchor)
                and not (
                    _FROM.match(agent.group())
                    and not noun
                    and reading.predicate.direction == "tightening"
                )
            ):
                # "approval from Beijing", "aperta dalla SAMR"; but "entities were added to
                # the list ... from China, Japan": where they are, not who listed them.
                return code(actor), "agent"
        if (issuer := self._licence_issuer(site, reading)) is not None:
            return issuer, "agent"
        if noun and text[mention.end : mention.end + 1] == " ":
            # "les restrictions américaines", "las sanciones estadounidenses"
            demonym = lex.demonym.match(text, mention.end + 1)
            if demonym is not None:
                return lex.demonym_of[normal(demonym.group())], "actor"
        if noun and not site.cjk and (state := self._prenominal_state(site, reading)) is not None:
            return state, "actor"  # round 36: "Chinese export controls", "amerikanische ..."
        if noun and not site.cjk and mention.text[-1:].lower() in ("s", "i"):
            # "les restrictions à l'exportation de Washington", "las sanciones de EE. UU.":
            # a Romance plural measure's author follows it ("restrictions ... de
            # Washington" is not a place, as "exportations de Chine" would be). Only "à
            # l'exportation" may stand between: "restrictions sur les exportations de la
            # Chine" names the target's goods. A singular noun is left alone: "la
            # prohibición de importación de China" may name the goods' origin as well.
            of = _ROMANCE_OF.match(text, mention.end)
            if of is not None:
                for actor in within(item.actors, of.end(), of.end() + _AGENT_WINDOW):
                    if (
                        actor.start == of.end()
                        and not self._owns_firm(item, actor)
                        # round 32: "restricciones al acceso de China": whose access is
                        # denied, the target (round 24's reading), not the author
                        and not self._access_owner(text, actor)
                    ):
                        return code(actor), "actor"
        if (
            site.cjk
            and item.name == "title"
            and (topic := self._topic(item, mention))
            and not self._reacts_after(site)
        ):
            return code(topic), "actor"  # round 28: "美, HBM 중국 수출 통제": the topic acts
        if noun or reading.predicate.needs:
            author = self._author(item, mention, noun)
            # A verb is not a noun: the state right before it must be able to act ("nach
            # China erteilt" puts China after "to"), as for any subject.
            if (
                author is not None
                and (noun or self._is_acting(item, author))
                # round 39: "미국의 반도체 규제에 맞서 흑연을 … 지정했다": the state whose
                # measure is answered owns that measure, not the act that answers it
                and lex.answered.search(text, author.end, mention.start) is None
            ):
                return _repeated(item, author), "actor"
        if site.cjk and (marked := self._cjk_agent(item, mention)) is not None:
            return _repeated(item, marked), "agent"  # "米国による半導体輸出規制"
        if not site.cjk and not noun and (state := self._relative_subject(site)) is not None:
            return state, "actor"  # "pressure from the US, which has banned ..."
        if self._firm_subject(site, reading):
            return None  # "TSMC stopped shipments to Huawei": the firm acts
        if not noun and not site.cjk and (state := self._demonym_subject(site)) is not None:
            return state, "actor"  # "las restricciones estadounidenses prohibieron ..."
        if not site.cjk and (state := self._participle_clause_subject(site)) is not None:
            return state, "actor"  # round 43: "Japan ... restored Korea ..., lifting curbs"
        before = self._last_acting(item, sentence.start, mention.start, site.sov)
        while before is not None and site.sov and self._answered(item, before, mention.start):
            # "美 보복 관세 맞대응 차원…수출 통제 대상 확대": the state answered; the act is the
            # answering state's, named before it or by the story (round 30).
            before = self._last_acting(item, sentence.start, before.start, site.sov)
        if before is not None and site.sov:
            before = self._plea_addressee(site, before) or before
        if before is not None and (
            (not site.sov and self._recipient(item, before, mention.start))
            or ((site.sov or reading.langs <= _VERB_SECOND) and self._receives_after(site))
        ):
            # "Korea and Taiwan can go on importing without a licence", "China is not among
            # the countries that can buy them", "許可なしで輸入を続けられる", "zonder
            # vergunning blijven kopen": the subject receives the goods (round 37)
            return None
        if (
            before is not None
            and not site.cjk
            and (
                self._possessed_aim(text, before, mention.start)
                or self._genitive_aim(text, before, mention.start)
            )
        ):
            # "slowing China's arms build-up through export controls": the
            # owner of the aim; the subject before it, if any, acts (round 35)
            before = self._last_acting(item, sentence.start, before.start, site.sov)
        if before is not None and (backed := self._backed(site, before)) is not None:
            # "Japan and the Netherlands had backed the tightening of US restrictions",
            # "일본과 네덜란드는 미국의 … 규제 강화를 지지했다": the backers do not act; the
            # measure's owner does, if its phrase names one (round 38)
            return (backed, "actor") if backed else None
        patient = (
            _PATIENT.search(text, max(0, mention.start - 2), mention.start)
            if site.cjk and before is not None
            else None
        )
        if (
            before is not None
            and patient is not None
            and before.end <= patient.start()
            # Round 31: only a state in the patient's own clause; "…並通報美國政府，導致
            # 算能科技遭制裁" names, before the comma, whom the firm told: the nearest
            # acting state, read as any other.
            and not _CLAUSE_COMMA.search(text, before.end, patient.start())
        ):
            # "印度…也有實體遭列入美方清單": the state before 遭/被 names the listed
            # entities' home, never the actor; the list's owner right after the verb
            # ("美方清單") or the story's actor lists them (round 16).
            owner = next(iter(within(item.actors, mention.end, mention.end + 3)), None)
            if owner is not None and self._is_actor(item, owner):
                return code(owner), "agent"
            return (previous, "anaphor") if previous is not None else None
        if (
            before is not None
            and not site.cjk
            and _BY_AGENT.search(text, max(sentence.start, before.start - 8), before.start)
            and not self._rule_owner_opener(text, sentence.start, before.start)
        ):
            # "the equipment needed by China ..., the decision to block EDA exports": the
            # agent of an earlier participle; the subject acts, if any stands before it.
            before = self._last_acting(item, sentence.start, before.start, site.sov)
        if (
            before is not None
            and not site.cjk
            and reading.form == "verb"
            and not mention.text.endswith("ing")
            and self._passive_subject(item, before, mention.start)
        ):
            # "Countries ..., such as China and Russia, are completely cut off": the subject
            # of a passive is its patient; the act is the story's, or nobody's here.
            return (previous, "anaphor") if previous is not None else None
        if before is not None:
            reacted = last_match(lex.reaction, text, before.end, mention.start)
            if (
                reacted is not None
                and not _ACT_COORDINATED.fullmatch(text, reacted.end(), mention.start)
                and not _ACT_INSTRUMENT.fullmatch(text, reacted.end(), mention.start)
            ):
                # "Beijing called the withdrawal coercion": it reacts; but "Pékin riposte et
                # restreint l'exportation de gallium" retaliates with its own act (round 41)
                return None
            if site.cjk and self._reacts_after(site):
                return None  # "中国商务部针对荷兰…出口管制的决定表示不满": it reacts
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
            return _repeated(item, before), "actor"
        if not site.cjk and (state := self._demonym_speaker(site)) is not None:
            return state, "source"  # "l'autorité chinoise ... a déclaré que ... seraient interdits"
        if not site.cjk and before is None and (state := self._demonym_body(site)) is not None:
            return state, "actor"  # "Die chinesische Marktaufsicht hat … eingeleitet": round 43
        if not site.cjk and reading.langs <= _VERB_SECOND and not noun:
            # "Onder druk van de VS beperkte ook Nederland de uitvoer", "Daraufhin verbot
            # auch China ...": a fronted phrase puts the subject right after the verb.
            # Round 34: the subject's start stands within reach, not its end: a ministry's
            # long name ("erteilte das US-Handelsministerium Nvidia die Lizenz") ends past it.
            for actor in within(item.actors, mention.end, sentence.end):
                if (
                    actor.start - mention.end <= _INVERTED_REACH
                    and _INVERTED_GAP.fullmatch(text, mention.end, actor.start)
                    and self._is_acting(item, actor)
                ):
                    return code(actor), "actor"
                break
        # "..., the U.S. Commerce Department said": the source of a passive statement.
        for actor in self._acting(item, mention.end, sentence.end):
            if lex.reporting.match(text, actor.end + 1, actor.end + 20):
                return code(actor), "source"
            # Inverted after a comma: "..., dijo Trump", "..., a déclaré le ministère".
            said = lex.reporting.search(
                text, max(mention.end, actor.start - _INVERTED), actor.start
            )
            if said is not None and text[mention.end : said.start()].rstrip().endswith(","):
                return code(actor), "source"
        if reading.predicate.needs:
            # "received annual US approvals": the actor qualifies the needed object.
            needed = lex.needs[reading.predicate.needs.word_class]
            for actor in within(item.actors, mention.end, min(sentence.end, mention.end + 50)):
                if needed.match(text, actor.end + 1):
                    return code(actor), "object"
                if site.cjk and _CJK_OWNED_OBJECT.match(text, actor.end) is not None:
                    # Round 37: "已经取得美国商务部的H20出口许可证": the state owns the
                    # licence across "的" and a few modifiers (its product, its flow)
                    found = needed.search(text, actor.end, actor.end + _CJK_OWNED_REACH)
                    if found is not None and _CJK_OWNED_OBJECT.fullmatch(
                        text, actor.end, found.start()
                    ):
                        return code(actor), "object"
        head = text[sentence.start : mention.start]
        anaphor = lex.anaphor.search(head)
        passive = (
            lex.passive.search(text[max(sentence.start, mention.start - 24) : mention.start])
            if reading.form != "gerund"  # "NAND is tightening": progressive, not passive
            else None
        )
        cjk_sentence = has_cjk(sentence.text[:40])
        if (
            anaphor is None
            and passive is None
            and not cjk_sentence
            and reading.predicate.id not in _RESULTATIVES
        ):
            return self._implied(fields, item)
        if (
            anaphor is not None
            and passive is None
            and lex.pronoun.fullmatch(anaphor.group())
            and within(item.firms, sentence.start, mention.start)
        ):
            return None  # "Nvidia said it stopped ...": a pronoun after a firm is the firm
        if (
            anaphor is not None
            and passive is None
            and (
                state_of := self._anaphor_owner(item, sentence.start + anaphor.end(), mention.start)
            )
        ):
            return state_of, "actor"  # round 45: "De regering van de VS heeft een verbod ingesteld"
        if previous is not None:
            return previous, "anaphor"  # the actor of the story's previous event
        earlier = self._last_acting(item, 0, sentence.start, False)
        if earlier is not None:
            return code(earlier), "anaphor"
        if (
            anaphor is not None
            and item.dateline_state is not None
            and lex.government_before.search(anaphor.group() + " ") is not None
        ):
            # "TOKYO - The government announced ...": with no state named before, the
            # government of the place the story was filed from.
            return item.dateline_state, "dateline"
        if anaphor is not None and (home := self._home(item, sentence.start, head)) is not None:
            return home, "home"  # "Het kabinet beperkt ...": the paper's own state
        if (
            anaphor is not None
            # a government noun; every CJK anaphor of the list names an authority
            and (
                has_cjk(anaphor.group())
                or lex.government_before.search(anaphor.group() + " ") is not None
            )
            and (sole := self._sole_acting(fields)) is not None
        ):
            return sole, "cataphor"
        return self._implied(fields, item)

    def _backed(self, site: Site, backer: Mention) -> str | None:
        """The owner of a measure the subject backs: a state code, "" for none, or None.

        Round 38 (issue 11): "Japan and the Netherlands had backed in January the
        tightening of US restrictions", "habían respaldado el endurecimiento de las
        restricciones estadounidenses", "hanno sostenuto l'inasprimento delle restrizioni
        statunitensi", "steunden de aanscherping van de Amerikaanse beperkingen", "日本と
        オランダは米国の…規制の強化を支持した", "일본과 네덜란드는 미국의 … 규제 강화를
        지지했다": a state that backs, supports or endorses a measure does not take it.
        The verb (``backing_verbs``) stands between the subject and the trigger, or, in
        Japanese and Korean, after the trigger in its clause. The owner is the first state
        of the measure's phrase that is no destination or target ("sales to China"): a
        name ("US restrictions", "美国收紧"), a demonym after the noun ("restricciones
        estadounidenses") or an adjective before it ("Amerikaanse beperkingen"). None
        when no verb of backing governs the trigger.
        """
        lex, item, mention = self.lex, site.item, site.mention
        text = item.low
        if site.sov:
            verb = lex.backing.search(text, mention.end, site.clause_hi)
            if verb is None or _BACKING_BREAK.search(text, mention.end, verb.start()):
                return None
            lo, hi = backer.end, mention.start
        else:
            if mention.start - backer.end > _BACKING_SPAN or _BACKING_BREAK.search(
                text, backer.end, mention.start
            ):
                # "Japan, which backed the talks, banned ...": a clause mark between the
                # subject and the trigger leaves the verb of backing to another clause
                return None
            verb = last_match(lex.backing, text, backer.end, mention.start)
            if verb is None:
                return None
            if _BACKING_NEXT.search(text, verb.end(), mention.start):
                return None  # "Japan backed the plan and restricted exports": its own act
            if _BACKED_OFF.match(text, verb.end()):
                return None  # "Washington backed away from its plan to ease ..."
            lo, hi = verb.end(), min(site.clause_hi, mention.end + _BACKING_REACH)
        return self._measure_owner(item, lo, hi) or ""

    def _measure_owner(self, item: Field, lo: int, hi: int) -> str | None:
        """The first state in ``[lo, hi)`` that owns a measure: no destination or target."""
        lex, text = self.lex, item.low
        found: list[tuple[int, str]] = []
        for state in within(item.actors, lo, hi):
            if state.type != "jurisdiction" or self._target(text, state.start):
                continue  # "対中", "대중국", "对华": the target
            if _NOT_OWNER_BEFORE.search(text, max(lo, state.start - 16), state.start):
                continue  # "sales to China", "a China", "verso la Cina"
            if has_cjk(state.text) and (
                self._dative(item, state) or self._access_owner(text, state)
            ):
                continue  # "中国、…などに", "中国のアクセス": the destination or the target
            found.append((state.start, code(state)))
            break
        demonym = lex.demonym.search(text, lo, hi)
        if demonym is not None and not _NOT_OWNER_BEFORE.search(
            text, max(lo, demonym.start() - 40), demonym.start()
        ):
            found.append((demonym.start(), lex.demonym_of[normal(demonym.group())]))
        for word in re.finditer(r"[\w'’-]{2,24}", text[lo:hi]):
            adjective = lex.prenominal_of.get(word.group())
            if adjective is not None:
                found.append((lo + word.start(), adjective))
                break
        return min(found)[1] if found else None

    def _retaliation_cause(self, site: Site, noun: bool) -> bool:
        """Whether the trigger names the measure a retaliation answers: its cause.

        Round 30 (issue 11): "금번 조치는 앞선 미국의 … 규제 강화에 따른 보복 조치로서",
        "米国の関税への報復として", "作为对美国芯片管制的反制", "in retaliation for
        Washington's latest chip curbs": the measure answered is told to explain the news,
        and its state gets no event from the phrase. A Latin-script trigger must be a noun
        inside the phrase the cue opens ("in retaliation for US tariffs China banned …"
        keeps the verb); a CJK one is closed by the cue a few characters on.
        """
        lex, text, mention = self.lex, site.text, site.mention
        if site.cjk:
            hi = min(site.sentence.end, mention.end + _CAUSE_AFTER)
            # Japanese and Korean counter words close the cause as well ("美 관세 인상
            # 맞대응 차원"); Chinese names the subject before "反制", so only "的反制" closes it.
            cue = (lex.answered if site.sov else lex.cause_after).search(text, mention.end, hi)
            return cue is not None and not _CAUSE_BREAK.search(text, mention.end, cue.start())
        if not noun:
            return False
        lo = max(site.sentence.start, mention.start - _CAUSE_BEFORE)
        for cue in lex.cause_before.finditer(text, lo, mention.start):
            if not _CAUSE_BREAK.search(text, cue.end(), mention.start):
                return True
        return False

    def _causative_goal(self, site: Site) -> bool:
        """Whether the trigger is what a state is to be made to do: another's goal.

        Round 30 (issue 11): "amener les États-Unis à assouplir leur politique", "push the
        United States to ease", "米国に規制を緩和させる",
        "미국이 규제를 완화하도록 압박": the state named is the causee, the act is the
        causer's aim, and nobody has taken it.
        """
        lex, item, text, mention = self.lex, site.item, site.text, site.mention
        lo = max(site.clause_lo, mention.start - 2 * _CAUSEE_REACH)
        if site.sov:
            if lex.causative_after.match(text, mention.end) is None:
                return False
            return any(
                _CJK_CAUSEE.match(text, state.end)
                for state in within(item.actors, lo, mention.start)
            )
        if site.cjk:
            return False  # Chinese "迫使荷兰限制" may tell what the state did
        for state in within(item.actors, lo, mention.start):
            mark = _CAUSEE_MARK.match(text, state.end)
            if mark is None or mark.end() != mention.start:
                continue
            head = _CAUSEE_ARTICLE.search(text, max(0, state.start - _CAUSEE_REACH), state.start)
            if head is None:
                continue
            verb = last_match(lex.causative_before, text, max(0, head.start() - 20), head.start())
            if verb is not None and verb.end() == head.start():
                return True
        return False

    def _plea_addressee(self, site: Site, topic: Mention) -> Mention | None:
        """The state a Japanese or Korean plea is addressed to: the one that would act.

        Round 32 (issue 11): "한국 정부는 미국 정부에 … 제한 조치를 도입하지 말 것을
        촉구했다", "日本政府は米国政府に…見送るよう求めた": the topic pleads; the measure,
        named between the addressee and the plea verb, is the addressee's (round 26's
        reading, kept now that "X 정부는" is seen as the topic).
        """
        item, mention = site.item, site.mention
        text = item.low
        if self.lex.plea_after.search(text, mention.end, site.sentence.end) is None:
            return None  # most sentences: no plea after the measure
        for state in reversed(self._acting(item, topic.end, mention.start)):
            head = state.end + 1 if text.startswith(" ", state.end) else state.end
            for noun in self.lex.subject_heads:
                if text.startswith(noun, head):
                    head += len(noun)
                    break
            if _ADDRESSEE.match(text, head):
                return state
        return None

    def _answered(self, item: Field, state: Mention, end: int) -> bool:
        """Whether a Japanese or Korean state's phrase closes with a counter word before ``end``.

        Round 30 (issue 11): "美 보복 관세 맞대응 차원…1·2차 가공 희토류까지 수출 통제 대상
        확대", "미국의 관세 부과에 맞대응해 …": the state is the one answered, never the
        subject of the act that follows. A state marked as subject ("중국이 … 맞대응하기
        위해") answers, and keeps the act.
        """
        if self._subject_marked(item.low, state):
            return False
        cue = self.lex.answered.search(item.low, state.end, end)
        return cue is not None

    @staticmethod
    def _passive_subject(item: Field, state: Mention, end: int) -> bool:
        """Whether the state, alone or first of a pair of states, is a passive's subject.

        "China is cut off", "such as China and Russia, are completely cut off": the state
        (or the pair it opens) stands right before the auxiliary of the verb at ``end``.
        """
        text = item.low
        last = state
        for other in within(item.actors, state.end, end):
            if not _AND_STATE.fullmatch(text, last.end, other.start):
                return False
            last = other
        return _PATIENT_AUX.fullmatch(text, last.end, end) is not None

    def _reacts_after(self, site: Site) -> bool:
        """Whether the trigger's clause goes on to a reaction of the subject before it.

        Round 29 (issue 11): Chinese, Japanese and Korean put the verb last, so a state that
        reacts names the measure first and its reaction after ("中国商务部针对荷兰政府扩大
        出口管制的决定表示不满", "中国は日本の輸出規制強化に反発した", "중국, 美 … 제외에
        "필요한 조치 취할 것""): the subject reacts to the measure, it does not take it. A
        state named between the measure and the reaction is the reaction's own subject
        ("美国出口管制遭中方反对"): the state before the measure keeps it.
        """
        text, end = site.text, site.mention.end
        stop = _CLAUSE_COMMA.search(text, end, site.clause_hi)
        found = self.lex.reaction.search(text, end, stop.start() if stop else site.clause_hi)
        if found is None:
            found = _ANSWERED.match(text, end)
        if found is None:
            return False
        return not self._acting(site.item, end, found.start())

    def _topic(self, item: Field, mention: Mention) -> Mention | None:
        """A CJK headline's opening state set off by a comma, over a bare state after it.

        Round 28 (issue 11): "美, HBM 중국 수출 통제…", "中国、日本向け半導体材料の輸出
        規制", "美，對華為出口禁令": the state that opens the headline before its comma is
        its topic, the one that acts; a state named bare between it and the predicate is
        the measure's target or the goods' destination ("중국 수출"). A state between them
        marked as subject, topic or possessor ("韓国が", "米の", "美의", "美国的") or a
        firm as the subject keeps the ordinary reading.
        """
        text = item.low
        named = within(item.actors, 0, mention.start)
        if len(named) < 2:
            return None
        first = named[0]
        # Round 35: an abbreviation and a space open a Korean or Japanese headline as its
        # comma does ("미 첨단 장비 중국 수출 통제 발표"): the one-letter name is the
        # headline's subject, not the qualifier of the noun after it ("미 반도체" is no
        # "US chip"); a full name ("중국 수출 통제") may still be a target.
        spaced = (
            first.entity_id == ABBREVIATION
            and text.startswith(" ", first.end)
            and not text.startswith(self.lex.cjk_adjectival, first.end + 1)
        )
        if not spaced and not self._is_acting(item, first):
            return None
        end = first.end
        head = end + 1 if text.startswith(" ", end) else end
        for noun in self.lex.subject_heads:
            if text.startswith(noun, head):
                # round 34: "米国政府、中国・台湾など…", "미국 정부, …": a government noun
                # between the opening state and its comma
                end = head + len(noun)
                break
        if text[: first.start].strip():
            return None
        if not spaced and not _TOPIC_COMMA.match(text, end):
            return None
        for other in named[1:]:
            if text.startswith(_MARKED_AFTER, other.end) or self._subject_marked(text, other):
                return None
        if within(item.firms, first.end, mention.start):
            return None
        return first

    def _sole_acting(self, fields: dict[str, Field]) -> str | None:
        """The one state that can act anywhere in the story, named after a bare government.

        Round 27 (recall): "The government has removed mandatory registration ..." over
        "..., according to a notification of the directorate general of foreign trade
        (DGFT)": nothing is named before the government noun, and the only state body
        the story names, later, is its own. A story that names two acting states, or
        only a target or a place ("exports to South Korea"), leaves the noun unresolved.
        """
        found: str | None = None
        for item in (fields["title"], fields["body"]):
            for actor in item.actors:
                if not self._is_acting(item, actor):
                    continue
                state = code(actor)
                if found is not None and state != found:
                    return None
                found = state
        return found

    def _relative_subject(self, site: Site) -> str | None:
        """The state a relative pronoun right after it makes the subject of the verb.

        "pressure from the US, which has effectively banned …", "des États-Unis, qui ont
        interdit …", "de Estados Unidos, que prohibió …": the state stands after a
        preposition (a place, elsewhere), but the relative clause it opens is its act
        (round 18). With no comma, only after an owner's preposition ("la regulación de
        Estados Unidos que prohíbe": the clause restricts the state's measure; round 21).
        """
        item, mention = site.item, site.mention
        text = item.low
        lo = max(site.sentence.start, mention.start - _RELATIVE_REACH)
        states = within(item.actors, lo, mention.start)
        if not states:
            return None
        state = states[-1]
        opener = _RELATIVE_OPENER.match(text, state.end)
        if opener is None and _OWNER_BEFORE.search(text, max(0, state.start - 16), state.start):
            opener = _RELATIVE_BARE.match(text, state.end)
        if opener is None or _CLAUSE_STOP.search(text, opener.end(), mention.start):
            return None
        if self._recipient(item, state, mention.start):
            return None  # "allies such as Japan, which can keep buying them without a licence"
        if _TARGET_BEFORE.search(text, max(0, state.start - 16), state.start):
            # "sanções … contra a China, que restringem …": after a target the relative
            # clause may tell the measure's content; only a source opens the state's act.
            return None
        return code(state)

    def _prenominal_state(self, site: Site, reading: Reading) -> str | None:
        """The state whose adjective stands right before a measure noun (round 36).

        "Chinese export controls", "the American sanctions", "amerikanische
        Exportkontrollen", "Amerikaanse exportbeperkingen": English, German and Dutch put
        the author's nationality before the noun (``prenominal``), "new" may stand
        between. The word is read from its start (a German compound's trigger is its
        tail: "Export|kontrollen"). Tariffs are left out: "Chinese tariffs" is as often a
        duty on Chinese goods as China's own.
        """
        if reading.predicate.action == "tariff":
            return None
        text, start, lo = site.item.low, site.mention.start, site.sentence.start
        word = max(lo, text.rfind(" ", lo, start) + 1)  # the noun's word start
        for _ in range(2):  # the adjective, or "new" and the adjective before it
            if word - 1 <= lo or text[word - 1] != " ":
                return None
            head = max(lo, text.rfind(" ", lo, word - 1) + 1)
            adjective = text[head : word - 1]
            state = self.lex.prenominal_of.get(adjective)
            if state is not None:
                return state
            if adjective not in _NEW:
                return None
            word = head
        return None

    def _demonym_subject(self, site: Site) -> str | None:
        """The state of a Romance subject right before the verb: a measure or body + demonym.

        "Las restricciones estadounidenses prohibieron ...", "le autorità cinesi vietano":
        the adjective names the state; after a firm ("las empresas chinas") it does not.
        """
        lex, text, start = self.lex, site.text, site.mention.start
        lo = max(site.clause_lo, start - _DEMONYM_WINDOW)
        if not text[lo:start].endswith(" ") or lex.demonym.search(text, lo, start) is None:
            return None  # most verbs: no demonym before them
        last = last_match(lex.demonym, text, lo, start)
        if last is None or text[last.end() : start].strip() not in _ROMANCE_AUXILIARIES:
            return None  # round 34: "le gouvernement sud-coréen a interdit" keeps its subject
        head = text[max(lo, last.start() - _DEMONYM_WINDOW) : last.start()]
        measure = None
        for measure in lex.needs["measure"].finditer(head):  # noqa: B007
            pass
        if (measure is not None and not head[measure.end() :].strip()) or (
            lex.government_before.search(head)
        ):
            return lex.demonym_of[normal(last.group())]
        return None

    def _participle_clause_subject(self, site: Site) -> str | None:
        """The main clause's subject for an -ing trigger right after its comma (round 43).

        "Japan on Friday restored South Korea to its whitelist, lifting curbs imposed in
        2019": the participle clause has no subject of its own; it is the main clause's,
        the first acting state of the sentence, not the nearest state before the comma
        (the main verb's object).
        """
        text, mention = site.text, site.mention
        head = mention.start
        if not mention.text.lower().endswith("ing"):
            # Round 44: a measure noun governed by an -ing verb after the comma ("...,
            # tightening controls on exports of chipmaking materials"): the participle is
            # the governing verb's (``governing_verbs``), its subject the main clause's.
            verb = _PARTICIPLE_BEFORE.search(text, max(site.sentence.start, head - 24), head)
            if verb is None:
                return None
            governing = self.lex.governing.match(text, verb.start(1), verb.end(1))
            if governing is None or governing.end() != verb.end(1):
                return None
            head = verb.start(1)
        if not text[max(site.sentence.start, head - 3) : head].rstrip().endswith(","):
            return None
        acting = self._acting(site.item, site.sentence.start, head)
        return code(acting[0]) if acting else None

    def _demonym_body(self, site: Site) -> str | None:
        """The state of a body named by its nationality before the trigger (round 43).

        "Die chinesische Marktaufsicht hat eine Untersuchung … eingeleitet", "De Chinese
        toezichthouder is een onderzoek gestart", "el regulador chino abrió": German,
        Dutch and English put the adjective before the body's noun, the Romance languages
        after it. The catalog lists a few such pairs as names; this reads any pair of a
        nationality and a government noun (``government_nouns``, a German compound's
        tail), so that a body the catalog does not list still names its state.
        """
        lex, text = self.lex, site.text
        words = _WORD.finditer(text, site.sentence.start, site.mention.start)
        for first, second in pairwise(words):
            if text[first.end() : second.start()] != " ":
                continue  # a pair is two words side by side
            state = lex.prenominal_of.get(first.group())
            if state is not None and _government_head(lex.government_heads, second.group()):
                return state
            if first.group() in lex.government_heads:
                state = lex.demonym_of.get(normal(second.group()))
                if state is not None:
                    return state
        return None

    def _demonym_speaker(self, site: Site) -> str | None:
        """The state of a Romance body + demonym that says, earlier in the sentence, what is done.

        "L'autorité chinoise chargée du cyberespace a déclaré dimanche que ... ne seraient
        plus autorisés", "il regolatore cinese ha detto che ...": the adjective names the
        speaker's state, which decided what it reports; a demonym after a firm ("les
        entreprises chinoises ont déclaré") names no speaker for a state.
        """
        lex, text = self.lex, site.text
        lo, start = site.sentence.start, site.mention.start
        said = lex.reporting.search(text, lo, start)
        if said is None or lex.demonym.search(text, lo, said.start()) is None:
            return None  # most sentences: no demonym before their verb of saying
        for demonym in lex.demonym.finditer(text, lo, said.start()):
            head = text[max(lo, demonym.start() - _DEMONYM_WINDOW) : demonym.start()]
            if lex.government_before.search(head):
                return lex.demonym_of[normal(demonym.group())]
        return None

    def _home(self, item: Field, lo: int, head: str) -> str | None:
        """The paper's own state named by "het kabinet", "il governo" (no actor before).

        ``head`` is ``item.low[lo:...]``. A home word written onto a state's name is that
        state's government, not the paper's: "米国政府から…通達を受けた" in a Japanese
        paper is Washington's notice, "미국 정부" Seoul's report of it (round 24).
        """
        found = next(
            (m for m in self.lex.home.finditer(head) if not _owned(item, lo + m.start())),
            None,
        )
        if found is None:
            return None
        owner = self._anaphor_owner(item, lo + found.end(), len(item.low))
        if owner is not None:
            return owner  # round 45: "de regering van de VS" is Washington, in any paper
        home = self.lex.home_of.get(normal(found.group()))
        # Round 14 (h20a): "受政府資助的…人員" in Chinese copy is no Japanese "政府": a
        # Japanese or Korean home word needs kana or hangul in the words before the verb.
        if home in _HOME_SCRIPT and _HOME_SCRIPT[home].search(head) is None:
            return None
        return home

    def _anaphor_owner(self, item: Field, at: int, hi: int) -> str | None:
        """The state a government noun belongs to by "of" right after it (round 45).

        "De regering van de VS heeft een verbod ingesteld", "le gouvernement des États-Unis
        a interdit": the noun is that state's government, not the paper's own nor the
        story's earlier actor.
        """
        for actor in within(item.actors, at, hi):
            if actor.type == "jurisdiction" and self.lex.genitive.fullmatch(
                item.low, at, actor.start
            ):
                return code(actor)
            break
        return None

    def _home_subject(self, body: Field, hi: int) -> str | None:
        """The paper's own government as the lead's subject, before any state it names.

        "韓国のホワイト国除外を閣議決定" over "政府は2日午前、…から韓国を除外する政令改正を
        閣議決定した": the headline names only the target; the body's "政府は" (a home word
        with a subject particle, ``home_anaphors``) is the outlet's government (round 16).
        """
        text = body.low
        found = self.lex.home.search(text, 0, min(hi, len(text)))
        if found is None or text[found.end() : found.end() + 1] not in _SUBJECT_MARKS:
            return None
        return self._home(body, 0, text[: found.end() + 1])

    @staticmethod
    def _participle_agent(text: str, lo: int, actor_start: int, agent_at: int) -> bool:
        """A Romance participle right before the agent preposition, in the same clause.

        ``agent_at``: where the preposition starts in the 14 chars before the actor.
        """
        at = actor_start - 14 if actor_start - 14 > lo else lo
        at += agent_at
        day = _AGENT_DAY.search(text, max(lo, at - 24), at)
        if day is not None:
            at = day.start() + 1  # round 34: "pubblicate martedì dal BIS", "publiées mardi par"
        if _PARTICIPLE_BEFORE_AGENT.search(text, max(lo, at - 12), at) is None:
            return False
        return not any(mark in text[lo:at] for mark in (";", ". ", ", che ", ", qui ", ", que "))

    def _licence_issuer(self, site: Site, reading: Reading) -> str | None:
        """The state that issued a licence a firm obtained, named after the licence (round 36).

        "Nvidia a obtenu des licences d'exportation du gouvernement américain", "obtuvo
        las licencias de Estados Unidos", "heeft vergunningen van de Amerikaanse regering":
        only for a group whose firm is the subject (``firm_subject``) and whose licence
        follows the verb; the state must stand right after the licence's "of/from" (or a
        government noun it owns), so "licencias ... para vender chips a China" (the
        destination) is never the issuer.
        """
        predicate = reading.predicate
        needs = predicate.needs
        if not predicate.firm_subject or needs is None or needs.side != "after":
            return None
        item, mention = site.item, site.mention
        text = item.low
        hi = min(site.clause_hi, mention.end + needs.window)
        found = self.lex.needs[needs.word_class].search(text, mention.end, hi)
        if found is None:
            return None
        for actor in within(item.actors, mention.end, found.start()):
            # round 38 (issue 11): the issuer named before the licence ("may export ...
            # without a US licence", "ohne US-Lizenz"): the state that waives its own
            # licence acts, not the country that ships or receives without it
            if (
                actor.type == "jurisdiction"
                and text[actor.end : found.start()] in _ISSUER_PRENOMINAL
                and not self._owns_firm(item, actor)
            ):
                return code(actor)
        own = _ISSUER_QUALIFIER.match(text, found.end())
        if own is not None:
            # "des licences d'exportation américaines", "licencias estadounidenses"
            demonym = self.lex.demonym.match(text, own.end())
            if demonym is not None:
                return self.lex.demonym_of[normal(demonym.group())]
        of = _ISSUER_OF.match(text, found.end())
        if of is None:
            return None
        at = of.end()
        government = _ISSUER_GOVERNMENT.match(text, at)
        if government is not None:
            # "du gouvernement américain", "van de Amerikaanse regering" (the demonym
            # before the noun is read as a name when the catalog tags it)
            after = government.end() + (text[government.end() - 1] != " ")
            demonym = self.lex.demonym.match(text, after)
            if demonym is not None:
                return self.lex.demonym_of[normal(demonym.group())]
            at = government.end()
        for actor in within(item.actors, at, at + _ISSUER_REACH):
            if actor.start > at + 1:
                break
            if actor.type == "jurisdiction" and not self._owns_firm(item, actor):
                return code(actor)
        return None

    def _firm_subject(self, site: Site, reading: Reading) -> bool:
        """Whether a firm is the subject of the verb ("TSMC stopped", "SK하이닉스가 ...")."""
        predicate = reading.predicate
        verb = reading.form in ("verb", "split", "gerund")
        if not verb or predicate.firm_subject or predicate.needs:
            return False  # "华为列入实体清单": a construction's firm is its object
        lex = self.lex
        item, mention = site.item, site.mention
        text = item.low
        if site.cjk and self._ordered_by_firm(site):
            return True
        lo = max(site.clause_lo, mention.start - _SUBJECT_GAP)
        firm = last_before(item.firms, lo, mention.start)
        if firm is None and site.sov:
            # "エヌビディア(NVDA)は中国市場向けに開発した…の生産を一部停止した": a firm
            # marked as subject governs its clause's verb however long the object.
            far = last_before(
                item.firms, max(site.clause_lo, mention.start - _SOV_SUBJECT_GAP), mention.start
            )
            if far is not None and self._firm_marked(item, far):
                firm = far
        opening = None
        if firm is None and site.cjk and not site.sov:
            firm = opening = self._opening_firm(site)  # no acting state after it
        if firm is None:
            return False
        cjk = site.cjk or has_cjk(text[firm.end : firm.end + 1])
        if (
            opening is None
            and last_before(item.actors, firm.end, mention.start) is not None
            and not (cjk and site.sov and self._marked_firm(item, firm, mention.start))
        ):
            return False
        gap = text[firm.end : mention.start]
        if cjk:
            if (
                site.sov
                and not self._firm_marked(item, firm)
                and self._marked_state(item, site.sentence.start, firm.start)
            ):
                # "オランダ政府は…中国の聞泰科技傘下の…を凍結": the topic-marked
                # government is the subject; the firm qualifies the object.
                return False
            # "要求字节跳动、阿里巴巴等企业停止采购": the list's head decides.
            head = firm
            while True:
                previous = last_before(item.firms, max(0, head.start - 40), head.start)
                if previous is None:
                    break
                joint = text[previous.end : head.start]
                if joint not in _LIST_JOINS and joint.removeprefix("公司") not in _DEAL_VERBS:
                    break
                # round 38 (issue 11): "对高通收购Autotalks…立案调查": the acquired firm
                # belongs to the deal the acquirer heads, and the deal is the object
                head = previous
            # Round 14 (h20a): a name in corner brackets ("「エヌビディア」に対する") is read
            # without its marks.
            before = text[max(0, head.start - 4) : head.start].rstrip(_OPEN_MARKS)
            gap = gap.lstrip(_CLOSE_MARKS)
            if gap.startswith("、") and item.name == "title" and head.start == 0:
                gap = gap[1:]  # "エヌビディア、…を停止": a headline's topic, not a list
            if before.endswith(lex.cjk_object_markers) or gap.startswith(lex.cjk_not_subject):
                return False  # "对英伟达立案调查", "英伟达的芯片", "엔비디아를"
            if site.sov and _SOV_PASSIVE_AFTER.match(text, mention.end):
                # round 39: "엔비디아 A800의 수출이 통제되게 됐다": the trade is the passive's
                # subject, the firm names whose goods; the story's state acts
                return False
            # "华为被列入", "英伟达获批": a passive, the firm is its object
            return not any(p in gap or mention.text.startswith(p) for p in lex.cjk_passive)
        if gap[:2] in ("'s", "’s") or gap[:1] in ("'", "’", ","):
            return False  # "Intel's licence was revoked", "Huawei, SMIC and ..."
        if lex.passive.search(text[max(lo, mention.start - 24) : mention.start]):
            return False  # "Huawei was banned"
        state = last_before(item.actors, site.clause_lo, firm.start)
        if (
            state is not None
            and closes_clause(site, phrase=True)
            and _PERFECT_AUX.match(text, state.end)
        ):
            # "China heeft het exportverbod voor Nexperia opgeheven": the state before a
            # perfect's auxiliary is the subject of the clause-final participle; the firm
            # names the object ("Habeck will ... untersagen" is no perfect: left as it was).
            return False
        lo = max(0, firm.start - 24)
        word = _WORD_BEFORE.search(text[lo : firm.start])
        if word is None or word.group(1) not in lex.place:
            return True
        # Round 42: Portuguese, Spanish and Italian "a" is also the article ("– A Nvidia
        # determinou a seus fornecedores que interrompam …"): at a clause's opening it
        # names the subject, not a destination ("vendas a Huawei").
        return word.group(1) in _ARTICLE_PREPOSITIONS and (
            _CLAUSE_OPENING.search(text, site.sentence.start, lo + word.start(1)) is not None
            or lo + word.start(1) == site.sentence.start
        )

    def _opening_firm(self, site: Site) -> Mention | None:
        """A Chinese firm that opens an earlier clause of the sentence, the verb's subject.

        Round 42 (issue 11): "台積電已向所有大陸AI晶片客戶發送正式電子郵件,宣布從11月11日起,
        暫停向大陸AI/GPU客戶供應…": the later clauses have no subject of their own and go
        on with the firm that opens the sentence or a clause (nothing before it in that
        clause), as long as no acting state and no other act stands between it and the verb.
        """
        item, text = site.item, site.item.low
        lo, start = site.sentence.start, site.mention.start
        for firm in within(item.firms, lo, site.clause_lo):
            if firm.start > lo and text[firm.start - 1] not in _CJK_CLAUSE_MARKS:
                continue
            if within(item.triggers, firm.end, start) or any(
                self._is_acting(item, a) for a in within(item.actors, firm.end, start)
            ):
                return None
            return firm
        return None

    def _ordered_by_firm(self, site: Site) -> bool:
        """Whether the firms before the verb are told to act by a firm, not a state.

        "英伟达已要求富士康、三星电子等供应商，暂停…": the list after an order word
        (``directive_markers``) is the order's object, and the order's subject is a
        firm (the nearest name before the order word, no state between): the firm
        instructs its suppliers, no state acts. "网信办已要求字节跳动等企业停止采购"
        keeps the state as the order's subject.
        """
        item, text, start = site.item, site.item.low, site.mention.start
        lo = max(site.sentence.start, start - _ORDER_REACH)
        firm = last_before(item.firms, lo, start)
        if firm is None or last_before(item.actors, firm.end, start) is not None:
            return False
        head = firm
        while True:
            previous = last_before(item.firms, max(lo, head.start - 40), head.start)
            if previous is None or not _LISTED.fullmatch(text, previous.end, head.start):
                break
            head = previous
        marker = next(
            (m for m in self.lex.directive_markers if text.endswith(m, lo, head.start)), None
        )
        if marker is None:
            return False
        end = head.start - len(marker)
        while end > lo and text[end - 1] in _ORDER_ADVERBS:
            end -= 1  # "已要求", "再度通知"
        ordering = last_before(item.firms, lo, end)
        if ordering is None or last_before(item.actors, ordering.end, end) is not None:
            return False
        rest = text[ordering.end : end].lstrip(_CLOSE_MARKS)
        rest = _BRACKETED.sub("", rest, count=1) if rest[:1] in "(（" else rest
        return not rest.startswith(self.lex.cjk_not_subject)

    def _marked_firm(self, item: Field, firm: Mention, end: int) -> bool:
        """A Japanese/Korean firm marked as subject, no state that can act after it.

        "エヌビディアは中国市場向けの…の生産を停止した": the state between only names the
        object's market; "엔비디아는 미국 정부가 … 승인했다고 밝혔다" keeps the state.
        """
        if not self._firm_marked(item, firm):
            return False
        return not any(
            self._is_acting(item, a) and not self._possessive(item.low, a)
            for a in within(item.actors, firm.end, end)
        )

    def _possessive(self, text: str, state: Mention) -> bool:
        """Whether a Japanese or Korean state only qualifies a noun ("미국 정부의 수출 통제").

        Round 44: under a firm marked as the subject ("엔비디아는 … 미국 정부의 수출 통제를
        근거로 … 공급을 중단했고"), a state in the possessive, its government noun between,
        owns a noun of the clause; it is not a second subject.
        """
        pos = state.end + (text[state.end : state.end + 1] == " ")
        for noun in self.lex.subject_heads:
            if text.startswith(noun, pos):
                pos += len(noun)
                break
        return text.startswith(("의", "の"), pos)

    def _firm_marked(self, item: Field, firm: Mention) -> bool:
        """A firm marked as subject, in Japanese or Korean.

        Its particle may follow a bracket ("エヌビディア(NVDA)は"); a headline's opening
        firm with its comma is the topic ("エヌビディア、…を停止").
        """
        text = item.low
        pos = firm.end
        bracket = _BRACKETED.match(text, pos)
        if bracket is not None:
            pos = bracket.end()
        while pos < len(text) and text[pos] in _CLOSE_MARKS:
            pos += 1  # the acronym in brackets is a mention of its own: "(nvda)は"
        if text.startswith(self.lex.subject_particles, pos):
            return True
        return item.name == "title" and firm.start == 0 and text.startswith("、", pos)

    def _marked_state(self, item: Field, start: int, end: int) -> bool:
        """Whether an acting state marked by a subject or topic particle stands in the span."""
        return any(
            self._subject_marked(item.low, a) and self._is_acting(item, a)
            for a in within(item.actors, start, end)
        )

    def _implied(self, fields: dict[str, Field], item: Field) -> tuple[str, str] | None:
        """A headline's actor is the lead's: "Additions to the Entity List" -> BIS.

        A body sentence without one takes the headline's: its named actor, else the
        actor of the headline's event.
        """
        if item.name == "title":
            body = fields["body"]
            # Round 31: a lead state that only reacts ("Japan Releases New Tech Export
            # Controls; China Expresses Opposition" repeated atop the body) is no actor.
            lead = [
                state
                for state in self._acting(body, 0, min(len(body.text), _LEAD))
                if not self.lex.reaction.match(body.low, state.end + 1, state.end + _REACTION_GAP)
            ]
            home = self._home_subject(body, lead[0].start if lead else _LEAD)
            if home is not None:
                return home, "home"
            if lead:
                return code(self._lead_subject(body, lead)), "implied"
            return None
        title = fields["title"]
        if title.event_actor is not None:
            # The headline's act, not its last name: "China Restricts Nvidia H20 After
            # 'Insulting' U.S. Remarks" is China's story.
            return title.event_actor, "implied"
        # Round 35: a headline with no act of its own names its acting state first
        # ("olanda cina litografia", "taiwan puces russie bielorussie"); the
        # states after it are where the goods go.
        acting = self._acting(title, 0, len(title.text))
        in_title = acting[0] if acting else None
        if (
            in_title is not None
            and (firm := next(iter(title.firms), None)) is not None
            and firm.start < in_title.start
        ):
            # "Nvidia beats forecasts but writes off China": a firm is the
            # headline's subject, its state an object; the lead's acting state, if it
            # names one, is the story's ("the tariffs the president imposed").
            body = fields["body"]
            lead = self._acting(body, 0, min(len(body.text), _LEAD))
            if lead:
                return code(lead[0]), "implied"
        if in_title is not None:
            if self.lex.reaction.search(title.low, in_title.end, in_title.end + _REACTION_GAP):
                # "Pékin fustige les nouvelles restrictions": the headline's state reacts;
                # the measures the body names are not its own.
                return None
            return code(in_title), "anaphor"
        if _US_INSTRUMENT.search(fields["body"].low, 0, _LEAD) is not None:
            # "Two Presidential Proclamations released yesterday address ...; targeted
            # tariffs will apply ... beginning today": the lead's instrument names the
            # story's actor when no state is named (the US president's instruments).
            return "US", "implied"
        return None


def _government_head(heads: frozenset[str], word: str) -> bool:
    """Whether ``word`` heads a state's body: a listed noun or a German compound's tail."""
    return word in heads or word.endswith(_GERMAN_BODY_TAILS)


def _owned(item: Field, at: int) -> bool:
    """Whether a state's name ends right where a home word starts ("米国政府", "미국 정부")."""
    text = item.low
    return any(
        a.end == at or (a.end == at - 1 and text[a.end] == " ") or a.start < at < a.end
        for a in within(item.actors, max(0, at - 24), at + 8)
    )
