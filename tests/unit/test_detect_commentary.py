"""Stories whose news is not a measure, own sentences (round 32, issue 11).

1. A commentary question closing the headline ("<state> droht. Na und?", "<measure>，怎么
   看？", "…をどう見る"): the view asked for or shrugged at is the news; the measure the
   body retells is its premise (``passing_analysis_cues``, read as an impact headline).
2. A lawsuit or a court's own proceeding in the headline ("<firm> sues …", "…告上法院",
   "…を提訴", "裁判所は…調査を始める"): the measures it challenges or rules on are its
   background (``lawsuit_cues``, ``bodies.demote_lawsuit_story``).
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------- class 1: a commentary question closing the headline


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Rohstoffe: Peking droht. Na und?",
            "Peking beschränkt den Export von Gallium, das für Halbleiter gebraucht wird. "
            "Doch das Metall gibt es auch anderswo.",
        ),
        (
            "Gallium curbs from Beijing. So what?",
            "China restricts exports of gallium, a metal used in chips, from next month.",
        ),
        (
            "H20芯片恢复对华销售，怎么看？",
            "美国政府已批准H20芯片恢复对华出口。对此，记者采访了一位研究中心主任。",
        ),
        (
            "如何看待美国放宽H20出口管制",
            "美国政府已批准H20芯片恢复对华出口。专家认为，这只是策略调整。",
        ),
        (
            "H20の対中輸出再開をどう見る",
            "米政府はH20の中国への輸出を承認した。専門家に話を聞いた。",
        ),
    ],
)
def test_a_commentary_question_headline_keeps_the_measure_as_premise(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert found, "the measure is still read, as background"
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            # no question mark: "und jetzt" opening a headline is no shrug
            "Und jetzt beschränkt Peking den Export von Gallium",
            "Peking beschränkt ab sofort den Export von Gallium, das für Halbleiter gebraucht "
            "wird.",
            ("CN", "tightening"),
        ),
        (
            # the headline reports the act; nothing asks for a view of it
            "美国批准H20芯片恢复对华出口",
            "美国政府周二批准H20芯片恢复对华出口。",
            ("US", "easing"),
        ),
    ],
)
def test_a_headline_without_the_question_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


# ------------- class 2: a lawsuit or a court's proceeding in the headline


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Memory maker sues Commerce Department over entity listing",
            "The company filed the suit in Washington on Friday, challenging the decision "
            "to add it to the entity list in 2022. The Commerce Department added the firm "
            "to the entity list, restricting its access to U.S. chip tools.",
        ),
        (
            "被列入实体清单！存储芯片厂将美国商务部告上法院",
            "该公司已将美国商务部告上法院，质疑美国商务部将其列入实体清单。",
        ),
        (
            "半導体メーカー、米商務省を提訴　エンティティーリスト掲載の取り消し求め",
            "米商務省は同社をエンティティーリストに追加し、米国製の半導体製造装置の輸出を禁止した。",
        ),
        (
            "オランダの裁判所は、半導体メーカーの経営について調査を始めると発表した",
            "オランダの裁判所は、半導体メーカーの経営について調査を始めると発表した。",
        ),
    ],
)
def test_a_lawsuit_or_a_courts_step_keeps_the_measure_as_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            # a figure of speech: no suit brought
            "Die USA gehen vor Gericht über Chinas Chip-Sektor",
            "Die US-Regierung hat am Freitag neue Beschränkungen für Exporte von Chips nach "
            "China verhängt.",
            ("US", "tightening"),
        ),
        (
            # a suit threatened, not brought: the listing is the day's news
            "US adds memory maker to entity list; firm vows to sue",
            "The Commerce Department on Friday added the memory maker to the entity list.",
            ("US", "tightening"),
        ),
        (
            # the headline's own act after the suit, in a clause of its own
            "Chipmaker sues over listing; US adds ten more firms to entity list",
            "The Commerce Department on Friday added ten more firms to the entity list.",
            ("US", "tightening"),
        ),
    ],
)
def test_a_headline_without_a_suit_brought_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
