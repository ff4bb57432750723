"""A minimal Faust agent (one hop, no analysis) that also reads a quiet topic.

The fetch stall in isolation: `bench/run.py`'s `fetch_wait` phase runs it at Faust's stock
fetch wait (1.5 s) and at chipwatch's setting, through chipwatch's transport hook
(streams/transport.py), with chipwatch's producer settings. Input is loaded first, so
any pause in the output is the worker idling while input waits.

Usage: python bench/faust_passthrough.py --broker HOST:PORT --app-id ID --src T --dst T
           --quiet T --fetch-wait SECONDS --data-dir DIR --web-port PORT
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import faust

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from streams.settings import Settings
from streams.transport import install


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("broker", "app-id", "src", "dst", "quiet", "data-dir", "web-port"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--fetch-wait", type=float, required=True)
    args = parser.parse_args()
    settings = Settings(consumer_fetch_max_wait_seconds=args.fetch_wait)
    app = faust.App(
        args.app_id,
        broker=f"kafka://{args.broker}",
        store="memory://",
        datadir=args.data_dir,
        web_port=int(args.web_port),
        web_bind="127.0.0.1",
        consumer_auto_offset_reset="earliest",
        topic_partitions=4,
        producer_linger=settings.producer_linger_seconds,
        producer_max_batch_size=256 * 1024,
    )
    install(app, settings)
    raw: dict[str, Any] = {"key_type": bytes, "value_type": bytes, "value_serializer": "raw"}
    src = app.topic(args.src, **raw, key_serializer="raw")
    dst = app.topic(args.dst, **raw, key_serializer="raw")
    quiet = app.topic(args.quiet, **raw, key_serializer="raw")

    @app.agent(src)  # type: ignore[untyped-decorator]
    async def copy(stream: Any) -> None:
        async for event in stream.events():
            await dst.send(key=event.message.key, value=event.message.value)

    @app.agent(quiet)  # type: ignore[untyped-decorator]
    async def listen(stream: Any) -> None:
        async for _ in stream:
            pass

    sys.argv = [sys.argv[0], "worker", "--loglevel", "warn"]
    app.main()


if __name__ == "__main__":
    main()
