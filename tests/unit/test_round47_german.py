"""Round 47: German revocations and cut-offs.

- "Die USA widerrufen alle Berechtigungen …", "die Rücknahme der Erlaubnisse": permission
  and authorisation nouns are licences, as English "permission", "authorisation".
- "schneidet Huawei vom Zugang … ab", "abgeschnitten": "cut off", as English and French.
- "…, die Lizenzen zu widerrufen, die … erhalten hatten": a pluperfect relative clause
  after a verb qualifies its object; only after a measure noun does it date the measure.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Washington widerruft alle Berechtigungen für Lieferungen an Huawei", ""),
        ("US-Regierung schneidet Huawei vom Zugang zu älteren Prozessoren ab", ""),
        ("", "Die US-Regierung hat Huawei vom Zugang zu älteren Prozessoren abgeschnitten."),
        (
            "",
            "Die US-Regierung hat am Montag beschlossen, die Lizenzen zu widerrufen, die "
            "Intel und Qualcomm für Lieferungen an Huawei erhalten hatten.",
        ),
    ],
)
def test_a_revocation_or_cut_off_is_read(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert ("US", "tightening") in main_of(found), brief(found)


def test_a_measure_nouns_pluperfect_relative_still_dates_it(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "Intel verkauft wieder Prozessoren an Huawei, trotz der Sanktionen, welche die USA "
        "verhängt hatten.",
    )
    assert not main_of(found), brief(found)
