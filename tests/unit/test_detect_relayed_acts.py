"""Acts the reader missed or filed as background (round 30, issue 11).

1. Dual-use items as the object of an export control ("两用物项", "デュアルユース品目",
   "이중용도 물자", "dual-use items"): an object class of its own, so a ban on them is a
   measure on named goods, not a law in an article that names nothing of the trade.
2. A licence the state assured a firm of ("the government assured it of the licences",
   "le ha assicurato le licenze", "garantizó la aprobación de licencias"): a grant.
3. A recency adverb in the act's clause ("recent", "recently", "kürzlich"): an earlier
   year in that clause dates the act's object ("a licence for deliveries in 2023"), not
   the act; without the adverb the year dates the act, as before.
4. The Dutch split verb in the simple past ("trok … in"): a licence revoked.
5. "since" or "depuis" right after an auxiliary ("have since expanded the checks", "ont
   depuis étendu ces contrôles"): the adverb "since then", the story's later step, not
   an earlier measure it follows; before a noun it stays a preposition.
Our own sentences.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, events, main_of


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "商务部宣布加强两用物项对某国出口管制",
            "商务部周二发布公告，决定禁止所有两用物项对该国军事用户出口。"
            "《两用物项出口管制条例》自去年12月起正式施行。",
            "CN",
        ),
        (
            "中国、対象国向けデュアルユース品目の輸出を禁止",
            "中国商務省は6日、対象国の軍事ユーザー向けのデュアルユース品目の輸出を禁止すると発表した。",
            "CN",
        ),
        (
            "China bans exports of dual-use items to military users abroad",
            "China's commerce ministry on Tuesday banned exports of all dual-use items to "
            "military end users in the country.",
            "CN",
        ),
    ],
)
def test_a_ban_on_dual_use_items_is_a_measure(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    found = events(analyzer, title, body)
    assert (state, "tightening") in main_of(found), brief(found)
    assert any("dual-use items" in e.products for e in found if e.primary), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "AMD tornerà a vendere i suoi acceleratori in Cina",
            "AMD ha detto che il governo statunitense le ha assicurato le licenze di "
            "esportazione per la Cina e che le spedizioni riprenderanno a breve.",
        ),
        (
            "AMD volverá a vender sus aceleradores en China",
            "Según la compañía, el gobierno estadounidense garantizó la aprobación de las "
            "licencias y las entregas empezarán pronto.",
        ),
        (
            "AMD to sell its accelerators in China again",
            "AMD said the US government assured it of export licences for China and that "
            "deliveries will start soon.",
        ),
    ],
)
def test_a_licence_the_state_assured_is_a_grant(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert ("US", "easing") in main_of(found), brief(found)
    assert any(e.action == "license" for e in found if e.primary), brief(found)


_TITLE = "Chipmaker meldt ingetrokken exportvergunning"


def test_a_recent_act_on_an_earlier_years_object_is_news(analyzer: Analyzer) -> None:
    body = (
        "De chipmachinemaker meldt dat de Nederlandse overheid recent een vergunning voor "
        "het leveren van een aantal machines in 2023 deels heeft ingetrokken."
    )
    found = dated(analyzer, _TITLE, body, "2024-01-02")
    assert ("NL", "tightening") in main_of(found), brief(found)


def test_without_a_recency_adverb_the_year_dates_the_act(analyzer: Analyzer) -> None:
    body = (
        "De chipmachinemaker meldde eerder al dat de Nederlandse overheid in 2022 een "
        "vergunning voor het leveren van een aantal machines heeft ingetrokken."
    )
    found = dated(analyzer, "Chipmachinemaker presenteert jaarcijfers", body, "2024-01-02")
    assert ("NL", "tightening") not in main_of(found), brief(found)


def test_the_dutch_split_past_revokes_a_licence(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Nederland trok exportvergunning voor chipmachines deels in",
        "Dat meldt de fabrikant van de machines in een verklaring op zijn website.",
    )
    assert ("NL", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "La Chine renforce les contrôles sur les puces importées",
            "Selon la presse, les premières inspections visaient deux modèles de puces. "
            "Les autorités chinoises ont depuis étendu ces contrôles à toutes les puces "
            "avancées.",
        ),
        (
            "China tightens checks on imported chips",
            "According to the report, the first inspections targeted two chip models. The "
            "authorities have since expanded the checks to all advanced chips.",
        ),
    ],
)
def test_since_after_an_auxiliary_is_the_later_step(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert ("CN", "tightening") in main_of(found), brief(found)


def test_since_before_a_noun_still_names_the_premise(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Chinese chip imports fall",
        "Imports of chips have fallen by a third since the controls imposed by China.",
    )
    assert ("CN", "tightening") not in main_of(found), brief(found)


def test_a_dual_use_law_taking_effect_is_still_no_chip_measure(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "两用物项出口管制条例下月施行",
        "国务院日前公布两用物项出口管制条例，自下月1日起施行。",
    )
    assert not main_of(found), brief(found)
