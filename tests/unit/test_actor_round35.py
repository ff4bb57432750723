"""Who acts, round 35 (issue 11): the acting state, not the destination or the target.

Sentences in our own words, in the shape of each class:

- A headline with no act of its own names its acting state first and the destination
  after ("olanda cina litografia", "taiwan puces russie"): a body sentence with no actor
  of its own takes the first, not the last; a headline opened by a firm ("Nvidia … writes
  off China") lends the lead's acting state, not its object.
- A class noun and "such as" between a place word and the states it governs ("verso paesi
  come Cina e Russia", "to countries such as China and Russia"), and a Korean target
  marker before a list ("대중국·러시아"): every member is a destination or a target.
- A state's possessive whose noun phrase a preposition of means closes ("China's
  military growth through export controls"): the state owns the aim, not the measure.
- Hangul "미" as a word of its own names the US, and opening a headline before a space it
  is the headline's topic ("미 … 중국 수출 통제"); "由于" (because) is no place word.
"""

from __future__ import annotations

import pytest

from schemas.article import PolicyEvent
from streams.core.acting import Acting
from streams.core.analyze import Analyzer
from streams.core.mentions import Mention
from tests.unit.sentence_kit import brief, events


def _read(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch, title: str, body: str) -> set[str]:
    """The states of every act read, before the story keeps or drops it."""
    reader = analyzer.detector.reader
    original = reader.evaluate
    seen: set[str] = set()

    def evaluate(*args, **kwargs):  # type: ignore[no-untyped-def]
        draft = original(*args, **kwargs)
        if draft is not None and not draft.talk:
            seen.add(draft.jurisdiction)
        return draft

    monkeypatch.setattr(reader, "evaluate", evaluate)
    events(analyzer, title, body)
    return seen


def _states(found: list[PolicyEvent]) -> set[str]:
    return {e.jurisdiction for e in found}


# --- a headline with no act: its first state, or the lead's when a firm opens it --------


def test_italian_headline_first_state_acts(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "olanda cina litografia",
        "Sono in vigore da oggi le nuove regole: da ottobre le aziende dovranno chiedere "
        "una licenza per esportare i macchinari per la litografia.",
    )
    assert "NL" in _states(found), brief(found)
    assert "CN" not in _states(found), brief(found)


def test_french_headline_first_state_acts(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "taiwan puces russie bielorussie",
        "La mesure revient dans les faits à tout bloquer pour les fabricants de puces.",
    )
    assert "TW" in _states(found), brief(found)
    assert "RU" not in _states(found), brief(found)


def test_firm_headline_lends_the_leads_state(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    states = _read(
        analyzer,
        monkeypatch,
        "Nvidia beats forecasts but writes off China",
        "Good news came for Nvidia on Thursday as the tariffs imposed by President Donald "
        "Trump were struck down by judges.\n\nAnalysts had doubts before the results, unsure "
        "of the effect of tariffs and restrictions on selling in China on revenue.",
    )
    assert "CN" not in states, states
    assert "US" in states, states


# --- "such as" after a place word; a Korean target marker before a list ----------------


def test_italian_such_as_list_after_verso(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Nvidia attacca Biden sui chip",
        "Il piano presentato dall'amministrazione Biden introduce nuovi tetti "
        "all'esportazione di processori avanzati verso paesi come Cina e Russia, già "
        "soggetti a restrizioni sul commercio di semiconduttori.",
    )
    assert "RU" not in _states(found), brief(found)
    assert "US" in _states(found), brief(found)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("caps on chip sales to countries such as china and russia", "china"),
        ("vend des puces vers des pays comme la chine", "chine"),
        ("exportaciones hacia países como china y rusia", "china"),
    ],
)
def test_such_as_is_read_past(analyzer: Analyzer, text: str, state: str) -> None:
    acting: Acting = analyzer.detector.reader.actors
    at = text.index(state)
    bridged = acting._bridged(text, at)
    assert bridged < at
    assert text[:bridged].rstrip().endswith(("to", "vers", "hacia"))


def test_korean_target_marker_covers_the_list(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "정부, 반도체 장비 수출 통제 확대",
        '산업통상자원부는 "대중국·러시아 수출 통제를 다음 달부터 시행한다"고 20일 밝혔다.',
    )
    assert "RU" not in _states(found), brief(found)
    assert "KR" in _states(found), brief(found)


# --- a possessive closed by a preposition of means --------------------------------------


def test_possessive_aim_through_export_controls() -> None:
    text = "patiently handling china’s military growth through export controls than"
    china = Mention("CN", "jurisdiction", "body", 19, 24, "china")
    assert Acting._possessed_aim(text, china, text.index("export controls"))
    # "of" keeps the owner: the state's own round of controls
    owned = "washington’s latest round of export controls"
    us = Mention("US", "jurisdiction", "body", 0, 10, "washington")
    assert not Acting._possessed_aim(owned, us, owned.index("export controls"))


# --- hangul 미, and 由于 ------------------------------------------------------------------


def test_hangul_mi_opens_headline(analyzer: Analyzer) -> None:
    found = events(analyzer, "미 첨단 장비 중국 수출 통제 발표…업계 긴장", "")
    assert "US" in _states(found), brief(found)
    assert "CN" not in _states(found), brief(found)


def test_hangul_mi_inside_a_word_is_no_state(analyzer: Analyzer) -> None:
    pattern = analyzer.detector.lexicon.abbreviation_re["ko"]
    assert pattern.search("미 상무부는") is not None
    assert pattern.search("한·미 간 협의") is not None
    assert pattern.search("미래 반도체") is None  # "future"
    assert pattern.search("대미 수출") is None  # "to the US": a target, glued


def test_chinese_because_is_no_place_word(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "芯片股普遍下跌",
        "由于美国商务部上周再次对华出台禁令，限制范围从逻辑芯片扩大到存储器。中国企业的订单将受冲击。",
    )
    assert "US" in _states(found), brief(found)
