"""Round 36 (issue 11): related-story headings and the headlines under them. Own sentences.

A heading over links to other stories ("Read more", "Lesen Sie auch", "相关阅读", "関連記事",
"관련기사"; ``related_headings``) on a line of its own, and the headline lines under it, are
page furniture: another story's act named there makes no event of this article. A heading
before a colon or in brackets opens a line that is one such headline. The story's own
paragraph after the block is read as usual.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from streams.core.detect import load_patterns
from streams.core.lexicon import Lexicon
from streams.core.script import script_folder
from streams.core.segment import related_line
from tests.unit.sentence_kit import brief, events

_HEADINGS = frozenset(["read more", "lesen sie auch", "相关阅读"])


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("read more:\nus bans chip sales to china\n", 11, True),
        ("lesen sie auch\n\nerster titel\n\nzweiter titel\n", 30, True),
        ("相关阅读\n美国禁止向中国出口芯片\n", 5, True),
        # a paragraph with a full stop ends the block: the story resumes
        ("read more:\na headline\nthe paragraph goes on.\na line\n", 45, False),
        ("read more:\nthe ministry banned the exports on monday.\n", 11, False),
        # no heading above: a lone short line is not furniture by itself
        ("some paragraph.\nus bans chip sales to china\n", 16, False),
    ],
)
def test_a_related_line_sits_under_a_related_heading(text: str, line: int, expected: bool) -> None:
    assert related_line(text, line, _HEADINGS) is expected


def test_the_headings_are_read_from_the_patterns() -> None:
    lexicon = Lexicon(load_patterns())
    for heading in (
        "read more",
        "lesen sie auch",
        "lire aussi",
        "leia também",
        "leggi anche",
        "lees ook",
        "相关阅读",
        "関連記事",
        "관련기사",
    ):
        assert script_folder().fold(heading) in lexicon.related_headings


_STORY = {
    "en": "Shares of the toolmaker slid after its quarterly results.",
    "de": "Die Aktie des Ausrüsters fiel nach den Quartalszahlen.",
    "fr": "L'action de l'équipementier a reculé après ses résultats trimestriels.",
    "es": "Las acciones del fabricante cayeron tras sus resultados trimestrales.",
    "it": "Il titolo del produttore è sceso dopo i conti trimestrali.",
    "pt": "As ações da fabricante caíram após os resultados trimestrais.",
    "nl": "Het aandeel van de machinebouwer daalde na de kwartaalcijfers.",
    "zh": "该设备商公布季度业绩后股价下跌。",
    "ja": "同社の株価は四半期決算の発表後に下落した。",
    "ko": "장비업체의 주가는 분기 실적 발표 이후 하락했다.",
}

_RELATED = [
    ("en", "Related:\nUS bans exports of Nvidia H20 chips to China"),
    (
        "en",
        "Read more\n\nChina bans exports of gallium to the United States\n\n"
        "US adds Huawei to entity list",
    ),
    ("de", "Lesen Sie auch\nUSA verbieten Export von KI-Chips nach China"),
    ("de", "Lesen Sie auch: USA verbieten Export von KI-Chips nach China"),
    ("fr", "Lire aussi\nLes États-Unis interdisent les exportations de puces vers la Chine"),
    ("es", "Lea también\nEstados Unidos prohíbe la exportación de chips a China"),
    ("it", "Leggi anche\nGli Stati Uniti vietano l'export di chip verso la Cina"),
    ("pt", "Leia também\nEstados Unidos proíbem exportação de chips para a China"),
    ("nl", "Lees ook\nVS verbieden export van chips naar China"),
    ("zh", "相关阅读\n美国商务部宣布禁止向中国出口英伟达H20芯片"),
    ("ja", "関連記事\n米商務省、中国への半導体輸出を禁止"),
    ("ko", "관련기사\n미 상무부, 중국에 AI 반도체 수출 금지"),
    ("ko", "[관련기사] 미 상무부, 중국에 AI 반도체 수출 금지"),
]


@pytest.mark.parametrize(("lang", "block"), _RELATED)
def test_a_related_headline_is_no_act(analyzer: Analyzer, lang: str, block: str) -> None:
    body = f"{_STORY[lang]}\n\n{block}\n\n{_STORY[lang]}"
    found = events(analyzer, "", body)
    assert not found, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Read more:\nChina bans exports of gallium\n\n"
        "The Commerce Department on Monday banned exports of Nvidia's H20 chips to China.",
        "相关阅读\n荷兰更新出口管制\n\n美国商务部周一宣布禁止向中国出口英伟达H20芯片。",
    ],
)
def test_the_story_after_the_block_is_read(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert found


@pytest.mark.parametrize(
    "body",
    [
        "The Commerce Department on Monday banned exports of Nvidia's H20 chips to China.",
        "美国商务部周一宣布禁止向中国出口英伟达H20芯片。",
    ],
)
def test_the_same_act_as_the_story_is_read(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert found
