"""Hearsay and leak attribution in Chinese, Japanese, Korean (issue 11, round 22), own sentences.

The closed class of attribution each language's news uses for a measure not yet issued
(``leak_attributions``, ``report_cues``) and for reports an official would not confirm
(``unconfirmed_cues``), completed: unnamed people ("熟悉情况的人士", "不愿具名的官员",
"消息筋", "事情に詳しい", "사안에 정통한", "익명을 요구한"), wire copy relayed ("外电"), the
outlet's own inquiry ("関係者への取材で分かった"), "declined to confirm" ("拒绝证实").
Each sentence that turns to talk read as an act before the words were added. The
contrasts stay news: the state's own future, an act done that a source relays, a report
an official confirmed.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "美国将于下月限制对华出口AI芯片",
            "据熟悉情况的人士说，美国将于下月限制向中国出口先进AI芯片。",
        ),
        (
            "美國將於下月限制對華出口AI晶片",
            "據不願具名的官員透露，美國將於下月限制向中國出口先進AI晶片。",
        ),
        (
            "美国将于下月限制对华出口AI芯片",
            "据外电报道，美国将于下月限制向中国出口先进AI芯片。",
        ),
        (
            "米、来月から対中AI半導体の輸出を制限",
            "消息筋によると、米政府は来月から中国向けのAI半導体の輸出を制限する。",
        ),
        (
            "政府、半導体製造装置の輸出規制を強化へ",
            "政府が中国向けの半導体製造装置の輸出規制を強化することが関係者への取材で分かった。",
        ),
        (
            "미국, 다음 달 대중 AI 반도체 수출 제한",
            "사안에 정통한 인사들에 따르면 미국 정부는 다음 달부터 중국에 대한 AI 반도체 수출을 "
            "제한한다.",
        ),
        (
            "미국, 다음 달 대중 AI 반도체 수출 제한",
            "익명을 요구한 당국자에 따르면 미국 정부는 다음 달부터 중국에 대한 AI 반도체 수출을 "
            "제한한다.",
        ),
    ],
)
def test_a_future_told_by_unnamed_people_or_relayed_wires_is_a_leak(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "外交部：各方应共同维护产供链稳定",
            "在外交部例行记者会上，有记者就此提问。\n\n发言人拒绝证实有关报道。\n\n据报道，"
            "北京近期向多家企业发函，劝阻在政府相关用途中使用H20。",
        ),
        (
            "外交部：各方應共同維護產供鏈穩定",
            "在外交部例行記者會上，有記者就此提問。\n\n發言人不願證實有關報導。\n\n據報導，"
            "北京近期向多家企業發函，勸阻在政府相關用途中使用H20。",
        ),
    ],
)
def test_a_report_the_spokesperson_declined_to_confirm_is_a_report(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            # the ministry's own future: no source but the state
            "美国将于下月限制对华出口AI芯片",
            "美国商务部周一表示，将于下月限制向中国出口先进AI芯片。",
            ("US", "tightening"),
        ),
        (
            # an act done, relayed from wire copy
            "美國將二十家中國企業列入實體清單",
            "據外電報導，美國商務部週一將二十家中國晶片企業列入實體清單。",
            ("US", "tightening"),
        ),
        (
            # an announcement made, told by an unnamed source
            "米、中国の半導体企業5社を輸出規制リストに追加",
            "消息筋によると、米商務省は中国の半導体企業5社を輸出規制リストに追加したと発表した。",
            ("US", "tightening"),
        ),
        (
            "미국, 중국 반도체 기업 5곳 수출 통제 명단에 추가",
            "익명을 요구한 관계자에 따르면 미 상무부는 중국 반도체 기업 5곳을 수출 통제 명단에 "
            "추가했다고 발표했다.",
            ("US", "tightening"),
        ),
        (
            # a report the spokesperson confirmed
            "中国劝阻企业使用H20",
            "据报道，北京近期向多家企业发函，劝阻在政府相关用途中使用H20。\n\n外交部发言人确认了"
            "有关报道。",
            ("CN", "tightening"),
        ),
    ],
)
def test_an_act_done_or_the_states_own_word_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
