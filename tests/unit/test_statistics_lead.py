"""A customs-figures story is one whose figures lead (round 36, issue 11).

The figures must stand in the headline or the first two sentences of the body
(`article.statistics_story`, `statistics_cues`); customs data quoted further down a
policy story do not demote the measure it leads with. English, Chinese and German.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of

FIGURES_LEAD = (
    (
        "China's chip imports fell 15% in the first nine months",
        "China imported fewer integrated circuits this year, according to Chinese customs "
        "data. The decline comes as the US has banned exports of advanced AI chips to China.",
    ),
    (
        "中国集成电路进口下降",
        "海关总署数据显示，前九个月中国集成电路进口量同比下降百分之十二。美国已禁止向中国出口先进芯片。",
    ),
    (
        "Chinas Chipimporte gehen zurück",
        "Die Importe von Chips sanken im dritten Quartal deutlich. Das zeigen am Mittwoch "
        "veröffentlichte Zolldaten. Die USA haben den Export moderner KI-Chips nach China "
        "verboten.",
    ),
)

FIGURES_LATER = (
    (
        "US bans Nvidia H20 sales to China",
        "The US Commerce Department on Tuesday banned sales of Nvidia's H20 chips to China. "
        "Nvidia said it would take a charge. The company's shares fell in early trading. "
        "Customs data showed China's chip imports fell last month.",
    ),
    (
        "美国禁止向中国出口H20芯片",
        "美国商务部周二宣布禁止英伟达向中国出口H20芯片。英伟达表示将计提费用。分析人士认为影响有限。"
        "海关总署数据显示，上月中国集成电路进口有所下降。",
    ),
    (
        "USA verbieten Verkauf von Nvidia-Chips nach China",
        "Das US-Handelsministerium hat am Dienstag den Verkauf von Nvidias H20-Chips nach China "
        "verboten. Nvidia kündigte eine Abschreibung an. Die Aktie gab nach. Zolldaten zeigen, "
        "dass Chinas Chipimporte zuletzt sanken.",
    ),
)


@pytest.mark.parametrize(("title", "body"), FIGURES_LEAD)
def test_figures_in_the_lead_make_a_figures_story(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(("title", "body"), FIGURES_LATER)
def test_figures_quoted_later_keep_the_policy_lead(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert ("US", "tightening") in main_of(found), brief(found)
