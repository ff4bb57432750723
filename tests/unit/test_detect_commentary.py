"""Stories whose news is not a measure, own sentences (round 32, issue 11).

1. A commentary question closing the headline ("<state> droht. Na und?", "<measure>，怎么
   看？", "…をどう見る"): the view asked for or shrugged at is the news; the measure the
   body retells is its premise (``passing_analysis_cues``, read as an impact headline).
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
