"""Round 33: an article sent without a headline reads its body's lead as one (issue 11).

``stand_in_span`` finds the lead: the first prose line past a page's furniture (dates,
bylines, labelled metadata, list items, a wrapped line's tail), without the dateline or
credit that opens it, cut at its first sentence. The analyzer reads that sentence as the
headline; the body keeps it, and the entities keep body spans only.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.article import RawArticle
from streams.core.analyze import Analyzer
from streams.core.headless import stand_in_span

NOW = datetime(2026, 12, 2, tzinfo=UTC)


def _lead(analyzer: Analyzer, body: str) -> str | None:
    span = stand_in_span(body, analyzer.detector.lexicon.dateline)
    return None if span is None else body[span[0] : span[1]]


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        # a date line and a byline above the lead
        (
            "12 March 2026 09:15\nBy Jane Roe\n\nThe trade ministry has banned exports of "
            "lithography tools to three countries. The rule applies at once.",
            "The trade ministry has banned exports of lithography tools to three countries.",
        ),
        # labelled page metadata, whatever its labels' language
        (
            "來源:某某網 編輯:小王 時間:2026-03-12 10:00\n"
            "某國商務部宣布對光刻機實施出口管制,自下月起生效。其他內容。",
            "某國商務部宣布對光刻機實施出口管制,自下月起生效。",
        ),
        # a wire dateline with the agency's name
        (
            "OSLO (Wire) - Norway has restricted exports of etching tools to two buyers.",
            "Norway has restricted exports of etching tools to two buyers.",
        ),
        # a place, a date and no dash
        (
            "Lima, Mar 3 The Peruvian cabinet approved a grant for a packaging plant today.",
            "The Peruvian cabinet approved a grant for a packaging plant today.",
        ),
        # a bracketed Chinese dispatch and a Korean byline after a bracketed outlet
        (
            "(奥斯陆3日讯)挪威政府宣布限制两类刻蚀设备的出口,即日起生效。",
            "挪威政府宣布限制两类刻蚀设备的出口,即日起生效。",
        ),
        (
            "[오슬로=가상통신] 홍길동 특파원 = "
            "노르웨이 정부가 식각 장비 두 종류의 수출을 제한했다.",
            "노르웨이 정부가 식각 장비 두 종류의 수출을 제한했다.",
        ),
        # an outlet's day and dispatch before a source line
        (
            "某某新聞網3月12日電 挪威政府宣布限制兩類刻蝕設備的出口,即日起生效。",
            "挪威政府宣布限制兩類刻蝕設備的出口,即日起生效。",
        ),
        # a list item and a wrapped line's tail are no lead
        (
            "◎ A summary point about what the story may mean for chip makers here.\n"
            "and so the rest of a wrapped sentence carries on in lower case here.\n"
            "Norway has restricted exports of etching tools to two buyers.",
            "Norway has restricted exports of etching tools to two buyers.",
        ),
        # a place closed by a full stop is no sentence of the story
        (
            "Bergen. Norway has restricted exports of etching tools to two buyers.",
            "Norway has restricted exports of etching tools to two buyers.",
        ),
    ],
)
def test_the_lead_past_the_page_furniture(analyzer: Analyzer, body: str, lead: str) -> None:
    assert _lead(analyzer, body) == lead


@pytest.mark.parametrize(
    "body",
    [
        "",
        "Photo: Archive\n12 March 2026\nBy Jane Roe",
        "來源:某某網 編輯:小王 時間:2026-03-12",
    ],
)
def test_no_prose_no_lead(analyzer: Analyzer, body: str) -> None:
    assert _lead(analyzer, body) is None


def _analyze(analyzer: Analyzer, title: str, body: str) -> tuple[list[tuple[str, bool]], set[str]]:
    article = RawArticle(id="t1", title=title, body=body, published_at=NOW)
    record = analyzer.analyze(article, NOW)
    fields = {span["field"] for firm in record.firms for span in firm.spans}
    return [(e.jurisdiction, e.primary) for e in record.events], fields


_BODY = (
    "TOKYO (Wire) - Japan has banned exports of Nvidia H20 chips to two buyers, the trade "
    "ministry said on Tuesday.\n\nThe ministry said the measure applies at once. Exporters "
    "that already hold orders have a month to wind them down."
)


def test_a_headless_article_reads_its_lead_as_the_headline(analyzer: Analyzer) -> None:
    found, fields = _analyze(analyzer, "", _BODY)
    assert ("JP", True) in found
    assert fields == {"body"}  # the stand-in's mentions are the body's own


def test_a_titled_article_keeps_its_headline(analyzer: Analyzer) -> None:
    found, fields = _analyze(analyzer, "Japan bans Nvidia H20 exports to two buyers", _BODY)
    assert ("JP", True) in found
    assert "title" in fields


def test_an_act_and_its_consequence_in_a_lead_stay_news(analyzer: Analyzer) -> None:
    """A lead states its act, then what follows; a headline weighing an impact does not."""
    body = (
        "The US' new export controls on advanced chips will have little impact on Korean "
        "businesses, the industry ministry said on Friday.\n\nThe ministry said local firms "
        "hold licences for most of their shipments."
    )
    found, _ = _analyze(analyzer, "", body)
    assert ("US", True) in found
    titled, _ = _analyze(
        analyzer, "US' new export controls to have little impact on Korean businesses", body
    )
    assert ("US", True) not in titled  # a real headline weighing the impact: context


_FORECAST_LEAD = "일본 반도체 장비 업체들의 중국 수출에 큰 제약이 생길 전망이다.\n\n"


def test_a_forecast_lead_over_a_reported_act_keeps_the_act(analyzer: Analyzer) -> None:
    """A lead that forecasts is a teaser; a real plan headline makes the story a plan."""
    body = (
        _FORECAST_LEAD + "일본 경제산업성은 2일 첨단 반도체 제조장비 23개 품목을 수출 규제 "
        "대상에 추가했다고 밝혔다. 업계는 영향을 살피고 있다."
    )
    found, _ = _analyze(analyzer, "", body)
    assert ("JP", True) in found
    planned, _ = _analyze(analyzer, "일본, 반도체 장비 수출 규제 강화 방침", body)
    assert ("JP", True) not in planned


def test_a_plan_told_in_the_body_stays_a_plan(analyzer: Analyzer) -> None:
    body = (
        _FORECAST_LEAD + "일본 경제산업성은 첨단 반도체 제조장비 23개 품목을 수출 규제 대상에 "
        "추가할 계획이다. 업계는 영향을 살피고 있다."
    )
    found, _ = _analyze(analyzer, "", body)
    assert ("JP", True) not in found
