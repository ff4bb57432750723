"""English error classes of a held-out set of real news (issue 11, round 12), own sentences.

1. The actor: a state named as the target of a purpose clause ("to counter X's unfair
   practices", "meant to hamper X's ability"), after "from" before a measure ("exempted
   from China tariffs"), as the qualifier of a measure a verb takes ("tightens China
   curbs"), or as the agent of another verb's passive, is not the one who acts.
2. Revocations: an authorisation, waiver or status taken back is a tightening, never an
   approval, whether the verb comes before or after the noun.
3. A chip's regulatory status told in an apposition or relative clause is no event.
4. "lifted levies on X to 145%" raises them; "cut tariffs to 10%" still eases.
Each class has a contrast that must stay read.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------- class 1: the target of a purpose clause does not act


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "",
            "The White House has unveiled steps to counter Beijing's trade abuses, with the "
            "duty on Chinese chips set to double to 50% next year.",
        ),
        (
            "",
            "Washington widened its chip rules on Monday in a bid to hobble China's military "
            "modernisation, adding tariffs on legacy semiconductors.",
        ),
        (
            "Tokyo adds chip tools to export list",
            "Japan on Friday tightened export controls on 23 chipmaking tools, joining a US "
            "push to stymie China's ability to make advanced semiconductors.",
        ),
    ],
)
def test_the_target_of_a_purpose_clause_does_not_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)
    assert any(e.primary and e.direction == "tightening" for e in found), brief(found)


def test_a_state_that_acts_after_a_purpose_clause_still_acts(analyzer: Analyzer) -> None:
    # contrast: the purpose clause comes first, its subject is the state that acts
    body = (
        "To counter Washington's pressure, China on Thursday banned exports of gallium "
        "to the United States."
    )
    check(analyzer, "", body, ("CN", "tightening"))


def test_the_agent_of_another_verbs_passive_is_not_the_actor(analyzer: Analyzer) -> None:
    body = (
        "The United States barred the telecoms group from buying US chips, saying its "
        "gear could be used by Beijing for spying."
    )
    check(analyzer, "", body, ("US", "tightening"))


def test_a_passive_agent_of_the_trigger_still_acts(analyzer: Analyzer) -> None:
    # contrast: "by" belongs to the trigger's own passive
    body = (
        "Exports of advanced AI chips to the Gulf were restricted by the United States on Monday."
    )
    check(analyzer, "", body, ("US", "tightening"))


def test_exempted_from_a_states_tariffs_names_no_agent(analyzer: Analyzer) -> None:
    title = "Phones and chips exempted from China tariffs"
    body = (
        "US customs said on Friday that smartphones and semiconductor chips are exempt from "
        "the new tariffs on Chinese goods."
    )
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)
    check(analyzer, title, body, ("US", "easing"))


def test_the_qualifier_of_the_measure_a_verb_tightens_does_not_act(analyzer: Analyzer) -> None:
    title = "Memory makers slip as Washington tightens China curbs"
    body = "The Commerce Department on Monday added new licence rules for memory chips."
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)


# ------------- class 2: a revoked authorisation is a tightening


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "US revokes chipmaker's waiver for its Wuxi plant",
            "The company said its VEU authorisation for SK Hynix Wuxi will be revoked at "
            "the end of the year.",
        ),
        (
            "Chipmakers lose US waivers for China fabs",
            "Samsung said the exemption for Samsung Xian would be withdrawn in 120 days, "
            "after Washington told it on Friday.",
        ),
    ],
)
def test_an_authorisation_taken_back_is_no_approval(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.direction == "easing"], brief(found)
    if title:
        check(analyzer, title, body, ("US", "tightening"))


def test_a_revocation_verb_before_the_licence_is_a_tightening(analyzer: Analyzer) -> None:
    body = (
        "The US on Friday rescinded the chipmakers' authorisations to ship American tools "
        "to their plants in China."
    )
    check(analyzer, "", body, ("US", "tightening"))


def test_an_authorisation_granted_stays_an_easing(analyzer: Analyzer) -> None:
    # contrast: nothing takes it back
    body = (
        "The Commerce Department on Monday granted the chipmaker an authorisation to ship "
        "American tools to its plant in China for a year."
    )
    check(analyzer, "", body, ("US", "easing"))


# ------------- class 3: a chip's standing status is no event


def test_a_chips_status_in_an_apposition_is_no_event(analyzer: Analyzer) -> None:
    title = "Smuggled AI chips sold openly in Shenzhen"
    body = (
        "Washington tightened its export rules in April. The B200 processors, restricted "
        "for sale in China, are traded openly in Shenzhen markets, a newspaper found."
    )
    check(analyzer, title, body, None)


def test_a_chips_status_after_the_noun_of_an_apposition_is_no_event(
    analyzer: Analyzer,
) -> None:
    body = (
        "Beijing has told state firms to stop buying the H20, the most capable chip "
        "allowed for sale to China under US rules."
    )
    found = events(analyzer, "", body)
    assert not [e for e in found if e.direction == "easing"], brief(found)
    check(analyzer, "", body, ("CN", "tightening"))


def test_an_apposition_on_the_subject_leaves_the_act(analyzer: Analyzer) -> None:
    # contrast: the apposition names the firm; the passive after it is the news
    body = (
        "Nvidia, the chipmaker, was allowed to sell the H20 to China on Monday, the "
        "Commerce Department said."
    )
    check(analyzer, "", body, ("US", "easing"))


def test_a_restriction_with_a_clause_before_it_stays_news(analyzer: Analyzer) -> None:
    # contrast: the comma opens the subject's clause, not an apposition
    body = "Washington, citing security risks, restricted exports of B200 processors to China."
    check(analyzer, "", body, ("US", "tightening"))


# ------------- class 4: lifting levies TO a rate raises them


def test_lifting_levies_to_a_rate_is_a_raise(analyzer: Analyzer) -> None:
    title = "Trump lifts duties on Chinese goods to 145%, chip stocks fall"
    body = "The White House said on Thursday the new rate applies to semiconductors as well."
    found = events(analyzer, title, body)
    assert not [e for e in found if e.direction == "easing"], brief(found)
    check(analyzer, title, body, ("US", "tightening"))


def test_lifting_levies_stays_an_easing(analyzer: Analyzer) -> None:
    # contrast: no rate they rise to
    body = "The United States on Monday lifted tariffs on Japanese chipmaking equipment."
    check(analyzer, "", body, ("US", "easing"))


def test_cutting_tariffs_to_a_rate_stays_an_easing(analyzer: Analyzer) -> None:
    body = "The United States on Monday cut tariffs on Chinese semiconductors to 10%."
    found = events(analyzer, "", body)
    assert not [e for e in found if e.primary and e.direction == "tightening"], brief(found)
