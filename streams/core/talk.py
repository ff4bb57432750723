"""Taken or decided, against talk; main news against background.

A predicate that reads as an action may still be talk: a forecast, a plan, a purpose
("in an effort to curb"), an opinion ("widely seen as retaliation"), a standing rule
described ("deals must be cleared by SAMR", "the rule, which bars ..."), a denial, a
question or a condition. Japanese and Korean put that modality after the verb
("規制を強化する方針", "검토하고 있다"); Chinese marks a standing rule after it
("仍然有效"). Every cue list is data (``policy_patterns.yaml``), compiled by
``lexicon.py``; this module only decides where in the clause each list is searched.

A predicate that is news may still be background: a time phrase, a year before the
article's own, the past perfect, a noun after "after"/"following", a Chinese
"...之际" ("at a time when ...").
"""

from __future__ import annotations

import re
from typing import Final

from streams.core.cues import has_cjk, last_match
from streams.core.fields import ArticleYear, Site, closes_clause, list_head, within
from streams.core.forms import all_words
from streams.core.lexicon import Lexicon, Reading
from streams.core.script import KANA, script_folder
from streams.core.sov import chained_cue_span, conditional_after, reported_coming
from streams.core.tense import STALE_DAYS, reported_future, reporting_between, stale_by_month

__all__ = ["Talk"]

_REPORTING_WINDOW: Final = 60  # chars before "would"/"had" searched for "said"
# Romance "that" after a reporting verb: "dijo que", "a déclaré qu'", "ha detto che".
# A Japanese or Korean clause nominalised as the object of "consider", "plan", "aim at":
# "...ことを検討している", "...する方針を固めた" is not here (a decision), "...방안을 검토".
# Compiled over folded text (``Talk.__init__``): the kanji read in simplified form.
_CONSIDERED: Final = (
    r"(?:ことを|ことも|방안을|방안도|것을) ?(?:検討|計画|視野|目指|検証|검토|추진|고려|모색)"
)
_COMPLEMENTISER: Final = re.compile(r"\b(?:que|qu['’]|che)\b")
# The conditional of "to be" in French, Italian, Spanish and Portuguese: hearsay alone
# ("les exportations seraient interdites", reportedly), but after a verb of saying and its
# "that" the future-in-the-past of what was decided ("a déclaré que ... seraient
# interdits", "ha detto che ... sarebbero vietati", "dijo que ... serían prohibidas").
_FUTURE_IN_PAST: Final = frozenset(
    ["serait", "seraient", "sarebbe", "sarebbero", "sería", "serían", "seria", "seriam"]
)
_MODAL_WINDOW: Final = 100  # a modal's scope: the verb phrase it opens
# Round 35: chars before a worry noun searched for its ground opener ("citing national
# security concerns"), and the words that may stand between (at most three).
_GROUND_REACH: Final = 48
_GROUND_GAP = re.compile(r"\s{1,3}(?:[\w-]{1,24}\s{1,3}){0,3}")
# Round 37: a comma or a dash that closes a concern's own clause before the predicate.
_CONCERN_CLOSED = re.compile(r"[,;:–—]")
# Round 37 (``_recent_attributive``): a participle of English, German, Dutch ("announced",
# "angekündigten", "aangekondigde") and of the Romance languages ("annoncées",
# "anunciadas", "annunciate", "impostos"), with at most three words between it and its noun.
_RECENT_BEFORE: Final = 64
_PARTICIPLE_BEFORE = re.compile(
    r"\s{1,3}[\w-]{2,30}(?:ed|en|te|ten|ter|tes|de|den)(?:\s{1,3}[\w-]{2,24}){0,3}\s{1,3}"
)
_PARTICIPLE = (
    r"[\w-]{2,30}(?:ed|é|ée|és|ées|ado|ada|ados|adas|ato|ata|ati|ate|ido|ida|idos|idas"
    r"|ito|ita|iti|ite|osto|osta|osti|oste|ostos|ostas)"
)
_PARTICIPLE_AFTER = re.compile(
    rf"\s{{1,3}}((?:[\w-]{{2,14}}\s{{1,3}}){{1,2}}){_PARTICIPLE}\b"
    rf"|\s{{1,3}}{_PARTICIPLE}((?:\s{{1,3}}[\w-]{{2,14}}){{1,2}})\b"
)
# Round 38: a participle after its measure noun, set off by a comma or not, and the rest
# of its phrase up to a clause mark ("sanctions, revealed last month, placed ...", "les
# sanctions annoncées le mois dernier"): a past time phrase there dates the measure.
_APPOSED_PARTICIPLE = re.compile(rf"\s{{0,2}},?\s{{1,3}}{_PARTICIPLE}\b([^,;:.!?]{{0,48}})")
# ... and the sentence's subject so dated: "<subject>, <participle> <time>," opens it.
_DATED_SUBJECT = re.compile(rf"([^,;:.!?]{{3,80}}?),\s{{1,3}}{_PARTICIPLE}\b([^,;:.!?]{{0,48}}),")
# ... and German and Dutch: the time phrase and the participle right before the noun
# ("die im vergangenen Monat angekündigten Exportkontrollen").
_PARTICIPLE_BEFORE_NOUN = re.compile(
    r"\s{1,3}(?:[\w-]{2,24}\s{1,3}){0,1}[\w-]{2,30}(?:te|ten|de|den|t|d|en)\s{1,3}"
)
_PAST_TIME_BEFORE: Final = 56
# Round 38 (``_toward``): at most two words ("de nouvelles", "un durcissement") between
# "towards" and the measure noun it governs.
_TOWARD_GAP = re.compile(r"\s{1,3}(?:[\w'’-]{1,16}\s{1,3}){0,2}")
_TOWARD_WINDOW: Final = 48
# Round 38 (``_leader_future``): a leader's stated future. Chinese: a verb of saying,
# then "将" (not "已将", has put) before the predicate, or a headline's colon or quote
# after the speaker ("特朗普：将对芯片征收…"); Korean: the volitional "-겠다고" or the
# quoted "-ㄹ 것" right after the verb ("부과하겠다고 말했다", "부과할 것\"이라고");
# Japanese: a headline's quote after the speaker ("トランプ氏「半導体に100%関税」").
_ZH_SAID_FUTURE = re.compile(
    r"[^，,。；]{0,12}?(?:称|表示|说|宣称|扬言|誓言|强调)[，,:：]?[^。；]{0,30}?(?<![已曾])将"
)
# The leader as the Japanese or Korean sentence's topic or subject: "トランプ米大統領は",
# "트럼프 대통령은", not "首相の…発言をめぐり、中国政府は" (the leader is no speaker there).
_SOV_SPEAKER = re.compile(r"[^、。,，の]{0,6}?(?:[はが]|[은는이가][\s,])")
# Round 42 (``_former_holder``): the first case particle after a Japanese or Korean noun
# phrase, subject and topic or object (a Korean particle ends its word).
_SOV_CASE = re.compile(r"[はがを]|[은는이가을를](?=\s)")
_SOV_OBJECT: Final = frozenset("を을를")
# Round 42 (``_licence_denied``): English "deny" whose object is a licence, within a few
# words ("denied Nvidia's application for an export licence"), unless a report or a
# clause stands between.
_DENY_VERBS: Final = frozenset(["denied", "denies", "deny", "denying"])
_DENIED_OBJECT: Final = 48
_DENIED_REPORT = re.compile(r"\b(?:that|reports?|claims?|allegations?|accusations?|it)\b|[,;:]")
# Round 42 (``described``): Chinese "subject to" and at most a short state name before the
# verb of a "受…管制的" modifier ("受美國管制的", "受美方出口管制的").
_SUBJECT_TO = re.compile(r"受[^，,。；、受]{0,6}$")
# Round 42: a Korean time cue inside a longer word (two Hangul syllables in a row across
# the cue's start): Korean words are spaced, so a cue starts one.
_HANGUL_INSIDE = re.compile(r"[\uac00-\ud7a3]{2}")
# Round 42 (``_dated_noun``): the rest of a Japanese or Korean date and its genitive
# ("2019年7月の", "2019년 7월 "); the measure noun it names starts within a few characters.
_SOV_DATE_REST = re.compile(r"[\d\s年月日년월일]*(?:の|의)?\s?")
_DATED_NOUN_REACH: Final = 10
_HEADLINE_QUOTE = re.compile(r"\s{0,2}(?:[:：]|[「『“\"])")
_KO_STATED_FUTURE = re.compile(
    # round 42: a measure noun may come first, quoted or not, with its particle and the
    # verb after it ("“… 100% 관세”가 부과될 것이라고 말했다", "관세를 부과할 것")
    r"(?:[\"”’']?[이가을를]\s?[\uac00-\ud7a3]{1,4}?)?"
    r"(?:\s?(?:하|되|시키)?(?:겠다|겠습니다)|\s?(?:할|될) 것(?:이라|\"|”|'|’))"
)
# Japanese: the dictionary form then a quotative or a stated intent ("関税を課すと述べた",
# "課す考えを示した"); not the past ("課したと述べた").
_JA_STATED_FUTURE = re.compile(r"[^、。「」]{0,10}?[るすくうつぶむぐ](?:と|考えを|意向を|方針を)")
# The leader's administration, not the leader speaking: "特朗普政府", "トランプ政権",
# "트럼프 행정부" announce as the state does.
_ADMINISTRATION = re.compile(r"\s?(?:政府|政权|政權|政権|当局|行政当局|정부|행정부|정권)")
_LEADER_REACH: Final = 40
# Round 47 (``_leader_tariff``): a speaker named after the verb ("…”, anunciou Trump",
# "…, President Donald Trump said")
_SPEAKER_AFTER: Final = 24
# Round 47: a Korean question ending right after a predicate ("제한되나", "금지할까요").
# "-까" asks anywhere; "-나" also joins a concessive clause ("제한하나 예외를 두었다": restricts,
# but …), so it asks only where its segment ends (a headline's "…", a quote, the end).
_KO_QUESTION: Final = re.compile(
    r" ?(?:(?:할|될|시킬)까요?(?=[\s…·,.?!\"'”’]|$)|(?:되|하|시키)나요?(?=[…·?!\"'”’]|\s*$))"
)
_PAST_REACH: Final = 3  # chars after a Japanese verb stem searched for its past "た"
# Round 47 (``_reported_anew``): the word that opens a reported clause.
_THAT: Final = re.compile(r"\b(?:that|que|qu['’]|dass|dat|che)(?!\w)")
# Round 47 (``_leader_tariff``): the reporting verbs that give an order, no word of saying
_ORDERING: Final = frozenset({"ordered", "instructed", "notified", "informed"})
_NEGATION_WINDOW: Final = 32
_RETROSPECTIVE: Final = ("던 ", "었던 ", "였던 ")  # Korean "-던": a clause modifying a noun
_CUE_REACH: Final = 160  # chars before a predicate searched for its `cue` (as reading.py)
# chars before "per" searched for "esercitato"; round 28: 96, the power's name between
# ("ha esercitato i poteri derivanti dalla normativa sulla Golden Power per bloccare")
_PURPOSE_DECISION: Final = 96
_INSTRUMENT_WINDOW: Final = 40  # chars before a purpose cue searched for its instrument
_PURPOSE_WINDOW: Final = 28  # "in an effort to" right before the predicate
_CJK_MODAL_WINDOW: Final = 24
_CLAIM_WINDOW: Final = 60  # chars before an easing searched for a firm's own claim
_CJK_NEGATION_WINDOW: Final = 12
_CJK_PURPOSE_WINDOW: Final = 12
_AFTER_WINDOW: Final = 16  # chars after a Japanese/Korean verb searched for its modality
# A nominative particle right after a measure noun ("규제가", "規制が") and how far its
# clause's verb may stand.
_SUBJECT_CASE: Final = ("가 ", "이 ", "が")
_SUBJECT_CLAUSE: Final = 40
# A demand right after a Japanese or Korean verb noun: "撤回要求", "撤回を求め", "철회 요구".
_DEMANDED: Final = ("要求", "を要求", "を求め", "요구", " 요구", "를 요구", "을 요구")
_AFTER_CJK_WINDOW: Final = 40  # chars after a Chinese predicate: "..., 仍然有效"
_RELATIVE_WINDOW: Final = 90  # a relative clause's verb after its opener
# Round 33 (``_dates_object``): an attributive participle this close after a time phrase
# ("am 9. Oktober angekündigten", "2019年7月に導入した"), a relative pronoun this close
# before it ("qu'elle avait imposées le 9 octobre"), with no clause break between.
_ATTRIBUTIVE_REACH: Final = 24
_RELATIVE_REACH: Final = 40
_MODIFIER_BREAK = re.compile(r"[,;:，、；。]")
_VERB_READINGS: Final = frozenset(["verb", "split", "base", "gerund"])
#: Verb-final openers that also mean "to" before a place ("nach China", "naar China" is
#: not listed: Dutch "na" is "after" only).
_DESTINATION_OPENERS: Final = frozenset({"nach"})
_EARLIER_WINDOW: Final = 48  # chars before a verb searched for "after" + its subject
_EARLIER_WINDOW_VERB_FINAL: Final = 96  # the same before a German or Dutch clause-final verb
# German and Dutch finite auxiliaries: one standing second makes the clause a main clause.
_AUXILIARY = re.compile(
    r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden|heeft|hebben|"
    r"had|hadden|is|zijn|wordt|worden|werd|werden)\b"
)
# Round 34: the German and Dutch pluperfect when the participle ends its clause. A main
# clause opens its middle field with the auxiliary, often further back than the words
# ``Site.pre`` keeps ("Die USA hatten ein zeitweiliges Verkaufsverbot für H20-Chips nach
# China erst kürzlich aufgehoben"); a subordinate clause puts it right after the
# participle ("die Sanktionen, welche die USA verhängt hatten", "die Nederland had
# opgelegd" is read by the first). Both tell an act before the story's own.
_PLUPERFECT_AUX = re.compile(r"\b(?:hatte|hatten|hadden|had)\b")
_CLAUSE_END = re.compile(r"[\s\"'”»)]*(?:[.,;:!?]|$)")  # the auxiliary closes its clause
_PLUPERFECT_AFTER = re.compile(r"\s{1,3}(?:hatte|hatten|hadden|had|worden\s{1,3}(?:war|waren))\b")
# ... and a measure noun whose relative clause is told in it ("die Sanktionen, welche die
# USA verhängt hatten", "de beperkingen die Washington had opgelegd"): the noun names
# the earlier act, not one of this story.
_PLUPERFECT_RELATIVE = re.compile(
    r"\s{0,2},\s{1,3}(?:welche|welcher|welches|die|der|das|dat)\s[^,.;:!?]{1,80}?"
    r"\s(?:hatte|hatten|hadden|had)\s{0,3}(?:[,.;:!?]|$)"
)
# Right after a Chinese or Japanese predicate (folded: 後 is 后), "after": "出口管制后",
# "規制後" name the measure as the time of what the sentence reports.
_CJK_AFTER: Final = ("后", "之后")
# Round 46: the marks that close a CJK clause, and how far after a Korean verb its "뒤"/"후"
# is looked for ("금지 조치를 내린 뒤": the verb's noun, its object and light verb).
_CJK_CLAUSE_MARK = re.compile(r"[，,、；;。！？!?]")
_KO_AFTER_REACH: Final = 16
# Round 46: how far back from a clause of result its main clause's modal is read
_RESULT_WINDOW: Final = 160
# "May" the month, not the modal: a day after it, or a preposition of time before it.
_DAY_AFTER = re.compile(r"\s{1,3}\d")
_MONTH_PREPOSITION = re.compile(
    r"\b(?:in|on|since|until|from|of|early|late|mid|last|next|this)[\s-]{1,3}$"
)
_PRIOR_DECISION_WINDOW: Final = 90  # chars before an infinitive searched for "decision"
_PRIOR_DECISION_GAP: Final = 28  # chars before "decision" searched for "despite"
_DECISION_NOUN = re.compile(r"\b(?:decisi(?:on|ón|one)|décision|decisão|entscheidung|besluit)\b")
_ROMANCE_RELATIVE_WINDOW: Final = 40  # chars before a Romance verb searched for "que"
_ROMANCE: Final = frozenset(["es", "pt", "fr", "it"])
_REPORTED_CLAUSE: Final = 24  # chars before "que" searched for "anunció", "disse"
# Imperfect (and conditional) endings of Spanish, Portuguese, French and Italian verbs:
# "permitía", "permitia", "permettait", "permetteva", "proibiam". They describe a state
# that held, or one that would hold, never a new act.
_IMPERFECT = re.compile(r"(?:aba|aban|ía|ían|ava|avam|ia|iam|ait|aient|avano|eva|evano|iva|ivano)$")
# Synthetic future endings ("limitará", "limitera", "limiterà", "restringirão"): with a
# source's attribution in the sentence, a reported plan (as "will" before the verb).
_ROMANCE_FUTURE = re.compile(r"(?:rá|rán|rão|ra|ront|rà|ranno)$")
# A future verb governing the noun trigger a few words on ("impondrá nuevas restricciones",
# "imporrà nuove restrizioni"): accented or plural endings only, "-ra" is also a noun's.
# Round 37: a Romance synthetic future in a clause before a horizon ("começará nos
# próximos meses", "inizierà nei prossimi mesi", "commencera dans les prochains mois").
# Dutch "gaat/gaan" + infinitive is the going-to future ("gaat de komende maanden …
# beperken"); it is no future modal elsewhere ("gaat" is also "goes").
# French "-ra" only after e, i or d ("commencera", "finira", "restreindra"): "contra",
# "entra" are no futures.
_FUTURE_BEFORE_HORIZON = re.compile(r"\b(?:\w{3,}(?:rá|rán|rão|[eid]ra|ront|rà|ranno)|gaat|gaan)\s")
_VERB_FINAL_LANGS: Final = frozenset({"de", "nl"})
# Round 37: French "compter" + infinitive is a plan ("Le gouvernement compte imposer de
# nouvelles restrictions"), as "prévoit de" is; not the noun ("pour le compte de") nor
# "compte" before a word that only looks like an infinitive ("compte entre", "encore").
_COUNTS_ON = re.compile(
    r"\bcompt(?:e|ent|ait|aient)\s+(?:(?:bien|désormais|donc|aussi)\s+)?"
    r"(?!(?:entre|notre|votre|encore|autre|contre|outre|quatre|libre|titre|centre)\b)"
    r"[a-zàâçéèêëîïôûù]{2,}(?:er|ir|re)\b"
)
_GOVERNOR_FUTURE = re.compile(r"\b\w{3,}(?:rá|rán|rão|ront|rà|ranno)\s(?:[\w'’]+\s){0,3}$")
# A relative pronoun opening the clause of the verb ("uma exceção que permitia").
_ROMANCE_RELATIVE = re.compile(r"\b(?:que|qui|che|cui|lequel|laquelle|dont)\b")

