"""Round 38 (issue 11): Meta's katakana, hangul and Chinese names, never the metaverse.

Japanese and Korean papers write the firm "メタ・プラットフォームズ" / "메타 플랫폼스" or
"メタ社"; the bare syllables begin "メタバース" and "메타버스" (metaverse), so only the full
names are aliases. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from streams.core.catalog import load_catalog
from streams.core.tagging import Tagger
from tests.unit.sentence_kit import tagged


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_catalog())


@pytest.mark.parametrize(
    "text",
    [
        "米メタ・プラットフォームズはエヌビディアのGPUを大量に購入した。",
        "メタ社は独自のAI半導体を開発している。",
        "메타 플랫폼스는 엔비디아 칩을 대량으로 사들였다.",
        "脸书母公司计划采购更多芯片。",
        "臉書母公司計劃採購更多晶片。",
    ],
)
def test_meta_in_its_cjk_names(tagger: Tagger, text: str) -> None:
    assert "Meta" in tagged(tagger, text, "firm")


@pytest.mark.parametrize(
    "text",
    [
        "メタバース関連の銘柄が上昇した。",
        "메타버스 플랫폼 시장이 커지고 있다.",
        "メタデータの管理が課題だ。",
    ],
)
def test_the_metaverse_is_not_meta(tagger: Tagger, text: str) -> None:
    assert "Meta" not in tagged(tagger, text, "firm")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Thai government tightened permits for chip shipments.", "TH"),
        ("Tailandia endurece los permisos.", "TH"),
        ("タイ政府は半導体の輸出許可を厳格化した。", "TH"),
        ("태국 정부는 반도체 수출 허가를 강화했다.", "TH"),
        ("The Indonesian government opened a probe.", "ID"),
    ],
)
def test_thailand_and_indonesia_are_states(tagger: Tagger, text: str, code: str) -> None:
    assert code in tagged(tagger, text, "jurisdiction")


@pytest.mark.parametrize("text", ["リアルタイムで監視する。", "新タイプの半導体を発表した。"])
def test_the_katakana_tai_inside_a_word_is_no_state(tagger: Tagger, text: str) -> None:
    # CLDR's "タイ" is left out of the generated names: it starts タイプ, タイミング
    assert "TH" not in tagged(tagger, text, "jurisdiction")


@pytest.mark.parametrize(
    ("text", "code", "other"),
    [
        ("印度尼西亚政府宣布新的出口规定。", "ID", "IN"),
        ("インドネシア政府は規制を発表した。", "ID", "IN"),
        ("印度政府宣布新的出口规定。", "IN", "ID"),
    ],
)
def test_indonesia_holds_indias_name_without_being_india(
    tagger: Tagger, text: str, code: str, other: str
) -> None:
    found = tagged(tagger, text, "jurisdiction")
    assert code in found and other not in found


def test_bloombergs_agency_is_not_broadcom(tagger: Tagger) -> None:
    assert "Broadcom" not in tagged(tagger, "彭博通訊社引述知情人士報道，美國將加大施壓。", "firm")
    assert "Broadcom" in tagged(tagger, "彭博社報道，博通將推出新晶片。", "firm")


def test_st_microelectronics_spelled_apart(tagger: Tagger) -> None:
    assert "STMicroelectronics" in tagged(
        tagger, "Una fabbrica condivisa con ST Microelectronics.", "firm"
    )
