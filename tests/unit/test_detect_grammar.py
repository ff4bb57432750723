"""Word classes and clauses the detector reads, own sentences.

A Chinese verb after 的, a CJK verb inside a noun compound, Korean and Japanese verbal
nouns, Chinese clauses; German weak verbs split, declined participles, compound tails;
a plural ending its sentence; Romance and Dutch articles (before an -s word, an
infinitive, a state's body); "May" the month. Contrasts: the same words as verbs.
Written over issue 11's rounds 3 to 10.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


def test_a_chinese_verb_after_de_is_a_noun(analyzer: Analyzer) -> None:
    found = events(analyzer, "", "美国对华出口的限制持续，企业正在调整供应链。")
    assert not found, brief(found)


# ------------------------------------------------ Korean and Japanese verbal nouns


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a verbal noun under its verb, or ending the headline, is the act
        ("일본, 반도체 소재 수출 규제를 강화했다", "", ("JP", "tightening")),
        ("日本政府、半導体装置の輸出規制を強化", "", ("JP", "tightening")),
        # with a case particle, or heading a compound, it is a noun
        ("반도체 업계, 수출 규제의 영향 분석", "", None),
        ("업계, 미국의 규제 추가 가능성에 촉각", "", None),
        ("輸出規制の対象品目を解説", "", None),
        # -적 makes an adjective: "limited"
        ("한국산 반도체 수출 영향은 제한적", "", None),
        # a progressive describes what stands
        ("", "米国は中国への先端半導体の輸出を規制している。", None),
        ("", "미국은 중국에 첨단 반도체 수출을 제한하고 있다.", None),
        # "may", "is considered", a draft, a headline heading for it
        ("", "미국이 추가 수출 규제를 강화할 수 있다고 업계는 본다.", None),
        ("", "経済産業省は輸出管理の改正案を発表した。", None),
        ("韓国、半導体材料の輸出規制を来月導入へ", "政府は規制を導入する方針だ。", None),
        # 이번 / 今回 mark the measure in the news
        (
            "일본 반도체 규제",
            "일본 정부가 발표한 이번 수출 통제 조치는 다음 달부터 적용된다.",
            ("JP", "tightening"),
        ),
    ],
)
def test_korean_and_japanese_verbal_nouns(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


# --------------------------------------------------------------------- Chinese


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # 因此: the clause acts for the sentence's subject, not the state it found at fault
        ("", "商务部调查显示，美国相关措施具有歧视性，因此依法立案调查。", ("CN", "tightening")),
        # 已经 before the verb states it done
        ("", "商务部已经批准了部分企业的出口申请。", ("CN", "easing")),
        # "经...审核，已批准": a review before, no procedure of a measure
        ("", "经依法审核，商务部已批准一批出口许可申请。", ("CN", "easing")),
        # ASCII commas between Chinese clauses break them
        ("", "網信辦表示,就早前獲美國批准的H20晶片,今日約談輝達。", ("CN", "tightening")),
        # 不是 negates; a headline's parts are set apart by spaces
        ("商务部：稀土管制并非禁运 已批准多家企业申请", "", ("CN", "easing")),
    ],
)
def test_chinese_clauses(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


# ------------------------------ a Romance article before an English-shaped -s word


@pytest.mark.parametrize(
    "body",
    [
        "Pékin a réagi avec fermeté face aux sanctions technologiques des États-Unis.",
        "A China reagiu às sanctions americanas com uma nova investigação comercial.",
    ],
)
def test_romance_article_makes_a_noun(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not [e for e in found if e.action == "sanction"], brief(found)


def test_french_verb_of_sanction_still_reads(analyzer: Analyzer) -> None:
    check(
        analyzer, "", "Les États-Unis sanctionnent deux fabricants de puces.", ("US", "tightening")
    )


# ------------------------------------------------- "May" the month is no modal


def test_may_before_a_day_is_the_month(analyzer: Analyzer) -> None:
    title = "US rescinds chip rule"
    body = "On May 12, the Commerce Department announced the rescission of the chip rule."
    check(analyzer, title, body, ("US", "easing"))


def test_may_before_a_verb_is_a_modal(analyzer: Analyzer) -> None:
    check(analyzer, "", "The Commerce Department may lift the rule on chip exports.", None)


# --------------------------------------------- a noun compound holding a CJK verb


def test_regulated_items_compound_is_a_noun(analyzer: Analyzer) -> None:
    body = "規制対象となる品目を輸出するには、経済産業大臣の許可が必要になる見込みだ。"
    check(analyzer, "", body, None)


# -------------------------------------- a declined German participle is an adjective


def test_declined_participle_before_a_noun_is_no_verb(analyzer: Analyzer) -> None:
    title = "China bleibt für ASML der wichtigste Markt"
    body = "Trotz verschärfter Exportbeschränkungen bleibt China der wichtigste Markt von ASML."
    check(analyzer, title, body, None)


def test_finite_german_verb_stays_a_verb(analyzer: Analyzer) -> None:
    body = "China verschärft die Exportkontrollen für Gallium und Germanium."
    check(analyzer, "", body, ("CN", "tightening"))


# ----------------------------------------- a plural that ends its sentence is a noun


@pytest.mark.parametrize(
    "title, body",
    [
        ("", "Customs now check every shipment of accelerators that breach US export curbs."),
        ("Tokyo joins chip tool controls, in line with US China curbs", ""),
    ],
)
def test_a_final_plural_is_a_noun(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary and e.rule.startswith("restrict:verb")], brief(found)


def test_a_plural_verb_with_its_object_stays_a_verb(analyzer: Analyzer) -> None:
    check(
        analyzer, "", "China curbs exports of gallium to the United States.", ("CN", "tightening")
    )


# ------------------------- Romance "a" before an infinitive; readiness and threats


@pytest.mark.parametrize(
    "body",
    [
        "Os EUA começaram a restringir a exportação de memória HBM para a China.",
        "Gli Stati Uniti hanno iniziato a limitare le esportazioni di memorie HBM verso la Cina.",
        "Estados Unidos empezó a restringir la exportación de memorias HBM a China.",
    ],
)
def test_romance_a_before_an_infinitive_is_no_article(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("US", "tightening"))


def test_english_a_before_a_noun_stays_an_article(analyzer: Analyzer) -> None:
    body = "Analysts said a ban on the chips would hurt Nvidia's sales in China."
    check(analyzer, "", body, None)


def test_german_simple_past_split_verb(analyzer: Analyzer) -> None:
    body = "Peking hob das Ausfuhrverbot für Gallium in die USA am Sonntag wieder auf."
    check(analyzer, "", body, ("CN", "easing"))


# ------------------------------------- Dutch "de" before a state's body: the article


@pytest.mark.parametrize(
    "body",
    [
        "De Amerikaanse regering heeft de uitvoer van AI-chips naar China verder beperkt.",
        "Vandaag heeft de Amerikaanse regering de export van geavanceerde chips beperkt.",
    ],
)
def test_dutch_article_before_a_body(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("US", "tightening"))


def test_the_tail_of_a_compound_is_no_verb(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "Seltene Metalle: Exportverbot bleibt", "Peking hält an seinem Kurs fest."
    )
    assert not any(e.rule.startswith("ban:verb") for e in found), brief(found)


# ------------- German weak verbs split in the present plural and the simple past


@pytest.mark.parametrize(
    "body, state",
    [
        ("Die Niederlande schränken die Ausfuhr von Chipmaschinen nach China ein.", "NL"),
        ("Japan schränkte die Ausfuhr von Anlagen für Halbleiter ein.", "JP"),
    ],
)
def test_split_weak_verbs(analyzer: Analyzer, body: str, state: str) -> None:
    check(analyzer, "", body, (state, "tightening"))


def test_an_intended_restriction_stays_talk(analyzer: Analyzer) -> None:
    body = "Die Regierung in Den Haag will die Ausfuhr von Chipmaschinen nach China einschränken."
    check(analyzer, "", body, None)