_ADJECTIVE_EARLIER = re.compile(
    r"earlier\s{1,3}(?!(?:was|has|is|this|as|its|thus)\b)[a-z]{2,20}s\b"
)
_IN_YEAR = re.compile(r"(?:in|since|im|seit|en|desde|nel|em|sinds|depuis)\s", re.I)
# "si" is French and Spanish "if"; Italian/Portuguese "se" and Dutch "als" are left out:
# they also open ordinary sentences ("Se prohíbe", German "Als Reaktion auf ...").
_CONDITIONAL = re.compile(
    r"\W{0,3}(?:(?:if|unless|should|wenn|falls|si|caso|en caso de)\b|如果|若|一旦)", re.I
)
# Round 15c: a condition after a grant still to come ("will grant licences if the
# applications meet the rules", "concederá licencias si ..."): a promise, not a grant.
# Unambiguous condition words only ("se", "als" are also pronouns and "as").
_GRANT_CONDITION = re.compile(
    r"\b(?:if|unless|provided(?:\s+that)?|as\s+long\s+as|so\s+long\s+as|on\s+condition|"
    r"si|siempre\s+que|a\s+condición|à\s+condition|pourvu\s+que|qualora|purché|a\s+condizione|"
    r"desde\s+que|wenn|falls|sofern|mits|indien)\b",
    re.I,
)
# "I consider it the right moment to ...": a judgement, not a plan. "that" + an article
# opens a clause instead ("fears that the US will tighten ..." stays a fear).
_JUDGES = re.compile(
    r"\s{1,3}(?:(?:it|this)\s{1,3}(?:the|a|an|necessary|appropriate|right|time)"
    r"|that\s{1,3}(?:necessary|appropriate|right|time))\b"
)
# Romance "in order to" + an infinitive ("para impedir", "pour bloquer", "per fermare").
_ROMANCE_PURPOSE = re.compile(r"\b(?:para|pour|per|afin de)\s{1,3}$")
_INFINITIVE = ("ar", "er", "ir", "re", "are", "ere", "ire")
_STANDING_BEFORE_WINDOW: Final = 60  # chars before a verb searched for "nog steeds"
_STANDING_NOUN_WINDOW: Final = 24  # round 28: "still face limitations", one verb between
# Round 28: a "that" clause before English "still": reported content ("assured ... that").
_REPORTED_THAT = re.compile(r"\bthat\b")
_WORDS = re.compile(r"\w+")
# Round 28: a future verb of imposing right before a tariff noun ("will impose a 100%
# tariff", "vai impor tarifas", "va imposer des droits"); the Romance synthetic future is
# read by ``_synthetic_future``.
_TARIFF_FUTURE = re.compile(
    r"\b(?:will|would|'ll|vai|vão|va|vont|van a|va a)\s(?:\w+\s)?"
    r"(?:impose|slap|levy|impor|aplicar|imposer|imponer|appliquer)\s(?:[\w%.,'’-]+\s){0,4}$"
    # the French singular future, which ``_GOVERNOR_FUTURE`` leaves out ("-ra" nouns)
    r"|\b(?:imposera|appliquera)\s(?:[\w%.,'’-]+\s){0,4}$"
)
_STILL_GAP: Final = 2  # words between "still" and the trigger: "still applies its ban"
# Round 37: a noun right after "of"/"de"/"der"/"van" and up to two more words is another
# noun's complement ("the easing of export controls", "l'assouplissement des contrôles").
_NOUN_COMPLEMENT: Final = re.compile(
    r"\b(?:of|de|des|du|del|della|delle|dei|degli|der|van|do|da|dos|das)\s+"
    r"(?:(?:the|la|las|los|le|les|l['’]|il|i|gli|lo|die|het|de|os|as|o|a)\s*)?(?:[\w-]+\s+){0,2}$"
)
_NEEDS_NEGATION: Final = 14  # chars before a verb-final's object searched for "keine", "geen"
# An Italian or French conditional earlier in the clause governs what follows it ("il
# disegno di legge bloccherebbe ... e impedirebbe di allentare", "les règles
# interdiraient ...", "il introduirait"): only endings no noun shares (the singular
# "-rait" only after e, i, d: "retrait", "portrait" are nouns); Spanish and Portuguese
# "-ría"/"-ria" end nouns too ("secretaría", "indústria"): below, next to the noun only.
_GOVERNING_CONDITIONAL = re.compile(
    r"\b[a-zàèéìòù]{3,}(?:rebbe|rebbero|raient|erait|irait|drait)\b"
)
# A Spanish or Portuguese conditional governing the noun trigger a few words on
# ("introduciría nuevas normas", "introduziria novas regras"): next to the noun only, as
# "-ría" also ends nouns ("la tecnología"); Portuguese "-aria"/"-eria" are left out
# (names and nouns: "Nexperia", "secretaria").
_GOVERNOR_CONDITIONAL = re.compile(
    r"\b\w{3,}(?:aría|ería|iría|arían|erían|irían|iria|ariam|eriam|iriam)\s(?:[\w'’]+\s){0,3}$"
)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# The word before a mention, past one article ("avec la Chine", "with the US").
_WORD_END = re.compile(
    r"(\w+)\W{0,3}(?:(?:the|la|le|les|el|los|las|il|lo|die|der|den|de|het)\s{1,3})?$"
)
_PRESENT_BE = re.compile(r"\b(?:is|are)\s{1,3}(?:\w{2,12}ly\s{1,3})?$")
_VERB_FINAL = frozenset(["de", "nl"])
# The end of a clause right after a German/Dutch infinitive ("... untersagen.").
# A Chinese time phrase inside a relative clause closed by 的 before the verb's clause.
# Round 19: a Korean verb's adnominal non-past ending, then the head noun after a space
# ("제한하는 품목", "통제하고 있는 장비", "금지되는 칩").
_KO_ADNOMINAL = re.compile(r"(?:하|되)?(?:고\s있)?는\s{1,2}(?=[\uac00-\ud7af])")
_CJK_RELATIVE = re.compile(r"[^，,；;。]{1,40}?的")
# A clause whose subject opens with a negative determiner ("No licences have been
# issued", "Keine Lizenzen wurden erteilt", "Aucune licence n'a été accordée").
_NO_SUBJECT = re.compile(
    r"\s{0,3}(?:no|kein|keine|aucun|aucune|ningún|ninguna|nessun|nessuna|nenhum|nenhuma|geen)\s",
    re.I,
)
# Round 14 (eu): a negative determiner anywhere in the clause before a passive predicate
# negates it ("afirmou que, até o momento, nenhuma unidade do chip H200 ... foi aprovada");
# bare "no" is left to the clause-start reading above, as it is also an adverb.
_NO_DETERMINER = re.compile(
    r"\b(?:kein|keine|keinen|keiner|aucun|aucune|ningún|ninguna|nessun|nessuna|nessuno"
    r"|nenhum|nenhuma|nenhuns|nenhumas|geen)\s",
    re.I,
)
# A day named by month and day in Chinese, Japanese or Korean ("9月30日", "9월 30일").
_CJK_DAY = re.compile(r"(?<!\d)(1[0-2]|0?[1-9]) ?[月월] ?([12]\d|3[01]|0?[1-9]) ?[日일]")
# Round 19: a month part ("mid-April") dates an act told in retrospect from three days
# before publication (the labellers call a story that late a reaction); one after a word
# of a coming date ("from mid-May", "bis Ende Mai", "a partir de finales de mayo") is not.
_PART_DAYS: Final = 3
_PART_BOUND = re.compile(
    r"\b(?:from|by|until|till|before|starting|ab|bis|vor|à partir de|jusqu'à|jusqu’à|avant|"
    r"d'ici|desde|hasta|antes de|a partir de|dal|dalla|entro|fino a|até|vanaf|tot|voor)\b",
    re.I,
)
# A relative or complement clause opened between a predicate and a month part after it:
# the part dates that clause's verb ("suspends the order that he imposed in late May").
_SUBORDINATE = re.compile(
    r"\b(?:that|which|who|dat|die|welke|wat|dass|der|das|welche|que|qui|dont|lequel|"
    r"laquelle|cuando|quando|che|cui|quem|wanneer|when|als)\b",
    re.I,
)
# Korean "지난 N일": the Nth day of this month or the last, before publication.
_KO_PAST_DAY = re.compile(r"지난\s?([12]\d|3[01]|[1-9])일")
# Round 37: "지난달 29일", "上月29日", "上个月29日", "先月29日": a named day of the last month.
# The month word alone is a background cue; with its day it dates the lead's own act,
# news when the day falls within the week before publication (``STALE_DAYS``).
_LAST_MONTH_DAY = re.compile(r"(?:지난달|上个?月|先月)\s?([12]\d|3[01]|0?[1-9])\s?[일日号]")
# Round 37: a past relative clause on a Korean or Japanese measure noun ("2022년 도입한
# … 수출 통제를", "昨年導入した…輸出規制を"): its time words date the earlier measure.
# Korean "대한/관한/위한/통한/인한" are fixed postpositions ("중국에 대한 …"), no verb.
_SOV_PAST_RELATIVE = re.compile(
    r"(?<=[가-힣])(?<![대관위통인])(?:한|된|했던|됐던|되었던)\s|(?:した|された|していた|されていた)"
)
# A day's number before the relative clause dates the announcement itself ("지난 2일 …
# 강화한다고 발표했다"), not the earlier measure: the time rules read it as before.
_SOV_DAY = re.compile(r"\d{1,2}\s?[일日]")
_SOV_RELATIVE_REACH: Final = 24
# ... and the sentence's own predicate after the noun: a non-past act announced
# ("…을 마카오로 확대 적용한다고 17일 밝혔다", "…を拡大すると発表した").
_SOV_ANNOUNCED = re.compile(
    r"(?:한다|하겠다|된다|하기로|키로)고?\s?[^.。]{0,10}?(?:밝혔|발표했|공표했|결정했)"
    r"|(?:する|します)と[^。]{0,10}?(?:発表|明らかに|表明|決定)"
)
_SOV_ANNOUNCED_REACH: Final = 40
# Chinese: "宣布，将2022年出台的…出口管制扩大至澳门": the object fronted by 将/把 after an
# announcement, a past relative clause closed by 的 on it, an extension after it.
_ZH_PAST_RELATIVE = re.compile(r"(?:出台|实施|发布|推出|公布|采取|实行|颁布|生效|宣布)的")
_ZH_ANNOUNCED_FRONTED = re.compile(r"(?:宣布|决定|表示)[，,]?\s?(?:将|把)")
_ZH_EXTENDED = re.compile(r"扩大|扩展|延伸|适用于")
# "on", "am", "le", ... between a measure noun and a day ("controls on Oct. 7").
_ON_DAY = re.compile(r"\s{1,3}(?:on|am|le|el|il|op|em|no|a)\s{1,3}", re.I)
# A weekday or today after "since" ("Since Monday, ..."): when a duty began to apply,
# not a clause of its own that tells an earlier act.
_DAY_NAMES: Final = (
    r"(?:today|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|aujourd'hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hoy|lunes|"
    r"martes|miércoles|jueves|viernes|sábado|domingo|oggi|lunedì|martedì|mercoledì|"
    r"giovedì|venerdì|sabato|domenica|hoje|segunda|terça|quarta|quinta|sexta|vandaag|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b"
)
_SINCE_DAY = re.compile(r"\s{1,3}(?:(?:el|le|la|o|a|de|der|dem)\s{1,3})?" + _DAY_NAMES)
# A weekday or today anywhere in a clause: the day's act ("The controls imposed by
# Washington today bar sales ..."), not a measure told by its effect.
_NAMED_DAY = re.compile(r"\b" + _DAY_NAMES)
_CLAUSE_FINAL = re.compile(r"\s{0,2}(?:[.,;:!?»«\"“”)]|$)")
_CLAUSE_MARKS: Final = (",", ";", ":", ".", "\n")
# Dutch "gaat ... beperken" is the future of a decision ("Kabinet gaat export verder
# beperken"), not an intention as "wil ... beperken".
_FUTURE_AUX: Final = frozenset(["gaat", "gaan"])
_PASSIVE_GAP = re.compile(r"\s{1,3}(?:also\s{1,3}|now\s{1,3})?(?:be|have\s{1,3}been)\s{1,3}")
_PERFECTIVE = re.compile(r"已经?\S{0,2}$|业已\S{0,2}$")
# Chinese "予以" right before the predicate ("对符合条件的出口予以豁免"): the ministry's own
# formal undertaking to grant; a modal clause closed by a comma before it ("将考虑企业实际
# 情况，") weighs circumstances, it does not make the grant a plan.
_UNDERTAKEN = re.compile(r"予以$")
_STANDING_WINDOW: Final = 32  # chars after a noun searched for "currently in force"
_FUTURE_WINDOW: Final = 40  # chars before a predicate searched for "will", "is to"
_CHRONICLE_WINDOW: Final = 48  # chars before a predicate searched for a growth cue
_CHRONICLE_AFTER: Final = 24  # chars after it ("restrizioni sempre più severe")
_MEASURE_SUBJECT_SPAN: Final = 160  # chars from a clause's start to its verb, at most
_PARTICIPLE_GAP: Final = 40  # chars between a measure noun and its participle, at most
# An article or demonstrative opening a clause, in English and the Romance languages.
_SUBJECT_DETERMINER: Final = re.compile(
    r"\W{0,3}(?:the|these|those|such|las|los|el|la|les|le|gli|i|il|as|os|o|a)\s+", re.I
)
_THREAT_WINDOW: Final = 48  # chars after a measure noun searched for "threatened", "paventati"
_MONTH_BEFORE: Final = 40  # chars before a verb searched for "in April"
_MONTH_AFTER: Final = 80  # chars after it ("banned exports of the accelerator in April")
_OPENER_MONTH: Final = 28  # chars from a sentence's start to an opening month ("Au mois de")
_AGENT_REACH: Final = 20  # chars before an actor searched for its agent preposition ("by the")
_OPENER_WORDS: Final = 4  # words before the month in an opener ("In early", "Au mois de")
_WORD = re.compile(r"\w+")
# Round 43: chars after the clause's last comma searched for its reporting verb
# ("..., the commerce ministry's spokesperson He Yadong said on Thursday")
_ATTRIBUTION_REACH: Final = 80
# A report disputed, with words between the verb and the report ("disputing what it called
# 'incorrect' media reports that said Japan stopped ..."): a predicate after it is the
# report's claim, no act; one before it ("said it allowed ..., disputing ...") stays.
# The same in the European languages: "desmintiendo lo que calificó de informaciones
# erróneas que ...", "démentant des informations de presse selon lesquelles ...",
# "wies Medienberichte zurück, wonach ...", "smentendo le notizie secondo cui ...".
_DISPUTED_REPORT = re.compile(
    r"\b(?:(?:disput|refut|reject|dismiss|deny|denie|denying)\w*\s"
    r"(?:[^.;:!?]{0,48}?\s)?(?:reports?|claims?|accounts?|allegations?|rumou?rs?)"
    r"[\"'”’]?\s(?:that|which|saying|claiming|suggesting)\b"
    r"|(?:desmint|desment|dément|dement|rechaz|rejeit|rejet|contest|smenti|smentendo|"
    r"respin|bestr[ei]|widersprach|wies|ontken|weerspr)\w*\s"
    r"(?:[^.;:!?]{0,48}?\s)?(?:informaciones|informes|noticias|reportes|rumores|"
    r"informações|notícias|relatos|informations|rapports|rumeurs|articles|notizie|"
    r"indiscrezioni|voci|rapporti|\w*berichte|\w*meldungen|berichten|geruchten)"
    r"(?:\s[^\s.;:!?]{1,20}){0,3}?[\"'”’»]?,?\s"
    r"(?:que|qui|che|secondo cui|selon lesquelles|segundo as quais|según las cuales|"
    r"wonach|denen zufolge|dass|dat|die)\b)"
)
# After a predicate, "from" + a gerund is its complement ("restricted from selling",
# "barred from shipping") and "under ... pressure" its cause, not an earlier event.
_COMPLEMENT_NOT_PRIOR = re.compile(
    r"from\s+\w+ing\b|under\s+(?:[\w.'’-]+\s+){0,3}?(?:pressure|pressures)\b"
)
_ENGLISH = frozenset(["en"])
_BY_AFTER = re.compile(r"\s{1,3}(?:by|por|par|da|dalla|dal|von|door|pelo|pela)\s")
# A Japanese headline ending in "...へ" (heading for): "輸出規制を春に導入へ".
_HEADED_FOR = re.compile(r"[^、。\s]{0,12}へ(?:$|[\s、　…])")
# Quotation marks of headlines that quote someone; a quote shorter than a clause is a
# name or a scare quote ("列“黑名单”").
_QUOTE_PAIRS: Final = (('"', '"'), ("“", "”"), ("「", "」"), ("『", "』"))
_QUOTE_CLAUSE: Final = 16


