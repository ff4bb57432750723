"""Detector rules of round 10 (issue 11's backtest), on whole articles of our own words.

A later decision in an article on another kind of thing than its first (materials
against chips or a firm's goods) is context, not merged into the article's event; a
briefing story whose headline states no act restates stance unless an answer states a
decision. Contrasts sit beside each rule.
"""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.article import RawArticle
from streams.core.alerts import reports_for
from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

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
