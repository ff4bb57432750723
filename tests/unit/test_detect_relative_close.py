"""A comma closes an English relative clause: the verb after it is the main one (round 19).

Own sentences. "The US government, which recently banned ..., allowed ...": the ban is
the relative clause's (background), the grant the sentence's news.
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, main_of


def test_the_verb_after_a_closed_relative_clause_is_the_news(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "Two Korean chip plants in China get a one-year reprieve",
        "Officials said the US government, which recently banned American firms from "
        "exporting chip equipment to China, allowed Samsung Electronics and SK Hynix's "
        "Chinese plants to import equipment without applying for a license for a year.",
        "2022-10-12",
    )
    assert ("US", "easing") in main_of(found), brief(found)
    assert ("US", "tightening") not in main_of(found), brief(found)
