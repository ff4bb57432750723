"""Real-broker test helpers: the local broker, chipwatch workers as processes, clients.

Everything binds 127.0.0.1, uses free ports and temporary folders, and every wait is
bounded. A worker is a separate process (`chipwatch worker`), as in production.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

REPO = Path(__file__).resolve().parents[1]
KAFKA_LOCAL = REPO / "deploy" / "kafka" / "kafka-local"
CHIPWATCH = Path(sys.executable).parent / "chipwatch"


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    return free_ports(1)[0]


def free_ports(count: int) -> list[int]:
    """Return ``count`` distinct TCP ports on 127.0.0.1 that are free right now.

    The sockets stay bound until all are picked: two calls of ``free_port()`` in a row
    can get the same port back from the kernel once the first socket is closed (a broker
    was once given one port for both its listeners and did not start).
    """
    with contextlib.ExitStack() as stack:
        ports = []
        for _ in range(count):
            sock = stack.enter_context(socket.socket())
            sock.bind(("127.0.0.1", 0))
            ports.append(int(sock.getsockname()[1]))
        return ports


@dataclass
class Broker:
    """A running local broker."""

    port: int
    controller_port: int
    state_dir: Path

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _script(self, command: str, check: bool) -> None:
        env = {
            **os.environ,
            "KAFKA_PORT": str(self.port),
            "KAFKA_CONTROLLER_PORT": str(self.controller_port),
            "KAFKA_STATE_DIR": str(self.state_dir),
        }
        subprocess.run([str(KAFKA_LOCAL), command], check=check, env=env, timeout=300)

    def up(self) -> None:
        self._script("up", check=True)

    def down(self) -> None:
        self._script("down", check=False)

    def kill(self) -> None:
        """SIGKILL the broker (a crash: no clean shutdown); its data stays for ``up``."""
        pid = int((self.state_dir / "kafka.pid").read_text())
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
        raise TimeoutError(f"broker pid {pid} still alive after SIGKILL")


@contextlib.contextmanager
def local_broker(tmp: Path) -> Iterator[Broker]:
    """Start a broker for the test session; stop it after, whatever happened."""
    port, controller_port = free_ports(2)
    broker = Broker(port=port, controller_port=controller_port, state_dir=tmp / "kafka")
    broker.up()
    try:
        yield broker
    finally:
        broker.down()


@dataclass
class Names:
    """Unique app id and topic names for one test, so tests never share state."""

    suffix: str = field(default_factory=lambda: uuid.uuid4().hex[:10])

    @property
    def app_id(self) -> str:
        return f"cwtest-{self.suffix}"

    def topic(self, base: str) -> str:
        return f"{base}.{self.suffix}"

    def env(self) -> dict[str, str]:
        return {
            "CHIPWATCH_APP_ID": self.app_id,
            "CHIPWATCH_TOPIC_RAW": self.topic("articles.raw"),
            "CHIPWATCH_TOPIC_DLQ": self.topic("articles.dlq"),
            "CHIPWATCH_TOPIC_ANALYZED": self.topic("articles.analyzed"),
            "CHIPWATCH_TOPIC_ALERTS": self.topic("alerts.policy"),
            "CHIPWATCH_TOPIC_WEBHOOK_DLQ": self.topic("alerts.webhook.dlq"),
            # chipwatch's own topics (repartition, webhook backlog, catalog) are left to
            # their defaults: named after the app id, so they are this test's too.
        }

    def own(self, base: str) -> str:
        """The name of one of chipwatch's own topics, e.g. ``own("articles.by-hash")``."""
        return f"{self.app_id}.{base}"


# Data folders in use: a worker takes the first of its test's folders that no running
# (or not yet started) worker holds, as a pod of a StatefulSet keeps its volume.
_DATA_DIRS: dict[Path, Worker] = {}


def _data_dir(tmp: Path, names: Names, worker: Worker) -> Path:
    for slot in range(100):
        path = tmp / f"data-{names.suffix}-{slot}"
        holder = _DATA_DIRS.get(path)
        if holder is None or (holder.proc is not None and holder.proc.poll() is not None):
            _DATA_DIRS[path] = worker
            return path
    raise RuntimeError("more than 100 workers in one test")


