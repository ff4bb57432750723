"""An approval named as a precondition is a licence duty, no grant (round 26, issue 11).

Round 26 (h40e) read the event errors of every spent set and b33 by class. One class of
wrong direction recurred in b27 (Chinese) and b28 (English): an approval the story names
as what an export or a deal must wait for ("obtain government approval before exporting",
"获得批准前不得实施") was read as a state granting an approval, an easing. The rule, in
words: an approval followed by "before" (in Chinese, Japanese and Korean a few
characters on: 前, まで, 전까지), or an approval noun a few words after a preposition of
waiting ("until", "pending", "avant", "bis zur"), names the duty; ``approval.py`` reads
it as it reads "must obtain approval".

Every sentence is our own. The contrasts keep grants that carry a date ("approved …
before the summit") and plain grants.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


def _easings(analyzer: Analyzer, title: str, body: str) -> list[str]:
    found = events(analyzer, title, body)
    return [brief([e]) for e in found if e.direction == "easing"]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Taiwan adds Huawei to export control list",
            "Taiwan added Huawei and SMIC to its export control list on Monday. The decision "
            "mandates that Taiwanese companies obtain government approval before exporting "
            "products to the listed firms.",
        ),
        (
            "Regulator opens merger review",
            "The regulator said the companies must not complete the chip deal pending approval "
            "from the antitrust authority.",
        ),
        (
            "规定：获得批准前不得出口",
            "商务部周一发布公告，对先进芯片实施出口许可管理，出口经营者获得批准前不得出口。",
        ),
        (
            "监管总局对芯片并购立案调查",
            "市场监管总局周一宣布对该芯片并购案立案调查。\n"
            "2024年3月，该局依法书面通知企业进行申报，未申报或者申报后获得批准前不得实施集中。",
        ),
        (
            "台湾、ファーウェイを輸出規制リストに追加",
            "台湾経済部は5日、ファーウェイなどを輸出管理リストに追加した。"
            "企業は同部の承認を得る前に輸出できない。",
        ),
        (
            "대만, 화웨이 수출통제 명단에 추가",
            "대만 경제부는 5일 화웨이 등을 수출통제 명단에 추가했다. 기업은 정부 승인을 받기 "
            "전에는 이들 기업에 수출할 수 없다.",
        ),
        (
            "Taiwan setzt Huawei auf Exportliste",
            "Taiwan hat Huawei und SMIC am Montag auf seine Kontrollliste gesetzt. Die "
            "Entscheidung verpflichtet Unternehmen, vor der Ausfuhr an diese Firmen die "
            "Genehmigung der Regierung einzuholen.",
        ),
        (
            "Taïwan inscrit Huawei sur sa liste",
            "Taïwan a ajouté Huawei et SMIC à sa liste de contrôle lundi. La décision oblige "
            "les entreprises taïwanaises à obtenir l’autorisation du gouvernement avant "
            "d’exporter vers ces sociétés.",
        ),
    ],
)
def test_an_approval_waited_for_grants_nothing(analyzer: Analyzer, title: str, body: str) -> None:
    assert not _easings(analyzer, title, body)


@pytest.mark.parametrize(
    ("title", "body", "actor"),
    [
        (
            "US approves Nvidia chip sales to UAE",
            "The US Commerce Department approved Nvidia's chip sales to the UAE on Monday, "
            "before the summit in Riyadh.",
            "US",
        ),
        ("商务部批准芯片出口", "商务部周一批准了对该企业的芯片出口申请。", "CN"),
    ],
)
def test_a_grant_stays_a_grant(analyzer: Analyzer, title: str, body: str, actor: str) -> None:
    found = events(analyzer, title, body)
    assert (actor, "easing") in {(e.jurisdiction, e.direction) for e in found if e.primary}, brief(
        found
    )