# A noun's apposition between commas ("L'enquête, lancée en décembre, ..."), whose month
# dates the measure (Round 13, eu).
_ELAPSED_REACH: Final = 32  # "dix-huit mois plus tôt", "hace varios meses": a short phrase
# A place after these is no clause subject: "对中国出口", "向美国", "从日本进口" (round 27).
_CJK_PREPOSITIONS = frozenset("对向从与和同跟给自赴往在到于")
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十")
_DATED_APPOSITION = re.compile(r",\s{1,3}([^,;.]{3,60}?),")


def _counted(text: str, at: int) -> bool:
    """Whether a CJK cue at ``at`` follows a numeral: a count, not a day (round 27).

    "10日前の10月4日" is "ten days ago" in Japanese (Chinese "10日前" is "before the 10th"),
    never the foreground "日前" ("the other day") of Chinese agency copy.
    """
    return at > 0 and text[at - 1] in _NUMERALS


def _starts(found: re.Match[str] | None, at: int) -> bool:
    """Whether ``found`` starts at ``at`` (a word right after the trigger and its space)."""
    return found is not None and found.start() == at


def _whole(found: re.Match[str] | None, modal: re.Match[str]) -> bool:
    """Whether ``found`` spans the modal word exactly (a cue that is the same word)."""
    return found is not None and found.end() == modal.end()


