"""Would a learned story judge beat the rules? Leave-one-set-out logistic regression.

A tried and rejected alternative to rule rounds (``docs/detection.md``, "Round 27"): learn
the article flag from what the detector already found, not from the text. Each article
becomes a set of binary features: the kind of every event's rule (trigger kind, how the
actor was found, every background tag; the matched words in brackets are dropped), split
by primary or background, with action, flow, direction, products, targets, a confidence
bucket, whether the event's sentence is the headline, the language and whether firms or
chips were tagged. An L2 logistic regression (plain gradient descent in numpy, no
library needed for thirty lines) is trained on all sets but one and judges the one left
out; its article F1 is printed beside the rules' F1 on the same set.

    .venv/bin/python bench/judge_cv.py --set NAME=SCAN:GOLD ... [--l2 0.01]

``SCAN`` is ``chipwatch scan``'s output for the set, ``GOLD`` its labels. Only names and
scores are printed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

BRACKETS = re.compile(r"\[[^\]]*\]")


def features(article: dict[str, Any]) -> set[str]:
    """The article's binary features (no words of its text)."""
    found = {"bias", f"lang={article.get('lang')}"}
    found |= {key for key in ("firms", "chips", "equipment") if article.get(key)}
    title = article.get("title") or ""
    primary = 0
    for event in article.get("events", []):
        side = "P" if event.get("primary") else "B"
        primary += side == "P"
        for token in BRACKETS.sub("", event.get("rule", "")).split():
            found.add(f"{side}|{token}")
            head, _, tail = token.partition(":")
            if tail:
                found |= {f"{side}|{head}:*", f"{side}|*:{tail}"}
        found |= {f"{side}|dir={event.get('direction')}", f"{side}|flow={event.get('flow')}"}
        found |= {f"{side}|{key}" for key in ("products", "targets") if event.get(key)}
        found.add(f"{side}|conf>={int(event.get('confidence', 0) * 10)}")
        if (event.get("evidence") or "")[:40] in title:
            found.add(f"{side}|in_title")
    found.add(f"primaries={min(primary, 3)}")
    return found


def load(spec: str) -> tuple[str, list[set[str]], np.ndarray, np.ndarray]:
    """``NAME=SCAN:GOLD`` -> (name, features, gold flags, the rules' flags)."""
    name, _, paths = spec.partition("=")
    scan_path, _, gold_path = paths.partition(":")
    scanned = {}
    for line in Path(scan_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            scanned[row.get("id")] = row
    rows, gold, rules = [], [], []
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            article = scanned.get(label["id"], {})
            rows.append(features(article))
            gold.append(bool(label.get("is_policy_change")))
            rules.append(bool(article.get("is_policy_change")))
    return name, rows, np.array(gold, float), np.array(rules, float)


def matrix(rows: list[set[str]], vocab: dict[str, int]) -> np.ndarray:
    """Rows of features as a 0/1 matrix over ``vocab``."""
    out = np.zeros((len(rows), len(vocab)))
    for i, row in enumerate(rows):
        for feature in row:
            if feature in vocab:
                out[i, vocab[feature]] = 1.0
    return out


def train(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 400) -> np.ndarray:
    """L2-regularised logistic regression by full-batch gradient descent."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        w -= 0.5 * (x.T @ (p - y) / len(y) + l2 * w)
    return w


def f1(gold: np.ndarray, said: np.ndarray) -> float:
    """F1 of the positive class."""
    tp = float((gold * said).sum())
    wrong = float(((1 - gold) * said).sum() + (gold * (1 - said)).sum())
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def main() -> int:
    """Train on all sets but one, judge the one left out, for every set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", dest="sets", required=True)
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--min-count", type=int, default=3, help="drop rarer features")
    args = parser.parse_args()
    sets = [load(spec) for spec in args.sets]
    rules_f1, model_f1 = [], []
    for name, rows, gold, rules in sets:
        train_rows = [r for other, rs, _, _ in sets if other != name for r in rs]
        train_gold = np.concatenate([g for other, _, g, _ in sets if other != name])
        counts = Counter(f for row in train_rows for f in row)
        kept = sorted(f for f, c in counts.items() if c >= args.min_count)
        vocab = {f: i for i, f in enumerate(kept)}
        w = train(matrix(train_rows, vocab), train_gold, args.l2)
        said = (matrix(rows, vocab) @ w >= 0).astype(float)
        rules_f1.append(f1(gold, rules))
        model_f1.append(f1(gold, said))
        print(f"{name:6s} rules {rules_f1[-1]:.3f}  learned {model_f1[-1]:.3f}")
    print(f"mean   rules {np.mean(rules_f1):.3f}  learned {np.mean(model_f1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
