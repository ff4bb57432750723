"""Names tagged in the detector's sentences: chips, firms and their spellings.

Entities by script and alias form, numbered members of chip lines, high-bandwidth
memory spelled out or in Japanese, Romance papers' title-cased acronyms, TPU code names,
names inside accented words. Contrasts: common nouns, tools, bare numbers and code names
without their context. Written over issue 11's rounds 4 to 14.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import chips, names

# ------------------------------------------------------------------- entities


@pytest.mark.parametrize(
    ("text", "firms", "chips"),
    [
        (
            "輝達、超微、英特爾與台積電股價下跌，海力士、美光、華為與中芯國際亦受影響，寒武紀則上漲。",
            {"Nvidia", "AMD", "Intel", "TSMC", "SK Hynix", "Micron", "Huawei", "SMIC", "Cambricon"},
            set(),
        ),
        ("昇騰910B與H20之爭", set(), {"Ascend 910B", "H20"}),
        (
            "カンブリコンとアンソロピック、東エレとアプライド マテリアルズ",
            {"Cambricon", "Anthropic", "Tokyo Electron", "Applied Materials"},
            set(),
        ),
        ("넥스페리아와 무어스레드, 캠브리콘", {"Nexperia", "Moore Threads", "Cambricon"}, set()),
        (
            "Higon and Sugon were listed; Piotech makes deposition tools.",
            {"Hygon", "Sugon", "Piotech"},
            set(),
        ),
        (
            "Synopsys closed its purchase of Ansys; Qualcomm bought Autotalks.",
            {"Synopsys", "Ansys", "Qualcomm", "Autotalks"},
            set(),
        ),
        (
            "Zhipu, Moonshot AI, MiniMax, Mistral AI and Cohere raised funds.",
            {"Zhipu AI", "Moonshot AI", "MiniMax", "Mistral AI", "Cohere"},
            set(),
        ),
        (
            (
                "Blackwell Ultra, Rubin and Rubin Ultra follow; the B300, GB300, "
                "MI355X, MI400 and Ascend 950 ship first."
            ),
            set(),
            {
                "Blackwell Ultra",
                "Rubin",
                "Rubin Ultra",
                "B300",
                "GB300",
                "MI355X",
                "MI400",
                "Ascend 950",
            },
        ),
        ("Exports of high-bandwidth memory, 고대역폭메모리 and 高頻寬記憶體 fell.", set(), {"HBM"}),
        (
            "The scaled-down RTX 4090 D and the MI300 are older parts.",
            set(),
            {"RTX 4090D", "MI300"},
        ),
    ],
)
def test_entities_by_script_and_alias_form(
    analyzer: Analyzer, text: str, firms: set[str], chips: set[str]
) -> None:
    tagged = analyzer.tagger.tag(text, "")
    assert firms <= {m.name for m in tagged.mentions if m.type == "firm"}
    assert chips <= {m.name for m in tagged.mentions if m.type == "chip"}


def test_common_nouns_are_not_firms_and_tools_are_not_chips(analyzer: Analyzer) -> None:
    tagged = analyzer.tagger.tag(
        "Los microchips de ASML",
        "Exports of lithography machines, EUV machines and DUV systems need a licence.",
    )
    assert "Microchip" not in {m.name for m in tagged.mentions if m.type == "firm"}
    assert not {m.name for m in tagged.mentions if m.type == "chip"}
    assert {"EUV lithography", "DUV lithography"} <= {
        m.name for m in tagged.mentions if m.type == "equipment"
    }


# ------------------------------------------------ numbered members of chip lines


@pytest.mark.parametrize(
    "title, chip",
    [
        ("Nvidia zeigt Vera Rubin Ultra für 2027", "Rubin Ultra"),
        ("华为发布昇腾950PR芯片", "Ascend 950PR"),
        ("華為明年推出昇騰950DT", "Ascend 950DT"),
    ],
)
def test_numbered_members_are_tagged(analyzer: Analyzer, title: str, chip: str) -> None:
    tags = analyzer.tagger.tag(title, "")
    chips = {m.name for m in tags.mentions if m.type == "chip"}
    assert chip in chips, chips


@pytest.mark.parametrize(
    "body, kind, name",
    [
        ("Il blocco riguarda anche le memorie Hbm destinate alla Cina.", "chip", "HBM"),
        ("Le macchine di Asml restano al centro dello scontro.", "firm", "ASML"),
        ("La Smic ha aumentato la produzione a Shanghai.", "firm", "SMIC"),
    ],
)
def test_titlecased_acronyms_are_tagged(
    analyzer: Analyzer, body: str, kind: str, name: str
) -> None:
    assert name in names(analyzer, body, kind)


@pytest.mark.parametrize(
    "body",
    [
        "El veto incluye la memoria de alto ancho de banda fabricada en Corea.",
        "Les règles visent aussi la mémoire à haute bande passante.",
        "Il divieto colpisce la memoria ad alta larghezza di banda.",
        "A medida atinge a memória de alta largura de banda.",
        "Betroffen ist auch Speicher mit hoher Bandbreite.",
    ],
)
def test_spelled_out_high_bandwidth_memory_is_hbm(analyzer: Analyzer, body: str) -> None:
    assert "HBM" in names(analyzer, body, "chip")


@pytest.mark.parametrize(
    "body",
    [
        "Una conexión de alto ancho de banda llega a la oficina.",
        "Il nuovo Pro tempore del consiglio è stato nominato.",
        "Der Tel Aviv Stock Exchange meldet Rekorde.",
    ],
)
def test_words_that_look_like_them_are_not(analyzer: Analyzer, body: str) -> None:
    tags = analyzer.tagger.tag("", body)
    assert not [m for m in tags.mentions if m.type in ("chip", "firm")], tags.mentions


# ------------------------------------ accented letters continue a word: "japonés"


def test_a_name_inside_an_accented_word_is_no_mention(analyzer: Analyzer) -> None:
    tagged = analyzer.tagger.tag("", "El fabricante japonés de memorias perdió una licencia.")
    assert not [m for m in tagged.mentions if m.type == "jurisdiction"], tagged.mentions


def test_the_name_itself_still_is(analyzer: Analyzer) -> None:
    tagged = analyzer.tagger.tag("", "Le Japon a durci ses contrôles sur les puces.")
    assert [m.name for m in tagged.mentions if m.type == "jurisdiction"] == ["JP"]


# ---------------------------- catalog: a TPU generation's code name is the TPU family


def test_tpu_generations_resolve_to_the_family(analyzer: Analyzer) -> None:
    tagged = analyzer.tagger.tag(
        "", "Google opened its Ironwood TPU to cloud users; Trillium ships too."
    )
    assert {m.name for m in tagged.mentions if m.type == "chip"} == {"TPU"}


def test_a_code_name_without_its_context_is_no_chip(analyzer: Analyzer) -> None:
    tagged = analyzer.tagger.tag("", "The Ironwood Hotel hosted the trade conference.")
    assert not [m for m in tagged.mentions if m.type == "chip"], tagged.mentions


# ------------- catalog: high-bandwidth memory spelled in Japanese


def test_japanese_high_bandwidth_memory_is_hbm(analyzer: Analyzer) -> None:
    tagged = analyzer.tagger.tag("", "米政府は中国への高帯域幅メモリーの輸出を制限した。")
    assert {m.name for m in tagged.mentions if m.type == "chip"} == {"HBM"}


# ------------------------------------ round 14 (held-out set), class 1: numbered members of a line


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Huawei sets out its accelerator plan",
            "The Ascend 950PR, 950DT, 960 and 970 follow each other until 2028.",
        ),
        ("华为公布芯片计划", "华为称昇腾950PR、950DT、960和970将在三年内陆续推出。"),
    ],
)
def test_the_members_of_a_numbered_line_are_each_tagged(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = chips(analyzer, title, body)
    assert {"Ascend 950PR", "Ascend 950DT", "Ascend 960", "Ascend 970"} <= found, found
    assert "Ascend 950" not in found, found


@pytest.mark.parametrize(
    "body",
    ["The firm shipped 960 servers last year.", "该公司去年营收960亿元，同比增长970%。"],
)
def test_a_bare_number_without_its_family_is_no_chip(analyzer: Analyzer, body: str) -> None:
    assert not chips(analyzer, "Quarterly results", body)


@pytest.mark.parametrize(
    "body",
    ["AMD said its MI325 accelerators are in volume production.", "AMD表示，其MI325加速器已量产。"],
)
def test_an_accelerator_named_without_its_suffix_is_tagged(analyzer: Analyzer, body: str) -> None:
    assert "MI325X" in chips(analyzer, "AMD update", body)
