"""The coming measure in German and Dutch headlines (issue 11, round 22), own sentences.

A leak story needs a headline that puts the measure in the future or the conditional
(``leak_headline_modals``, read in ``leaks.leak_story``). Round 22 completed the German and
Dutch closed class: the conditional and the wish ("würde", "möchte"), "possibly" and
"presumably" ("möglicherweise", "mogelijk", "vermoedelijk"), "can" and "will" ("kan",
"zal"), preparation ("bereitet", "werkt aan"), "soon" ("demnächst", "op komst"). The reader
looks before the headline's verb: a word after a finite verb is another clause's. The
contrasts stay news: a headline act with such a word after it, an official's own future.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

_DE = (
    "Die Bundesregierung beschränkt Insidern zufolge die Ausfuhr von Anlagen zur "
    "Chipherstellung nach China. Hersteller müssen für jede Lieferung eine "
    "Ausfuhrgenehmigung beantragen."
)
_NL = (
    "Het kabinet beperkt de export van chipmachines naar China, volgens bronnen. "
    "Fabrikanten moeten voor elke levering een vergunning aanvragen."
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Berlin würde Exporte von Chipanlagen nach China beschränken", _DE),
        ("Möglicherweise neue Beschränkungen für Chipanlagen-Exporte nach China", _DE),
        ("Nederland zal export van chipmachines naar China beperken", _NL),
        ("Mogelijk strengere exportregels voor chipmachines", _NL),
        ("Kabinet kan export van chipmachines naar China beperken", _NL),
    ],
)
def test_a_coming_measure_told_from_sources_reads_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            # the act comes first; "würden" is the makers' plight
            "Berlin beschränkt Exporte von Chipanlagen, Hersteller würden leiden",
            "Die Bundesregierung hat die Ausfuhr von Anlagen zur Chipherstellung nach China "
            "beschränkt, wie das Wirtschaftsministerium mitteilte. Insidern zufolge sind "
            "drei Hersteller betroffen.",
            ("DE", "tightening"),
        ),
        (
            # the act comes first; more measures "op komst" are the next story
            "Nederland beperkt export chipmachines, verdere stappen op komst",
            "Het kabinet heeft de export van chipmachines naar China beperkt, maakte de "
            "minister maandag bekend. Volgens bronnen volgen later meer maatregelen.",
            ("NL", "tightening"),
        ),
        (
            # "zal" with its day, announced by the minister: no hearsay
            "Nederland zal export van chipmachines vanaf 1 september beperken",
            "Het kabinet beperkt vanaf 1 september de export van chipmachines naar China, "
            "heeft de minister maandag bekendgemaakt.",
            ("NL", "tightening"),
        ),
    ],
)
def test_an_act_with_a_modal_word_after_it_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
