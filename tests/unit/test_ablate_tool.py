"""``bench/ablate_demotions.py``: it must reach every demotion and leave the judge as it was.

The tool's counts are only worth something if it disables each check the story judge
calls (a demotion added in a later round and missed by the tool would look like it never
fires) and restores every one exactly (a static method put back as a plain function
breaks every scan after it).
"""

from __future__ import annotations

import importlib.util
import inspect
import re
from pathlib import Path
from types import ModuleType

from streams.core import article

TOOL = Path(__file__).resolve().parents[2] / "bench" / "ablate_demotions.py"


def load_tool() -> ModuleType:
    """Import the bench script as a module (bench/ is no package)."""
    spec = importlib.util.spec_from_file_location("ablate_demotions", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_demotion_the_judge_calls_is_a_target() -> None:
    """Each ``demote_*`` / ``without_*`` name in ``Story.judge`` is one the tool disables."""
    tool = load_tool()
    called = set(
        re.findall(r"\b((?:demote|without)_\w+)\(", inspect.getsource(article.Story.judge))
    )
    reached = {attr for _label, _owner, attr in tool.targets()}
    assert called, "the judge's source names no demotion: the pattern above is stale"
    assert called <= reached, sorted(called - reached)


def test_disabled_restores_static_methods_and_functions() -> None:
    """After the block, a static method is still one and a module function is the same object."""
    tool = load_tool()
    before_static = vars(article.Story)["demote_unreported"]
    before_function = vars(article)["demote_impact"]
    with tool.disabled(article.Story, "demote_unreported"):
        assert vars(article.Story)["demote_unreported"] is not before_static
    with tool.disabled(article, "demote_impact"):
        assert vars(article)["demote_impact"] is not before_function
    assert vars(article.Story)["demote_unreported"] is before_static
    assert isinstance(vars(article.Story)["demote_unreported"], staticmethod)
    assert vars(article)["demote_impact"] is before_function


def test_a_without_stand_in_keeps_the_drafts() -> None:
    """A disabled ``without_*`` filter hands its drafts back untouched."""
    tool = load_tool()
    drafts: list[object] = [object(), object()]
    assert tool.no_op(article, "without_denied")("title", drafts, "lexicon") is drafts
