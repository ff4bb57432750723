"""Start `chipwatch worker` again and again; count the starts that never become ready.

The loop behind docs/operations.md, "A worker stuck at its first group join": each round
starts one worker (fresh app id, topics and group) on the harness broker, a new broker
each round with ``--fresh-broker`` (its first group join also creates
``__consumer_offsets``), waits at most ``--timeout`` seconds for ``/readyz`` 200, and on
a worker that is not ready saves its log and a ``py-spy dump`` of it (when py-spy is
installed: ``pip install py-spy``) in ``--out``. One JSON line per round (seconds to
ready, the 1-minute load), then a summary line. Bounded: ``--rounds`` rounds, every
process stopped at the end. Load the machine yourself if you want it loaded.

    .venv/bin/python bench/start_loop.py --rounds 10 --fresh-broker --fault-settings
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.kafka_harness import Broker, Names, Worker, free_ports


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--fresh-broker", action="store_true", help="a new broker every round")
    ap.add_argument(
        "--fault-settings", action="store_true", help="the fault tests' worker settings"
    )
    ap.add_argument("--timeout", type=float, default=90.0, help="seconds to ready")
    ap.add_argument("--out", type=Path, default=Path("start-loop-out"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    settings: dict[str, Any] = {}
    if args.fault_settings:
        from tests.integration.faultkit import FAULT_SETTINGS

        settings = dict(FAULT_SETTINGS)
    pyspy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    tmp = Path(tempfile.mkdtemp(prefix="start-loop-"))
    broker: Broker | None = None
    starts = hung = 0
    try:
        for i in range(args.rounds):
            if broker is None or args.fresh_broker:
                if broker is not None:
                    broker.down()
                port, controller_port = free_ports(2)
                broker = Broker(port, controller_port, tmp / f"kafka-{i}")
                broker.up()
            worker = Worker(broker, Names(), tmp, **settings).launch()
            assert worker.proc is not None
            began = time.monotonic()
            ready: float | str | None = None
            while ready is None and time.monotonic() - began < args.timeout:
                if worker.proc.poll() is not None:
                    ready = f"exit {worker.proc.returncode}"
                elif worker.ready():
                    ready = round(time.monotonic() - began, 1)
                else:
                    time.sleep(0.3)
            starts += 1
            if ready is None:
                hung += 1
                shutil.copy(worker.log_path, args.out / f"round-{i}.log")
                if Path(pyspy).exists():
                    dump = subprocess.run(
                        [pyspy, "dump", "--pid", str(worker.proc.pid)],
                        capture_output=True,
                        text=True,
                        timeout=60,
                    )
                    (args.out / f"round-{i}.pyspy").write_text(dump.stdout + dump.stderr)
            load = Path("/proc/loadavg").read_text().split()[0]
            print(json.dumps({"round": i, "ready_seconds": ready, "load": load}), flush=True)
            worker.stop()
    finally:
        if broker is not None:
            broker.down()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"starts {starts}, not ready in {args.timeout:.0f}s: {hung}", flush=True)
    return 1 if hung else 0


if __name__ == "__main__":
    raise SystemExit(main())
