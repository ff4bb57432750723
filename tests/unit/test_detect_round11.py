"""Detector rules of round 11 (issue 11), on whole sentences through catalog and pattern file.

Every sentence is our own, written for the class it names: Japanese and Korean modality
that closes a chain of clauses; a Japanese report from a letter, an email or sources told
in the non-past; a Japanese headline heading for a measure over a body in the non-past;
"as early as next week" in Japanese and Chinese; a Korean quoted demand and guess; licences
issued, in Japanese; a German or Dutch licence duty as an adjective ("genehmigungspflichtig");
a control list of goods named by paraphrase; an authorisation one must apply for; a state
named as exempt from a measure; a measure noun pointed back at one told ("同措置"). Contrasts
sit beside each rule.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------- a chain of Japanese / Korean clauses shares its closing modality


@pytest.mark.parametrize(
    "body",
    [
        "米商務省は年明けに新たな措置を公表し、中国への先端チップの輸出を制限する予定だ。",
        "미 상무부는 다음 달 새 수출 통제 조치를 발표하고, 중국으로의 장비 수출을 제한할 예정이다.",
    ],
)
def test_a_chained_clause_shares_the_closing_plan(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_chained_clause_of_a_decision_stays_news(analyzer: Analyzer) -> None:
    # contrast: the chain closes in the past, no plan after it
    body = "米商務省は2日、新たな規則を公表し、中国への先端チップの輸出を制限した。"
    check(analyzer, "", body, ("US", "tightening"))


# ------------- a Japanese report from a letter, an email or sources, in the non-past


@pytest.mark.parametrize(
    "body",
    [
        "業界団体の書簡によると、新たな規則で中国の半導体企業約100社が米商務省のリストに"
        "掲載され、米企業はこれらへの出荷を禁じられる。",
        "会員向けのメールによると、米商務省は中国の半導体企業約50社をエンティティーリストに追加する。",
    ],
)
def test_a_sourced_report_in_the_non_past_is_coming(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_sourced_report_in_the_past_is_news(analyzer: Analyzer) -> None:
    # contrast: the report tells what was done
    body = "米紙の報道によると、米商務省は2日、中国向けの製造装置の輸出を禁止した。"
    check(analyzer, "", body, ("US", "tightening"))


def test_a_rule_described_in_the_non_past_without_a_source_stays(analyzer: Analyzer) -> None:
    # contrast: the ministry's own rule, with its date, no letter or sources
    body = "経済産業省は23日から、先端半導体の製造装置の輸出に個別の許可を必要とする。"
    check(analyzer, "", body, ("JP", "tightening"))


# ------------- a Japanese headline heading for a measure, its body in the non-past


def test_a_plan_headline_makes_the_non_past_body_a_plan(analyzer: Analyzer) -> None:
    title = "半導体製造装置の輸出管理強化へ 経産省"
    body = (
        "経済産業省は10日、外為法の省令を改めると発表した。\n\n"
        "軍事転用を防ぐため、輸出に許可が必要な装置の範囲を広げる。秋に施行する予定。"
    )
    check(analyzer, title, body, None)


def test_a_plain_headline_keeps_the_non_past_body(analyzer: Analyzer) -> None:
    # contrast: the same body under a headline stating the act
    title = "半導体製造装置の輸出管理を強化 経産省"
    body = "経済産業省は20日から、輸出に許可が必要な装置の範囲を広げる。"
    check(analyzer, title, body, ("JP", "tightening"))


# ------------- "as early as next week" (Japanese, Chinese); Korean demand and guess


@pytest.mark.parametrize(
    "title",
    [
        "米政権、来週にも対中半導体の輸出規制を強化",
        "美国最快下周收紧对华芯片出口管制",
    ],
)
def test_as_early_as_is_a_forecast(analyzer: Analyzer, title: str) -> None:
    check(analyzer, title, "", None)


def test_the_fastest_chip_is_no_forecast(analyzer: Analyzer) -> None:
    # contrast: 最快 as an adjective ("the fastest chip")
    title = "美国商务部宣布限制英伟达最快芯片对华出口"
    check(analyzer, title, "", ("US", "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "미국의 대중국 장비 수출 규제를 강화하라는 압력이 커지면서 정부가 대응을 논의하고 있다.",
        '소식통은 "미 상무부가 한국 기업에 대한 장비 수출 통제를 무기한 유예할 것 같다"고 전했다.',
    ],
)
def test_a_korean_demand_or_guess_is_talk(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_korean_measure_announced_stays(analyzer: Analyzer) -> None:
    # contrast: the same measure, done
    body = "미국 상무부는 7일 중국에 대한 반도체 장비 수출 규제를 강화했다."
    check(analyzer, "", body, ("US", "tightening"))


# ------------- licences issued (Japanese)


def test_licences_issued_in_japanese_ease(analyzer: Analyzer) -> None:
    body = "米商務省がエヌビディアのAI半導体について、中国向けの輸出許可を発行し始めた。"
    check(analyzer, "", body, ("US", "easing"))


# ------------- a German / Dutch licence duty as an adjective


@pytest.mark.parametrize(
    "body",
    [
        "Die Niederlande machen die Ausfuhr bestimmter Chipmaschinen ab Januar "
        "genehmigungspflichtig.",
        "De Nederlandse regering maakt de export van bepaalde chipmachines vanaf januari "
        "vergunningplichtig.",
    ],
)
def test_a_licence_bound_adjective_is_a_licence_duty(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("NL", "tightening"))


# ------------- a control list of goods by paraphrase


def test_items_added_to_a_list_of_exports_tighten(analyzer: Analyzer) -> None:
    body = (
        "Seoul said on Monday that 12 more items, etching tools among them, will be added to "
        "the list of exports that need prior approval."
    )
    check(analyzer, "", body, ("KR", "tightening"))


# ------------- an authorisation one must apply for grants nothing


def test_applying_for_an_authorisation_is_no_approval(analyzer: Analyzer) -> None:
    body = (
        "The Dutch government published the ministerial order on Friday. Under the order it "
        "will now be necessary to apply for an export authorisation to export certain "
        "lithography tools."
    )
    found = events(analyzer, "", body)
    assert not [e for e in found if e.direction == "easing"], brief(found)


def test_an_authorisation_granted_still_eases(analyzer: Analyzer) -> None:
    # contrast: the authorisation is given
    body = "The Dutch government granted ASML an export authorisation for two machines on Friday."
    check(analyzer, "", body, ("NL", "easing"))


# ------------- a state named as exempt does not act


def test_an_exempt_state_does_not_act(analyzer: Analyzer) -> None:
    body = (
        "経済産業省は輸出管理を強化する。製造装置を米国や韓国など友好国向けを除き、"
        "中国などに輸出するには許可が毎回必要となる。"
    )
    check(analyzer, "", body, ("JP", "tightening"))


def test_a_state_after_the_exemption_still_acts(analyzer: Analyzer) -> None:
    # contrast: the exemption is closed by a comma; the subject after it acts
    body = "Except for Japan, the United States banned exports of the tools on Monday."
    check(analyzer, "", body, ("US", "tightening"))


# ------------- a measure noun pointed back at the measure told before


def test_a_restated_measure_is_no_new_event(analyzer: Analyzer) -> None:
    body = (
        "米商務省は13日、AIチップの中国向け輸出に関する規制を緩和した。"
        "同措置は他社の製品にも適用される。"
    )
    found = events(analyzer, "", body)
    assert {(e.jurisdiction, e.direction) for e in found} == {("US", "easing")}, brief(found)


def test_a_new_measure_noun_still_reads(analyzer: Analyzer) -> None:
    # contrast: no determiner points back; another state's new measure
    body = (
        "米商務省は13日、AIチップの中国向け輸出に関する規制を緩和した。"
        "中国商務省は14日、新たな輸出管理措置を発表した。"
    )
    found = events(analyzer, "", body)
    assert ("CN", "tightening") in {(e.jurisdiction, e.direction) for e in found}, brief(found)
