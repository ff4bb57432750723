"""Train the event judge (``streams/core/event_judge.py``) and write its model file.

    .venv/bin/python bench/train_event_judge.py --set DIR ... [--labelled FILE ...] \
        [-o streams/catalog/event_judge.json] [--cv]

A set is a folder with ``input.jsonl`` (raw articles) and ``gold.jsonl`` (labels in the
shared scorer's format); ``--labelled`` takes a file holding both in each line (the shared
development set, added by default from ``../shared/eval-dev/articles.jsonl``). Each set is
scanned as ``chipwatch scan`` would with the event judge off (the story judge as
configured: ``CHIPWATCH_STORY_JUDGE``...), and every event the detector reports becomes one
example: right when the shared scorer's ``event_matches`` pairs it with a labelled event of
its article, primary or background (as the scorer's event precision counts it).

The model: ``event_terms`` per event, TF-IDF (sublinear tf, smoothed idf, L2 norm, terms
seen twice or more), L2 logistic regression with balanced class weights (C=1). ``--cv``
first prints, per set and pooled, events F1 as the shared scorer reckons it with the rules
alone and with the judge trained on the other sets. The threshold is written as given: it
was chosen once in leave-one-set-out tests (docs/detection.md, "Round 49"). Needs
scikit-learn (a dev dependency); the worker only reads the JSON. The held-out sets stay out
of the repository; the model file names them and their sizes (``trained_on``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.heldout import find_scorer
from bench.judge_training import arguments, rows, write_model
from bench.judge_training import fit as fit_model
from streams.core.event_judge import event_terms
from streams.offline import build_analyzer, scan
from streams.settings import Settings

KEEP_AT_LEAST = 0.5
C = 1.0

Article = tuple[list[dict[str, Any]], list[dict[str, Any]], set[str]]  # pred, gold, chips


def scorer() -> ModuleType:
    """The shared scorer as a module (its ``event_matches`` and ``names``)."""
    spec = importlib.util.spec_from_file_location("score_analysis", find_scorer())
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scanned(inputs: Path, settings: Settings) -> dict[str, list[dict[str, Any]]]:
    """Each article's events as ``chipwatch scan`` reports them, by id."""
    analyzer = build_analyzer(settings)
    lines = inputs.read_bytes().splitlines()
    out: dict[str, list[dict[str, Any]]] = {}
    for row in scan(lines, analyzer, settings, datetime.now(UTC), str(inputs)):
        record = json.loads(row.line)
        if not row.error:
            out[str(record["id"])] = record.get("events") or []
    return out


def load(
    inputs: Path, gold_rows: list[dict[str, Any]], settings: Settings, names: Any
) -> list[Article]:
    """(predicted events, gold events, the set's gold chips) per article of one set."""
    pred = scanned(inputs, settings)
    chips = {name for g in gold_rows for name in names(g.get("chips"))}
    return [(pred.get(str(g["id"]), []), g.get("events") or [], chips) for g in gold_rows]


def examples(articles: list[Article], matches: Any) -> list[tuple[list[str], bool]]:
    """(features, right) for every predicted event of ``articles``."""
    from schemas.article import PolicyEvent

    out = []
    for pred, gold, chips in articles:
        for event in pred:
            right = any(matches(event, g, chips) for g in gold)
            out.append((event_terms(PolicyEvent.model_validate(event), len(pred)), right))
    return out


def fit(items: list[tuple[list[str], bool]]) -> tuple[Any, Any]:
    """Fit the vectoriser and the regression on ``items``."""
    return fit_model([terms for terms, _ in items], [y for _, y in items], _same, C)


def _same(terms: list[str]) -> list[str]:
    return terms


def events_f1(articles: list[Article], keep: Any, matches: Any) -> tuple[int, int, int, int]:
    """(found, lost, right, wrong) as the shared scorer counts events; ``keep`` filters."""
    found = lost = right = wrong = 0
    for pred, gold, chips in articles:
        kept = keep(pred)
        for g in gold:
            if g.get("primary", True):
                hit = any(matches(e, g, chips) for e in kept)
                found, lost = found + hit, lost + (not hit)
        for e in kept:
            hit = any(matches(e, g, chips) for g in gold)
            right, wrong = right + hit, wrong + (not hit)
    return found, lost, right, wrong


def f1(counts: tuple[int, int, int, int]) -> float:
    """Events F1 from ``events_f1``'s counts."""
    found, lost, right, wrong = counts
    p = right / (right + wrong) if right + wrong else 1.0
    r = found / (found + lost) if found + lost else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def cross_validate(sets: dict[str, list[Article]], matches: Any) -> None:
    """Print each set's events F1, rules alone and with a judge trained on the others."""
    from schemas.article import PolicyEvent

    pooled = [[0, 0, 0, 0], [0, 0, 0, 0]]
    for name, held in sets.items():
        train = [a for other, arts in sets.items() if other != name for a in arts]
        vectoriser, model = fit(examples(train, matches))

        def keep(pred: list[dict[str, Any]], vectoriser: Any = vectoriser, model: Any = model):
            if not pred:
                return pred
            feats = [event_terms(PolicyEvent.model_validate(e), len(pred)) for e in pred]
            prob = model.predict_proba(vectoriser.transform(feats))[:, 1]
            return [
                e
                for e, p in zip(pred, prob, strict=True)
                if e.get("primary", True) or p >= KEEP_AT_LEAST
            ]

        before = events_f1(held, lambda pred: pred, matches)
        after = events_f1(held, keep, matches)
        for total, counts in zip(pooled, (before, after), strict=True):
            total[:] = [a + b for a, b in zip(total, counts, strict=True)]
        print(f"cv {name:12s} events F1 {f1(before):.3f} -> {f1(after):.3f}", file=sys.stderr)
    rules, judged = ((a, b, c, d) for a, b, c, d in pooled)
    print(f"cv pooled       events F1 {f1(rules):.3f} -> {f1(judged):.3f}", file=sys.stderr)


def main() -> None:
    """Scan the sets given (and the development set), train on their events, write the model."""
    args = arguments(__doc__.splitlines()[0], "event_judge.json")
    shared = scorer()
    settings = Settings(event_judge=False)
    sets: dict[str, list[Article]] = {}
    for folder in args.set:
        gold = rows(folder / "gold.jsonl")
        sets[folder.name] = load(folder / "input.jsonl", gold, settings, shared.names)
        print(f"scanned {folder.name}: {len(gold)} articles", file=sys.stderr)
    for path in args.labelled:
        sets[path.parent.name] = load(path, rows(path), settings, shared.names)
    if args.cv:
        cross_validate(sets, shared.event_matches)
    items = [ex for arts in sets.values() for ex in examples(arts, shared.event_matches)]
    vectoriser, model = fit(items)
    fields = {
        "trained_on": {name: len(arts) for name, arts in sets.items()},
        "events": len(items),
        "keep_at_least": KEEP_AT_LEAST,
    }
    terms = write_model(args.out, vectoriser, model, fields)
    print(f"{args.out}: {terms} terms from {len(items)} events", file=sys.stderr)


if __name__ == "__main__":
    main()
