"""The policy-event pattern file (``streams/catalog/policy_patterns.yaml``) as typed models.

The detector's lexicon lives in data so that an analyst can read and extend it; these
models reject a malformed file at load time rather than at the first article.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.article import Action, Direction, Flow

TriggerForm = Literal["verb", "base", "event_noun", "state_noun"]

# Regexes from the file must stay linear-time in practice: only bounded repeats.
_UNBOUNDED = re.compile(r"(?<!\\)[*+]|\{\d+,\}")


def _phrases(values: list[str]) -> list[str]:
    """Strip, lower-case and de-duplicate phrases, keeping their order."""
    out: list[str] = []
    for value in values:
        phrase = value.strip().casefold()
        if phrase and phrase not in out:
            out.append(phrase)
    return out


class Trigger(BaseModel):
    """One group of trigger phrases that name the same action in the same way."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Rule name, shown in events.")
    action: Action
    direction: Direction
    form: TriggerForm
    phrases: list[str] = Field(min_length=1)
    flow: Flow | None = Field(default=None, description="Flow unless a cue says otherwise.")
    requires: list[str] = Field(
        default_factory=list, description="One of these must follow within `window` chars."
    )
    before: list[str] = Field(
        default_factory=list, description="One of these must precede within `window` chars."
    )
    window: int = Field(default=60, ge=1, le=400)

    @field_validator("phrases", "requires", "before")
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        return _phrases(values)


class ProductClass(BaseModel):
    """A product class named without a catalog chip (``gallium``, ``advanced chips``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    phrases: list[str] = Field(min_length=1)
    generic: bool = Field(
        default=False, description="Only a paraphrase of a chip: dropped when a chip is named."
    )

    @field_validator("phrases")
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        return _phrases(values)


class Confidence(BaseModel):
    """Base confidence per trigger form, and the adjustments the detector applies."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    verb: float = Field(ge=0, le=1)
    base: float = Field(ge=0, le=1)
    event_noun: float = Field(ge=0, le=1)
    state_noun: float = Field(ge=0, le=1)
    explicit_actor: float = Field(ge=-1, le=1)
    named_product: float = Field(ge=-1, le=1)
    anaphoric_actor: float = Field(ge=-1, le=1)


class PolicyPatterns(BaseModel):
    """Everything the detector knows about wording: triggers, cues, flows, products."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = Field(ge=1)
    triggers: list[Trigger] = Field(min_length=1)
    governing_verbs: list[str]
    decision_verbs: list[str]
    modal_cues: list[str]
    negation_cues: list[str]
    background_cues: list[str]
    background_year_regex: str
    past_perfect_regex: str
    subordinate_clause_regex: str
    foreground_cues: list[str]
    prior_event_markers: list[str]
    clause_breaks: list[str]
    anaphors: list[str]
    flows: dict[Flow, list[str]]
    default_flow: dict[str, Flow]
    product_classes: list[ProductClass]
    confidence: Confidence
    place_prepositions: list[str]
    adjectival_followers: list[str]
    determiners: list[str]
    noun_followers: list[str]
    group_nouns: list[str]
    list_separators: list[str]
    passive_auxiliaries: list[str]
    reporting_verbs: list[str]
    reported_modals: list[str]
    denial_cues: list[str]
    noun_modifier_followers: list[str]
    participle_preceders: list[str] = Field(default_factory=list)
    noun_agent_prepositions: list[str] = Field(default_factory=list)

    @field_validator(
        "governing_verbs",
        "decision_verbs",
        "modal_cues",
        "negation_cues",
        "background_cues",
        "foreground_cues",
        "prior_event_markers",
        "anaphors",
        "place_prepositions",
        "adjectival_followers",
        "determiners",
        "noun_followers",
        "group_nouns",
        "passive_auxiliaries",
        "reporting_verbs",
        "reported_modals",
        "denial_cues",
        "noun_modifier_followers",
        "participle_preceders",
        "noun_agent_prepositions",
    )
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        return _phrases(values)

    @field_validator("flows")
    @classmethod
    def _clean_flows(cls, values: dict[Flow, list[str]]) -> dict[Flow, list[str]]:
        return {flow: _phrases(words) for flow, words in values.items()}

    @field_validator("clause_breaks", "list_separators")
    @classmethod
    def _keep_spacing(cls, values: list[str]) -> list[str]:
        # Separators are matched literally, spaces included, so they are not stripped.
        if any(not value for value in values):
            raise ValueError("empty separator")
        return [value.casefold() for value in values]

    @field_validator("background_year_regex", "past_perfect_regex", "subordinate_clause_regex")
    @classmethod
    def _bounded_regex(cls, value: str) -> str:
        if _UNBOUNDED.search(value):
            raise ValueError(f"unbounded repeat in {value!r}: use {{m,n}}")
        re.compile(value)
        return value

    @model_validator(mode="after")
    def _unique_ids(self) -> PolicyPatterns:
        ids = [trigger.id for trigger in self.triggers]
        if len(ids) != len(set(ids)):
            raise ValueError("trigger ids must be unique")
        if "*" not in self.default_flow:
            raise ValueError("default_flow needs a '*' entry")
        return self
