"""A duty imposed on exporters to report each sale to the state (issue 11).

"asked exporters to report transactions of rare earth metals", "pediu aos exportadores
que comuniquem todas as transações", "要求稀土出口商报告每笔交易": the state watches every
export sale of the goods, a tightening of their export (flow export, whatever the
records are called). The exporters before the verb and the records after (or before,
in Japanese and Korean) are both needed. Contrasts: exporters who report their own
sales, a news "report", a duty the state only may impose.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check, events


@pytest.mark.parametrize(
    "body",
    [
        "China's commerce ministry on Monday asked exporters of gallium to report every "
        "transaction to a state trade body.",
        "Beijing required exporters of germanium to report each sale within a day.",
        "A China pediu aos exportadores de gálio que comuniquem todas as vendas ao ministério.",
        "Le ministère chinois du Commerce a demandé aux exportateurs de gallium de déclarer "
        "toutes leurs transactions.",
        "Das chinesische Handelsministerium verlangt von Exporteuren von Gallium, alle "
        "Geschäfte zu melden.",
        "中国商务部周一要求镓出口商报告每笔交易的信息。",
        "中国商務省は、ガリウムの輸出業者に対し、全ての取引を報告するよう求めた。",
        "중국 상무부는 갈륨 수출업체에 모든 거래를 보고하도록 요구했다.",
    ],
)
def test_a_duty_to_report_export_sales_is_an_export_tightening(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "", body, ("CN", "tightening"))
    flows = {e.flow for e in events(analyzer, "", body) if e.primary}
    assert flows == {"export"}, flows


@pytest.mark.parametrize(
    "body",
    [
        "Chinese exporters reported higher sales of gallium in October.",
        "Reuters reported that exporters of gallium saw their sales rise.",
        "China may ask exporters to report transactions of gallium, sources said.",
        "报告显示，镓出口商的交易量上升。",
    ],
)
def test_exporters_own_reports_and_a_possible_duty_are_no_measure(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "", body, None)
