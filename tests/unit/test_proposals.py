"""Chinese, Japanese and Korean stories that state no act (``proposals.py``), own sentences.

Pre-announced measures, rules put to comment and drafts, licences not yet granted,
brokerage analyses and share-price or research stories, a law naming no chip, trade
stopped under a ban, a review before an approval, a legislature's bill and a status
("so far only a few approved"). Contrasts: the enacted measure, the decision after a
review, the investigation opened. Written in issue 11's rounds 12 to 14.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, dated, events, main_of

# ------------------------ round 12 (zh, ja, ko), class 1: pre-announced, put to comment, withdrawn


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


# ------------ round 12 (zh, ja, ko), class 2: a licence pending, promised, complied with, reviewed


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


# ----------------------------------------------------- round 12 (zh, ja, ko), class 4: an analysis


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


# --------------------------------------------- round 12 (zh, ja, ko), class 5: a law without chips


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


# ------------------------- round 13 (zh, ja, ko), class 3: share prices and rated research reports


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "半導体関連株が軒並み安、米の対中規制強化報道を嫌気",
            "半導体製造装置株が朝から売られた。米政権が同盟国に対中輸出規制の強化を求めると"
            "報じられ、中国売上高の比率が高い銘柄に売りが広がった。",
        ),
        (
            "电子行业点评：美国升级芯片出口管制，国产替代加速",
            "证券研究报告，评级：推荐（维持）。美国近日出台对华AI芯片出口限制新规，短期或影响"
            "部分厂商供货，中长期国产算力自主可控大势所趋。",
        ),
    ],
)
def test_a_market_story_or_research_report_is_context(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_a_measure_headline_without_a_market_cue_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "米商務省、中国企業20社を輸出規制リストに追加",
        "米商務省は12日、中国の半導体関連企業20社をエンティティーリストに追加したと発表した。",
        ("US", "tightening"),
    )


# ---------------------------------------- round 13 (zh, ja, ko), class 4: stopping trade, a review


def test_stopping_trade_under_way_is_part_of_the_ban(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "中国、米企業5社への両用品目輸出を禁止",
        "中国商務部は5社を輸出管理リストに追加すると決めた。5社への両用品目の輸出を禁止し、"
        "現在実施中の輸出活動も即時停止する。",
    )
    assert any(e.primary and e.direction == "tightening" for e in found), brief(found)
    assert not any(e.direction == "easing" for e in found), brief(found)


def test_a_review_before_an_approval_is_no_investigation(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "市场监管总局附条件批准芯片企业收购案",
        "市场监管总局发布公告，经审查，决定附加限制性条件批准某芯片企业收购另一家芯片设计公司。",
    )
    assert any(e.primary and e.action == "approve" for e in found), brief(found)
    assert not any(e.action == "investigate" for e in found), brief(found)


def test_an_investigation_opened_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "市场监管总局对某芯片企业立案调查",
        "市场监管总局依法对某美国芯片企业涉嫌违反反垄断法立案调查。",
        ("CN", "tightening"),
    )


# ---------------------------------------------------------- round 14 (zh, ja, ko), class 5: drafts


def test_a_rule_put_to_comment_in_traditional_script_is_a_draft(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "路透：台灣擬收緊雙用途技術出口管制",
        "《路透》報導，台灣將進一步收緊對雙用途技術的出口管制，範圍涵蓋先進半導體設備。經濟部"
        "將啟動為期60天的檢視期，徵詢相關產業意見，之後公布最終規則。",
        "2025-11-18",
    )
    assert not main_of(found), brief(found)


def test_a_measure_from_a_named_day_beside_a_public_comment_stays(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "経産省、韓国向け半導体材料の輸出管理を厳格化",
        "経済産業省は1日、半導体材料3品目を7月4日より包括輸出許可の対象から除外することを"
        "発表した。\nまた、ホワイト国からの除外に向けて7月1日から24日までパブリックコメントを"
        "募集する。",
        "2019-07-01",
    )
    assert ("JP", "tightening") in main_of(found), brief(found)


def test_a_draft_alone_stays_a_draft(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "経産省、半導体製造装置の輸出管理強化案を公表",
        "経済産業省は、半導体製造装置23品目を輸出管理の対象に追加する省令案を発表し、"
        "パブリックコメントの募集を開始した。",
        "2023-03-31",
    )
    assert not main_of(found), brief(found)


# ------------------------------------------------ round 14 (zh, ja, ko), class 6: what came before


@pytest.mark.parametrize(
    ("title", "body", "day"),
    [
        ("", "美国政府13日正式批准英伟达向中国销售H200芯片之后,出现了这项最新进展。", "2026-01-15"),
        ("", "이번 조치는 앞선 미국의 반도체 규제 강화에 따른 보복 조치다.", "2023-07-05"),
        (
            "",
            "当局はエヌビディアが中国企業を差別しないことを条件に承認したが、今回、同社が条件に"
            "違反したと判断した。",
            "2025-09-17",
        ),
        ("知情人士：美国正制定禁止接收关键设备的中国芯片厂名单", "", "2024-03-29"),
        (
            "엔비디아, 中 반독점 조사 확대에 장전 2% 하락",
            "엔비디아가 중국 시장규제당국의 반독점 조사 연장 소식에 장전 거래에서 2% 하락했다. "
            "이번 조사는 엔비디아의 멜라녹스 인수와 관련된 것이다.",
            "2025-09-15",
        ),
    ],
)
def test_what_came_before_or_is_only_drafted_is_no_news(
    analyzer: Analyzer, title: str, body: str, day: str
) -> None:
    found = dated(analyzer, title, body, day)
    assert not main_of(found), brief(found)


def test_a_decision_after_a_review_stays(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "",
        "商务部在审查之后决定对相关美国企业实施出口管制。",
        "2025-01-02",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)


# ---------------------------------- round 14 (held-out set), class 4: Chinese proposals and status


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


# ---------- round 26 (issue 11): a measure invoked (発動, 발동) is enacted


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # the act invoked, another measure's public comment told after it
        (
            "韓国向け半導体材料、輸出規制強化を発動",
            "政府は4日、韓国向けの半導体材料の輸出規制強化を発動した。さらに、別の優遇措置の"
            "見直しについては意見公募を経て8月中に改正する方針だ。",
            ("JP", "tightening"),
        ),
        (
            "정부, 일본 향 반도체 소재 수출규제 발동",
            "정부는 4일 일본에 대한 반도체 소재 수출규제를 발동했다. 다른 품목은 행정예고를 "
            "거쳐 다음 달 확정할 방침이다.",
            ("KR", "tightening"),
        ),
        # contrasts: a draft put to comment, and an invocation still planned
        (
            "半導体装置の輸出規制強化へ 省令案の意見公募を開始",
            "経済産業省は、半導体製造装置23品目を輸出管理の対象に加える省令案について意見公募を"
            "始めた。",
            None,
        ),
        (
            "半導体材料、輸出規制強化を発動へ",
            "政府は韓国向けの半導体材料の輸出規制強化を発動する方針だ。規制案について意見公募を"
            "行う。",
            None,
        ),
    ],
)
def test_a_measure_invoked_is_enacted_beside_a_draft(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)
