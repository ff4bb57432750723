"""A measure on raw materials and one on chips or a firm's goods are two events (issue 11).

The class of the development set's dB-030: China exempted Nexperia's civil chip exports
and suspended its gallium ban to the US the same day (9 November 2025), same ministry,
same direction; the alert step used to take the exemption's report for a report of the
suspension. Reports of one event still group: product wording differs, the day differs
by time zones, a halt is a block at customs.
"""

from __future__ import annotations

from streams.core.alerts import MATERIAL_PRODUCTS, AlertConfig
from streams.core.analyze import Analyzer
from streams.core.measures import matter, other_matter
from tests.unit.test_alerts import at, event, fold, report

GENERIC = frozenset({"advanced chips"})


def test_what_a_measure_is_on() -> None:
    def kind(products: tuple[str, ...], targets: tuple[str, ...] = ()) -> str | None:
        return matter(products, targets, GENERIC, MATERIAL_PRODUCTS)

    assert kind(("gallium", "germanium")) == "material"
    assert kind(("H20",)) == "goods"
    assert kind((), ("Nexperia",)) == "goods"  # a firm's goods
    assert kind(("rare earths",), ("Nexperia",)) == "material"  # named products decide
    # A generic class says nothing ("another critical mineral used in semiconductors").
    assert kind(("advanced chips",)) is None
    assert kind(("gallium", "H20")) is None  # a package on both fits either
    assert kind(()) is None
    assert other_matter("material", "goods")
    assert not other_matter("material", "material")
    assert not other_matter(None, "goods")


def test_an_exemption_for_a_firms_goods_is_not_the_suspension_of_a_material_ban() -> None:
    suspension = event("easing", "relax", products=("gallium", "germanium", "antimony"),
                       flow="export", targets=())  # fmt: skip
    exemption = event("easing", "relax", products=("advanced chips",), flow="export",
                      targets=("Nexperia",))  # fmt: skip
    for first, second in ((suspension, exemption), (exemption, suspension)):
        _, seen = fold(
            [report("a", "Wire", first, published=at(9, 8)),
             report("b", "Daily", second, published=at(9, 10))]
        )  # fmt: skip
        assert [s[0] for s in seen] == ["new", "new"]
    # A control on chips and one on materials, same day and ministry: two events too.
    chips = event("tightening", "restrict", products=("H20",), flow="export", targets=())
    metal = event("tightening", "ban", products=("rare earths",), flow="export", targets=())
    _, seen = fold([report("a", "Wire", chips), report("b", "Daily", metal)])
    assert [s[0] for s in seen] == ["new", "new"]


def test_reports_of_one_material_measure_still_group() -> None:
    # Listed in another order, with a generic class beside them, a target named by one
    # outlet, no product at all, a day later by the time zone, a halt told as a ban.
    first = event("easing", "relax", products=("gallium", "germanium"), flow="export",
                  targets=())  # fmt: skip
    reports = [
        report("a", "Wire", first, published=at(9, 23)),
        report("b", "Daily", event("easing", "relax", products=("germanium", "gallium",
               "antimony"), flow="export", targets=("Nvidia",)), published=at(10, 2)),
        report("c", "Post", event("easing", "approve", products=("advanced chips",),
               flow="export", targets=()), published=at(10, 6)),
        report("d", "Ledger", event("easing", "relax", products=(), flow="export",
               targets=()), published=at(11, 1)),
    ]  # fmt: skip
    _, seen = fold(reports)
    assert [s[0] for s in seen] == ["new", "update", "update", "update"]
    halt = event("tightening", "halt", products=("H20",), flow="import", targets=())
    block = event("tightening", "restrict", products=(), flow="import", targets=("Nvidia",))
    _, seen = fold([report("a", "Wire", halt, published=at(10, 23)),
                    report("b", "Daily", block, published=at(11, 7))])  # fmt: skip
    assert [s[0] for s in seen] == ["new", "update"]


def test_the_material_classes_come_from_the_pattern_data(analyzer: Analyzer) -> None:
    # The alert step's default is the pattern file's `material: true` classes.
    assert analyzer.detector.lexicon.materials == set(MATERIAL_PRODUCTS)
    assert AlertConfig().material_products == MATERIAL_PRODUCTS
