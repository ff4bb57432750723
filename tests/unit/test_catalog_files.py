"""Each pattern key is written once: in the bundled YAML files and in the pattern schema.

libyaml keeps the last of two equal keys in a mapping without a word, so two helpers who
each added a field of the same name (round 16's ``impact_cues``) would see one list
dropped; a class body that declares a field twice keeps the last declaration as silently.
These tests read the files with a loader that refuses a repeated key, and the schema's
source for repeated field names.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "streams" / "catalog"


class _UniqueKeys(yaml.SafeLoader):
    """A safe loader that raises on a key repeated in one mapping, at any depth."""


def _mapping(loader: _UniqueKeys, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} repeated", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("name", ["policy_patterns.yaml", "catalog.yaml"])
def test_a_bundled_file_names_each_key_once(name: str) -> None:
    text = (CATALOG / name).read_text(encoding="utf-8")
    assert yaml.load(text, Loader=_UniqueKeys)  # raises on a repeated key


def test_the_loader_refuses_a_repeated_key() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="impact_cues"):
        yaml.load("impact_cues: {en: [a]}\nimpact_cues: {zh: [b]}\n", Loader=_UniqueKeys)


def test_the_pattern_schema_declares_each_field_once() -> None:
    tree = ast.parse((ROOT / "schemas" / "patterns.py").read_text(encoding="utf-8"))
    for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
        names = Counter(
            item.target.id
            for item in cls.body
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
        )
        assert [n for n, c in names.items() if c > 1] == [], cls.name
