"""A named day is weighed only for a clause told as a chronicle or a measure subject.

Round 38 (core cost, issue 11): ``Talk._day_named`` runs three searches over the clause
(weekdays, foreground cues, the effective-date regex, the costliest of the detector's
windows). It only vetoes two shapes, a chronicle ("increasingly strict controls") and a
measure as a verb's subject ("The restrictions imposed by ... have limited"), so it is
asked after them: most triggers have neither and never pay for it. The answers are the
ones the day-first order gave (``bench/core_identity.py``); these tests pin both sides.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from streams.core.talk import Talk
from tests.unit.sentence_kit import brief, check, events


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count ``Talk._day_named`` calls (the answers stay the real ones)."""
    calls: list[int] = []
    real = Talk._day_named

    def counted(self: Talk, site: object) -> bool:
        calls.append(1)
        return real(self, site)  # type: ignore[arg-type]

    monkeypatch.setattr(Talk, "_day_named", counted)
    return calls


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("China banned exports of gallium to the United States on Monday.", "CN"),
        ("Japan restricted exports of 23 types of chipmaking equipment.", "JP"),
        ("Die Niederlande haben die Ausfuhr von Lithografiemaschinen beschränkt.", "NL"),
        ("Estados Unidos prohibió la venta de chips avanzados a China.", "US"),
    ],
)
def test_a_plain_act_never_asks_for_a_named_day(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch, body: str, state: str
) -> None:
    calls = _counting(monkeypatch)
    check(analyzer, "Export curbs", body, (state, "tightening"))
    assert not calls


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("China today imposed increasingly strict controls on gallium exports.", "CN"),
        (
            "Las medidas adoptadas el lunes por Pekín prohíben la exportación de galio a Estados "
            "Unidos.",
            "CN",
        ),
    ],
)
def test_a_named_day_still_vetoes_the_shape_it_is_asked_for(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch, body: str, state: str
) -> None:
    calls = _counting(monkeypatch)
    check(analyzer, "Export rules", body, (state, "tightening"))
    assert calls  # the shape held, so the day was asked, and it kept the act


@pytest.mark.parametrize(
    "body",
    [
        "Successive U.S. administrations have imposed ever tighter export controls on chips "
        "sold to China.",
        "Gli Stati Uniti hanno imposto restrizioni sempre più severe all'export di chip "
        "verso la Cina.",
    ],
)
def test_without_a_named_day_the_chronicle_stays_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Chipmaker unveils its next accelerator", body)
    assert not found, brief(found)
