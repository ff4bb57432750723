"""Round 46: German and Dutch split verbs that govern a measure, in every finite form.

"führt … ein" was read, "führte … ein", "kündigte … an" and "kondigde … aan" were not, and
neither was the verb joined again at the end of a subordinate clause ("da die Regierung
ein Verbot … ankündigte", "dat het kabinet … oplegt").
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("Das US-Handelsministerium führte ein Ausfuhrverbot für KI-Chips ein.", "US"),
        ("Die US-Regierung kündigte ein Verbot für den Verkauf von H20-Chips nach China an.", "US"),
        ("Die Behörden in Peking kündigten Ausfuhrkontrollen für Gallium und Germanium an.", "CN"),
        (
            "Die Kurse fielen, weil die US-Regierung ein Verbot für Nvidias H20-Karten nach "
            "China ankündigte.",
            "US",
        ),
        ("Het Nederlandse kabinet kondigde nieuwe exportregels voor chipmachines aan.", "NL"),
        ("Den Haag legde ASML een vergunningplicht voor DUV-machines op.", "NL"),
    ],
)
def test_a_split_verb_governs_its_measure_in_any_form(
    analyzer: Analyzer, body: str, state: str
) -> None:
    found = events(analyzer, "", body)
    assert (state, "tightening") in main_of(found), brief(found)


def test_a_split_verb_still_needs_its_particle(analyzer: Analyzer) -> None:
    # "kündigte … den Vertrag" (terminated) has no "an": no announcement of the controls
    found = events(
        analyzer,
        "",
        "Die Regierung kündigte dem Hersteller wegen der Exportkontrollen den Vertrag.",
    )
    assert not main_of(found), brief(found)
