"""A learned judge of background events: report one only when its kind is usually right.

The detector reads two kinds of event: the article's news (``primary``) and the earlier or
surrounding measures it mentions in passing (background: "after Washington restricted
sales in 2022 ..."). On seventeen labelled sets written by people outside the team its
primary events were right 90 % of the time and its background events 71 %: a background
mention is read from a subordinate clause, a date phrase, a quotation, where who acted
and which way are easier to get wrong, and a wrong one is noise in every analysis and in
the scorer's event precision (docs/detection.md, "Round 49").

So each background event is weighed by a logistic regression over what the detector knows
of it: its fields (action, flow, direction, jurisdiction, products or not), how many
events the article has, and the tags of the rule that read it (the trigger's class, how
the actor was found, which background cue fired), each tag also crossed with the primary
flag. An event under ``keep_at_least`` is dropped; primary events are never touched, and
nothing is added. The words of the evidence sentence were tried as features too and
added nothing in leave-one-set-out tests, so the model is a measured reliability table
of the detector's own readings, small and quick.

The model is trained by ``bench/train_event_judge.py`` from the detector's output on
labelled sets (an event is right when the shared scorer matches it to a gold event) and
shipped as data (``streams/catalog/event_judge.json``); inference reuses the story
judge's TF-IDF dot product. It is tied to the rule tags the detector writes: retrain it
when they change (the trainer says how many of the model's tags the detector still uses).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from schemas.article import PolicyEvent
from streams.core.story_judge import linear_probability, model_terms, read_model

# The trigger words in a rule ("restrict:verb[restricted]") are the text, not the rule.
_TRIGGER_TEXT: Final = re.compile(r"\[[^\]]*\]")
# Notes the story judge appends ("judge:background p=0.21") are not the detector's rule.
_JUDGE_NOTES: Final = ("judge:", "p=")
MANY_EVENTS: Final = 5  # "five or more events in the article" is one feature


def rule_tags(rule: str) -> list[str]:
    """The detector's tags in ``rule``: trigger class and cues, without the trigger text."""
    return [tag for tag in _TRIGGER_TEXT.sub("", rule).split() if not tag.startswith(_JUDGE_NOTES)]


def event_terms(event: PolicyEvent, events_in_article: int) -> list[str]:
    """The features of ``event``: its fields, their pairs, and the rule's tags."""
    kind = "P" if event.primary else "bg"
    a, f, d, j = event.action, event.flow, event.direction, event.jurisdiction
    tags = rule_tags(event.rule)
    return [
        f"A:{a}",
        f"F:{f}",
        f"D:{d}",
        f"J:{j}",
        f"P:{kind}",
        f"AD:{a}{d}",
        f"JD:{j}{d}",
        f"PD:{kind}{d}",
        f"np:{bool(event.products)}",
        f"nev:{min(events_in_article, MANY_EVENTS)}",
        *(f"R:{tag}" for tag in tags),
        *(f"RP:{tag}{kind}" for tag in tags),
    ]


@dataclass(frozen=True, slots=True)
class EventJudge:
    """A trained linear model over ``event_terms`` and the threshold that applies it."""

    terms: Mapping[str, tuple[float, float]]  # term -> (idf, weight)
    bias: float
    keep_at_least: float

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> EventJudge:
        """Build from the model file's parsed JSON (``bench/train_event_judge.py`` writes it)."""
        return cls(
            terms=model_terms(data),
            bias=float(data["bias"]),
            keep_at_least=float(data["keep_at_least"]),
        )

    def probability(self, event: PolicyEvent, events_in_article: int) -> float:
        """The model's probability that ``event`` is right (matches a labelled event)."""
        return linear_probability(self.terms, self.bias, event_terms(event, events_in_article))

    def keep(self, events: Sequence[PolicyEvent]) -> list[PolicyEvent]:
        """``events`` without the background ones the model doubts; primary ones all stay."""
        n = len(events)
        return [e for e in events if e.primary or self.probability(e, n) >= self.keep_at_least]


EVENT_JUDGE_FILE: Final = "event_judge.json"


def load_event_judge(path: str | Path | None = None) -> EventJudge:
    """Load the model file; ``None`` reads the one bundled with chipwatch."""
    return EventJudge.from_data(read_model(EVENT_JUDGE_FILE, path))
