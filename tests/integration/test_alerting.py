"""Alert grouping through the real broker: corroboration and reversals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.kafka_harness import Broker, Names, Worker, consume, produce, run

pytestmark = pytest.mark.integration

OUTLETS = ["Harbour Daily", "Pacific Ledger", "Market Wire", "Lowland Times", "Metro Tech"]


def _msg(article_id: str, source: str, title: str, body: str) -> tuple[bytes, bytes]:
    article = {
        "id": article_id,
        "source": source,
        "title": title,
        "body": body,
        "published_at": "2026-11-25T09:00:00Z",
    }
    return article_id.encode(), json.dumps(article).encode()


def _values(records: list[Any]) -> list[dict[str, Any]]:
    return [json.loads(r.value) for r in records]


def test_five_outlets_make_one_new_alert_and_corroborating_updates(
    broker: Broker, tmp_path: Path
) -> None:
    names = Names()
    # No throttle here, so that every new outlet yields its update (the unit tests cover
    # the throttle itself).
    worker = Worker(broker, names, tmp_path, alert_update_interval_seconds=0).start()
    try:
        messages = [
            _msg(
                f"story-{i}",
                outlet,
                f"Tokyo tightens chip tool exports ({outlet})",
                f"Japan's trade ministry has restricted exports of chipmaking equipment to "
                f"China, {outlet} reported, adding 23 items to its control list.",
            )
            for i, outlet in enumerate(OUTLETS)
        ]
        run(produce(broker.bootstrap, names.topic("articles.raw"), messages))
        alerts = _values(
            run(
                consume(
                    broker.bootstrap,
                    names.topic("alerts.policy"),
                    min_count=5,
                    timeout=90,
                    settle=2.0,
                )
            )
        )
        jp = [a for a in alerts if a["event"]["jurisdiction"] == "JP"]
        assert [a["status"] for a in jp] == ["new", "update", "update", "update", "update"]
        assert [a["corroboration"] for a in jp] == [1, 2, 3, 4, 5]
        assert len({a["event_key"] for a in jp}) == 1
        assert len({a["alert_id"] for a in jp}) == 5
    finally:
        worker.stop()


def test_halt_then_approval_of_the_same_product_is_a_reversal(
    broker: Broker, tmp_path: Path
) -> None:
    names = Names()
    worker = Worker(broker, names, tmp_path).start()
    try:
        halt = _msg(
            "halt-1",
            "Harbour Daily",
            "China halts H200 imports",
            "Chinese customs officials have halted imports of Nvidia's H200 chips.",
        )
        run(produce(broker.bootstrap, names.topic("articles.raw"), [halt]))
        first = _values(
            run(consume(broker.bootstrap, names.topic("alerts.policy"), min_count=1, timeout=60))
        )
        assert first[0]["event"]["direction"] == "tightening" and not first[0]["reversal"]
        approval = _msg(
            "approve-1",
            "Pacific Ledger",
            "China approves H200 imports",
            "Chinese regulators have approved imports of Nvidia's H200 chips by Tencent.",
        )
        run(produce(broker.bootstrap, names.topic("articles.raw"), [approval]))
        alerts = _values(
            run(consume(broker.bootstrap, names.topic("alerts.policy"), min_count=2, timeout=60))
        )
        second = alerts[1]
        assert second["event"]["direction"] == "easing"
        assert second["reversal"] is True and second["previous_direction"] == "tightening"
        assert second["severity"] in {"high", "critical"}
    finally:
        worker.stop()
