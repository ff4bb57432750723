"""English frames of a measure (``measure_frames.py``), own sentences.

Written for fresh-h20c (issue 11, round 14; was ``test_detect_round14_en.py``):

1. Doubt before a grant ("no assurance that licences will be granted"): no act.
2. A modal right after a measure noun ("the approval would lift ..."): no act.
3. An approval whose sentence holds money ("an outlay of ... to provide financial
   support"): a subsidy approval, no event (the development set's convention).
4. A measure noun as the cause of a past business effect in an earnings story ("export
   restrictions wiped out its China sales"): context.
5. A headline on a share of sales paid to a government: the licences it buys are news,
   even dated "last week" in the body.
6. A limit told with its scope under an easing headline ("sales would be limited to
   approved customers"): a term of the easing, no second act.
7. A headline opening with a firm's reaction ("... urges Dutch side to ..."): the state
   act the body retells is the reaction's premise.
Each class has a contrast that must stay read as news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------- class 1: doubt before a grant


def test_a_grant_in_doubt_is_no_act(analyzer: Analyzer) -> None:
    title = "Chip designer faces $700 million hit from U.S. curbs on China sales"
    body = (
        "Shares of the chip designer fell 4% on Wednesday after it warned that recently "
        "imposed U.S. export restrictions could cost it $700 million. In a filing with the "
        "U.S. Securities and Exchange Commission, the company said it would seek export "
        'licences. However, it was blunt about the risk: "There is no assurance that '
        'licences will be granted."'
    )
    found = events(analyzer, title, body)
    assert not any(e.direction == "easing" for e in found), brief(found)


def test_a_grant_after_a_doubt_clause_ends_is_still_news(analyzer: Analyzer) -> None:
    # contrast: the doubt is another sentence; the grant stands on its own
    body = (
        "There was no assurance of a quick decision. On Friday the Commerce Department "
        "granted licences to ship the accelerators to two Chinese customers."
    )
    check(analyzer, "", body, ("US", "easing"))


# ------------- class 2: a modal after a measure noun


def test_a_hypothetical_authorization_is_no_act(analyzer: Analyzer) -> None:
    title = "Washington nears deal on AI chip sales to Gulf venture"
    body = (
        "The U.S. is close to a deal on chip sales to the Gulf venture, people said. "
        "The authorization would benefit large chip designers such as Nvidia."
    )
    check(analyzer, title, body, None)


def test_an_authorization_granted_is_still_news(analyzer: Analyzer) -> None:
    # contrast: the same noun, told as granted, with no modal after it
    body = (
        "The Commerce Department on Wednesday granted an authorization to ship 20,000 "
        "Nvidia accelerators to the Gulf venture."
    )
    check(analyzer, "", body, ("US", "easing"))


def test_a_measure_that_would_take_effect_is_still_news(analyzer: Analyzer) -> None:
    # contrast: a modal governing entry into force is a decided measure's timing
    body = (
        "China's commerce ministry announced a ban on gallium exports to the US on Tuesday. "
        "The ban would take effect immediately, it said."
    )
    check(analyzer, "", body, ("CN", "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Trump says he will announce chip tariffs within two weeks",
            "He said the duties will begin at a lower level for chips, then rise sharply if "
            "companies do not build plants in the U.S.",
        ),
        (
            "Trump weighs chip levies",
            "He said these tariffs will start low and climb steeply unless chipmakers move "
            "production home.",
        ),
    ],
)
def test_a_named_measure_that_will_change_on_a_condition_is_a_plan(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_a_measure_imposed_before_its_conditional_rise_is_still_news(
    analyzer: Analyzer,
) -> None:
    # contrast: the act in the first sentence stays; only the conditional plan is talk
    body = (
        "The US imposed tariffs on imported chips on Friday, the White House said. "
        "The duties will rise if talks fail."
    )
    found = events(analyzer, "", body)
    assert ("US", "tightening") in {(e.jurisdiction, e.direction) for e in found if e.primary}
    assert [e.primary for e in found if "rise" in e.evidence] in ([], [False]), brief(found)


# ------------- class 3: a subsidy approval


def test_an_approval_with_an_outlay_is_a_subsidy(analyzer: Analyzer) -> None:
    body = (
        "The Union Cabinet has cleared three chip packaging projects, the minister said on "
        "Wednesday. The proposals have been approved under the national chip mission, which "
        "has an outlay of Rs 50,000 crore to provide financial support to plant builders."
    )
    check(analyzer, "", body, None)


def test_an_export_approval_without_money_is_still_news(analyzer: Analyzer) -> None:
    # contrast: an approval of exports, no subsidy word in its sentence
    body = (
        "The Commerce Department on Tuesday approved exports of advanced AI chips to two "
        "Gulf data-centre operators."
    )
    check(analyzer, "", body, ("US", "easing"))


# ------------- class 4: a measure as the cause of an earnings effect


def test_curbs_as_the_cause_of_lost_sales_are_context(analyzer: Analyzer) -> None:
    title = "Data-centre growth buoys chip designer despite AI revenue decline"
    body = (
        'The Santa Clara chip designer posted a quarterly loss on Tuesday. "AI revenue '
        "declined from a year earlier as U.S. export restrictions effectively eliminated our "
        'accelerator sales to China, and we began moving to the next generation," the chief '
        "executive said."
    )
    check(analyzer, title, body, None)


def test_new_curbs_that_hit_sales_are_still_news(analyzer: Analyzer) -> None:
    # contrast: the curbs are told as new; the story is theirs
    body = (
        "New U.S. export curbs announced on Monday hit sales of the accelerators to "
        "China, the Commerce Department said, requiring licences for every shipment."
    )
    found = events(analyzer, "", body)
    assert any(e.primary and e.jurisdiction == "US" for e in found), brief(found)


# ------------- class 5: a revenue-share headline


@pytest.mark.parametrize(
    "title",
    [
        "Chipmakers agree to 15% revenue share on China accelerator exports",
        "Chipmakers to pay 20% of China chip sale revenue to US, officials say",
    ],
)
def test_licences_behind_a_revenue_share_are_news(analyzer: Analyzer, title: str) -> None:
    body = (
        "The two chip designers will hand part of their China sales to the government. "
        "The Commerce Department began issuing export licences for the accelerators to "
        "China last week, an official said."
    )
    found = events(analyzer, title, body)
    assert any(e.primary and e.jurisdiction == "US" and e.direction == "easing" for e in found), (
        brief(found)
    )


def test_licences_dated_last_week_under_a_results_headline_stay_context(
    analyzer: Analyzer,
) -> None:
    # contrast: a business headline without a revenue share keeps the dated grant as context
    title = "Chip designer shares rise 5% on strong data-centre revenue"
    body = (
        "The chip designer reported record revenue on Wednesday. The Commerce Department "
        "began issuing export licences for its accelerators to China last week."
    )
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)


# ------------- class 6: a limit that scopes an easing


def test_a_limit_scoping_an_easing_is_no_second_act(analyzer: Analyzer) -> None:
    title = "Washington allows chipmaker to sell older accelerators to China"
    body = (
        "President Donald Trump has allowed the chipmaker to ship its older accelerators "
        'to China. He said sales would be limited to "vetted customers" only.'
    )
    found = events(analyzer, title, body)
    assert not any(e.direction == "tightening" for e in found), brief(found)
    assert any(e.primary and e.direction == "easing" for e in found), brief(found)


def test_a_limit_without_an_easing_headline_is_still_news(analyzer: Analyzer) -> None:
    # contrast: no easing in the headline; the cap is the act
    title = "US caps accelerator shipments to China"
    body = (
        "The Commerce Department said on Monday that shipments of the accelerators to China "
        "will be capped at 50% of the volume sold at home."
    )
    check(analyzer, title, body, ("US", "tightening"))


# ------------- class 7: a firm's reaction headline


def test_a_firm_reaction_headline_makes_the_state_act_its_premise(analyzer: Analyzer) -> None:
    title = "Wingtech urges Dutch side to undo chipmaker takeover after order suspended"
    body = (
        "Nexperia's Chinese parent Wingtech said on Thursday that the Dutch economy "
        "ministry took a first step by suspending the administrative order, and urged it "
        "to restore the owner's control."
    )
    check(analyzer, title, body, None)


def test_a_firm_reporting_a_grant_is_still_news(analyzer: Analyzer) -> None:
    # contrast: "says" reports an act; it is no reaction
    title = "Nvidia says US granted licences to ship H20 chips to China"
    body = "The Commerce Department granted the licences on Friday, the company said."
    found = events(analyzer, title, body)
    assert any(e.primary and e.jurisdiction == "US" for e in found), brief(found)


# ---------- round 26 (issue 11): a subsidy approved or enacted, European languages


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "",
            "Die EU-Kommission genehmigte die Beihilfe für ein neues Chipwerk von Intel in "
            "Magdeburg.",
        ),
        (
            "",
            "La Commission européenne a approuvé l'aide d'État pour une usine de puces à Crolles.",
        ),
        ("L'Italia approva gli aiuti di Stato per la fabbrica di chip di Novara", ""),
        ("Governo dos EUA sanciona incentivo para fábricas de semicondutores", ""),
    ],
)
def test_a_subsidy_approved_or_enacted_is_no_trade_measure(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # contrasts: an export approval, and "sanciona" with firms as its object
        (
            "La Commission européenne a approuvé les exportations de puces vers l'Inde",
            ("EU", "easing"),
        ),
        ("EEUU sanciona a empresas chinas de chips", ("US", "tightening")),
    ],
)
def test_an_act_without_a_subsidy_object_stays_news(
    analyzer: Analyzer, title: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, "", expected)
