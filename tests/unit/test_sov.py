"""Japanese and Korean modality read after the verb (``sov.py``), own sentences.

A clause nominalised under "consider" or "plan", a chain of clauses sharing the closing
modality, a Korean demand or guess: talk. Contrasts: a decided restriction, a chained
clause of a decision, a Korean measure announced. Written in issue 11's rounds 10 and 11.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check

# ------------- Japanese and Korean: a clause nominalised under "consider" or "plan"


@pytest.mark.parametrize(
    "body",
    [
        "米政府は新たな規制として、中国向けの半導体装置の輸出に制限を設けることを検討している。",
        "米政府は中国向けの半導体製造装置の輸出を間もなく規制する。",
        "미국 정부는 중국에 대한 반도체 장비 수출을 제한하는 것을 검토하고 있다.",
        "미국 정부가 대중국 반도체 장비에 대한 추가 수출통제 조치를 조만간 발표한다.",
    ],
)
def test_a_considered_clause_is_talk(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_decided_japanese_restriction_stays(analyzer: Analyzer) -> None:
    body = "米商務省は3日、中国向けの半導体製造装置の輸出を制限すると発表した。"
    check(analyzer, "", body, ("US", "tightening"))


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
