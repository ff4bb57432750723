"""Conditional clauses, German and Dutch (issue 11, round 22), own sentences.

A measure in a conditional clause is a hypothesis, not an act (``talk.py``,
``modal_cues``, as English "if"). Round 22 added the German and Dutch conditional
conjunctions: "sofern", "im Falle", "für den Fall"; "mocht(en)", "ingeval", "in (het)
geval", "voor het geval". Not "falls" (English "falls") nor "indien" (French "indien",
"Indian"): the lists are searched in every language. The contrasts stay news: an act
stated in its own sentence, with a condition on the firms that break it in the next one.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

_DE = "Chipfirma warnt vor Einbußen"
_NL = "ASML waarschuwt voor omzetverlies"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            _DE,
            "Sofern Washington die Ausfuhr von KI-Chips nach China verbietet, drohen Nvidia "
            "Einbußen in Milliardenhöhe, sagte der Finanzchef.",
        ),
        (
            _DE,
            "Im Falle, dass Washington die Ausfuhr von KI-Chips nach China verbietet, drohen "
            "Nvidia Einbußen, sagte der Finanzchef.",
        ),
        (
            _NL,
            "Mocht het kabinet de export van chipmachines naar China verbieden, dan verliest ASML "
            "een groot deel van zijn omzet, zei de topman.",
        ),
        (
            _NL,
            "ASML verliest een groot deel van zijn omzet in het geval dat het kabinet de export "
            "van chipmachines naar China verbiedt, zei de topman.",
        ),
    ],
)
def test_a_measure_in_a_conditional_clause_reads_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Berlin verbietet Export von Chipanlagen nach China",
            "Die Bundesregierung hat die Ausfuhr von Anlagen zur Chipherstellung nach China "
            "verboten. Sofern Hersteller dagegen verstoßen, drohen hohe Bußgelder.",
            ("DE", "tightening"),
        ),
        (
            "Kabinet verbiedt export chipmachines naar China",
            "Het kabinet heeft de export van chipmachines naar China verboden. In het geval "
            "dat fabrikanten de regels overtreden, volgen boetes.",
            ("NL", "tightening"),
        ),
    ],
)
def test_an_act_with_a_condition_on_its_breach_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
