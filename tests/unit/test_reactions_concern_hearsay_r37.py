"""Reactions, concern and hedged reports are not the measure's act (issue 11, round 37).

Three classes, own sentences:

- a hearsay adverb told with the headline's own verb ("Peking untersagt offenbar …",
  "China verbiedt kennelijk …", "La Chine interdit apparemment …"): German, Dutch and the
  Romance languages put it after the verb, English "reportedly" before; either way the
  headline is hearsay and the story a leak (``leaks.hedged_act``);
- concern at a measure ("the US is very concerned by reports that China restricted …",
  "lawmakers are troubled by …", "besorgt über", "préoccupé par"): the measure is the
  premise of the reaction, the concerned state acts not (``concern_cues``);
- a measure noun a recency adverb and a participle modify ("Japan's recently announced
  tighter controls are meant to …"): an earlier act retold, background
  (``talk._recent_attributive``).

Near misses stay news: the plain act, a hedge in another clause, a state's own word
("China said it has banned", "Wir haben … verboten"), a concern that gives the act its
ground ("Concerned about security, the ministry restricted …").
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Peking untersagt offenbar Kauf von Micron-Chips",
            "China untersagt offenbar Betreibern kritischer Infrastruktur den Kauf von Chips "
            "des US-Herstellers Micron.",
        ),
        (
            "China verbietet angeblich Nvidia-Chips in Behörden",
            "Medienberichten zufolge verbietet China staatlichen Stellen den Kauf von "
            "KI-Chips von Nvidia.",
        ),
        (
            "China verbiedt kennelijk Micron-chips",
            "China verbiedt kennelijk de aankoop van chips van Micron door beheerders van "
            "kritieke infrastructuur.",
        ),
        (
            "La Chine interdit apparemment les puces Micron",
            "La Chine interdit apparemment l'achat de puces Micron aux opérateurs "
            "d'infrastructures critiques.",
        ),
        (
            "La Cina vieta a quanto pare i chip Micron",
            "La Cina vieta a quanto pare l'acquisto di chip Micron agli operatori di "
            "infrastrutture critiche.",
        ),
        (
            "China prohíbe al parecer los chips de Micron",
            "China prohíbe al parecer la compra de chips de Micron a los operadores de "
            "infraestructuras críticas.",
        ),
        (
            "China proíbe aparentemente chips da Micron",
            "A China proíbe aparentemente a compra de chips da Micron por operadores de "
            "infraestrutura crítica.",
        ),
        (
            "China apparently bans Micron chips in key infrastructure",
            "China has apparently banned Micron chips from key infrastructure projects.",
        ),
    ],
)
def test_a_headline_hedged_after_its_verb_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China verbietet Micron-Chips",
            "China verbietet Betreibern kritischer Infrastruktur den Kauf von Chips des "
            "US-Herstellers Micron.",
        ),
        (
            "China verbietet Micron-Chips – offenbar als Vergeltung",
            "China hat am Montag Betreibern kritischer Infrastruktur den Kauf von Chips des "
            "US-Herstellers Micron verboten.",
        ),
        (
            "China bans Micron chips, apparently in retaliation",
            "China on Sunday banned Micron chips from key infrastructure projects.",
        ),
        (
            "La Chine interdit les puces Micron",
            "La Chine a interdit dimanche l'achat de puces Micron aux opérateurs "
            "d'infrastructures critiques.",
        ),
        (
            "China says it has banned Micron chips",
            "China's cyberspace regulator said on Sunday it has banned Micron chips from key "
            "infrastructure projects.",
        ),
        (
            "China: Wir haben Micron-Chips verboten",
            "Peking hat am Sonntag den Kauf von Micron-Chips für kritische Infrastruktur "
            "verboten, sagte ein Sprecher.",
        ),
    ],
)
def test_a_plain_or_own_act_stays_the_states(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, ("CN", "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "US 'very concerned' by reports China restricted Micron chip sales",
            "A State Department spokesman said the United States is very concerned by reports "
            "that China restricted sales of Micron chips to operators of critical "
            "infrastructure.",
        ),
        (
            "Lawmakers troubled by reports Commerce eased Nvidia curbs",
            "Lawmakers said they are troubled by reports that the Commerce Department eased "
            "export restrictions on Nvidia chips sold to China.",
        ),
        (
            "Washington besorgt über Chinas Micron-Verbot",
            "Das US-Außenministerium zeigte sich besorgt über Berichte, wonach China den "
            "Verkauf von Micron-Chips beschränkt hat.",
        ),
        (
            "Washington préoccupé par les restrictions chinoises",
            "Le département d'État s'est dit très préoccupé par les informations selon "
            "lesquelles la Chine a restreint les ventes de puces Micron.",
        ),
        (
            "EEUU preocupado por restricciones chinas a Micron",
            "El Departamento de Estado dijo estar muy preocupado por los informes de que China "
            "restringió las ventas de chips de Micron.",
        ),
    ],
)
def test_concern_at_a_measure_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)


def test_a_concern_that_grounds_the_act_keeps_it(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Concerned about security, US restricts chip exports",
        "Concerned about national security, the Commerce Department on Monday restricted "
        "exports of AI chips to China.",
        ("US", "tightening"),
    )
    check(
        analyzer,
        "Berlin untersagt Verkauf einer Chipfabrik",
        "Besorgt über die Sicherheit hat die Bundesregierung am Mittwoch den Verkauf einer "
        "Chipfabrik an einen chinesischen Investor untersagt.",
        ("DE", "tightening"),
    )


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China says Japan's chip equipment curbs aim to contain it",
            "China's foreign ministry spokeswoman said Japan's recently announced tighter "
            "controls on chipmaking equipment exports are meant to contain China's "
            "development.",
        ),
        (
            "Peking kritisiert Japans Exportkontrollen",
            "Die kürzlich angekündigten Exportkontrollen Japans für Chipanlagen sollen China "
            "eindämmen, sagte eine Sprecherin.",
        ),
    ],
)
def test_a_recently_announced_measure_retold_in_a_reaction_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary and e.jurisdiction == "JP" for e in found), brief(found)


def test_the_measures_own_story_stays_news(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Japan imposes new chip equipment export controls",
        "Japan imposed new export controls on chipmaking equipment on Friday, the trade "
        "ministry said.",
        ("JP", "tightening"),
    )


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "US-China commission takes aim at chip export restrictions",
            "The U.S.-China Economic and Security Review Commission's annual report takes aim "
            "at the export restrictions, saying they have been poorly enforced.",
        ),
        (
            "Lawmakers troubled by BIS failure to enforce chip curbs",
            "Lawmakers said they are troubled by the Commerce Department's failure to enforce "
            "export restrictions on Nvidia chips sold to China.",
        ),
    ],
)
def test_criticism_of_an_agency_is_no_act_and_no_china(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)
    assert not any(e.jurisdiction == "CN" for e in found), brief(found)
