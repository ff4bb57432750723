"""A firm's results told as the headline's news, zh/ja/ko/en (issue 11, round 24).

Own sentences. Two shapes of the results story whose measure is context:

- a charge booked in the headline after the firm ("…出口受限 <firm>二季度计提30亿美元费用"):
  计提 ("books a provision") joins the business cues, with ja 評価損 and ko 충당금;
- the firm's results call named in the headline's closing bracketed tag ("库存能否消化?
  (<firm> FY2024Q2 电话会)", "(<firm> 決算説明会)", "(<firm> 컨퍼런스콜)", "(<firm> Q3
  earnings call)"): the tag names the source of every line above it, so the firm is
  that source's subject although the headline's words do not start with it
  (``article._closing_tag_holds``).

Each case read the body's act as news before. The contrasts stay news: a headline that
announces the act itself, a closing tag with no firm's results in it.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

_ZH = "美国政府要求向中国出口H20芯片须申请许可证。英伟达表示，公司二季度因此计提30亿美元费用。"
_ZH_AMD = "美国政府要求向中国出口MI308芯片须申请许可证。AMD表示，公司二季度因此计提8亿美元费用。"
_ZH_CALL = "美国政府要求向中国出口H20芯片须申请许可证。公司表示，H20产品的库存将计提减值。"
_JA = "米商務省は、中国向けの半導体製造装置の輸出を制限すると発表した。同社は見通しを示した。"
_KO = "미국 상무부는 중국에 대한 HBM 수출을 금지한다고 발표했다. 회사는 회복 시점을 내년으로 봤다."
_EN = (
    "The US Commerce Department banned exports of advanced AI chips to China. "
    "TSMC said it expects demand to recover."
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("H20对华出口受限 英伟达二季度计提30亿美元费用", _ZH),
        ("对华出口受限 AMD二季度计提8亿美元费用", _ZH_AMD),
        ("库存能否在下季度消化?(英伟达 FY2024Q2 电话会)", _ZH_CALL),
        ("中国向け売上は回復するか(東京エレクトロン 決算説明会)", _JA),
        ("중국 매출 회복 시점은?(SK하이닉스 컨퍼런스콜)", _KO),
        ("China demand to recover next year (TSMC Q3 earnings call)", _EN),
    ],
)
def test_a_results_headline_makes_the_measure_its_context(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("美国宣布限制H20对华出口 英伟达二季度计提30亿美元费用", _ZH),
        ("美国限制对华AI芯片出口(附全文)", _ZH_CALL),
        ("美国限制对华AI芯片出口(英伟达回应)", _ZH_CALL),
    ],
)
def test_a_headline_that_states_the_act_stays_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("US", "tightening"))
