"""Round 35 (issue 11): a licence requirement told to a firm, and a halt of a flow or grant.

- the requirement as a noun in the Romance languages, Japanese and Korean ("un nuevo
  requisito de licencia", "ライセンス要件の対象になる") is a licence tightening;
- a firm's filing that says "the government informed the company" of it names the state
  by its noun alone: the notice is news, as when the state is named;
- a state prefix on a foreign outlet's name at a sentence's start ("英…通信によれば")
  is the outlet's home, not the actor.
The sentences are written for these tests, in the shape of the class.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


@pytest.mark.parametrize(
    "body",
    [
        "El Gobierno de EE.UU. avisó a Nvidia sobre un nuevo requisito de "
        "licencia para sus futuras ventas de chips A100 a China.",
        "Le gouvernement américain a signifié à Nvidia une nouvelle exigence de "
        "licence pour ses futures ventes de puces A100 à la Chine.",
        "Il Dipartimento del Commercio degli Stati Uniti ha comunicato a Nvidia un nuovo "
        "requisito di licenza per le future vendite di chip A100 alla Cina.",
        "O Departamento de Comércio dos EUA comunicou à Nvidia uma nova exigência de licença "
        "para as futuras vendas de chips A100 à China.",
        "米商務省は、AMDのMI308も新しいライセンス要件の対象に加わると説明した。",
        "미국 상무부는 AMD의 MI308도 새 라이선스 요건의 적용을 받는다고 설명했다.",
    ],
)
def test_a_licence_requirement_noun_is_a_licence_tightening(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(
        e.jurisdiction == "US" and e.action == "license" and e.direction == "tightening"
        for e in found
    ), brief(found)


def test_a_filing_naming_the_government_by_its_noun_is_news(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Nvidia cae en Wall Street tras un aviso de EE.UU.",
        "Nvidia bajó un 6 % el jueves tras contar que el Gobierno de Estados Unidos le limita las "
        "ventas en China. En un documento remitido a la SEC, la empresa ha "
        "explicado que el Gobierno informó a la compañía el 3 de marzo sobre un nuevo "
        "requisito de licencia para sus envíos de chips A100 a China, según Washington "
        "para limitar su uso militar.",
    )
    assert any(e.jurisdiction == "US" and e.action == "license" and e.primary for e in found), (
        brief(found)
    )


def test_a_state_prefix_on_an_outlet_is_no_actor(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "米政府はNvidiaに対し、H20の中国向け輸出にはライセンスが必要になると伝えた。"
        "英ロイター通信によれば、米商務省の担当者は、AMDのMI308も新しいライセンス要件の"
        "対象に加わると説明した。",
    )
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)
    assert any("MI308" in e.products for e in found), brief(found)
