"""English frames around a predicate that make it no act (``predicate_frames.py``), own sentences.

Written for fresh16's traps (issue 11, round 13; was ``test_detect_round13_en.py``):

1. A court as the clause's subject: what it blocks or leaves untouched is no act.
2. Another party's reaction or complaint whose object is the measure: context.
3. A measure as the topic of a statement, hearing or report: context.
4. A plan shelved or put on hold: nothing existed to ease.
5. The status quo ("rules remain in place") and a definition ("companies that need a
   licence"): no act.
6. An approval not won ("after failing to win approval"): no act.
7. A measure noun inside a law's capitalised name ("Trade Expansion Act"): no act (with
   class 1).
9. "<determiner> <state> sanctions" names the target.
11. A reaction headline's premise.
Each class has a contrast that must stay read as news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------- class 1: a court's ruling


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "US trade court blocks chip tariffs",
            "A U.S. trade court on Thursday blocked the tariffs on imported chips, ruling "
            "the president had overstepped his powers.",
        ),
        (
            "",
            "A federal judge on Monday blocked the export ban on the chipmaker's parts from "
            "taking effect while the case proceeds.",
        ),
    ],
)
def test_a_court_that_blocks_a_measure_is_no_government_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_a_government_acting_after_a_court_ruling_still_acts(analyzer: Analyzer) -> None:
    # contrast: the court ruling opens a prior clause; the ministry is the subject
    body = (
        "Following a court ruling last month, the Commerce Department on Monday added "
        "twelve Chinese chip firms to the Entity List."
    )
    check(analyzer, "", body, ("US", "tightening"))


def test_a_measure_noun_in_a_law_name_is_no_act(analyzer: Analyzer) -> None:
    body = (
        "The Commerce Department on Monday widened duties on chip imports. The duties rest "
        "on Section 232 of the Trade Expansion Act."
    )
    found = events(analyzer, "Commerce widens chip duties", body)
    assert not [e for e in found if e.primary and e.action == "restrict"], brief(found)
    # contrast: the duties widened are still the news
    assert any(e.primary and e.action == "tariff" for e in found), brief(found)


# ------------- class 2: a reaction's object


@pytest.mark.parametrize(
    "body",
    [
        "Beijing's commerce ministry said it firmly opposes the U.S. decision to add four "
        "Chinese memory chip makers to the Entity List.",
        "South Korea will file a complaint with the WTO over Tokyo's tighter export "
        "controls on chip chemicals.",
    ],
)
def test_a_reaction_to_another_states_measure_is_context(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not [e for e in found if e.primary], brief(found)


def test_a_state_that_opposed_a_plan_and_then_acted_still_acts(analyzer: Analyzer) -> None:
    # contrast: the reaction's sentence ends; the state announces its own measure
    body = (
        "China's commerce ministry opposed the move. On Tuesday it announced export "
        "controls on gallium and germanium."
    )
    check(analyzer, "", body, ("CN", "tightening"))


# ------------- class 3: a statement's topic


def test_an_industry_statement_on_export_controls_is_context(analyzer: Analyzer) -> None:
    title = "Chip group issues statement on new U.S. export controls"
    check(analyzer, title, "The group said it would study the rules.", None)


def test_a_ministry_statement_on_its_own_controls_stays_news(analyzer: Analyzer) -> None:
    # contrast: the state is the speaker of the statement
    body = (
        "Japan's trade ministry said in a statement on Friday that it had tightened export "
        "controls on 23 chipmaking tools."
    )
    check(analyzer, "", body, ("JP", "tightening"))


# ------------- class 4: a plan shelved


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "",
            "The White House has put on hold several planned curbs on Chinese chipmakers, "
            "including a rule that would have barred tool sales.",
        ),
        (
            "Washington shelves chip rule for Southeast Asia",
            "The Commerce Department has shelved a rule that would have restricted AI chip "
            "shipments to Thailand.",
        ),
    ],
)
def test_a_shelved_plan_is_no_easing(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary and e.direction == "easing"], brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "China on Sunday paused its ban on exports of gallium and germanium to the United "
        "States until November 2026.",
        "Beijing said it would put on hold for a year the export controls it announced on "
        "October 9.",
    ],
)
def test_a_measure_in_force_put_on_hold_is_a_suspension(analyzer: Analyzer, body: str) -> None:
    # contrast: the measure was imposed or announced; pausing it eases it
    check(analyzer, "", body, ("CN", "easing"))


# ------------- class 5: status quo and definitions


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Leader keeps top AI chips at home",
            "The president said America would keep Nvidia's best Blackwell chips. Commerce "
            "officials said the current rules remain in place.",
        ),
        (
            "Explainer: the Entity List",
            "The Entity List is a register kept by the Commerce Department's Bureau of "
            "Industry and Security of foreign companies that need a licence to receive U.S. "
            "items. Huawei and SMIC have been on it for years.",
        ),
    ],
)
def test_the_status_quo_and_a_definition_are_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_a_new_licence_requirement_stays_news(analyzer: Analyzer) -> None:
    # contrast: the requirement is imposed now
    body = (
        "The Commerce Department on Tuesday imposed a licence requirement on exports of "
        "the chips to China."
    )
    check(analyzer, "", body, ("US", "tightening"))


# ------------- class 6: an approval not won


def test_an_approval_not_won_is_no_approval(analyzer: Analyzer) -> None:
    title = "Chipmaker scraps $2 billion deal after failing to win Beijing approval"
    found = events(analyzer, title, "The company will pay a break fee.")
    assert not [e for e in found if e.primary and e.action == "approve"], brief(found)


def test_a_regulator_clearing_a_deal_stays_an_approval(analyzer: Analyzer) -> None:
    # contrast: the regulator approved the deal
    body = "China's market regulator on Thursday conditionally approved the chipmaker's takeover."
    check(analyzer, "", body, ("CN", "easing"))


# ------------- class 9: "<determiner> <state> sanctions" names the target


def test_the_state_before_new_sanctions_is_their_target(analyzer: Analyzer) -> None:
    title = "Brussels adopts new Russia sanctions, listing chip suppliers"
    body = (
        "The European Union on Monday adopted a sanctions package that adds 30 firms, "
        "including chip distributors, to its list."
    )
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "RU"], brief(found)
    assert any(e.primary and e.jurisdiction == "EU" for e in found), brief(found)


def test_a_state_that_sanctions_firms_still_acts(analyzer: Analyzer) -> None:
    # contrast: the state is the verb's subject
    check(
        analyzer,
        "Washington sanctions Chinese chipmakers over Russia support",
        "",
        ("US", "tightening"),
    )


# ------------- class 11: a reaction headline's premise


def test_the_measure_a_reaction_headline_answers_is_its_premise(analyzer: Analyzer) -> None:
    title = "Seoul to assess impact of Beijing's graphite rules, urges restraint"
    body = (
        "South Korea's industry ministry said on Friday it would assess the effect on "
        "battery and chip makers. China said on Thursday that exporters of graphite will "
        "need licences from December 1."
    )
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary], brief(found)


def test_a_headline_stating_the_measure_keeps_it_news(analyzer: Analyzer) -> None:
    # contrast: the headline reports the measure first, the reaction second
    title = "China tightens graphite exports; Seoul to assess impact"
    body = "China said on Thursday that exporters of graphite will need licences from December 1."
    check(analyzer, title, body, ("CN", "tightening"))
