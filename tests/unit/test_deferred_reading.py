"""Work the detector defers or skips without changing an answer (bench/README.md, round 9).

The body's dateline is marked when the actors are first judged (``Field.acting``), not
when the article is read; the statistics-story cue is searched only when the headline
or the lead holds one of its literal parts (``cues.required_parts``); a flow cue is
searched once when the trigger's clause is as wide as its window (``Objects.flow``).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from streams.core.analyze import Analyzer
from streams.core.cues import PartsGate, compile_words, required_parts
from streams.core.detect import Detector
from streams.core.fields import Field, Site
from streams.core.mentions import Mention
from streams.core.objects import Objects
from streams.core.segment import Sentence

# Our own sentences: a dateline whose place would otherwise be read as the actor. ("The
# government" after a dateline is that place's government since round 16, so the cases
# name officials: tests/unit/test_detect_announced_effective.py.)
DATELINED = [
    (
        "Export curbs on AI chips take effect",
        "BEIJING, March 26 - Export curbs on Nvidia H20 chips were imposed on Monday, "
        "officials said.",
    ),
    ("Chip export ban", "WASHINGTON, March 26 - Officials banned exports of Nvidia H20 chips."),
    ("New chip curbs", "TAIPEI, March 26 - Officials restricted exports of H20 chips."),
]
PUBLISHED = datetime(2026, 3, 26, tzinfo=UTC)


def _detect(detector: Detector, analyzer: Analyzer, title: str, body: str) -> list[str]:
    tagged = analyzer.tagger.tag(title, body)
    events = detector.detect(title, body, tagged, published=PUBLISHED)
    return [f"{e.jurisdiction}:{e.action}" for e in events]


@pytest.mark.parametrize(("title", "body"), DATELINED)
def test_a_dateline_place_does_not_act_though_marked_late(
    analyzer: Analyzer, title: str, body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    detector = analyzer.detector
    assert _detect(detector, analyzer, title, body) == []
    # Contrast: without the dateline's marks the place acts (what the test guards).
    monkeypatch.setattr(detector, "_mark_dateline", lambda body: None)
    assert _detect(detector, analyzer, title, body) != []


def test_the_marker_runs_once_before_acting_is_first_read() -> None:
    calls: list[dict[int, bool]] = []

    def mark(item: Field) -> None:
        calls.append(dict(item.acting))  # what it sees: nothing decided yet
        item.acting[7] = False

    item = Field("body", "text")
    item.marker = mark
    assert calls == []  # made, not read: not run
    item.acting[3] = True  # the first read (a write goes through the same read)
    assert calls == [{}]
    assert item.acting == {7: False, 3: True}
    assert calls == [{}]  # once


def test_a_field_never_read_for_actors_never_runs_its_marker() -> None:
    item = Field("body", "text")
    item.marker = lambda _: pytest.fail("the marker ran")
    item.sentence_at(0)
    assert item.marker is not None


_WORDS = [
    "zolldaten",
    "daten der zollbehörde",
    "außenhandelsdaten",
    "chiffres des douanes",
    "l'export",
    "zoll*",
    "*verbot",
    "海关数据",
]
_ALPHABET = [*"adeghlnorstuxz ’'", "ö", "ß", "é", "海", "关", "数", "据", "\n"]


def test_every_match_holds_a_required_part() -> None:
    parts = required_parts(_WORDS)
    assert parts is not None
    assert "zollbehörde" in parts  # a phrase's longest literal run
    pattern = compile_words(_WORDS)
    rng = random.Random(9)
    matched = 0
    for _ in range(4000):
        pieces = []
        for _ in range(rng.randint(1, 8)):
            if rng.random() < 0.3:
                word = rng.choice(_WORDS).strip("*")
                pieces.append(word.replace(" ", " " * rng.randint(1, 3)))
            else:
                pieces.append("".join(rng.choices(_ALPHABET, k=rng.randint(0, 12))))
        text = "".join(pieces)
        if pattern.search(text) is not None:
            matched += 1
            assert any(part in text for part in parts), text
    assert matched > 1000  # the property was tested on matches, not vacuously


def test_a_phrase_without_literal_characters_requires_nothing() -> None:
    assert required_parts(["zolldaten", "*"]) is None
    assert required_parts(["l'", "zoll"]) == ("l", "zoll")


def _flow_site(text: str, word: str, clause: tuple[int, int] | None) -> Site:
    item = Field("body", text)
    item.low = text.lower()
    start = text.index(word)
    mention = Mention("trigger", "keyword", "body", start, start + len(word), word)
    sentence = Sentence(0, len(text), text)
    lo, hi = clause if clause is not None else (0, len(text))
    return Site(item, mention, sentence, lo, hi, text[max(lo, start - 60) : start], False, False)


def test_a_flow_cue_outside_the_clause_is_still_read(analyzer: Analyzer) -> None:
    objects = Objects(analyzer.detector.lexicon)
    text = "Officials restricted the chips, and imports of them stopped."
    # The clause ends at the comma: its cue-less search, then the sentence's finds "imports".
    site = _flow_site(text, "restricted", (0, text.index(",")))
    assert objects.flow(site, None, "US") == "import"


def test_a_clause_as_wide_as_its_sentence_without_a_cue_takes_the_default(
    analyzer: Analyzer,
) -> None:
    objects = Objects(analyzer.detector.lexicon)
    site = _flow_site("Officials restricted the chips on Monday.", "restricted", None)
    assert objects.flow(site, None, "CN") == "import"  # the state's default (searched once)
    assert objects.flow(site, None, "US") == "export"
    assert objects.flow(site, "sale", "US") == "sale"  # the predicate's own


def test_parts_gate_tells_what_the_str_searches_tell() -> None:
    """One automaton pass says what 'any part in text' says, over texts of every script."""
    parts = required_parts(_WORDS)
    gate = PartsGate.of(_WORDS)
    assert parts is not None and gate is not None
    rng = random.Random(11)
    held = 0
    for _ in range(3000):
        pieces = []
        for _ in range(rng.randint(1, 6)):
            if rng.random() < 0.15:
                pieces.append(rng.choice(parts))
            else:
                pieces.append("".join(rng.choices(_ALPHABET, k=rng.randint(0, 12))))
        text = "".join(pieces)
        expected = any(part in text for part in parts)
        held += expected
        assert gate.holds_part(text) is expected, text
    assert 300 < held < 2700  # both answers were asked for
    assert PartsGate.of(["*"]) is None  # a phrase without a literal part: no gate
