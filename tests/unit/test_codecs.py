from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest

from schemas.article import RawArticle
from streams.codecs import DecodeError, dead_letter, decode_raw_article, encode_model

LIMIT = 10_000


def decode(value: bytes | None) -> RawArticle:
    return decode_raw_article(value, max_bytes=LIMIT, max_body_chars=1000)


def test_valid_article_decodes_and_ignores_unknown_fields() -> None:
    article = decode(json.dumps({"id": "1", "title": "t", "body": "b", "extra": 1}).encode())
    assert article.id == "1" and article.schema_version == 1


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (None, "empty"),
        (b"x" * (LIMIT + 1), "too_large"),
        (b'{"id": "\xff"}', "not_utf8"),
        (b'{"id": ', "invalid_json"),
        (b"[1, 2]", "not_an_object"),
        (b'{"id": "1", "title": 3, "body": "b"}', "schema_violation"),
        (b'{"title": "t", "body": "b"}', "schema_violation"),
        (json.dumps({"id": "1", "title": "t", "body": "b" * 1001}).encode(), "body_too_long"),
        (b"[" * 5000 + b"]" * 5000, "invalid_json"),
    ],
)
def test_bad_input_names_its_reason(value: bytes | None, reason: str) -> None:
    with pytest.raises(DecodeError) as err:
        decode(value)
    assert err.value.reason == reason


def test_dead_letter_keeps_original_bytes() -> None:
    letter = dead_letter(
        topic="t",
        partition=1,
        offset=7,
        key=b"k",
        value=b"\xff\x00",
        reason="not_utf8",
        detail="d",
        stage="ingest",
        failed_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    assert base64.b64decode(letter.value_b64) == b"\xff\x00"
    assert json.loads(encode_model(letter))["offset"] == 7