class Worker:
    """A `chipwatch worker` process with its own settings, log file and web port.

    The README's defaults apply (the RocksDB store included) except for what a test
    passes as ``settings`` and the test's own names, ports, folders and partition
    counts. Each worker has its own data folder, reused when the same object is
    started again (a restart keeps its RocksDB files, as a pod keeps its volume); a
    new worker takes a folder that no other live worker of the test holds.
    """

    def __init__(self, broker: Broker, names: Names, tmp: Path, **settings: Any) -> None:
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = tmp / f"worker-{names.suffix}-{self.port}.log"
        self.env = {
            **os.environ,
            **names.env(),
            "CHIPWATCH_BROKER": f"kafka://{broker.bootstrap}",
            "CHIPWATCH_WEB_PORT": str(self.port),
            "CHIPWATCH_DATA_DIR": str(_data_dir(tmp, names, self)),
            "CHIPWATCH_PARTITIONS_RAW": "2",
            "CHIPWATCH_PARTITIONS_INTERNAL": "2",
            "CHIPWATCH_PARTITIONS_OUT": "2",
            "CHIPWATCH_LOG_LEVEL": "info",
            **{f"CHIPWATCH_{k.upper()}": str(v) for k, v in settings.items()},
        }
        self.restarts = 0  # restarts after the stall watchdog stopped the worker

    def launch(self) -> Worker:
        """Start the process and return at once (``start`` also waits until it is ready)."""
        log = open(self.log_path, "ab")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(
            [str(CHIPWATCH), "worker"], env=self.env, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        return self

    def start(self, timeout: float = 90.0) -> Worker:
        self.launch()
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited {self.proc.returncode}:\n{self.log_tail()}")
            if self.ready():
                return self
            time.sleep(0.3)
        self.stop()
        raise TimeoutError(f"worker not ready in {timeout}s:\n{self.log_tail()}")

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/readyz", timeout=2) as r:
                return bool(r.status == 200)
        except OSError:
            return False

    def get(self, path: str) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=5) as r:
            return str(r.read().decode())

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int | None:
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(timeout=10)

    def kill(self) -> None:
        self.stop(signal.SIGKILL)

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


async def produce(bootstrap: str, topic: str, messages: list[tuple[bytes | None, bytes]]) -> None:
    """Send (key, value) pairs and wait for the broker's acknowledgement of each."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for key, value in messages:
            await producer.send_and_wait(topic, value=value, key=key)
    finally:
        await producer.stop()


def reader(bootstrap: str, topic: str, **options: Any) -> AIOKafkaConsumer:
    """A consumer of ``topic`` from its start, without a group, seeing committed data only."""
    return AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        isolation_level="read_committed",
        **options,
    )


async def consume(
    bootstrap: str,
    topic: str,
    *,
    until: Any = None,
    min_count: int | None = None,
    timeout: float = 60.0,
    settle: float = 0.0,
) -> list[Any]:
    """Read ``topic`` from the beginning until ``until(records)`` or ``min_count`` holds.

    Then keep reading ``settle`` seconds more, so a test can also assert that nothing
    else (a duplicate alert, say) arrives. Bounded by ``timeout`` in every case.
    """
    consumer = reader(bootstrap, topic)
    await consumer.start()
    records: list[Any] = []
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=300)
            for recs in batch.values():
                records.extend(recs)
            done = (until is not None and until(records)) or (
                min_count is not None and len(records) >= min_count
            )
            if done:
                break
        settle_end = time.monotonic() + settle
        while time.monotonic() < settle_end:
            batch = await consumer.getmany(timeout_ms=300)
            for recs in batch.values():
                records.extend(recs)
    finally:
        await consumer.stop()
    return records


def run(coro: Any) -> Any:
    """Run a coroutine from a synchronous test."""
    return asyncio.run(coro)


async def create_topic(broker: Broker, topic: str, partitions: int = 1) -> None:
    """Create ``topic`` (replication 1), for tests that write before any app subscribes."""
    admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
    await admin.start()
    try:
        await admin.create_topics(
            [NewTopic(topic, num_partitions=partitions, replication_factor=1)]
        )
    finally:
        await admin.close()
