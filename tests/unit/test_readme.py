"""The README is part of the contract: every setting and every command it names exist."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from schemas.topics import TABLES, TOPICS
from streams.cli import README_BEGIN, README_END, TOPICS_BEGIN, TOPICS_END, build_parser
from streams.settings import Settings, settings_table
from streams.topics import topics_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_settings_table_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    block = text.partition(README_BEGIN)[2].partition(README_END)[0]
    assert block == settings_table(), "run `chipwatch settings --readme README.md`"
    for name in Settings.model_fields:
        assert f"CHIPWATCH_{name.upper()}" in block


def test_readme_topics_table_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    block = text.partition(TOPICS_BEGIN)[2].partition(TOPICS_END)[0]
    assert block == topics_table(), "run `chipwatch topics --readme README.md`"
    for topic in TOPICS:
        assert f"`{topic.default}`" in block
    for table in TABLES:
        assert f"table `{table.name}`" in block


def test_readme_commands_exist() -> None:
    text = README.read_text(encoding="utf-8")
    subcommands = set(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    for line in text.splitlines():
        if line.startswith("chipwatch "):
            assert line.split()[1] in subcommands, line
    assert "make run" in text and "make test" in text


def test_readme_file_function_references_exist() -> None:
    text = README.read_text(encoding="utf-8")
    refs = re.findall(r"`((?:streams|schemas)/[\w/]+\.py):([\w.]+)`", text)
    assert len(refs) >= 15, "the step-by-step list names a function per step"
    for path, name in refs:
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        target: object = module
        for part in name.split("."):
            assert hasattr(target, part), f"{path}:{name}"
            target = getattr(target, part)
