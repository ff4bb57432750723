"""Load and validate the entity catalog (YAML or JSON).

``parse_catalog`` is pure; ``load_catalog`` reads one file (the bundled catalog by
default) and parses it. Both raise :class:`CatalogError` with a message that says what
is wrong, so a worker can refuse a bad catalog and keep the one it has.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from schemas.catalog import Catalog, alias_key

BUNDLED_PACKAGE = "streams.catalog"
BUNDLED_FILE = "catalog.yaml"
#: Each catalog state's plain name in the ten languages, from CLDR (tools/gen_territories.py).
TERRITORIES_FILE = "territories.json"
# libyaml's loader is ~10x faster than the pure-Python one; startup must stay < 1 s.
# The pattern file (lexicon.py) is read with it too.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class CatalogError(ValueError):
    """The catalog could not be read, parsed or validated."""


def parse_catalog(
    data: bytes | str, territories: dict[str, dict[str, list[str]]] | None = None
) -> Catalog:
    """Parse a catalog document (JSON or YAML, UTF-8) and validate it.

    ``territories`` (state code -> language -> names) adds each listed name as an alias
    of that state's entry, unless the document already has the name (see
    :func:`with_territory_names`).

    Raises:
        CatalogError: the document is not YAML/JSON, not a mapping, or not a valid catalog.

    """
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise CatalogError(f"catalog is not UTF-8: {err}") from err
    raw: Any
    stripped = data.lstrip()
    try:
        # JSON is a subset of YAML, but json.loads is much faster for large documents.
        raw = json.loads(data) if stripped.startswith("{") else yaml.load(data, Loader=YAML_LOADER)
    except (json.JSONDecodeError, yaml.YAMLError) as err:
        raise CatalogError(f"catalog is neither valid JSON nor YAML: {err}") from err
    if not isinstance(raw, dict):
        raise CatalogError(f"catalog must be a mapping with 'entries', got {type(raw).__name__}")
    if territories:
        raw = with_territory_names(raw, territories)
    raw = with_state_bodies(raw)
    try:
        return Catalog.model_validate(raw)
    except ValidationError as err:
        raise CatalogError(f"invalid catalog: {_describe(err)}") from err


def with_territory_names(
    raw: dict[str, Any], territories: dict[str, dict[str, list[str]]]
) -> dict[str, Any]:
    """Return the raw catalog with each state's CLDR names added to its aliases.

    A name is added only to an entry of type ``jurisdiction`` with that code, and only
    when no entry of the document already claims it (in any case): a catalog of one's own
    that gives "Georgia" to a US state keeps it. The input is not changed.
    """
    entries = raw.get("entries")
    taken = _claimed(entries)
    if not isinstance(entries, list) or taken is None:
        return raw  # invalid: let validation say so
    out = []
    for entry in entries:
        names = (
            territories.get(entry.get("name", "")) if entry.get("type") == "jurisdiction" else None
        )
        if names:
            added = []
            for lang, texts in sorted(names.items()):
                for text in texts:
                    if alias_key(text) not in taken:
                        taken.add(alias_key(text))
                        added.append({"text": text, "lang": lang})
            if added:
                entry = {**entry, "aliases": [*(entry.get("aliases") or []), *added]}
        out.append(entry)
    return {**raw, "entries": out}


def with_state_bodies(raw: dict[str, Any]) -> dict[str, Any]:
    """Return the raw catalog with "<state adjective> <body>" aliases added to each state.

    English names a government's body by the state's adjective before a common noun ("South
    Korean officials", "the Dutch Department of Economic Affairs", "Malaysian trade
    ministry"). Listing each pair by hand left most of them out; the catalog gives the
    adjectives (``state_demonyms``) and the nouns (``state_bodies``) once, and every pair
    becomes an alias of the state, unless some entry already claims it (a regulator of its
    own, such as "Dutch trade ministry", keeps its name). The input is not changed.
    """
    demonyms = raw.get("state_demonyms")
    bodies = raw.get("state_bodies")
    entries = raw.get("entries")
    taken = _claimed(entries)
    if not (isinstance(demonyms, dict) and isinstance(bodies, list) and isinstance(entries, list)):
        return raw  # nothing to add
    if taken is None:
        return raw  # invalid: let validation say so
    # A named body after the adjective stays whole: "Japanese Ministry of Economy, Trade and
    # Industry" is Japan's ministry, not "Japanese Ministry of" and then a remainder that
    # names another state's body ("Trade and Industry"). Such a pair goes to the named
    # body when it is the adjective's state's own, else to the adjective's state.
    named = [
        (entry, str(alias if isinstance(alias, str) else alias.get("text", "")))
        for entry in entries
        if entry.get("type") == "regulator"
        for alias in entry.get("aliases") or []
        if (alias if isinstance(alias, str) else alias.get("lang") in (None, "en"))
    ]
    additions: dict[int, list[dict[str, str]]] = {}
    owner_of = {id(entry): index for index, entry in enumerate(entries)}
    for index, entry in enumerate(entries):
        words = demonyms.get(entry.get("name"))
        if entry.get("type") != "jurisdiction" or not isinstance(words, list):
            continue
        for word in words:  # validation rejects a word that is no string
            pairs = [(index, f"{word} {body}") for body in bodies]
            pairs += [
                (owner_of[id(body)] if body.get("jurisdiction") == entry["name"] else index,
                 f"{word} {text}")
                for body, text in named
                if _INSTITUTION.match(text)
            ]  # fmt: skip
            for owner, text in pairs:
                if alias_key(text) not in taken:
                    taken.add(alias_key(text))
                    additions.setdefault(owner, []).append({"text": text, "lang": "en"})
    out = [
        {**entry, "aliases": [*(entry.get("aliases") or []), *additions[index]]}
        if index in additions
        else entry
        for index, entry in enumerate(entries)
    ]
    return {**raw, "entries": out}


# The first words of a body's own name ("Ministry of Commerce", "General Administration of
# Customs", "Commerce Department"), as opposed to a name that holds its state already
# ("China's customs", "Dutch trade minister").
_INSTITUTION = re.compile(
    r"(?:Ministry|Department|Bureau|Office|Commission|Committee|Directorate|Administration|"
    r"General Administration|State Administration|National|Federal|Commerce|Treasury|"
    r"Customs|Cyberspace)\b"
)


def _claimed(entries: Any) -> set[str] | None:
    """Alias keys the entries already claim (names of non-state entries included).

    None when ``entries`` is not a list of mappings: the catalog is invalid, and its
    validation, not this helper, says why.
    """
    if not isinstance(entries, list):
        return None
    taken: set[str] = set()
    for entry in entries:
        if not isinstance(entry, dict):
            return None
        name = entry.get("name")
        if isinstance(name, str) and entry.get("type") != "jurisdiction":
            taken.add(alias_key(name))
        for alias in entry.get("aliases") or []:
            text = alias if isinstance(alias, str) else (alias or {}).get("text")
            if isinstance(text, str):
                taken.add(alias_key(text))
    return taken


def load_territories() -> dict[str, dict[str, list[str]]]:
    """The bundled CLDR names of the catalog's states (``make lexicon`` writes them)."""
    text = resources.files(BUNDLED_PACKAGE).joinpath(TERRITORIES_FILE).read_text("utf-8")
    table: dict[str, dict[str, list[str]]] = json.loads(text)
    return table


def _describe(err: ValidationError) -> str:
    """Summarise pydantic errors with the entry name where possible (for operators)."""
    parts = []
    for item in err.errors()[:10]:
        where = ".".join(str(p) for p in item["loc"]) or "catalog"
        parts.append(f"{where}: {item['msg']}")
    more = err.error_count() - len(parts)
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def load_catalog(
    path: str | Path | None = None, territories: dict[str, dict[str, list[str]]] | None = None
) -> Catalog:
    """Load a catalog file, or the catalog bundled with the package when ``path`` is None.

    States get their plain names in the ten languages from ``territories`` (default: the
    bundled CLDR table; pass ``{}`` for the file alone).

    Raises:
        CatalogError: the file cannot be read or does not hold a valid catalog.

    """
    try:
        if path is None:
            data = resources.files(BUNDLED_PACKAGE).joinpath(BUNDLED_FILE).read_bytes()
        else:
            data = Path(path).read_bytes()
    except OSError as err:
        raise CatalogError(f"cannot read catalog {path or BUNDLED_FILE}: {err}") from err
    return parse_catalog(data, load_territories() if territories is None else territories)
