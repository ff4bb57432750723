"""Round 34 (issue 11): licences, waivers and lists, own sentences.

A permission or an authorisation taken back is a licence tightening whatever noun names it
(Portuguese "permissões", Chinese "授权"); firms taken out of a measure, or let to ship
without the licence each shipment needed, is a licence easing; entities listed as
("列为") or added to ("添加到") a list are a sanction; a country added back to a whitelist
is an easing. Who acts: a headline's state with its government noun before the comma, a
dated lead under a heading line, and counted bodies ("など約80団体") named by their home.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, dated, events

# ------------------------------------------------------------ authorisations taken back


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "",
            "O governo americano revogou as permissões especiais que deixavam a fabricante "
            "levar ferramentas americanas para a sua fábrica na China.",
        ),
        ("", "美國商務部宣布，將撤銷英特爾向華為出貨的特別授權。"),
        ("美國取消授權三星把設備運往大陸工廠", "消息指出，此舉年底生效。"),
    ],
)
def test_a_permission_taken_back_is_a_licence_tightening(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, ("US", "tightening"))


# ------------------------------------------------------------ waivers granted


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "",
            "El gobierno estadounidense decidió excluir de la prohibición a las dos "
            "fabricantes coreanas durante un año.",
        ),
        (
            "",
            "Washington has decided to exclude the two Korean memory makers from the ban "
            "for one year.",
        ),
        (
            "",
            "The Commerce Department said the Korean memory maker can now ship US tools to "
            "its Chinese plant without individual licences.",
        ),
        (
            "",
            "Washington informó que la fabricante coreana podrá enviar herramientas a su "
            "planta en China sin licencias individuales.",
        ),
    ],
)
def test_firms_let_off_a_licence_is_an_easing(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert any(
        e.jurisdiction == "US" and e.direction == "easing" and e.action == "license" and e.primary
        for e in found
    ), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        # a restriction: the licence is still needed
        "The memory maker cannot ship US tools to its Chinese plant without a licence.",
        "Nvidia may not sell the chips to China without a licence from Washington.",
        # a possibility, not a decision
        "Analysts said Washington could exclude the memory makers from the ban.",
        # the old exemption described in the imperfect
        "Essas isenções permitiam a compra de ferramentas americanas sem a necessidade de "
        "licenças individuais.",
    ],
)
def test_no_waiver_where_the_licence_stays_or_is_only_possible(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "", body)
    assert not any(e.direction == "easing" and e.primary for e in found), brief(found)


# ------------------------------------------------------------ lists


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("中国商务部宣布，将美国十家军工企业列为不可靠实体清单。", "CN"),
        ("美國商務部今天將二十家中國企業添加到「未經核實清單」中。", "US"),
    ],
)
def test_listed_as_or_added_to_a_list_is_a_sanction(
    analyzer: Analyzer, body: str, state: str
) -> None:
    found = events(analyzer, "", body)
    assert any(e.jurisdiction == state and e.action == "sanction" and e.primary for e in found), (
        brief(found)
    )


@pytest.mark.parametrize(
    "body",
    [
        "일본 정부가 한국을 화이트리스트에 다시 올렸다.",
        "일본 정부는 오늘 각의에서 한국을 화이트리스트에 추가하는 정령 개정안을 의결했다.",
    ],
)
def test_a_country_put_back_on_a_whitelist_is_an_easing(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("JP", "easing"))


def test_a_country_taken_off_a_whitelist_stays_a_tightening(analyzer: Analyzer) -> None:
    check(analyzer, "", "일본 정부가 한국을 화이트리스트에서 제외했다.", ("JP", "tightening"))


# ------------------------------------------------------------ who lists


def test_a_headline_state_with_its_government_noun_acts(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "米国政府、中国・台湾など約50団体をエンティティーリストに追加",
        "関係者によると、措置は即日発効した。",
        ("US", "tightening"),
    )


def test_a_dated_lead_under_a_heading_line_keeps_its_subject(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "米国、約40団体をエンティティーリストに追加",
        "概要\n2025年1月15日、米国政府は中国、台湾、シンガポールの企業を含む約40の団体を"
        "「エンティティーリスト」に追加しました。",
        ("US", "tightening"),
    )


def test_an_act_before_a_bar_and_an_impact_question_stays_news(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "米国政府、中国企業など30団体をエンティティーリストに追加｜日本企業への影響は?",
        "概要\n2025年1月15日、米国政府は中国企業30社をエンティティーリストに追加しました。",
        ("US", "tightening"),
    )


# ------------------------------------------------------------ tense and the status's name


def test_has_had_a_licence_revoked_is_todays_news(analyzer: Analyzer) -> None:
    # "has had X revoked" is the present perfect of "have something done", no pluperfect
    check(
        analyzer,
        "",
        "The toolmaker has had an export licence revoked by the Dutch government, stopping "
        "shipments of two scanner models to China.",
        ("NL", "tightening"),
    )


def test_a_pluperfect_revocation_stays_background(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "The Dutch government had revoked an export licence for two scanner models in 2023.",
    )
    assert not any(e.primary for e in found), brief(found)


def test_a_verified_end_user_status_named_with_its_acronym_is_a_licence(
    analyzer: Analyzer,
) -> None:
    check(
        analyzer,
        "",
        "The Commerce Department said on Friday it had terminated the memory maker's "
        "verified end user (VEU) status for its plant in Dalian.",
        ("US", "tightening"),
    )


@pytest.mark.parametrize(
    "body",
    [
        # a licence applied for or expected
        "Nvidia said it had applied for a licence and expects to be allowed to ship soon.",
        # a call to revoke
        "Lawmakers urged the Commerce Department to revoke the licences granted to the firm.",
        # an old listing restated
        "华为于2019年被美国商务部列为实体清单企业，此后持续受到出口限制。",
        "El fabricante fue incluido en la lista de entidades en 2020.",
    ],
)
def test_no_new_licence_or_listing_in_talk_or_old_entries(analyzer: Analyzer, body: str) -> None:
    found = dated(analyzer, "", body, "2025-06-01")
    assert not any(e.primary for e in found), brief(found)


# ------------------------------------------------------------ the unverified list


def test_entities_removed_from_the_unverified_list_is_an_easing(analyzer: Analyzer) -> None:
    # an adverb between the auxiliary and the gerund ("is also removing") keeps the verb
    check(
        analyzer,
        "",
        "The Commerce Department is also removing 12 entities from its Unverified List after "
        "completing end-use checks.",
        ("US", "easing"),
    )


def test_entities_added_to_the_unverified_list_is_a_sanction(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "", "The Commerce Department added 20 Chinese firms to the Unverified List."
    )
    assert any(e.jurisdiction == "US" and e.action == "sanction" and e.primary for e in found), (
        brief(found)
    )
