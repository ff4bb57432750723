"""The event judge: its features, its parity with scikit-learn, which events it drops."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from schemas.article import PolicyEvent, RawArticle
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.core.event_judge import EventJudge, event_terms, load_event_judge, rule_tags
from streams.offline import build_analyzer
from streams.settings import Settings

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_747f1828a836c838.txt"


def _event(
    primary: bool, rule: str = "restrict:verb[restricted] actor", **fields: Any
) -> PolicyEvent:
    values: dict[str, Any] = {
        "jurisdiction": "US",
        "action": "restrict",
        "flow": "export",
        "direction": "tightening",
        "products": ["H20"],
        "targets": [],
        "primary": primary,
        "evidence": "The agency restricted H20 exports.",
        "confidence": 0.9,
        "rule": rule,
    }
    return PolicyEvent(**(values | fields))


def _judge(weights: dict[str, float], bias: float = 0.0, keep: float = 0.5) -> EventJudge:
    """A judge whose every term has idf 1: its probability is easy to reckon by hand."""
    return EventJudge(
        terms={term: (1.0, weight) for term, weight in weights.items()},
        bias=bias,
        keep_at_least=keep,
    )


def test_rule_tags_leave_out_the_trigger_text_and_the_story_judges_note() -> None:
    rule = "approve:verb[cleared the way] actor background:time judge:background p=0.21"
    assert rule_tags(rule) == ["approve:verb", "actor", "background:time"]


def test_event_terms_are_the_fields_their_pairs_and_the_rule_tags() -> None:
    event = _event(False, rule="halt:event_noun[halt] anaphor", products=[])
    assert event_terms(event, 7) == [
        "A:restrict",
        "F:export",
        "D:tightening",
        "J:US",
        "P:bg",
        "AD:restricttightening",
        "JD:UStightening",
        "PD:bgtightening",
        "np:False",
        "nev:5",  # five or more events read as one
        "R:halt:event_noun",
        "R:anaphor",
        "RP:halt:event_nounbg",
        "RP:anaphorbg",
    ]


def test_probability_is_the_logistic_of_the_normalised_dot_product() -> None:
    judge = _judge({"A:restrict": 2.0, "J:US": 1.0}, bias=-0.5)
    terms = event_terms(_event(False), 1)
    # every term has idf 1 and occurs once: the norm is the root of the known terms' count
    known = [t for t in terms if t in judge.terms]
    score = -0.5 + (2.0 + 1.0) / math.sqrt(len(known))
    assert judge.probability(_event(False), 1) == pytest.approx(1 / (1 + math.exp(-score)))


def test_parity_with_scikit_learn() -> None:
    """The shipped inference reads a model as scikit-learn's predict_proba does."""
    events = [
        _event(True),
        _event(False, rule="relax:verb[eased] anaphor background:year", direction="easing"),
        _event(False, rule="halt:event_noun[halt] actor background:prior", jurisdiction="CN"),
        _event(True, rule="approve:verb[approved] actor", action="approve", direction="easing"),
        _event(False, rule="restrict:state_noun[rules] anaphor group", products=[]),
        _event(False, rule="ban:verb[banned] actor background:time", action="ban"),
    ]
    labels = [True, False, True, True, False, True]

    def terms(event: PolicyEvent) -> list[str]:
        return event_terms(event, len(events))

    vectoriser = TfidfVectorizer(analyzer=terms, sublinear_tf=True)
    matrix = vectoriser.fit_transform(events)
    model = LogisticRegression(C=1.0).fit(matrix, labels)
    judge = EventJudge(
        terms={
            term: (float(vectoriser.idf_[i]), float(model.coef_[0][i]))
            for term, i in vectoriser.vocabulary_.items()
        },
        bias=float(model.intercept_[0]),
        keep_at_least=0.5,
    )
    probe = [
        _event(False, rule="relax:verb[lifted] actor background:year", direction="easing"),
        _event(False, rule="unknown:tag[x]", jurisdiction="JP", flow="import"),
    ]
    expected = model.predict_proba(vectoriser.transform(probe))[:, 1]
    for event, want in zip(probe, expected, strict=True):
        assert judge.probability(event, len(events)) == pytest.approx(want, abs=1e-12)


