"""Who acts when a firm or a topic-marked government is the subject (issue 11, round 21).

Chinese (both scripts), Japanese and Korean shapes of a blind held-out set, our words:

1. A firm as the subject of a directive verb: the firm tells its suppliers to pause
   work ("…英伟达已要求富士康、三星等供应商，暂停…", "エヌビディアは取引先に…停止するよう
   指示した", "엔비디아가 협력사에 … 중단하라고 지시했다"). No state acts; a state that
   only qualifies the firm ("美国芯片巨头英伟达") is not its actor. Contrast: a state
   telling firms to stop buying (a directive measure).
2. A government marked by a topic or subject particle acts; a state that only qualifies
   a firm later in the sentence does not ("オランダ政府は…中国の…聞泰科技傘下の…凍結",
   "荷兰政府…接管中国电子企业旗下的…，并暂停…").
3. The destinations after an export verb ("输出给俄罗斯、伊朗", "출하 대상") are never the
   actor of a predicate after them.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------------------------------------------ 1. a firm directs its own suppliers


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "英伟达传要求供应商停产H20",
            "消息人士透露，美国人工智能芯片龙头英伟达已要求富士康、三星电子和安靠等供应商，"
            "暂停H20芯片的相关生产作业。英伟达表示正在管理供应链。",
        ),
        (
            "輝達傳通知供應商暫停H20作業",
            "知情人士指出，美國晶片大廠輝達（NVIDIA）已要求鴻海、三星電子等供應商，"
            "暫停與H20晶片有關的生產。輝達拒絕進一步說明。",
        ),
        (
            "エヌビディア、H20の生産を一部停止",
            "米メディアによると、エヌビディアは中国市場向けAIチップ「H20」の生産を一部停止した。"
            "同社は取引先に対し、H20関連の製造工程を中断するよう指示したという。",
        ),
        (
            "엔비디아, 협력사에 H20 생산 중단 지시",
            "미국 반도체 기업 엔비디아가 삼성전자 등 부품 협력사에 중국용 AI 칩 H20의 생산을 "
            "중단하라고 지시했다고 외신이 보도했다.",
        ),
    ],
)
def test_a_firm_directing_its_suppliers_is_no_state_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary], brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "中国监管部门要求科技企业停止采购英伟达芯片",
            "据报道，中国网信办已要求字节跳动、阿里巴巴等企业停止采购英伟达RTX Pro 6000D芯片。",
        ),
        (
            "中国政府、国内企業にH20の購入停止を指示",
            "中国政府は国内のIT企業に対し、エヌビディアのH20の購入を停止するよう指示した。",
        ),
    ],
)
def test_a_state_telling_firms_to_stop_buying_stays(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("CN", "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            '엔비디아 "美 정부, H20 수출 허가"',
            "엔비디아는 미국 정부가 H20 칩의 중국 수출을 승인했다고 밝혔다.",
        ),
        (
            "英伟达称已获美国H20出口许可",
            "英伟达表示，美国政府已批准其向中国出口H20芯片的许可申请。",
        ),
    ],
)
def test_a_firm_reporting_its_governments_grant_keeps_the_state(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("US", "easing"))


# ------------------------------------------------ 2. the topic-marked government acts


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "オランダ政府、半導体企業の経営権を接収",
            "オランダ政府は9月末、中国の電子機器大手傘下の半導体メーカーの経営権を接収し、"
            "資産の移転を1年間凍結すると発表した。",
        ),
        (
            "オランダ政府、半導体メーカーの資産移転を凍結",
            "オランダ政府は9月末、中国の電子機器大手、聞泰科技傘下の半導体メーカーの経営権を"
            "接収し、1年間資産の移転を凍結すると発表した。",
        ),
        (
            "オランダ政府が中国系半導体メーカーの資産移転を凍結",
            "オランダ政府は、中国の聞泰科技が保有する半導体メーカーの資産の移転を凍結した。",
        ),
        (
            "荷兰接管一家芯片公司",
            "荷兰政府9月底宣布，接管中国电子企业旗下的一家芯片公司，并暂停其资产调整一年。",
        ),
        (
            "荷兰政府冻结安世半导体资产调整",
            "荷兰政府9月30日以国家安全为由，冻结了中国闻泰科技旗下安世半导体的资产调整。",
        ),
    ],
)
def test_the_topic_marked_government_acts_not_the_firms_state(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("NL", "tightening"))


# ------------------------------------------------ 3. destinations are never actors


def test_destinations_after_an_export_verb_are_no_actor(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "經濟部公告新增出口管制實體",
        "經濟部國際貿易署今日公告，新增42個實體列入戰略性高科技貨品出口實體管理名單，"
        "廠商若要將管制貨品輸出給俄羅斯、伊朗等地的這些實體，須先取得輸出許可。",
    )
    assert {e.jurisdiction for e in found} <= {"TW"}, brief(found)
    assert any(e.primary and e.jurisdiction == "TW" for e in found), brief(found)
