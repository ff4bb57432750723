"""Who acts, round 32 (issue 11): a destination or a word that is no state's name read as
the actor.

Sentences in our own words, in the shape of each class:

- German "an" before a state names where the goods go ("das Ausfuhrverbot … an die USA
  aufgehoben"): the subject acts, not the destination.
- A Japanese or Korean state with a government noun before its particle ("미국 정부는",
  "米国政府は") is the sentence's topic; a destination or a target's owner named later in
  the clause does not take its act.
- A Romance measure noun followed by "al acceso de China": whose access is denied, the
  target (round 24's reading), not the author "de" would name.
- Words that are no state's name: Spanish "chinas" (the plural adjective, lower case, as in
  "empresas chinas") and Japanese "中" after hiragana ("…が続く中、": "amid").
"""

from __future__ import annotations

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events


def _states(analyzer: Analyzer, title: str, body: str) -> set[str]:
    return {e.jurisdiction for e in events(analyzer, title, body)}


def test_german_an_before_a_state_is_the_destination(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Rohstoffe: Peking lockert Ausfuhr",
        "Peking hat das Ausfuhrverbot für Germanium an die USA am Montag aufgehoben.",
    )
    assert "US" not in {e.jurisdiction for e in found}, brief(found)
    assert "CN" in {e.jurisdiction for e in found}, brief(found)


def test_german_subject_after_an_object_still_acts(analyzer: Analyzer) -> None:
    # contrast: the state is the subject, not a destination after "an"
    found = events(
        analyzer,
        "Exportkontrollen verschärft",
        "Die USA haben am Montag den Export von KI-Chips nach China verboten.",
    )
    assert "US" in {e.jurisdiction for e in found}, brief(found)
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)


def test_korean_government_topic_keeps_its_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "반도체 장비 규제 배경",
        "앞서 미국 정부는 중국의 반도체 산업 성장을 막기 위해 지난해 10월 자국 기업이 중국에 "
        "첨단 장비를 수출하는 것을 사실상 금지하는 수출통제를 발표했다.",
    )
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)
    assert "US" in {e.jurisdiction for e in found}, brief(found)


def test_japanese_government_topic_keeps_its_act(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "半導体装置の輸出規制",
        "米国政府は昨年10月、中国の半導体産業の成長を抑えるため、先端装置の中国への輸出を"
        "禁止した。",
    )
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)


def test_korean_topic_of_another_state_still_acts(analyzer: Analyzer) -> None:
    # contrast: with the destination as the topic, the topic acts
    found = events(
        analyzer,
        "중국, 갈륨 수출 통제",
        "중국 정부는 3일 갈륨과 게르마늄의 미국 수출을 금지한다고 발표했다.",
    )
    assert "CN" in {e.jurisdiction for e in found}, brief(found)
    assert "US" not in {e.jurisdiction for e in found}, brief(found)


def test_spanish_chinas_adjective_is_no_state(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Washington amplía su lista negra",
        "El Departamento de Comercio de Estados Unidos anunció que añadirá 40 empresas chinas "
        "a su lista de compañías a las que las ventas de chips están limitadas.",
    )
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)


def test_capitalised_genitive_chinas_still_names_china(analyzer: Analyzer) -> None:
    # contrast: German "Chinas" (capitalised genitive) is the state
    assert "CN" in _states(
        analyzer,
        "Rohstoffe",
        "Chinas Regierung hat die Ausfuhr von Gallium am Montag verboten.",
    )


def test_japanese_naka_after_hiragana_is_no_state(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "経産省 装置の輸出規制を強化",
        "賛成意見が大半を占める中、「過剰な規制だ」との声もあったが、経産省は「必要最小限だ」と"
        "説明した。",
    )
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)


def test_japanese_abbreviation_after_kanji_still_names_china(analyzer: Analyzer) -> None:
    # contrast: "米中" and "対中" keep the abbreviation as a state
    found = events(
        analyzer,
        "中、ガリウム輸出を規制",
        "中国商務省は3日、ガリウムとゲルマニウムの輸出を許可制にすると発表した。",
    )
    assert "CN" in {e.jurisdiction for e in found}, brief(found)


def test_romance_access_owner_after_a_measure_is_the_target(analyzer: Analyzer) -> None:
    # "restricciones al acceso de China": China's access is what is restricted
    found = events(
        analyzer,
        "Tokio se suma a los controles",
        "Washington anunció en octubre nuevas restricciones al acceso de China a los equipos "
        "avanzados de fabricación de chips.",
    )
    assert "CN" not in {e.jurisdiction for e in found}, brief(found)


def test_romance_author_after_a_measure_still_acts(analyzer: Analyzer) -> None:
    # contrast: "restricciones a la exportación de Japón" names the author
    found = events(
        analyzer,
        "Nuevas reglas",
        "La agencia anunció el lunes nuevas restricciones a la exportación de Japón sobre 23 "
        "tipos de equipos de fabricación de chips.",
    )
    assert "JP" in {e.jurisdiction for e in found}, brief(found)


def test_japanese_plea_topic_does_not_take_the_addressees_measure(analyzer: Analyzer) -> None:
    # the topic "日本政府は" pleads; the restriction would be the addressee's
    found = events(
        analyzer,
        "日本政府、米国に規制の見送り要請",
        "日本政府は米国政府に対し、半導体装置の輸出規制を導入しないよう求めた。",
    )
    assert "JP" not in {e.jurisdiction for e in found}, brief(found)
