"""Chronicles: measures that grew over years or administrations are background (issue 11).

"Both President A and his predecessor B have implemented progressively tighter
controls", "Successive administrations have imposed ever tighter controls", "les
restrictions de plus en plus nombreuses imposées par ...": the growth of measures over
time is the story's background, in every language of the group; in a story that reports
no act of its own (an interview, a roadmap) it is no event at all (round 15c). Contrast:
the day's act told with a comparative ("imposed tighter controls on Monday").

From round 14's held-out classes: chronicle openers ("Depuis plusieurs années", "For
several years", "Seit mehreren Jahren") with a habitual present; contrast: "Depuis lundi".
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    "body",
    [
        "Both President Trump and his predecessor Biden have implemented progressively tighter "
        "controls on exports of AI chips to China.",
        "Successive U.S. administrations have imposed ever tighter export controls on chips "
        "sold to China.",
        "Die USA haben immer schärfere Exportkontrollen für Chips nach China verhängt.",
        "Los Estados Unidos han impuesto restricciones cada vez más estrictas a la "
        "exportación de chips a China.",
        "Gli Stati Uniti hanno imposto restrizioni sempre più severe all'export di chip "
        "verso la Cina.",
    ],
)
def test_a_chronicle_of_growing_measures_is_no_event_in_another_story(
    analyzer: Analyzer, body: str
) -> None:
    # Round 15c: in a story about something else the chronicle is not even background.
    found = events(analyzer, "Chipmaker unveils its next accelerator", body)
    assert not found, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Both President Trump and his predecessor Biden have implemented progressively tighter "
        "controls on exports of AI chips to China.",
        "Gli Stati Uniti hanno imposto restrizioni sempre più severe all'export di chip "
        "verso la Cina.",
    ],
)
def test_a_chronicle_in_a_story_of_an_act_stays_background(analyzer: Analyzer, body: str) -> None:
    title = "US blacklists 40 Chinese chip firms"
    act = "The Commerce Department on Monday added 40 Chinese chip firms to the Entity List. "
    found = events(analyzer, title, act + body)
    assert any(e.primary for e in found), brief(found)  # the day's act
    assert any(not e.primary and "chronicle" in e.rule for e in found), brief(found)


def test_the_days_act_with_a_comparative_stays_news(analyzer: Analyzer) -> None:
    body = (
        "The Commerce Department on Monday imposed tighter controls on exports of AI chips "
        "to China."
    )
    check(analyzer, "Agency notice", body, ("US", "tightening"))


# --------------------------------------------- round 14 (held-out set), class 6: chronicle openers


@pytest.mark.parametrize(
    "body",
    [
        "Depuis plusieurs années, Washington impose des restrictions sur les exportations "
        "de puces avancées vers la Chine.",
        "For several years, Washington has restricted exports of advanced chips to China.",
        "Seit mehreren Jahren beschränkt Washington den Export von Hochleistungschips nach China.",
        "Da diversi anni Washington limita le esportazioni di chip avanzati verso la Cina.",
    ],
)
def test_a_since_years_chronicle_is_background(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Chips and China", body, None)


def test_since_a_named_day_stays_news(analyzer: Analyzer) -> None:
    body = (
        "Depuis lundi, Washington impose des restrictions sur les exportations "
        "de puces avancées vers la Chine."
    )
    check(analyzer, "Les puces et la Chine", body, ("US", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "Washington endureció en los últimos meses las sanciones a los fabricantes de chips "
        "de China, alegando razones de seguridad.",
        "The United States has in recent months tightened its curbs on Chinese chipmakers.",
    ],
)
def test_a_span_of_recent_months_at_the_verb_is_a_chronicle(analyzer: Analyzer, body: str) -> None:
    # Round 15c: several steps told as one, in a story about something else: no event.
    found = events(analyzer, "Leader pledges to expand the country's factories", body)
    assert not found, brief(found)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            "Japan on Monday imposed the latest in a series of export restrictions on chip tools "
            "to China.",
            "JP",
        ),
        ("China today imposed increasingly strict controls on gallium exports.", "CN"),
    ],
)
def test_a_growth_word_beside_the_days_act_keeps_it(
    analyzer: Analyzer, body: str, state: str
) -> None:
    # Round 15c: a named day makes the clause the day's act, whatever growth word it has.
    check(analyzer, "Export curbs", body, (state, "tightening"))
