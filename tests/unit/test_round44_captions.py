"""Round 44: a line closed by a photo credit is a caption, not the story (issue 11).

"Trump anunciou novas tarifas nesta quarta-feira (6). BRENDAN SMIALOWSKI / AFP": a scraped
page keeps a photo's caption as a line of the body, its credit last; the act it names is
told by the story below it, in its own words (a plan, here), or not at all.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, events, main_of


@pytest.mark.parametrize(
    "caption",
    [
        "Trump anunció nuevos aranceles a los chips el miércoles. JIM WATSON / AFP",
        "Trump announced new chip tariffs on Wednesday. Photo: Evan Vucci / AP",
        "Trump kündigte am Mittwoch neue Zölle auf Chips an. (Foto: Michael Kappeler / dpa)",
    ],
)
def test_a_caption_line_is_no_act(analyzer: Analyzer, caption: str) -> None:
    body = caption + "\n\nThe president said he intends to impose tariffs on chips one day."
    found = events(analyzer, "", body)
    assert not main_of(found), brief(found)


def test_a_story_line_naming_an_agency_stays_news(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "The US Commerce Department banned exports of H20 chips to China on Monday, AFP said.",
    )
    assert ("US", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Les nouvelles restrictions américaines sur les équipements annoncées en août vont "
        "au-delà des règles internationales, a dit le ministre.",
        "The new US restrictions on chip tools announced in August go further than the allies "
        "expected, the minister said.",
    ],
)
def test_a_participle_dates_the_measure_to_an_earlier_month(analyzer: Analyzer, body: str) -> None:
    found = dated(analyzer, "", body, "2022-11-14")
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "日本側の措置を受け、韓国側は規制品目の国産化に本腰を入れた。",
        "この規制による影響について、議論が分かれたままだ。",
    ],
)
def test_controlled_items_and_a_rules_impact_are_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "韓国、素材の国産化を加速", body)
    assert not main_of(found), brief(found)
