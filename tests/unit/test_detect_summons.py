"""Round 30: a state's summons of a firm in the European languages (issue 11).

The summons verbs were English, Chinese, Japanese and Korean only, so "La Chine convoque
Nvidia" read nothing. The European verbs also convene meetings and councils, so they read
only with a catalog firm in the clause.
"""

from __future__ import annotations

from functools import cache

import pytest

from streams.core.analyze import Analyzer
from streams.offline import build_analyzer
from streams.settings import Settings
from tests.unit.sentence_kit import events


@cache
def analyzer() -> Analyzer:
    return build_analyzer(Settings())


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Paris : la Chine convoque Micron au sujet de ses puces mémoire",
            "Le régulateur chinois a convoqué mardi Micron sur les risques de ses puces.",
        ),
        (
            "Pekín convoca a Nvidia por el chip H20",
            "El regulador chino convocó el martes a Nvidia para que explique los riesgos del H20.",
        ),
        (
            "Pechino convoca Nvidia sul chip H20",
            "L'autorità cinese ha convocato martedì Nvidia per chiarire i rischi del chip H20.",
        ),
        (
            "Pequim convoca a Nvidia sobre o chip H20",
            "O regulador chinês convocou a Nvidia na terça-feira para explicar os riscos do H20.",
        ),
        (
            "Peking bestellt Nvidia wegen des H20 ein",
            "Die chinesische Aufsicht hat Nvidia am Dienstag wegen des H20 einbestellt.",
        ),
        (
            "Peking ontbiedt Nvidia over de H20",
            "De Chinese toezichthouder heeft Nvidia dinsdag ontboden over de H20-chip.",
        ),
    ],
)
def test_a_state_summoning_a_firm_is_a_summons(title: str, body: str) -> None:
    found = events(analyzer(), title, body)
    assert [(e.jurisdiction, e.action, e.primary) for e in found if e.primary] == [
        ("CN", "summon", True)
    ]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Le gouvernement convoque une réunion sur les semi-conducteurs",
            "Le ministre a convoqué jeudi les industriels du secteur pour parler des puces H20.",
        ),
        (
            "El Gobierno convoca a los fabricantes de chips",
            "El ministro convocó el jueves a la patronal del sector de los semiconductores.",
        ),
    ],
)
def test_a_meeting_convened_with_no_firm_named_is_no_summons(title: str, body: str) -> None:
    assert not [e for e in events(analyzer(), title, body) if e.action == "summon"]
