"""European headlines probed in round 41 (issue 11).

"Pékin riposte et restreint l'exportation de gallium": the reaction verb is joined to the
state's own act by "and"; the state retaliates with a measure, it does not only react.
"Exportstopp: China sperrt Ausfuhr seltener Erden": "sperrt" (shuts off) and the headline
noun "Exportstopp" were not read.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    "title",
    [
        "Pékin riposte et restreint l'exportation de gallium",
        "China schlägt zurück und beschränkt die Ausfuhr von Gallium",
        "Exportstopp: China sperrt Ausfuhr seltener Erden",
        "China sperrt die Ausfuhr von Gallium in die USA",
    ],
)
def test_a_states_own_act_in_the_headline_is_read(analyzer: Analyzer, title: str) -> None:
    found = events(analyzer, title, "Die Nachricht kam am Dienstag.")
    assert any(
        e.jurisdiction == "CN" and e.direction == "tightening" and e.primary for e in found
    ), brief(found)


@pytest.mark.parametrize(
    "title",
    [
        "Beijing slams the new US chip export rules",
        "China condemns Dutch export curbs and urges restraint",
        "Die Behörden haben das Konto des Unternehmens gesperrt",
    ],
)
def test_a_reaction_or_a_blocked_account_is_no_chip_measure(analyzer: Analyzer, title: str) -> None:
    found = events(analyzer, title, "The news came on Tuesday.")
    assert not any(e.primary for e in found), brief(found)
