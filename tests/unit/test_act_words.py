"""Words that state an act, and words that describe a rule in force (issue 11, round 21).

Chinese (both scripts) and Japanese shapes of a blind held-out set, our words:

1. A standing rule as subject: a named list, law or regulation that "prohibits" ("我國
   「…實體管理名單」禁止…輸出給…", "《外汇法》禁止…") describes a rule in force, not news.
   Contrast: a ministry adding names to that list.
2. Japanese act words: "規制強化を発動" (wrapped by a line break inside the sentence)
   reads as a tightening; "免除措置を講じる" (exemption measures) as an easing. Contrast:
   a tightening only considered.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "經濟部查獲廠商違規出口機台",
            "我國「戰略性高科技貨品出口實體管理名單」禁止廠商未經許可將管制貨品輸出給俄羅斯、"
            "伊朗、中國等國家的受管制實體。貿易署表示，將依法裁罰違規業者。",
        ),
        (
            "日本企业违规出口设备被查",
            "日本《外汇法》禁止未经许可向俄罗斯、朝鲜等国出口管制物项。警方已搜查该公司。",
        ),
    ],
)
def test_a_named_rule_that_prohibits_is_a_rule_in_force(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary], brief(found)
    assert not {e.jurisdiction for e in found} & {"RU", "IR", "CN", "KP"}, brief(found)


def test_a_ministry_adding_names_to_the_list_stays(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "經濟部公告將華為、中芯列入戰略性高科技貨品出口實體管理名單",
        "經濟部國際貿易署15日公告，將華為、中芯等601個實體列入戰略性高科技貨品出口實體管理"
        "名單，廠商出口前須取得許可。",
        ("TW", "tightening"),
    )


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "半導体材料、韓国への輸出規制強化を発動",
            "政府は4日、韓国向けの半導体材料3品目の輸出について規制強化を\n発動した。"
            "契約ごとに許可が必要になる。",
            ("JP", "tightening"),
        ),
        (
            "中国、ネクスペリア製品の輸出を一部免除",
            "中国商務省は報道官談話を発表し、ネクスペリアの中国工場からの輸出について、条件を"
            "満たす輸出には免除措置を講じると明らかにした。",
            ("CN", "easing"),
        ),
    ],
)
def test_japanese_act_words_read_as_their_act(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


def test_a_tightening_only_considered_is_no_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "半導体材料の輸出規制強化を検討",
        "政府は韓国向けの半導体材料の輸出について規制強化の発動を検討している。",
    )
    assert not [e for e in found if e.primary], brief(found)
