"""Detector rules on whole sentences, through the bundled catalog and pattern file.

Each case is our own sentence, written for the rule it names: the languages and scripts
the lexicon covers (with the inflected forms the inflection table adds), the readings
that tell an act from talk, and the actor rules. ``test_detect.py`` tests the detector
apart from the tagger; here both run as ``chipwatch scan`` runs them.
"""

from __future__ import annotations

import json

import pytest

from schemas.article import PolicyEvent
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.core.lexicon import Lexicon, load_inflections


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.build(load_catalog(), load_patterns())


def events(analyzer: Analyzer, title: str, body: str = "") -> list[PolicyEvent]:
    tagged = analyzer.tagger.tag(title, body)
    return analyzer.detector.detect(title, body, tagged)


def primary(analyzer: Analyzer, title: str, body: str = "") -> list[tuple[str, str]]:
    return [(e.jurisdiction, e.direction) for e in events(analyzer, title, body) if e.primary]


def brief(found: list[PolicyEvent]) -> str:
    return json.dumps([[e.jurisdiction, e.action, e.direction, e.primary, e.rule] for e in found])


# ---------------------------------------------------------------- languages and scripts


@pytest.mark.parametrize(
    ("lang", "title", "body", "expected"),
    [
        ("ja", "経産省、半導体製造装置の輸出規制を強化",
         "経済産業省は23日、先端半導体の製造装置23品目を輸出管理の規制対象に加えると発表した。",
         ("JP", "tightening")),
        ("ja", "米政府、エヌビディアのH20の対中輸出を許可",
         "米政府はエヌビディアに対し、H20の中国向け輸出を許可した。", ("US", "easing")),
        ("ko", "미 상무부, 中 반도체 장비 수출 통제 강화",
         "미국 상무부는 2일 중국에 대한 반도체 장비 수출 통제를 강화한다고 발표했다.",
         ("US", "tightening")),
        ("es", "China prohíbe exportar galio a EEUU",
         "El Ministerio de Comercio de China prohibió las exportaciones de galio y germanio "
         "a Estados Unidos.", ("CN", "tightening")),
        ("it", "Pechino vieta l'export di gallio verso gli Usa",
         "Il ministero del Commercio cinese ha vietato le esportazioni di gallio e germanio "
         "verso gli Stati Uniti.", ("CN", "tightening")),
        ("pt", "China proíbe exportação de gálio para os EUA",
         "O Ministério do Comércio da China proibiu as exportações de gálio e germânio para "
         "os Estados Unidos.", ("CN", "tightening")),
        ("nl", "Nederland beperkt export van ASML-machines",
         "De Nederlandse regering beperkte dinsdag de export van chipmachines van ASML naar "
         "China, schrijft de minister in een brief aan de Tweede Kamer.", ("NL", "tightening")),
        ("de", "Peking verbietet Galliumexporte in die USA",
         "Das chinesische Handelsministerium verbot am Dienstag die Ausfuhr von Gallium in "
         "die USA.", ("CN", "tightening")),
        ("de", "Bundesregierung verhängte Exportbeschränkungen",
         "Die Bundesregierung verhängte neue Exportbeschränkungen für Halbleiteranlagen.",
         ("DE", "tightening")),
        ("fr", "La Chine restreint les exportations de gallium",
         "Pékin a restreint mardi les exportations de gallium et de germanium.",
         ("CN", "tightening")),
        ("zh-Hant", "網信辦約談輝達 要求說明H20晶片安全風險",
         "國家網信辦約談輝達公司，要求其就H20晶片漏洞後門安全風險問題進行說明。",
         ("CN", "tightening")),
        ("zh-Hant", "中國宣布對鎵鍺實施出口管制",
         "中國商務部宣布，對鎵、鍺相關物項實施出口管制，未經許可不得出口。",
         ("CN", "tightening")),
    ],
)  # fmt: skip
def test_each_language_reads_its_predicates(
    analyzer: Analyzer, lang: str, title: str, body: str, expected: tuple[str, str]
) -> None:
    found = events(analyzer, title, body)
    assert expected in [(e.jurisdiction, e.direction) for e in found if e.primary], brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # Japanese and Korean modality after the verb: a plan, a review, a negation.
        ("経産省、輸出規制の強化を検討",
         "経済産業省は半導体製造装置の輸出規制を強化する方針を固めた。"),
        ("日本、対中輸出規制を強化せず",
         "日本政府は半導体製造装置の輸出規制を強化しないと表明した。"),
        ("미국, 대중 반도체 규제 강화 검토",
         "미국 정부가 중국에 대한 반도체 수출 규제 강화를 검토하고 있다."),
        ("미국, 수출 통제 강화하지 않기로", "미국 정부는 반도체 수출 통제를 강화하지 않기로 했다."),
    ],
)  # fmt: skip
def test_japanese_and_korean_auxiliaries_make_talk(
    analyzer: Analyzer, title: str, body: str
) -> None:
    assert primary(analyzer, title, body) == [], brief(events(analyzer, title, body))