class Talk:
    """Decides whether a read predicate is talk, and whether it is main news."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Keep the compiled lexicon (cue expressions) and the month names' numbers."""
        self.lex = lexicon
        # "September 30", "Sept. 30", "30 September", "30. September", "30 de septiembre":
        # a named day, dated against the publication day (``ArticleYear.days_since``).
        self.considered = re.compile(script_folder().fold(_CONSIDERED))
        self.month_number: dict[str, int] = {}
        for lang, names in lexicon.patterns.month_names.items():
            for number, name in enumerate(names, start=1):
                self.month_number[name.casefold()] = number
                if lang == "en":  # "Sept. 30", "Oct 7" ("set" of another language is a verb)
                    self.month_number[name[:3].casefold()] = number
        month = "|".join(sorted(map(re.escape, self.month_number), key=len, reverse=True))
        # Round 19: a part of a month before its name ("mid-April", "à la mi-avril"),
        # read as its 5th, 15th or 25th day (``_stale_part``).
        pats = lexicon.patterns
        parts = [
            "|".join(sorted((re.escape(w) for w in all_words(words)), key=len, reverse=True))
            for words in (pats.dating_month_start, pats.dating_month_middle, pats.dating_month_end)
        ]
        self.month_part = re.compile(
            rf"\b(?:({parts[0]})|({parts[1]})|({parts[2]}))[\s-]{{1,3}}"
            rf"(?:(?:de|di|van|of)\s{{1,2}}|d'|d’)?({month})\b",
            re.I,
        )
        self.named_day = re.compile(
            rf"\b(?:({month})[a-zé]{{0,6}}\.?\s{{1,2}}(\d{{1,2}})(?!\d|,\s?\d{{4}}|\s?(?:%|m\b|b\b))"
            rf"|(\d{{1,2}})\.?\s{{1,2}}(?:de\s)?({month})[a-zé]{{0,6}}\b)",
            re.I,
        )

    def _stale_part(self, site: Site, reading: Reading, ref_year: ArticleYear) -> bool:
        """A part of a month before publication, in the predicate's clause: an earlier act.

        Round 19 (issue 11): "a durci, à la mi-avril, les conditions", "tightened in
        mid-April", "Anfang April verschärft": news of the day names the day or the
        weekday; a month part dates an act told in retrospect, when it lies three or more
        days before publication (the labellers' reaction window). A part after "from",
        "by", "until" ("from mid-May", "bis Ende Mai") is a date to come, not the act's.
        """
        lo, hi = site.clause_lo, site.clause_hi
        for part in self.month_part.finditer(site.text, lo, hi):
            if _PART_BOUND.search(site.text, max(lo, part.start() - 14), part.start()):
                continue
            if self._dates_other(site, part.start(), reading):
                continue
            after = site.mention.end <= part.start()
            if after and _SUBORDINATE.search(site.text, site.mention.end, part.start()):
                continue  # "schort het bevel op dat hij eind september had opgelegd"
            number = self.month_number.get(part.group(4).casefold())
            day = 5 if part.group(1) else 15 if part.group(2) else 25
            since = ref_year.days_since(number or 0, day)
            if since is not None and since >= _PART_DAYS:
                return True
        return False

    def _stale_day(self, site: Site, reading: Reading, ref_year: ArticleYear) -> bool:
        """A day named in the clause weeks before publication dates an earlier act."""
        if not ref_year.month or self._dated(site):
            return False  # "entrate in vigore ... decretate lo scorso 18 ottobre": in force now
        if reading.form in ("verb", "split") and self._stale_part(site, reading, ref_year):
            return True
        text = site.text
        # After a noun, a day dates its modifier ("restrictions decreed on October 18").
        noun = reading.form.endswith("noun")
        hi = site.mention.start if noun else site.clause_hi
        days = list(self.named_day.finditer(text, site.clause_lo, hi))
        # Round 17: a day right after the noun ("issued new export controls on Oct. 7")
        # dates the verb whose object the noun is, as it does after a verb.
        on = _ON_DAY.match(text, site.mention.end) if noun else None
        if on is not None and (after := self.named_day.match(text, on.end(), site.clause_hi)):
            days.append(after)
        for day in days:
            name = (day.group(1) or day.group(4)).casefold()
            number = self.month_number.get(name) or self.month_number.get(name[:3])
            since = ref_year.days_since(number or 0, int(day.group(2) or day.group(3)))
            if (
                since is not None
                and since > STALE_DAYS
                and not self._dates_other(site, day.start(), reading)
            ):
                return True
        return False

    def is_talk(self, site: Site, reading: Reading) -> str:
        """Why the predicate is talk ("modal", "negation", ...), or "" when it is not."""
        why = self._is_talk(site, reading)
        if (
            why == "modal"
            and reading.predicate.direction == "easing"
            and not site.cjk
            and self.lex.application_channel.search(site.item.low) is not None
        ):
            # Round 13 (eu): "Man werde ... Exporte genehmigen, die die Bedingungen
            # erfüllen", with "Unternehmen ... können sich an das Ministerium wenden": a
            # state that names where firms apply for its exemptions has decided them.
            return ""
        return why

    def _is_talk(self, site: Site, reading: Reading) -> str:
        """Why the predicate is talk, before an easing's application channel is weighed."""
        lex = self.lex
        text, mention, cjk = site.text, site.mention, site.cjk
        start = mention.start
        lo = max(site.clause_lo, start - (_CJK_MODAL_WINDOW if cjk else _MODAL_WINDOW))
        if cjk and text.startswith(",", site.clause_lo - 1):
            # Round 35: an ASCII comma parts Chinese clauses (Hong Kong and Taiwan copy), but
            # a plan's cue reaches over it as over "，": "官员正在制定一项新政策,禁止向…出售"
            # drafts the ban its next clause states.
            lo = max(site.sentence.start, start - _CJK_MODAL_WINDOW)
        elif not cjk and text.endswith(lex.infinitive_marks, 0, start):
            # Round 45: German and Dutch set a zu/te-infinitive apart with a comma, yet the
            # verb governing it is its frame: "arbeitet daran, die Beschränkungen … weiter
            # zu verschärfen" is a plan, "plant, … te beperken" too.
            # Round 46: the infinitive's verb closes its clause, however long its object
            # ("… für den Export von Ausrüstung zur Halbleiterherstellung nach China weiter
            # zu verschärfen"), so the frame is read back from the comma that opens it.
            comma = text.rfind(",", site.sentence.start, start)
            lo = max(site.sentence.start, (start if comma < 0 else comma) - _MODAL_WINDOW)
        if lex.result_connective.search(text, max(0, start - 12), start) is not None:
            # Round 46: a clause of result is as certain as the clause it follows ("新规定
            # 可能会将…纳入黑名单，从而禁止…", "would add them to the list, thereby barring
            # sales"): the modal is read back from there, to the sentence's start
            lo = max(site.sentence.start, start - _RESULT_WINDOW)
        directive = reading.predicate.directive
        # "已经批准了": a Chinese perfective before the verb states it done, whatever a
        # noun before it ("收到...申请，经审核，已经批准") says.
        done = cjk and _PERFECTIVE.search(text, max(0, start - 4), start) is not None
        # Round 34: an easing whose `cue` is a permission ("podrán suministrar … sin
        # aprobaciones"): the permission is what it grants, not a possibility.
        permission = (
            lex.cues.get(reading.predicate.id) if reading.predicate.direction == "easing" else None
        )
        if reading.predicate.direction == "easing" and self._own_claim(site):
            return "claim"  # "all our designs are fully approved by the authorities"
        if not cjk and lex.capability.search(text, max(site.clause_lo, start - 64), start):
            # Round 45: "una normativa que permite restringir importaciones": what a law
            # or a tool makes possible, no act of this sentence
            return "capability"
        if not cjk and lex.study_means.search(text, lo, start) is not None:
            # Round 47: the measure a means is sought for ("is investigating new ways to
            # restrict", "onderzoekt een manier om … te blokkeren", "étudie les moyens de
            # couper"): weighed, not taken
            return "modal"
        for modal in () if done else lex.modal.finditer(text, lo, start):
            word = modal.group().casefold()
            if not cjk and self._reported_anew(text, modal.end(), start):
                # round 47: "said it would record a charge and disclosed that the U.S. will
                # now require a license": the modal frames the earlier reported clause
                continue
            if permission is not None and _whole(permission.match(text, modal.start()), modal):
                continue
            if cjk and self._inside_word(text, modal.start(), modal.end()):
                continue  # "模拟芯片" (analog chips) holds 拟 ("plans to") but is no plan
            if (
                cjk
                and _UNDERTAKEN.search(text, max(0, start - 2), start)
                and "，" in text[modal.end() : start]
            ):
                continue  # "将考虑企业实际情况，对符合条件的出口予以豁免": undertaken
            if word in lex.modal_ground_nouns and self._ground(text, modal.start()):
                continue  # "citing security concerns, has ordered": the act's ground
            if word in lex.modal_concerns and _CONCERN_CLOSED.search(text, modal.end(), start):
                # round 37: "Concerned about security, the ministry restricted …": the
                # concern's clause closed before the verb is the act's ground, not its frame
                continue
            if site.sov and text[modal.end() : start].strip() in lex.sov_object_particles:
                # Round 45: "輸出許可申請を承認した", "계획을 승인했다": the cue's noun is the
                # verb's object, what is approved, not a frame around the verb
                continue
            if word in lex.ja_only_modals and not site.sov:
                continue  # "对高通收购...一案展开调查": Chinese "案" is a case, not a plan
            if directive and word in lex.directive_modals:
                continue  # "urged firms to avoid using", "should stop purchasing": guidance
            if word == "may" and (
                _DAY_AFTER.match(text, modal.end())
                or _MONTH_PREPOSITION.search(text, max(0, modal.start() - 8), modal.start())
            ):
                continue  # "On May 12, 2025, ... announced", "in May": the month
            if word in lex.future_modals and self._dated(site):
                continue  # "would take effect from Dec. 1": decided, with its date
            if _JUDGES.match(text, modal.end()):
                continue  # "I consider it the right moment to ...": a judgement, not a plan
            if (
                modal.group().casefold() in lex.reported_modals
                and lex.reporting.search(
                    text, max(0, modal.start() - _REPORTING_WINDOW), modal.start()
                )
                and self._heads(text, modal.end(), start)
            ):
                continue  # "said it would suspend the ban": a decision, reported
            if word in _FUTURE_IN_PAST and self._reported_that(site, modal.start()):
                continue  # "a déclaré que ... ne seraient plus autorisés": decided, reported
            if (
                word in lex.reported_modals
                and not cjk
                and self._heads(text, modal.end(), start)
                and self._reported_after(site)
            ):
                continue  # "The US will impose a 100% tariff on chips, President Trump said"
            return "modal"
        if not cjk and reading.form in ("state_noun", "event_noun") and self._toward(site):
            return "modal"  # round 38: "Verso nuove restrizioni sui chip": a forecast
        if not cjk and self._forecast_by_speaker(site):
            return "modal"  # round 43: "Washington will tighten curbs ..., analysts said"
        if not cjk and lex.forecast_after.search(text, mention.end, site.clause_hi):
            return "modal"  # "will stop the shipments ... as early as July": a forecast
        if not cjk and self._ahead(site, reading, lo):
            return "modal"  # "começará nos próximos meses a restringir": a forecast
        if not cjk and "fr" in reading.langs and _COUNTS_ON.search(text, lo, start):
            return "modal"  # "compte imposer de nouvelles restrictions": a plan
        if not cjk and self._committed(text, lo, start):
            return "modal"  # "agreed to join the US in limiting": a commitment, not the act
        if not cjk and reading.form in ("verb", "split") and self._measure_subject(site):
            return "effect"  # "Las restricciones impuestas por EE.UU. han limitado ..."
        if (
            not cjk
            and reading.predicate.direction == "easing"
            and lex.future.search(text, max(site.clause_lo, start - _FUTURE_WINDOW), start)
            and _GRANT_CONDITION.search(text, mention.end, site.sentence.end)
        ):
            return "conditional"  # "it will grant licences if applications meet ...": a promise
        if not cjk and reading.form in ("state_noun", "event_noun"):
            hi = min(site.clause_hi, mention.end + _THREAT_WINDOW)
            comma = text.find(",", mention.end, hi)
            if lex.threat_after.search(text, mention.end, hi if comma < 0 else comma):
                return "modal"  # "ulteriori dazi ... paventati da Trump": a threat
            if (
                reading.predicate.action == "tariff"
                and (_TARIFF_FUTURE.search(site.pre) or self._synthetic_future(site, reading))
                and not self._dated(site)
            ):
                # round 28: "anunció que impondrá un arancel del 100 %", "said he will impose
                # a 100% tariff": a tariff still to be imposed, with no day it starts, is the
                # leader's threat however it is announced (an entity listing announced in the
                # future, "añadirá … a su lista", is not a tariff and stays decided)
                return "modal"
        if not cjk and reading.predicate.action == "tariff" and self._leader_tariff(site):
            # round 47: "The United States will impose a tariff of about 100% on chips,
            # President Donald Trump said", "il presidente … ha annunciato … un dazio del
            # 100%": a leader's word on a tariff, undated and unsigned, is a declaration
            return "modal"
        if (
            not cjk
            and (
                lex.future.search(text, max(site.clause_lo, start - _FUTURE_WINDOW), start)
                or self._synthetic_future(site, reading)
            )
            and lex.anonymous.search(text, site.sentence.start, site.sentence.end)
        ):
            # "is to impose new restrictions, sources say", "China limitará el acceso ...,
            # según el FT": a plan a paper or its sources report, not one announced.
            return "modal"
        if not cjk and not reading.langs <= _ENGLISH and self._mood(site, reading):
            return "modal"  # "limitariam", "untersagen will": what would be done
        cond = None if cjk else _GOVERNING_CONDITIONAL.search(text, lo, start)
        if cond is not None and not lex.reporting.search(text, site.sentence.start, cond.start()):
            return "modal"  # "impedirebbe all'amministrazione di allentare le regole"
        if (
            not cjk
            and reading.langs & _ROMANCE
            and (cond is not None or _GOVERNOR_CONDITIONAL.search(site.pre))
            and not self._dated(site)
        ):
            # "confirmó que se alinearía con EE.UU. e introduciría nuevas normas
            # restringiendo ...", "a confirmé qu'il introduirait de nouvelles règles": the
            # measure to be brought in is a plan at the time, whatever the verb of saying;
            # a date of entry into force makes it decided.
            return "modal"
        if (
            not cjk
            and reading.form in ("verb", "split")
            and (
                self._standing_before(site, _STANDING_BEFORE_WINDOW)
                # Dutch and German put the adverb right after the finite verb
                or _starts(
                    lex.standing_before.search(text, mention.end, mention.end + 16), mention.end + 1
                )
            )
        ):
            return "standing"  # "China beperkt nog steeds ...": what stands, no new act
        if (
            not cjk
            and reading.form in ("state_noun", "event_noun")
            and self._standing_before(site, _STANDING_NOUN_WINDOW)
        ):
            # round 28: "they still face limitations", "sigue aplicando la prohibición": a
            # measure a continuity adverb's verb governs stands, it is no new act
            return "standing"
        if reading.form in ("state_noun", "event_noun") and lex.standing.search(
            text, mention.end, min(site.clause_hi, mention.end + _STANDING_WINDOW)
        ):
            return "standing"  # "the ban currently in force", "il divieto attualmente in vigore"
        if site.item.name == "title" and (quote := self._quote(text, mention.start)):
            return quote  # a headline quoting someone's words: "美, ... 강화…韓은 제외"
        if (
            site.item.name == "title"
            and reading.langs <= _VERB_FINAL
            and text.endswith("en", mention.start, mention.end)
            and not text[mention.end :].strip(" .!\"'»“”")
            and ": " in text[: mention.start]
            and not (
                reading.predicate.directive
                and lex.directive_words.search(text, text.rfind(": ", 0, mention.start), start)
            )
        ):
            # "Habeck: Übernahme von Chipfabrik untersagen": a speaker's headline ending in
            # a bare infinitive says what he wants done, not that it was. Round 31: not an
            # infinitive a request verb governs ("Techmedium: China vraagt bedrijven orders
            # te stoppen"): the request to firms is the act, the colon names the source.
            return "modal"
        if not (reading.predicate.deontic or directive):
            deontic = lex.deontic.search(text, lo, start)
            if deontic is not None and not lex.reporting.search(
                text, site.sentence.start, deontic.start()
            ):
                return "deontic"  # "deals must be cleared by SAMR": a standing rule
        lo = max(site.clause_lo, start - (_CJK_PURPOSE_WINDOW if cjk else _PURPOSE_WINDOW))
        purpose = lex.purpose.search(text, lo, start)
        if purpose is not None and not lex.instrument_end.search(
            text, max(site.clause_lo, purpose.start() - _INSTRUMENT_WINDOW), purpose.start()
        ):
            # "in an effort to curb": what a measure is for; but round 28: "signs executive
            # order aimed at restricting ...": what the instrument does is the act.
            return "purpose"
        word = text[start : mention.end]
        if (
            not cjk
            and word.endswith(_INFINITIVE)
            and " " not in word
            and _ROMANCE_PURPOSE.search(text, max(0, start - 8), start)
        ):
            lo = max(site.clause_lo, start - _PURPOSE_DECISION)
            if not lex.decision.search(text, lo, start):
                # "para impedir", "pour bloquer"; but "ha esercitato il golden power per
                # fermare l'acquisto" puts the power to that use: the act.
                return "purpose"
        if lex.speakers.search(text, site.sentence.start, start) is not None:
            return "speaker"  # "analysts said ...", "业内人士表示...": not the state's word
        lo = max(site.clause_lo, start - (_CJK_NEGATION_WINDOW if cjk else _NEGATION_WINDOW))
        if cjk:
            # A headline's parts are set apart by spaces: "不是禁止出口 已批准...".
            lo = max(lo, text.rfind(" ", lo, start) + 1, text.rfind("，", lo, start) + 1)
        if (
            not cjk
            and (
                _NO_SUBJECT.match(text, site.clause_lo)
                or (
                    lex.be_before.search(site.pre)
                    and _NO_DETERMINER.search(text, site.clause_lo, start)
                )
            )
            and (lex.be_before.search(site.pre) or reading.langs <= _VERB_FINAL)
        ):
            # "No general licences have yet been issued", "Keine Lizenzen wurden ...
            # vergeben": the subject is negated, however long it is.
            lo = site.clause_lo
        needs = reading.predicate.needs
        if not cjk and needs is not None and needs.side == "after" and closes_clause(site):
            # "hat bis jetzt keine Lizenzen für ... erteilt": a clause-final verb takes its
            # object before it (constructs), and a negation right before that object
            # negates the verb; "nicht mehr ..., ohne eine Genehmigung zu beantragen" not.
            lo_needs = max(site.clause_lo, start - needs.window - _NEEDS_NEGATION)
            found = lex.needs[needs.word_class].search(text, lo_needs, start)
            if found is not None:
                lo = min(lo, max(site.clause_lo, found.start() - _NEEDS_NEGATION))
        elif not cjk and needs is not None and needs.side == "before":
            # "hat bis jetzt keine Lizenzen für eingeschränkte Verkäufe erteilt": a verb-final
            # grant is negated before the licence it needs, however far that stands.
            lo = min(lo, max(site.clause_lo, start - needs.window))
        cue = lex.cues.get(reading.predicate.id) if reading.predicate.negated else None
        if cue is not None and not cjk:
            # Round 41: a permission's cue is negated before it, however far the trigger
            # stands ("may no longer ship its DUV machines to China without a licence")
            said = cue.search(text, max(site.clause_lo, start - _CUE_REACH), start)
            if said is not None:
                lo = min(lo, max(site.clause_lo, said.start() - _NEGATION_WINDOW))
        if lex.negation.search(text, lo, start) is not None:
            if reading.predicate.negated and lex.cessation.search(text, lo, start):
                return "reversed"  # "will no longer be allowed to export": a ban
            return "negation"
        if cjk and self._leader_future(site):
            return "modal"  # round 38: "特朗普称将对芯片征收100%关税": a declared intent
        if cjk:
            if site.sov:
                if site.item.name == "title" and _HEADED_FOR.match(text, mention.end):
                    return "modal-after"  # "輸出規制を春に導入へ": a headline heading for it
                hi = min(site.clause_hi, mention.end + _AFTER_WINDOW)
                if text.startswith(_SUBJECT_CASE, mention.end):
                    # "규제가 … 제품에 적용될 수 있지만": a measure noun as its clause's
                    # subject takes the modality of the clause's verb (round 16)
                    hi = min(site.clause_hi, mention.end + _SUBJECT_CLAUSE)
                if (
                    reading.form == "verb"
                    and (stand := lex.standing.search(text, mention.end, hi)) is not None
                    and not reporting_between(text, mention.end, stand.start())
                ):
                    return "standing"  # "規制している", "제한하고 있다": what stands
                if reading.form == "verb" and text.startswith(_RETROSPECTIVE, mention.end):
                    # Round 41: a Korean verb in the retrospective adnominal describes the
                    # noun after it ("수출규제 품목으로 지정했던 … 불화수소 수출을 허가했다":
                    # the items once designated); the sentence's act is its own verb's.
                    return "standing"
                if self.considered.search(text, mention.end, site.sentence.end):
                    # "...に制限を設けることを検討している": the clause nominalised before
                    # "consider" / "plan" is what is considered, however long it is.
                    return "modal-after"
                if KANA.search(text, site.sentence.start, site.sentence.end) and (
                    reported_coming(text, site.sentence.start, start, site.sentence.end)
                ):
                    return "reported"  # "メールによると、...リストに掲載され、...禁じられる"
                if _KO_QUESTION.match(text, mention.end):
                    # round 47: "HBM 납품 제한되나", "수출 금지할까": a Korean predicate
                    # closed by a question ending asks whether it will be done
                    return "modal-after"
                if text.startswith(_DEMANDED, mention.end) and not directive:
                    # round 16: "措置の撤回要求", "철회 요구": a demand; but a directive's
                    # "購入停止を求めた" is the order itself (round 18)
                    return "modal-after"
                if text.startswith(lex.should_after, mention.end) and not directive:
                    # round 36: "輸出を禁止すべきだ", "수출을 금지해야 한다": what ought to be
                    # done, an opinion; a directive's "should" is the order (round 34)
                    return "modal-after"
                after = lex.after.search(text, mention.end, hi)
                span = None if after else chained_cue_span(text, mention.end, site.sentence.end)
                if span is not None:
                    # "...措置を発表し、...を制限する予定だ": the chain's closing modality
                    after = lex.after.search(text, *span)
                if after is None and conditional_after(text, mention.end, hi):
                    return "modal-after"  # round 35: "…금지해 공급이 부족해질 경우": a condition
                if (
                    after is not None
                    and after.group() == "ため"
                    and reading.form == "verb"
                    and "た" in text[mention.end : mention.end + _PAST_REACH]
                    and "、" in text[mention.end : after.start()]
                ):
                    # round 47: "…許可を取り消した決定について、中国が…懸念があるためと説明
                    # した": a verb told in the past, and "ため" past a comma is another
                    # clause's reason, not the verb's aim
                    after = None
                if after is not None and not (
                    (directive and after.group() in lex.directive_modals)
                    or (after.group() in lex.future_modals and self._dated(site))
                    or text.startswith(lex.announced, after.start())
                    or _granted_ability(site, reading)
                ):
                    return "modal-after"  # "規制を強化する方針", "검토하고 있다"
            else:
                if reported_future(text, site.sentence.start, start):
                    return "reported"  # round 14: "《路透》報導，台灣將進一步收緊…"
                if reading.form in ("state_noun", "event_noun"):
                    # "新的限制措施很可能会在8月底公布": the measure is the subject of a
                    # forecast verb after it.
                    end = text.find("，", mention.end, mention.end + _CJK_MODAL_WINDOW)
                    hi = end if end >= 0 else min(site.clause_hi, mention.end + _CJK_MODAL_WINDOW)
                    if lex.modal.search(text, mention.end, hi):
                        return "modal"
                hi = min(site.sentence.end, mention.end + _AFTER_CJK_WINDOW)
                found = lex.after.search(text, mention.end, hi)
                if found is not None:
                    if not lex.modal.match(text, found.start()):
                        return "standing"  # "...出口」并未调整，仍然有效"
                    # "...起草了...规定，现公开征求意见": a draft; but "宣布实施...，并就
                    # 细则征求意见" decided the measure and consults on its details.
                    if not lex.decision.search(text, site.sentence.start, mention.start):
                        return "modal-after"
        sentence = site.sentence
        if _CONDITIONAL.match(text, sentence.start, sentence.end):
            return "conditional"
        denial = lex.denial.search(text, sentence.start, sentence.end)
        if denial is not None and not self._licence_denied(site, denial):
            return "denial"
        if _DISPUTED_REPORT.search(text, sentence.start, site.mention.start) is not None:
            return "denial"  # "disputing what it called 'incorrect' reports that said ..."
        return ""

    def _licence_denied(self, site: Site, denial: re.Match[str]) -> bool:
        """Whether English "denied" refuses a licence, not a report (round 42).

        "The Commerce Department denied Nvidia's application for an export licence": the
        verb's object is a licence or an application for one (``licence`` class within a
        few words, no "that" or "reports" between), the state's decided block of the trade
        (``license_deny``), not a denial that voids the sentence.
        """
        if denial.group().casefold() not in _DENY_VERBS:
            return False
        text = site.text
        hi = min(site.sentence.end, denial.end() + _DENIED_OBJECT)
        found = self.lex.needs["licence"].search(text, denial.end(), hi)
        return (
            found is not None and _DENIED_REPORT.search(text, denial.end(), found.start()) is None
        )

    def _own_claim(self, site: Site) -> bool:
        """Whether the easing's sentence is a firm's claim about its whole range (round 37).

        "all our designs are fully approved", "其所有设计均获主管机关全面批准", "설계가 모두
        당국의 승인을 받았다": a firm vouching for its products (``own_approval_claims``,
        read from the sentence's start to the trigger's end), not a state granting one.
        """
        lo = max(site.sentence.start, site.clause_lo, site.mention.start - _CLAIM_WINDOW)
        return self.lex.own_approval_claims.search(site.text, lo, site.mention.end) is not None

    def _recent_attributive(self, site: Site) -> bool:
        """Whether a recency adverb and a participle modify the measure noun (round 37).

        "Japan's recently announced tighter controls are meant to …", "die kürzlich
        angekündigten Exportkontrollen", "les restrictions récemment annoncées", "las
        restricciones anunciadas recientemente": the participle names an act taken before
        the story, the noun that act's measure, told as a premise (a reaction's, an
        analysis's), not the sentence's news. Only an adverb of recency
        (``recency_adverbs``) with a participle next to it, the two right before the noun
        (English, German, Dutch) or right after it (the Romance languages, English).
        """
        text, mention = site.text, site.mention
        lo = max(site.clause_lo, mention.start - _RECENT_BEFORE)
        adverb = last_match(self.lex.recency, text, lo, mention.start)
        if adverb is not None and _PARTICIPLE_BEFORE.fullmatch(text, adverb.end(), mention.start):
            return True
        hi = min(site.clause_hi, mention.end + _RECENT_BEFORE)
        after = _PARTICIPLE_AFTER.match(text, mention.end, hi)
        if after is not None and any(
            after.start(group) >= 0
            and self.lex.recency.search(text, after.start(group), after.end(group)) is not None
            for group in (1, 2)
        ):
            return True
        return self._past_time_attributive(site)

    def _past_time_attributive(self, site: Site) -> bool:
        """Whether a participle and a past time phrase date the measure noun (round 38).

        "The latest round of sanctions, revealed last month, placed stiffer controls …",
        "les sanctions annoncées le mois dernier", "las restricciones anunciadas el mes
        pasado", "die im vergangenen Monat angekündigten Exportkontrollen": the participle
        names an act before the story (``past_time_phrases``: last month, earlier this
        year; never today or a weekday), the noun that act's measure. A measure noun
        after the sentence's subject so dated ("placed stiffer controls") is that
        measure's content, background too. A measure that takes effect today stays news
        (``_in_force_today``).
        """
        text, mention, sentence = site.text, site.mention, site.sentence
        lex = self.lex
        hi = min(sentence.end, mention.end + _RECENT_BEFORE)
        # the rare time phrase first (a literal search), the participle's shape after it
        apposed = (
            _APPOSED_PARTICIPLE.match(text, mention.end, hi)
            if lex.past_time.search(text, mention.end, hi) is not None
            else None
        )
        if apposed is not None and lex.past_time.search(text, apposed.start(1), apposed.end(1)):
            return not lex.in_force_today.search(text, apposed.end(), sentence.end)
        lo = max(site.clause_lo, mention.start - _PAST_TIME_BEFORE)
        when = last_match(lex.past_time, text, lo, mention.start)
        if when is not None and _PARTICIPLE_BEFORE_NOUN.fullmatch(text, when.end(), mention.start):
            return True  # "die im vergangenen Monat angekündigten Exportkontrollen"
        return self._dated_subject(site)

    def _dated_subject(self, site: Site) -> bool:
        """Whether the sentence opens with a measure a participle dates before the story.

        "Washington's latest sanctions, revealed last month, placed stiffer controls on
        …" / "…, banned exports of …": what follows the subject is that measure's content
        (round 38). A measure put into force today or a day named after the subject ("…,
        announced last month, were expanded on Tuesday") is today's act: news.
        """
        text, sentence, lex = site.text, site.sentence, self.lex
        if lex.past_time.search(text, sentence.start, site.mention.start) is None:
            return False  # most sentences: no past time phrase before the predicate
        subject = _DATED_SUBJECT.match(text, sentence.start, site.mention.start)
        return (
            subject is not None
            and lex.past_time.search(text, subject.start(2), subject.end(2)) is not None
            and any(sentence.start <= t.start < subject.end(1) for t in site.item.triggers)
            and not lex.in_force_today.search(text, subject.end(), sentence.end)
            and not lex.foreground.search(text, subject.end(), sentence.end)
        )

    def _former_holder(self, site: Site) -> bool:
        """Whether a former office holder or a past administration acts (round 38).

        "A week before leaving office, former president Joe Biden introduced sweeping
        export restrictions", "o ex-presidente impôs", "前总统拜登实施了", "바이든 전
        대통령은 … 도입했다", "Ex-Präsident Biden hatte … erlassen": the subject
        (``former_office_cues``) names a holder no longer in office, so the act is history,
        background to the story. The cue is read in the predicate's clause before it (a
        Korean or Japanese subject up to the sentence's start), not after it: "Trump
        scrapped the rule of former president Biden" keeps the scrapping.
        """
        lo = site.sentence.start if site.sov else site.clause_lo
        if not site.sov:
            return self.lex.former_office.search(site.text, lo, site.mention.start) is not None
        # Round 42: before a Japanese or Korean verb, the cue may stand in its object
        # ("バイデン前政権の「AI拡散規則」を撤廃すると発表した", "전임 정부의 규칙을 폐지"):
        # the former administration's rule is scrapped now. The cue is the subject when a
        # subject or topic particle closes its phrase before an object particle does.
        text = site.text
        return any(
            (marker := _SOV_CASE.search(text, cue.end(), site.mention.start)) is None
            or marker.group() not in _SOV_OBJECT
            for cue in self.lex.former_office.finditer(text, lo, site.mention.start)
        )

    def delayed(self, site: Site) -> bool:
        """Whether a halt is the effect of a licence delay or backlog, no decision (round 38).

        "billions of dollars of orders are frozen as licences pile up at Commerce",
        "審批延遲，數十億美元訂單遭凍結", "輸出許可が滞留、売上凍結", "허가 지연으로 …
        판매가 동결됐다": a slow review (``licence_delay_cues``) in the halt's sentence is
        administration; the frozen sales are its effect. A halt a state orders in the same
        sentence (``halt_order_cues``: "ordered", 下令, 命じ, 명령) stays an act.
        """
        text, sentence = site.text, site.sentence
        lex = self.lex
        return (
            lex.licence_delay.search(text, sentence.start, sentence.end) is not None
            and lex.halt_order.search(text, sentence.start, sentence.end) is None
        )

    def _leader_future(self, site: Site) -> bool:
        """Whether a head of state's stated future is the predicate (round 38).

        "特朗普称将对芯片征收100%关税", "트럼프 대통령은 … 관세를 부과하겠다고 말했다",
        "…부과할 것"이라고 말했다", headline "トランプ氏「半導体に100%関税」": a leader
        (``leader_cues``) declares what they will do; nothing is imposed until a measure is
        signed or issued (``signing_cues`` in the sentence keep it an act). Only a leader
        before the predicate in its sentence speaks it.
        """
        text, mention, sentence = site.text, site.mention, site.sentence
        lex = self.lex
        lo = max(sentence.start, mention.start - _LEADER_REACH - _CJK_MODAL_WINDOW)
        if site.sov:
            # round 42: a Japanese or Korean topic opens the sentence, however long the
            # quotes before the verb ("트럼프 대통령은 이날 … 발표하며 "…"며 "…관세"가 부과될
            # 것이라고 말했다"); ``_SOV_SPEAKER`` still wants it marked as the subject
            lo = sentence.start
        leader = last_match(lex.leader, text, lo, mention.start)
        if leader is None or lex.signing.search(text, sentence.start, sentence.end):
            return False
        if _ADMINISTRATION.match(text, leader.end()):
            return False  # "特朗普政府表示将…": the administration announces, as a state
        if site.item.name == "title" and _HEADLINE_QUOTE.match(text, leader.end()):
            return True  # "トランプ氏「…関税」", "特朗普：将对芯片征收…"
        if site.sov:
            if _SOV_SPEAKER.match(text, leader.end(), mention.start) is None:
                return False  # the leader named, not speaking: "首相の発言をめぐり、…"
            stated = _KO_STATED_FUTURE if KANA.search(text, lo, mention.end) is None else None
            return (stated or _JA_STATED_FUTURE).match(text, mention.end) is not None
        return _ZH_SAID_FUTURE.match(text, leader.end(), mention.start) is not None

    def _reported_anew(self, text: str, lo: int, hi: int) -> bool:
        """Whether a verb of saying and its "that" open a new clause in ``[lo, hi)`` (round 47).

        A modal before them belongs to the clause they end ("said it would record a
        charge and disclosed that …", "a dit qu'il pourrait … et a annoncé que …").
        """
        said = self.lex.reporting.search(text, lo, hi)
        return said is not None and _THAT.search(text, said.end(), hi) is not None

    def _leader_tariff(self, site: Site) -> bool:
        """Whether a head of state tells of the tariff, with no instrument or date (round 47).

        "The United States will impose a tariff of about 100% on chips, President Donald
        Trump said", "Trump announced a 100% tariff on imported chips", "il presidente
        Donald Trump ha annunciato … un dazio del 100%", "“A tarifa será implementada muito
        em breve”, anunciou Trump": a leader's word (``leader_cues`` beside a reporting
        verb in the sentence) declares a tariff that nothing imposes yet. Signed or issued
        (``signing_cues``: "signed a proclamation", "executive order") or dated ("from
        August 1") it is the act; so is a tariff the leader imposes with no word of saying
        ("Trump imposes 50% tariff on copper"). The Latin-script twin of
        ``_leader_future``, for the one measure leaders announce by word of mouth.
        """
        text, sentence, lex = site.text, site.sentence, self.lex
        lo, hi = sentence.start, sentence.end
        leaders = [m for m in lex.leader.finditer(text, lo, hi) if not has_cjk(m.group())]
        if not leaders or lex.signing.search(text, lo, hi) or self._dated(site):
            return False
        return any(
            verb.group().casefold() not in _ORDERING
            and any(
                -_LEADER_REACH <= verb.start() - leader.end() <= _LEADER_REACH
                or 0 <= leader.start() - verb.end() <= _SPEAKER_AFTER
                for leader in leaders
            )
            for verb in lex.reporting.finditer(text, lo, hi)
        )

    def _toward(self, site: Site) -> bool:
        """Whether "towards" governs the measure noun: a forecast (round 38).

        "Vers de nouvelles restrictions sur les puces", "EE.UU., hacia nuevas
        restricciones", "Stati Uniti verso nuove restrizioni", "Rumo a novas restrições":
        a noun after "towards" (``toward_cues``, at most two words between) names where
        things head, no act taken. "Exports to China" is no cue ("towards" is listed, not
        "to"); a verb after the cue is not read ("exportations vers la Chine interdites").
        """
        text, mention = site.text, site.mention
        lo = max(site.clause_lo, mention.start - _TOWARD_WINDOW)
        cue = last_match(self.lex.toward, text, lo, mention.start)
        return cue is not None and _TOWARD_GAP.fullmatch(text, cue.end(), mention.start) is not None

    def _ground(self, text: str, at: int) -> bool:
        """Whether the worry noun at ``at`` is named as an act's ground (round 35).

        "The government, citing security concerns, has ordered …", "blocked the sale over
        national security fears": a ground opener (``modal_grounds``) stands at most three
        words before the noun, nothing but words between.
        """
        lo = max(0, at - _GROUND_REACH)
        return any(
            _GROUND_GAP.fullmatch(text, opener.end(), at) is not None
            for opener in self.lex.modal_grounds.finditer(text, lo, at)
        )

    def _in_force_today(self, site: Site, cue: int) -> bool:
        """Whether the sentence's main clause puts the measure into force today after ``cue``.

        Round 37: "経済産業省は23日、先週公表した…緩和について、省令を改正しきょうから適用
        すると発表した", "the easing it announced last week takes effect today": the past
        time cue dates a relative clause inside the sentence (the earlier announcement); a
        start of today after the trigger is the main clause's act, the story's news.
        """
        sentence, mention = site.sentence, site.mention
        if not site.cjk and _NOUN_COMPLEMENT.search(site.text, site.clause_lo, mention.start):
            # "la flexibilización de los controles … anunciada la semana pasada entra en
            # vigor hoy": the measure noun is another noun's complement, not what takes effect
            return False
        # the cue may sit after the trigger ("annoncé la semaine dernière"): the start of
        # today must then follow it
        lo = cue if cue >= mention.end and not site.cjk else mention.end
        return self.lex.in_force_today.search(site.text, lo, sentence.end) is not None

    @staticmethod
    def _announced_over_relative(site: Site) -> bool:
        """Whether a measure noun under a past relative clause is the object of an announcement.

        Round 37: "미국 상무부는 2022년 도입한 대중 반도체 수출 통제를 마카오로 확대 적용한다고
        17일 밝혔다", "昨年導入した輸出規制を拡大すると発表した": the year or "last month"
        dates the relative clause (the earlier measure); the sentence's own predicate, a
        non-past act the state announces, is today's news. A plain past ("…도입한 통제는
        효과가 없었다") or no relative clause keeps the time words' reading.
        """
        text, mention = site.text, site.mention
        if not site.sov:
            return Talk._zh_announced_over_relative(site)
        lo = max(site.clause_lo, mention.start - _SOV_RELATIVE_REACH)
        relative = _SOV_PAST_RELATIVE.search(text, lo, mention.start)
        if relative is None or _SOV_DAY.search(text, site.clause_lo, relative.start()):
            return False
        hi = min(site.sentence.end, mention.end + _SOV_ANNOUNCED_REACH)
        return _SOV_ANNOUNCED.search(text, mention.end, hi) is not None

    @staticmethod
    def _zh_announced_over_relative(site: Site) -> bool:
        """Chinese ``_announced_over_relative``: "宣布，将去年出台的…出口管制扩大至澳门"."""
        text, mention, sentence = site.text, site.mention, site.sentence
        lo = max(sentence.start, mention.start - _SOV_RELATIVE_REACH)
        relative = _ZH_PAST_RELATIVE.search(text, lo, mention.start)
        if relative is None:
            return False
        fronted = last_match(_ZH_ANNOUNCED_FRONTED, text, sentence.start, relative.start())
        if fronted is None or _SOV_DAY.search(text, fronted.end(), relative.start()):
            return False  # "宣布，将10月2日…": a day inside the object dates the act itself
        hi = min(sentence.end, mention.end + _SOV_ANNOUNCED_REACH)
        return _ZH_EXTENDED.search(text, mention.end, hi) is not None

    @staticmethod
    def _recent_last_month(text: str, cue: int, ref_year: ArticleYear) -> bool:
        """Whether the cue at ``cue`` names a day of last month within the news week.

        Round 37: "미국 상무부는 지난달 29일 … 목록에서 제외하겠다고 관보를 통해 밝혔다" in a
        story of the 2nd: the day is four days back, the lead's own announcement. Undated
        stories, and days more than ``STALE_DAYS`` back, keep the cue as background.
        """
        found = _LAST_MONTH_DAY.match(text, cue)
        if found is None or not (ref_year.dated and ref_year.day):
            return False
        since = ref_year.day + 30 - int(found.group(1))
        return since <= STALE_DAYS

    def _standing_before(self, site: Site, window: int) -> bool:
        """Whether a continuity adverb stands in the clause right before the trigger.

        English "still" inside a clause reported after "that" is the content of a new
        statement ("has assured SK hynix that the company ... are still authorized ...
        for one year"): the assurance is the act, so it does not count there (round 28).
        """
        start, text = site.mention.start, site.text
        found = self.lex.standing_before.search(text, max(site.clause_lo, start - window), start)
        if found is None:
            return False
        if found.group().casefold() != "still":
            return True
        # "still exempted", "still applies its ban": at most two words between; "ASML still
        # sells ..., even after it was restricted" dates another verb
        near = len(_WORDS.findall(text, found.end(), start)) <= _STILL_GAP
        return near and not _REPORTED_THAT.search(text, site.sentence.start, found.start())

    def _chronicle(self, site: Site, noun: bool) -> bool:
        """Whether the predicate tells growth over a span, not one act (round 15c).

        A growth cue right before it with no comma between ("has imposed increasing
        restrictions", "progressively tighter export controls"); a measure noun opening its
        clause with a participle, the subject of another verb ("The restrictions imposed
        by Washington have limited ...").
        """
        # A named day vetoes the chronicle ("China today imposed increasingly strict
        # controls": the act). Asked last: the cues are rare and the day's three searches
        # over the clause cost more than them (round 38), the answer is the same.
        return self._growth_told(site, noun) and not self._day_named(site)

    def _growth_told(self, site: Site, noun: bool) -> bool:
        """``_chronicle``'s shapes, before a named day is weighed."""
        text, lo, start = site.text, site.clause_lo, site.mention.start
        near = max(lo, start - _CHRONICLE_WINDOW)
        for cue in self.lex.chronicle.finditer(text, near, start):
            if text.find(",", cue.end(), start) < 0:
                return True
        end = site.mention.end
        after = self.lex.chronicle.search(text, end, min(site.clause_hi, end + _CHRONICLE_AFTER))
        if after is not None and text.find(",", end, after.start()) < 0:
            return True  # "restricciones cada vez más estrictas", "restrizioni sempre più"
        return noun and self._subject_shape(site, opening_noun=True)

    def _day_named(self, site: Site) -> bool:
        """Whether the clause names the act's day (a weekday, today, an entry into force)."""
        text, lo, hi = site.text, site.clause_lo, site.clause_hi
        return bool(
            _NAMED_DAY.search(text, lo, hi)
            or self.lex.foreground.search(text, lo, hi)
            or self.lex.effective.search(text, lo, hi)
        )

    def _measure_subject(self, site: Site, *, opening_noun: bool = False) -> bool:
        """Whether the clause opens with a measure and its participle, the verb's subject.

        "Las restricciones impuestas por Estados Unidos han limitado la exportación": the
        measure limits, as its effect; the act is the imposing, told as a modifier. With
        ``opening_noun`` the predicate is that measure noun itself.
        """
        # "Las medidas adoptadas el lunes por Pekín prohíben ...": a named day makes it the
        # act. Asked after the shape, which few clauses have (round 38: the same answer).
        return self._subject_shape(site, opening_noun=opening_noun) and not self._day_named(site)

    def _subject_shape(self, site: Site, *, opening_noun: bool = False) -> bool:
        """``_measure_subject``'s shape (measure noun + participle), before a named day."""
        text, lo, mention = site.text, site.clause_lo, site.mention
        if mention.start - lo > _MEASURE_SUBJECT_SPAN:
            return False
        opening = _SUBJECT_DETERMINER.match(text, lo, mention.start)
        if opening is None:
            return False
        noun = self.lex.needs["measure"].match(text, opening.end(), mention.end)
        if noun is None or (opening_noun and noun.start() != mention.start):
            return False
        hi = noun.end() + _PARTICIPLE_GAP
        hi = min(hi, len(text)) if opening_noun else min(hi, mention.start)
        comma = text.find(",", noun.end(), hi)
        participle = self.lex.measure_participles.search(
            text, noun.end(), hi if comma < 0 else comma
        )
        return participle is not None

    def _mood(self, site: Site, reading: Reading) -> bool:
        """A Romance conditional or a German/Dutch modal after a verb-final predicate.

        "novas restrições que limitariam a capacidade", "dass die Regierung die Ausfuhr
        untersagen will": hypothetical or intended. A reporting verb before a conditional
        reports a decision ("anunció que prohibiría las exportaciones").
        """
        lex, text, mention = self.lex, site.text, site.mention
        word = text[mention.start : mention.end]
        if " " not in word:
            for lang in reading.langs:
                ends = lex.conditional.get(lang)
                if ends and word.endswith(ends):
                    lo = max(site.sentence.start, mention.start - _REPORTING_WINDOW)
                    if lex.reporting.search(text, lo, mention.start):
                        return False
                    # "dijo el domingo que los productos no superaron la revisión y que
                    # prohibiría ...": a reporting verb further back still reports the
                    # decision when a complementiser links it to the conditional.
                    said = lex.reporting.search(text, site.sentence.start, mention.start)
                    return said is None or not _COMPLEMENTISER.search(
                        text, said.end(), mention.start
                    )
        if reading.langs <= _VERB_FINAL:
            if lex.verb_final.match(text, mention.end + 1) is not None and (
                text[mention.end : mention.end + 1] == " "
            ):
                return True
            # A main clause puts the modal second and the infinitive last: "Habeck will
            # den Verkauf untersagen", "Het kabinet wil de export beperken".
            if _CLAUSE_FINAL.match(text, mention.end):
                lo = max(site.sentence.start, mention.start - _MODAL_WINDOW)
                cut = max(text.rfind(mark, lo, mention.start) for mark in _CLAUSE_MARKS)
                found = lex.verb_final.search(text, max(lo, cut + 1), mention.start)
                return found is not None and found.group().casefold() not in _FUTURE_AUX
        return False

    def _reported_that(self, site: Site, at: int) -> bool:
        """Whether a verb of saying and its "that" stand before ``at`` in the sentence."""
        text = site.text
        said = self.lex.reporting.search(text, site.sentence.start, at)
        return said is not None and _COMPLEMENTISER.search(text, said.end(), at) is not None

    @staticmethod
    def _quote(text: str, at: int) -> str:
        """Return "quoted" when ``at`` lies inside a quotation of a clause (someone's words)."""
        for left, right in _QUOTE_PAIRS:
            opened = text.rfind(left, 0, at)
            if opened < 0:
                continue
            closed = text.find(right, opened + 1)
            if (closed < 0 or closed > at) and (closed if closed > 0 else len(text)) - opened > (
                _QUOTE_CLAUSE
            ):
                return "quoted"
        return ""

    def _inside_word(self, text: str, start: int, end: int) -> bool:
        """Whether a CJK modal match is part of a longer word that is no modal ("模拟")."""
        hangul = "\uac00" <= text[start] <= "\ud7af"
        lex = self.lex
        for word in lex.modal_exceptions_hangul if hangul else lex.modal_exceptions_han:
            lo = max(0, start - len(word) + 1)
            at = text.find(word, lo, end + len(word) - 1)
            if 0 <= at <= start and at + len(word) >= end:
                return True
        return False

    def _dated(self, site: Site) -> bool:
        """Whether the predicate's sentence dates its entry into force ("from Dec. 1")."""
        sentence = site.sentence
        return self.lex.effective.search(site.text, sentence.start, sentence.end) is not None

    def _attribution(self, site: Site) -> tuple[int, int] | None:
        """The span of an attribution closing the trigger's sentence (", X said"), or None."""
        text, end = site.text, site.sentence.end
        comma = text.rfind(",", site.mention.end, end)
        if comma < 0:
            return None
        said = self.lex.reporting.search(text, comma, min(end, comma + _ATTRIBUTION_REACH))
        return None if said is None else (comma, end)

    def _reported_after(self, site: Site) -> bool:
        """Whether a speaker who can decide reports the clause after it (round 43).

        "China would ban exports of gallium to the US, the commerce ministry said": the
        attribution after a comma reports the decision, as "said it would ban" does
        before it. Not when the speaker is an analyst, a critic or an anonymous source
        ("..., analysts said", "..., people familiar with the matter said").
        """
        span = self._attribution(site)
        if span is None:
            return False
        lex, text = self.lex, site.text
        return (
            lex.anonymous.search(text, *span) is None
            and lex.speakers.search(text, *span) is None
            and lex.source.search(text, *span) is None
        )

    def _forecast_by_speaker(self, site: Site) -> bool:
        """Whether a future clause is an analyst's or an expert's (round 43).

        "Washington will tighten curbs on chip exports to China, analysts said": a state's
        future told by those who cannot decide it is their forecast, not its decision.
        """
        if self.lex.future.search(site.text, site.clause_lo, site.mention.start) is None:
            return False
        span = self._attribution(site)
        return span is not None and self.lex.speakers.search(site.text, *span) is not None

    def _heads(self, text: str, end: int, start: int) -> bool:
        """Whether the verb after a reported "would" is the predicate or puts it in force.

        "said it would suspend the ban", "said it would impose tariffs" report a decision;
        "says he would review new controls" reports an intention about other words.
        """
        gap = text[end:start]
        if not gap.strip() or _PASSIVE_GAP.fullmatch(gap):
            return True  # "... told it a licence would be required": the passive predicate
        return self.lex.governing.match(text, end + len(gap) - len(gap.lstrip())) is not None

    def relative(self, site: Site) -> bool:
        """Whether the trigger is the verb of a relative clause (", which bars ...")."""
        mention = site.mention
        lo = max(0, site.clause_lo - 8)
        last = last_match(self.lex.relative, site.text, lo, mention.start)
        if last is None or mention.start - last.end() >= _RELATIVE_WINDOW:
            return False
        # Round 19: "the US government, which recently banned ... to China, allowed ...":
        # the comma after the relative clause closes it; the verb after is the main one.
        return "," not in site.text[last.end() : mention.start]

    def _ahead(self, site: Site, reading: Reading, lo: int) -> bool:
        """Whether a time still to come stands between a future and the predicate (round 37).

        "começará nos próximos meses a restringir", "inizierà nei prossimi mesi a limitare",
        "va commencer dans les prochains mois à restreindre", "wird in den kommenden Monaten
        … beschränken": the horizon (``forecast_after``) before the verb forecasts the act
        as it does after it ("will begin restricting … in the coming months"). A future
        must stand before the horizon in the clause (a past act is never "in the coming
        months"), and a date of entry into force keeps the measure decided.
        """
        text, start = site.text, site.mention.start
        horizon = self.lex.forecast_after.search(text, lo, start)
        if horizon is None:
            return False
        before = text[site.clause_lo : horizon.start()]
        future = (
            self.lex.future.search(before) is not None
            or _FUTURE_BEFORE_HORIZON.search(before) is not None
            or self._synthetic_future(site, reading)
            # German and Dutch subordinate clauses put the auxiliary last ("dass sie in
            # den kommenden Monaten die Ausfuhr … beschränken wird")
            or (
                bool(reading.langs & _VERB_FINAL_LANGS)
                and self.lex.future.search(text, site.mention.end, site.clause_hi) is not None
            )
        )
        return future and not self._dated(site)

    def _committed(self, text: str, lo: int, start: int) -> bool:
        """Whether an agreement to join others or take part heads the predicate (round 37).

        "Japan agreed to join the US in limiting exports", "acordó sumarse a EE.UU. en la
        restricción", "ha accettato di unirsi agli Stati Uniti nel limitare": a form of an
        agreement verb (``agreement_lemmas``) with a joining infinitive after it
        (``joining_infinitives``) before the measure is a commitment to act later.
        "Japan joined the US in restricting" (done) and "agreed to restrict" are not read.
        """
        agreed = self.lex.agreement.search(text, lo, start)
        return agreed is not None and self.lex.joining.search(text, agreed.end(), start) is not None

    @staticmethod
    def _synthetic_future(site: Site, reading: Reading) -> bool:
        """Whether a Romance predicate is future, whichever word carries the mood.

        The verb itself ("limitará", "interdira") or the verb that governs a noun
        trigger ("impondrá nuevas restricciones", "imposera des contrôles").
        """
        if not reading.langs & _ROMANCE:
            return False
        mention = site.mention
        if reading.form == "verb":
            return _ROMANCE_FUTURE.search(site.text, mention.start, mention.end) is not None
        return reading.form.endswith("noun") and _GOVERNOR_FUTURE.search(site.pre) is not None

    def described(self, site: Site, reading: Reading) -> bool:
        """A Romance imperfect in a relative clause describes a state, it states no act.

        "una excepción que permitía exportar sin licencia", "une exemption qui permettait
        ...": what a rule allowed until now (its removal is the news, read elsewhere).
        Not a conditional (``_mood`` reads it) nor "que" after a reporting verb ("anunció
        que prohibía": a complement clause reporting the act).

        Round 42 (issue 11): so does a Chinese "受…管制的" ("含受美國管制的台積電晶片":
        chips that US controls cover): "subject to", a state at most, the verb, then "的"
        that makes the whole a modifier of the noun after it.
        """
        if site.cjk and not site.sov:
            text, mention = site.text, site.mention
            return (
                text.startswith("的", mention.end)
                and _SUBJECT_TO.search(text, max(site.clause_lo, mention.start - 8), mention.start)
                is not None
            )
        if reading.form != "verb" or not reading.langs & _ROMANCE:
            return False
        text, mention = site.text, site.mention
        if _IMPERFECT.search(text, mention.start, mention.end) is None:
            return False
        word = text[mention.start : mention.end]
        lex = self.lex
        if any(word.endswith(lex.conditional.get(lang, ())) for lang in reading.langs):
            return False
        lo = max(site.clause_lo, mention.start - _ROMANCE_RELATIVE_WINDOW)
        opener = None
        for opener in _ROMANCE_RELATIVE.finditer(text, lo, mention.start):  # noqa: B007
            pass
        if opener is None:
            return False
        start = opener.start()
        return not lex.reporting.search(text, max(0, start - _REPORTED_CLAUSE), start)

    def _standing_relative(self, text: str, end: int) -> bool:
        """Whether a Korean verb at ``end`` is a non-past relative clause on a plain noun.

        "…수출을 제한하는 품목 중 하나다", "…을 통제하고 있는 장비": the adnominal "-는"
        makes the verb describe its head noun (what the state restricts as a rule). A
        head that carries the act (``sov_act_heads``: "제한하는 조치를 발표했다", "…하는 등",
        "…하는 한편") keeps it news.
        """
        found = _KO_ADNOMINAL.match(text, end)
        return found is not None and not self.lex.sov_act_heads.match(text, found.end())

    def _since_adverb(self, pre: str, start: int) -> bool:
        """Whether the prior marker at ``start`` is the adverb "since then" of a perfect.

        Round 30 (recall): "have since widened the checks", "ont depuis étendu ces
        contrôles": right after an auxiliary the word dates the act after an earlier one.
        """
        marker = pre[start:].split(None, 1)
        if not marker or marker[0] not in self.lex.since_adverbs:
            return False  # nearly every prior marker: a preposition or a conjunction
        before = pre[:start].split()
        return bool(before) and before[-1] in self.lex.perfect_auxiliaries

    @staticmethod
    def present(site: Site) -> bool:
        """Present tense: an -s verb, or "is/are" right before the trigger."""
        text, mention = site.text, site.mention
        word = text[mention.start : mention.end]
        if word.endswith("s") and not word.endswith("ss"):
            return True
        return _PRESENT_BE.search(text[max(0, mention.start - 24) : mention.start]) is not None

    def primary(self, site: Site, reading: Reading, ref_year: ArticleYear) -> tuple[bool, str]:
        """Main news unless a time cue, an earlier year, the past perfect or "after the halt"."""
        lex = self.lex
        text, mention = site.text, site.mention
        clause_lo, clause_hi = site.clause_lo, site.clause_hi
        noun = reading.form in ("event_noun", "state_noun")
        if not site.cjk and self._chronicle(site, noun):
            return False, "background:chronicle"  # "has imposed increasing restrictions"
        prior = (lex.prior_cjk if site.cjk else lex.prior).search(site.pre) if noun else None
        if prior is not None and not self._since_adverb(site.pre, prior.start()):
            return False, "background:prior"  # "in response to Washington's crackdown"
        if noun and not site.cjk and self._recent_attributive(site):
            return False, "background:recent"  # "Japan's recently announced tighter controls"
        if reading.form == "verb" and not site.cjk and self._dated_subject(site):
            return False, "background:recent"  # "The sanctions, revealed last month, banned"
        if self._former_holder(site):
            return False, "background:former"  # "former president Biden introduced curbs"
        if not noun and not site.cjk and self._earlier_clause(site, reading.langs <= _VERB_FINAL):
            return False, "background:after"  # "... after Washington lifted a ban on it"
        if reading.form in ("base", "verb") and not site.cjk and self._prior_decision(site):
            return False, "background:prior"  # "despite the decision to allow H20 sales"
        sentence = site.sentence
        if lex.concessive.holds(text, sentence.start, sentence.end, mention.start):
            # Round 18: "a pesar del veto que ... impuso", "尽管美国限制", "규제에도 불구하고":
            # a measure named as another story's circumstance (``concessive.py``)
            return False, "background:concessive"
        if not noun and site.cjk and self._standing_relative(text, mention.end):
            # Round 19: "미국 정부가 중국으로의 수출을 제한하는 품목": the verb describes the
            # head noun, a regime that stands, not an act of this sentence
            return False, "background:relative"
        if (
            noun
            and not site.cjk
            and (dated := lex.dated_participle.match(text, mention.end, clause_hi)) is not None
            and (month := lex.month_only(text, dated.start(1), dated.end(1))) >= 0
            and self._earlier_month(text, month, ref_year)
        ):
            # Round 44: "Les nouvelles restrictions américaines … annoncées en octobre vont
            # au-delà …", "the curbs announced in October": the participle dates the measure
            # to an earlier month without the commas of an apposition
            return False, "background:month"
        if any(
            not _counted(text, cue.start())
            for cue in lex.foreground.finditer(text, clause_lo, clause_hi)
        ):
            return True, ""
        if noun and not site.cjk and (app := _DATED_APPOSITION.match(text, mention.end)):
            lo, hi = app.start(1), app.end(1)
            if lex.month_only(text, lo, hi) >= 0 and not lex.effective.search(text, lo, hi):
                # Round 13 (eu): "L'enquête, lancée en décembre, pourrait ...", "Die
                # Untersuchung, die im Dezember eingeleitet wurde, ...": the apposition
                # dates the measure to an earlier month; the news is elsewhere.
                return False, "background:month"
        if noun and site.cjk and self._announced_over_relative(site):
            return True, ""  # round 37: "2022년 도입한 … 통제를 … 확대 적용한다고 밝혔다"
        # Chinese puts time adverbials before the verb; a cue after it dates an object.
        cue_hi = mention.start if site.cjk else clause_hi
        for cue in lex.background.finditer(text, clause_lo, cue_hi):
            if cue.start() > 0 and _HANGUL_INSIDE.match(text, cue.start() - 1):
                continue  # round 42: "폴리이미드" (polyimide) holds 이미 ("already")
            if self._dates_other(site, cue.start(), reading):
                continue
            if self._in_force_today(site, cue.start()):
                continue  # round 37: "先週公表した…緩和について…きょうから適用すると発表"
            if site.cjk and self._recent_last_month(text, cue.start(), ref_year):
                continue  # round 37: "지난달 29일 … 제외하겠다고 관보를 통해 밝혔다" on the 2nd
            if lex.recent.search(text, clause_lo, cue_hi):
                return False, "background:recent"  # "issued last week": a headline's news
            return False, "background:time"
        if site.cjk and self._shared_time(site):
            return False, "background:time"
        for anchor in lex.elapsed_gate.finditer(text, clause_lo, cue_hi):
            # Round 27: "trois mois plus tôt", "hace tres meses", "julio pasado", "3个月前":
            # the count and unit stand right before or after the "ago" word it holds
            lo = max(clause_lo, anchor.start() - _ELAPSED_REACH)
            ago = lex.elapsed.search(text, lo, min(cue_hi, anchor.end() + _ELAPSED_REACH))
            if ago is not None and not self._dates_other(site, ago.start(), reading):
                return False, "background:time"
        if (
            not site.cjk
            and reading.form in ("verb", "split")
            and not self.present(site)
            and not _BY_AFTER.match(text, mention.end)  # "licences approved by ... in June"
            and (
                month := lex.month_only(
                    text,
                    max(clause_lo, mention.start - _MONTH_BEFORE),
                    min(clause_hi, mention.end + _MONTH_AFTER),
                )
            )
            >= 0
            and self._earlier_month(text, month, ref_year)
            and not self._dates_other(site, month, reading)
            and not lex.future.search(
                text, max(clause_lo, mention.start - _FUTURE_WINDOW), mention.start
            )
        ):
            return False, "background:month"  # "banned exports of the H20 in April"
        if not site.cjk and self._month_opener(site, reading, ref_year):
            return False, "background:month"  # "In July, Japan added restrictions on ..."
        if not site.cjk and self._dated_rule_opener(site, ref_year):
            return False, "background:year"  # "Under rules imposed in 2022, firms need ..."
        if not site.cjk and not noun and self._shared_month(site, ref_year):
            return False, "background:month"  # "published in October rules, which restrict"
        if self._dated_year(site, reading, ref_year, clause_lo, cue_hi):
            return False, "background:year"
        if (
            site.cjk
            and clause_lo > site.sentence.start
            and self._dated_year(site, reading, ref_year, site.sentence.start, clause_lo)
            and self._subjectless(site)
        ):
            # Round 30: "美国商务部2019年以安全疑虑为由，将华为列入…清单": the clause goes
            # on with the sentence's actor and the year its opening clause names
            return False, "background:year"
        if not site.cjk and self._stale_day(site, reading, ref_year):
            return False, "background:date"  # "began on September 30 when ... moved to seize"
        if site.cjk and (stale := stale_by_month(site, ref_year, lex)):
            return False, stale  # round 14: "去年10月，…", "今年6月已将…列入" (tense.py)
        if site.cjk:
            # "今年9月30日，荷兰政府...接管": a day weeks before publication names an
            # earlier act (news of the week names its day too: ``STALE_DAYS``).
            for date in _CJK_DAY.finditer(text, clause_lo, mention.start):
                since = ref_year.days_since(int(date.group(1)), int(date.group(2)))
                if since is not None and since > STALE_DAYS:
                    return False, "background:date"
            # Round 17: Korean "지난 2일" is the 2nd of this month, or of the last when
            # the day is after the publication day; dated as a named day.
            for date in _KO_PAST_DAY.finditer(text, clause_lo, mention.start):
                if ref_year.dated and ref_year.day:
                    since = (ref_year.day - int(date.group(1))) % 30 or 30
                    if since > STALE_DAYS:
                        return False, "background:date"
            if text.startswith(_CJK_AFTER, mention.end):
                return False, "background:after"  # "出口管制后 ...": what followed the measure
            if self._after_clause(site):
                return False, "background:after"  # "…禁止对华出口H20芯片后，英伟达…"
            hi = min(clause_hi, mention.end + _AFTER_CJK_WINDOW)
            comma = text.find("，", mention.end, hi)
            if lex.after_background.search(text, mention.end, hi if comma < 0 else comma):
                return False, "background:while"  # "...相继收紧...出口之际"
        pre = site.pre
        if closes_clause(site) and len(pre) < mention.start - clause_lo:
            # Round 34: a German or Dutch participle closing its clause keeps its pluperfect
            # auxiliary at the clause's start, often further back than the noun window
            # ("hatte in einem ungewöhnlichen Vorgang die Kontrolle über das Unternehmen
            # übernommen"): the whole clause before it is the auxiliary's reach.
            pre = text[clause_lo : mention.start]
        perfect = lex.past_perfect.search(pre)
        if perfect is not None:
            had = mention.start - len(pre) + perfect.start()
            if not lex.reporting.search(text, max(0, had - _REPORTING_WINDOW), had):
                return False, "background:past-perfect"
        elif (
            not site.cjk and reading.langs <= _VERB_FINAL and self._split_pluperfect(site, reading)
        ):
            return False, "background:past-perfect"
        return True, ""

    def _after_clause(self, site: Site) -> bool:
        """Whether a CJK verb stands in an "after" clause, the time of the news (round 46).

        Chinese and Japanese close such a clause with "后"/"後" right before its comma,
        after the verb's object ("在4月16日美国政府宣布全面禁止对华出口H20芯片后，英伟达
        已启动…", "米政府が輸出を禁止した後、…"); Korean puts "뒤"/"후" after the verb's past
        adnominal ("수출을 금지한 뒤 엔비디아는 …"). Either way the measure is what the
        news follows, as English "after Washington banned …" (``_earlier_clause``).
        """
        lex, text, end = self.lex, site.text, site.mention.end
        hi = min(site.sentence.end, end + _AFTER_CJK_WINDOW)
        mark = _CJK_CLAUSE_MARK.search(text, end, hi)
        if mark is not None and mark.group() in "，,、":
            tail = text[end : mark.start()].rstrip()
            if tail.endswith(lex.after_clause_ends) and not tail.endswith(
                lex.after_clause_exclusions
            ):
                return True
        ko = lex.after_clause_ko.search(text, max(0, end - 1), min(hi, end + _KO_AFTER_REACH))
        return ko is not None and (mark is None or ko.start() < mark.start())

    def _split_pluperfect(self, site: Site, reading: Reading) -> bool:
        """A German or Dutch pluperfect around a clause-final participle (round 34).

        The auxiliary stands either at the middle field's opening, anywhere in the clause
        before a participle that closes it, or right after the participle in a subordinate
        clause; a measure noun is read by its relative clause in the pluperfect. A
        reporting verb before the auxiliary ("sagte, die USA hatten ...") is reported
        speech, as in the short window's reading.
        """
        text, mention = site.text, site.mention
        if reading.form.endswith("noun") and _PLUPERFECT_RELATIVE.match(text, mention.end):
            # round 47: only a noun's relative clause names its act; after a verb it
            # qualifies the verb's object ("… die Lizenzen zu widerrufen, die … erhalten
            # hatten": the licences were granted before, the revocation is the news)
            return True
        if (after := _PLUPERFECT_AFTER.match(text, mention.end)) is not None:
            return _CLAUSE_END.match(text, after.end()) is not None
        if not closes_clause(site):
            return False
        aux = _PLUPERFECT_AUX.search(text, site.clause_lo, mention.start)
        if aux is None:
            return False
        lo = max(0, aux.start() - _REPORTING_WINDOW)
        return self.lex.reporting.search(text, lo, aux.start()) is None

    def _dated_year(
        self, site: Site, reading: Reading, ref_year: ArticleYear, lo: int, hi: int
    ) -> bool:
        """Whether a year between ``lo`` and ``hi`` dates the act before publication."""
        text = site.text
        if _YEAR_DIGITS.search(text, lo, hi) is None:
            return False  # most have none
        for cue in self.lex.year.finditer(text, lo, hi):
            year = int(cue.group(1) or cue.group(2))
            # A year after the article's own is a plan; its own year dates the event only
            # as "in/since 2023" (an undated article's latest year may be its own).
            own = ref_year.value
            if year > own or (year == own and not _IN_YEAR.match(cue.group())):
                continue
            verb = reading.form in ("verb", "split")
            if year == own and not ref_year.dated and verb and self.present(site):
                # Undated: "approves licences to ship tools in 2026" names the measure's
                # year, not an earlier event's (a past verb stays dated by it).
                continue
            if self._dates_other(site, cue.start(), reading):
                continue
            if year < own and self.lex.recency.search(text, lo, site.mention.start) is not None:
                # Round 30: "recent een vergunning voor leveringen in 2023 heeft ingetrokken":
                # the adverb dates the act; the earlier year, its object.
                continue
            return True
        return False

    def _subjectless(self, site: Site) -> bool:
        """A CJK clause after the sentence's first that has no act before it and no actor.

        Round 30: "美国商务部2019年以…为由，将华为列入…": the opening clause names the
        actor, a time and a reason but no act; the next clause ("将…列入") has no subject
        of its own and goes on with that actor at that time. An act in the opening clause
        dates itself (``_shared_time`` reads that case).
        """
        lo, start = site.sentence.start, site.clause_lo
        if start <= lo or within(site.item.triggers, lo, start):
            return False
        return not any(
            site.text[a.start - 1 : a.start] not in _CJK_PREPOSITIONS
            for a in within(site.item.actors, start, site.mention.start)
        )

    def _shared_time(self, site: Site) -> bool:
        """Whether a CJK clause with no actor of its own shares the last clause's time.

        Round 27: "美国从去年10月起收紧出口管制，加严对中国出口…等管制规范": the second
        clause has no subject; it goes on with the first clause's actor and the time
        phrase dating that clause's act. Only when a time cue stands before an act
        (a trigger) of an earlier clause of the sentence and the clause names no actor.
        """
        text, lo, start = site.text, site.sentence.start, site.clause_lo
        acts = within(site.item.triggers, lo, start) if start > lo else []
        if not acts or self.lex.background.search(text, lo, acts[-1].start) is None:
            return False  # most clauses: no act before them in the sentence
        # "中国随后也限制…" has its own actor ("对中国出口" names none)
        return not any(
            text[a.start - 1 : a.start] not in _CJK_PREPOSITIONS
            for a in within(site.item.actors, start, site.mention.start)
        )

    def _earlier_month(self, text: str, at: int, ref_year: ArticleYear) -> bool:
        """Whether the month named at ``at`` is two or more months before publication."""
        name = _WORD.match(text, at)
        number = self.month_number.get(name.group().casefold(), 0) if name else 0
        return number == 0 or ref_year.earlier_month(number)

    def _dated_rule_opener(self, site: Site, ref_year: ArticleYear) -> bool:
        """Whether the sentence opens with an earlier year's measure that it applies (round 43).

        "Under rules first imposed in October 2022, US firms need a licence to ship ...",
        "Nach den seit 2023 geltenden Regeln brauchen Exporteure ...": the opening phrase
        (``rule_openers``, up to its comma) names a measure and a year before the
        article's; what the sentence then says is that measure's standing content, a
        premise of the story. An opener with no year ("Under the new rules, ...") or with
        the article's own year leaves the sentence to the other rules.
        """
        text, lo, start = site.text, site.sentence.start, site.mention.start
        opener = self.lex.rule_opener.match(text, lo)
        if opener is None:
            return False
        comma = text.find(",", opener.end(), start)
        if comma < 0 or self.lex.needs["measure"].search(text, opener.end(), comma) is None:
            return False
        latest = ref_year.value
        return any(
            int(y.group()) < latest for y in _YEAR_DIGITS.finditer(text, opener.end(), comma)
        )

    def _month_opener(self, site: Site, reading: Reading, ref_year: ArticleYear) -> bool:
        """An opening month phrase dates the clause after it, whatever the predicate's form.

        "In July, Japan added restrictions on ...", "Im Juli verschärften die Niederlande
        ...", "In juli heeft Nederland ... aangescherpt" (the participle far from its
        month): a past act of an earlier month (``ArticleYear.earlier_month``). A present
        or a future in the clause is the measure's coming month ("In July, the rules take
        effect", "En juillet, les règles entreront ...").
        """
        text, start = site.text, site.sentence.start
        at = self.lex.month_only(text, start, min(site.mention.start, start + _OPENER_MONTH))
        if at < 0 or len(text[start:at].split()) > _OPENER_WORDS:
            return False
        name = _WORD.match(text, at)
        if name is None or site.clause_lo > name.end() + 2:
            return False  # the opener dates the first clause only
        if reading.form in ("verb", "split", "base") and self.present(site):
            return False
        lex = self.lex
        future = lex.future.search(text, name.end(), site.clause_hi)
        return future is None and self._earlier_month(text, at, ref_year)

    def _shared_month(self, site: Site, ref_year: ArticleYear) -> bool:
        """Whether an earlier month dating the sentence's measure dates the trigger too.

        Round 35 (the Latin-script side of ``_shared_time``): "The administration
        published in October a broad set of controls, including rules that restrict
        ...", "The framework, issued in January by the ministry, set tighter limits ...,
        blocking ...": the month dates the measure the sentence is about; the relative,
        the gerund or the infinitive further on that tells what it does has no subject
        of its own and is that measure's content, the story's premise, not its news (the
        month check of ``primary`` reads a past verb up to ``_MONTH_BEFORE`` characters
        from its month only). Only a month two or more months before publication
        (``ArticleYear.earlier_month``), with no future modal and no entry into force
        before the trigger ("will take effect in October" dates a start to come), and no
        actor between the month and the trigger but an agent ("issued in January by the
        ministry") or a state after a preposition ("access of China"): "... in October,
        and the US now restricts" has a subject of its own.
        """
        text, lo, start = site.text, site.sentence.start, site.mention.start
        lex = self.lex
        at = lex.month_only(text, lo, start)
        if at < 0 or not self._earlier_month(text, at, ref_year):
            return False  # most sentences: no month before the trigger
        if lex.future.search(text, lo, start) or lex.effective.search(text, lo, start):
            return False
        for actor in within(site.item.actors, at, start):
            before = text[max(at, actor.start - _AGENT_REACH) : actor.start]
            if lex.agent.search(before):
                continue  # "issued in January by the ministry": the month's own actor
            # "access of China", "the lead of the United States": no subject (an article
            # may stand between the preposition and the name)
            if not any(w in lex.place for w in _WORD.findall(before)[-2:]):
                return False
        return True

    def _prior_decision(self, site: Site) -> bool:
        """An infinitive under a decision noun that a prior-event marker opens is earlier.

        "despite Washington's decision to allow the sales", "a pesar de la decisión del
        presidente ... de permitir": the decision is what the news reacts to.
        """
        start = site.mention.start
        lo = max(site.clause_lo, start - _PRIOR_DECISION_WINDOW)
        noun = None
        for noun in _DECISION_NOUN.finditer(site.text, lo, start):  # noqa: B007
            pass
        if noun is None:
            return False
        before = max(site.clause_lo, noun.start() - _PRIOR_DECISION_GAP)
        return self.lex.prior.search(site.text, before, noun.start()) is not None

    def _destination(self, site: Site, opener: re.Match[str]) -> bool:
        """A German or Dutch opener that is a destination's preposition (round 36).

        "Lizenzen für den Export nach China erhalten": "nach" right before a state is
        "to", not "after" opening a clause; the state is where the goods go, and a later
        state in the clause ("von der US-Regierung") is no subject of an earlier clause.
        """
        word = opener.group().strip()
        if word not in _DESTINATION_OPENERS:
            return False
        follows = within(site.item.actors, opener.end(), site.mention.start)
        return bool(follows) and follows[0].start <= opener.end() + 1

    def _earlier_clause(self, site: Site, verb_final: bool = False) -> bool:
        """A verb in a clause that "after"/"since" opens, with its own subject, is earlier.

        "... as it tries to rebuild its China business after Washington lifted a de facto
        ban": the lifting is what the news follows, not the news. German and Dutch put
        the verb of such a clause last, after its whole object ("Seit die USA den Verkauf
        von KI-Chips nach China verboten haben"): the opener is looked for further back.
        """
        start = site.mention.start
        window = _EARLIER_WINDOW_VERB_FINAL if verb_final else _EARLIER_WINDOW
        lo = max(site.clause_lo, start - window)
        openers = list(self.lex.prior_clause.finditer(site.text, lo, start))
        if verb_final:
            # "Nach Angaben des Ministeriums hat China ... verboten": an auxiliary between
            # the opener and the verb makes it a main clause, the opener a mere phrase;
            # beyond the short window only an opener of a verb-final clause is read.
            openers = [
                o
                for o in openers
                if o.start() >= start - _EARLIER_WINDOW
                or _AUXILIARY.search(site.text, o.end(), start) is None
            ]
        else:
            openers = openers[-1:]
        # A state after a place preposition is where things go or whom one talks with, not
        # the subject of the earlier clause: German "nach China" is "to China", "après des
        # discussions avec la Chine" has no subject of its own. In a verb-final clause an
        # earlier opener is still read past such a preposition ("Seit die USA ... nach
        # China verboten haben": "nach" is "to" there, "seit" opens the clause).
        for last in reversed(openers):
            if _SINCE_DAY.match(site.text, last.end()):
                continue  # "Since Monday, the US requires ...": a date of entry into force
            if verb_final and self._destination(site, last):
                continue  # round 36: "… nach China von der US-Regierung erhalten": "to"
            for actor in within(site.item.actors, last.end(), start):
                # round 34: a later member of a list of places ("nach China, Iran,
                # Russland") is read at its head
                head = list_head(site.item.text, site.item.low, site.item.actors, actor)
                if head.start < last.end():
                    head = actor
                word = _WORD_END.search(site.text, max(last.start(), head.start - 16), head.start)
                if word is None or word.group(1) not in self.lex.place:
                    return True
        return False

    def _dated_noun(self, site: Site, cue: int) -> bool:
        """Whether a Japanese or Korean date names the measure noun right after it (round 42).

        "2019年7月の輸出規制を解除した", "2019년 7월 수출규제 조치를 즉시 해제하기로 했다":
        the date, a genitive at most between, then the measure noun, whose phrase an
        object particle closes before the easing verb: the July 2019 controls are lifted
        now. The date names which measure, not when it eased.
        """
        text, start = site.text, site.mention.start
        rest = _SOV_DATE_REST.match(text, cue)
        at = rest.end() if rest is not None else cue
        noun = self.lex.needs["measure"].search(text, at, min(start, at + _DATED_NOUN_REACH))
        if noun is None or _MODIFIER_BREAK.search(text, at, noun.start()):
            return False
        close = _SOV_CASE.search(text, noun.end(), start)
        return (
            close is not None
            and close.group() in _SOV_OBJECT
            and not _MODIFIER_BREAK.search(text, noun.end(), start)
        )

    def _dates_object(self, site: Site, cue: int) -> bool:
        """Whether a time phrase stands in the modifier of the measure the verb acts on.

        Round 33: "La Chine a suspendu une série de mesures qu'elle avait imposées le 9
        octobre", "China hat die am 9. Oktober angekündigten Ausweitungen … ausgesetzt",
        "2019年7月に導入した…輸出規制を緩和した": the phrase dates the measure suspended or
        eased, not the suspension, which is the sentence's news. German, Dutch, Chinese,
        Japanese and Korean put the modifier before its noun: an attributive participle of
        setting a measure right after the phrase (``dated_attributives``). Romance languages
        open it after the noun with a relative pronoun that stands between the verb and the
        phrase (``object_relatives``). Only for a verb: after a measure noun the phrase dates
        the noun itself ("les restrictions imposées le 9 octobre"). Only for an easing: a
        tightening's object is no earlier measure, and a measure dated in its modifier
        before a verb is mostly that verb's subject ("自2019年以來實施的限令已經限制了華為").
        A state named between the phrase and the participle makes the phrase the
        relative clause's own time ("2022年10月にバイデン政権が発表した規制では").
        """
        lex, text, mention = self.lex, site.text, site.mention
        part = lex.dated_attributive.search(text, cue, cue + _ATTRIBUTIVE_REACH)
        if (
            part is not None
            and (part.end() <= mention.start or part.start() >= mention.end)
            and not _MODIFIER_BREAK.search(text, cue, part.start())
            and not within(site.item.actors, cue, part.start())
        ):
            return True
        if site.sov and cue < mention.start and self._dated_noun(site, cue):
            return True
        if cue < mention.end:
            return False
        relative = last_match(lex.object_relative, text, mention.end, cue)
        return (
            relative is not None
            and cue - relative.end() <= _RELATIVE_REACH
            and not _MODIFIER_BREAK.search(text, relative.end(), cue)
        )

    def _dates_other(self, site: Site, cue: int, reading: Reading) -> bool:
        """Whether a time phrase dates something else than the trigger."""
        text, mention = site.text, site.mention
        if _ADJECTIVE_EARLIER.match(text, cue):
            return True  # "earlier rules": an adjective, not a time adverbial
        if (
            reading.form in _VERB_READINGS
            and reading.predicate.direction == "easing"
            and self._dates_object(site, cue)
        ):
            return True  # round 33: "suspendu les mesures qu'elle avait imposées le 9 octobre"
        after = cue >= mention.end
        if (
            site.cjk
            and not after
            and reading.form == "verb"
            and (relative := _CJK_RELATIVE.match(text, cue, mention.start)) is not None
            and within(site.item.triggers, cue, relative.end())
        ):
            # "就早前获美国批准出口的H20芯片，被网信办约谈": the phrase dates the predicate
            # of the clause that 的 closes before the verb, not the verb ("此前公告的第二款"
            # holds no predicate: there it dates the verb).
            return True
        # "approved X after a pause earlier this month": the phrase dates the pause. Not a
        # verb's complement or its cause: "was restricted from selling ... under U.S.
        # pressure in 2019" dates the restriction.
        for prior in self.lex.prior_word.finditer(
            text, mention.end if after else site.clause_lo, cue
        ):
            if not (after and _COMPLEMENT_NOT_PRIOR.match(text, prior.start())):
                return True
        # "approved X, ending a pause that officials imposed earlier this month".
        return (
            after
            and reading.form in ("verb", "split", "base", "gerund")
            and self.lex.subordinate.search(text, mention.end, cue) is not None
        )


#: Round 38: "even without" in Korean and Japanese ("받지 않고도", "없이도", "なくても").
_CONCESSIVE_END: Final = ("도", "も")


def _granted_ability(site: Site, reading: Reading) -> bool:
    """Whether "can" after a licence waived is the permission granted (round 38, issue 11).

    "허가를 받지 않고도 수출할 수 있도록 했다", "許可がなくても輸出できる": a licence
    easing told with "even without" grants the ability the modal names, so the modal is
    the act, not a possibility. Only an easing licence reading whose trigger ends in the
    concessive particle.
    """
    predicate = reading.predicate
    return (
        predicate.action == "license"
        and predicate.direction == "easing"
        and site.mention.text.endswith(_CONCESSIVE_END)
    )
