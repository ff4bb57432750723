"""A government notice relayed by a firm, in the European languages (issue 11).

A firm's filing says its government told it that more chips now need an export licence,
under a headline about the charge or the share price: the requirement is the news. The
notice ("teilte dem Unternehmen mit", "a informé l'entreprise que", "informó a la
empresa", "informed Nvidia") and the German duty verb "bedürfen" are read; a French
conditional after the notice is the reported duty. Contrast: a results story that blames
rules imposed last year.

From round 14's held-out classes, in English: a requirement the firm was notified of is
the news under a charge headline; contrast: a results story about last year's curbs.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Nvidia-Aktie fällt: Milliardenbelastung wegen neuer Exportregeln",
            "Laut bei der SEC eingereichten Unterlagen teilte die US-Regierung dem Unternehmen "
            "mit, weitere Mikrochips bedürften künftig einer Ausfuhrgenehmigung.",
        ),
        (
            "Les actions de Nvidia chutent après une charge de 5 milliards",
            "Selon un document déposé auprès de la SEC, le gouvernement américain a informé "
            "l'entreprise que ses puces H20 nécessiteraient désormais une licence d'exportation.",
        ),
        (
            "Le azioni di Nvidia crollano per un onere da 5 miliardi",
            "Secondo un documento depositato presso la SEC, il governo statunitense ha "
            "informato l'azienda che i chip H20 richiederanno una licenza di esportazione.",
        ),
        (
            "Ações da Nvidia caem com encargo bilionário",
            "Segundo documento apresentado à SEC, o governo dos EUA informou a empresa de que "
            "os chips H20 passarão a exigir uma licença de exportação.",
        ),
        (
            "Nvidia expects a $5 billion charge",
            "According to a regulatory filing, the US government informed Nvidia on Tuesday "
            "that the company must obtain a licence to ship its H20 chips to China.",
        ),
    ],
)
def test_a_relayed_notice_of_a_licence_duty_is_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("US", "tightening"))


def test_a_results_story_blaming_last_years_rules_stays_background(analyzer: Analyzer) -> None:
    body = (
        "Nvidia said export curbs imposed by the US government last year weighed on its "
        "China revenue."
    )
    check(analyzer, "Nvidia expects a $5 billion charge", body, None)


def test_a_notice_with_a_time_before_its_particle_is_news(analyzer: Analyzer) -> None:
    """German puts a time between the recipient and "mit": the notice is still read."""
    check(
        analyzer,
        "Nvidia: Hohe Verluste durch Exportbeschränkungen",
        "Laut bei der Börsenaufsicht eingereichten Unterlagen teilte die US-Regierung dem "
        "Unternehmen am Montag mit, weitere seiner Chips bedürften künftig "
        "einer Ausfuhrgenehmigung für China.",
        ("US", "tightening"),
    )


def test_a_results_story_with_the_company_and_mit_elsewhere_stays_business(
    analyzer: Analyzer,
) -> None:
    """A "mit" as a preposition after the company is no notice's particle."""
    check(
        analyzer,
        "Nvidia: Hohe Verluste durch Exportbeschränkungen",
        "Die USA hatten die Ausfuhr der Chips im Vorjahr verboten; dem Unternehmen fehlen "
        "seither Umsätze mit Kunden in China.",
        None,
    )


# ------------------------ round 14 (held-out set), class 7: a requirement the firm was notified of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Nvidia to book $4 billion charge on China curbs",
            "Nvidia disclosed on Tuesday that the US government informed it that it had "
            "imposed a new license requirement on exports of its H20 chips to China. It expects "
            "a charge of about $4 billion.",
        ),
        (
            "エヌビディア、40億ドルの費用計上へ",
            "米エヌビディアは15日、H20の対中輸出について米政府から輸出許可が必要との通知を"
            "受けたと明らかにした。これに伴い約40億ドルの費用を計上する。",
        ),
    ],
)
def test_a_requirement_the_firm_was_notified_of_is_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("US", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "The chipmaker reported lower quarterly revenue, citing US export restrictions "
        "imposed last year.",
        "The chipmaker said last year the US government informed it that it had imposed a "
        "license requirement on exports of its H20 chips to China.",
    ],
)
def test_a_results_story_about_old_curbs_stays_background(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "Chipmaker revenue falls on export curbs", body, None)
