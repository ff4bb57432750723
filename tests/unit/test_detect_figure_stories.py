"""Stories whose news is a figure, a verdict or a firm's business, not a state's act (issue 11).

Round 30. A headline telling a trade figure of a period ("germanium exports fell to zero in
March", "Japan exportierte im Juni kein Germanium", "輸出、4月もほぼ停止"), a headline
weighing a known measure ("<measure> is a mixed blessing", "<ban> won't deter buyers"), a
Korean feature tag opened by a month ("[3월 기획특집]"), a firm's result in the singular
("<firm> tem resultado fraco") and buyers stocking up under a firm's name: the controls
the body restates are the premise. Contrasts: a headline that states the act keeps it.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, dated, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Germanium exports fell to zero in March as licences stall",
            "China restricted exports of germanium under a licence regime. Customs figures"
            " published on Monday show no shipments left the country in March.",
        ),
        (
            "Japan: Germanium-Exporte im Juni auf null gesunken",
            "Japan hat im Juni kein Germanium exportiert. Die Ausfuhren bleiben"
            " eingeschränkt, seit die Regierung Genehmigungen verlangt.",
        ),
        (
            "Lange Wartezeiten: China exportiert im Oktober kein Gallium",
            "China hat im Oktober kein Gallium exportiert. Grund sind die"
            " Exportkontrollen, die seit dem Sommer gelten.",
        ),
        (
            "中国のゲルマニウム輸出、4月もほぼ停止",
            "中国のゲルマニウム輸出は4月もほぼ停止した。中国は輸出規制を導入している。",
        ),
        (
            "商务部：对锗实施管制以来，已累计收到数十份出口许可申请",
            "商务部新闻发言人表示，中国对锗相关物项实施出口管制，目前正在审核申请。",
        ),
    ],
)
def test_a_figure_headline_states_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "China bans germanium exports in March; prices fall",
            "China on Monday banned exports of germanium to the United States.",
            ("CN", "tightening"),
        ),
        (
            "China verbietet im Juni Gallium-Exporte",
            "China hat am Montag die Ausfuhr von Gallium in die USA verboten.",
            ("CN", "tightening"),
        ),
    ],
)
def test_a_headline_act_keeps_the_story(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Beijing's decision to restrict rare earth exports is a mixed blessing for miners",
            "China has restricted exports of rare earths used in chipmaking.",
        ),
        (
            "Washington's chip curbs won't deter Chinese buyers",
            "Beijing is reportedly blocking its largest platforms from buying Nvidia"
            " accelerators, a person familiar said on Tuesday.",
        ),
    ],
)
def test_a_verdict_on_a_known_measure_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


def test_a_monthly_feature_tag_heads_a_column(analyzer: Analyzer) -> None:
    title = "[3월 기획특집] 미국 반도체 수출 통제로 보는 공급망 재편"
    body = (
        "반도체 업계는 미국의 규제가 공급망에 부담이 된다고 밝혔다. "
        "정부 대변인은 규제 결정이 동맹국과 협의해 이루어진다고 덧붙였다."
    )
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)


def test_a_firms_result_in_the_singular(analyzer: Analyzer) -> None:
    title = "Tokyo Electron tem resultado fraco no trimestre"
    body = (
        "O governo dos EUA tem procurado limitar a capacidade da China, restringindo as"
        " exportações de equipamentos avançados de fabricação de chips."
    )
    check(analyzer, title, body, None)


def test_buyers_stocking_up_under_a_firms_name(analyzer: Analyzer) -> None:
    title = "AMD: Chinesische Cloud-Anbieter decken sich mit US-Chips ein"
    body = "Die US-Regierung verbietet die Ausfuhr der schnellsten Beschleuniger nach China."
    check(analyzer, title, body, None)


def test_a_year_in_the_opening_clause_dates_a_subjectless_act(analyzer: Analyzer) -> None:
    title = "中兴发布新款手机 芯片来源受关注"
    # a scraped page's half-width comma closes the opening clause
    body = "美国商务部2018年以国家安全风险为由,将中兴列入出口管制清单。"
    found = dated(analyzer, title, body, "2023-09-01")
    assert found, brief(found)
    assert not any(e.primary for e in found), brief(found)


def test_a_clause_with_its_own_actor_keeps_its_act(analyzer: Analyzer) -> None:
    body = "美国商务部2018年曾处罚中兴,美国商务部周一将另外十家企业列入实体清单。"
    found = dated(analyzer, "美国将十家企业列入实体清单", body, "2023-09-01")
    assert ("US", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            # round 31: a measure said to raise questions, the verdict's finite predicate
            "Washington's licence reversal on AI accelerators raises questions about security",
            "The Commerce Department has granted licences for shipments of the accelerators"
            " to China, the chipmaker said in a statement.",
        ),
        (
            "Lockerung der Exportkontrollen für KI-Chips wirft Fragen auf",
            "Das US-Handelsministerium hat die Ausfuhr der Beschleuniger nach China genehmigt.",
        ),
    ],
)
def test_a_measure_said_to_raise_questions_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_an_act_told_in_its_own_clause_before_the_questions_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "US grants licences for AI accelerator shipments to China; critics say it raises questions",
        "The Commerce Department granted licences on Monday for shipments of the accelerators"
        " to China.",
        ("US", "easing"),
    )
