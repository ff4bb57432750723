"""Before Faust starts: the data-directory check, which broker errors mean "wait".

The worker-level behaviour (a worker waiting for its broker, an unwritable data
directory, a disk that fills up) is tested on a real broker in
``tests/integration/test_faults_more.py``.
"""

from __future__ import annotations

from pathlib import Path

from aiokafka.errors import KafkaConnectionError, TopicAuthorizationFailedError

from streams.faust_io import is_store_failure
from streams.startup import _retriable, data_dir_problem


def test_a_writable_directory_passes_and_is_created(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b"
    assert data_dir_problem(target) is None
    assert target.is_dir()
    assert list(target.iterdir()) == []  # the probe is gone


def test_a_path_under_a_regular_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    """The one unwritable path that stops root too, whatever the permission bits."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    problem = data_dir_problem(blocker / "data")
    assert problem is not None
    assert "ENOTDIR" in problem and str(blocker) in problem


def test_connection_failures_mean_wait_and_refusals_do_not() -> None:
    assert _retriable(KafkaConnectionError("Unable to bootstrap"))
    assert _retriable(ConnectionRefusedError(111, "refused"))
    assert _retriable(TimeoutError())
    assert not _retriable(TopicAuthorizationFailedError())
    assert not _retriable(ValueError("bad settings"))


def _raise_from(filename: str) -> BaseException:
    code = compile("raise Exception('IO error: No space left on device')", filename, "exec")
    try:
        exec(code, {})
    except Exception as err:
        return err
    raise AssertionError("did not raise")


def test_an_error_raised_inside_the_table_store_is_a_store_failure() -> None:
    # RocksDB raises a plain Exception("IO error: ..."): where it comes from decides.
    store = "/venv/lib/python3.11/site-packages/faust/stores/rocksdb.py"
    assert is_store_failure(_raise_from(store))
    assert not is_store_failure(_raise_from("/work/streams/core/alerts.py"))