def test_a_doubted_background_event_is_dropped_and_a_trusted_one_kept() -> None:
    judge = _judge({"D:easing": -5.0, "D:tightening": 5.0})
    doubted = _event(False, direction="easing")
    trusted = _event(False)
    assert judge.keep([doubted, trusted]) == [trusted]


def test_a_primary_event_stays_however_much_it_is_doubted() -> None:
    judge = _judge({"P:P": -50.0})
    news = _event(True)
    assert judge.keep([news]) == [news]


def test_the_threshold_keeps_an_event_at_it() -> None:
    event = _event(False)
    at = _judge({}, bias=0.0, keep=0.5)  # no known term: the probability is 0.5 exactly
    above = _judge({}, bias=0.0, keep=0.51)
    assert at.keep([event]) == [event]
    assert above.keep([event]) == []


def _story() -> RawArticle:
    return RawArticle(
        id="ej-1",
        title="US restricts H20 exports",
        body=(
            "The Commerce Department restricted exports of Nvidia's H20 chips to China on "
            "Tuesday. In 2022, Washington had banned sales of A100 chips to China."
        ),
    )


def test_the_analyzer_applies_its_event_judge_to_background_events_only() -> None:
    catalog, patterns = load_catalog(), load_patterns()
    now = datetime(2026, 1, 1, tzinfo=UTC)
    plain = Analyzer.build(catalog, patterns).analyze(_story(), now)
    assert any(not e.primary for e in plain.events)  # the 2022 ban is background
    dropping = _judge({}, bias=-10.0)  # doubts every event
    judged = Analyzer.build(catalog, patterns, event_judge=dropping).analyze(_story(), now)
    assert judged.events == [e for e in plain.events if e.primary]
    assert judged.is_policy_change
    # a new catalog keeps the judge
    kept = Analyzer.build(catalog, patterns, event_judge=dropping).with_catalog(catalog)
    assert kept.event_judge is dropping


def test_settings_switch_the_bundled_event_judge_on_by_default_and_off() -> None:
    assert build_analyzer(Settings()).event_judge is not None
    assert build_analyzer(Settings(event_judge=False)).event_judge is None


def test_settings_name_another_event_model_file(tmp_path: Path) -> None:
    data: dict[str, Any] = {"keep_at_least": 0.4, "bias": 0.1, "terms": {"A:ban": [1.5, 2.0]}}
    path = tmp_path / "events.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    judge = build_analyzer(Settings(event_judge_path=path)).event_judge
    assert judge is not None
    assert (judge.terms, judge.bias, judge.keep_at_least) == ({"A:ban": (1.5, 2.0)}, 0.1, 0.4)


def test_the_bundled_model_keeps_the_declared_threshold_and_knows_the_rule_tags() -> None:
    judge = load_event_judge()
    assert judge.keep_at_least == 0.5
    tags = {t for t in judge.terms if t.startswith("R:")}
    assert len(tags) > 50  # trained on the detector's own rule tags, not on fields alone


def test_the_bundled_model_keeps_the_seed_storys_background_halt() -> None:
    """China cleared H200 imports after a temporary halt: the halt is the story's background."""
    body = SEED.read_text(encoding="utf-8")  # fails, not skips, when the seed is missing
    analyzed = build_analyzer(Settings()).analyze(
        RawArticle(id="seed", title="", body=body), datetime(2026, 1, 1, tzinfo=UTC)
    )
    background = {
        (e.jurisdiction, e.action, e.flow, e.direction) for e in analyzed.events if not e.primary
    }
    assert ("CN", "halt", "import", "tightening") in background
    assert analyzed.is_policy_change
