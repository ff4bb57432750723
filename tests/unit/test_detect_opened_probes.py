"""Probes and reviews opened, own sentences (round 34, issue 11).

A state's probe or security review of a firm's products is an act when it is opened or
carried out, whether told in the future of its announcement ("va procéder à un examen de
la cybersécurité", "condurra una revisione", accent stripped), with its target as subject
("feront l'objet d'une enquête", "será alvo de uma investigação", "wird Gegenstand einer
Überprüfung"), under way ("正调查", "조사하고 있") or under the governing "carry out"
("안보 심사를 실시", "安全審査を実施"). A probe asked for, weighed, a firm's own review and an
inquiry into a plant's fault are not.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "",
            "La Chine va procéder à un examen de la cybersécurité des puces de Micron.",
            ("CN", "tightening"),
        ),
        (
            "",
            "Pékin a annoncé vendredi que les puces de Micron vendues en "
            "Chine feront l'objet d'une enquête de sécurité.",
            ("CN", "tightening"),
        ),
        (
            "La Cina condurra una revisione di sicurezza dei chip di Micron",
            "",
            ("CN", "tightening"),
        ),
        (
            "",
            "Il regolatore cinese ha annunciato che i chip di "
            "Micron saranno oggetto di un'indagine.",
            ("CN", "tightening"),
        ),
        (
            "",
            "China procederá a una revisión de ciberseguridad de los chips de Micron.",
            ("CN", "tightening"),
        ),
        ("", "A Nvidia será alvo de uma investigação antitruste da China.", ("CN", "tightening")),
        (
            "",
            "Micron wird Gegenstand einer Cybersicherheitsüberprüfung durch China.",
            ("CN", "tightening"),
        ),
        (
            "",
            "De chips van Micron worden door China onderworpen aan een veiligheidstoets.",
            ("CN", "tightening"),
        ),
        ("", "美国商务部表示，正调查该公司新手机使用的晶片。", ("US", "tightening")),
        ("", "该公司无预告推出新手机。美国商务部表示，正在调查其芯片来源。", ("US", "tightening")),
        (
            "",
            "중국 당국은 마이크론 제품에 대한 보안 심사를 실시한다고 밝혔다.",
            ("CN", "tightening"),
        ),
        ("", "中国当局はマイクロン製品の安全審査を実施すると発表した。", ("CN", "tightening")),
        (
            "台湾调查三家厂商 或推新禁令",
            "台湾经济部正式启动调查三家协助华为建厂的厂商，并将在近期公布管制清单。",
            ("TW", "tightening"),
        ),
    ],
)
def test_probe_opened_is_an_act(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("", "Lawmakers urged the Commerce Department to open a probe into the chipmaker.", None),
        ("", "La Chine pourrait procéder à un examen de cybersécurité des puces de Micron.", None),
        ("", "Micron a procédé à un examen interne de la sécurité de ses puces.", None),
        ("", "마이크론은 자사 제품에 대한 보안 심사를 실시했다고 밝혔다.", None),
        ("", "I parlamentari chiedono che i chip di Micron siano oggetto di un'indagine.", None),
        ("", "Intel wird Gegenstand einer internen Prüfung.", None),
        ("", "该公司表示，正在调查生产线故障的原因。", None),
    ],
)
def test_probe_asked_weighed_or_internal_is_none(
    analyzer: Analyzer, title: str, body: str, expected: None
) -> None:
    check(analyzer, title, body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the state the probe is held in probes (no actor named in the sentence)
        ("Nvidia será investigada na China por suspeita de monopólio.", ("CN", "tightening")),
        (
            "Les puces de Micron vendues en Chine feront l'objet d'une enquête de sécurité.",
            ("CN", "tightening"),
        ),
        # a firm probing its own plant or sales: no state acts
        ("Micron said it will investigate the fault at its plant in China.", None),
        ("Micron a ouvert une enquête interne sur ses ventes en Chine.", None),
    ],
)
def test_probe_held_in_a_state(
    analyzer: Analyzer, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, "", body, expected)
