"""A grant only in exceptional cases is a restriction (``grant_scope.py``), own sentences.

Round 32 (issue 11): a state that will approve purchases or imports only in special cases
refuses as the rule; the approval word names the exception. Contrasts: a plain grant, a
grant to a class of approved buyers, and a case-by-case review keep their easing.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

_US_EASES = "Washington lets Nvidia sell its H200 chip to China. "


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (  # English: "will approve … only in special cases"
            "US clears H200 sales to China",
            _US_EASES + "Beijing has told local firms that it will approve purchases of the "
            "H200 only in special cases such as university research labs.",
        ),
        (  # German: "erlauben den Import nur in Ausnahmefällen"
            "USA erlauben Verkauf von H200-Chips nach China",
            "Die USA erlauben Nvidia den Verkauf von H200-Chips nach China. Chinas Behörden "
            "erlauben den Import der H200-Chips aber nur in Ausnahmefällen.",
        ),
        (  # Chinese: "只有在…特殊情况下，才会批准采购"
            "美国允许英伟达H200芯片出口中国",
            "美国商务部周二允许英伟达H200芯片出口中国。消息人士称，中国已告知企业，只有在科研"
            "实验室等特殊情况下，才会批准采购H200芯片。",
        ),
        (  # the same in Traditional script: one cue serves both scripts
            "美國允許輝達H200晶片出口中國",
            "美國商務部週二允許輝達H200晶片出口中國。知情人士說，中國已告知企業，只有在研究"
            "機構等特殊情況下，才會批准購買H200晶片。",
        ),
    ],
)
def test_exception_only_grant_is_a_restriction(analyzer: Analyzer, title: str, body: str) -> None:
    """China's approval scoped to exceptional cases is read as a tightening, never an easing."""
    found = events(analyzer, title, body)
    china = {(e.action, e.direction) for e in found if e.jurisdiction == "CN"}
    assert china, brief(found)
    assert all(direction == "tightening" for _, direction in china), brief(found)
    assert any("polarity:exception-only" in e.rule for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (  # a plain grant
            "China approves H200 purchases",
            "China's commerce ministry approved purchases of Nvidia's H200 chip on Monday.",
        ),
        (  # a grant to a class of approved buyers is still a grant
            "US allows H200 exports to China",
            "The US on Monday allowed Nvidia to export the H200 chip to approved customers "
            "in China.",
        ),
        (  # a case-by-case review replacing a refusal stays the story's easing
            "USA lockern Exportregeln für Nvidia-Chips",
            "Die USA lockern die Exportregeln für H200-Chips nach China. Künftig erlaubt das "
            "Handelsministerium die Ausfuhr nach einer Prüfung im Einzelfall.",
        ),
    ],
)
def test_other_grants_keep_their_easing(analyzer: Analyzer, title: str, body: str) -> None:
    """No scope of exceptional cases: the grant stays an easing."""
    found = events(analyzer, title, body)
    assert any(e.direction == "easing" for e in found), brief(found)
    assert not any("polarity:exception-only" in e.rule for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (  # Japanese: "「承認された顧客」に出荷する"
            "米、H200の対中輸出を許可",
            "米商務省はH200の中国への輸出を許可した。エヌビディアは中国の「承認された顧客」に"
            "チップを出荷する予定だ。",
        ),
        (  # Chinese: "向经批准的客户供货"
            "美国允许H200出口中国",
            "美国商务部允许英伟达向中国出口H200芯片。英伟达将向中国经批准的客户供货。",
        ),
    ],
)
def test_approved_party_is_no_second_grant(analyzer: Analyzer, title: str, body: str) -> None:
    """Round 32: an approved party's standing is no grant, least of all by China."""
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction == "CN"], brief(found)
    assert ("US", "easing") in {(e.jurisdiction, e.direction) for e in found}, brief(found)


def test_approval_of_a_party_stays_a_grant(analyzer: Analyzer) -> None:
    """Contrast: "批准了…企业的申请" grants; the party noun is the grant's object, no suffix."""
    found = events(
        analyzer,
        "商务部批准企业出口申请",
        "中国商务部周一批准了部分企业的镓出口申请。",
    )
    assert ("CN", "easing") in {(e.jurisdiction, e.direction) for e in found}, brief(found)


def test_rule_published_in_the_gazette_keeps_its_grant(analyzer: Analyzer) -> None:
    """Round 32: "<grant> 규정 관보에 게재" publishes the rule, as "규정 발표" does."""
    found = events(analyzer, "美, 삼성 中공장 반도체장비 반입허용 규정 관보에 게재", "")
    assert ("US", "easing") in {(e.jurisdiction, e.direction) for e in found}, brief(found)
