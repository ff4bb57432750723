"""A state ordering a firm to sell a plant or a stake, own sentences (round 35, issue 11).

The order is a ban on the owner's investment (`ban`, flow `investment`, as the
development set files it), whether told as the state's order ("has ordered the firm to
cut its stake", the Dutch perfect "heeft … opgedragen … af te stoten") or as the firm's
duty with the state as source ("<firm> must sell most of the plant, the government
says", "moet … afstoten", "muss … verkaufen"). A worry given as the order's ground ("citing security
concerns") is no modality. A firm's own need to sell, or a sale "should" happen in an
analyst's view, is no order.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check, events


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "",
            "De Britse regering heeft Nexperia vrijdag opgedragen het grootste deel van de "
            "chipfabriek in Newport af te stoten.",
            ("GB", "tightening"),
        ),
        (
            "Chipmaker Nexperia moet Britse fabriek grotendeels afstoten",
            "De Britse regering heeft dat vrijdag bekendgemaakt.",
            ("GB", "tightening"),
        ),
        (
            "",
            "Britain said on Thursday that Nexperia must sell most of the Newport chip plant "
            "after a security review.",
            ("GB", "tightening"),
        ),
        (
            "",
            "Laut der britischen Regierung muss Nexperia die Chipfabrik in Newport "
            "größtenteils verkaufen.",
            ("GB", "tightening"),
        ),
        (
            "",
            "The UK government, citing national security concerns, has ordered Nexperia to "
            "reduce its stake in the Newport fab to a small minority.",
            ("GB", "tightening"),
        ),
    ],
)
def test_a_sale_ordered_is_an_act(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


def test_a_sale_ordered_is_a_ban(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "The UK government has ordered Nexperia to sell most of the Newport chip plant.",
    )
    assert any(e.primary and e.action == "ban" for e in found), found


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("", "Nexperia must sell more power chips to grow its business, its chief said."),
        ("", "Investors say Nexperia has to sell the Newport plant to raise cash."),
        ("", "Nexperia muss wohl verkaufen, meinen Analysten."),
        ("", "O governo deverá proibir a venda de chips da Nexperia."),
        (
            "",
            "The UK government has concerns it could order Nexperia to sell the Newport plant.",
        ),
    ],
)
def test_no_state_order(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)
