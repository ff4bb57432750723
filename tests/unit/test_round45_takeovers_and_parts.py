"""Round 45: a state taking control of a chip firm, and chip names the catalog lacked.

- "ordered oversight … at the chipmaker", "unter staatliche Aufsicht gestellt", "経営権を
  掌握", "경영권을 장악": the state takes the firm over, a restriction on its ownership.
- B30 (the Blackwell China part's first name), Huawei's Kirin line, and high-bandwidth
  memory spelled out in Spanish, French, Italian, Portuguese and Dutch word orders; a
  German road "B30" and the brewer Kirin are no chips.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, chips, events


@pytest.mark.parametrize(
    ("title", "body", "state"),
    [
        (
            "",
            "The Dutch government has ordered oversight of chipmaker Nexperia, citing the risk "
            "that its know-how moves abroad.",
            "NL",
        ),
        (
            "",
            "Die Bundesregierung hat den Chiphersteller Nexperia unter staatliche Aufsicht "
            "gestellt.",
            "DE",
        ),
        ("", "英国政府は半導体メーカーのネクスペリアの経営権を掌握した。", "GB"),
        ("", "영국 정부가 반도체 기업 넥스페리아의 경영권을 장악했다.", "GB"),
    ],
)
def test_a_state_taking_control_of_a_chip_firm_restricts_it(
    analyzer: Analyzer, title: str, body: str, state: str
) -> None:
    found = events(analyzer, title, body)
    assert any(e.primary and e.jurisdiction == state and e.action == "restrict" for e in found), (
        brief(found)
    )


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        ("Nvidia prepara per la Cina un acceleratore Blackwell, nome in codice B30.", "B30"),
        ("Huawei dejará de fabricar sus chipsets Kirin por las sanciones.", "Kirin"),
        ("华为麒麟芯片因制裁停产。", "Kirin"),
        ("Las reglas limitan la venta de chips de memoria de gran ancho de banda.", "HBM"),
        ("Le texte vise la mémoire à large bande passante vendue à la Chine.", "HBM"),
        ("Il divieto copre la memoria ad ampia larghezza di banda.", "HBM"),
        ("A regra abrange a memória de grande largura de banda.", "HBM"),
        (
            "De regels gelden ook voor geheugen met hoge bandbreedte en voor andere geheugenchips.",
            "HBM",
        ),
    ],
)
def test_parts_and_classes_are_tagged(analyzer: Analyzer, body: str, wanted: str) -> None:
    assert wanted in chips(analyzer, "", body)


@pytest.mark.parametrize(
    "body",
    [
        "Die B30 zwischen Ulm und Biberach wird am Wochenende gesperrt.",
        "Kirin Holdings reported higher beer sales in Japan this quarter.",
    ],
)
def test_a_road_and_a_brewer_are_no_chips(analyzer: Analyzer, body: str) -> None:
    assert not chips(analyzer, "", body)
