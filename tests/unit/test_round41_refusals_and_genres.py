"""Round 41 (issue 11): licences refused, explainers with their topic, object gaps.

Probed with our own sentences in each language before any rule was written:
- a licence refused was read in no language ("hat ASML die Ausfuhrgenehmigung
  verweigert", "a refusé la licence", "denegó la licencia", "heeft een exportvergunning
  geweigerd"): the state's decided block of the trade, a licence tightening;
- an explainer headline with its topic inside ("What the new chip rules mean for
  Nvidia") made the rule the day's news; only "what it means" was listed;
- the verb of a relative clause took the next clause's licence as its object ("the rules,
  which the Commerce Department issued on October 7, require licences": no licence
  issued);
- Dutch probe compounds ("antitrustonderzoek") and "ingesteld" read nothing;
- a business cue of one language matched a common word of another (French "action", a
  share, in the English "Entity List Action"), filing a law firm's alert on the day's
  entity listing as a firm's business story;
- a Japanese chain of clauses took its modality from the clause after "ものの"
  (although): "…輸出許可を一部取り消し、…としているものの、…わかっていない".
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, events

_REFUSED = [
    ("Die Bundesregierung hat ASML die Ausfuhrgenehmigung für China verweigert.", "DE"),
    ("Le gouvernement néerlandais a refusé à ASML la licence d'exportation vers la Chine.", "NL"),
    ("El gobierno neerlandés denegó a ASML la licencia de exportación a China.", "NL"),
    ("Het kabinet heeft ASML een exportvergunning geweigerd voor de levering aan China.", "NL"),
    ("The Commerce Department refused Nvidia a licence to export H20 chips to China.", "US"),
]


@pytest.mark.parametrize(("body", "state"), _REFUSED)
def test_a_licence_refused_is_a_licence_tightening(
    analyzer: Analyzer, body: str, state: str
) -> None:
    found = events(analyzer, "", body)
    assert any(
        e.jurisdiction == state and e.action == "license" and e.direction == "tightening"
        for e in found
    ), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "The ministry denied that it would revoke the export licences of Dutch chipmakers.",
        "Nvidia refused to comment on whether it had applied for a licence.",
    ],
)
def test_a_denial_or_a_firms_refusal_is_no_licence_refused(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.action == "license" for e in found), brief(found)


def test_an_explainer_headline_with_its_topic_is_no_news(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "What the new chip rules mean for Nvidia",
        "The rules, which the Commerce Department issued on October 7, require licences for "
        "exports of advanced AI chips such as the A100 to China. Analysts say Nvidia will lose "
        "billions in sales.",
        "2022-12-15",
    )
    assert not any(e.primary for e in found), brief(found)


def test_a_relative_clause_verb_takes_no_licence_after_it(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "The rules, which the Commerce Department issued on October 7, require licences for "
        "exports of advanced AI chips to China.",
    )
    assert not any(e.direction == "easing" for e in found), brief(found)


def test_a_dutch_probe_compound_is_read(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "China heeft een antitrustonderzoek naar Nvidia ingesteld.")
    assert [(e.jurisdiction, e.action) for e in found] == [("CN", "investigate")], brief(found)


def test_another_languages_business_word_makes_no_business_story(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "Huawei/National Security Sanctions: Entity List Action and Supply Chain Restrictions",
        "Effective May 16, 2019, the Commerce Department's Bureau of Industry and Security "
        "added Huawei and 68 of its affiliates to the Entity List.",
        "2019-05-20",
    )
    assert any(e.action == "sanction" and e.primary for e in found), brief(found)


def test_a_japanese_chain_ends_at_although(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "",
        "オランダ政府が最近、DUV露光装置の輸出許可を一部取り消し、これにより、中国の少数の"
        "顧客に影響が出たとしているものの、具体的な台数まではわかっていない。",
        "2024-01-12",
    )
    assert any(e.jurisdiction == "NL" and e.action == "license" for e in found), brief(found)


_WAIVER_ENDED = [
    "The Dutch government has decided that ASML may no longer ship its DUV machines to China "
    "without a licence.",
    "Le gouvernement néerlandais a décidé qu'ASML ne pourra plus expédier ses machines vers la "
    "Chine sans licence.",
    "Die US-Regierung hat entschieden: Nvidia darf seine H20-Chips nicht mehr ohne Lizenz nach "
    "China liefern.",
]


@pytest.mark.parametrize("body", _WAIVER_ENDED)
def test_a_permission_without_licence_that_ends_is_a_licence_duty(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "", body)
    assert [(e.action, e.direction) for e in found] == [("license", "tightening")], brief(found)
