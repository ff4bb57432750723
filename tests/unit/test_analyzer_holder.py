"""The worker's analyzer: built on a thread while the worker starts, swapped on a new catalog.

``AnalyzerHolder`` hands the agents the analyzer in use; the worker's first one comes from
``build_in_background`` (``create_app(..., background_build=True)``), and ``/readyz``
waits for it. A catalog update keeps the detector and builds a new tagger.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from schemas.article import RawArticle
from streams.app import BUILD_SWITCH_INTERVAL_SECONDS, build_in_background
from streams.core.analyze import Analyzer
from streams.core.catalog import load_catalog
from streams.core.detect import load_patterns
from streams.pipeline import AnalyzerHolder
from streams.web import readiness

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _ready_app() -> SimpleNamespace:
    """A started app whose tables are recovered: ready, as far as Faust is concerned."""
    recovered = threading.Event()
    recovered.set()
    return SimpleNamespace(
        started=True,
        rebalancing=False,
        tables=SimpleNamespace(recovery=SimpleNamespace(completed=recovered)),
        consumer=SimpleNamespace(assignment=lambda: {"p0"}),
    )


def test_current_waits_for_the_first_build(analyzer: Analyzer) -> None:
    """An article that comes before the build is done waits for it, then gets it."""
    build: Future[Analyzer] = Future()
    holder = AnalyzerHolder(build, entries=3)
    assert not holder.built
    with ThreadPoolExecutor(1) as pool:
        asked = pool.submit(lambda: holder.current)
        done, _ = wait([asked], timeout=0.2)
        assert not done  # blocked on the build, not given None
        build.set_result(analyzer)
        assert asked.result(timeout=10) is analyzer
    assert holder.built
    assert holder.current is analyzer


def test_readyz_waits_for_the_analyzer(analyzer: Analyzer) -> None:
    """Recovered tables are not enough: the worker is ready once its analyzer is built."""
    build: Future[Analyzer] = Future()
    holder = AnalyzerHolder(build, entries=3)
    app = _ready_app()
    ready, facts = readiness(app, holder)
    assert (ready, facts["analyzer_built"], facts["tables_recovered"]) == (False, False, True)
    build.set_result(analyzer)
    ready, facts = readiness(app, holder)
    assert (ready, facts["analyzer_built"]) == (True, True)


def test_on_built_runs_once_the_build_is_done(analyzer: Analyzer) -> None:
    """The callback waits for a running build; with a built analyzer it runs at once."""
    calls: list[str] = []
    build: Future[Analyzer] = Future()
    pending = AnalyzerHolder(build, entries=3)
    pending.on_built(lambda: calls.append("pending"))
    assert calls == []
    build.set_result(analyzer)
    assert calls == ["pending"]
    AnalyzerHolder(analyzer, entries=3).on_built(lambda: calls.append("built"))
    assert calls == ["pending", "built"]


def _catalog_with_a_new_firm() -> bytes:
    """The bundled catalog plus a firm of our own invention."""
    data = yaml.safe_load((ROOT / "streams" / "catalog" / "catalog.yaml").read_bytes())
    data["entries"].append({"name": "Quillmark Semis", "type": "firm", "aliases": []})
    return json.dumps(data).encode()


def test_a_catalog_update_keeps_the_detector_and_tags_the_new_entry(analyzer: Analyzer) -> None:
    """Only the tagger is rebuilt; the new firm is tagged, the events are the same."""
    holder = AnalyzerHolder(analyzer, entries=1)
    entries = holder.apply(_catalog_with_a_new_firm())
    updated = holder.current
    assert updated.detector is analyzer.detector
    assert entries == holder.entries and holder.updates == 1
    article = RawArticle(
        id="a-1",
        title="Commerce Department restricts exports of AI chips to China",
        body="Quillmark Semis said it would apply for licences to ship its accelerators.",
        url="https://example.org/a-1",
        source="example",
        published_at=NOW,
        lang="en",
    )
    before, after = analyzer.analyze(article, NOW), updated.analyze(article, NOW)
    assert "Quillmark Semis" not in {f.name for f in before.firms}
    assert "Quillmark Semis" in {f.name for f in after.firms}
    assert after.events == before.events and after.events


def test_a_catalog_update_keeps_the_cldr_state_names(analyzer: Analyzer) -> None:
    """A published catalog gets the bundled CLDR names of its states, as the file did."""
    holder = AnalyzerHolder(analyzer, entries=1)
    holder.apply(_catalog_with_a_new_firm())
    text = "O governo dos Países Baixos"  # no other alias inside it ("Korea" is in "Zuid-Korea")
    for tagger in (analyzer.tagger, holder.current.tagger):
        assert "NL" in {m.name for m in tagger.find(text)}


def test_a_build_that_fails_stops_the_process_with_its_reason(tmp_path: Path) -> None:
    """No worker without an analyzer: the build's thread exits with EX_CONFIG and logs why."""
    script = (
        "import time\n"
        "from streams.app import build_in_background\n"
        "from streams.core.catalog import load_catalog\n"
        "from streams.logs import setup_logging\n"
        "setup_logging('info')\n"
        # No patterns: the detector cannot be built (any exception takes this path).
        "build_in_background(load_catalog(), None).result(timeout=60)\n"
        "print('not reached')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 78
    assert "not reached" not in done.stdout
    lines = [json.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    assert any("analyzer could not be built" in line.get("message", "") for line in lines)


def test_the_build_thread_gives_back_the_switch_interval() -> None:
    """The shorter switch interval lasts the build only; then the interpreter's own is back."""
    before = sys.getswitchinterval()
    analyzer = build_in_background(load_catalog(), load_patterns()).result(timeout=120)
    assert isinstance(analyzer, Analyzer)
    assert sys.getswitchinterval() == before != BUILD_SWITCH_INTERVAL_SECONDS


@pytest.mark.asyncio
async def test_ready_awaits_the_first_build_while_the_loop_goes_on(analyzer: Analyzer) -> None:
    """What the agents ask: the event loop runs other work while the build finishes."""
    build: Future[Analyzer] = Future()
    holder = AnalyzerHolder(build, entries=3)
    ticks = 0

    async def other_work() -> None:  # heartbeats, /readyz, the other agents
        nonlocal ticks
        while not holder.built:
            ticks += 1
            if ticks == 5:  # the build ends on its own thread while the loop runs
                threading.Thread(target=build.set_result, args=(analyzer,)).start()
            await asyncio.sleep(0)

    def unblock() -> None:  # a ready() that blocked the loop is freed, and fails below
        if not build.done():
            build.set_result(analyzer)

    safety = threading.Timer(20, unblock)
    safety.start()
    try:
        waiter = asyncio.ensure_future(holder.ready())
        await other_work()
        assert await waiter is analyzer
    finally:
        safety.cancel()
    assert ticks >= 5
    assert await AnalyzerHolder(analyzer, entries=3).ready() is analyzer
