"""Detector rules of round 10 (issue 11's backtest), on whole articles of our own words.

A later decision in an article on another kind of thing than its first (materials
against chips or a firm's goods) is context, not merged into the article's event; a
briefing story whose headline states no act restates stance unless an answer states a
decision. Contrasts sit beside each rule.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.article import RawArticle
from streams.core.alerts import reports_for
from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ----------------- a later decision on materials is not the article's decision on goods

EXEMPTION_ZH = (
    "商务部：已对符合条件的民用出口予以豁免",
    "商务部新闻发言人9日表示，中方已经采取切实措施，对安世半导体符合条件的民用出口予以豁免。"
    "\n\n发言人说，荷方应尽快纠正错误做法。"
    "\n\n同日，商务部还宣布，暂停实施对美国出口镓、锗、锑的管制措施。",
)
EXEMPTION_EN = (
    "Beijing exempts Nexperia's civilian chip exports from its ban",
    "China's commerce ministry said on Sunday it had exempted civilian exports of Nexperia "
    "chips from its October ban.\n\nThe ministry also said it would restore supplies quickly."
    "\n\nOn the same day, the ministry suspended its ban on exports of gallium, germanium "
    "and antimony to the United States until November 2026.",
)
MATERIALS = {"gallium", "germanium", "antimony"}


def test_a_later_decision_on_materials_stays_out_of_a_firms_exemption(
    analyzer: Analyzer,
) -> None:
    for title, body in (EXEMPTION_ZH, EXEMPTION_EN):
        found = events(analyzer, title, body)
        main = [e for e in found if e.primary]
        assert [(e.jurisdiction, e.direction) for e in main] == [("CN", "easing")], brief(found)
        assert "Nexperia" in main[0].targets, brief(found)
        assert not MATERIALS & set(main[0].products), brief(found)
        # The suspension is still read, as context of this article.
        later = [e for e in found if not e.primary and MATERIALS & set(e.products)]
        assert later and "background:other-matter" in later[0].rule, brief(found)


def test_the_report_of_a_firms_exemption_names_no_material(analyzer: Analyzer) -> None:
    title, body = EXEMPTION_ZH
    raw = RawArticle(id="x", title=title, body=body, published_at=datetime(2025, 11, 9, tzinfo=UTC))
    (report,) = reports_for(analyzer.analyze(raw, datetime(2025, 11, 9, 1, tzinfo=UTC)))
    assert report.event.targets == ["Nexperia"]
    assert not MATERIALS & set(report.event.products)


def test_statements_of_one_material_measure_still_merge(analyzer: Analyzer) -> None:
    # Contrasts: a headline that qualifies the material by "semiconductors" (a generic
    # class says nothing of kind), and a body that adds materials to the headline's.
    for title, body, named in (
        ("China to restrict exports of another mineral used in semiconductors",
         "China will restrict exports of antimony from September 15, the commerce ministry "
         "said on Thursday.\n\nShipments of antimony ore and high-purity antimony oxides "
         "will need a licence.", {"antimony"}),
        ("China suspends gallium export ban to the US",
         "China's commerce ministry on Sunday suspended its ban on exports of gallium to the "
         "United States.\n\nThe ministry also suspended the ban on germanium and antimony "
         "exports.", MATERIALS),
    ):  # fmt: skip
        found = events(analyzer, title, body)
        main = [e for e in found if e.primary]
        assert main and all("other-matter" not in e.rule for e in found), brief(found)
        assert named <= {p for e in main for p in e.products}, brief(found)


# ------------------------------------ a briefing's stance is no act, its announcement is


@pytest.mark.parametrize(
    "title, body, expected",
    [
        ("商务部：铟出口管制不针对特定国家",
         "商务部22日召开例行新闻发布会。有记者问：近期商务部发布了对铟实施出口管制的公告，"
         "能否介绍原因？\n\n发言人回应称，铟具有明显的军民两用属性，中国借鉴国际通行做法，"
         "并根据自身需要实施管制。", None),
        ("Ministry spokesman on antimony controls",
         "At a regular briefing on Thursday, the spokesman said China follows international "
         "practice and implements export controls on antimony as it needs.", None),
        # contrasts: a briefing that announces the measure, a stance after the act
        ("商务部答记者问",
         "商务部22日召开例行新闻发布会。发言人表示，中方借鉴国际通行做法，决定自即日起对铟"
         "相关物项实施出口管制。", ("CN", "tightening")),
        ("Beijing moves on antimony",
         "In line with international practice, China on Thursday imposed export controls on "
         "antimony.", ("CN", "tightening")),
        ("Beijing moves on antimony",
         "China imposed export controls on antimony on Thursday, saying they are not aimed at "
         "any country.", ("CN", "tightening")),
    ],
)  # fmt: skip
def test_a_briefings_stance_is_no_act(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)
    if expected is None:  # still read, as context
        found = events(analyzer, title, body)
        assert any("background:stance" in e.rule for e in found), brief(found)


# ------------------------ acts sourced to reports an official would not confirm


@pytest.mark.parametrize(
    "title, body, expected",
    [
        ("外交部：各方應共同維護產供鏈穩定",
         "在外交部22日的例行記者會上，有記者就此提問。\n\n發言人並未證實或否認有關報導。"
         "\n\n據報導，北京近期向多家企業發函，勸阻在政府相關用途中使用H20。", None),
        ("Foreign ministry sidesteps question on Nvidia chips",
         "Asked at a regular briefing about reports that Beijing had told companies to avoid "
         "the H20, the spokeswoman did not confirm them.\n\nBeijing has sent letters to several "
         "firms discouraging use of the H20, according to reports.", None),
        # contrasts: a wire's own sources are not retold reports, and reports of the act
        # that nobody refused to confirm stay news
        ("Regulators act on H20",
         "Chinese regulators have told firms to halt purchases of the H20, people familiar with "
         "the matter said. The commerce ministry did not confirm the guidance.",
         ("CN", "tightening")),
        ("中国劝阻企业使用H20",
         "據報導，北京近期向多家企業發函，勸阻在政府相關用途中使用H20。\n\n外交部未回應置評"
         "請求。", ("CN", "tightening")),
        ("China discourages H20 purchases",
         "Beijing has sent letters to several firms discouraging use of the H20, according to "
         "reports. The foreign ministry declined to comment.", ("CN", "tightening")),
    ],
)  # fmt: skip
def test_acts_sourced_to_reports_an_official_left_unconfirmed_are_reports(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)
    if expected is None:
        found = events(analyzer, title, body)
        assert any("background:unconfirmed" in e.rule for e in found), brief(found)
