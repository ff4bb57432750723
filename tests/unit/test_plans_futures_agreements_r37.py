"""Plans, forecasts, agreements to act and lobbies' urging in many languages (round 37, issue 11).

Our own sentences. What is still ahead is talk, not a measure taken:
1. A horizon between a future and the act ("começará nos próximos meses a restringir",
   "inizierà nei prossimi mesi a limitare", "va commencer dans les prochains mois à
   restreindre", "wird in den kommenden Monaten … beschränken", "gaat de komende maanden
   … beperken"), as English "will begin restricting … in the coming months" is.
2. An agreement to join others or to take part ("acordó sumarse a", "ha accettato di
   unirsi", "accepte de se joindre", "aceitou participar") commits to act later.
3. French "compte" + infinitive is a plan, as "prévoit de" is.
4. Plans announced, talks to come and lobbies' calls stay no act (these read so already;
   the tests keep them).
The contrasts stay events: acts in the past and the present perfect, a future with a day
of entry into force, an agreement to restrict itself, "compte" that is no plan.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

_JP = ("JP", "tightening")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Japão começará a restringir exportações de equipamentos de chips",
            "O governo japonês começará nos próximos meses a restringir a exportação de "
            "equipamentos de fabricação de chips para a China.",
        ),
        (
            "Japão vai começar a restringir exportações de equipamentos de chips",
            "O governo japonês vai começar nos próximos meses a restringir a exportação de "
            "equipamentos de chips para a China.",
        ),
        (
            "Il Giappone inizierà a limitare l'export di macchinari per chip",
            "Il governo giapponese inizierà nei prossimi mesi a limitare l'export di macchinari "
            "per chip verso la Cina.",
        ),
        (
            "Le Japon commencera à restreindre les exportations de machines à puces",
            "Le gouvernement japonais commencera dans les prochains mois à restreindre les "
            "exportations de machines à puces vers la Chine.",
        ),
        (
            "Le Japon va commencer à restreindre les exportations de machines à puces",
            "Le gouvernement japonais va commencer dans les prochains mois à restreindre les "
            "exportations de machines à puces vers la Chine.",
        ),
        (
            "Japan wird Exporte von Chipmaschinen beschränken",
            "Die japanische Regierung wird in den kommenden Monaten die Ausfuhr von Maschinen "
            "zur Chipherstellung nach China beschränken.",
        ),
        (
            # a German subordinate clause: the future's auxiliary comes last
            "Japan kündigt Beschränkung der Ausfuhr von Chipmaschinen an",
            "Die japanische Regierung hat angekündigt, dass sie in den kommenden Monaten die "
            "Ausfuhr von Maschinen zur Chipherstellung nach China beschränken wird.",
        ),
        (
            "Japan gaat export van chipmachines beperken",
            "De Japanse regering gaat de komende maanden de export van chipmachines naar China "
            "beperken.",
        ),
        (
            "Japón restringirá la exportación de equipos de chips",
            "El gobierno japonés restringirá en los próximos meses la exportación de equipos de "
            "fabricación de chips a China.",
        ),
    ],
)
def test_a_horizon_before_the_act_is_a_forecast(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Japón acordó sumarse a EE.UU. en restringir chips",
            "Japón acordó sumarse a Estados Unidos en la restricción de exportaciones de equipos "
            "de chips a China.",
        ),
        (
            "Il Giappone accetta di unirsi agli USA nel limitare l'export di chip",
            "Il Giappone ha accettato di unirsi agli Stati Uniti nel limitare l'export di "
            "macchinari per chip verso la Cina.",
        ),
        (
            "Le Japon accepte de se joindre aux restrictions américaines sur les puces",
            "Le Japon accepte de se joindre aux États-Unis pour restreindre les exportations de "
            "machines à puces vers la Chine.",
        ),
        (
            "Japão aceita participar da limitação de exportações de chips",
            "O Japão aceitou participar da limitação das exportações de equipamentos de chips "
            "para a China.",
        ),
        (
            "Japan agrees to join US in limiting chip equipment exports",
            "Japan agreed to join the United States in limiting exports of chipmaking equipment "
            "to China.",
        ),
    ],
)
def test_an_agreement_to_join_is_a_commitment(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Le Japon compte imposer des restrictions sur les puces",
            "Le gouvernement japonais compte imposer de nouvelles restrictions à l'exportation "
            "d'équipements de puces vers la Chine.",
        ),
        (
            "Japón planea imponer nuevas restricciones a la exportación de chips",
            "El gobierno japonés anunció que planea imponer nuevas restricciones a la "
            "exportación de equipos de fabricación de chips a China.",
        ),
        (
            "Japão planeja impor novas restrições a chips",
            "O governo japonês anunciou que planeja impor novas restrições à exportação de "
            "equipamentos de chips para a China.",
        ),
        (
            "Il Giappone intende imporre restrizioni sui chip",
            "Il governo giapponese intende imporre nuove restrizioni all'export di macchinari "
            "per chip verso la Cina.",
        ),
        (
            "Japan plant Exportbeschränkungen für Chipmaschinen",
            "Die japanische Regierung plant, neue Exportbeschränkungen für Maschinen zur "
            "Chipherstellung nach China einzuführen.",
        ),
        (
            "Japan is van plan exportbeperkingen op chipmachines in te voeren",
            "De Japanse regering is van plan nieuwe exportbeperkingen op chipmachines naar China "
            "in te voeren.",
        ),
        (
            "Il ministro avrà colloqui sulle restrizioni ai chip",
            "Il ministro giapponese avrà colloqui sulle restrizioni all'export di macchinari per "
            "chip verso la Cina.",
        ),
        (
            "Le ministre discutera des restrictions sur les puces",
            "Le ministre japonais discutera des restrictions à l'exportation de machines à puces "
            "vers la Chine.",
        ),
        (
            "SIA urges US to refrain from new chip controls",
            "The Semiconductor Industry Association urged the administration to refrain from "
            "further export controls on chips to China.",
        ),
        (
            # a Dutch call whose verb is split ("riep … op"), refraining as an infinitive
            "Brancheorganisatie roept kabinet op af te zien van exportbeperkingen",
            "De brancheorganisatie van de chipindustrie riep het kabinet op af te zien van "
            "nieuwe exportbeperkingen op chipmachines naar China.",
        ),
        (
            "반도체협회 수출통제 자제 촉구",
            "미국 반도체산업협회는 정부에 추가 대중국 반도체 수출 통제를 자제할 것을 촉구했다.",
        ),
        (
            "半導体協会、対中輸出規制の自制を求めた",
            "米半導体工業会は政府に対し、対中半導体輸出規制の追加を控えるよう求めた。",
        ),
        (
            "半导体协会呼吁美国停止出口管制",
            "美国半导体行业协会呼吁政府停止对华芯片出口管制。",
        ),
    ],
)
def test_plans_talks_and_calls_are_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Japón ha impuesto restricciones a la exportación de chips",
            "El gobierno japonés ha impuesto restricciones a la exportación de equipos de "
            "fabricación de chips a China.",
            _JP,
        ),
        (
            "Japan hat Exportbeschränkungen für Chipmaschinen verhängt",
            "Die japanische Regierung hat Exportbeschränkungen für Maschinen zur Chipherstellung "
            "nach China verhängt.",
            _JP,
        ),
        (
            "Japón: entra en vigor el control a la exportación de equipos de chips",
            "El control de Japón a la exportación de equipos de fabricación de chips a China "
            "entra en vigor a partir de hoy.",
            _JP,
        ),
        (
            # a future with its day of entry into force is decided, horizon word or not
            "Japão começará a restringir exportações de chips a partir de 1 de agosto",
            "O governo japonês começará a restringir a partir de 1 de agosto a exportação de "
            "equipamentos de fabricação de chips para a China.",
            _JP,
        ),
        (
            "Il Giappone limiterà da luglio l'export di macchinari per chip",
            "Il governo giapponese limiterà a partire dal 23 luglio l'export di macchinari per "
            "chip verso la Cina.",
            _JP,
        ),
        (
            "Le Japon a imposé des restrictions sur les machines à puces",
            "Le gouvernement japonais a imposé vendredi des restrictions à l'exportation de "
            "machines à puces vers la Chine.",
            _JP,
        ),
        (
            "Il Giappone ha limitato l'export di macchinari per chip",
            "Il governo giapponese ha limitato venerdì l'export di macchinari per chip verso la "
            "Cina.",
            _JP,
        ),
        (
            "Nederland heeft exportbeperkingen op chipmachines ingevoerd",
            "De Nederlandse regering heeft vrijdag exportbeperkingen op chipmachines naar China "
            "ingevoerd.",
            ("NL", "tightening"),
        ),
        (
            # an agreement to restrict, with its start day, no joining: the decision
            "Japón acordó restringir la exportación de equipos de chips",
            "El gobierno japonés acordó restringir la exportación de equipos de fabricación de "
            "chips a China a partir del 23 de julio.",
            _JP,
        ),
        (
            # "compte entre …" is no plan verb before an infinitive
            "La Chine a restreint les exportations de gallium",
            "La Chine, qui compte entre autres sur ses terres rares, a restreint jeudi les "
            "exportations de gallium vers le Japon.",
            ("CN", "tightening"),
        ),
    ],
)
def test_acts_taken_and_dated_futures_stay_events(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)
