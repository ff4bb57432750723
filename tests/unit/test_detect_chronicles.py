"""Chronicles: measures that grew over years or administrations are background (issue 11).

"Both President A and his predecessor B have implemented progressively tighter
controls", "Successive administrations have imposed ever tighter controls", "les
restrictions de plus en plus nombreuses imposées par ...": the growth of measures over
time is the story's background, in every language of the group. Contrast: the day's act
told with a comparative ("imposed tighter controls on Monday").

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
def test_a_chronicle_of_growing_measures_is_background(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Chipmaker unveils its next accelerator", body)
    assert found, brief(found)
    assert not any(e.primary for e in found), brief(found)


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
