"""Round 21 (h28v): full-width letters and digits, bracketed wire credits, Japanese を許可."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

import pytest

from schemas.article import RawArticle
from streams.core.analyze import Analyzer
from streams.core.normalise import fold_width, visible_text
from streams.offline import build_analyzer
from streams.settings import Settings

NOW = datetime(2026, 11, 25, 8, tzinfo=UTC)


@cache
def analyzer() -> Analyzer:
    return build_analyzer(Settings())


def _events(title: str, body: str) -> list[tuple[str, str, list[str]]]:
    analyzed = analyzer().analyze(RawArticle(id="x", title=title, body=body), NOW)
    return [(e.jurisdiction, e.action, list(e.products)) for e in analyzed.events]


def test_full_width_letters_and_digits_fold_one_for_one_and_punctuation_stays() -> None:
    sent = "（ＡＩ）チップ「Ｈ２００」，ｂ"
    folded = fold_width(sent)
    assert folded == "（AI）チップ「H200」，b"
    assert len(folded) == len(sent)
    plain = "Nvidia H200"
    assert fold_width(plain) is plain
    assert visible_text(sent) == (folded, None)  # no map: offsets are shared


@pytest.mark.parametrize(
    "text",
    [
        "【ÿ ｛｀［＠／：",  # units "10 30 ff 00": 0x30 0xff at an even offset
        "中文，测试：（注）",  # CJK punctuation of the same block (0xFF0C, 0xFF1A, 0xFF08)
        "déjà vu, ça va",  # Latin-1 text
        "x\ud800y",  # a lone surrogate encodes too
    ],
)
def test_text_without_full_width_letters_or_digits_is_returned_as_is(text: str) -> None:
    assert fold_width(text) is text


@pytest.mark.parametrize("wide", ["０", "９", "Ａ", "Ｚ", "ａ", "ｚ"])
def test_each_end_of_the_full_width_ranges_is_folded(wide: str) -> None:
    assert fold_width(f"【ÿ，{wide}") == f"【ÿ，{chr(ord(wide) - 0xFEE0)}"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "米、ＮＶＩＤＩＡのＨ２００の輸出を許可",
            "米政府はＮＶＩＤＩＡのＨ２００の中国向け輸出を許可すると発表した。",
        ),
        (
            "美国批准ＮＶＩＤＩＡ向中国出口Ｈ２００",
            "美国商务部批准ＮＶＩＤＩＡ向中国出口Ｈ２００芯片。",
        ),
        (
            "미국, ＮＶＩＤＩＡ Ｈ２００ 중국 수출 승인",
            "미국 정부가 ＮＶＩＤＩＡ의 Ｈ２００ 중국 수출을 승인했다.",
        ),
    ],
    ids=["ja", "zh", "ko"],
)
def test_names_set_in_full_width_are_tagged_and_read_with_spans_as_sent(
    title: str, body: str
) -> None:
    analyzed = analyzer().analyze(RawArticle(id="x", title=title, body=body), NOW)
    firms = {f.name: f for f in analyzed.firms}
    chips = {c.name: c for c in analyzed.chips}
    assert "Nvidia" in firms and "H200" in chips, (analyzed.firms, analyzed.chips)
    for span in firms["Nvidia"].spans:
        sent = title if span["field"] == "title" else body
        assert sent[span["start"] : span["end"]] == "ＮＶＩＤＩＡ"
    assert ("US", "approve", ["H200"]) in [
        (e.jurisdiction, e.action, list(e.products)) for e in analyzed.events
    ]


@pytest.mark.parametrize(
    "body",
    [
        "【香港某某社十五日電】據中國國家市場監管總局消息,市場監管總局依法決定對英偉達實施進一步調查。",
        "〔本报香港十五日电〕中国国家市场监管总局表示,市场监管总局依法决定对英伟达实施进一步调查。",
        "［香港某某社15日电］国家市场监督管理总局依法决定对英伟达实施进一步调查。",
    ],
    ids=["zh-Hant-lenticular", "zh-Hans-tortoise", "zh-Hans-square"],
)
def test_the_place_in_a_bracketed_wire_credit_is_where_it_was_filed_not_the_actor(
    body: str,
) -> None:
    # The headline names no actor ("監管局" abbreviated): it takes the lead's, which
    # must not be the place of the credit before the regulator.
    events = _events("違反反壟斷法 市監局:進一步調查英偉達", body)
    assert events, "the probe is news"
    assert {jurisdiction for jurisdiction, _, _ in events} == {"CN"}, events


def test_a_place_acting_after_a_credit_without_dispatch_still_acts() -> None:
    # A bracket that is no wire credit (no "电") is text, not a dateline.
    events = _events("香港禁止出口先进芯片", "【快讯】香港特区政府宣布禁止向俄罗斯出口先进芯片。")
    assert events and events[0][0] == "HK", events


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "米、エヌビディアのH200の輸出を許可",
            "米政府はエヌビディアのH200の中国向け輸出を許可することを決めた。",
            ("US", "approve"),
        ),
        (
            "米、H200の中国向け出荷を許可",
            "米大統領はH200の中国向け出荷を許可すると表明した。",
            ("US", "approve"),
        ),
    ],
    ids=["headline-and-decision", "shipments"],
)
def test_a_japanese_permission_with_its_object_marked_is_an_approval(
    title: str, body: str, expected: tuple[str, str]
) -> None:
    events = _events(title, body)
    assert expected in [(jurisdiction, action) for jurisdiction, action, _ in events], events


def test_a_japanese_licence_noun_stays_a_licence_duty_not_an_approval() -> None:
    events = _events(
        "米、H200の輸出に許可を義務付け", "米商務省はH200の中国向け輸出に許可取得を義務付けた。"
    )
    assert "approve" not in [action for _, action, _ in events], events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Chip import registration ends",
            "The Government of India has amended its import policy for integrated circuits. With "
            "immediate effect, the requirement for registration of chip imports has been "
            "discontinued.",
        ),
        (
            "Chip import rule ends",
            "India said on Friday that the licence requirement for chip imports has "
            "been abolished.",
        ),
        (
            "L'Inde allège les importations de puces",
            "Le gouvernement indien a annoncé vendredi que les restrictions sur les "
            "importations de puces sont abolies avec effet immédiat.",
        ),
    ],
    ids=["en-discontinued", "en-abolished", "fr-abolies"],
)
def test_a_measure_told_as_ended_in_the_passive_eases(title: str, body: str) -> None:
    events = _events(title, body)
    assert "relax" in [action for _, action, _ in events], events


def test_a_product_discontinued_by_its_maker_is_no_measure_ended() -> None:
    events = _events(
        "Nvidia retires a chip line",
        "Nvidia said its H20 chip, designed for the Chinese market, has been "
        "discontinued after sales fell.",
    )
    assert events == [], events
