"""``chipwatch policies``: the policy state a worker keeps, as tables (issue 15)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

import orjson

from streams.settings import Settings

# --- policies -------------------------------------------------------------------------


def _when(value: str | None) -> str:
    """An RFC 3339 time as ``YYYY-MM-DD HH:MM`` (UTC), for tables."""
    if not value:
        return "-"
    return datetime.fromisoformat(value).astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=False)]
    lines = [header, ["-" * w for w in widths], *rows]
    return (
        "\n".join(
            "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
            for r in lines
        )
        + "\n"
    )


def format_policies(views: list[dict[str, Any]]) -> str:
    """The policy views as a table: one line per policy."""
    rows = []
    for v in views:
        last = v["alerts"][0] if v["alerts"] else {}
        rows.append(
            [
                v["key"],
                v["direction"],
                _when(v["since"]),
                _when(last.get("created_at")),
                last.get("status", "-"),
                str(len(v["reversals"])),
            ]
        )
    header = ["POLICY", "DIRECTION", "SINCE", "LAST ALERT", "STATUS", "REVERSALS"]
    return _table(header, rows)


def format_policy(view: dict[str, Any]) -> str:
    """One policy's view: its state, its last alerts, its reversals."""
    out = [
        f"{view['key']}: {view['direction']} since {_when(view['since'])} "
        f"(updated {_when(view['updated_at'])})\n",
        "\nlast alerts\n",
        _table(
            ["TIME", "STATUS", "ACTION", "DIRECTION", "ALERT", "EVIDENCE"],
            [
                [
                    _when(a["created_at"]),
                    a["status"],
                    a["action"],
                    a["direction"],
                    a["alert_id"][:12],
                    a["evidence"][:80],
                ]
                for a in view["alerts"]
            ],
        ),
    ]
    if view["reversals"]:
        out.append("\nreversals\n")
        out.append(
            _table(
                ["AT", "FROM", "TO", "ALERT"],
                [
                    [_when(c["at"]), c["from_direction"], c["to_direction"], c["alert_id"][:12]]
                    for c in view["reversals"]
                ],
            )
        )
    return "".join(out)


def _api_get(url: str, token: str | None) -> tuple[int, Any]:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"accept": "application/json"})
    if token:
        request.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return int(answer.status), orjson.loads(answer.read())
    except urllib.error.HTTPError as err:
        try:
            return int(err.code), orjson.loads(err.read())
        except orjson.JSONDecodeError:
            return int(err.code), {"error": err.reason}


def cmd_policies(args: argparse.Namespace) -> int:
    """Print the state of each policy (or one), from a worker's ``GET /policies``."""
    from urllib.parse import quote, urlencode

    settings = Settings()
    host = "127.0.0.1" if settings.web_host in ("0.0.0.0", "::") else settings.web_host
    base = (args.url or f"http://{host}:{settings.web_port}").rstrip("/")
    token = settings.webhook_api_token.get_secret_value() if settings.webhook_api_token else None
    if args.key:
        url = f"{base}/policies/{quote(args.key, safe='')}"
    else:
        filters = {
            k: getattr(args, k)
            for k in ("jurisdiction", "product", "flow", "direction")
            if getattr(args, k) is not None
        }
        url = f"{base}/policies" + (f"?{urlencode(filters)}" if filters else "")
    try:
        status, body = _api_get(url, token)
    except OSError as err:
        sys.stderr.write(f"chipwatch policies: {base}: {err}\n")
        return 2
    if status != 200:
        problem = body.get("error", body) if isinstance(body, dict) else body
        sys.stderr.write(f"chipwatch policies: {status}: {problem}\n")
        return 1
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(body, option=orjson.OPT_INDENT_2) + b"\n")
    elif args.key:
        sys.stdout.write(format_policy(body))
    else:
        sys.stdout.write(format_policies(body["policies"]))
    return 0
