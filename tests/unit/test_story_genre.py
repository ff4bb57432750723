"""A story's genre and sections (``story_genre.py``), own sentences.

Written in issue 11's round 14 (was in ``test_detect_round14_eu.py`` and
``test_detect_round14_cjk.py``):

1. Opinion pieces: a genre label opening the body or the headline ("Editorial.",
   "Kommentar:") makes its measures context.
2. Background sections: a heading on its own ("Histórico") opens the story's history.
3. A transcript's question paragraph ("【記者】…", "问：…"): its acts are the reporter's
   premise; the answer's own acts stay news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, dated, events, main_of

# ------------- class 1: opinion pieces


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Chipstreit",
            "Editorial. Seit Monaten verbietet China den Export von Gallium in die USA.",
        ),
        (
            "Opinión: la guerra de los chips",
            "Estados Unidos prohibió la venta de chips H20 a China y Europa mira desde la barrera.",
        ),
        ("Opinião: a guerra dos chips", "Os EUA proibiram a venda de chips H20 à China."),
    ],
)
def test_an_opinion_piece_states_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert found, "the measure is still read, as background"
    assert not any(e.primary for e in found), brief(found)


def test_a_news_story_saying_no_comment_is_no_opinion(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "China verbietet Export von Gallium in die USA",
        "Das Handelsministerium wollte das nicht kommentieren. China verbietet ab sofort den "
        "Export von Gallium in die USA.",
        ("CN", "tightening"),
    )


# ------------- class 2: a background section


def test_what_follows_a_history_heading_is_background(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Como a Nvidia chegou ao centro da disputa",
        "As ações caíram 5%.\nHistórico\nDepois, a China passou a restringir a importação "
        "desses chips.",
        None,
    )


def test_an_adjective_histórico_is_no_heading(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "El histórico acuerdo de chips",
        "El Gobierno chino prohibió este lunes la importación de chips H20 de Nvidia.",
        ("CN", "tightening"),
    )


# ----------------------------------------------------- 2. a transcript's question paragraph


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "外交部定例会見",
            "【記者】報道によると、米国は先週、対中半導体輸出規制をさらに強化した。中国側の"
            "コメントは。\n【報道官】中国は一貫してこうしたやり方に反対している。",
        ),
        (
            "商务部例行新闻发布会",
            "问：美方近日宣布对更多中国企业实施出口管制，请问商务部有何评论？\n答：我们注意到"
            "有关情况，中方将密切关注事态发展。",
        ),
        (
            "外務省報道官会見",
            "外務省の報道官は3日の会見で、日本が半導体製造装置の輸出規制を強化したことに関する"
            "質問に答えた。",
        ),
    ],
)
def test_a_measure_in_a_reporters_question_is_no_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = dated(analyzer, title, body, "2024-12-04")
    assert not main_of(found), brief(found)


def test_the_agencys_answer_in_a_transcript_stays(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "市场监管总局有关负责人答记者问",
        "问：近日，市场监管总局对一家芯片公司立案调查，请介绍具体情况。\n答：该公司未依法申报"
        "经营者集中，我局依法对其立案调查。",
        "2025-10-12",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)


# Round 19 (issue 11): a briefing on rules explains them, as an explainer does: the acts
# its body tells are background; a headline that states an act in its own clause stays.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Trade officials to brief chipmakers on new export controls",
            "The United States has banned the sale of advanced AI chips to China, the agency "
            "said, adding that suppliers would be invited to ask questions.",
        ),
        (
            "Séance d'information pour les fabricants de puces sur les contrôles à l'export",
            "Les États-Unis ont interdit la vente de puces d'IA avancées à la Chine, a "
            "rappelé l'agence.",
        ),
        (
            "Sesión informativa para fabricantes de chips sobre los controles de exportación",
            "Estados Unidos prohibió la venta de chips de IA avanzados a China, recordó la "
            "agencia.",
        ),
    ],
)
def test_a_briefing_headline_keeps_the_rules_as_background(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_an_act_beside_a_briefing_in_the_headline_stays_news(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "US bans AI chip sales to China; officials to brief suppliers",
        "The United States on Monday banned the sale of advanced AI chips to China.",
        ("US", "tightening"),
    )
