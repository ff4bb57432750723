"""Who imposes a duty framed by "under the rules published by <state>," (round 40, issue 11).

A new licence duty is often told with the duty-bearers as the clause's subject and the
state only as the agent of a fronted participle ("Under rules published on Monday by the
Commerce Department, chipmakers must now apply for a licence ..."). The agent owns the
rules, so it acts; and a state's noun phrase ends at its comma ("by Washington,
chipmakers must ..." is not "Washington chipmakers"). Near misses: the rules only
proposed, an agent of a participle that frames no rule.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of

_FRAMED_DUTIES = [
    (
        "Under rules published on Monday by the Commerce Department, US chipmakers must "
        "apply for a licence before shipping advanced AI chips such as Nvidia's A100 to China.",
        "US",
    ),
    (
        "Under new rules issued on Friday by Washington, chipmakers must now apply for a "
        "license before selling Nvidia's H20 to Chinese customers.",
        "US",
    ),
    (
        "According to the updated regulations released by Beijing, exporters must apply for "
        "a licence before shipping gallium and germanium abroad.",
        "CN",
    ),
    (
        "Under the latest controls announced late on Thursday by Tokyo, chipmakers must "
        "obtain a licence to export 23 kinds of chipmaking equipment.",
        "JP",
    ),
]


@pytest.mark.parametrize(("body", "state"), _FRAMED_DUTIES)
def test_the_agent_of_the_fronted_rules_imposes_their_duty(
    analyzer: Analyzer, body: str, state: str
) -> None:
    found = events(analyzer, "", body)
    assert (state, "tightening") in main_of(found), brief(found)
    assert any(e.jurisdiction == state and e.action == "license" and e.primary for e in found), (
        brief(found)
    )


@pytest.mark.parametrize(
    "body",
    [
        # proposed, not adopted: chipmakers would have to, under a draft
        "Under rules proposed on Monday by the Commerce Department, chipmakers would have "
        "to apply for a licence before shipping advanced AI chips to China.",
        # the participle's agent frames no rule: a firm's question, not a duty imposed
        "Asked on Monday by reporters whether chipmakers must apply for a licence, the "
        "company declined to comment.",
    ],
)
def test_a_proposed_rule_or_an_unrelated_agent_states_no_duty(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "", body)
    assert not any(e.primary and e.action == "license" for e in found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Selon les nouvelles règles publiées lundi par Washington, les fabricants de puces "
        "doivent désormais obtenir une licence pour exporter des puces d'IA avancées "
        "vers la Chine.",
        "Nach den am Montag von Washington veröffentlichten Regeln müssen Chiphersteller "
        "künftig eine Genehmigung beantragen, um KI-Chips nach China zu liefern.",
        "Según las nuevas normas publicadas el lunes por Washington, los fabricantes de chips "
        "deberán solicitar una licencia para exportar chips de IA a China.",
        "根据美国商务部周一公布的新规，芯片企业须申请许可证才能向中国出口先进人工智能芯片。",
    ],
)
def test_the_same_frame_in_other_languages_names_the_rules_owner(
    analyzer: Analyzer, body: str
) -> None:
    # The Romance and German agent phrases and the Chinese "根据…公布的新规" were read
    # before round 40; kept here beside the English shape they share.
    found = events(analyzer, "", body)
    assert any(e.jurisdiction == "US" and e.action == "license" and e.primary for e in found), (
        brief(found)
    )
    assert not any(e.jurisdiction == "CN" for e in found), brief(found)
