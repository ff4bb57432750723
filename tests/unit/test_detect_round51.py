"""Round 51 (issue 11): a tariff's flow, and two common verbs of adding to a list.

A tariff taxes goods entering the taxing state, so its flow is import, even when the
sentence says whose exports it hits ("tariffs on Chinese exports"); only an export duty's
own words make it an export measure. Portuguese "acrescentar" and Japanese 加える are the
other common verbs of adding firms to a list, beside "adicionar" and 追加.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

# ------------------------------------------------------------ a tariff's flow


@pytest.mark.parametrize(
    "body",
    [
        "The US raised the tariff on Chinese semiconductors from 25% to 50%.",
        "Washington imposed 25% tariffs on Chinese exports of semiconductors.",
        "美国对中国出口的半导体加征关税。",
        "Les États-Unis ont imposé des droits de douane sur les exportations chinoises de puces.",
    ],
)
def test_a_tariff_taxes_imports_whatever_exports_the_sentence_names(
    analyzer: Analyzer, body: str
) -> None:
    found = [e for e in events(analyzer, "", body) if e.action == "tariff"]
    assert found, brief(events(analyzer, "", body))
    assert {e.flow for e in found} == {"import"}, brief(found)


def test_an_export_duty_is_an_export_tariff(analyzer: Analyzer) -> None:
    body = "China imposed an export duty on gallium and germanium shipments, the ministry said."
    found = [e for e in events(analyzer, "", body) if e.action == "tariff"]
    assert found, brief(events(analyzer, "", body))
    assert {e.flow for e in found} == {"export"}, brief(found)


# ------------------------------------------------------------ added to a list


@pytest.mark.parametrize(
    "body",
    [
        "米商務省は8日、中国のスパコン関連7社・団体をエンティティリストに加えたと発表した。",
        "米商務省は中芯国際(SMIC)をエンティティリストに加えた。",
        "O Departamento de Comércio dos EUA acrescentou a SMIC à lista de entidades.",
    ],
)
def test_firms_added_to_a_list_with_the_other_common_verb_are_sanctioned(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "", body)
    main = {(e.jurisdiction, e.action, e.direction) for e in found if e.primary}
    assert main == {("US", "sanction", "tightening")}, brief(found)


@pytest.mark.parametrize(
    "body",
    [
        # "in addition to the entity list": the bare stem is no verb of adding
        "エンティティリストに加えて、米国は新たな規則も検討している。",
        # a listing considered is a plan
        "アメリカが半導体製造大手のSMICを「制裁リスト」に加えることを検討中だ。",
    ],
)
def test_in_addition_to_a_list_or_a_listing_considered_is_no_sanction(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "", body)
    assert not [e for e in found if e.primary], brief(found)
