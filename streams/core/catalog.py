"""Load and validate the entity catalog (YAML or JSON).

``parse_catalog`` is pure; ``load_catalog`` reads one file (the bundled catalog by
default) and parses it. Both raise :class:`CatalogError` with a message that says what
is wrong, so a worker can refuse a bad catalog and keep the one it has.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from schemas.catalog import Catalog

BUNDLED_PACKAGE = "streams.catalog"
BUNDLED_FILE = "catalog.yaml"
# libyaml's loader is ~10x faster than the pure-Python one; startup must stay < 1 s.
# The pattern file (lexicon.py) is read with it too.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class CatalogError(ValueError):
    """The catalog could not be read, parsed or validated."""


def parse_catalog(data: bytes | str) -> Catalog:
    """Parse a catalog document (JSON or YAML, UTF-8) and validate it.

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
    try:
        return Catalog.model_validate(raw)
    except ValidationError as err:
        raise CatalogError(f"invalid catalog: {_describe(err)}") from err


def _describe(err: ValidationError) -> str:
    """Summarise pydantic errors with the entry name where possible (for operators)."""
    parts = []
    for item in err.errors()[:10]:
        where = ".".join(str(p) for p in item["loc"]) or "catalog"
        parts.append(f"{where}: {item['msg']}")
    more = err.error_count() - len(parts)
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def load_catalog(path: str | Path | None = None) -> Catalog:
    """Load a catalog file, or the catalog bundled with the package when ``path`` is None.

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
    return parse_catalog(data)
