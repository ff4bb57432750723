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

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.core.story_judge import story_terms  # noqa: E402

BODY_CHARS = 1200
KEEP_ABOVE = 0.3
PROMOTE_ABOVE = 0.6
C = 4.0


def rows(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON Lines file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_set(folder: Path) -> list[tuple[dict[str, Any], bool]]:
    """(article, is_policy_change) pairs of a set folder, joined by id."""
    gold = {str(g["id"]): bool(g["is_policy_change"]) for g in rows(folder / "gold.jsonl")}
    return [(a, gold[str(a["id"])]) for a in rows(folder / "input.jsonl")]


def load_labelled(path: Path) -> list[tuple[dict[str, Any], bool]]:
    """(article, is_policy_change) pairs of a file that holds both."""
    return [(a, bool(a["is_policy_change"])) for a in rows(path)]


def fit(items: list[tuple[dict[str, Any], bool]]) -> tuple[Any, Any]:
    """Fit the vectoriser and the regression on ``items``."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(analyzer=_terms, sublinear_tf=True, min_df=2)
    matrix = vectoriser.fit_transform([a for a, _ in items])
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    model.fit(matrix, [y for _, y in items])
    return vectoriser, model


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
    """Train on the sets given (or the bundled ones) and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append", default=[])
    parser.add_argument("--labelled", type=Path, action="append", default=[])
    parser.add_argument("-o", "--out", type=Path, default=ROOT / "streams/catalog/story_judge.json")
    parser.add_argument("--cv", action="store_true", help="print leave-one-set-out F1 first")
    args = parser.parse_args()
    if not args.set:
        parser.error("give the labelled sets to train on: --set DIR ...")
    folders = args.set
    labelled = args.labelled or [ROOT.parent / "shared/eval-dev/articles.jsonl"]
    sets = {folder.name: load_set(folder) for folder in folders}
    sets |= {path.parent.name: load_labelled(path) for path in labelled}
    if args.cv:
        cross_validate(sets)
    items = [item for items in sets.values() for item in items]
    vectoriser, model = fit(items)
    weights = model.coef_[0]
    terms = {
        term: [round(float(vectoriser.idf_[i]), 5), round(float(weights[i]), 5)]
        for term, i in sorted(vectoriser.vocabulary_.items())
    }
    data = {
        "trained_on": {name: len(items) for name, items in sets.items()},
        "body_chars": BODY_CHARS,
        "keep_above": KEEP_ABOVE,
        "promote_above": PROMOTE_ABOVE,
        "bias": round(float(model.intercept_[0]), 6),
        "terms": terms,
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"{args.out}: {len(terms)} terms from {len(items)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
