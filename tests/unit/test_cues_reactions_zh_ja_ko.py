"""Reactions and stances of another party in Chinese, Japanese, Korean (issue 11, round 22).

Own sentences. The closed class of reaction verbs a headline puts after a measure
(``reaction_verbs``: "驳斥", "痛批", "非難", "遺憾", "규탄", "유감") and of a spokesperson's
stances (``reaction_stance``: "不可接受"), completed. A headline "<measure> + <state>
reacts" over a body that tells only the answer, and a speaker's headline over a lead that
states a stance, make the measure the premise; each read as the act before the words were
added. The contrasts stay news: the reacting state's own measure in the same headline, a
measure whose body reports it as the day's news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

_ZH = "中国外交部发言人周二在例行记者会上说，中方已多次阐明立场。"
_ZH_HANT = "中國外交部發言人週二在例行記者會上說，中方已多次闡明立場。"
_JA = "中国外務省の報道官は火曜日の定例会見で、中国の立場は繰り返し説明してきたと述べた。"
_KO = "중국 외교부 대변인은 화요일 정례 브리핑에서 중국의 입장을 여러 차례 밝혀 왔다고 말했다."


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("美国扩大对华芯片出口管制 中方驳斥", _ZH),
        ("美國擴大對華晶片出口管制 中方痛批", _ZH_HANT),
        ("米の対中半導体輸出規制強化 中国が非難", _JA),
        ("米の対中半導体輸出規制強化に中国が遺憾", _JA),
        ("미국 대중 반도체 수출 통제 강화에 中 규탄", _KO),
        ("미국 대중 반도체 수출 통제 강화에 中 유감", _KO),
        (
            "商务部新闻发言人：美方做法不可接受",
            "商务部新闻发言人周四表示，美方将多家中国企业列入实体清单，中方对此不可接受。",
        ),
    ],
)
def test_a_reaction_headline_makes_the_measure_its_premise(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            # the reacting state's own measure in the same headline
            "中方驳斥美方指责 宣布对美实施稀土出口管制",
            "中国商务部周二宣布对美国实施稀土出口管制。",
            ("CN", "tightening"),
        ),
        (
            # the body reports the measure as the day's news, the reaction after it
            "美国扩大对华芯片出口管制 中方驳斥",
            "美国商务部周一宣布扩大对中国的芯片出口管制。中国外交部发言人周二驳斥美方做法。",
            ("US", "tightening"),
        ),
        (
            "미국 대중 반도체 수출 통제 강화 中 규탄",
            "미국 정부는 월요일 중국에 대한 반도체 수출 통제를 강화했다.",
            ("US", "tightening"),
        ),
    ],
)
def test_a_measure_reported_as_news_or_the_speakers_own_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
