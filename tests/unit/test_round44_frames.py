"""Round 44: story frames that make the acts a body tells someone else's subject.

Classes read from the spent set b65 (issue 11), in sentences of our own: a legislator's
inquiry or letter as the headline, a firm halting its own output, a reference line under
a Japanese article, a measure named as the circumstance of a firm's act, a Japanese or
Korean measure that is the predicate of a description.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Lawmaker Probes Planned AMD Chip Sales to China",
            "In a letter to the Commerce Secretary, the congressman asked how many MI308 chips "
            "will be exported after the department allowed the sales last month.",
        ),
        (
            "House chairs urge broad limits on China's access to chipmaking tools",
            "In a bipartisan letter, two committee chairmen asked the administration to impose "
            "country-wide limits on sales of lithography tools to China.",
        ),
    ],
)
def test_a_legislators_inquiry_or_letter_decides_nothing(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "AMD Halts MI308 Chip Output Amid Beijing Restrictions",
            "AMD has told suppliers to pause work on the MI308 after Chinese regulators "
            "discouraged purchases, the newsletter reported.",
        ),
        (
            "AMD stoppt Produktion von MI308-Chips",
            "Chinesische Behörden haben Technologieunternehmen Medienberichten zufolge vor dem "
            "Kauf der Chips gewarnt.",
        ),
    ],
)
def test_a_firm_halting_its_own_output_is_the_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)
    assert not [e for e in found if e.direction == "easing"], brief(found)


def test_a_measure_after_amid_is_no_object_of_the_verb(analyzer: Analyzer) -> None:
    found = events(analyzer, "Dutch government lifts export ban amid US pressure", "")
    assert ("NL", "easing") in main_of(found), brief(found)


def test_a_reference_line_is_another_page(analyzer: Analyzer) -> None:
    body = (
        "日本の装置メーカーは対中売上の見通しを据え置いた。\n"
        "参考)米商務省、半導体製造装置を中心とした新たな対中輸出規制を発表\n"
        "同社は来期も増収を見込む。"
    )
    found = events(analyzer, "東京エレクトロン、通期予想を据え置き", body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "米国は2022年10月に新たな対中輸出規制を発表した。これは多層的な規制ですね。",
        "미국은 2022년 10월 새 대중 수출 규제를 발표했다. 이는 사실상 전면적인 규제입니다.",
    ],
)
def test_a_measure_as_a_descriptions_predicate_is_no_second_act(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "", body)
    assert len(found) == 1, brief(found)


def test_a_korean_quoted_document_name_grants_nothing(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "중국 시장감독총국은 퀄컴이 '퀄컴의 오토톡스 인수에 대한 조건부 승인 심사 결정 공고'를 "
        "위반했다며 추가 조사를 결정했다고 밝혔다.",
    )
    assert not [e for e in found if e.direction == "easing"], brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "AMD는 이후 미국 정부의 수출 통제를 근거로 중국에 MI308 공급을 중단했다.",
        "AMDは米国政府の輸出規制を理由に、中国へのMI308の出荷を停止した。",
    ],
)
def test_a_firm_halting_supply_for_a_states_reason_acts_itself(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, "", body)
    assert not main_of(found), brief(found)


def test_until_now_dates_the_state_before_the_news(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "経済産業省は23日、先端半導体の23品目を輸出規制の対象に加えた。これまでは原則として"
        "許可は不要だった。",
    )
    assert main_of(found) == {("JP", "tightening")}, brief(found)


def test_a_refusal_to_accept_is_no_acceptance(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "中国政府拒绝接受英伟达H20芯片。")
    assert not [e for e in found if e.direction == "easing"], brief(found)


def test_a_state_preparing_to_ease_has_not_eased(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "Os Países Baixos se preparam para suspender os controles emergenciais sobre a Nexperia.",
    )
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "Beijing retaliated with export curbs on Nexperia chips made in China on Saturday.",
        "Chinese authorities have retaliated with export restrictions on Nexperia's outputs.",
    ],
)
def test_the_measure_a_state_retaliates_with_is_its_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert ("CN", "tightening") in main_of(found), brief(found)


def test_a_retaliation_threatened_is_still_no_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "", "Beijing threatened to retaliate with export curbs on Nexperia chips."
    )
    assert not main_of(found), brief(found)
