"""Train the story judge (``streams/core/story_judge.py``) and write its model file.

    .venv/bin/python bench/train_story_judge.py [--set DIR ...] [--labelled FILE ...] \
        [-o streams/catalog/story_judge.json] [--cv]

A set is a folder with ``input.jsonl`` (raw articles) and ``gold.jsonl`` (labels with
``is_policy_change``); ``--labelled`` takes a file holding both in each line (the shared
development set, added by default from ``../shared/eval-dev/articles.jsonl``). The
held-out sets stay out of the repository (verbatim third-party text): the model file
names the sets it was trained on and their sizes (``trained_on``), and
docs/detection.md, "Round 48", gives the command that made it.

The model: ``story_terms`` per article, TF-IDF (sublinear tf, smoothed idf, L2 norm, terms
seen in two articles or more), L2 logistic regression with balanced class weights
(C=4). ``--cv`` first prints leave-one-set-out article F1 of the judge alone, so a new
set's worth can be seen before it is shipped. Needs scikit-learn (a dev dependency);
the worker only reads the JSON.

The thresholds are not learned here: they were chosen once on sets the rules had never
been fitted to (docs/detection.md, "Round 48") and are written as given.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.judge_training import arguments, rows, write_model
from bench.judge_training import fit as fit_model
from streams.core.story_judge import story_terms

BODY_CHARS = 1200
KEEP_ABOVE = 0.3
PROMOTE_ABOVE = 0.6
C = 4.0


def load_set(folder: Path) -> list[tuple[dict[str, Any], bool]]:
    """(article, is_policy_change) pairs of a set folder, joined by id."""
    gold = {str(g["id"]): bool(g["is_policy_change"]) for g in rows(folder / "gold.jsonl")}
    return [(a, gold[str(a["id"])]) for a in rows(folder / "input.jsonl")]


def load_labelled(path: Path) -> list[tuple[dict[str, Any], bool]]:
    """(article, is_policy_change) pairs of a file that holds both."""
    return [(a, bool(a["is_policy_change"])) for a in rows(path)]


def fit(items: list[tuple[dict[str, Any], bool]]) -> tuple[Any, Any]:
    """Fit the vectoriser and the regression on ``items``."""
    return fit_model([a for a, _ in items], [y for _, y in items], _terms, C)


def _terms(article: dict[str, Any]) -> list[str]:
    return story_terms(article.get("title") or "", article.get("body") or "", BODY_CHARS)


def f1(gold: list[bool], pred: list[bool]) -> float:
    """F1 of the positive class."""
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    wrong = sum(g != p for g, p in zip(gold, pred, strict=True))
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def cross_validate(sets: dict[str, list[tuple[dict[str, Any], bool]]]) -> None:
    """Print each set's article F1 with the judge alone, trained on the other sets."""
    for name, held in sets.items():
        train = [item for other, items in sets.items() if other != name for item in items]
        vectoriser, model = fit(train)
        prob = model.predict_proba(vectoriser.transform([a for a, _ in held]))[:, 1]
        score = f1([y for _, y in held], [bool(p > 0.5) for p in prob])
        print(f"cv {name:12s} n={len(held):4d} judge alone F1 {score:.3f}", file=sys.stderr)


def main() -> None:
    """Train on the sets given (and the development set) and write the model file."""
    args = arguments(__doc__.splitlines()[0], "story_judge.json")
    sets = {folder.name: load_set(folder) for folder in args.set}
    sets |= {path.parent.name: load_labelled(path) for path in args.labelled}
    if args.cv:
        cross_validate(sets)
    items = [item for items in sets.values() for item in items]
    vectoriser, model = fit(items)
    fields = {
        "trained_on": {name: len(items) for name, items in sets.items()},
        "body_chars": BODY_CHARS,
        "keep_above": KEEP_ABOVE,
        "promote_above": PROMOTE_ABOVE,
    }
    terms = write_model(args.out, vectoriser, model, fields)
    print(f"{args.out}: {terms} terms from {len(items)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
