"""Impact headlines with the affected party marked, zh/ja/ko/en (issue 11, round 24).

Own sentences. A headline whose head is the impact of a measure on a named third party —
the party marked by its case word before the impact noun ("对韩国经济的冲击", "东南亚封测业
受冲击", "韓国企業への影響", "台湾にも甚大な影響", "국내 기업에 미치는 영향", "국내 산업에
대한 영향"), an impact assessment ("影響評価", "영향 점검"), or an English harm verb as the
headline's predicate ("likely to hurt") — weighs what the measure does to someone else:
the measure is the story's context (``impact_cues``, read by ``story_genre``). Each case
read the body's act, dated to the day, as news before the words were added. The contrasts
stay news: a headline that announces the act before the impact words, a plain report.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

_ZH = "美国商务部周一宣布禁止向中国出口先进AI芯片。"
_ZH_HANT = "美國商務部週一宣布禁止向中國出口先進AI晶片。"
_ZH_TARIFF = "美国总统周一宣布对进口芯片加征关税。"
_JA = "米商務省は月曜日、中国向けの先端AI半導体の輸出を禁止すると発表した。"
_KO = "미국 상무부는 월요일 중국에 대한 첨단 AI 반도체 수출을 금지한다고 발표했다."
_EN = "The US Commerce Department on Monday banned exports of advanced AI chips to China."
_JA_TARIFF = "米大統領は月曜日、輸入される半導体に高い関税を課すと表明した。"
_JA_TOOLS = "日本政府は月曜日、中国向け半導体製造装置の輸出を規制した。"
_KO_TARIFF = "미국 정부는 월요일 수입 반도체에 관세를 부과한다고 발표했다."
_KO_RARE = "중국 상무부는 월요일 희토류 수출을 통제한다고 밝혔다."
_EN_TARIFF = "The US president on Monday announced a tariff on imported chips."


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("美国对华芯片出口禁令对韩国经济的冲击", _ZH),
        ("美國晶片出口禁令 對日本產業的長期衝擊", _ZH_HANT),
        ("美国加征芯片关税 东南亚封测业受冲击", _ZH_TARIFF),
        ("美国芯片关税:韩国产业冲击与应对", _ZH_TARIFF),
        ("米国の対中半導体輸出規制、韓国企業への影響", _JA),
        ("米、半導体に高関税 台湾にも甚大な影響", _JA_TARIFF),
        ("対中輸出規制から2年、割れる影響評価", _JA_TOOLS),
        ("미국 대중 반도체 수출 통제가 국내 기업에 미치는 영향", _KO),
        ("미국 반도체 관세 정책과 국내 산업에 대한 영향", _KO_TARIFF),
        ("중국 희토류 수출 통제의 영향 점검", _KO_RARE),
        ("New US curbs on AI chip exports likely to hurt Malaysia's data centres", _EN),
        ("US tariff on imported chips will hurt Thai assemblers", _EN_TARIFF),
    ],
)
def test_an_impact_headline_on_a_marked_party_makes_the_measure_its_context(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the headline announces the act before the impact words: the measure's own story
        ("美国宣布禁止对华出口先进AI芯片 对韩国经济的冲击引关注", _ZH),
        ("米、対中半導体輸出規制を発表 韓国企業への影響も", _JA),
        ("미국, 대중 반도체 수출 금지 발표…국내 기업에 미치는 영향 주목", _KO),
        ("US bans AI chip exports to China; analysts say move will hurt Nvidia", _EN),
        # plain reports
        ("美国禁止对华出口先进AI芯片", _ZH),
        ("米、対中半導体輸出を禁止", _JA),
        ("미국, 대중 반도체 수출 금지", _KO),
    ],
)
def test_a_headline_that_announces_the_act_stays_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("US", "tightening"))