def test_inflection_table_expands_listed_words() -> None:
    table = load_inflections()
    assert {"verhängte", "verhängten"} <= set(table["de"]["verhängt"])
    assert {"prohibió", "prohíben"} <= set(table["es"]["prohíbe"])
    assert "vietato" in table["it"]["vieta"]
    # No English word slips in as a form of another language's word.
    assert "eliminate" not in table["it"]["elimina"]


def test_inflection_table_covers_the_pattern_file() -> None:
    # Every listed single word of an inflected language has its forms in the table (the
    # table is generated from the pattern file: `make lexicon`, checked by `make lint`).
    lexicon = Lexicon(load_patterns())
    keys = set(lexicon.by_phrase)
    assert "verbietet" in keys and "verboten" in keys and "verbieten" in keys
    assert "prohibieron" in keys and "restreignent" in keys


def test_japanese_only_words_need_kana() -> None:
    # 承認 (Japanese: approval) folds to 承认 (Chinese: to admit): in a Chinese sentence
    # it reads nothing.
    analyzer = Analyzer.build(load_catalog(), load_patterns())
    assert primary(analyzer, "高通承认相关事实", "该负责人称，经核实，高通也承认相关事实。") == []
    assert primary(analyzer, "米政府、輸出を承認", "米政府はH20の対中輸出を承認した。") == [
        ("US", "easing")
    ]


