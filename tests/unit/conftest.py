"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The bundled catalog and patterns, built once (the analyzer holds no state)."""
    return Analyzer.build(load_catalog(), load_patterns())
