"""The country a measure points at is not its actor (round 37, issue 11).

Shapes of real news, in our own words: the state that receives the goods or is spared
("can go on importing without a licence"), the nationality of the listed firms ("26
Chinese companies were taken off the list"), and the second state of a headline's pair
("usa cina ...", "USA China: ...") never act; a state that is the subject of the measure
keeps it.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events, primary

# --- positives: the subject acts ------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Gallium", "China banned exports of gallium to the US on Tuesday."),
        ("镓", "中国商务部宣布禁止向美国出口镓。"),
        ("USA China: Peking verbietet Galliumexporte", "Peking verbietet die Ausfuhr von Gallium."),
    ],
)
def test_the_subject_state_keeps_its_ban(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, ("CN", "tightening"))


def test_a_relative_clause_of_importing_keeps_its_subject(analyzer: Analyzer) -> None:
    # the comma closes the importing clause: Korea bans
    check(
        analyzer,
        "HBM",
        "South Korea, which imports most of its gallium from China, banned exports of HBM "
        "chips to China.",
        ("KR", "tightening"),
    )


def test_a_state_listing_foreign_firms_acts(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "SMIC",
        "China added 12 American companies to its unreliable entity list, including a "
        "supplier of SMIC.",
        ("CN", "tightening"),
    )


def test_the_lister_named_by_the_speaker_acts(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "YMTC",
        "China's commerce ministry said the US had removed 26 Chinese companies, including "
        "YMTC, from the unverified list.",
        ("US", "easing"),
    )


# --- near misses: the importer or the one spared ------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Countries such as Taiwan and Korea will be able to import Nvidia H20 chips without "
        "a licence.",
        "China is not among the 42 countries that can import Nvidia H20 chips without a licence.",
        "The rule spares allies such as Japan and the Netherlands, which can keep buying "
        "Nvidia H20 chips without a licence.",
        "Corea del Sur podrá seguir importando los chips H20 de Nvidia sin licencia.",
        "A Coreia do Sul poderá continuar a importar os chips H20 da Nvidia sem licença.",
        "Zuid-Korea kan de H20-chips van Nvidia zonder vergunning blijven kopen.",
        "韓国は許可なしでエヌビディアのH20の輸入を続けられる。",
        "한국은 허가 없이 엔비디아 H20을 계속 수입할 수 있다.",
    ],
)
def test_the_importer_or_the_state_spared_never_acts(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "Nvidia H20", body)
    assert not [e for e in found if e.action == "license"], brief(found)


def test_an_importing_subject_does_not_take_the_speakers_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Japan tightens chip equipment exports",
        "Japan will require licences for exports of 23 types of chipmaking equipment. Allies "
        "such as Korea, Singapore and Taiwan can go on importing without a licence.",
    )
    states = {e.jurisdiction for e in found if e.primary}
    assert states == {"JP"}, brief(found)


# --- near misses: the listed firms' state -------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "26 Chinese companies, including YMTC, were taken off the unverified list, easing "
        "exports to them, China's commerce ministry said.",
        "中国商务部表示，长江存储等26家中国企业被移出未经核实清单。",
    ],
)
def test_the_listed_firms_state_never_delists_them(analyzer: Analyzer, body: str) -> None:
    assert ("CN", "easing") not in primary(analyzer, "YMTC", body)


# --- near misses: a headline's pair of states ----------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "usa cina in vigore nuove restrizioni all'export di microchip",
            "Da oggi valgono le nuove restrizioni all'export di semiconduttori verso la Cina.",
        ),
        (
            "USA China: neue Chip-Exportbeschränkungen in Kraft",
            "Die neuen Beschränkungen für den Export von Chips nach China sind in Kraft getreten.",
        ),
        (
            "VS China: nieuwe exportbeperkingen op chips van kracht",
            "De nieuwe beperkingen op de export van chips naar China zijn van kracht.",
        ),
    ],
)
def test_the_second_state_of_a_headline_pair_never_acts(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)


def test_the_lead_names_the_actor_of_a_headline_pair(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "usa cina in vigore nuove restrizioni all'export di microchip",
        "Da oggi valgono le nuove restrizioni all'export di semiconduttori verso la Cina "
        "stabilite a ottobre dal dipartimento del Commercio Usa.",
        ("US", "tightening"),
    )


# --- near misses: where the goods go, told by the state itself ----------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Nvidia: H20 exports restricted",
            "Exports to China of Nvidia H20 chips are now restricted, Beijing said.",
        ),
        (
            "Nvidia, vietato l'export del chip H20",
            "Le esportazioni del chip H20 di Nvidia verso la Cina sono state vietate, ha detto "
            "Pechino.",
        ),
        (
            "Nvidia : l'exportation du H20 interdite",
            "L'exportation du H20 de Nvidia vers la Chine a été interdite, a déclaré le "
            "ministère chinois du Commerce.",
        ),
        (
            "Nvidia, prohibida la exportación del H20",
            "La exportación del H20 de Nvidia a China quedó prohibida, dijo el Ministerio de "
            "Comercio chino.",
        ),
        (
            "Nvidia: Ausfuhr des H20 verboten",
            "Die Ausfuhr von Nvidias H20 nach China wurde verboten, sagte das chinesische "
            "Handelsministerium.",
        ),
        (
            "Nvidia: export van de H20 verboden",
            "De export van Nvidia's H20 naar China is verboden, zei het Chinese ministerie van "
            "Handel.",
        ),
        (
            "Nvidia",
            "China, the destination of most Nvidia H20 chips, faces new export restrictions.",
        ),
        ("Nvidia", "中国面临新的出口限制，英伟达H20芯片受到影响。"),
    ],
)
def test_the_destination_never_stops_the_goods_sent_to_it(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)


def test_the_speaker_of_a_ban_on_exports_to_another_state_acts(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Gallium",
        "Exports of gallium to the US were banned, China's commerce ministry said.",
        ("CN", "tightening"),
    )


def test_an_english_article_before_a_state_names_no_destination(analyzer: Analyzer) -> None:
    # "a US chipmaker": the article "a" is no Romance "to"
    found = events(
        analyzer,
        "Micron",
        "The decision is the first action by China against a US chipmaker since Washington "
        "started restricting exports of advanced chips to China.",
    )
    assert "US" in {e.jurisdiction for e in found}, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Peking untersagt den Firmen die H20-Chips zu kaufen.",
        "Peking verbiedt bedrijven de H20-chips te kopen.",
        "中国政府は国内企業にエヌビディアH20の購入を禁止した。",
        "중국 정부는 기업들에 엔비디아 H20 구매를 금지했다.",
    ],
)
def test_a_ban_on_buying_keeps_the_state_that_bans(analyzer: Analyzer, body: str) -> None:
    # the verb of buying is what the ban forbids ("zu kaufen", "te kopen", "購入を"), not
    # the act of an importer
    check(analyzer, "Nvidia H20", body, ("CN", "tightening"))


# --- round 38: the state lets others receive; it still acts ---------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Beijing clears Tencent and ByteDance to import Nvidia H200 chips after short halt",
        "China allows Alibaba to buy H20 chips again after a pause",
        "China permits domestic firms to import H200 processors after halt",
    ],
)
def test_a_state_clearing_firms_to_import_keeps_its_halt(analyzer: Analyzer, title: str) -> None:
    # the firms (or the cleared buyers) import; the state clears them and halted before:
    # both the headline's easing and its earlier halt are the state's (the seed's shape)
    found = events(analyzer, title, "")
    acts = {(e.jurisdiction, e.action, e.direction) for e in found}
    assert any(j == "CN" and d == "easing" for j, _, d in acts), brief(found)
    assert ("CN", "halt", "tightening") in acts, brief(found)


def test_the_leads_destination_acting_next_keeps_the_headline(analyzer: Analyzer) -> None:
    # round 38: the lead sends goods to Malaysia; the next sentence makes Malaysia act, so
    # the headline's implied state keeps its act (the body alone states none)
    title = "malaysia us ai chips tighter export control"
    body = (
        "Earlier this month there were reports of the US considering limits on exports of AI "
        "chips to Malaysia. Now the Malaysian government is taking steps of its own."
    )
    found = events(analyzer, title, body)
    assert ("MY", "tightening") in primary(analyzer, title, body), brief(found)


def test_the_leads_destination_alone_still_does_not_act(analyzer: Analyzer) -> None:
    title = "thailand us ai chips stricter export permit"
    body = (
        "Washington plans curbs on AI chip exports to Thailand, officials said on Monday. "
        "Chipmakers were told to expect the rules within weeks."
    )
    found = events(analyzer, title, body)
    assert not any(e.jurisdiction == "TH" for e in found), brief(found)
