"""Who acts, round 31 (issue 11): states named as a measure's destination, its target's
owner, an addressee, a reacting lead, a patient in another clause, or "EU" in Mexican copy.

Sentences in our own words, in the shape of each class:

- "EU" in Latin-American Spanish copy is the United States when the story names it so and
  says nothing of the European Union; a story about the Union keeps it.
- A state right after a Chinese verb of shipping ("出口中国", "出口到中国") is where the
  goods go.
- A Japanese or Korean possessive of the firms, plants, listed bodies or industry a
  measure is about owns them; a headline may drop the particle ("韓의 중국공장 장비 …").
- A state before a Chinese passive mark (遭, 被) names the patient's home only in the
  patient's own clause.
- A Chinese state before a sector or military qualifier and a firm noun ("大陆快闪记忆体
  制造商", "中国军事企业") qualifies the firm.
- A lead state that only reacts ("China Expresses Opposition") is no headline's actor.
- A participle of aim before an infinitive ("tesi a frenare") tells a goal, no act.
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


def _states(analyzer: Analyzer, title: str, body: str) -> set[str]:
    return {e.jurisdiction for e in events(analyzer, title, body)}


def test_mexican_eu_is_the_united_states(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "EU restringe la venta de chips avanzados a China",
        "El Departamento de Comercio de EU anunció el martes nuevas reglas. Estados Unidos "
        "busca frenar el acceso de China a la tecnología.",
    )
    assert {e.jurisdiction for e in found if e.primary} == {"US"}, brief(found)


def test_spanish_eu_about_the_union_stays_the_union(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "EU restringe la venta de chips avanzados a China",
        "La Comisión Europea anunció el martes nuevas reglas; Estados Unidos ya había "
        "tomado medidas parecidas.",
    )
    assert "EU" in {e.jurisdiction for e in found if e.primary}, brief(found)


def test_english_eu_is_never_read_as_the_united_states(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "EU tightens export controls on chip tools",
        "The EU tightened its export controls on chipmaking tools on Monday, after the "
        "United States asked its allies to follow.",
    )
    assert "EU" in {e.jurisdiction for e in found if e.primary}, brief(found)


def test_a_chinese_destination_after_a_shipping_verb_does_not_act(
    analyzer: Analyzer,
) -> None:
    states = _states(
        analyzer,
        "荷兰出口新规生效",
        "荷兰出口管制新规昨日生效。按照新规，相关设备出口到中国必须获得许可证。",
    )
    assert "CN" not in states, states


def test_a_chinese_destination_right_after_export_does_not_act(analyzer: Analyzer) -> None:
    states = _states(
        analyzer,
        "荷兰出口新规生效",
        "阿斯麦表示，今年起已禁止极紫外光设备出口中国，部分机型适用新规，但其他设备则不受限制。",
    )
    assert "CN" not in states, states


def test_a_japanese_possessive_of_listed_bodies_is_not_the_actor(
    analyzer: Analyzer,
) -> None:
    found = events(
        analyzer,
        "経産省、外国ユーザーリストを改正",
        "日本がロシアの複数の団体を輸出規制の対象リストに追加したことについて、"
        "ロシア外務省の報道官は強く反発した。",
    )
    assert "RU" not in {e.jurisdiction for e in found}, brief(found)


def test_a_korean_possessive_of_an_industry_is_not_the_actor(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "미 정부, 장비 반입 허용",
        "지난해 미국 정부는 중국의 반도체 산업을 견제하기 위해 장비 수출을 규제하는 "
        "수출 통제를 시행했다.",
    )
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)


def test_a_korean_headline_possessive_of_plants_benefits_it_does_not_act(
    analyzer: Analyzer,
) -> None:
    found = events(
        analyzer,
        "美, 日의 중국공장 반도체 장비 수출 승인",
        "미국 정부가 일본 기업 중국 공장의 장비 반입 규제를 일부 완화했다.",
    )
    assert {e.jurisdiction for e in found} == {"US"}, brief(found)


def test_a_possessive_before_a_measure_still_authors_it(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "미국의 중국 기업 수출 통제 강화",
        "미국 상무부는 중국 기업에 대한 수출 통제를 강화했다.",
    )
    assert "US" in {e.jurisdiction for e in found}, brief(found)


def test_a_state_before_a_passive_in_another_clause_is_no_patient_home(
    analyzer: Analyzer,
) -> None:
    found = events(
        analyzer,
        "晶片转卖案曝光",
        "中国上月限制了镓出口。一家代工厂随后通报美国政府，导致该公司遭制裁。",
    )
    sanctions = {e.jurisdiction for e in found if e.action == "sanction"}
    assert sanctions == {"US"}, brief(found)


def test_a_memory_maker_qualified_by_its_state_does_not_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "存储厂商起诉美国",
        "大陆快闪记忆体制造商甲公司已将美国商务部告上法院，质疑将该公司列入「大陆军事企业」清单。",
    )
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)


def test_a_reacting_state_in_the_lead_is_no_headline_actor(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Korea Unveils New Tech Export Controls",
        "Korea Unveils New Tech Export Controls; China Expresses Opposition\n\n"
        "The measures cover some semiconductor items, officials said.",
    )
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)


def test_an_italian_aim_participle_is_a_goal_not_an_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Giappone, nuove regole sull'export",
        "Le nuove regole sono state approvate da Tokyo in linea con gli sforzi degli Stati "
        "Uniti tesi a frenare l'ascesa tecnologica di Pechino.",
    )
    assert "US" not in {e.jurisdiction for e in found}, brief(found)
