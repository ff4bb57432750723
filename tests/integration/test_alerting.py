"""Alert grouping through the real broker: corroboration and reversals."""

from __future__ import annotations

import json
import time
from datetime import datetime
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


def _jp(i: int, outlet: str) -> tuple[bytes, bytes]:
    return _msg(
        f"held-{i}",
        outlet,
        f"Tokyo tightens chip tool exports ({outlet})",
        f"Japan's trade ministry has restricted exports of chipmaking equipment to China, "
        f"{outlet} reported, adding 23 items to its control list.",
    )


def test_a_held_back_update_is_sent_when_its_interval_has_passed_and_survives_a_restart(
    broker: Broker, tmp_path: Path
) -> None:
    # The update interval is 3 s instead of 10 min, and the flush timer looks every
    # 0.5 s instead of 30 s, so that the hold-back is seen within the test's time; the
    # store is RocksDB (the default) because the timer writes its partitions directly.
    names = Names()
    settings = {
        "store": "rocksdb://",
        "alert_update_interval_seconds": 3,
        "alert_flush_interval_seconds": 0.5,
    }
    topic = names.topic("alerts.policy")
    worker = Worker(broker, names, tmp_path, **settings).start()
    try:
        run(produce(broker.bootstrap, names.topic("articles.raw"), [_jp(0, OUTLETS[0])]))
        run(consume(broker.bootstrap, topic, min_count=1, timeout=60))
        # A second outlet at once: within the interval, so held back, and no third
        # report comes to carry it.
        run(produce(broker.bootstrap, names.topic("articles.raw"), [_jp(1, OUTLETS[1])]))
        alerts = _values(run(consume(broker.bootstrap, topic, min_count=2, timeout=60)))
        new, update = alerts
        assert (new["status"], update["status"]) == ("new", "update")
        assert update["article"]["id"] == "held-1" and update["corroboration"] == 2
        assert update["sources"] == OUTLETS[:2]
        held = datetime.fromisoformat(update["created_at"]) - datetime.fromisoformat(
            new["created_at"]
        )
        assert held.total_seconds() >= 3
    finally:
        worker.stop()
    # Restarted on the same data: the flush and its delivery are remembered, so the
    # update is not sent again, and the next report is the third revision.
    worker = Worker(broker, names, tmp_path, **settings).start()
    try:
        time.sleep(3.5)  # past the interval, and several flush ticks
        run(produce(broker.bootstrap, names.topic("articles.raw"), [_jp(2, OUTLETS[2])]))
        alerts = _values(run(consume(broker.bootstrap, topic, min_count=3, timeout=60, settle=3)))
        assert [(a["status"], a["revision"], a["corroboration"]) for a in alerts] == [
            ("new", 1, 1),
            ("update", 2, 2),
            ("update", 3, 3),
        ]
        assert len({a["alert_id"] for a in alerts}) == 3
    finally:
        worker.stop()
