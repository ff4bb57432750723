"""A state telling firms to stop buying, or not to buy, own sentences (round 34, issue 11).

Told as a request or a duty ("gevraagd om te stoppen met het bestellen van", "sollten den
Kauf … einstellen", "조달을 중단해야 한다고", "invitate a non utilizzare", "que no
compren") or as a supplier banned from projects ("verbannt … aus Infrastrukturprojekten",
"bane … de projetos", "bandisce"): the state restricts what firms may buy. A firm's own
choice, a state that "could" or "studies" it, and an analyst's advice are not.
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
            "De Chinese regering heeft bedrijven gevraagd om te "
            "stoppen met het bestellen van H20-chips.",
            ("CN", "tightening"),
        ),
        (
            "",
            "중국 정부는 핵심 기반시설 운영자가 마이크론 제품 조달을 중단해야 한다고 밝혔다.",
            ("CN", "tightening"),
        ),
        ("China bane a Micron de projetos de infraestrutura", "", ("CN", "tightening")),
        ("China verbannt Micron aus Infrastrukturprojekten", "", ("CN", "tightening")),
        (
            "",
            "Il governo cinese ha invitato le aziende a non utilizzare le GPU H20.",
            ("CN", "tightening"),
        ),
        (
            "Pechino bandisce i chip di Micron dalle infrastrutture critiche",
            "",
            ("CN", "tightening"),
        ),
        (
            "",
            "Pékin a demandé aux entreprises de ne pas acheter les puces H20.",
            ("CN", "tightening"),
        ),
        ("", "China pidió a las empresas que no compren los chips H20.", ("CN", "tightening")),
        (
            "",
            "O governo chinês pediu às empresas que não comprem os chips H20.",
            ("CN", "tightening"),
        ),
        (
            "",
            "Peking erklärte, Betreiber kritischer Infrastruktur "
            "sollten den Kauf von Micron-Chips einstellen.",
            ("CN", "tightening"),
        ),
        (
            "",
            "Die chinesische Regierung erklärte, Betreiber müssen "
            "den Kauf von Micron-Chips einstellen.",
            ("CN", "tightening"),
        ),
    ],
)
def test_state_stops_purchases(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("", "Alibaba ha deciso di non utilizzare le GPU H20.", None),
        ("", "Alibaba stopt met het bestellen van H20-chips.", None),
        ("", "China könnte den Kauf von Micron-Chips verbieten, berichten Insider.", None),
        ("", "A China estuda banir a Micron de projetos de infraestrutura.", None),
        ("", "ByteDance a décidé de ne pas acheter les puces H20.", None),
        ("", "알리바바는 엔비디아 칩 조달을 중단했다고 밝혔다.", None),
        ("", "Betreiber sollten den Kauf von Micron-Chips einstellen, sagte ein Analyst.", None),
        ("", "Der Konzern will den Kauf von Micron-Chips einstellen.", None),
    ],
)
def test_firm_choice_or_weighed_order_is_none(
    analyzer: Analyzer, title: str, body: str, expected: None
) -> None:
    check(analyzer, title, body, expected)


def test_portuguese_da_names_no_agent(analyzer: Analyzer) -> None:
    """Portuguese "da" is "of the": "empresas da China" are China's firms, the US bans."""
    body = (
        "Os EUA vão banir mais empresas da China do acesso aos chips, segundo o governo americano."
    )
    check(analyzer, "", body, ("US", "tightening"))


def test_ban_told_since_last_month_is_background(analyzer: Analyzer) -> None:
    """Italian "dal mese scorso" (since last month) dates the ban before the story."""
    body = "Dal mese scorso l'amministrazione Biden ha bandito il commercio di chip con la Cina."
    check(analyzer, "Washington richiama Giappone e Paesi Bassi", body, None)
