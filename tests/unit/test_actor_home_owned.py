"""A home word written onto a state's name is that state's government (issue 11, round 24).

In a Japanese or Korean paper a bare "政府" / "정부" with no state named before it is the
paper's own government (``home_anaphors``). Written onto a state's name it is that
state's: "米国政府から…中止するよう通達を受けた" is Washington's notice, and "미국 정부로부터
… 통보를 받았다" too. Before round 24 the home word matched inside "米国政府", and the
notice was credited to Japan. The Korean case held before (kept as coverage: "미국
정부" has a space, and no home word stands in its head). Our own sentences; a bare
"政府は" stays home.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    ("title", "body", "home"),
    [
        (
            "【米国】米国政府、半導体大手に対し中国向け出荷の制限を通達",
            "半導体大手は、9月2日、米国政府から中国への販売を中止するよう通達を受けたと発表した。"
            "同社の株価は下落した。",
            "JP",
        ),
        (
            "[미국] 미국 정부, 반도체 대기업에 중국 출하 제한 통보",
            "반도체 대기업은 2일 미국 정부로부터 중국에 대한 판매를 중단하라는 통보를 받았다고 "
            "밝혔다. 회사 주가는 하락했다.",
            "KR",
        ),
    ],
)
def test_a_named_states_government_is_not_the_papers_own(
    analyzer: Analyzer, title: str, body: str, home: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == home], brief(found)


@pytest.mark.parametrize(
    ("title", "body", "home"),
    [
        (
            "政府、半導体材料の輸出管理を強化",
            "政府は5日、半導体材料の輸出には個別の許可の取得が必要になると発表した。",
            "JP",
        ),
        (
            "정부, 반도체 소재 수출 관리 강화",
            "정부는 5일 반도체 소재를 수출할 때 개별 허가를 받아야 한다고 발표했다.",
            "KR",
        ),
    ],
)
def test_a_bare_government_is_still_the_papers_own(
    analyzer: Analyzer, title: str, body: str, home: str
) -> None:
    found = events(analyzer, title, body)
    assert [e for e in found if e.primary and e.jurisdiction == home], brief(found)
