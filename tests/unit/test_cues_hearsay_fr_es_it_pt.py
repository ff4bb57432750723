"""Hearsay and leak attribution in French, Spanish, Italian, Portuguese (round 22, issue 11).

Own sentences. The closed class of attributions a Romance wire story rests on ("d'après
plusieurs sources", "a-t-on appris", "según ha podido saber", "personas familiarizadas",
"secondo quanto si apprende", "secondo quanto riportato da", "segundo apurou", "de acordo
com pessoas familiarizadas") makes a headline in the future or the conditional a leak
story: no act (``leaks.leak_story``). The contrasts stay news: the same attribution over
an act already taken, and a state's own future told by its ministry.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "La Chine devrait restreindre les exportations de gallium vers le Japon",
            "D'après plusieurs sources, Pékin va restreindre les exportations de gallium et de "
            "germanium vers le Japon. Les exportateurs devront demander une licence pour chaque "
            "livraison.",
        ),
        (
            "EEUU podría prohibir la venta de chips de Nvidia a China",
            "Estados Unidos prohibirá la venta de los chips H20 de Nvidia a China, según ha "
            "podido saber este diario. La medida afectaría también a los procesadores de AMD.",
        ),
        (
            "Pekín podría restringir las exportaciones de galio a Japón",
            "China restringirá las exportaciones de galio y germanio a Japón, según personas "
            "familiarizadas con el asunto. Los exportadores necesitarán una licencia para cada "
            "envío.",
        ),
        (
            "Gli Usa potrebbero vietare la vendita di chip Nvidia alla Cina",
            "Gli Stati Uniti vieteranno la vendita dei chip H20 di Nvidia alla Cina, secondo "
            "quanto si apprende da persone a conoscenza del dossier. La misura colpirebbe anche "
            "AMD.",
        ),
        (
            "Pechino potrebbe limitare l'export di gallio verso il Giappone",
            "La Cina limiterà le esportazioni di gallio e germanio verso il Giappone, secondo "
            "quanto riportato da Nikkei. Gli esportatori dovranno chiedere una licenza per ogni "
            "spedizione.",
        ),
        (
            "China poderá restringir exportações de gálio para o Japão",
            "A China vai restringir as exportações de gálio e germânio para o Japão, de acordo "
            "com pessoas familiarizadas com o assunto. Os exportadores precisarão de licença "
            "para cada envio.",
        ),
    ],
)
def test_a_future_headline_on_hearsay_reads_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            # the same attribution over an act already taken
            "La Chine restreint les exportations de gallium vers le Japon",
            "Pékin a restreint jeudi les exportations de gallium et de germanium vers le Japon, "
            "selon une source proche du dossier. Les exportateurs doivent désormais demander "
            "une licence.",
            ("CN", "tightening"),
        ),
        (
            "China restringe las exportaciones de galio a Japón",
            "China restringió el jueves las exportaciones de galio y germanio a Japón, según "
            "una fuente del sector. Los exportadores necesitan ahora una licencia.",
            ("CN", "tightening"),
        ),
        (
            "La Cina limita l'export di gallio verso il Giappone",
            "La Cina ha limitato giovedì le esportazioni di gallio e germanio verso il "
            "Giappone, secondo quanto riferito da una fonte. Gli esportatori devono ora "
            "chiedere una licenza.",
            ("CN", "tightening"),
        ),
        (
            "China restringe exportações de gálio para o Japão",
            "A China restringiu na quinta-feira as exportações de gálio e germânio para o "
            "Japão, segundo uma fonte do setor. Os exportadores precisam agora de licença.",
            ("CN", "tightening"),
        ),
        (
            # a state's own future, announced by its department; the media only for a detail
            "Les États-Unis vont interdire la vente de puces Nvidia à la Chine",
            "Le département du Commerce a annoncé jeudi qu'il interdira la vente des puces H20 "
            "de Nvidia à la Chine à partir du 1er mars. Selon les médias, AMD serait aussi visé.",
            ("US", "tightening"),
        ),
    ],
)
def test_hearsay_over_a_taken_or_announced_act_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
