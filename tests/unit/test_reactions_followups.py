"""Stories that follow a measure without taking one (issue 11, round 21).

Chinese (both scripts), Japanese and Korean shapes of a blind held-out set, our words:

1. A firm's response headline ("英伟达回应反垄断调查…", "輝達回應…重申依法合規"): the probe
   it answers is the story's background.
2. A legislator objecting to a measure ("美议员反对放宽…", "…위원장, … 재개에 반대"): he takes
   no act, and the measure he objects to is not the day's news.
3. States urging another to refrain ("…관세 자제 촉구", "…見送りを求める"): a plea states
   no act, and the pleading state is not the actor of the measure it pleads against.
4. A clarification headline: the measure as the subject of "is not a ban" ("…实施出口管制
   不是禁止出口", "輸出管理は輸出禁止ではない", "…수출 금지 아냐"): a follow-up that
   explains a measure announced before, not the measure.

Contrasts: a measure's own headline with a reaction after it; a measure announced with
its terms.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # 1. a firm responds
        (
            "英伟达回应反垄断调查：坚持依法合规经营",
            "日前英伟达遭市场监管总局启动反垄断调查，英伟达发言人15日回应称，公司在各方面都"
            "遵守法律，并将配合监管部门的工作。",
        ),
        (
            "輝達回應陸反壟斷調查 重申依法合規",
            "輝達日前遭大陸監管機關啟動反壟斷調查，輝達發言人15日回應，重申公司一貫立場為"
            "「依法合規、配合審查」。",
        ),
        (
            '엔비디아, 中 반독점 조사에 반박 "모든 법 준수"',
            "중국 시장감독관리총국이 엔비디아에 대해 반독점 조사에 착수했다. 엔비디아는 모든 법을 "
            "준수하고 있다고 밝혔다.",
        ),
        (
            "エヌビディア、中国の独禁法調査に反論「法令を順守」",
            "中国の国家市場監督管理総局はエヌビディアに対する独占禁止法違反の調査を始めたと発表"
            "した。エヌビディアは、すべての法令を順守していると表明した。",
        ),
        # 2. a legislator objects
        (
            "美议员反对放宽英伟达芯片对华出口",
            "美国众议院一名共和党议员致函商务部长，反对商务部近期放宽英伟达H20芯片对华出口。",
        ),
        (
            "美 하원 의원, 엔비디아 H20 중국 수출 재개에 반대",
            "미국 하원 중국특별위원회 위원장이 상무장관에게 보낸 서한에서 엔비디아 H20 칩의 "
            "중국 수출 재개에 반대한다고 밝혔다. 그는 상무부가 H20 수출을 금지한 것은 옳은 "
            "결정이었다고 강조했다.",
        ),
        # 3. states urge restraint
        (
            "한국·일본·대만, 美 반도체 관세 자제 촉구",
            "한국과 일본, 대만 정부가 미국이 검토 중인 반도체 관세를 부과하지 말 것을 촉구하는 "
            "의견서를 제출했다. 한국 산업통상자원부는 의견서에서 반도체 수입 제한 조치가 도입될 "
            "경우 공급망이 불안해질 수 있다고 밝혔다.",
        ),
        (
            "日本政府、米国に半導体関税の見送りを要請",
            "日本政府は、米国が検討している半導体への追加関税について、発動を見送るよう求める"
            "意見書を提出した。米国が半導体の輸入制限措置を導入すれば供給網が不安定になると"
            "指摘した。",
        ),
    ],
)
def test_a_reaction_by_an_actor_that_takes_no_measure_is_no_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary], brief(found)


def test_a_pleading_state_is_not_the_measures_actor(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "한국 정부, 미국에 반도체 관세 자제 촉구",
        "한국 정부는 미국 정부에 반도체 수입 제한 조치를 도입하지 말 것을 촉구했다.",
    )
    assert not any(e.jurisdiction == "KR" for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "商务部：对稀土相关物项实施出口管制不是禁止出口",
            "商务部、海关总署9日发布公告，宣布对部分稀土相关物项实施出口管制。商务部新闻发言人"
            "12日在例行发布会上表示，出口管制不是禁止出口，对于符合规定的申请将予以许可。",
        ),
        (
            "中国商務省「輸出管理は輸出禁止ではない」 ガリウム規制で説明",
            "中国商務省は3日、ガリウムとゲルマニウムの関連品目に輸出管理を実施すると発表した。"
            "同省の報道官は6日の記者会見で、輸出管理は輸出禁止ではなく、規定に合う輸出は許可する"
            "と述べた。",
        ),
        (
            '中 상무부 "갈륨 수출통제는 수출 금지 아냐"',
            "중국 상무부는 지난 3일 갈륨·게르마늄 관련 품목에 대한 수출 통제를 발표했다. 상무부 "
            "대변인은 6일 정례 브리핑에서 수출 통제는 수출 금지가 아니며 규정에 맞는 수출은 "
            "허가할 것이라고 말했다.",
        ),
    ],
)
def test_a_clarification_of_an_announced_measure_is_no_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary], brief(found)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "美国宣布对进口芯片加征关税 韩国政府表示遗憾",
            "美国政府宣布对进口半导体加征25%关税。韩国政府对此表示遗憾。",
            ("US", "tightening"),
        ),
        (
            "美国商务部批准英伟达恢复向中国出口H20芯片",
            "美国商务部已批准英伟达恢复向中国出口H20芯片。众议院一名议员表示反对。",
            ("US", "easing"),
        ),
        (
            "商务部：对镓、锗相关物项实施出口管制",
            "商务部、海关总署3日发布公告，决定自8月1日起对镓、锗相关物项实施出口管制。",
            ("CN", "tightening"),
        ),
        (
            "商务部：已批准部分镓锗出口申请",
            "商务部新闻发言人表示，经依法审核，商务部已批准了符合规定的若干镓、锗出口申请，"
            "有关企业已获得两用物项出口许可证。",
            ("CN", "easing"),
        ),
    ],
)
def test_a_measure_with_a_reaction_after_it_stays(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
