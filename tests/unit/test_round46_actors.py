"""Round 46: who acts when a state stands before an agency or a list of firms.

- "대만 국제무역관리국이": a state before an agency's name the catalog lacks owns the agency.
- "러시아, 이란, 미얀마 기업들도 …", "ロシアやイランの企業も …": a list of states before a firm
  noun names whose firms are listed, not who lists them.
- A list of goods after a state and a comma ("中国、ガリウムと…") is no such list of firms.
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of


def test_a_state_owns_the_agency_named_after_it(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "싱가포르 전략물자관리국이 어제 중국 반도체 업체 5곳을 수출 통제 목록에 올렸다.",
    )
    assert main_of(found) == {("SG", "tightening")}, brief(found)


def test_a_list_of_states_before_firms_does_not_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "",
        "일본 경제산업성은 중국 반도체 기업 10곳을 수출 규제 대상에 추가했다. 러시아, 이란, "
        "북한 기업들도 이번 목록에 포함됐다.",
    )
    assert "RU" not in {e.jurisdiction for e in found}, brief(found)
    found = events(analyzer, "", "ロシアやイランの企業も今回のリストに追加された。")
    assert "RU" not in {e.jurisdiction for e in found}, brief(found)


def test_a_state_before_a_list_of_goods_still_acts(analyzer: Analyzer) -> None:
    found = events(analyzer, "中国、アンチモンと黒鉛の輸出規制を発表", "")
    assert ("CN", "tightening") in main_of(found), brief(found)


def test_a_leaders_government_is_his_state_in_dutch(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "De regering-Biden verbiedt de export van H20-chips naar China.")
    assert main_of(found) == {("US", "tightening")}, brief(found)
