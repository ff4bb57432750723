"""Round 43: who a closing attribution names decides a future; an -s object after an -s verb.

* "Washington will tighten curbs on chip exports to China, analysts said": a future told
  by analysts or experts (``speaker_cues``) in the attribution closing its sentence is
  their forecast. The same sentence attributed to a ministry reports its decision, as
  "said it would ban" does before the clause ("China would ban exports of gallium ...,
  the commerce ministry said").
* The reporting verbs of the European languages now hold their plurals ("sagten
  Analysten", "dijeron los analistas"): a plural speaker was no attribution.
* "Malaysia orders permits for AI chips": an -s word of the governing verbs right before
  an -s trigger makes the trigger its object, a noun, never a second verb ("permits" is
  no "allows" there).
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    "body",
    [
        "Washington will tighten curbs on chip exports to China, analysts said.",
        "Die USA werden die Exportkontrollen für KI-Chips verschärfen, sagten Analysten.",
    ],
)
def test_a_future_told_by_analysts_is_their_forecast(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "The outlook for chip curbs", body)
    assert not main_of(found), brief(found)


def test_a_future_told_by_a_ministry_reports_its_decision(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Gallium",
        "China would ban exports of gallium and germanium to the United States, the "
        "commerce ministry said on Tuesday.",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)


def test_an_s_trigger_after_a_governing_s_verb_is_its_object(analyzer: Analyzer) -> None:
    found = events(analyzer, "Malaysia orders permits for AI chips", "The rules apply at once.")
    assert ("MY", "easing") not in main_of(found), brief(found)


def test_a_governing_s_verb_before_a_licence_noun_still_grants_it(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "Beijing issues licences for rare earth exports", "Exporters welcomed it."
    )
    assert ("CN", "easing") in main_of(found), brief(found)
