"""Law enforcement is no chip policy (issue 11, round 20), own sentences.

An investigation of people or of a crime (fraud, a smuggling case, an arrest, charges)
is no ``investigate`` policy event: the state enforces rules already in force, as the
dev set labels criminal charges under existing export rules. The crime is named in the
investigation's sentence or in the headline the story hangs on (``lawcase_cues``,
``PolicyDetector._law_case``). Contrast: a regulator's probe of a firm (antitrust,
anti-dumping, security review) names no crime and stays news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Fraud case servers may have held Nvidia chips, Singapore says",
            "Authorities in Singapore said on Monday that servers tied to a fraud case the "
            "police have been investigating may have held AI chips from Nvidia, which were "
            "then shipped to Malaysia.",
        ),
        (
            "Alleged fraud over exported servers: minister says Nvidia chips may be inside",
            "The Singapore authorities launched an investigation into shipments of Nvidia AI "
            "chips to Malaysia, the minister told reporters on Tuesday.",
        ),
        (
            "新加坡调查英伟达芯片出口",
            "新加坡警方周一表示，已对英伟达人工智能芯片经服务器出口马来西亚的诈骗案展开调查。",
        ),
        (
            "대만, 엔비디아 칩 수출 사기 사건 조사 착수",
            "대만 검찰은 엔비디아 H100 칩이 중국으로 수출된 사기 사건에 대해 조사에 착수했다.",
        ),
        (
            "台湾、エヌビディア半導体の輸出で調査を開始",
            "台湾の検察は、エヌビディアのH100が中国に輸出された詐欺事件について調査を開始した。",
        ),
        (
            "Taiwan ermittelt wegen Nvidia-Chips",
            "Taiwan ermittelt wegen Betrugs bei der Ausfuhr von KI-Chips von Nvidia nach China.",
        ),
        (
            "Taïwan ouvre une enquête sur des puces Nvidia",
            "Taïwan a ouvert une enquête pour fraude sur l'exportation de puces Nvidia H100 "
            "vers la Chine.",
        ),
        (
            "Taiwán abre una investigación sobre chips de Nvidia",
            "Taiwán abrió una investigación por fraude sobre la exportación de chips Nvidia "
            "H100 a China.",
        ),
    ],
)
def test_a_criminal_investigation_is_no_probe(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not any(e.action == "investigate" for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China opens antitrust probe into Qualcomm",
            "China's market regulator said on Friday it has opened an investigation into "
            "Qualcomm over its purchase of a chip designer.",
        ),
        (
            "Singapore investigates server shipments",
            "Singapore is investigating servers with Nvidia AI chips that were shipped to "
            "Malaysia.",
        ),
        (
            "Taiwán abre una investigación sobre chips de Nvidia",
            "Taiwán abrió una investigación antimonopolio sobre las ventas de chips Nvidia "
            "H100 en la isla.",
        ),
        (
            "商务部对美国模拟芯片发起反倾销调查",
            "商务部13日宣布，对原产于美国的进口相关模拟芯片进行反倾销立案调查。",
        ),
        (
            "中国、米国製半導体に反ダンピング調査",
            "中国商務省は7日、米国から輸入されるアナログ半導体について反ダンピング調査を始めると発表した。",
        ),
        (
            "China ermittelt gegen Nvidia",
            "Die chinesische Marktaufsicht ermittelt gegen Nvidia wegen möglicher Verstöße "
            "gegen das Kartellrecht, teilte die Behörde am Montag mit.",
        ),
    ],
)
def test_a_regulators_probe_stays_news(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert any(e.action == "investigate" and e.primary for e in found), brief(found)
