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
