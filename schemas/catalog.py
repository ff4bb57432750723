"""The entity catalog: canonical firms, chips, jurisdictions, regulators and persons.

The catalog is data (``streams/catalog/catalog.yaml``), validated by these models when
it is loaded from a file or from the ``chipwatch.catalog`` topic. A catalog that names
an entity twice, or lets two entities claim the same alias, is refused: the tagger
could not decide which entity such an alias means.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

CatalogEntityType = Literal["firm", "chip", "equipment", "jurisdiction", "regulator", "person"]

# An alias with a digit, or with capitals and no lower-case letter, is an acronym, a
# ticker or a part number (NVDA, BIS, AMD, H20, 0700.HK): case-sensitive by default,
# so that "us", "bis" or "amd" in running text never match. Names are case-insensitive.
_HAS_DIGIT = re.compile(r"\d")


def default_case_sensitive(text: str) -> bool:
    """Return the default case rule for an alias: acronyms and part numbers are exact."""
    if _HAS_DIGIT.search(text):
        return True
    letters = [c for c in text if c.isascii() and c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


class Alias(BaseModel):
    """One way a text can name an entity.

    ``context`` marks an ambiguous alias (``Apple``, ``Amazon``, ``Arm``, ``Meta``): it
    only counts when one of these words appears near the mention (or when the alias
    sits directly against CJK text, where a Latin word is a name).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1, max_length=200, description="The alias as written.")
    case_sensitive: bool | None = Field(
        default=None,
        description="Exact case only. Default: true for acronyms/part numbers, else false.",
    )
    lang: str | None = Field(default=None, max_length=16, description="BCP 47 tag, e.g. zh.")
    context: list[str] | None = Field(
        default=None,
        description="Ambiguous alias: matches only with one of these words nearby.",
    )

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip() or value != value.strip():
            raise ValueError(f"alias {value!r} is blank or has surrounding spaces")
        return value

    @field_validator("context")
    @classmethod
    def _context_words(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and (not value or any(not w.strip() for w in value)):
            raise ValueError("context must be a non-empty list of non-blank words")
        return value

    def is_case_sensitive(self) -> bool:
        """Return the effective case rule (explicit setting, else the default rule)."""
        if self.case_sensitive is not None:
            return self.case_sensitive
        return default_case_sensitive(self.text)


class EntityIds(BaseModel):
    """Stable identifiers of an entity, where they exist."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    ticker: str | None = Field(default=None, max_length=32)


class CatalogEntry(BaseModel):
    """One canonical entity and all the aliases that name it.

    The canonical ``name`` is itself an alias (default case rule) unless the entry is a
    jurisdiction: those are named by ISO codes ("IN", "MY", "SA") that are ordinary
    words in capitalised headlines, so a jurisdiction lists every alias explicitly.
    An explicit alias with the same text as the name overrides the implicit one.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=200, description="Canonical name.")
    type: CatalogEntityType
    aliases: list[Alias] = Field(default_factory=list)
    ids: EntityIds = Field(default_factory=EntityIds)
    jurisdiction: str | None = Field(
        default=None,
        pattern=r"^(?:[A-Z]{2})$",
        description="For regulators: ISO alpha-2 code or EU of the state they belong to.",
    )

    @field_validator("aliases", mode="before")
    @classmethod
    def _plain_strings(cls, value: Any) -> Any:
        # YAML stays readable: a bare string is an alias with default rules.
        if isinstance(value, list):
            return [{"text": v} if isinstance(v, str) else v for v in value]
        return value

    @model_validator(mode="after")
    def _check(self) -> CatalogEntry:
        if self.type == "regulator" and self.jurisdiction is None:
            raise ValueError(f"regulator {self.name!r} needs a jurisdiction (e.g. CN)")
        if self.type == "jurisdiction":
            if not re.fullmatch(r"[A-Z]{2}", self.name):
                raise ValueError(f"jurisdiction {self.name!r} must be an ISO alpha-2 code or EU")
            if self.jurisdiction not in (None, self.name):
                raise ValueError(f"jurisdiction {self.name!r} cannot belong to {self.jurisdiction}")
        # Two spellings that differ only in case are distinct only if both are
        # case-sensitive ("Arm" and "ARM" with a context rule); otherwise one is redundant.
        seen: dict[str, Alias] = {}
        for alias in self.aliases:
            key = alias_key(alias.text)
            other = seen.get(key)
            if other is not None and not (
                alias.is_case_sensitive() and other.is_case_sensitive() and alias.text != other.text
            ):
                raise ValueError(
                    f"entry {self.name!r} lists alias {alias.text!r} twice "
                    f"(also as {other.text!r}); a case-insensitive alias covers every case"
                )
            seen[key] = alias
        return self

    @property
    def code(self) -> str | None:
        """Jurisdiction code carried by mentions: own code, or the regulator's state."""
        return self.name if self.type == "jurisdiction" else self.jurisdiction

    @property
    def entity_id(self) -> str | None:
        """Stable id for output: the Wikidata QID, else the ticker."""
        return self.ids.wikidata or self.ids.ticker

    def all_aliases(self) -> list[Alias]:
        """Every alias that names this entry, the implicit canonical-name alias included."""
        if self.type == "jurisdiction":
            return list(self.aliases)
        if any(alias_key(a.text) == alias_key(self.name) for a in self.aliases):
            return list(self.aliases)
        return [Alias(text=self.name), *self.aliases]


