"""Who acts, round 33 (issue 11): a state read out of its role, or a request read as an act.

Sentences in our own words, in the shape of each class:

- A Japanese source clause closes with "と" or "ば" and a comma ("資料によると、",
  "報道によれば、"): the state after it opens the next clause and, with its topic particle
  (also after a government noun: "米国政府は"), is the subject, not the last item of a
  list of places; the story's earlier state does not take its act.
- A request or pressure on another state to act ("ha solicitado restringir", "ha
  sollecitato … a fermare", "de druk … om … te verbieden", "Rufe aus …, … zu beschränken")
  is talk: neither the state asking nor the state asked has acted.
- A Chinese demand addressed to a state ("呼吁美国停止…，…，停止…", "美方应尽快取消…"):
  every easing after it in the sentence is what is demanded, not an easing.
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


def _states(analyzer: Analyzer, title: str, body: str) -> set[str]:
    return {e.jurisdiction for e in events(analyzer, title, body)}


# --- a Japanese source clause before the topic ------------------------------------------


def test_japanese_source_clause_then_government_topic_acts(analyzer: Analyzer) -> None:
    # the headline's "中国輸出制限" leaves China as the story's last state: the body's
    # topic after "によると、" must take the act, not that state
    found = events(
        analyzer,
        "米政府、半導体大手に中国輸出制限を通達",
        "同社の提出書類によると、米国政府は9月2日、中国への今後の出荷には新たな"
        "ライセンスの取得が必要になると同社に通達した。",
    )
    states = {e.jurisdiction for e in found}
    assert "US" in states, brief(found)
    assert "CN" not in states, brief(found)


def test_japanese_source_clause_with_no_state_before(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "半導体メーカー、中国輸出の許可制を通知される",
        "同社が公表した資料によると、米国政府は9月2日、中国への今後の輸出には新たな"
        "ライセンスの取得が必要になると同社に通知した。",
    )
    assert "US" in {e.jurisdiction for e in found}, brief(found)


def test_japanese_source_clause_with_ba_then_ministry_topic(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "米、半導体の対中出荷を再び許可",
        "複数の報道によれば、米商務省は半導体メーカーが中国へのAIチップの出荷を再開する"
        "ためのライセンスを発行した。",
    )
    states = {e.jurisdiction for e in found}
    assert "US" in states, brief(found)
    assert "CN" not in states, brief(found)


def test_japanese_list_of_places_after_comma_still_a_place(analyzer: Analyzer) -> None:
    # contrast: a comma inside a list of destinations ("韓国、中国など") keeps them places
    found = events(
        analyzer,
        "日本、半導体素材の輸出規制を強化",
        "日本政府は、韓国、中国などへの半導体素材の輸出規制を強化すると発表した。",
    )
    states = {e.jurisdiction for e in found}
    assert "JP" in states, brief(found)
    assert not states & {"KR", "CN"}, brief(found)


# --- a request or pressure on another state -----------------------------------------------


def test_spanish_state_request_is_no_act(analyzer: Analyzer) -> None:
    states = _states(
        analyzer,
        "Corea del Sur revisa sus exportaciones de chips",
        "Washington ha solicitado limitar las ventas de equipos de chips a varios aliados "
        "asiáticos.",
    )
    assert "US" not in states, states


def test_italian_urging_another_state_is_no_act(analyzer: Analyzer) -> None:
    states = _states(
        analyzer,
        "Chip, la Corea valuta nuove regole",
        "Il governo degli Stati Uniti ha sollecitato la Corea del Sud a contribuire a "
        "bloccare le vendite di macchinari avanzati verso la Cina.",
    )
    assert not states & {"US", "KR"}, states


def test_dutch_pressure_to_ban_is_no_act(analyzer: Analyzer) -> None:
    states = _states(
        analyzer,
        "Chipmachinemaker ziet risico's",
        "De topman wees op de druk die de Verenigde Staten op Japan leggen om de verkoop van "
        "oudere chipmachines naar China te verbieden.",
    )
    assert not states & {"US", "JP"}, states


def test_dutch_under_pressure_still_acts(analyzer: Analyzer) -> None:
    # contrast: "onder druk van" names why the subject acted; the act stands
    states = _states(
        analyzer,
        "Nederland beperkt export",
        "Onder druk van de VS beperkte Nederland vorige week de export van chipmachines naar "
        "China.",
    )
    assert "NL" in states, states


def test_german_calls_from_a_state_are_no_act(analyzer: Analyzer) -> None:
    states = _states(
        analyzer,
        "Chipmaschinen: Japan prüft Ausfuhr",
        "Seit Wochen gibt es Rufe aus den USA, Chinas Zugang zu den Maschinen weiter zu "
        "beschränken.",
    )
    assert not states & {"US", "CN", "JP"}, states


# --- a Chinese demand addressed to a state ------------------------------------------------


def test_chinese_demand_governs_a_later_easing(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "美国以国家安全为由将多家中国企业列入黑名单",
        "美国商务部周二对12家中国企业实施了出口限制。美国企业被禁止向黑名单上的实体出售产品。"
        "中方发言人对此表示谴责，并呼吁美国停止以军事问题为借口，将经贸问题政治化、工具化，"
        "停止滥用实体清单等出口管制工具来打压中国公司。",
    )
    assert not [e for e in found if e.direction == "easing"], brief(found)
    assert ("US", "tightening") in {(e.jurisdiction, e.direction) for e in found}, brief(found)


def test_chinese_should_lift_is_a_demand(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "商务部就美方出口管制答记者问",
        "美方应尽快取消对华芯片出口管制，为企业营造公平的环境。",
    )
    assert not [e for e in found if e.direction == "easing"], brief(found)


def test_chinese_lifting_by_the_ministry_still_eases(analyzer: Analyzer) -> None:
    # contrast: no demand before the easing; the ministry lifts its own measure
    found = events(
        analyzer,
        "商务部取消部分出口管制",
        "商务部宣布取消对部分美国企业的出口管制措施。",
    )
    assert ("CN", "easing") in {(e.jurisdiction, e.direction) for e in found}, brief(found)
