"""A measure announced as decided, with the day it takes effect (issue 11).

"announced Monday that it will tighten controls on exports of ... to South Korea,
effective Thursday", "a annoncé qu'il renforcera ... à compter de jeudi", "hat
angekündigt, ... ab Donnerstag zu beschränken": a decision taken, in any language. In
wire copy "TOKYO - The government announced ..." names no state: the government is the
dateline's. Contrasts: "plans to", "will consider", "is expected to", German "plant,
... zu beschränken" stay plans.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Curbs on Korea unsettle Japanese suppliers",
            "TOKYO - The government announced Monday that it will tighten controls on exports "
            "of photoresists and etching gas to South Korea, effective Thursday.",
        ),
        (
            "",
            "Japan announced on Monday that it will tighten controls on exports of "
            "photoresists to South Korea, effective July 4.",
        ),
        (
            "",
            "Le Japon a annoncé lundi qu'il renforcera les contrôles sur les exportations de "
            "résines vers la Corée du Sud à compter de jeudi.",
        ),
        (
            "",
            "Japan hat am Montag angekündigt, die Ausfuhr von Fotolacken nach Südkorea ab "
            "Donnerstag zu beschränken.",
        ),
        (
            "",
            "Japón anunció el lunes que restringirá las exportaciones de resinas a Corea del "
            "Sur a partir del jueves.",
        ),
        (
            "",
            "Il Giappone ha annunciato lunedì che limiterà le esportazioni di resine verso la "
            "Corea del Sud a partire da giovedì.",
        ),
        (
            "",
            "O Japão anunciou na segunda-feira que vai restringir as exportações de resinas "
            "para a Coreia do Sul a partir de quinta-feira.",
        ),
        (
            "",
            "Japan heeft maandag aangekondigd dat het de export van fotolak naar Zuid-Korea "
            "vanaf donderdag zal beperken.",
        ),
    ],
)
def test_a_measure_announced_with_its_effective_day_is_decided(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("JP", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "Japan plans to restrict exports of photoresists to South Korea from Thursday.",
        "Japan will consider restricting exports of photoresists to South Korea, effective "
        "Thursday.",
        "Japan is expected to restrict exports of photoresists to South Korea from Thursday.",
        "Le Japon envisage de restreindre les exportations de résines vers la Corée du Sud à "
        "compter de jeudi.",
        "Japan plant, die Ausfuhr von Fotolacken nach Südkorea ab Donnerstag zu beschränken.",
    ],
)
def test_a_planned_measure_with_a_day_stays_a_plan(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_named_state_beats_the_dateline(analyzer: Analyzer) -> None:
    body = (
        "TOKYO - China's government said on Monday that it will restrict exports of gallium "
        "from Thursday."
    )
    check(analyzer, "", body, ("CN", "tightening"))
