"""Acts a sentence does not state: refused confirmations, plans to announce, reactions (round 42).

Classes of the false alerts of round 42's spent held-out half (issue 11), each probed in
sentences of our own in several languages:

* an official who declines to confirm an act tells the refusal, with the act as the
  object of "confirm" ("China declined to confirm that regulators had told Alibaba to
  stop buying H20 chips"): before, only an act that retold other outlets' reports was read
  as unconfirmed;
* a measure still to be announced in Korean and Japanese ("반도체 관세를 발표할 것이라고
  밝혔다", "「半導体関税」を発表すると述べた"): the future sits on "announce", after the
  measure noun, where no cue was searched;
* a state's reaction to the other side's measure: Portuguese past tense "criticou", a
  Korean protest lodged ("엄중히 항의"), the other side accused of politicising;
* a Chinese, Japanese or Korean headline whose legislators table a bill after what the
  bill does ("…緩和を禁止、超党派議員が法案提出");
* a firm that orders its own halt: Portuguese "A Nvidia" opening the clause (the article
  "a" was taken for the preposition "to"), and a Chinese firm's halt "向所有大陸客戶"
  ("to all mainland customers": the quantifier hid the place word) after a web outlet's
  home ("大陸網媒").
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China declines to confirm chip purchase curbs",
            "China's foreign ministry on Thursday declined to confirm reports that regulators "
            "had told ByteDance and Alibaba to stop buying Nvidia's H20 chips.",
        ),
        (
            "",
            "Pequim recusou-se a confirmar que os reguladores ordenaram à Alibaba que "
            "suspendesse as compras de chips H20 da Nvidia.",
        ),
        (
            "",
            "China evitó este jueves confirmar que los reguladores hayan pedido a Alibaba y "
            "Tencent pausar las compras de chips H20 de Nvidia.",
        ),
    ],
)
def test_an_act_an_official_declines_to_confirm_is_no_main_event(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "그는 “(미국으로) 들어오지 않는 기업에는 관세를 부과할 것”이라며 “매우 곧 관세를 "
        "부과할 것”이라고 말했다.",
        '트럼프 대통령은 이날 백악관에서 투자 계획을 발표하며 "이것은 매우 중요한 요소다"며 '
        '"미국으로 들어오는 모든 반도체에 100% 관세"가 부과될 것이라고 말했다.',
    ],
)
def test_a_quoted_or_leaders_future_in_korean_is_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not main_of(found), brief(found)


def test_an_act_reported_without_a_refusal_stays_news(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "China ordered Alibaba to halt purchases of Nvidia H20 chips, the Financial Times "
        "reported on Wednesday.",
    )
    assert ("CN", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "도널드 트럼프 미국 대통령은 4일 “상당한 반도체 관세”를 발표할 것이라고 밝혔다.",
        "미국 상무부는 “엔비디아 H20 수출 금지” 조치를 발표할 것이라고 밝혔다.",
        "トランプ大統領は4日、「相当な半導体関税」を発表すると述べた。",
    ],
)
def test_a_measure_still_to_be_announced_is_no_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "미국 상무부는 17일 엔비디아 H20 칩의 중국 수출을 금지한다고 발표했다.",
        "米商務省は17日、エヌビディアのH20の対中輸出を禁止すると発表した。",
    ],
)
def test_a_measure_announced_stays_an_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert ("US", "tightening") in main_of(found), brief(found)


@pytest.mark.parametrize(
    "body",
    [
        "O Ministério do Comércio da China criticou a nova regra, afirmando que ela pode "
        "afetar as vendas de equipamentos para fabricantes de chips.",
        '한편 중국 외교부는 "정치적 목적에 따른 제한 조치와 강제적 디커플링은 공정경쟁 원칙에 '
        '위배된다"며 미국 측에 엄중히 항의한다고 말했다.',
    ],
)
def test_a_states_reaction_to_another_measure_is_no_main_act(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "トランプ政権の対中AI半導体輸出規制緩和を禁止、超党派議員が法案提出",
            "米議会の超党派議員は、トランプ政権による対中半導体輸出規制の緩和を禁じる法案を提出した。",
        ),
        (
            "트럼프 정부 대중 AI 반도체 수출규제 완화 금지…초당파 의원들 법안 발의",
            "미국 초당파 의원들이 트럼프 행정부의 대중 반도체 수출규제 완화를 금지하는 법안을 "
            "발의했다.",
        ),
    ],
)
def test_a_cjk_headline_of_a_bill_tabled_tells_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "nvidia suspende producao chip h20",
            "São Francisco (EUA), 22 de agosto de 2025 – A Nvidia determinou a seus fornecedores "
            "que interrompam a fabricação do chip de inteligência artificial H20.",
        ),
        (
            "",
            "據大陸網媒「集微網」周五(8日)報道,台積電已向所有大陸AI晶片客戶發送正式電子郵件,"
            "宣布從11月11日起,暫停向大陸AI/GPU客戶供應所有七納米及更先進工藝的晶片。",
        ),
    ],
)
def test_a_firms_own_halt_is_no_state_act(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not main_of(found), brief(found)


def test_a_state_halting_sales_to_all_mainland_customers_still_acts(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "美国商务部宣布，暂停向所有中国大陆客户出口H20芯片。",
    )
    assert ("US", "tightening") in main_of(found), brief(found)
