"""The catalog: bundled data is complete and valid; bad catalogs are refused clearly."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from schemas.catalog import Alias, Catalog, default_case_sensitive
from streams.core.catalog import CatalogError, load_catalog, parse_catalog

REPO = Path(__file__).resolve().parents[2]
TAXONOMY = REPO.parent / "shared" / "TAXONOMY.md"

TAXONOMY_FIRMS = """Nvidia, AMD, Intel, TSMC, ASML, Huawei, SMIC, ByteDance, Alibaba, Tencent,
  Baidu, OpenAI, Microsoft, Google, Meta, Amazon, Samsung, SK Hynix, Micron,
  Tokyo Electron, Applied Materials, Lam Research, KLA, YMTC, CXMT, Nexperia,
  Wingtech, Cambricon, Moore Threads, DeepSeek, xAI, Anthropic, Oracle, Apple,
  Qualcomm, Broadcom, Arm, Super Micro, Dell"""
TAXONOMY_CHIPS = """H20, H200, H100, H800, A100, A800, B200, B30A, GB200,
  Blackwell, Hopper, RTX Pro 6000D, RTX 4090D, MI300X, MI308, Ascend 910B,
  Ascend 910C, Gaudi 3, HBM, TPU"""


def _names(block: str) -> list[str]:
    return [n.strip() for n in block.replace("\n", " ").split(",") if n.strip()]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def test_bundled_catalog_has_every_taxonomy_name_with_its_type(catalog: Catalog) -> None:
    by_name = catalog.by_name()
    for name in _names(TAXONOMY_FIRMS):
        assert by_name[name].type == "firm", name
    for name in _names(TAXONOMY_CHIPS):
        assert by_name[name].type == "chip", name


def test_taxonomy_lists_match_the_shared_contract() -> None:
    # Guards the copies above against drift from ../shared/TAXONOMY.md.
    if not TAXONOMY.is_file():
        pytest.skip(f"{TAXONOMY} not found (the shared folder sits beside the repo)")
    text = " ".join(TAXONOMY.read_text(encoding="utf-8").split())
    firms = re.search(r"- firms: (.*?)- chips", text)
    chips = re.search(r"- chips and products: (.*?)- jurisdictions", text)
    assert firms and chips
    assert _names(firms.group(1)) == _names(TAXONOMY_FIRMS)
    assert _names(chips.group(1)) == _names(TAXONOMY_CHIPS)


def test_bundled_catalog_sizes(catalog: Catalog) -> None:
    counts: dict[str, int] = {}
    for entry in catalog.entries:
        counts[entry.type] = counts.get(entry.type, 0) + 1
    assert counts["firm"] >= 60
    assert counts["chip"] >= 40
    assert counts["person"] >= 10
    codes = {e.name for e in catalog.entries if e.type == "jurisdiction"}
    wanted = {"US", "CN", "NL", "JP", "KR", "TW", "DE", "GB", "FR", "IN", "SG", "MY", "VN"}
    wanted |= {"AE", "SA", "RU", "IL", "EU"}
    assert set(wanted) <= codes
    regulator_states = {e.jurisdiction for e in catalog.entries if e.type == "regulator"}
    assert {"US", "CN", "NL", "JP", "KR", "TW", "EU"} <= regulator_states


@pytest.mark.parametrize(
    ("name", "jurisdiction"),
    [
        ("MOFCOM", "CN"),
        ("CAC", "CN"),
        ("SAMR", "CN"),
        ("NDRC", "CN"),
        ("MIIT", "CN"),
        ("GACC", "CN"),
        ("Chinese regulators", "CN"),
        ("BIS", "US"),
        ("Commerce Department", "US"),
        ("White House", "US"),
        ("USTR", "US"),
        ("OFAC", "US"),
        ("FCC", "US"),
        ("Dutch trade ministry", "NL"),
        ("METI", "JP"),
        ("MOTIE", "KR"),
        ("MOEA", "TW"),
        ("European Commission", "EU"),
        ("DG Trade", "EU"),
    ],
)
def test_regulators_belong_to_their_state(catalog: Catalog, name: str, jurisdiction: str) -> None:
    entry = catalog.by_name()[name]
    assert entry.type == "regulator"
    assert entry.jurisdiction == jurisdiction
    assert entry.code == jurisdiction


def test_chinese_aliases_and_ids(catalog: Catalog) -> None:
    by_name = catalog.by_name()
    wanted = {
        "Nvidia": "英伟达",
        "ByteDance": "字节跳动",
        "Alibaba": "阿里巴巴",
        "Tencent": "腾讯",
        "Huawei": "华为",
        "SMIC": "中芯国际",
        "TSMC": "台积电",
        "ASML": "阿斯麦",
    }
    for name, alias in wanted.items():
        assert alias in {a.text for a in by_name[name].aliases}, name
    assert by_name["Nvidia"].entity_id == "Q182477"
    assert by_name["Tencent"].ids.ticker == "0700.HK"
    assert by_name["Jensen Huang"].type == "person"


def test_default_case_rule() -> None:
    for acronym in ("NVDA", "BIS", "AMD", "H20", "0700.HK", "U.S."):
        assert default_case_sensitive(acronym), acronym
    for name in ("Nvidia", "Tokyo Electron", "英伟达", "xAI"):
        assert not default_case_sensitive(name), name
    assert Alias(text="Arm", case_sensitive=True).is_case_sensitive()
    assert not Alias(text="RTX Pro 6000D", case_sensitive=False).is_case_sensitive()


def _doc(*entries: dict[str, object]) -> str:
    return json.dumps({"schema_version": 1, "entries": list(entries)})


def test_duplicate_name_is_refused_naming_both() -> None:
    with pytest.raises(CatalogError, match=r"duplicate entity name 'nvidia'.*'Nvidia'"):
        parse_catalog(_doc({"name": "Nvidia", "type": "firm"}, {"name": "nvidia", "type": "chip"}))


def test_alias_claimed_by_two_entries_is_refused_naming_both() -> None:
    with pytest.raises(
        CatalogError, match=r"alias 'NV' of 'Nvidia2' is already claimed by 'Nvidia'"
    ):
        parse_catalog(
            _doc(
                {"name": "Nvidia", "type": "firm", "aliases": ["NV"]},
                {"name": "Nvidia2", "type": "firm", "aliases": ["NV"]},
            )
        )
    # case-insensitive: another entry's "arm" collides with "Arm"
    with pytest.raises(CatalogError, match="already claimed"):
        parse_catalog(
            _doc(
                {"name": "Arm", "type": "firm"},
                {"name": "Limb", "type": "firm", "aliases": ["ARM"]},
            )
        )


def test_same_alias_twice_in_one_entry_is_refused() -> None:
    with pytest.raises(CatalogError, match="twice"):
        parse_catalog(
            _doc({"name": "Nvidia", "type": "firm", "aliases": ["NVIDIA Corp", "nvidia corp"]})
        )


def test_regulator_needs_jurisdiction_and_jurisdiction_needs_code() -> None:
    with pytest.raises(CatalogError, match="needs a jurisdiction"):
        parse_catalog(_doc({"name": "MOFCOM", "type": "regulator"}))
    with pytest.raises(CatalogError, match="ISO alpha-2"):
        parse_catalog(_doc({"name": "China", "type": "jurisdiction"}))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe", "not UTF-8"),
        ("entries: [unclosed", "neither valid JSON nor YAML"),
        ("- just a list", "must be a mapping"),
        ("{}", "entries"),
        (_doc({"name": "X", "type": "planet"}), "type"),
        (_doc({"name": "X", "type": "firm", "colour": "red"}), "colour"),
        (_doc({"name": "X", "type": "firm", "ids": {"wikidata": "42"}}), "wikidata"),
    ],
)
def test_invalid_documents_raise_catalog_error(data: bytes | str, message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        parse_catalog(data)
    assert issubclass(CatalogError, ValueError)


def test_yaml_and_json_give_the_same_catalog(catalog: Catalog) -> None:
    as_json = catalog.model_dump_json()
    assert parse_catalog(as_json) == catalog
    assert parse_catalog(as_json.encode()) == catalog


def test_load_catalog_from_path_and_missing_file(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "catalog.json"
    path.write_text(catalog.model_dump_json(), encoding="utf-8")
    assert load_catalog(path) == catalog
    assert load_catalog(str(path)) == catalog
    with pytest.raises(CatalogError, match="cannot read catalog"):
        load_catalog(tmp_path / "missing.yaml")


def test_json_schema_file_is_current() -> None:
    path = REPO / "schemas" / "json" / "catalog.schema.json"
    expected = (
        json.dumps(Catalog.model_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    )
    assert path.read_text(encoding="utf-8") == expected, "re-export catalog.schema.json"
