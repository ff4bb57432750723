"""Round 47: acts missed for want of a word or for a cue read in the wrong clause.

- "…許可を取り消した決定について、…懸念があるためと説明した": a Japanese verb told in the
  past whose "ため" stands past a comma is another clause's reason, no aim of the verb.
- "is een onderzoek begonnen naar", "hat eine Untersuchung … begonnen": a probe begun,
  as English "has begun an investigation".
- "공정위는 … 주식취득 건을 승인했다": Korea's competition regulator in its own words,
  and a merger review's nouns (주식취득, 기업결합, 企業結合) name an investment.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


def test_a_past_verb_keeps_its_act_past_a_reason_clause(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "装置大手の対中輸出許可を撤回、軍事転用の懸念で=オランダ貿易相",
        "オランダの貿易相は、同国の装置メーカーに対する対中輸出許可を取り消した決定について、"
        "軍事転用の懸念があるためと説明した。",
    )
    assert ("NL", "tightening") in main_of(found), brief(found)


def test_a_purpose_in_the_verbs_own_clause_still_frames_it(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "政府は輸出を規制するため、新たな法案を準備している。")
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            "De Amerikaanse overheid is een onderzoek begonnen naar een in China gemaakte "
            "processor van Huawei.",
            "US",
        ),
        (
            "Die Bundesregierung hat eine Untersuchung zu den Chiplieferungen von Nexperia "
            "begonnen.",
            "DE",
        ),
    ],
)
def test_a_probe_begun_is_opened(analyzer: Analyzer, body: str, state: str) -> None:
    found = events(analyzer, "", body)
    assert (state, "tightening") in main_of(found), brief(found)
    assert any(e.action == "investigate" for e in found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "공정위는 아날로그 디바이스의 맥심 주식취득 건을 승인했다.",
        "공정거래위원회는 엔비디아의 ARM 인수를 승인했다.",
    ],
)
def test_koreas_competition_regulator_approves_a_merger(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert ("KR", "easing") in main_of(found), brief(found)
    assert all(e.flow == "investment" for e in found if e.primary), brief(found)


def test_a_modal_of_an_earlier_reported_clause_does_not_frame_the_next(
    analyzer: Analyzer,
) -> None:
    found = events(
        analyzer,
        "",
        "AMD said it would book an $800 million charge and disclosed that the U.S. now "
        "requires a licence to export its MI308 processors to China.",
    )
    assert ("US", "tightening") in main_of(found), brief(found)


def test_a_modal_in_the_same_reported_clause_still_frames_it(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "", "AMD said the U.S. could require a licence to export MI308 processors."
    )
    assert not main_of(found), brief(found)


def test_a_firm_disclosing_a_new_licence_duty_makes_it_the_news(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "AMD books $800 million charge on new MI308 export curbs",
        "AMD said it would book an $800 million charge and disclosed that the U.S. will now "
        "require a licence to export its MI308 processors to China.",
    )
    assert ("US", "tightening") in main_of(found), brief(found)
