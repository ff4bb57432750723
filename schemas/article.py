"""Articles as producers send them, and as chipwatch publishes them after analysis."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SkipValidation,
    StringConstraints,
    field_validator,
)
from pydantic_core import PydanticCustomError
from typing_extensions import TypedDict

from schemas.text import DisplayText

EntityType = Literal["firm", "chip", "equipment", "jurisdiction", "regulator", "person"]
Jurisdiction = str  # ISO 3166 alpha-2 or "EU"
#: The action values of TAXONOMY.md. The vocabulary itself is data (the `actions` of the
#: detector's pattern file), so a new action needs no code; consumers should accept any
#: lower-case word here.
KNOWN_ACTIONS = (
    "approve",
    "ban",
    "halt",
    "restrict",
    "relax",
    "license",
    "investigate",
    "sanction",
    "tariff",
    "summon",
)
Action = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z_]{1,30}$"),
    Field(
        description="approve, ban, halt, restrict, relax, license, investigate, sanction, "
        "tariff, summon (TAXONOMY.md), or a value added to the detector's actions."
    ),
]
Flow = Literal["export", "import", "purchase", "sale", "investment", "other"]
Direction = Literal["easing", "tightening"]

#: Publication dates chipwatch accepts: [1990-01-01, 2100-01-01) UTC. Fixed, not relative
#: to a clock, so a message gets the same verdict in the stream, in a replay years later
#: and in ``scan``/``backtest`` (an archive is judged like live input). The range covers
#: every archive of chip-policy news (export controls on AI chips date from 2022; the
#: oldest web archives from the 1990s) and keeps date arithmetic (time zones, days of
#: TTL) far from ``datetime``'s year 1 and 9999, where it overflowed (issue 13.4).
PUBLISHED_MIN = datetime(1990, 1, 1, tzinfo=UTC)
PUBLISHED_MAX = datetime(2100, 1, 1, tzinfo=UTC)
#: The error type (and dead-letter reason) of a ``published_at`` out of that range.
PUBLISHED_OUT_OF_RANGE = "published_at_out_of_range"


def published_in_range(when: datetime) -> bool:
    """Whether ``when`` is an acceptable publication time (naive times are UTC)."""
    if 1990 < when.year < 2099:
        # Inside the range whatever its UTC offset (less than a day): the common case
        # decided without building an aware copy or comparing (every input article).
        return True
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    try:
        return PUBLISHED_MIN <= aware < PUBLISHED_MAX
    except OverflowError:  # an offset that takes year 1 or 9999 out of range
        return False


class RawArticle(BaseModel):
    """One news article as a producer puts it on ``articles.raw`` (JSON, UTF-8).

    Unknown fields are ignored so that producers may send more than we read.
    """

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    schema_version: int = Field(default=1, description="Version of this message schema.")
    id: str = Field(min_length=1, max_length=512, description="Producer's article id.")
    title: str = Field(max_length=2_000, description="Headline.")
    body: str = Field(description="Full text; paragraphs separated by newlines.")
    url: str | None = Field(default=None, max_length=4_096)
    source: str | None = Field(default=None, max_length=512, description="Outlet name.")
    published_at: datetime | None = Field(
        default=None,
        description="When the outlet published it (RFC 3339), from 1990-01-01 to before "
        "2100-01-01 UTC.",
    )
    lang: str | None = Field(default=None, max_length=16, description="BCP 47 language tag.")

    @field_validator("published_at")
    @classmethod
    def _published_in_range(cls, value: datetime | None) -> datetime | None:
        if value is not None and not published_in_range(value):
            raise PydanticCustomError(
                PUBLISHED_OUT_OF_RANGE,
                "published_at {value} is outside 1990-01-01 .. 2099-12-31 (UTC)",
                {"value": value.isoformat()},
            )
        return value


# A validated dict, not a model: an analyzed article holds ~25 spans, and pydantic-core
# builds and frees a dict ~20 % faster than a model (no instance, no ``__dict__``, no
# fields-set set): -2.9 % of the core pass's instructions (bench/README.md, round 5).
# Read a span as ``span["start"]``. Its JSON and JSON schema are the model's.
class Span(TypedDict):
    """Character offsets ``[start, end)`` of one mention in the title or the body.

    Offsets index the title or body as the producer sent it; ``text`` is the mention as
    it reads. They differ only when invisible format characters sit inside the mention
    (``"N\u200bvidia"`` is sent, ``"Nvidia"`` read): then ``body[start:end]`` holds them.
    """

    field: Literal["title", "body"]
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    text: str


class EntityRef(BaseModel):
    """An entity the article mentions, resolved to its canonical catalog name."""

    name: str = Field(description="Canonical name, e.g. 'Nvidia', 'H200', 'CN'.")
    type: EntityType
    id: str | None = Field(default=None, description="Stable id: Wikidata QID or ticker.")
    mentions: int = Field(default=1, ge=1, description="Mentions, repeated paragraphs once.")
    # Not validated when a record is built or decoded: spans are only ever made by the
    # analyzer (offsets of its own matches, streams.core.tag_result) and read back from
    # the records chipwatch wrote; checking ~25 per article was ~3 % of the core pass
    # (bench/README.md, round 5). Serialised, and in the JSON schema, as ``list[Span]``.
    spans: SkipValidation[list[Span]] = Field(
        default_factory=list,
        description="Spans of the first 50 mentions (1,000 per article in all); `mentions` "
        "counts them all.",
    )


class PolicyEvent(BaseModel):
    """A government action on chips that the text states as taken or decided."""

    jurisdiction: Jurisdiction = Field(description="Who acts: ISO alpha-2 or EU.")
    action: Action
    flow: Flow
    direction: Direction
    products: list[str] = Field(default_factory=list, description="Canonical chips or classes.")
    targets: list[str] = Field(default_factory=list, description="Canonical firms named.")
    primary: bool = Field(description="Main news (true) or background (false).")
    evidence: DisplayText = Field(
        description="The sentence that states it, verbatim as it reads: invisible format "
        "characters (Unicode Cf: bidi controls, zero-width characters, soft hyphen, BOM) "
        "and pinyin glosses after Chinese characters ('產(chǎn)') removed, and cut at 1,000 "
        "characters with a final '…'."
    )
    confidence: float = Field(ge=0.0, le=1.0)
    rule: str = Field(default="", description="The detection rule or pattern that fired.")


class AnalyzedArticle(BaseModel):
    """What chipwatch publishes on ``articles.analyzed`` for each first copy of an article."""

    schema_version: int = 1
    id: str
    content_hash: str = Field(description="sha256 hex of the normalised title and body.")
    title: DisplayText = Field(description="The title, invisible format characters removed.")
    url: str | None = None
    source: DisplayText | None = None
    published_at: datetime | None = None
    lang: str | None = None
    ingested_at: datetime = Field(description="When chipwatch first read it.")
    firms: list[EntityRef] = Field(default_factory=list)
    chips: list[EntityRef] = Field(default_factory=list)
    equipment: list[EntityRef] = Field(
        default_factory=list,
        description="Chipmaking equipment (lithography and other tools): never under chips.",
    )
    jurisdictions: list[EntityRef] = Field(default_factory=list)
    is_policy_change: bool = False
    events: list[PolicyEvent] = Field(default_factory=list)
    near_duplicate_of: str | None = Field(
        default=None,
        description="Id of the first article of this article's near-duplicate cluster "
        "(the same story re-run with another headline, trimmed, with boilerplate or "
        "reordered); null when the article starts its own cluster.",
    )
    similarity: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="Estimated Jaccard similarity (MinHash) to the closest earlier article "
        "of the cluster: `near_duplicate_of` itself, or a copy of it through which this "
        "article joined; null without one.",
    )
