"""A state's stance headline, German and Dutch (issue 11, round 22), own sentences.

A headline in which a state reacts to another's measure tells the reaction; the measure is
its premise (``reactions.py``, the European languages' ``reaction_verbs``). Round 22
completed the German and Dutch closed class of the stance headline: "prangert … an",
"bedauert", "moniert", "wehrt sich gegen"; "hekelt", "betreurt", "haalt uit naar",
"neemt afstand van". The contrasts stay news: the measure stated first in its own clause
with the reaction after it, and the reacting state's own act in the headline.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check, check_any_actor

_NL = (
    "Nederland beperkt de export van geavanceerde chipmachines naar China. Peking noemde "
    "de stap maandag schadelijk voor de handel."
)
_DE = (
    "Die Niederlande beschränken die Ausfuhr moderner Chipanlagen nach China. Peking nannte "
    "den Schritt am Montag handelsschädlich."
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Peking hekelt Nederlandse exportbeperkingen voor chipmachines",
            "China heeft scherpe kritiek geuit op Nederland. Het kabinet beperkt de export van "
            "geavanceerde chipmachines naar China, zei een woordvoerder van het ministerie van "
            "Handel in Peking.",
        ),
        ("China betreurt Nederlandse exportbeperkingen voor chipmachines", _NL),
        ("China haalt uit naar Nederland om exportbeperkingen voor chipmachines", _NL),
        (
            "Peking prangert US-Exportkontrollen für Chips an",
            "Die USA beschränken die Ausfuhr moderner KI-Chips nach China. Das chinesische "
            "Handelsministerium sprach von einem Missbrauch der Exportkontrollen.",
        ),
        ("China bedauert niederländische Exportbeschränkungen für Chipanlagen", _DE),
    ],
)
def test_a_stance_headline_reads_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Kabinet beperkt export chipmachines; Peking hekelt besluit",
            "Het kabinet heeft de export van geavanceerde chipmachines naar China beperkt. "
            "China reageerde boos.",
            ("NL", "tightening"),
        ),
        (
            "Niederlande beschränken Export von Chipanlagen, China bedauert Schritt",
            "Die Niederlande haben die Ausfuhr moderner Chipanlagen nach China beschränkt.",
            ("NL", "tightening"),
        ),
    ],
)
def test_the_act_stated_first_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


def test_the_reacting_state_s_own_act_stays_news(analyzer: Analyzer) -> None:
    check_any_actor(
        analyzer,
        "China bedauert Schritt der Niederlande und beschränkt Gallium-Exporte",
        "China beschränkt ab Montag die Ausfuhr von Gallium in die Niederlande, teilte das "
        "Handelsministerium in Peking mit.",
        ("CN", "tightening"),
    )
