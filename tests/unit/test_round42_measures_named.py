"""Measures named by what they were: rescinded rules, dated controls, chip chemicals (round 42).

* A rule rescinded or abolished eases it, in every language: Chinese "废除" (as 废止),
  Korean "규칙" and Japanese "規則" as measure nouns, the repeal as a French, Spanish or
  Italian noun ("l'abrogation de la règle"), Spanish "regla", German "-regel" compounds.
* The former administration named in the object before a Japanese or Korean verb
  ("バイデン前政権の「AI拡散規則」を撤廃") is whose rule is scrapped, not who acts, and a date
  right before the measure noun ("2019年7月の輸出規制を解除") names which measure is lifted,
  not when: both were read as background.
* A Korean time cue inside a longer word ("폴리이미드" holds 이미, "already") dates nothing.
* The chipmaking chemicals of Japan's 2019 controls (hydrogen fluoride, photoresist,
  fluorinated polyimide) are materials, as gallium is.
* A measure as the agent of another noun's participle ("limits imposed by U.S. sanctions",
  "limitações impostas pelas sanções") stands already: background.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, dated, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("BIS废除拜登时代AI扩散规则", ""),
        ("", "美國商務部宣布廢除拜登政府的人工智慧擴散規則。"),
        ("", "미국 상무부는 12일 바이든 행정부의 AI 확산 규칙을 폐지한다고 발표했다."),
        ("", "米商務省は12日、バイデン前政権の「AI拡散規則」を撤廃すると発表した。"),
        (
            "",
            "Le département du Commerce a annoncé l'abrogation de la règle de diffusion de l'IA "
            "de l'administration Biden.",
        ),
        (
            "",
            "El Departamento de Comercio anunció la derogación de la regla de difusión de IA de "
            "Biden.",
        ),
    ],
)
def test_a_rule_rescinded_eases_it(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert main_of(found) == {("US", "easing")}, brief(found)


def test_a_former_administration_that_acted_stays_background(analyzer: Analyzer) -> None:
    found = dated(
        analyzer, "", "バイデン前政権は2023年、先端半導体の対中輸出を規制した。", "2025-05-14"
    )
    assert found and not main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "日本政府は16日、2019年7月の輸出規制を解除した。",
        "이창양 산업통상자원부 장관은 16일 “일본 측은 불화수소, 불화 폴리이미드, 포토레지스트 등 "
        "3개 품목에 대해 2019년 7월 수출규제 조치를 즉시 해제하기로 했다”고 밝혔다.",
    ],
)
def test_a_dated_measure_lifted_now_is_news(analyzer: Analyzer, body: str) -> None:
    found = dated(analyzer, "", body, "2023-03-16")
    assert main_of(found) == {("JP", "easing")}, brief(found)


def test_chip_chemicals_are_named_as_materials(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "",
        "Japan tightened controls on exports of photoresist and hydrogen fluoride to South "
        "Korea on Thursday.",
        "2019-07-04",
    )
    assert [sorted(e.products) for e in found if e.primary] == [
        ["hydrogen fluoride", "photoresist"]
    ], brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "The H20 chips, based on the Hopper architecture, were designed to comply with limits "
        "imposed by U.S. sanctions.",
        "Os chips H20, baseados na arquitetura Hopper, foram concebidos para atender às "
        "limitações impostas pelas sanções dos EUA.",
    ],
)
def test_a_measure_that_imposed_the_limits_stands_already(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not main_of(found), brief(found)


def test_a_japanese_dateline_parts_the_caption_from_the_lead(analyzer: Analyzer) -> None:
    # The photo caption's month ("＝8月") is not the lead's: the dateline bracket ends it.
    found = dated(
        analyzer,
        "",
        "博覧会で展示されたレアアースを含んだ鉱石＝8月、内モンゴル自治区（共同）【北京共同】"
        "中国商務省は9日、レアアースの輸出管理を厳格化すると発表した。",
        "2025-10-09",
    )
    assert main_of(found) == {("CN", "tightening")}, brief(found)


def test_korean_copy_without_spaces_after_a_full_stop_is_split(analyzer: Analyzer) -> None:
    found = dated(
        analyzer,
        "",
        "미국 상무부는 17일 엔비디아 H20 칩의 중국 수출을 금지했다.트럼프 대통령은 지난해 반도체 "
        "관세 정책을 밝혔다.",
        "2025-04-17",
    )
    assert [e.evidence for e in found if e.primary] == [
        "미국 상무부는 17일 엔비디아 H20 칩의 중국 수출을 금지했다."
    ], brief(found)
