"""Detector rules of round 9 (issue 11), on whole sentences through catalog and pattern file.

Every sentence is our own, written for the class it names: a state inside a fronted
Chinese object or counting listed firms is no actor; German "will" heads an intention;
the suspension of a ban is one easing event; a Dutch "de" before a state's body is the
article; accented letters continue a word; a Chinese time phrase inside a relative clause
dates that clause; drafts put to comment, bills and reactions are not acts; a negative
determiner opening the subject negates a passive; German genitives and compound tails.
Contrasts sit beside each rule.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events

# ------------------------- a state inside the object fronted by 将/把 does not act


@pytest.mark.parametrize(
    "body, state",
    [
        ("日前，台灣政府正式將中國兩家晶片企業納入出口管制實體名單。", "TW"),
        ("欧盟把中国两大存储芯片制造商纳入制裁名单。", "EU"),
        # contrast: the state before the marker acts, a counted qualifier after it
        ("美国商务部将12家中国实体列入实体清单。", "US"),
    ],
)
def test_state_inside_a_fronted_object(analyzer: Analyzer, body: str, state: str) -> None:
    check(analyzer, "", body, (state, "tightening"))


# --------------------- Japanese and Korean: a state right before counted firms


@pytest.mark.parametrize(
    "title, state",
    [
        ("米商務省、カンブリコンなど中国の半導体企業20社をエンティティーリストに追加", "US"),
        ("米、YMTCなど中国10社超を輸出規制リストに追加", "US"),
        ("中国は米国の防衛企業をリストに追加した", "CN"),
    ],
)
def test_a_state_counting_firms_is_no_actor(analyzer: Analyzer, title: str, state: str) -> None:
    check(analyzer, title, "", (state, "tightening"))


# -------------------------- German "will" before a final infinitive: an intention


@pytest.mark.parametrize(
    "body",
    [
        "Die Bundesregierung will den Verkauf der Chipfabrik an den Investor untersagen.",
        "Die Regierung in Den Haag will die Ausfuhr weiterer Anlagen nach China beschränken.",
    ],
)
def test_intention_modal_in_second_place(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


@pytest.mark.parametrize(
    "body, state",
    [
        # contrasts: the perfect, and the Dutch future "gaat ... beperken"
        ("Das Kabinett hat den Verkauf der Chipfabrik an den Investor untersagt.", "DE"),
        ("Het kabinet gaat de export van chipmachines naar China verder beperken.", "NL"),
    ],
)
def test_decided_verbs_stay_acts(analyzer: Analyzer, body: str, state: str) -> None:
    check(analyzer, "", body, (state, "tightening"))


# ------------------------------- the suspension of a ban eases; no second, new ban


@pytest.mark.parametrize(
    "body",
    [
        "Beijing on Sunday announced the suspension of a ban on gallium exports to the US.",
        "Pékin a annoncé la suspension d'une interdiction d'exporter du gallium vers les "
        "États-Unis.",
        "Peking kündigte die Aussetzung des Exportverbots für Gallium in die USA an.",
        "Cette réglementation, qui visait le gallium et le germanium, est suspendue jusqu'au "
        "27 novembre, a indiqué le ministère chinois du Commerce.",
    ],
)
def test_suspending_a_ban_is_one_easing(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    main = {(e.jurisdiction, e.direction) for e in found if e.primary}
    assert main == {("CN", "easing")}, brief(found)


def test_a_ban_alone_still_tightens(analyzer: Analyzer) -> None:
    body = "Beijing on Tuesday imposed a ban on gallium exports to the US."
    check(analyzer, "", body, ("CN", "tightening"))


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


# ------------------------------------ accented letters continue a word: "japonés"


def test_a_name_inside_an_accented_word_is_no_mention(analyzer: Analyzer) -> None:
    tagged = analyzer.tagger.tag("", "El fabricante japonés de memorias perdió una licencia.")
    assert not [m for m in tagged.mentions if m.type == "jurisdiction"], tagged.mentions


def test_the_name_itself_still_is(analyzer: Analyzer) -> None:
    tagged = analyzer.tagger.tag("", "Le Japon a durci ses contrôles sur les puces.")
    assert [m.name for m in tagged.mentions if m.type == "jurisdiction"] == ["JP"]


# ------------------- a Chinese time phrase inside a relative clause dates that clause


def test_time_phrase_inside_a_relative_clause(analyzer: Analyzer) -> None:
    body = "英伟达就此前获美国批准出口的H20芯片，被国家网信办约谈。"
    check(analyzer, "", body, ("CN", "tightening"))


def test_time_phrase_before_the_verb_stays_background(analyzer: Analyzer) -> None:
    body = "国家网信办此前约谈了英伟达，要求说明H20芯片的安全风险。"
    check(analyzer, "", body, None)


# ------------------------------- drafts for comment, bills, reactions: not acts


@pytest.mark.parametrize(
    "title, body",
    [
        ("", "商务部会同有关部门起草了对镓锗实施出口管制的规定，现公开征求意见。"),
        (
            "EUA: nova proposta sobre chips no Senado",
            "Segundo o jornal, o projeto de lei determina a suspensão de licenças por dois "
            "anos e proibirá a venda dos chips H200 à China.",
        ),
        (
            "Washington und die KI-Chips",
            "Washington hatte die Ausfuhr 2023 beschränkt. Der Gesetzentwurf verbietet die "
            "Ausfuhr moderner KI-Chips nach China.",
        ),
        ("", "미국이 대중 반도체 수출 통제를 발표한 것에 대해 정부는 영향이 제한적이라고 밝혔다."),
        ("米、中国企業を近く禁輸リストへ まもなく追加", ""),
    ],
)
def test_talk_of_a_measure(analyzer: Analyzer, title: str, body: str) -> None:
    check(analyzer, title, body, None)


def test_a_decided_chinese_rule_stays_an_act(analyzer: Analyzer) -> None:
    body = "商务部宣布对部分稀土物项实施出口管制，并就实施细则公开征求意见。"
    check(analyzer, "", body, ("CN", "tightening"))


# ------------------------ a negative determiner opening the subject of a passive


@pytest.mark.parametrize(
    "body",
    [
        "The UK updated its open licence for EU exports. No general licences for the other "
        "destinations have yet been issued by the unit.",
        "Keine Exportlizenzen wurden bisher an die beiden Firmen vergeben, sagte die "
        "Regierung in Berlin.",
    ],
)
def test_no_subject_negates_a_passive(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_licence_granted_stays_an_act(analyzer: Analyzer) -> None:
    body = "The Commerce Department has granted export licences to the two firms, it said."
    check(analyzer, "", body, ("US", "easing"))


# -------------------- German genitive states and compound tails ("Exportverbote")


def test_a_genitive_state_owning_plans_does_not_act(analyzer: Analyzer) -> None:
    title = "Exportverbote: Japans Chip-Ausbau gestoppt – Washington greift durch"
    found = events(analyzer, title, "")
    assert not any(e.jurisdiction == "JP" for e in found), brief(found)


def test_a_genitive_state_owning_a_ban_authors_it(analyzer: Analyzer) -> None:
    body = "Chinas Ausfuhrverbot für Gallium gilt ab sofort."
    check(analyzer, "", body, ("CN", "tightening"))


def test_the_tail_of_a_compound_is_no_verb(analyzer: Analyzer) -> None:
    found = events(
        analyzer, "Seltene Metalle: Exportverbot bleibt", "Peking hält an seinem Kurs fest."
    )
    assert not any(e.rule.startswith("ban:verb") for e in found), brief(found)


# ---------------------------- catalog: a TPU generation's code name is the TPU family


def test_tpu_generations_resolve_to_the_family(analyzer: Analyzer) -> None:
    tagged = analyzer.tagger.tag(
        "", "Google opened its Ironwood TPU to cloud users; Trillium ships too."
    )
    assert {m.name for m in tagged.mentions if m.type == "chip"} == {"TPU"}


def test_a_code_name_without_its_context_is_no_chip(analyzer: Analyzer) -> None:
    tagged = analyzer.tagger.tag("", "The Ironwood Hotel hosted the trade conference.")
    assert not [m for m in tagged.mentions if m.type == "chip"], tagged.mentions


# ------------------- a day named weeks before publication dates an earlier act (CJK)


@pytest.mark.parametrize(
    "published, primary",
    [(datetime(2025, 11, 9, tzinfo=UTC), False), (datetime(2025, 10, 2, tzinfo=UTC), True)],
)
def test_a_named_day_weeks_before_publication(
    analyzer: Analyzer, published: datetime, primary: bool
) -> None:
    body = "今年9月30日，荷兰政府援引紧急法律接管了安世半导体。"
    tagged = analyzer.tagger.tag("", body)
    found = analyzer.detector.detect("", body, tagged, published=published)
    assert [e.primary for e in found if e.jurisdiction == "NL"] == [primary], brief(found)


def test_a_coming_day_is_no_earlier_act(analyzer: Analyzer) -> None:
    body = "商务部宣布，自12月1日起对相关物项实施出口管制。"
    tagged = analyzer.tagger.tag("", body)
    found = analyzer.detector.detect("", body, tagged, published=datetime(2025, 11, 9, tzinfo=UTC))
    assert any(e.primary and e.jurisdiction == "CN" for e in found), brief(found)


# -------------------------- a briefing question and "先前" report earlier news


@pytest.mark.parametrize(
    "body",
    [
        "在外交部例行记者会上，有路透记者就此提问，并提及有关中方不鼓励企业使用H20的报道，询问中方看法。",
        "据了解，商务部先前已对镓锗出口实施管制。",
    ],
)
def test_questions_and_earlier_acts(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


# -------------- the same in the European languages: "on September 30", "18 ottobre"


def _main_at(analyzer: Analyzer, body: str, published: datetime) -> list[tuple[str, bool]]:
    tagged = analyzer.tagger.tag("", body)
    found = analyzer.detector.detect("", body, tagged, published=published)
    return [(e.jurisdiction, e.primary) for e in found]


def test_a_named_day_weeks_back_in_english(analyzer: Analyzer) -> None:
    body = (
        "The row began on September 30 when the Dutch government moved to seize control "
        "of the firm."
    )
    assert _main_at(analyzer, body, datetime(2025, 11, 28, tzinfo=UTC)) == [("NL", False)]
    assert _main_at(analyzer, body, datetime(2025, 10, 3, tzinfo=UTC)) == [("NL", True)]


def test_a_measure_in_force_now_stays_news(analyzer: Analyzer) -> None:
    body = (
        "Washington's new restrictions on chip exports, announced on October 17, came into "
        "force today."
    )
    assert ("US", True) in _main_at(analyzer, body, datetime(2023, 11, 19, tzinfo=UTC))


# ------------------------------- agency wording: a department "released" its rules


def test_released_export_regulations(analyzer: Analyzer) -> None:
    body = "On Tuesday the Commerce Department released updated export regulations on AI chips."
    check(analyzer, "", body, ("US", "tightening"))


def test_a_released_statement_is_no_rule(analyzer: Analyzer) -> None:
    body = "The company released a statement on the export rules on Friday."
    check(analyzer, "", body, None)
