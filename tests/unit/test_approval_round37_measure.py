"""Approving a measure adopts it (round 37, issue 11).

"el Gobierno aprobó las restricciones", "内阁批准了…限制措施", "輸出規制を閣議で承認した":
the approval verb's object is a measure, so the approval is no easing of its own
(``Approvals._approves_measure``) and the measure's noun is read as the act, the approval
verb governing it as "adopted" (``governing_verbs``). Approving a sale, an export or an
exemption from a measure stays the easing it is.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

_MEASURES = [
    ("ES", "El Gobierno de España aprobó las restricciones a la exportación de chips de IA."),
    ("IT", "Il governo italiano ha approvato le restrizioni all'esportazione di chip IA."),
    ("NL", "Het Nederlandse kabinet heeft de exportbeperkingen voor ASML-machines goedgekeurd."),
    ("JP", "日本内阁批准了对中国出口芯片设备的限制措施。"),
    ("JP", "日本政府は半導体製造装置の対中輸出規制を閣議で承認した。"),
    ("JP", "Japan's cabinet approved the new restrictions on exports of chipmaking equipment."),
]

_GRANTS = [
    "El Departamento de Comercio de EE.UU. aprobó la venta de chips H20 de Nvidia a China.",
    "美国商务部已批准英伟达向中国出口H20芯片。",
    "米商務省はエヌビディアにH20の対中輸出を許可した。",
    "The Commerce Department approved Nvidia's request to export H20 chips to China.",
]


@pytest.mark.parametrize(("state", "body"), _MEASURES)
def test_an_approved_measure_is_the_measure(analyzer: Analyzer, state: str, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.direction == "easing" for e in found), brief(found)
    assert any(e.jurisdiction == state and e.direction == "tightening" for e in found), brief(found)


@pytest.mark.parametrize("body", _GRANTS)
def test_an_approved_sale_stays_an_easing(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(e.action == "approve" and e.direction == "easing" for e in found), brief(found)
