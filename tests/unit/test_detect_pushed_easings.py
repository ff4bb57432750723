"""An easing another party is pushed to, or held from, is an aim, no act (round 30, issue 11).

Sentences written for these tests: a verb of pushing or preventing (``easing_pushers``)
with the easing as its infinitive ("à assouplir", "zu lockern", "to loosen", "from easing").
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


def _easings(analyzer: Analyzer, title: str, body: str) -> list[str]:
    found = events(analyzer, title, body)
    return [brief([e]) for e in found if e.direction == "easing"]


def test_bringing_another_state_to_ease_fr(analyzer: Analyzer) -> None:
    body = (
        "Pour Pékin, l'idée est de frapper l'industrie américaine et d'amener les "
        "États-Unis à assouplir leurs restrictions sur les puces."
    )
    assert not _easings(analyzer, "", body)


def test_holding_a_government_from_easing_de(analyzer: Analyzer) -> None:
    title = "US-Senatoren legen Gesetz zu Nvidia-Chips vor"
    body = (
        "Nvidia darf nach China nur ältere Chips wie den H20 verkaufen. Das neue Gesetz, das "
        "von zwei US-Senatoren eingebracht wird, würde diese Grenze für die kommenden drei "
        "Jahre festschreiben und die Trump-Regierung daran hindern, die Regeln zu lockern."
    )
    assert not _easings(analyzer, title, body)


def test_lobbying_to_loosen_en(analyzer: Analyzer) -> None:
    body = "Nvidia has lobbied the White House for months to loosen export controls on its chips."
    assert not _easings(analyzer, "", body)


def test_barred_from_easing_en(analyzer: Analyzer) -> None:
    body = "The amendment would bar the Commerce Department from easing chip export curbs."
    assert not _easings(analyzer, "", body)


def test_easing_under_pressure_stays(analyzer: Analyzer) -> None:
    # contrast: "pressure" as a noun, and no infinitive before the easing verb
    body = (
        "Under pressure from chipmakers, the Commerce Department eased export controls on "
        "older chips on Monday."
    )
    assert _easings(analyzer, "", body)
