"""Acts still ahead in Chinese, Japanese and Korean; a firm's own approval claim (round 37).

Own sentences. A measure being prepared ("准备", Traditional "準備") or due "soon"
("将于近期"), a Japanese arrangement under way ("…で調整", "…調整に入った"), a Korean
forecast by observers ("…할 것으로 관측된다", "…발표를 2주 후로 예상했다") tell no act
taken. A firm's claim that all its designs are approved ("own_approval_claims") is the
firm talking, not a state's grant. The contrasts stay events: the act stated done.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "米、対中半導体規制の発表を準備",
            "米商務省は中国向けAI半導体の新たな輸出規制の発表を準備している。",
        ),
        (
            "미 상무부, 대중 반도체 수출 통제 발표 준비",
            "미 상무부는 중국에 대한 반도체 수출 통제 발표를 준비하고 있다.",
        ),
        ("美国准备在近日加强对华芯片限制", "美国政府准备在近日加强对华芯片出口限制。"),
    ],
)
def test_a_measure_whose_announcement_is_prepared_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "米、対中半導体規制を強化",
            "米商務省は中国向け半導体の輸出規制を強化し、企業は代替調達を準備している。",
        ),
        (
            "미국, 대중 반도체 수출 통제 강화",
            "미 상무부는 중국에 대한 반도체 수출 통제를 강화했다. 기업들은 대응을 준비하고 있다.",
        ),
        ("中国对镓锗实施出口管制", "商务部宣布对镓、锗相关物项实施出口管制，企业已做好准备。"),
    ],
)
def test_firms_preparing_after_the_act_leave_it_an_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, (("CN" if "镓" in title else "US"), "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("美国准备收紧对华芯片出口管制", "美国商务部准备收紧对华AI芯片出口管制。"),
        ("美国正准备收紧对华芯片出口管制", "美国商务部正准备收紧对华AI芯片出口管制。"),
        ("美國正準備收緊對華晶片出口管制", "美國商務部正準備收緊對華AI晶片出口管制。"),
        ("美国将于近期收紧对华芯片出口管制", "美国商务部将于近期收紧对华AI芯片出口管制。"),
        (
            "美国商务部在准备新限制的同时与企业沟通",
            "美国商务部在准备收紧对华AI芯片出口限制的同时，与多家企业沟通。",
        ),
        (
            "米商務省、対中AI半導体規制の強化で調整",
            "米商務省は中国向けAI半導体の輸出規制を強化する方向で調整している。",
        ),
        (
            "米、対中AI半導体の輸出規制強化で調整",
            "米政府は中国向けAI半導体の輸出規制の強化に向けて調整に入った。",
        ),
        (
            "미국, 대중 AI 칩 수출 통제 강화",
            "미국 상무부가 중국에 대한 AI 칩 수출 통제를 강화할 것으로 관측된다.",
        ),
        (
            "미 상무부, 대중 AI 칩 수출 규제 2주 후 발표",
            "업계는 미 상무부의 대중 AI 칩 수출 규제 발표를 2주 후로 예상했다.",
        ),
    ],
)
def test_a_measure_prepared_arranged_or_foreseen_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("美国收紧对华芯片出口管制", "美国商务部周一收紧对华AI芯片出口管制。"),
        ("美国宣布限制对华AI芯片出口", "美国商务部已宣布对华AI芯片出口限制。"),
        ("美國宣布限制對華AI晶片出口", "美國商務部已宣布對華AI晶片出口限制。"),
        (
            "米、対中AI半導体の輸出規制を強化",
            "米商務省は17日、中国向けAI半導体の輸出規制を強化した。",
        ),
        (
            "米、対中半導体輸出規制強化へ",
            "米商務省は17日、中国向けAI半導体の輸出規制を強化したと発表した。",
        ),
        (
            "미국, 대중 AI 칩 수출 통제 강화",
            "미국 상무부는 중국에 대한 AI 칩 수출 통제를 강화했다.",
        ),
        ("미국, 대중 AI 칩 수출 금지", "미국 상무부는 중국에 대한 AI 칩 수출을 금지했다."),
    ],
)
def test_the_act_stated_done_stays_an_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, ("US", "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("英伟达称其设计均获批准", "英伟达表示，其所有设计均已获得美国主管机关的全面批准。"),
        ("輝達：所有設計均獲主管機關全面批准", "輝達表示，其所有設計均獲主管機關全面批准。"),
        (
            '엔비디아 "모든 설계, 당국 승인"',
            "엔비디아는 중국용 칩 설계가 모두 미국 당국의 승인을 받았다고 밝혔다.",
        ),
        (
            "エヌビディア、全製品が当局の承認済みと説明",
            "エヌビディアは、同社の設計はすべて当局から全面的に承認されていると述べた。",
        ),
        (
            "Nvidia: all our designs fully approved by US authorities",
            "Nvidia said its designs for China were fully approved by the Commerce Department.",
        ),
    ],
)
def test_a_firms_claim_that_its_range_is_approved_is_no_grant(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_a_grant_of_one_product_stays_an_easing(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "US approves Nvidia H20 sales to China",
        "The Commerce Department approved licences for Nvidia to sell its H20 chips to China.",
        ("US", "easing"),
    )


def test_a_word_straddling_zhunbei_is_no_preparation(analyzer: Analyzer) -> None:
    """ "标准备案" (a standard's filing) holds 准备 across two words: no plan there."""
    check(
        analyzer,
        "美国限制对华芯片出口",
        "美国商务部周一依据标准备案要求限制对华AI芯片出口。",
        ("US", "tightening"),
    )


@pytest.mark.parametrize(
    "title",
    [
        "米、対中AI半導体の輸出規制強化で調整",
        "米、対中AI半導体の輸出規制強化へ調整",
        "米、対中AI半導体の輸出規制を強化する方向",
        "美国准备收紧对华AI芯片出口管制",
        "美國準備收緊對華AI晶片出口管制",
    ],
)
def test_a_headline_of_an_arrangement_or_a_preparation_is_no_act(
    analyzer: Analyzer, title: str
) -> None:
    check(analyzer, title, "", None)
