"""Hearsay and leak attribution, English, German and Dutch (issue 11, round 22), own sentences.

A story whose headline puts a measure in the future and whose headline or lead rests on
hearsay reports a leak (``leaks.leak_story``). Round 22 completed the closed class of
hearsay a wire or paper writes (``leak_attributions``, ``report_cues``): unnamed people and
their closeness ("officials familiar with the matter", "speaking on condition of
anonymity"), documents seen, what the outlet learnt ("has learned", "it is understood");
German "offenbar", "dem Vernehmen nach", "wie es in Regierungskreisen heißt"; Dutch "naar
verluidt", "zeggen bronnen". The contrasts stay news: an act done, told with the same
words; an official's own future with a hearsay word elsewhere.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

_LICENCE_EN = " Chip vendors must obtain a licence for every shipment to Chinese buyers."
_LICENCE_DE = " Hersteller müssen dann für jede Lieferung eine Ausfuhrgenehmigung beantragen."
_LICENCE_NL = " Fabrikanten moeten voor elke levering een vergunning aanvragen."


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "US to widen curbs on AI chip exports to China",
            "The Commerce Department will widen its limits on exports of advanced AI chips "
            "to China, according to documents seen by Reuters." + _LICENCE_EN,
        ),
        (
            "US to widen curbs on AI chip exports to China",
            "The Commerce Department will widen its limits on exports of advanced AI chips "
            "to China, it is understood." + _LICENCE_EN,
        ),
        (
            "Washington set to blacklist two Chinese chipmakers",
            "The United States will add two Chinese chipmakers to the Entity List, officials "
            "familiar with the matter told the paper, speaking on condition of anonymity. "
            "Suppliers must obtain a licence before shipping to them.",
        ),
        (
            "US to add two Chinese chipmakers to trade blacklist",
            "The United States will add two Chinese chip makers to the Entity List, Tech "
            "Daily has learned. Suppliers must obtain a licence before shipping to them.",
        ),
        (
            "US mulls wider curbs on AI chip exports",
            "The US will restrict exports of advanced AI chips to China from next month, "
            "people close to the talks said." + _LICENCE_EN,
        ),
        (
            "Berlin soll Exporte von Chipanlagen nach China beschränken",
            "Die Bundesregierung will die Ausfuhr von Anlagen zur Chipherstellung nach China "
            "beschränken, wie es in Regierungskreisen heißt." + _LICENCE_DE,
        ),
        (
            "Berlin soll Exporte von Chipanlagen nach China beschränken",
            "Die Bundesregierung will dem Vernehmen nach die Ausfuhr von Anlagen zur "
            "Chipherstellung nach China beschränken." + _LICENCE_DE,
        ),
        (
            "Bundesregierung will Chipanlagen-Exporte nach China beschränken",
            "Die Bundesregierung will offenbar die Ausfuhr von Anlagen zur Chipherstellung "
            "nach China beschränken." + _LICENCE_DE,
        ),
        (
            "Den Haag wil export van chipmachines naar China verder beperken",
            "Het kabinet gaat de export van chipmachines naar China verder beperken, zeggen "
            "bronnen." + _LICENCE_NL,
        ),
        (
            "Den Haag wil export van chipmachines naar China verder beperken",
            "Het kabinet gaat naar verluidt de export van chipmachines naar China verder "
            "beperken." + _LICENCE_NL,
        ),
    ],
)
def test_hearsay_under_a_future_headline_reads_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            # an act done, its source unnamed: no future in the headline
            "US adds two Chinese chipmakers to trade blacklist",
            "The Commerce Department added two Chinese chip makers to the Entity List on "
            "Monday, people familiar with the matter said, speaking on condition of "
            "anonymity. Suppliers must now obtain a licence before shipping to them.",
            ("US", "tightening"),
        ),
        (
            # "meldt het persbureau" relays an act done
            "Den Haag beperkt export chipmachines naar China",
            "Het kabinet heeft de export van chipmachines naar China beperkt, meldt het "
            "persbureau ANP. Fabrikanten moeten vanaf 1 september voor elke levering een "
            "vergunning aanvragen.",
            ("NL", "tightening"),
        ),
        (
            # "offenbar" about the motive, the act announced by the ministry
            "Berlin beschränkt Exporte von Chipanlagen nach China",
            "Die Bundesregierung hat die Ausfuhr von Anlagen zur Chipherstellung nach China "
            "beschränkt, wie das Wirtschaftsministerium am Montag mitteilte. Offenbar "
            "reagiert sie damit auf Druck aus Washington.",
            ("DE", "tightening"),
        ),
        (
            # the state's own future, a hearsay word about the reaction
            "China to restrict exports of chip metals from Sept. 15",
            "China will restrict exports of two metals used in chips from Sept. 15, the "
            "commerce ministry said in a statement on Thursday, a move rumoured for weeks.",
            ("CN", "tightening"),
        ),
    ],
)
def test_an_act_done_or_announced_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
