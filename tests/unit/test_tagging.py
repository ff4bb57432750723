"""The tagger on the hard cases of TAXONOMY.md and on the seed article."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from schemas.article import EntityRef
from schemas.catalog import Catalog
from streams.core.catalog import load_catalog, parse_catalog
from streams.core.tag_match import ContextWords
from streams.core.tagging import Tagger, TagResult, repeated_paragraphs

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_747f1828a836c838.txt"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def tagger(catalog: Catalog) -> Tagger:
    return Tagger(
        catalog, keywords={"approve": ["approved", "green light", "批准"], "ban": ["ban"]}
    )


def found(tagger: Tagger, text: str, type_: str | None = None) -> list[tuple[str, str]]:
    """(canonical name, matched text) of every mention, optionally of one type."""
    return [(m.name, m.text) for m in tagger.find(text) if type_ is None or m.type == type_]


def names(tagger: Tagger, text: str, type_: str) -> list[str]:
    return [name for name, _ in found(tagger, text, type_)]


# ---------------------------------------------------------------- aliases to canonical names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nvidia Corp said", "Nvidia"),
        ("NVIDIA said", "Nvidia"),
        ("shares of NVDA fell", "Nvidia"),
        ("英伟达表示", "Nvidia"),
        ("nvidia said", "Nvidia"),
        ("Taiwan Semiconductor Manufacturing Co said", "TSMC"),
        ("台积电", "TSMC"),
        ("阿斯麦", "ASML"),
        ("字节跳动", "ByteDance"),
        ("0700.HK rose", "Tencent"),
        ("Super Micro Computer", "Super Micro"),
        ("Supermicro", "Super Micro"),
        ("SK hynix", "SK Hynix"),
        ("Meta Platforms", "Meta"),
        ("Amazon Web Services", "Amazon"),
        ("AWS", "Amazon"),
        ("Arm Holdings", "Arm"),
        ("Apple Inc", "Apple"),
    ],
)
def test_aliases_resolve_to_canonical_firm(tagger: Tagger, text: str, name: str) -> None:
    assert names(tagger, text, "firm") == [name]


def test_h20_chip_and_plural_resolve_to_h20(tagger: Tagger) -> None:
    assert names(tagger, "the H20 chip", "chip") == ["H20"]
    assert names(tagger, "sales of H20s resumed", "chip") == ["H20"]
    assert names(tagger, "英伟达H20芯片", "chip") == ["H20"]


# ---------------------------------------------------------------- H20 vs H200


@pytest.mark.parametrize(
    ("text", "chips"),
    [
        ("Nvidia's H200 chips", ["H200"]),
        ("H200s shipped", ["H200"]),
        ("the H200, not the H20", ["H200", "H20"]),
        ("H20s and H200s", ["H20", "H200"]),
        ("H2000 is not a chip", []),
        ("model AH20 part", []),
        ("RTX 4090D", ["RTX 4090D"]),
        ("RTX 4090", ["RTX 4090"]),
        ("Ascend 910B and 910C", ["Ascend 910B", "Ascend 910C"]),
        ("昇腾910C芯片", ["Ascend 910C"]),
        ("MI308X accelerators", ["MI308"]),
        ("GB200 NVL72 racks", ["GB200"]),
        ("HBM3E stacks", ["HBM"]),
    ],
)
def test_longest_match_wins_and_no_prefix_matches(
    tagger: Tagger, text: str, chips: list[str]
) -> None:
    assert names(tagger, text, "chip") == chips


def test_h200_never_also_yields_h20(tagger: Tagger) -> None:
    mentions = tagger.find("H200 H200s H200's")
    assert [m.name for m in mentions] == ["H200", "H200", "H200"]
    assert [m.text for m in mentions] == ["H200", "H200", "H200"]


# ---------------------------------------------------------------- word vs firm


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("Intel said it would cut jobs", ["Intel"]),
        ("artificial intelligence and intelligent agents", []),
        ("Intelligence agencies warned", []),
        ("the latest intel from the field", []),
        ("Intel's foundry", ["Intel"]),
        ("Meta said it would buy more Nvidia GPUs", ["Meta", "Nvidia"]),
        ("a meta-analysis of trade data and the metadata", []),
        ("Meta-analysis suggests tariffs hurt exporters", []),
        ("Meta's data centres", ["Meta"]),
        ("Meta公司采购芯片", ["Meta"]),
        ("Arm, the SoftBank-owned chip designer, licenses its architecture", ["Arm", "SoftBank"]),
        ("He broke his arm while lifting a box.", []),
        ("The minister said the agency is the arm of the state", []),
        ("Arm in arm, the protesters marched.", []),
        ("Amazon will rent Trainium chips to Anthropic", ["Amazon", "Anthropic"]),
        ("Fires burned across the Amazon as the river level fell", []),
        ("Apple said TSMC will make its chips", ["Apple", "TSMC"]),
        ("Farmers exported apples and pears.", []),
        ("An Apple a day keeps the doctor away, said the farmer.", []),
        ("苹果公司发布新手机", ["Apple"]),
        ("他买了一斤苹果。", []),
        ("Oracle and xAI signed deals", ["Oracle", "xAI"]),
        ("the micron-scale features", []),
        ("Micron shares rose", ["Micron"]),
    ],
)
def test_ambiguous_words(tagger: Tagger, text: str, firms: list[str]) -> None:
    assert names(tagger, text, "firm") == firms


def test_person_is_not_a_firm(tagger: Tagger) -> None:
    text = "Nvidia CEO Jensen Huang said Huang's company would comply."
    assert found(tagger, text, "person") == [("Jensen Huang", "Jensen Huang")]
    assert names(tagger, text, "firm") == ["Nvidia"]
    assert names(tagger, "Michael Dell founded Dell Technologies", "firm") == ["Dell"]
    assert names(tagger, "黄仁勋访问北京", "firm") == []


def test_possessives_plurals_and_curly_apostrophes(tagger: Tagger) -> None:
    assert found(tagger, "Nvidia's and Nvidia’s chips", "firm") == [
        ("Nvidia", "Nvidia"),
        ("Nvidia", "Nvidia"),
    ]
    assert names(tagger, "TPUs and Blackwells", "chip") == ["TPU", "Blackwell"]
    assert names(tagger, "China’s customs stopped it", "regulator") == ["GACC"]
    assert names(tagger, "China's customs stopped it", "regulator") == ["GACC"]


def test_latin_boundaries(tagger: Tagger) -> None:
    assert names(tagger, "AMDs rivals and AMD", "firm") == ["AMD", "AMD"]
    assert names(tagger, "AMDX and XAMD", "firm") == []
    assert names(tagger, "because customs must", "jurisdiction") == []
    assert names(tagger, "US-China trade", "jurisdiction") == ["US", "CN"]
    assert names(tagger, "Samsung's HBM", "chip") == ["HBM"]


def test_case_rules(tagger: Tagger) -> None:
    assert names(tagger, "the bis and amd", "firm") == []
    assert names(tagger, "the bis and amd", "regulator") == []
    assert names(tagger, "BIS and AMD", "regulator") == ["BIS"]
    assert names(tagger, "TENCENT and tencent", "firm") == ["Tencent", "Tencent"]
    assert names(tagger, "rtx pro 6000d cards", "chip") == ["RTX Pro 6000D"]


def test_cjk_text_without_spaces(tagger: Tagger) -> None:
    text = "中国批准字节跳动、阿里巴巴和腾讯采购英伟达H200芯片，华为昇腾910B受影响。"
    assert names(tagger, text, "firm") == ["ByteDance", "Alibaba", "Tencent", "Nvidia", "Huawei"]
    assert names(tagger, text, "chip") == ["H200", "Ascend 910B"]
    assert names(tagger, text, "jurisdiction") == ["CN"]
    assert names(tagger, "中国商务部宣布", "regulator") == ["MOFCOM"]
    assert names(tagger, "美国商务部宣布", "regulator") == ["Commerce Department"]


def test_jurisdictions_and_regulators_carry_codes(tagger: Tagger) -> None:
    text = "MOFCOM and Beijing; BIS in Washington; the Dutch government; METI in Tokyo."
    got = [(m.name, m.type, m.jurisdiction) for m in tagger.find(text) if m.type != "keyword"]
    assert got == [
        ("MOFCOM", "regulator", "CN"),
        ("CN", "jurisdiction", "CN"),
        ("BIS", "regulator", "US"),
        ("US", "jurisdiction", "US"),
        ("NL", "jurisdiction", "NL"),
        ("METI", "regulator", "JP"),
        ("JP", "jurisdiction", "JP"),
    ]
    assert names(tagger, "Tokyo Electron and Tokyo", "firm") == ["Tokyo Electron"]
    assert names(tagger, "North Korea and South Korea", "jurisdiction") == ["KP", "KR"]


def test_keywords_share_the_pass_and_respect_boundaries(tagger: Tagger) -> None:
    mentions = tagger.find("Beijing approved H200 imports; a ban, not a banner. 中国批准", "body")
    keywords = [(m.name, m.text) for m in mentions if m.type == "keyword"]
    assert keywords == [("approve", "approved"), ("ban", "ban"), ("approve", "批准")]
    assert all(m.field == "body" for m in mentions)


def test_spans_index_the_original_text(tagger: Tagger) -> None:
    text = "İstanbul: NVIDIA’s H200 and 英伟达 in ÅNGSTRÖM-Tencent news"
    for m in tagger.find(text, "title"):
        assert text[m.start : m.end] == m.text
        assert m.field == "title"
    assert names(tagger, text, "firm") == ["Nvidia", "Nvidia", "Tencent"]


def test_sorted_non_overlapping(tagger: Tagger, catalog: Catalog) -> None:
    text = SEED.read_text(encoding="utf-8") if SEED.is_file() else "Nvidia H200 China " * 50
    mentions = tagger.find(text)
    assert mentions == sorted(mentions, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_refused_longest_match_does_not_hide_a_shorter_one(tagger: Tagger) -> None:
    # "Taiwan Semiconductor Manufacturing Co" is refused (followed by "rporation");
    # the shorter alias inside it must still be found.
    text = "Taiwan Semiconductor Manufacturing Corporation said"
    assert names(tagger, text, "firm") == ["TSMC"]


def test_empty_text(tagger: Tagger) -> None:
    assert tagger.find("") == []
    result = tagger.tag("", "")
    assert result.mentions == []
    assert result.entities == []


# ---------------------------------------------------------------- repeated paragraphs


def test_repeated_paragraph_ranges() -> None:
    body = "A\nB\n\nA\n  B  \nC"
    assert repeated_paragraphs(body) == [(5, 6), (7, 12)]
    assert repeated_paragraphs("no newline") == []


def test_repeated_paragraphs_count_once(tagger: Tagger) -> None:
    body = "Nvidia sold H200 chips.\nTencent bought some.\nNvidia sold H200 chips.\nIntel"
    result = tagger.tag("Nvidia", body)
    firms = {e.name: e for e in result.of_type("firm")}
    assert firms["Nvidia"].mentions == 2  # title + first paragraph
    assert [s["field"] for s in firms["Nvidia"].spans] == ["title", "body"]
    assert firms["Intel"].mentions == 1
    assert result.of_type("chip")[0].mentions == 1


@pytest.mark.skipif(not SEED.is_file(), reason=f"seed article {SEED} not found")
def test_seed_article(tagger: Tagger) -> None:
    body = SEED.read_text(encoding="utf-8")
    title = "China approves Nvidia H200 imports for ByteDance, Alibaba and Tencent"
    result = tagger.tag(title, body)
    assert isinstance(result, TagResult)
    assert result.names("firm") == ["Nvidia", "ByteDance", "Alibaba", "Tencent", "OpenAI"]
    assert result.names("chip") == ["H200", "H20"]
    assert "Jensen Huang" in {m.name for m in result.mentions if m.type == "person"}
    by_name = {e.name: e for e in result.entities}
    # the body repeats five paragraphs: their mentions count once
    assert len(repeated_paragraphs(body)) == 5
    h20 = by_name["H20"]
    assert h20.mentions == 1
    nvidia = by_name["Nvidia"]
    body_nvidia = [s for s in nvidia.spans if s["field"] == "body"]
    assert len(body_nvidia) == 6  # of 10 in the raw body
    assert body.count("Nvidia") == 10
    assert by_name["CN"].type == "jurisdiction"
    assert by_name["Chinese regulators"].type == "regulator"
    for entity in result.entities:
        assert isinstance(entity, EntityRef)
        for span in entity.spans:
            source = title if span["field"] == "title" else body
            assert source[span["start"] : span["end"]] == span["text"]
    assert nvidia.id == "Q182477"
    assert all(e.type != "person" for e in result.entities)


def test_tagger_on_a_minimal_catalog() -> None:
    small = parse_catalog(
        '{"entries": [{"name": "Nvidia", "type": "firm"}, '
        '{"name": "MOFCOM", "type": "regulator", "jurisdiction": "CN"}]}'
    )
    tagger = Tagger(small)
    result = tagger.tag("MOFCOM", "nvidia and NVIDIA")
    assert [(e.name, e.mentions) for e in result.entities] == [("MOFCOM", 1), ("Nvidia", 2)]
    assert result.of_type("regulator")[0].id is None
    assert Tagger(small, keywords={"x": ["  ", ""]}).find("x") == []


def test_fast_mention_constructor_builds_equal_mentions() -> None:
    from streams.core.mentions import Mention
    from streams.core.tagging import _mention

    args = ("Nvidia", "firm", "body", 3, 9, "Nvidia", "Q182477", None)
    built = _mention(*args)
    assert built == Mention(*args)  # type: ignore[arg-type]
    assert type(built) is Mention
    assert hash(built) == hash(Mention(*args))  # type: ignore[arg-type]


def test_entity_alias_wins_over_equal_keyword(catalog: Catalog) -> None:
    tagger = Tagger(catalog, keywords={"product": ["HBM", "gallium"], "other": ["gallium"]})
    got = [(m.name, m.type) for m in tagger.find("HBM and gallium")]
    assert got == [("HBM", "chip"), ("product", "keyword")]


def test_one_pass_keeps_case_rules_apart(catalog: Catalog) -> None:
    # One automaton searches the lower-cased text for every key: a case-sensitive alias
    # must still need its own spelling, and the same letters as a keyword still count.
    tagger = Tagger(catalog, keywords={"product": ["HBM"]})
    assert [(m.name, m.type) for m in tagger.find("HBM")] == [("HBM", "chip")]
    assert [(m.name, m.type) for m in tagger.find("hbm")] == [("product", "keyword")]
    text = "The industry thus asked the US and USTR, not ustr."
    found_names = [m.name for m in tagger.find(text)]
    assert found_names.count("USTR") == 1
    assert "US" in found_names


def test_context_words_are_looked_up_per_mention(tagger: Tagger) -> None:
    # The context words of an ambiguous alias are searched once per text: each mention
    # still needs one within its own window.
    far = "x " * 200
    text = f"Amazon rainforest fires. {far} Amazon cloud revenue rose."
    assert [m.start for m in tagger.find(text) if m.name == "Amazon"] == [text.rindex("Amazon")]


def test_context_words_near_a_mention_are_those_wholly_inside_its_window() -> None:
    # ContextWords.near searches the window (as ASCII bytes when it can); the rule it
    # implements is "an occurrence, anywhere in the text, lying wholly inside [lo, hi)".
    words = ["cloud", "aws", "web services", "云", "云计算"]
    context = ContextWords(words)
    rng = random.Random(3)
    pieces = [*words, " ", "x", "clou", "d", "we", "b ", "计算", "亚马逊", ".", "\n"]
    for n in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        if n % 3 == 0:
            text = "".join(c for c in text if c.isascii())
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        every = [
            (start, start + len(w))
            for w in words
            for start in range(len(text))
            if text.startswith(w, start)
        ]
        expected = any(lo <= s and e <= hi for s, e in every)
        encoded = text.encode("ascii") if text.isascii() else None
        assert context.near(text, encoded, lo, hi) == expected, (text, lo, hi)


def test_ascii_automaton_finds_what_the_text_automaton_finds_in_ascii_text() -> None:
    # The ASCII automaton is a DFA over the ASCII keys only (the others stand in as a
    # byte no ASCII text holds): on ASCII text it must give the full automaton's
    # matches, ids and offsets. Text made of the table's own ASCII keys, their pieces
    # and separators, so that long and overlapping keys compete (the non-ASCII
    # characters of keys dropped, so that their ASCII remains may match).
    tagger = Tagger(load_catalog(), keywords={"ban": ["ban", "export ban"], "x": ["*verbot"]})
    table = tagger._table
    assert table.automaton is not None and table.ascii_automaton is not None
    keys = sorted({a.text.lower() for e in tagger.catalog.entries for a in e.all_aliases()} - {""})
    rng = random.Random(11)
    pieces = [*keys, "ban", "export ", "verbot", "us", "a", "-", " ", ".", "\n", "'s", "s"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        text = "".join(c for c in text if c.isascii())
        assert table.ascii_automaton.find_matches_as_indexes(
            text.encode("ascii")
        ) == table.automaton.find_matches_as_indexes(text), text


def test_traditional_script_matches_simplified_aliases_with_original_spans() -> None:
    from streams.core.catalog import load_catalog

    tagger = Tagger(load_catalog())
    text = "美國商務部將華為列入實體清單，台積電停止出貨。"
    mentions = tagger.find(text)
    names = [(m.name, m.text) for m in mentions if m.type == "firm"]
    assert ("Huawei", "華為") in names
    assert ("TSMC", "台積電") in names
    for m in mentions:
        assert text[m.start : m.end] == m.text  # spans index the text as sent


def test_keyword_equal_to_an_alias_is_reported_as_shadowed() -> None:
    from streams.core.catalog import load_catalog

    tagger = Tagger(load_catalog(), keywords={"policy.trigger": ["Huawei", "banned"]})
    assert tagger.shadowed == {"policy.trigger": ["Huawei"]}
