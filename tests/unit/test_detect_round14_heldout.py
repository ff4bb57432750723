"""Round 14, classes of a held-out set scored by the lead (issue 11), our own sentences.

1. Numbered members of a chip line: the Ascend roadmap's members are named for themselves
   and a list repeats only the numbers; "MI325" without its X. Contrast: a bare number
   with no family near it, or set in Chinese text, is no chip.
2. The US Bureau of Industry and Security's Chinese name holds 商务部 (MOFCOM's short
   name): its act is the US's. Contrast: MOFCOM's own act stays China's.
3. An English reaction headline with the other state as the measure's modifier ("China
   opposes new US export controls"): the other state's measure in the body is the premise,
   as with "US's". Contrast: a headline that states the act, also after a clause ("China
   protests as US imposes curbs").
4. Chinese proposals and status: a legislature pushing a bill ("國會正推動法案限制…") is a
   proposal; "so far only a few were approved" (迄今為止…僅批准) is a status; another
   measure told as "recently also" (近期也) beside a considered one is background.
   Contrast: a decided listing, an approval told as the day's act.
5. Signals and purposes: a leader who "has signalled" a future approval (en, de, fr, it)
   plans it; "La decisione punta a rafforzare l'indipendenza dagli Stati Uniti" states a
   purpose, and a state after "from" (dagli, von) is no agent. Contrast: the approval
   itself; the ban the purpose follows.
6. Chronicle openers: "Depuis plusieurs années", "For several years", "Seit mehreren
   Jahren" with a habitual present tell what has long been so. Contrast: "Depuis lundi"
   (since Monday) with the same present is news.
7. A firm discloses that its government notified it of a new licence requirement, under
   a headline about the charge it books: the requirement is the news. Contrast: a results
   story that blames curbs imposed last year; a notification told as last year's.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


def chips(analyzer: Analyzer, title: str, body: str = "") -> set[str]:
    """The chips tagged in one article."""
    tags = analyzer.tagger.tag(title, body)
    return {m.name for m in tags.mentions if m.type == "chip"}


# ------------------------------------------------------------ 1. numbered members of a line


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Huawei sets out its accelerator plan",
            "The Ascend 950PR, 950DT, 960 and 970 follow each other until 2028.",
        ),
        ("华为公布芯片计划", "华为称昇腾950PR、950DT、960和970将在三年内陆续推出。"),
    ],
)
def test_the_members_of_a_numbered_line_are_each_tagged(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = chips(analyzer, title, body)
    assert {"Ascend 950PR", "Ascend 950DT", "Ascend 960", "Ascend 970"} <= found, found
    assert "Ascend 950" not in found, found


@pytest.mark.parametrize(
    "body",
    ["The firm shipped 960 servers last year.", "该公司去年营收960亿元，同比增长970%。"],
)
def test_a_bare_number_without_its_family_is_no_chip(analyzer: Analyzer, body: str) -> None:
    assert not chips(analyzer, "Quarterly results", body)


@pytest.mark.parametrize(
    "body",
    ["AMD said its MI325 accelerators are in volume production.", "AMD表示，其MI325加速器已量产。"],
)
def test_an_accelerator_named_without_its_suffix_is_tagged(analyzer: Analyzer, body: str) -> None:
    assert "MI325X" in chips(analyzer, "AMD update", body)


# ------------------------------------------------ 2. the US bureau's Chinese name


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "商務部工業與安全局擴大晶片管制",
            "商務部工業與安全局週二宣布，對先進晶片實施新的出口管制。",
        ),
        ("商务部工业安全局发布芯片新规", "商务部工业安全局周二宣布，对先进芯片实施新的出口管制。"),
        (
            "美国商务部工业与安全局收紧芯片出口",
            "美国商务部工业与安全局周二宣布，对先进芯片实施新的出口管制。",
        ),
    ],
)
def test_the_us_bureau_named_in_chinese_acts_for_the_us(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("US", "tightening"))


def test_mofcom_alone_stays_china(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "商务部宣布对镓锗实施出口管制",
        "商务部周二宣布，对镓、锗相关物项实施出口管制。",
        ("CN", "tightening"),
    )


# ------------------------------------------------ 3. the other state as a modifier


_US_ACT = " The U.S. Commerce Department on Monday imposed new export controls on advanced chips."


@pytest.mark.parametrize(
    "title",
    ["China opposes new US export controls on chips", "China slams U.S. chip curbs"],
)
def test_a_reaction_to_the_other_states_measure_is_no_news(analyzer: Analyzer, title: str) -> None:
    body = "A commerce ministry spokesperson said Beijing firmly opposes the measures." + _US_ACT
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    "title",
    [
        "US imposes new export controls on chips; China protests",
        "China protests as US imposes curbs on chips",
    ],
)
def test_a_headline_stating_the_act_stays_news(analyzer: Analyzer, title: str) -> None:
    body = _US_ACT.strip() + " Beijing said it firmly opposes the measures."
    check(analyzer, title, body, ("US", "tightening"))


# ------------------------------------------------ 4. Chinese proposals and status


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("美國國會推法案限制晶片出口", "美國國會正推動法案，限制晶片製造商向中國出口先進晶片。"),
        ("美议员推动立法收紧芯片出口", "多名美国议员正推动法案，要求限制先进芯片对华出口。"),
        ("华盛顿对芯片出口许可仍然谨慎", "迄今為止，華盛頓僅批准了少量先進晶片對華出口許可。"),
        (
            "美国考虑限制H20芯片出口",
            "知情人士称，美国政府正在考虑限制H20芯片对华出口。美国近期也将多家中国企业列入实体清单。",
        ),
    ],
)
def test_a_chinese_proposal_or_status_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "美国商务部批准H20出口许可",
            "美国商务部周二批准了H20芯片对华出口许可。",
            ("US", "easing"),
        ),
        (
            "美国将12家中国企业列入实体清单",
            "美国商务部周二宣布，将12家中国企业列入实体清单。",
            ("US", "tightening"),
        ),
    ],
)
def test_a_chinese_decision_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


# ------------------------------------------------ 5. signals and purposes


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Trump and the chip trade",
            "Trump has signalled that he will allow sales of H200 chips to China.",
        ),
        (
            "Trump und die Chips",
            "Trump hat signalisiert, künftig den Export von H200-Chips nach China zu genehmigen.",
        ),
        (
            "Trump et les puces",
            "Trump a laissé entendre qu'il autorisera la vente de puces H200 à la Chine.",
        ),
        (
            "Trump e i chip",
            "Trump ha lasciato intendere che autorizzerà la vendita di chip H200 alla Cina.",
        ),
    ],
)
def test_a_signalled_approval_is_a_plan(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


def test_a_purpose_from_the_other_state_credits_it_nothing(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Pechino vieta i chip Nvidia",
        "La Cina ha vietato l'acquisto di chip Nvidia. "
        "La decisione punta a rafforzare l'indipendenza dagli Stati Uniti.",
    )
    assert {(e.jurisdiction, e.direction) for e in found if e.primary} == {("CN", "tightening")}
    assert not any(e.jurisdiction == "US" for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Trump approves chip sales", "Trump approved the sale of H200 chips to China on Monday."),
        (
            "Trump genehmigt Chipexporte",
            "Trump hat am Montag den Export von H200-Chips nach China genehmigt.",
        ),
    ],
)
def test_the_approval_itself_stays_news(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, ("US", "easing"))


# ------------------------------------------------ 6. chronicle openers


@pytest.mark.parametrize(
    "body",
    [
        "Depuis plusieurs années, Washington impose des restrictions sur les exportations "
        "de puces avancées vers la Chine.",
        "For several years, Washington has restricted exports of advanced chips to China.",
        "Seit mehreren Jahren beschränkt Washington den Export von Hochleistungschips nach China.",
        "Da diversi anni Washington limita le esportazioni di chip avanzati verso la Cina.",
    ],
)
def test_a_since_years_chronicle_is_background(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Chips and China", body, None)


def test_since_a_named_day_stays_news(analyzer: Analyzer) -> None:
    body = (
        "Depuis lundi, Washington impose des restrictions sur les exportations "
        "de puces avancées vers la Chine."
    )
    check(analyzer, "Les puces et la Chine", body, ("US", "tightening"))


# ------------------------------------------------ 7. a requirement the firm was notified of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Nvidia to book $4 billion charge on China curbs",
            "Nvidia disclosed on Tuesday that the US government informed it that it had "
            "imposed a new license requirement on exports of its H20 chips to China. It expects "
            "a charge of about $4 billion.",
        ),
        (
            "エヌビディア、40億ドルの費用計上へ",
            "米エヌビディアは15日、H20の対中輸出について米政府から輸出許可が必要との通知を"
            "受けたと明らかにした。これに伴い約40億ドルの費用を計上する。",
        ),
    ],
)
def test_a_requirement_the_firm_was_notified_of_is_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("US", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "The chipmaker reported lower quarterly revenue, citing US export restrictions "
        "imposed last year.",
        "The chipmaker said last year the US government informed it that it had imposed a "
        "license requirement on exports of its H20 chips to China.",
    ],
)
def test_a_results_story_about_old_curbs_stays_background(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Chipmaker revenue falls on export curbs", body, None)