def alias_key(text: str) -> str:
    """Key under which two aliases count as the same (case and apostrophe style ignored)."""
    return text.replace("\u2019", "'").replace("\u2018", "'").casefold()


class Catalog(BaseModel):
    """The whole catalog: entries with unique names and unique aliases."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: int = Field(default=1, ge=1, description="Version of the catalog format.")
    entries: list[CatalogEntry] = Field(min_length=1)
    ordinary_words: list[str] = Field(
        default_factory=list,
        description=(
            'Ordinary words that contain an alias and name nothing ("三星期", three weeks, '
            'holds Samsung\'s "三星"): the tagger matches them as words, so the longer '
            "match hides the alias inside."
        ),
    )

    state_demonyms: dict[str, list[str]] = Field(
        default_factory=dict,
        description=(
            "English adjectives of each state (code -> words: 'KR': ['South Korean', "
            "'Korean']); each is joined with every word of ``state_bodies`` into an alias "
            "of that state's entry when loaded (``streams.core.catalog.with_state_bodies``)."
        ),
    )
    state_bodies: list[str] = Field(
        default_factory=list,
        description=(
            "English nouns a state's adjective names a body of its government with "
            "('officials', 'trade ministry', 'Department of')."
        ),
    )

    @model_validator(mode="after")
    def _unique(self) -> Catalog:
        names: dict[str, CatalogEntry] = {}
        for entry in self.entries:
            key = entry.name.casefold()
            if key in names:
                other = names[key]
                raise ValueError(
                    f"duplicate entity name {entry.name!r} ({entry.type}) and "
                    f"{other.name!r} ({other.type})"
                )
            names[key] = entry
        # Case-insensitive on purpose: "Arm" for one entity and "ARM" for another would
        # leave the tagger guessing whenever a headline is set in capitals.
        owners: dict[str, tuple[str, str]] = {}
        for entry in self.entries:
            for alias in entry.all_aliases():
                key = alias_key(alias.text)
                if key in owners and owners[key][0] != entry.name:
                    owner, owner_text = owners[key]
                    raise ValueError(
                        f"alias {alias.text!r} of {entry.name!r} is already claimed "
                        f"by {owner!r} (as {owner_text!r})"
                    )
                owners[key] = (entry.name, alias.text)
        states = {e.name for e in self.entries if e.type == "jurisdiction"}
        unknown = sorted(set(self.state_demonyms) - states)
        if unknown:
            raise ValueError(f"state_demonyms names states the catalog lacks: {unknown}")
        return self

    def by_name(self) -> dict[str, CatalogEntry]:
        """Return entries keyed by canonical name."""
        return {e.name: e for e in self.entries}
