"""Helpers of the ``chipwatch`` commands: exit codes, input lines, progress on a terminal."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from tqdm import tqdm

log = logging.getLogger("chipwatch.cli")


T = TypeVar("T")

EXIT_INTERRUPTED = 130  # 128 + SIGINT: Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of stdout went away
STDIN_CHUNK = 65_536


def progress(total: int | None, unit: str) -> Any:
    """A progress bar on stderr, shown only when stderr is a terminal."""
    # Progress only for people: a pipe or a CI log gets none of the carriage returns.
    return tqdm(total=total, unit=unit, file=sys.stderr, disable=not sys.stderr.isatty())


def read_lines(path: str) -> Iterator[bytes]:
    """The lines of a file, or of stdin for ``-``, as bytes."""
    if path == "-":
        yield from sys.stdin.buffer
        return
    with open(path, "rb") as handle:
        yield from handle


def counted(items: Iterable[T], bar: Any) -> Iterator[T]:
    """Yield ``items``, advancing ``bar`` by one for each."""
    for item in items:
        bar.update(1)
        yield item


def count_lines(path: str) -> int | None:
    """The number of lines of a file (for a progress total); None for stdin."""
    if path == "-":
        return None
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)
