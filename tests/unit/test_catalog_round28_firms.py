"""The firm population of round 28 (issue 11): new firms in every script, and their guards.

Round 28 added the firms a chip-policy reader meets (equipment and materials makers,
China's entity-listed chip firms, the electronics, car and defence makers that chip
stories name) with their Chinese, Japanese and Korean spellings. Names that are ordinary
words elsewhere carry context words or case rules; every such rule has a sentence where
it must tag and one where it must not. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from streams.core.catalog import load_catalog
from streams.core.tagging import Tagger
from tests.unit.sentence_kit import tagged


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_catalog())


def firms(tagger: Tagger, text: str) -> list[str]:
    """Canonical firm names in text order, once each."""
    return tagged(tagger, text, "firm")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English, German, French, Italian, Spanish, Portuguese
        (
            "Seagate and Western Digital stopped selling drives to the group.",
            ["Seagate", "Western Digital"],
        ),
        ("Betroffen wären Merck und BASF als Lieferanten von Chemikalien.", ["Merck", "BASF"]),
        (
            "Le fabricant norvégien Nordic Semiconductor et Ericsson reculent.",
            ["Nordic Semiconductor", "Ericsson"],
        ),
        (
            "Il veto riguarda la milanese Lpe, ceduta a Shenzhen Invenland.",
            ["LPE", "Shenzhen Invenland Holdings"],
        ),
        ("La lista incluye a Fujian Jinhua y a QuantumCTek.", ["Fujian Jinhua", "QuantumCTek"]),
        ("O governo quer reativar a Ceitec, fábrica estatal de chips.", ["Ceitec"]),
        # Chinese, both scripts
        ("美方将福建晋华与国盾量子列入清单。", ["Fujian Jinhua", "QuantumCTek"]),
        ("報導稱台積電為華為旗下的海思代工。", ["TSMC", "Huawei", "HiSilicon"]),
        ("希捷与西部数据停止向该公司供货。", ["Seagate", "Western Digital"]),
        # Japanese
        (
            "規制対象にはニコンやレーザーテック、アルバックの装置が含まれる。",
            ["Nikon", "Lasertec", "Ulvac"],
        ),
        ("トヨタ自動車やソニーグループが出資した。", ["Toyota", "Sony"]),
        (
            "三菱重工や川崎重工業が対象となった。",
            ["Mitsubishi Heavy Industries", "Kawasaki Heavy Industries"],
        ),
        # Korean
        (
            "간담회에는 피에스케이, 동진쎄미켐, LX세미콘이 참석했다.",
            ["PSK", "Dongjin Semichem", "LX Semicon"],
        ),
        ("LG전자와 LG디스플레이가 대응에 나섰다.", ["LG Electronics", "LG Display"]),
    ],
)
def test_new_firms_are_tagged_in_every_script(
    tagger: Tagger, text: str, expected: list[str]
) -> None:
    assert firms(tagger, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LGエレクトロニクスとLGディスプレイが影響を受ける。", ["LG Electronics", "LG Display"]),
        ("LG Electronics Inc. was granted the status.", ["LG Electronics"]),
        ("Buyers such as LG and Samsung stocked up.", ["LG", "Samsung"]),
    ],
)
def test_a_groups_listed_company_wins_over_the_group(
    tagger: Tagger, text: str, expected: list[str]
) -> None:
    assert firms(tagger, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # context words: the company near its trade, the word elsewhere
        ("SCREEN's wafer cleaning tools need a licence.", ["Screen Holdings"]),
        ("THE SCREEN GOES DARK AT NINE.", []),
        ("Sharp, the Foxconn-owned display maker, cut output.", ["Sharp", "Foxconn"]),
        ("Sharp falls in prices hit the market.", []),
        ("Ford halted a plant for lack of chips.", ["Ford"]),
        ("Ford Madox Ford wrote novels.", []),
        ("HP supercomputers were shipped with the accelerators.", ["HP"]),
        ("The engine makes 300 HP at full load.", []),
        ("Quanta builds servers for Nvidia in Taiwan.", ["Quanta", "Nvidia"]),
        ("Quanta of light carry energy.", []),
        ("Silex, the Swedish MEMS foundry owned by Sai, was sold.", ["Silex Microsystems"]),
        ("Silex est une roche dure.", []),
        ("Stm – il titolo del gruppo di semiconduttori cede in borsa.", ["STMicroelectronics"]),
        ("PSK-Halbleiteranlagen: PSK liefert Ätzanlagen für Chips.", ["PSK"]),
        ("The modem uses PSK modulation on the radio link.", []),
        ("Boards from PNY and Sapphire reached the buyers.", ["PNY", "Sapphire"]),
        ("A Sapphire ring was sold at auction.", []),
        ("The Vedanta-Foxconn fab plan was dropped.", ["Vedanta", "Foxconn"]),
        ("Vedanta is a school of Indian philosophy.", []),
        # case rules: the capitalised name only
        ("A large-scale AI rollout is planned.", []),
        ("Scale AI labels data for model makers.", ["Scale AI"]),
        ("Wir stehen wacker zu unserem Plan.", []),
        ("Wacker supplies polysilicon.", ["Wacker"]),
        ("It was the best buy of the year.", []),
    ],
)
def test_ambiguous_latin_names_need_their_context_or_case(
    tagger: Tagger, text: str, expected: list[str]
) -> None:
    assert firms(tagger, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a katakana name inside a longer katakana word is no mention
        ("ホンダと日産の自動車工場が止まった。", ["Honda", "Nissan"]),
        ("元研究員のチュエンホンダオ被告に判決が出た。", []),
        ("サンフランシスコで会見が開かれた。", []),
        ("シスコのネットワーク機器が対象だ。", ["Cisco"]),
        ("スタンフォード大学の研究者が述べた。", []),
        ("フォードなど自動車メーカーが減産した。", ["Ford"]),
        ("クロームブックの販売が伸びた。", []),
        ("ロームはSiCパワー半導体を増産する。", ["Rohm"]),
        ("샌프란시스코에서 회담이 열렸다.", []),
        ("시스코의 네트워크 장비가 포함됐다.", ["Cisco"]),
        # Chinese words that are names only near their trade
        ("该地区日产量达到十万吨。", []),
        ("发电装置的订单增加。", []),
        ("日本电装向丰田供应汽车零部件。", ["Denso", "Toyota"]),
        ("骏马一路奔驰向前。", []),
        ("宝马和奔驰等德国车企受影响。", ["BMW", "Mercedes-Benz"]),
        ("推广达到了新的高度。", []),
        ("广达为英伟达代工服务器。", ["Quanta", "Nvidia"]),
        ("愿友谊永世长存。", []),
        ("长存扩产存储芯片产能。", ["YMTC"]),
        ("汉唐盛世的文化影响深远。", []),
        (
            "台厂崇越、汉唐、亚翔参与华为建厂工程。",
            ["Topco Scientific", "United Integrated Services", "L&K Engineering", "Huawei"],
        ),
    ],
)
def test_cjk_names_that_are_words_or_word_parts_need_their_context(
    tagger: Tagger, text: str, expected: list[str]
) -> None:
    assert firms(tagger, text) == expected


def chips(tagger: Tagger, text: str) -> list[str]:
    """Canonical chip names in text order, once each."""
    out: list[str] = []
    for mention in tagger.find(text):
        if mention.type == "chip" and mention.name not in out:
            out.append(mention.name)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case S in the part number is the same part, not a plural
        ("The handset runs a Kirin 9000s made at home.", ["Kirin 9000S"]),
        ("The handset runs a Kirin 9000S made at home.", ["Kirin 9000S"]),
        ("该手机搭载麒麟9000s芯片。", ["Kirin 9000S"]),
        # the L40 beside its L40S sibling, each its own part
        ("Vietate le GPU L40 e L40S.", ["L40", "L40S"]),
    ],
)
def test_round28_chip_spellings(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert chips(tagger, text) == expected