# ---------------------------------------------------------------- taken or decided vs talk


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a purpose, not an act
        ("US senator introduces chip tracking bill",
         "A U.S. senator introduced legislation on Friday in an effort to curb China's "
         "access to advanced chips."),
        # speakers who are not the state
        ("Analysts see tighter rules", "Analysts said Washington restricted exports of H20 "
         "chips to punish Beijing."),
        ("协会发声", "有业内人士对记者表示，日本、韩国的贸易商同样受到约束。"),
        # an opinion of the measure
        ("China's retaliation", "The move is widely seen as retaliation for a series of "
         "Washington curbs aimed at slowing China's chip industry."),
        # a reaction to a measure is not the measure
        ("Beijing reacts", "China's Ministry of Commerce called the withdrawal of the "
         "licences economic coercion."),
        # a planned measure shelved: nothing was in force
        ("US shelves planned chip export rule", "The Commerce Department has shelved a "
         "planned rule that would have restricted AI chip exports."),
        # plans and forecasts
        ("China plans probe into Nvidia, sources say", "China is planning to open an "
         "antitrust probe into Nvidia, two people familiar with the matter said."),
        ("Analysts forecast US ban on H20", "Analysts forecast a US ban on Nvidia's H20 "
         "sales to China later this year."),
        # the title of a document, a quoted law
        ("商务部发布公告", "商务部发布《关于加强相关两用物项对美国出口管制的公告》全文。"),
        ("商务部立案", "美方措施符合该法第七条所述“采取歧视性的禁止、限制措施”的情形。"),
        # an earnings story that mentions the rules
        ("Applied Materials flags $600 million revenue hit from expanded export curbs",
         "Applied Materials forecast a revenue hit on Thursday, after the U.S. widened its "
         "export blacklist on Monday to cover subsidiaries of restricted companies."),
        ("寒武纪上半年营收暴增 首次实现半年度盈利",
         "业内人士认为，今年4月美国政府要求英伟达向中国出口H20芯片须申请许可证。"),
    ],
)  # fmt: skip
def test_talk_is_no_primary_event(analyzer: Analyzer, title: str, body: str) -> None:
    assert primary(analyzer, title, body) == [], brief(events(analyzer, title, body))


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Commerce Department Implements New Export Controls on Advanced Computing Items",
         "The U.S. Department of Commerce today implemented new export controls on "
         "advanced computing items.", ("US", "tightening")),
        ("Commerce adds 12 Chinese companies to Entity List", "The Commerce Department on "
         "Tuesday added 12 Chinese companies to its Entity List.", ("US", "tightening")),
        ("US issues permits to Nvidia for H20 sales to China", "The U.S. Commerce "
         "Department has issued licences to Nvidia to sell its H20 chips to China.",
         ("US", "easing")),
        ("Trump imposes 25% tariff on imported chips", "The White House said the president "
         "signed a proclamation imposing a 25% tariff on certain advanced computing chips.",
         ("US", "tightening")),
        ("BIS rescinds AI Diffusion Rule", "The Commerce Department on Tuesday formally "
         "rescinded the AI diffusion rule.", ("US", "easing")),
        ("China's new rules curb exports of rare earth technology", "Beijing issued new "
         "rules that curb exports of rare earth processing technology.", ("CN", "tightening")),
        ("Dutch government to restrict exports of ASML tools", "The Dutch government has "
         "decided to restrict exports of more ASML lithography machines, it said in a "
         "letter to parliament.", ("NL", "tightening")),
        # firms listed as the object of an order are not its subject
        ("中國要求企業停購輝達晶片", "據知情人士透露，中國網信辦已要求字節跳動、阿里巴巴等企業"
         "停止採購輝達RTX Pro 6000D晶片。", ("CN", "tightening")),
        # a reported decision is a decision
        ("China to suspend ban", "Beijing said it would suspend the ban on gallium exports "
         "to the United States.", ("CN", "easing")),
    ],
)  # fmt: skip
def test_agency_and_wire_phrasing_is_read(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    found = events(analyzer, title, body)
    assert expected in [(e.jurisdiction, e.direction) for e in found if e.primary], brief(found)


# ---------------------------------------------------------------- the actor and the reading


def test_a_firm_subject_acts_for_itself(analyzer: Analyzer) -> None:
    body = "台积电则早在2020年9月之后就已停止对华为出货。"
    assert primary(analyzer, "台积电", body) == []
    assert primary(analyzer, "TSMC halts", "TSMC stopped shipments to Huawei in 2020.") == []
    # A firm put on a list by a state is the object of the construction.
    assert ("US", "tightening") in primary(
        analyzer, "美国将华为列入实体清单", "美国商务部将华为列入实体清单。"
    )


def test_korean_subject_particle_and_qualifiers_pick_the_actor(analyzer: Analyzer) -> None:
    body = "미 상무부 산업안보국(BIS)은 29일 두 회사 중국 법인의 VEU 지위를 철회한다고 발표했다."
    found = events(analyzer, "미 상무부, VEU 지위 철회", body)
    assert {e.jurisdiction for e in found if e.primary} == {"US"}, brief(found)


def test_an_agentless_passive_refers_to_the_previous_event(analyzer: Analyzer) -> None:
    body = (
        "Washington added 32 companies to its trade blacklist on Friday. Two of the firms, "
        "which supplied China's top contract chipmaker, were added to the Entity List "
        "for acquiring US tools."
    )
    found = events(analyzer, "US blacklists 32 entities", body)
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Washington and Beijing trade a round of curbs ahead of the summit.",
        "Nvidia still sells large volumes in China despite Washington curbs aimed at slowing "
        "its chip industry.",
        "Nvidia's revenue fell on the planned curbs.",
    ],
)
def test_plural_nouns_are_not_read_as_verbs(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Chip stocks fall", body)
    assert [e for e in found if "verb[curbs]" in e.rule] == [], brief(found)
