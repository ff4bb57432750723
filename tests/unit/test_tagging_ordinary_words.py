"""Ordinary words that hold an alias name nothing (issue 11, round 29).

CJK aliases match without word bounds, so "三星" (Samsung) is found inside "三星期" (three
weeks) and "인텔" (Intel) inside "인텔리전스" (intelligence). The catalog lists such words
under ``ordinary_words``; the tagger matches each as a word of its own, so the longer
match hides the alias inside it. The alias on its own is still found; lower-case
"google" in a link or a share button is no firm, "Google" is; a product line named by its
family ("RTX Pro") is a chip, and a numbered part of it stays the longer match; Nvidia's
generations in CJK script (루빈, ルービン, 鲁宾) are chips only near chip words (they are
surnames too).
"""

from __future__ import annotations

import pytest

from schemas.catalog import Catalog
from streams.core.catalog import load_catalog
from streams.core.tagging import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    """One tagger over the shipped catalog."""
    return Tagger(load_catalog(None))


def names(tagger: Tagger, text: str) -> list[str]:
    """The entity names the tagger finds in ``text``, in order (keywords left out)."""
    return [m.name for m in tagger.find(text) if m.type != "keyword"]


@pytest.mark.parametrize(
    "text",
    [
        "時隔三星期，部門仍未發出許可。",  # three weeks (Traditional)
        "距离上次谈判已经三星期了",  # three weeks (Simplified)
        "这家三星级酒店位于市中心",  # a three-star hotel
        "游客在阿里山看日出",  # Alishan, a mountain in Taiwan
        "서울 삼성동 코엑스에서 열린 행사",  # Samseong-dong, a district of Seoul
        "아티피셜 인텔리전스 시대가 왔다",  # "intelligence" in hangul
        "超微型传感器的产量增加",  # ultra-miniature
    ],
)
def test_an_ordinary_word_hides_the_alias_inside_it(tagger: Tagger, text: str) -> None:
    """No firm is tagged inside an ordinary word."""
    assert names(tagger, text) == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("三星電子公布業績", "Samsung"),
        ("삼성전자와 삼성이 발표했다", "Samsung"),
        ("阿里巴巴与阿里云", "Alibaba"),
        ("인텔은 새 칩을 공개했다", "Intel"),
        ("超微发布新款处理器", "AMD"),
    ],
)
def test_the_alias_on_its_own_is_still_a_name(tagger: Tagger, text: str, firm: str) -> None:
    """The ordinary words take nothing from the alias standing alone."""
    assert firm in names(tagger, text)


def test_an_ordinary_word_next_to_the_alias_leaves_the_alias(tagger: Tagger) -> None:
    """Both in one text: the word tags nothing, the alias tags its firm once."""
    assert names(tagger, "時隔三星期後，三星宣布增產") == ["Samsung"]


def test_lower_case_google_in_a_link_is_no_firm(tagger: Tagger) -> None:
    """A share button or address ("google-news", "news.google.com") names no firm."""
    assert names(tagger, "Abone Ol google-news, or read news.google.com") == []
    assert names(tagger, "Google and GOOGLE shares rose") == ["Google", "Google"]


def test_a_product_line_by_family_name_is_a_chip(tagger: Tagger) -> None:
    """The family name alone ("RTX Pro") is a chip; "RTX Pro 6000D" stays the numbered part."""
    assert names(tagger, "그래픽 카드인 RTX Pro를 출시할 것") == ["RTX Pro"]
    assert names(tagger, "the RTX Pro 6000D ships") == ["RTX Pro 6000D"]


def test_a_catalog_without_ordinary_words_still_loads() -> None:
    """The field is optional: catalogs written before it validate unchanged."""
    catalog = Catalog.model_validate(
        {"entries": [{"name": "Samsung", "type": "firm", "aliases": [{"text": "三星"}]}]}
    )
    assert catalog.ordinary_words == []
    assert [m.name for m in Tagger(catalog).find("三星期")] == ["Samsung"]


@pytest.mark.parametrize(
    ("text", "chips"),
    [
        ("다만 블랙웰과 루빈 등 최첨단 칩은 제외된다", ["Blackwell", "Rubin"]),
        ("エヌビディアの次世代GPU「ルービン」", ["Rubin"]),
        ("英伟达的鲁宾芯片将于明年量产", ["Rubin"]),
        ("엔비디아 호퍼 GPU 수출", ["Hopper"]),
        ("로버트 루빈 전 재무장관은 말했다", []),  # the surname, with no chip words near
        ("前财长鲁宾表示", []),
    ],
)
def test_nvidia_generations_in_cjk_script_need_their_context(
    tagger: Tagger, text: str, chips: list[str]
) -> None:
    """A generation's CJK name is a chip near chip words, a surname elsewhere."""
    assert sorted(m.name for m in tagger.find(text) if m.type == "chip") == chips
