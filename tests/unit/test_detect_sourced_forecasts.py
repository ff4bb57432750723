"""What anonymous sources say a state will do (issue 11, round 16), own sentences.

"Sources say Washington will impose ...", in every language: the sources' forecast is
no act (``anonymous_sources``, ``future_modals``: "va imposer", "wird ... verhängen",
"imporrà"; ``talk.py``). A lead so sourced frames the story: the acts the body retells
("they were told to halt shipments") stay background events of their own state
(``story_genre.py``), and the headline that compresses the forecast is no news.
Contrasts: a state's own announcement and an act dated to the day stay news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Chip, nuove regole in arrivo",
            "Fonti vicine al dossier affermano che Washington imporrà nuove restrizioni sui "
            "chip destinati alla Cina.",
        ),
        (
            "Washington va frapper la Chine avec de nouvelles restrictions sur les puces",
            "Selon des sources proches du dossier, Washington va imposer de nouvelles "
            "restrictions sur les puces vendues à la Chine.",
        ),
        (
            "Neue Chipregeln",
            "Insidern zufolge wird Washington neue Beschränkungen für Chipexporte nach China "
            "verhängen.",
        ),
        (
            "US to tighten AI chip rules",
            "The US will impose new restrictions on AI chip exports to China, sources "
            "familiar with the matter said.",
        ),
    ],
)
def test_a_sourced_future_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


def test_the_acts_a_sourced_forecast_story_retells_are_background(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Chip, nuove regole in arrivo",
        "Fonti di Reuters affermano che Washington imporrà nuove restrizioni sui chip "
        "destinati alla Cina.\n\nDicono che il Dipartimento del Commercio pubblicherà nuove "
        "regole che renderanno stabili le misure già comunicate.\n\nAlle aziende è stato "
        "detto di interrompere le spedizioni di alcuni chip verso la Cina.",
    )
    assert found, "the retold acts are still read"
    assert not any(e.primary for e in found), brief(found)
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


# ------------- contrasts


def test_a_state_announcing_its_future_measure_decides_it(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Washington impose de nouvelles restrictions",
        "Le département du Commerce a annoncé lundi qu'il imposera de nouvelles restrictions "
        "sur les puces vendues à la Chine à partir du 1er décembre.",
        ("US", "tightening"),
    )


def test_an_act_dated_today_after_a_sourced_lead_stays_news(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "US adds Chinese chip firms to Entity List",
        "The US will impose new restrictions on AI chip exports to China next month, "
        "sources familiar with the matter said. Separately, the Commerce Department on "
        "Monday added 12 Chinese chip firms to its Entity List.",
    )
    assert any(e.primary and e.jurisdiction == "US" for e in found), brief(found)
