"""A learned judge of the whole story: whether the article reports a policy change as done.

Rounds 21-47 grew the rules one class of phrasing at a time. On labelled sets nobody had
read they stayed at 0.74-0.82 article F1 for twelve rounds, while a plain linear model over
the story's words, trained on 636 labelled articles, scored the same on those sets on its
own (docs/detection.md, "Round 48"). The two err on different stories: the rules on the
framing of a sentence they half read (a plan, an analysis, a reaction, an earlier act), the
model on stories whose words it has not met. So the rules keep finding the events (who,
what, which way) and this judge weighs the article flag they imply:

* a story the rules flag stays news unless the judge gives it at most ``keep_above``;
* a story whose events the rules all read as background becomes news when the judge
  gives it more than ``promote_above`` (its events are promoted, see ``judge_events``).

Features are what a bag-of-words model can read in every script: lower-cased words and
word pairs of Latin-script text, character 2- and 3-grams of Chinese, Japanese and Korean
runs (they have no spaces to split on, or few), and the headline's first words marked as
headline words. Weights are TF-IDF (sublinear term frequency, smoothed idf, L2-normalised)
under a logistic regression, trained by ``bench/train_story_judge.py`` with scikit-learn
and shipped as data (``streams/catalog/story_judge.json``). Inference is a dot product,
written here rather than calling scikit-learn at run time: the worker would carry SciPy
for thirty lines, and ``tests/unit/test_story_judge.py`` checks the two agree.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Final

from schemas.article import PolicyEvent

# A run of letters (any script) or of digits: "h200" is "h" and "200", as in training.
_WORD: Final = re.compile(r"[^\W\d_]+|\d+")
# Kana, CJK ideographs (both scripts of Chinese) and Hangul: read as character n-grams.
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
HEADLINE_WORDS: Final = 12  # the headline's first words, also read as headline words
HEADLINE_MARK: Final = "T:"


def story_terms(title: str, body: str, body_chars: int) -> list[str]:
    """The story's terms, in order, repeats kept (the model counts them).

    ``body_chars`` bounds the body read: the headline and the lead carry the story's
    frame, and a bound keeps the cost flat on long articles.
    """
    text = f"{title} \n {body[:body_chars]}".lower()
    terms: list[str] = []
    previous: str | None = None
    for word in _WORD.findall(text):
        if not word.isascii() and _CJK.fullmatch(word):  # an ASCII word is never a CJK run
            terms.extend(word[i : i + 2] for i in range(len(word) - 1))
            terms.extend(word[i : i + 3] for i in range(len(word) - 2))
            previous = None
            continue
        terms.append(word)
        if previous is not None:
            terms.append(f"{previous} {word}")
        previous = word
    terms.extend(HEADLINE_MARK + word for word in _WORD.findall(title.lower())[:HEADLINE_WORDS])
    return terms


def linear_probability(
    model: Mapping[str, tuple[float, float]], bias: float, terms: Sequence[str]
) -> float:
    """A logistic regression's probability over ``terms``, TF-IDF weighted.

    The weights are scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` with L2 norm;
    ``model`` maps each known term to its (idf, weight).
    """
    known_term = model.get
    dot = 0.0
    norm = 0.0
    for term, count in Counter(terms).items():
        known = known_term(term)
        if known is None:
            continue  # outside the vocabulary: no weight, no part of the norm
        idf, weight = known
        # sublinear tf: 1 + ln(count); most terms occur once, where that is 1
        value = idf if count == 1 else (1.0 + math.log(count)) * idf
        norm += value * value
        dot += value * weight
    score = bias + (dot / math.sqrt(norm) if norm else 0.0)
    return 1.0 / (1.0 + math.exp(-score))


@dataclass(frozen=True, slots=True)
class StoryJudge:
    """A trained linear model over ``story_terms`` and the two thresholds that apply it."""

    terms: Mapping[str, tuple[float, float]]  # term -> (idf, weight)
    bias: float
    body_chars: int
    keep_above: float
    promote_above: float

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> StoryJudge:
        """Build from the model file's parsed JSON (``bench/train_story_judge.py`` writes it)."""
        return cls(
            terms=model_terms(data),
            bias=float(data["bias"]),
            body_chars=int(data["body_chars"]),
            keep_above=float(data["keep_above"]),
            promote_above=float(data["promote_above"]),
        )

    def probability(self, title: str, body: str) -> float:
        """The model's probability that the story reports a policy change."""
        return linear_probability(self.terms, self.bias, story_terms(title, body, self.body_chars))

    def judge_events(
        self, title: str, body: str, events: Sequence[PolicyEvent]
    ) -> list[PolicyEvent]:
        """The events with their ``primary`` flags weighed by the story's probability.

        Not called on a story without events: the judge never invents one, it only
        moves the line between news and background the rules drew.
        """
        flagged = any(event.primary for event in events)
        p = self.probability(title, body)
        # A moved event says so in its rule, with the probability: an operator asking
        # why a story did (not) alert reads it in the analyzed article.
        if flagged and p <= self.keep_above:
            note = f" judge:background p={p:.2f}"
            return [
                e.model_copy(update={"primary": False, "rule": e.rule + note}) if e.primary else e
                for e in events
            ]
        if not flagged and p > self.promote_above:
            note = f" judge:news p={p:.2f}"
            return [e.model_copy(update={"primary": True, "rule": e.rule + note}) for e in events]
        return list(events)


JUDGE_FILE: Final = "story_judge.json"


def model_terms(data: Mapping[str, Any]) -> dict[str, tuple[float, float]]:
    """A judge model file's term table: each term's (idf, weight), as both trainers write it."""
    return {str(t): (float(v[0]), float(v[1])) for t, v in data["terms"].items()}


def read_model(bundled: str, path: str | Path | None = None) -> Any:
    """A judge's model file, parsed: ``path``, or when ``None`` the ``bundled`` one."""
    if path is None:
        text = resources.files("streams.catalog").joinpath(bundled).read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return json.loads(text)


def load_story_judge(path: str | Path | None = None) -> StoryJudge:
    """Load the model file; ``None`` reads the one bundled with chipwatch."""
    return StoryJudge.from_data(read_model(JUDGE_FILE, path))
