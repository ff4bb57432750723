"""What a disclosure tells: past figures, or an act confirmed now (issue 11, round 21).

Chinese (both scripts), Japanese and Korean shapes of a blind held-out set, our words:

1. Licences counted with their value over a past period ("文件显示…供应商从去年11月到今年
   4月获得了价值上千亿美元的许可证", "113건 … 610억 달러 규모") are statistics, not a grant.
   Contrast: a ministry granting licences now ("已批准了若干出口申请").
2. An act confirmed now ("…허가한 것으로 확인됐다", "…許可していたことが明らかになった"):
   the confirmation makes a recent act news, and a headline's "첫 허가" (first licence
   after a tightening) is the grant, the tightening its background. Contrast: an earlier
   tightening that a sentence only recalls.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "文件显示华为供应商半年获批逾千亿美元出口许可",
            "国会委员会公布的文件显示，从去年11月到今年4月，华为的美国供应商共获得了300多张"
            "出口许可证，涉及价值上千亿美元的产品。其中芯片供应商的获批比率超过九成。",
        ),
        (
            "美国批准逾百项对华为出口许可",
            "路透社看到的文件显示，美国商务部批准了113项涉及华为的出口许可证，总价值610亿美元。",
        ),
        (
            "미 상무부, 화웨이 공급업체에 수출 허가 113건…610억 달러 규모",
            "의회에 제출된 자료에 따르면 미국 상무부는 지난해 화웨이 공급업체들에 113건의 수출 "
            "허가를 승인했다. 허가 규모는 610억 달러에 달한다.",
        ),
        (
            "米商務省、ファーウェイ向け輸出許可を113件承認",
            "米商務省はファーウェイの取引先向けの輸出許可を113件、総額610億ドル分承認した。",
        ),
    ],
)
def test_licences_counted_with_their_value_are_statistics(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary], brief(found)


def test_one_grant_with_its_value_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "美国批准英伟达一项出口许可",
        "美国商务部批准了一项价值50亿美元的英伟达芯片对华出口许可。",
        ("US", "easing"),
    )


def test_licences_granted_now_stay(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "商务部：已批准部分企业的镓出口申请",
        "商务部新闻发言人表示，经依法审核，商务部已批准了符合规定的若干镓出口申请，有关企业"
        "已获得出口许可证。",
        ("CN", "easing"),
    )


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "일본, 포토레지스트 수출 규제 강화 후 첫 허가",
            "일본 정부가 지난달 한국 기업에 대한 포토레지스트 수출을 허가한 것으로 확인됐다. "
            "수출 규제를 강화한 지 한 달 만이다.",
        ),
        (
            "일본, 불화수소 수출 허가",
            "일본이 한국을 대상으로 고순도 불화수소 수출을 허가한 것으로 확인됐다.",
        ),
        (
            "日本政府、レジストの韓国向け輸出を初めて許可",
            "政府が先月、韓国向けのレジストの輸出を許可していたことが明らかになった。",
        ),
    ],
)
def test_an_act_confirmed_now_is_news(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    main = {(e.jurisdiction, e.direction) for e in found if e.primary}
    assert main == {("JP", "easing")}, brief(found)


def test_a_recalled_tightening_stays_background(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "반도체 소재 업계, 日 규제 대응 분주",
        "일본이 지난달 한국에 대한 반도체 소재 수출 규제를 강화한 이후 업계의 대응이 바빠졌다.",
    )
    assert not [e for e in found if e.primary], brief(found)
