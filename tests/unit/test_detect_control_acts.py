"""A state's acts on who owns or runs a chip firm (round 34, issue 11).

Read by shape: an actor, a predicate of control, divestment or clearance, and a firm or
plant as its object. A state that has taken over a firm's control (the Dutch and German
perfect closes the clause with its participle), intervenes in a firm (Japanese 介入),
applies or invokes an emergency law at a firm (Japanese 発動 / 適用), orders a firm to
sell a stake (every language, "reduce its ownership"), hands a firm's control back, or
approves an outbound investment case (投审会通过…对外投资案件). Contrasts: a firm taking
over another firm or its control, currency intervention, a firm that sells of its own
accord, control handed back with no firm named.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check, events


@pytest.mark.parametrize(
    "body",
    [
        "De Nederlandse regering heeft zondag de controle overgenomen over chipmaker Nexperia.",
        "Die niederländische Regierung hat aus Sicherheitsgründen die Kontrolle über den "
        "Chiphersteller Nexperia übernommen.",
        "オランダ政府は半導体メーカーのネクスペリアに介入した。",
        "オランダ政府は緊急法を発動し、ネクスペリアの経営に関与する権限を得た。",
    ],
)
def test_a_state_taking_over_a_firm_restricts_it(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("NL", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        # a firm takes over a plant or another firm's control: no state acts
        "Nexperia hat im vergangenen Jahr die Kontrolle über die Fabrik in Wales übernommen.",
        "Wingtech heeft in 2019 de controle over Nexperia overgenomen.",
        # a participle with no control word: a firm's purchase
        "Die Regierung teilte mit, dass Nexperia die Fabrik übernommen hat.",
        # currency intervention names no firm
        "日本政府は為替市場に介入した。",
    ],
)
def test_a_firms_own_takeover_or_a_currency_intervention_is_no_act(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            "The UK government has ordered Nexperia to reduce its ownership in the Welsh fab "
            "to 14 percent.",
            "GB",
        ),
        (
            "De Britse regering draagt Nexperia op om het grootste deel van de fabriek in Wales "
            "te verkopen.",
            "GB",
        ),
        (
            "Die britische Regierung zwingt Nexperia, die Mehrheit an der Fabrik in Wales zu "
            "verkaufen.",
            "GB",
        ),
    ],
)
def test_an_order_to_sell_a_stake_restricts_the_investment(
    analyzer: Analyzer, body: str, state: str
) -> None:
    check(analyzer, "", body, (state, "tightening"))
    found = [e for e in events(analyzer, "", body) if e.primary]
    assert any(e.flow == "investment" for e in found), found


@pytest.mark.parametrize(
    "body",
    [
        "Nexperia decided to sell its stake in the Welsh fab to a US investor.",
        "Nexperia heeft besloten de fabriek in Wales te verkopen.",
    ],
)
def test_a_firm_selling_of_its_own_accord_is_no_order(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    "body",
    [
        "Il governo olandese ha deciso di restituire parzialmente il controllo su Nexperia "
        "ai proprietari cinesi.",
        "Países Bajos decidió devolver el control de Nexperia a su matriz china.",
    ],
)
def test_a_state_handing_a_firms_control_back_eases(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("NL", "easing"))


def test_control_handed_back_with_no_firm_is_no_act(analyzer: Analyzer) -> None:
    check(
        analyzer, "", "Il governo ha deciso di restituire il controllo del porto alla città.", None
    )


def test_an_investment_commission_approving_a_case_abroad_is_an_approval(
    analyzer: Analyzer,
) -> None:
    body = "经济部投资审议会昨日通过重大对外投资案件两件,台积电以50亿美元增资美国子公司。"
    check(analyzer, "", body, ("TW", "easing"))
    found = [e for e in events(analyzer, "", body) if e.primary]
    assert any(e.flow == "investment" for e in found), found


def test_a_suspended_order_over_a_firm_eases_in_japanese(analyzer: Analyzer) -> None:
    body = "オランダ政府はネクスペリアに対する行政命令を自発的に停止した。"
    check(analyzer, "", body, ("NL", "easing"))


def test_a_takeover_told_in_the_pluperfect_is_background(analyzer: Analyzer) -> None:
    # the auxiliary opens the clause, many words before the participle that closes it
    body = (
        "Die niederländische Regierung hatte in einem ungewöhnlichen Schritt die "
        "Kontrolle über das Unternehmen Nexperia übernommen."
    )
    check(analyzer, "", body, None)
