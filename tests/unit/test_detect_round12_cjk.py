"""Round 12, Chinese, Japanese and Korean: classes of a held-out set's errors, our sentences.

1. A measure pre-announced (預告), put to administrative pre-announcement (행정예고) or to
   public comment, and a story that withdraws such a pre-announcement: a proposal. Contrast:
   the notice amended and in force, and a decided rule whose details go out for comment.
2. A licence agreed while its terms are not accepted, a promise that a sale "will be
   allowed", an obligation to comply with a licence's terms, an export-licence review: no
   grant and no new duty. Contrast: a licence rule published and in force.
3. A spokesperson answering a reporter's question on another state's controls: the
   reacting state does not act, and the question's measure is its premise.
4. A brokerage's assessment of who gains from another state's curbs: an analysis.
5. An export-control law in force that names no chip, tool, material or firm. Contrast:
   a decision that cites such a law as its basis.
6. Recall: a ministry accepting a firm's filing to export a core chip technology, and a
   technology designated as a controlled class (its export needs approval).
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ---------------------------------------- 1. pre-announced, put to comment, withdrawn


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "經濟部預告晶圓輸往某國須先經核准",
            "經濟部今天預告修正公告，輸往該國的晶圓及記憶體等30項貨品，應先經經濟部核准才能"
            "出口，預告期六十天，最快明年初實施。",
        ),
        (
            "經濟部撤回晶片出口改採核准制預告",
            "經濟部表示，日前在網站公布的晶片輸出改採核准制預告尚未正式生效，經與外交部協商後"
            "決定暫停這項管制措施。",
        ),
        (
            "晶片出口管制喊停",
            "經濟部長受訪說明，上週公告的晶片輸出應事先核准一案，僅是預告程序前的資訊揭露，"
            "已決議暫停。",
        ),
        (
            "산업부, 전략물자 고시 개정안 행정예고",
            "산업통상자원부는 AI반도체 관련 품목 5종을 수출허가 대상에 추가하는 전략물자 수출입"
            "고시 개정안을 행정예고한다고 밝혔다. 개정 고시는 내년 상반기 중 시행될 예정이다.",
        ),
        (
            "반도체 패키징 기술, 국가핵심기술 지정 추진",
            "정부는 첨단 반도체 패키징 기술을 국가핵심기술로 추가 지정하는 고시 개정안을 마련해 "
            "의견 수렴에 들어갔다.",
        ),
        (
            "経産省、半導体関連10品目を輸出管理の対象に",
            "経済産業省は先端半導体の検査装置など10品目を輸出管理の対象に加えると発表した。"
            "同日から意見公募を始め、夏に施行する予定だ。",
        ),
    ],
)
def test_a_pre_announced_measure_is_a_proposal(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "산업부, 전략물자 고시 개정안 시행…AI반도체 추가",
            "산업통상자원부는 12일 전략물자 수출입고시 개정안을 시행한다. 앞서 산업부는 지난해 "
            "행정예고를 통해 개정 절차에 착수한 바 있다. 이에 따라 AI반도체를 수출하려는 자는 "
            "산업부의 수출허가를 받아야 한다.",
            ("KR", "tightening"),
        ),
        (
            "経産省、先端半導体装置の輸出規制を正式決定",
            "経済産業省は、半導体製造装置の輸出規制を強化する省令を公布した。これまでパブリック"
            "コメントを求めてきたもので、9月1日に施行される。",
            ("JP", "tightening"),
        ),
        (
            "",
            "商务部宣布对部分半导体材料实施出口管制，并就实施细则公开征求意见。",
            ("CN", "tightening"),
        ),
    ],
)
def test_an_enacted_measure_stays_an_act(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


# ---------------------------- 2. a licence pending, promised, complied with, reviewed


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "美同意讓陸企購買輝達晶片 條件未定",
            "報導指出，美國政府已同意允許阿里巴巴購買輝達的H200晶片，但輝達尚未接受美方提出的"
            "客戶審查條件，雙方仍在談判。",
        ),
        (
            "美商務部長：輝達須遵守對陸銷售許可條款",
            "美國商務部長在國會聽證會上表示，輝達向中國出售H200時必須遵守許可條款，這些條款由"
            "商務部與國務院共同制定。",
        ),
        (
            "",
            "美国总统本周表示，他将允许英伟达向中国出售H200芯片，但政府要抽取一定比例的收入。",
        ),
        (
            "美商務部啟動H200出口審查",
            "知情人士說，美國商務部已啟動對輝達H200晶片的出口審查，申請案已送交其他部門審核。",
        ),
    ],
)
def test_a_licence_not_yet_granted_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


def test_a_licence_rule_published_stays_an_easing(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "美國正式放行輝達H200晶片出口中國",
        "美國商務部週二發布規定，正式允許輝達H200晶片出口中國，銷往中國的數量不得超過美國"
        "客戶的一半。",
        ("US", "easing"),
    )


# -------------------------------- 3. a spokesperson's answer on another state's controls


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "美升级对华芯片管制 商务部回应",
            "有记者就美国商务部近日升级对华芯片出口管制一事提问。商务部新闻发言人表示，中方注意"
            "到相关情况，美方泛化国家安全概念，希望美方立即纠正错误做法，中方将采取必要措施。",
        ),
        (
            "",
            "外交部发言人回应说，据报道美方最早将于下月出台新的芯片出口限制，中方对此坚决反对。",
        ),
    ],
)
def test_a_reaction_to_another_states_controls_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary], brief(found)


def test_a_retaliation_announced_by_the_reacting_state_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "商务部宣布对美国部分芯片企业实施出口管制",
        "针对美方滥用出口管制，商务部10日宣布，自即日起将5家美国芯片企业列入出口管制管控名单，"
        "禁止向其出口两用物项。",
        ("CN", "tightening"),
    )


# ------------------------------------------------------------------- 4. an analysis


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            '하나증권 "中 희토류 수출 규제, 국내 소재주 수혜 전망"',
            "하나증권은 중국의 희토류 수출 규제로 국내 소재 업체들이 반사이익을 볼 것이라고 "
            "분석했다. 중국 정부는 지난주 희토류 7종에 대한 수출 허가제를 도입했다.",
        ),
        (
            "",
            "대신증권 연구원은 미국이 중국산 레거시 반도체를 규제할 경우 삼성전자가 수혜를 볼 "
            "것으로 전망했다.",
        ),
    ],
)
def test_a_brokerage_analysis_is_no_news(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


def test_measure_news_quoting_an_analyst_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "중국, 갈륨 수출 통제 발표",
        "중국 상무부는 3일 다음 달부터 갈륨과 게르마늄을 수출 통제 대상에 포함한다고 발표했다. "
        "한 증권사 연구원은 국내 업체의 영향은 제한적일 것이라고 분석했다.",
        ("CN", "tightening"),
    )


# -------------------------------------------------------- 5. a law without chips


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "中国の輸出管理条例、来月施行",
            "中国国務院は軍民両用品目の輸出管理条例を公布し、来月1日から施行する。対象品目を輸出"
            "する企業は商務部門に許可を申請しなければならない。",
        ),
        (
            "",
            "中国の全人代常務委員会は輸出管制法を可決し、同法は12月1日から施行される。",
        ),
    ],
)
def test_a_law_naming_no_chip_is_no_chip_measure(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


def test_a_decision_citing_a_law_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "",
        "商务部根据《出口管制法》决定，自即日起禁止向某国军事用户出口两用物项。",
        ("CN", "tightening"),
    )


# ------------------------------------------ 6. recall: core technology accepted, designated


@pytest.mark.parametrize(
    "body",
    [
        "산업통상자원부는 SK하이닉스의 중국 공장 증설을 위한 D램 국가핵심기술 수출신고 건을 검토한 "
        "후, 9일 이를 최종 수리했다.",
        "지식경제부는 삼성전자의 낸드플래시 국가핵심기술 수출 신고를 심의한 뒤 이를 승인했다.",
    ],
)
def test_a_core_technology_export_accepted_is_an_approval(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("KR", "easing"))


def test_goods_added_to_the_strategic_list_in_force_are_a_licence_duty(
    analyzer: Analyzer,
) -> None:
    check(
        analyzer,
        "산업부, 반도체 장비 전략물자 추가 고시 개정 시행",
        "산업통상자원부는 반도체 장비 5종을 전략물자에 추가하는 고시 개정안을 오늘부터 "
        "시행한다고 밝혔다. 지난달 행정예고를 거쳤다.",
        ("KR", "tightening"),
    )


def test_a_technology_designated_as_core_is_a_licence_duty(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "",
        "산업통상자원부는 HBM 설계·공정 기술을 국가핵심기술로 신규 지정했다고 밝혔다. 관련 고시 "
        "개정안은 다음 달 시행한다.",
        ("KR", "tightening"),
    )


def test_a_duty_told_as_the_laws_content_is_no_new_measure(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "산업부는 삼성전자의 낸드 기술 수출신고를 수리했다. 한편 관련 법률상 국가핵심기술 수출은 "
        "정부의 승인을 받아야 한다.",
    )
    main = {(e.jurisdiction, e.action, e.direction) for e in found if e.primary}
    assert ("KR", "license", "tightening") not in main, brief(found)
    assert ("KR", "approve", "easing") in main, brief(found)
