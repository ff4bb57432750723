"""A ministry's exemption from its own earlier export ban, in Chinese (issue 11).

"商務部表示…將考慮企業實際情況，對符合條件的出口予以豁免": the ministry undertakes to
exempt qualifying exports, an easing. The modal "将考虑" weighs the firms' circumstances
in a clause closed by a comma; "予以" before the exemption is the ministry's formal
undertaking. Contrasts: "将考虑对…予以豁免" (the exemption itself considered), "正在研究
是否…" and an insider's "可能" stay talk.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "芯片出口鬆綁",
            "大陸商務部週六表示，歡迎有困難的企業與地方商務部門聯繫，將考慮企業實際情況，"
            "對符合條件的晶片出口予以豁免。",
        ),
        (
            "商务部回应芯片出口问题",
            "商务部新闻发言人表示，将综合考虑企业实际困难，对符合条件的芯片出口予以豁免。",
        ),
    ],
)
def test_an_exemption_the_ministry_undertakes_is_an_easing(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("CN", "easing"))


@pytest.mark.parametrize(
    "body",
    [
        "商务部表示，将考虑对符合条件的芯片出口予以豁免。",
        "商务部正在研究是否对部分芯片出口予以豁免。",
        "业内人士认为，商务部可能对符合条件的芯片出口予以豁免。",
    ],
)
def test_an_exemption_considered_stays_talk(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)
