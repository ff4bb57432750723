"""What the two judges' trainers share: their command line, the sets, the model file.

``bench/train_story_judge.py`` and ``bench/train_event_judge.py`` train a logistic regression
over TF-IDF terms and write it as ``{term: [idf, weight]}`` beside a bias and the
thresholds; the worker reads that JSON with ``streams/core/story_judge.py:linear_probability``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.heldout import find_scorer  # noqa: E402


def rows(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON Lines file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def arguments(description: str, model_file: str) -> argparse.Namespace:
    """The trainers' command line: ``--set DIR ...``, ``--labelled FILE ...``, ``-o``, ``--cv``.

    ``--labelled`` defaults to the shared development set (``eval-dev/articles.jsonl``
    beside the scorer), so a model is always trained with it in.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--set", type=Path, action="append", default=[])
    parser.add_argument("--labelled", type=Path, action="append", default=[])
    parser.add_argument("-o", "--out", type=Path, default=ROOT / "streams/catalog" / model_file)
    parser.add_argument("--cv", action="store_true", help="print leave-one-set-out F1 first")
    args = parser.parse_args()
    if not args.set:
        parser.error("give the labelled sets to train on: --set DIR ...")
    if not args.labelled:
        args.labelled = [find_scorer().parents[1] / "eval-dev" / "articles.jsonl"]
    return args


def fit(documents: list[Any], labels: list[bool], analyzer: Any, c: float) -> tuple[Any, Any]:
    """TF-IDF (sublinear tf, smoothed idf, L2, terms in two documents or more) under an
    L2 logistic regression with balanced class weights; ``analyzer`` gives a document's terms.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=2)
    matrix = vectoriser.fit_transform(documents)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(matrix, labels)
    return vectoriser, model


def write_model(out: Path, vectoriser: Any, model: Any, fields: dict[str, Any]) -> int:
    """Write the model file: ``fields``, the bias and the terms; the number of terms."""
    weights = model.coef_[0]
    terms = {
        term: [round(float(vectoriser.idf_[i]), 5), round(float(weights[i]), 5)]
        for term, i in sorted(vectoriser.vocabulary_.items())
    }
    data = {**fields, "bias": round(float(model.intercept_[0]), 6), "terms": terms}
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    return len(terms)
