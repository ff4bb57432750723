"""Round 35 (issue 11): page furniture, intentions, conditions, habits tell no act. Own sentences.

* a subheading set in capitals over the paragraphs that tell the story ("NEW US CURBS");
* a page's tag or keyword line ("本文标签: …", "Tags: …");
* an intention stated after the measure ("…を実施する意向を表明", "…할 의향을 밝혔다",
  "…的意向"), as 方針 and 방침 are;
* a plan's drafting cue before an ASCII comma that parts Chinese clauses, as before "，";
* a Korean "in case" clause closing on any verb ("…해질 경우");
* a habitual adverb ("in der Regel", "habituellement", "usually") before the grant.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from streams.core.segment import heading_line
from tests.unit.sentence_kit import brief, events

# ------------------------------------------------------------------ page furniture


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NUOVE RESTRIZIONI AMERICANE\nIl testo.", True),
        ("THE NEW CURBS", True),
        ("Nuove restrizioni americane\n", False),  # a line in sentence case
        ("US BANS H20 SALES.\n", False),  # a figure and a full stop: a sentence
        ("本文标签", False),  # no case: never a capitals heading
    ],
)
def test_a_heading_line_is_a_line_of_capitals(text: str, expected: bool) -> None:
    assert heading_line(text, 0) is expected


@pytest.mark.parametrize(
    "body",
    [
        "Il titolo del produttore olandese è sceso in Borsa dopo i conti trimestrali.\n\n"
        "NUOVE RESTRIZIONI AMERICANE\n\n"
        "Gli analisti guardano soprattutto ai margini del prossimo trimestre.",
        "Shares of the toolmaker slid after its quarterly results.\n\n"
        "NEW AMERICAN EXPORT RESTRICTIONS\n\n"
        "Analysts mostly watched the margins of the next quarter.",
    ],
)
def test_a_subheading_in_capitals_is_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Il titolo scende in Borsa", body)
    assert not found, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "商务部新闻发言人就世贸组织争端回答了记者提问。\n\n本文标签: ,世贸组织 ,商务部 ,管制",
        "商务部新闻发言人就世贸组织争端回答了记者提问。\n\n关键词：出口管制 芯片",
        "The ministry's spokesman took questions on the trade dispute.\n\n"
        "Tags: export controls, chips, sanctions",
    ],
)
def test_a_tag_line_is_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not found, brief(found)


# ------------------------------------------------------------- stated intentions


@pytest.mark.parametrize(
    "body",
    [
        "オランダの貿易相は議会への書簡で、年内に半導体装置の新たな輸出規制を実施する意向を表明した。",
        "네덜란드 정부는 반도체 장비의 중국 수출을 제한할 의향을 밝혔다.",
        "荷兰贸易大臣表达了在年底前实施新出口管制的意向。",
    ],
)
def test_a_stated_intention_is_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not found, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "オランダ政府は議会への書簡で、半導体装置の新たな輸出規制を導入したと表明した。",
        "네덜란드 정부는 반도체 장비의 중국 수출을 제한했다.",
    ],
)
def test_the_act_itself_stays(analyzer: Analyzer, body: str) -> None:
    assert events(analyzer, "", body)


def test_a_policy_being_drafted_over_an_ascii_comma_is_no_act(analyzer: Analyzer) -> None:
    body = "知情人士称,华盛顿官员正在制定一项新的政策,禁止向该公司出售人工智能相关的产品。"
    found = events(analyzer, "", body)
    assert not found, brief(found)


def test_an_act_after_an_ascii_comma_stays(analyzer: Analyzer) -> None:
    body = "知情人士称,美国商务部本周已禁止向该公司出售人工智能相关的产品。"
    assert events(analyzer, "", body)


# ------------------------------------------------------- a Korean "in case" clause


@pytest.mark.parametrize(
    "body",
    [
        # the ban chained into a condition whose own verb is another one
        "중국 정부가 미국 업체의 메모리 판매를 금지해 공급이 모자랄 경우, 한국 기업이 "
        "그 물량을 채우지 말아 달라고 미국이 요청했다.",
        "일본이 소재 수출을 제한해 생산이 어려워질 경우 정부가 대책을 내놓겠다고 밝혔다.",
    ],
)
def test_a_measure_inside_a_korean_condition_is_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not found, brief(found)


def test_a_measure_before_a_past_clause_stays(analyzer: Analyzer) -> None:
    body = "중국 정부는 미국 업체의 메모리 판매를 금지해 공급이 모자라게 됐다."
    assert events(analyzer, "", body)


# ------------------------------------------------------------ habitual adverbs


@pytest.mark.parametrize(
    "body",
    [
        "Solche Ausfuhrgenehmigungen werden vom Bundeswirtschaftsministerium in der Regel nur "
        "zögerlich erteilt.",
        "Le gouvernement français autorise habituellement les exportations de puces vers la Chine.",
        "The Commerce Department usually approved licences for Nvidia to ship H20 chips to China.",
    ],
)
def test_a_habitual_grant_is_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not found, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Solche Ausfuhrgenehmigungen werden vom Bundeswirtschaftsministerium nur "
        "zögerlich erteilt.",
        "Le gouvernement français a autorisé les exportations de puces vers la Chine.",
        "The Commerce Department approved licences for Nvidia to ship H20 chips to China.",
    ],
)
def test_the_grant_itself_stays(analyzer: Analyzer, body: str) -> None:
    assert events(analyzer, "", body)
