"""Round 52 (issue 11): a numbered member after its family's name in another script.

Korean, Japanese and Chinese papers write Huawei's parts as the family's name in their
script joined to the member's number ("어센드910", "기린990", "アセンド 910"). The
catalog names each family once per script and each member once; the tagger joins the
two (``member_script_aliases``), so no member lists its spellings again. The number
makes the name specific, so the family's own guard (기린 is a giraffe, 麒麟 a beast)
does not apply to it.
"""

from __future__ import annotations

import pytest

from schemas.catalog import Alias, Catalog, CatalogEntry
from streams.core.analyze import Analyzer
from streams.core.tagging import family_scripts, member_script_aliases
from tests.unit.sentence_kit import chips


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("TSMC는 어센드310과 어센드910을 더는 생산할 수 없다.", {"Ascend 310", "Ascend 910"}),
        ("화웨이의 기린990 칩은 TSMC가 만들었다.", {"Kirin 990"}),
        ("ファーウェイのアセンド 910は", {"Ascend 910"}),
        ("华为的麒麟980芯片由台积电代工。", {"Kirin 980"}),
        ("Huawei's Kunpeng 920 server chips and Kirin 990 phones.", {"Kunpeng 920", "Kirin 990"}),
    ],
)
def test_a_member_is_named_after_its_familys_other_script_name(
    analyzer: Analyzer, body: str, expected: set[str]
) -> None:
    assert chips(analyzer, "", body) == expected


@pytest.mark.parametrize(
    "body", ["동물원의 기린은 키가 크다.", "キリンのビールを飲んだ。", "传说中的鲲鹏。"]
)
def test_a_family_name_alone_still_needs_its_guard(analyzer: Analyzer, body: str) -> None:
    assert chips(analyzer, "", body) == set()


def test_only_other_script_names_of_a_one_word_family_make_member_names() -> None:
    family = CatalogEntry(
        name="Ascend",
        type="chip",
        aliases=[
            Alias(text="Ascend"),
            Alias(text="어센드", lang="ko"),
            Alias(text="昇腾", lang="zh"),
        ],
    )
    member = CatalogEntry(name="Ascend 910", type="chip")
    firm = CatalogEntry(name="Ascend 910", type="firm")
    families = family_scripts(Catalog(entries=[family, member]))
    assert [a.text for a in member_script_aliases(member, families)] == [
        "어센드910",
        "어센드 910",
        "昇腾910",
        "昇腾 910",
    ]
    assert member_script_aliases(firm, families) == []
