"""Issue 13.9: the CLI on pipes and Ctrl-C, with real processes, pipes and signals.

Conventions tested: Ctrl-C (SIGINT to the process) ends a command with status 130 and
no traceback; a reader that closes the pipe ends it quietly with status 141 (128 +
SIGPIPE, as ``cat`` or ``grep`` report). Every wait is bounded; every process is killed
at the end whatever happened. ``produce`` and ``tail`` talk to the session broker.
"""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import pytest

from tests.kafka_harness import CHIPWATCH, Broker, Names, consume, create_topic, produce, run

pytestmark = pytest.mark.integration

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples" / "articles.jsonl"


def _samples() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def _start(
    procs: list[subprocess.Popen[bytes]],
    args: list[str],
    env: dict[str, str] | None = None,
    stdin: Any = subprocess.DEVNULL,
) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [str(CHIPWATCH), *args],
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )
    procs.append(proc)
    return proc


def _line(stream: IO[bytes] | None, timeout: float = 60.0) -> bytes:
    """One line from a process's stdout, or fail after ``timeout`` (a thread-free poll)."""
    assert stream is not None
    os.set_blocking(stream.fileno(), False)
    deadline, data = time.monotonic() + timeout, b""
    while time.monotonic() < deadline:
        chunk = stream.read1(65_536) if hasattr(stream, "read1") else stream.read()
        if chunk:
            data += chunk
            if b"\n" in data:
                return data.split(b"\n", 1)[0]
        time.sleep(0.05)
    raise AssertionError(f"no line in {timeout}s (got {data[:200]!r})")


def _finish(proc: subprocess.Popen[bytes], timeout: float = 30.0) -> tuple[int, str]:
    """Wait for the exit; return the status and stderr."""
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    assert proc.stderr is not None
    return proc.returncode, proc.stderr.read().decode(errors="replace")


def _quiet(stderr: str) -> None:
    for word in ("Traceback", "BrokenPipeError", "KeyboardInterrupt", "Exception ignored"):
        assert word not in stderr, stderr[-3000:]


def _closed_early(proc: subprocess.Popen[bytes]) -> tuple[int, str]:
    """Read one line of output, then close the pipe as `head -1` does."""
    assert proc.stdout is not None
    assert _line(proc.stdout)
    proc.stdout.close()
    return _finish(proc)


def test_scan_into_a_closed_pipe_exits_quietly_with_141(
    tmp_path: Path, procs: list[subprocess.Popen[bytes]]
) -> None:
    lines = [json.dumps({**a, "id": f"{a['id']}-{i}"}) for i in range(300) for a in _samples()]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with source.open("rb") as stdin:  # `chipwatch scan - < in.jsonl | head -1`
        status, stderr = _closed_early(_start(procs, ["scan", "-"], stdin=stdin))
    assert status == 141, stderr[-3000:]
    _quiet(stderr)


def test_backtest_into_a_closed_pipe_exits_quietly_with_141(
    tmp_path: Path, procs: list[subprocess.Popen[bytes]]
) -> None:
    seed, start = _samples()[0], datetime(2024, 1, 1, 8, tzinfo=UTC)
    lines = [  # one policy story a day: a new alert a day, far more than a pipe holds
        json.dumps(
            {
                **seed,
                "id": f"d{day}",
                "body": f"{seed['body']}\nDay {day}.",
                "published_at": (start + timedelta(days=day)).isoformat(),
            }
        )
        for day in range(600)
    ]
    source = tmp_path / "archive.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, stderr = _closed_early(_start(procs, ["backtest", str(source)]))
    assert status == 141, stderr[-3000:]
    _quiet(stderr)


@pytest.mark.parametrize("command", ["scan", "backtest"])
def test_ctrl_c_on_stdin_input_exits_with_130(
    command: str, procs: list[subprocess.Popen[bytes]]
) -> None:
    proc = _start(procs, [command, "-"], stdin=subprocess.PIPE)
    assert proc.stdin is not None
    proc.stdin.write((json.dumps(_samples()[2]) + "\n").encode())
    proc.stdin.flush()  # and stdin stays open: the command waits for more
    if command == "scan":
        assert _line(proc.stdout)  # it is reading stdin now
    else:
        time.sleep(4.0)  # backtest reads all of stdin first: give it time to get there
    proc.send_signal(signal.SIGINT)
    status, stderr = _finish(proc, timeout=15)
    assert status == 130, stderr[-3000:]
    _quiet(stderr)


def test_produce_from_a_terminal_stops_at_the_first_ctrl_c(
    broker: Broker, procs: list[subprocess.Popen[bytes]]
) -> None:
    names = Names()
    topic = names.topic("articles.raw")
    run(create_topic(broker, topic))
    main, terminal = pty.openpty()  # stdin is a terminal, as in the issue
    try:
        env = {"CHIPWATCH_BROKER": f"kafka://{broker.bootstrap}"}
        proc = _start(procs, ["produce", "-", "--topic", topic], env=env, stdin=terminal)
        for article in _samples()[:2]:
            os.write(main, (json.dumps(article) + "\n").encode())
        records = run(consume(broker.bootstrap, topic, min_count=2, timeout=60))
        assert [r.key for r in records] == [b"cw-001", b"cw-001-resend"]
        proc.send_signal(signal.SIGINT)  # once
        status, stderr = _finish(proc, timeout=15)
    finally:
        os.close(main)
        os.close(terminal)
    assert status == 130, stderr[-3000:]
    _quiet(stderr)
    assert '"messages": 2' in stderr, stderr[-2000:]


def test_tail_exits_130_on_ctrl_c_and_141_into_a_closed_pipe(
    broker: Broker, procs: list[subprocess.Popen[bytes]]
) -> None:
    names = Names()
    topic = names.topic("alerts.policy")
    run(create_topic(broker, topic))
    run(produce(broker.bootstrap, topic, [(b"k", b'{"n": %d}' % i) for i in range(3)]))
    env = {"CHIPWATCH_BROKER": f"kafka://{broker.bootstrap}"}
    args = ["tail", "--topic", topic, "--from-beginning"]

    interrupted = _start(procs, args, env=env)
    assert _line(interrupted.stdout) == b'{"n": 0}'
    interrupted.send_signal(signal.SIGINT)
    status, stderr = _finish(interrupted, timeout=15)
    assert status == 130, stderr[-3000:]
    _quiet(stderr)

    piped = _start(procs, args, env=env)
    assert piped.stdout is not None
    assert _line(piped.stdout) == b'{"n": 0}'
    piped.stdout.close()  # `| head -1`
    run(produce(broker.bootstrap, topic, [(b"k", b'{"n": 3}')]))  # the next write fails
    status, stderr = _finish(piped, timeout=30)
    assert status == 141, stderr[-3000:]
    _quiet(stderr)
