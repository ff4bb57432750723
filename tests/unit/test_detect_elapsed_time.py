"""False policy articles carried by a body sentence dated before the story (round 27, h43p).

The headline is about something else (a dispute, a firm, an opinion); a body sentence
tells an earlier measure with a time phrase the readers missed. One mechanism, the time
phrase that dates an act before publication, completed in every language:

1. Elapsed time: a count and a unit with "ago" ("trois mois plus tôt", "hace tres
   meses", "drei Monate zuvor", "3个月前", "3개월 전"), English "months ago" already read;
   a comparative stays news ("earlier than planned").
2. "Last <month>" in every language ("julio pasado", "juillet dernier"), as English.
3. "During" a year before the article's own ("durante el 2022", "während 2022").
4. A Chinese, Japanese or Korean opener's day ("2025年4月15日,…" in a story of July 3)
   dates the clause after it, as the opener's month or earlier year did; "10日前"
   (Japanese "ten days ago") is a count, not Chinese agency copy's foreground
   "日前" ("the other day"): a numeral before a CJK foreground cue voids it.
5. A Chinese clause with no actor of its own shares the time phrase of the act before it
   ("美国从去年10月起收紧…，加严…").
6. A genre label closing the headline ("…: X editorial", "… – Kommentar") and the
   Chinese "…浅析" analysis nouns.
Every earlier act stays a background event. Our own sentences.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, main_of

_DAY = "2025-10-23"
_HEAD = "Chipmakers weigh their options"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (_HEAD, "Three months earlier, Washington tightened export controls on chips to China."),
        (
            "La bataille pour un fabricant de puces",
            "Trois mois plus tôt, Washington a durci les contrôles à l'exportation des puces "
            "vers la Chine.",
        ),
        (
            "Una disputa comercial llega a la OMC",
            "Hace tres meses, Washington endureció los controles a la exportación de chips a "
            "China.",
        ),
        (
            "Chip, il settore guarda avanti",
            "Tre mesi fa Washington ha inasprito i controlli sulle esportazioni di chip.",
        ),
        (
            "Chipbranche unter Druck",
            "Drei Monate zuvor hatte Washington die Exportkontrollen für Chips verschärft.",
        ),
        (
            "Chipsector zoekt nieuwe markten",
            "Drie maanden geleden heeft Washington de exportcontroles op chips aangescherpt.",
        ),
        (
            "La tensión entre China y Occidente",
            "Durante el 2022, Estados Unidos impuso una serie de sanciones a China sobre los "
            "semiconductores.",
        ),
        ("芯片业界观望", "3个月前，美国商务部收紧了对华先进芯片的出口管制。"),
        (
            "露光装置の蘭大手、対中輸出の継続表明",
            "アメリカ商務省は3か月前に半導体製造装置の中国への輸出規制を強化した。",
        ),
        ("반도체 업계 촉각", "미국은 3개월 전 중국에 대한 반도체 수출 통제를 강화했다."),
    ],
)
def test_an_act_dated_by_elapsed_time_is_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = dated(analyzer, title, body, _DAY)
    assert found, "the earlier act stays a background event"
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Una disputa comercial llega a la OMC",
            "La disputa comenzó en julio pasado, cuando Japón impuso controles a la exportación "
            "de tres materiales para chips hacia Corea del Sur.",
        ),
        (
            "Un différend commercial devant l'OMC",
            "Le différend a commencé en juillet dernier, quand le Japon a imposé des contrôles à "
            "l'exportation de trois matériaux pour puces.",
        ),
    ],
)
def test_last_month_of_the_same_name_is_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    # published in July: "last July" is a year back, the month alone would be this one
    found = dated(analyzer, title, body, "2025-07-29")
    assert found, "the earlier act stays a background event"
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("opener", "main"),
    [("2025年4月15日", False), ("2025年6月30日", True)],  # 79 and 3 days before
)
def test_an_openers_day_dates_the_clause_after_it(
    analyzer: Analyzer, opener: str, main: bool
) -> None:
    body = f"{opener},美国商务部下令禁止美国公司向该公司出口电讯零部件。"
    found = dated(analyzer, "芯片业界观望", body, "2025-07-03")
    assert found, "the act stays an event"
    assert bool(main_of(found)) is main, brief(found)


def test_a_clause_without_its_own_actor_shares_the_earlier_time(analyzer: Analyzer) -> None:
    # Hong Kong and Taiwan copy: ASCII commas between the clauses
    body = (
        "为防止对方取得先进芯片制造设备,美国从去年10月起收紧出口管制,"
        "加严对中国出口半导体相关产品等管制规范。"
    )
    found = dated(analyzer, "芯片业界观望", body, _DAY)
    assert found, "the earlier act stays a background event"
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Message received, we hope: The Daily Ledger editorial",
            "China's announcement that it will impose controls on exports of two metals from "
            "Aug 1 has caused alarm.",
        ),
        (
            "Europas Abhängigkeit rächt sich – Kommentar",
            "Peking hat die Ausfuhr von zwei Metallen für die Chipherstellung beschränkt.",
        ),
        (
            "Washington et les puces | Opinion",
            "Washington a durci les contrôles à l'exportation des puces vers la Chine.",
        ),
        ("英伟达访华与芯片限制浅析", "美国政府已禁止该芯片向中国出口。"),
    ],
)
def test_a_headline_closed_by_a_genre_label_is_an_opinion_or_analysis(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = dated(analyzer, title, body, _DAY)
    assert found, "the measure stays a background event"
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a comparative: the act is the news, told against its schedule
        (
            "Les puces sous contrôle",
            "Washington a durci les contrôles à l'exportation des puces vers la Chine trois mois "
            "plus tôt que prévu.",
            ("US", "tightening"),
        ),
        # the article's own year after "durante" is no earlier year
        (
            "Nuevas sanciones",
            "Durante el 2025, Estados Unidos impuso sanciones a China sobre los semiconductores.",
            ("US", "tightening"),
        ),
        # a clause with its own actor does not share the earlier clause's time
        (
            "芯片业界观望",
            "为防止对方取得先进芯片制造设备,美国从去年10月起收紧出口管制,日本加严对中国出口"
            "半导体相关产品等管制规范。",
            ("JP", "tightening"),
        ),
        # a label inside the headline's words, or a dash before a place, is no genre label
        (
            "Washington tightens chip export rules despite industry opinion",
            "The Commerce Department tightened export controls on advanced chips to China.",
            ("US", "tightening"),
        ),
        (
            "Washington tightens chip export controls – Beijing",
            "The Commerce Department tightened export controls on advanced chips to China.",
            ("US", "tightening"),
        ),
    ],
)
def test_a_first_report_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    found = dated(analyzer, title, body, _DAY)
    assert expected in main_of(found), brief(found)
