"""A measure not yet issued, told from a report (issue 11, round 18, class A), own sentences.

A story whose headline puts the measure in the future or the conditional, whose headline
or lead rests on a report or unnamed sources, and whose headline and lead state no act as
done, reports a leak: nothing it reads is an event (``story_genre.leak_story``). The
contrasts stay news: a state's own future with its effective day, a sourced story of an
act already taken, a relayed official announcement.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, dated, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Two Chinese memory makers to be added to US trade blacklist",
            "Two Chinese memory chip makers would be put on the Entity List by the Commerce "
            "Department, barring them from buying American parts. According to the report, "
            "which cited a person familiar with the plan, the listing could come as soon as "
            "next week.\n\nSuppliers of a listed company must obtain a licence before "
            "shipping even simple components.",
        ),
        (
            "外媒：美国或收紧对中国芯片企业的设备出口",
            "据外媒报道，知情人士透露，美国政府官员已同意采取新措施，限制向中国芯片企业出口"
            "先进设备。新规则要求外国厂商必须先获得美国许可证，才能向相关企业供货。",
        ),
        (
            "路透社：美國擬下月對華實施新晶片出口限制",
            "路透社報道，美國政府最快將於下月公布新的出口限制，數十家中國企業將被列入限制名單。"
            "消息人士稱，新規或包括限制向中國出口存儲晶片。",
        ),
        (
            "台湾向け半導体材料の輸出 8月1日から規制強化へ",
            "政府は、台湾向けのフォトレジストなど2品目の輸出規制を8月1日から強化するという。"
            "7月28日に発表する。政府は8月1日から契約ごとの輸出許可に切り替える。",
        ),
        (
            "Berlin soll Exporte von Chipanlagen nach China beschränken",
            "Die Bundesregierung will Insidern zufolge die Ausfuhr von Anlagen zur "
            "Chipherstellung nach China beschränken. Hersteller müssen dann für jede "
            "Lieferung eine Ausfuhrgenehmigung beantragen.",
        ),
        (
            "Paris devrait restreindre les exportations de machines à puces vers la Chine",
            "Selon des sources proches du dossier, le gouvernement français va restreindre "
            "les exportations de machines de gravure vers la Chine. Les fabricants devront "
            "demander une licence d'exportation pour chaque livraison.",
        ),
        (
            # the sources only in the second sentence (round 16's forecast story reads
            # them in the first)
            "EEUU prevé incluir a dos fabricantes chinos de chips en su lista negra",
            "Estados Unidos incluirá a dos fabricantes chinos de memorias en su lista negra "
            "comercial. Según fuentes cercanas al asunto, la decisión podría llegar la "
            "próxima semana. Los proveedores deberán solicitar una licencia para cada envío.",
        ),
        (
            "Washington dovrebbe inserire due produttori cinesi di chip nella lista nera",
            "Gli Stati Uniti inseriranno due produttori cinesi di memorie nella lista nera "
            "commerciale. Secondo fonti vicine al dossier, la decisione potrebbe arrivare la "
            "prossima settimana.",
        ),
        (
            # the modality in the lead's sourced sentence, the headline in the future tense
            "Governo dos EUA incluirá duas fabricantes chinesas de chips em lista negra",
            "O governo dos EUA está prestes a incluir duas fabricantes chinesas de chips em "
            "uma lista negra comercial, de acordo com fontes, restringindo seu acesso a "
            "tecnologia americana.",
        ),
        (
            # an announcement dated last year is what the leak builds on, not an act done
            "美, 대중 반도체 장비 수출 추가 규제 막바지 검토",
            "미국 정부가 중국에 대한 반도체 장비 수출을 제한하는 추가 규제안을 막바지 검토 중인 "
            "것으로 전해졌다. 소식통은 이번 규제가 지난해 10월 발표됐던 수출 통제 조치의 허점을 "
            "메우는 방향이 될 것이라고 말했다. 한 소식통은 장비 수출 제한 안이 담길 것이라고 "
            "확인했다.",
        ),
    ],
)
def test_a_leak_story_reads_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


def test_a_leak_story_keeps_no_event_of_its_leak(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Two Chinese memory makers to be added to US trade blacklist",
        "Two Chinese memory chip makers would be put on the Entity List by the Commerce "
        "Department. According to the report, which cited a person familiar with the plan, "
        "the listing could come as soon as next week.\n\nSuppliers of a listed company "
        "must obtain a licence before shipping even simple components.",
    )
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            # a state's own future, with its day: no report, no anonymous source
            "China to restrict exports of another chip metal from Sept. 15",
            "China will restrict exports of a metal used in chips from Sept. 15, the "
            "commerce ministry said in a statement on Thursday.",
            ("CN", "tightening"),
        ),
        (
            # a report of an act already taken: no future in the headline
            "China steps up checks on imported AI chips at ports, newspaper says",
            "China has stepped up customs checks on imported AI chips at its main ports, a "
            "newspaper reported on Friday, citing people familiar with the matter.",
            ("CN", "tightening"),
        ),
        (
            # a future relayed from the state's own announcement
            "美国将对中国芯片企业实施新出口限制",
            "据报道，美国商务部周一宣布，将对二十家中国芯片企业实施新的出口限制。",
            ("US", "tightening"),
        ),
        (
            # a Japanese headline of an act begun, the paper as its source
            "中国、レアメタルの台湾向け輸出を制限開始 米紙報道",
            "中国政府がレアメタルの台湾向けの輸出を制限し始めたと、アメリカの新聞が報じました。",
            ("CN", "tightening"),
        ),
        (
            # a sourced report of letters already sent; "或" in the lead is "or"
            "北京发函 要求企业避用进口AI芯片",
            "彭博社引述知情人士报道，中国当局近几周向多家企业发出通知，劝阻它们在政府或国家安全"
            "相关工作中使用英伟达H20芯片。",
            ("CN", "tightening"),
        ),
        (
            # the department's own word, relayed from foreign media
            "美国拟对两家中国芯片企业实施出口限制",
            "据外媒报道，美国商务部21日表示，将从下月起对两家中国芯片企业实施出口限制。",
            ("US", "tightening"),
        ),
    ],
)
def test_a_decided_or_taken_act_stays_news(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str]
) -> None:
    check(analyzer, title, body, expected)


def test_an_act_the_leak_story_dates_before_it_stays_background(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "オランダ、半導体メーカーへの管理措置の解除を検討　米通信社報道",
        "米通信社は7日、オランダ政府が半導体メーカーに対する管理措置の解除を検討していると"
        "報じた。来週にも解除する意向だという。\n\nこれに反発した中国政府は１０月４日、対抗措置"
        "として、同社製半導体の輸出を規制した。",
        "2025-11-07",
    )
    assert not main_of(found), brief(found)
    assert ("CN", "tightening") in {(e.jurisdiction, e.direction) for e in found}, brief(found)
