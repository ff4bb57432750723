"""A measure named as what someone breached is no act of the story (round 26, issue 11).

Round 26 (h40e) read the event errors of every spent set and b33 by class. One class
recurred in dev (Chinese), b22 (English) and b24 (Korean): a measure named as the rule
a smuggler, a firm or a shipment broke ("products that breach US export curbs",
"违反美国出口管制的产品", "제재 위반에 대한 처벌") was read as that state imposing it
again, a spurious event and, where it was the only one, a false policy article. The
rule, in words: a measure word with a verb or noun of breach a few words before it (no
clause mark between), or in Japanese and Korean right after it ("제재 위반", "外為法違反"),
is the yardstick of someone's conduct and reads nothing (``Detector._violated``).
Evasion ("evade", "规避") is not in the class: "防堵…規避出口限制" names what a new rule
stops (b21).

Every sentence is our own; the contrasts keep the state's own act in the same sentence.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    ("title", "body", "actor"),
    [
        (
            "China widens customs checks on Nvidia chips",
            "China has stepped up customs checks on Nvidia chips, the report said. But the "
            "checks have been extended to include all advanced semiconductor products that "
            "breach US export curbs, the report said.",
            "CN",
        ),
        (
            "海关加强芯片检查",
            "中国海关近期加强了对英伟达芯片的检查。报道说，检查范围随后扩大至所有高端半导体产品，"
            "目的是查获走私入境的芯片，以及违反美国出口管制的产品。",
            "CN",
        ),
        (
            "La Chine renforce ses contrôles douaniers",
            "La Chine a renforcé ses contrôles douaniers sur les puces Nvidia. Les contrôles "
            "visent aussi les produits qui violent les sanctions américaines, selon le rapport.",
            "CN",
        ),
    ],
)
def test_the_breached_measure_is_not_the_state_acting_again(
    analyzer: Analyzer, title: str, body: str, actor: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "US"], brief(found)
    check(analyzer, title, body, (actor, "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "상원, 수출통제 집행 강화 권고",
            "상원 보고서는 제재 위반에 대한 처벌을 더 강화할 것을 권장했다.",
        ),
        (
            "Two charged over chip smuggling",
            "Two men were charged with violating US export controls by shipping GPUs to China.",
        ),
        (
            "Zwei Männer angeklagt",
            "Zwei Männer sollen mit der Lieferung von Nvidia-Chips nach China gegen die "
            "US-Sanktionen verstoßen haben.",
        ),
    ],
)
def test_a_breach_alone_is_no_policy_event(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not found, brief(found)


@pytest.mark.parametrize(
    ("title", "body", "actor"),
    [
        (
            "US adds firms to Entity List",
            "The US added 12 Chinese firms to the Entity List on Monday for violating US "
            "export controls.",
            "US",
        ),
        (
            "US bans chip exports",
            "The US banned exports of advanced chips to China on Monday.",
            "US",
        ),
        (
            "美国扩大实体清单适用范围",
            "美国商务部近日宣布扩大实体清单适用范围，防堵中国企业透过海外子公司规避出口限制。",
            "US",
        ),
    ],
)
def test_the_states_own_act_stays(analyzer: Analyzer, title: str, body: str, actor: str) -> None:
    check(analyzer, title, body, (actor, "tightening"))
