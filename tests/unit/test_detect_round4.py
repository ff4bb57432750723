"""Detector rules of round 4 (issue 11), on whole sentences through catalog and pattern file.

Every sentence is our own, written for the class of construction it names: one-character
state names of Korean and Japanese headlines, states marked as targets, verbal nouns,
moods and modal verbs of every form, denials, headlines that ask, forecast or quote,
leads restated by a sourced forecast, favourable lists, directives on purchases, legal
instruments, month-only dates, anonymous sources. Contrasts sit beside each rule.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ---------------------------------------- Korean and Japanese state names, targets


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # one-character names of Korean and Japanese headlines
        ("美 상무부, 반도체 장비 수출 규제 강화", "", ("US", "tightening")),
        ("中, 희토류 수출 허가제 도입", "", ("CN", "tightening")),
        ("米、半導体装置の輸出規制を強化", "", ("US", "tightening")),
        # ... never inside a word of ideographs, nor in Chinese text
        ("中東 수출 통제 강화 움직임", "", None),
        ("美元走强 芯片出口受限", "", None),
        # a target marker makes the state the target, not the actor or author
        ("미국, 대중국 반도체 수출 통제 강화", "", ("US", "tightening")),
        ("日本、対中半導体装置の輸出規制を強化", "", ("JP", "tightening")),
        # a possessive earlier in the noun phrase names the author
        ("미국의 화웨이 중국 수출 통제 발표", "", ("US", "tightening")),
        # a Korean abbreviation glued to a noun qualifies it: exports to the US
        ("中, 갈륨 美수출 통제", "", ("CN", "tightening")),
        # "からの" before a licence names the licensor
        (
            "",
            "日本企業が先端装置を中国に出荷する際、米政府からの許可が必要となった。",
            ("US", "tightening"),
        ),
    ],
)
def test_states_named_by_one_character_and_targets(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


# ------------------------------------------------ Korean and Japanese verbal nouns


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a verbal noun under its verb, or ending the headline, is the act
        ("일본, 반도체 소재 수출 규제를 강화했다", "", ("JP", "tightening")),
        ("日本政府、半導体装置の輸出規制を強化", "", ("JP", "tightening")),
        # with a case particle, or heading a compound, it is a noun
        ("반도체 업계, 수출 규제의 영향 분석", "", None),
        ("업계, 미국의 규제 추가 가능성에 촉각", "", None),
        ("輸出規制の対象品目を解説", "", None),
        # -적 makes an adjective: "limited"
        ("한국산 반도체 수출 영향은 제한적", "", None),
        # a progressive describes what stands
        ("", "米国は中国への先端半導体の輸出を規制している。", None),
        ("", "미국은 중국에 첨단 반도체 수출을 제한하고 있다.", None),
        # "may", "is considered", a draft, a headline heading for it
        ("", "미국이 추가 수출 규제를 강화할 수 있다고 업계는 본다.", None),
        ("", "経済産業省は輸出管理の改正案を発表した。", None),
        ("韓国、半導体材料の輸出規制を来月導入へ", "政府は規制を導入する方針だ。", None),
        # 이번 / 今回 mark the measure in the news
        (
            "일본 반도체 규제",
            "일본 정부가 발표한 이번 수출 통제 조치는 다음 달부터 적용된다.",
            ("JP", "tightening"),
        ),
    ],
)
def test_korean_and_japanese_verbal_nouns(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


# ------------------------------------------- moods, modal verbs, denials, purposes


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # planning verbs in every form of their lemma
        (
            "",
            "O governo dos EUA está avaliando impor novas restrições às exportações de chips.",
            None,
        ),
        ("", "Il governo statunitense sta valutando nuove restrizioni all'export di chip.", None),
        (
            "",
            "La Chine prévoyait déjà de nouvelles restrictions sur les exportations de gallium.",
            None,
        ),
        (
            "",
            (
                "Le gouvernement américain travaille sur de nouvelles restrictions à "
                "l'exportation de puces."
            ),
            None,
        ),
        # a conditional mood says what a measure would do
        ("", "Las nuevas reglas prohibirían la venta de chips avanzados a China.", None),
        ("", "As novas normas limitariam as exportações de chips para a China.", None),
        ("", "Le nuove regole vieterebbero l'export di chip avanzati in Cina.", None),
        ("", "Les nouvelles règles interdiraient les exportations de puces vers la Chine.", None),
        # ... unless a reporting verb reports the decision
        (
            "",
            (
                "El Departamento de Comercio anunció que prohibiría la venta de chips "
                "avanzados a China a partir de enero."
            ),
            ("US", "tightening"),
        ),
        # a German modal after the verb-final predicate
        (
            "",
            (
                "Berichten zufolge heißt es, dass die Regierung die Ausfuhr von "
                "Chipanlagen nach China beschränken will."
            ),
            None,
        ),
        ("Bundesregierung beschränkt Ausfuhr von Chipanlagen nach China", "", ("DE", "tightening")),
        # denials in every language
        (
            "",
            (
                "Das Ministerium dementierte, dass die Regierung ein Exportverbot für "
                "Chip-Chemikalien plane."
            ),
            None,
        ),
        (
            "",
            "Le ministère a démenti toute interdiction des exportations de puces vers la Chine.",
            None,
        ),
        ("", "El Gobierno desmintió que vaya a prohibir la exportación de chips a China.", None),
        # the body of a state named with "de": the state acts, not the paper's own
        (
            "",
            "El Gobierno de Estados Unidos prohibió la venta de chips avanzados a China.",
            ("US", "tightening"),
        ),
        # a purpose, a rule in force
        ("", "A ideia é restringir o acesso de empresas chinesas a equipamentos de chips.", None),
        ("", "Il divieto attualmente in vigore sulle vendite di chip resta invariato.", None),
        # a false friend of another language: "sa ferme opposition" is no ban
        ("", "La Chine a exprimé sa ferme opposition aux nouvelles mesures américaines.", None),
    ],
)
def test_moods_modals_and_denials(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


# -------------------------------------------------------- headlines and leads


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a headline asks only after its colon or dash
        ("Beijing approves Nvidia chip imports: a turning point?", "", ("CN", "easing")),
        ("Will Beijing approve Nvidia chip imports?", "", None),
        # a body dating the act to last week leaves the headline news
        (
            "Washington bans sales of chip design software to China",
            "The Commerce Department already issued the rule last week.",
            ("US", "tightening"),
        ),
        # a lead restated by a sourced forecast reports a report
        (
            "美, 반도체 수출 규제 강화",
            "미국 정부가 반도체 수출 규제를 강화한다. "
            "외신은 소식통을 인용해 미국이 다음 달 규제를 강화할 예정이라고 보도했다.",
            None,
        ),
        # a headline quoting someone's words
        ('업계 "정부, 반도체 수출 규제 강화해야"', "", None),
        # a future reported by anonymous sources is no decision; an official one is
        (
            "Chip curbs coming",
            "Washington is to impose new curbs on chip exports, sources say.",
            None,
        ),
        (
            "Chip curbs coming",
            (
                "Washington will impose new curbs on chip exports from Dec. 1, the "
                "Commerce Department said."
            ),
            ("US", "tightening"),
        ),
        # a past act dated by a month alone is earlier news; a day dates this week's
        ("Chip sales slump", "The US banned exports of the accelerator in April.", None),
        (
            "Chip sales slump",
            "The US banned exports of the accelerator on April 9.",
            ("US", "tightening"),
        ),
        # the object of a verb is not the actor of the curbs
        ("Washington moves to hit Beijing with new chip curbs", "", ("US", "tightening")),
    ],
)
def test_headlines_and_leads(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


def test_a_forecast_headline_is_no_event_at_all(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Japan to tighten chip export rules",
        "Tokyo may tighten the rules as early as spring, officials said.",
    )
    assert found == [], brief(found)


# -------------------------------------------------- lists, directives, instruments


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # removal from a favourable list tightens, a return to it eases
        ("US removes Samsung's China fab from validated end-user list", "", ("US", "tightening")),
        ("Commerce revokes VEU status of chip plants in China", "", ("US", "tightening")),
        ("US reinstates memory plant in validated end user program", "", ("US", "easing")),
        # entity-list additions counted as entities, and long object lists
        (
            "",
            "The US added 40 entities on Monday, citing chip diversion to Russia.",
            ("US", "tightening"),
        ),
        (
            "",
            (
                "The United States on Friday added a maker of etching tools, two "
                "software firms and a chip designer to its export restrictions list."
            ),
            ("US", "tightening"),
        ),
        # halting purchases is a directive
        (
            "",
            "Beijing told its largest platforms to halt their orders of Nvidia accelerators.",
            ("CN", "tightening"),
        ),
        (
            "",
            (
                "El regulador chino pidió a las tecnológicas que suspendan las compras "
                "de chips de Nvidia."
            ),
            ("CN", "tightening"),
        ),
        # a legal instrument on a measure; a verb governing an object list
        (
            "White House proclamation on duties for imported chips",
            "President Trump signed it on Friday.",
            ("US", "tightening"),
        ),
        (
            "",
            (
                "President Trump signed an order setting new reporting duties for "
                "chipmakers and a 25% tariff on imported processors."
            ),
            ("US", "tightening"),
        ),
        # rescission of a framework; plural measures as subjects
        ("Commerce rescinds chip export framework", "", ("US", "easing")),
        (
            "New regulations restrict sales of AI chips",
            "The Commerce Department issued them on Monday.",
            ("US", "tightening"),
        ),
        # deals are an investment flow: the approval grants something
        ("SAMR clears two chip deals", "", ("CN", "easing")),
        # a gerund after "began" is the act; a licence system is a licence duty
        ("China has begun issuing export licences for rare earths", "", ("CN", "easing")),
        ("陸對鎵鍺出口實施許可制", "", ("CN", "tightening")),
        # a firm's results headline makes the measures of its body context
        ("東エレ、業績予想を下方修正", "米国は10月に中国企業を規制リストに追加した。", None),
        # a German ordinal date does not end the sentence
        (
            "Genehmigungspflicht für Chipanlagen",
            (
                "In einem Schreiben an den Bundestag teilte das Wirtschaftsministerium "
                "mit, dass für die Ausfuhr bestimmter Chipanlagen ab dem 1. Juli eine "
                "Genehmigung erforderlich ist."
            ),
            ("DE", "tightening"),
        ),
        # "from" after a tightening verb says where, not who
        (
            "",
            "Twelve entities were added to the US Entity List on Tuesday from China and Russia.",
            ("US", "tightening"),
        ),
    ],
)
def test_lists_directives_and_instruments(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


# --------------------------------------------------------------------- Chinese


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # 因此: the clause acts for the sentence's subject, not the state it found at fault
        ("", "商务部调查显示，美国相关措施具有歧视性，因此依法立案调查。", ("CN", "tightening")),
        # 已经 before the verb states it done
        ("", "商务部已经批准了部分企业的出口申请。", ("CN", "easing")),
        # "经...审核，已批准": a review before, no procedure of a measure
        ("", "经依法审核，商务部已批准一批出口许可申请。", ("CN", "easing")),
        # ASCII commas between Chinese clauses break them
        ("", "網信辦表示,就早前獲美國批准的H20晶片,今日約談輝達。", ("CN", "tightening")),
        # 不是 negates; a headline's parts are set apart by spaces
        ("商务部：稀土管制并非禁运 已批准多家企业申请", "", ("CN", "easing")),
    ],
)
def test_chinese_clauses(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


# ------------------------------------------------------------------- entities


@pytest.mark.parametrize(
    ("text", "firms", "chips"),
    [
        (
            "輝達、超微、英特爾與台積電股價下跌，海力士、美光、華為與中芯國際亦受影響，寒武紀則上漲。",
            {"Nvidia", "AMD", "Intel", "TSMC", "SK Hynix", "Micron", "Huawei", "SMIC", "Cambricon"},
            set(),
        ),
        ("昇騰910B與H20之爭", set(), {"Ascend 910B", "H20"}),
        (
            "カンブリコンとアンソロピック、東エレとアプライド マテリアルズ",
            {"Cambricon", "Anthropic", "Tokyo Electron", "Applied Materials"},
            set(),
        ),
        ("넥스페리아와 무어스레드, 캠브리콘", {"Nexperia", "Moore Threads", "Cambricon"}, set()),
        (
            "Higon and Sugon were listed; Piotech makes deposition tools.",
            {"Hygon", "Sugon", "Piotech"},
            set(),
        ),
        (
            "Synopsys closed its purchase of Ansys; Qualcomm bought Autotalks.",
            {"Synopsys", "Ansys", "Qualcomm", "Autotalks"},
            set(),
        ),
        (
            "Zhipu, Moonshot AI, MiniMax, Mistral AI and Cohere raised funds.",
            {"Zhipu AI", "Moonshot AI", "MiniMax", "Mistral AI", "Cohere"},
            set(),
        ),
        (
            (
                "Blackwell Ultra, Rubin and Rubin Ultra follow; the B300, GB300, "
                "MI355X, MI400 and Ascend 950 ship first."
            ),
            set(),
            {
                "Blackwell Ultra",
                "Rubin",
                "Rubin Ultra",
                "B300",
                "GB300",
                "MI355X",
                "MI400",
                "Ascend 950",
            },
        ),
        ("Exports of high-bandwidth memory, 고대역폭메모리 and 高頻寬記憶體 fell.", set(), {"HBM"}),
        (
            "The scaled-down RTX 4090 D and the MI300 are older parts.",
            set(),
            {"RTX 4090D", "MI300"},
        ),
    ],
)
def test_entities_by_script_and_alias_form(
    analyzer: Analyzer, text: str, firms: set[str], chips: set[str]
) -> None:
    tagged = analyzer.tagger.tag(text, "")
    assert firms <= {m.name for m in tagged.mentions if m.type == "firm"}
    assert chips <= {m.name for m in tagged.mentions if m.type == "chip"}


def test_common_nouns_are_not_firms_and_tools_are_not_chips(analyzer: Analyzer) -> None:
    tagged = analyzer.tagger.tag(
        "Los microchips de ASML",
        "Exports of lithography machines, EUV machines and DUV systems need a licence.",
    )
    assert "Microchip" not in {m.name for m in tagged.mentions if m.type == "firm"}
    assert not {m.name for m in tagged.mentions if m.type == "chip"}
    assert {"EUV lithography", "DUV lithography"} <= {
        m.name for m in tagged.mentions if m.type == "equipment"
    }
