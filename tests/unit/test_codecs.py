from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest

from schemas.article import RawArticle
from streams.codecs import (
    DecodeError,
    dead_letter,
    decode_raw_article,
    encode_model,
    policy_state_due,
)
from streams.core.alerts import PolicyState

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
        # Neither UTF-8 nor JSON: UTF-8 is checked first; a UTF-8-encoded surrogate is
        # not UTF-8 either (orjson, reading the bytes, refuses what Python's codec does).
        (b'{"id": \xff', "not_utf8"),
        (b'{"id": "\xed\xa0\x80", "title": "t", "body": "b"}', "not_utf8"),
        (b'\xef\xbb\xbf{"id": "1", "title": "t", "body": "b"}', "invalid_json"),
        (b'{"id": ', "invalid_json"),
        (b"[1, 2]", "not_an_object"),
        (b'{"id": "1", "title": 3, "body": "b"}', "schema_violation"),
        (b'{"title": "t", "body": "b"}', "schema_violation"),
        (json.dumps({"id": "1", "title": "t", "body": "b" * 1001}).encode(), "body_too_long"),
        (b"[" * 5000 + b"]" * 5000, "invalid_json"),
        # Issue 13.4: dates at the edges validated, then overflowed in the alert step.
        (b'{"id":"1","title":"t","body":"b","published_at":"9999-12-31T23:59:59-05:00"}',
         "published_at_out_of_range"),
        (b'{"id":"1","title":"t","body":"b","published_at":"0001-01-01T00:00:00+05:00"}',
         "published_at_out_of_range"),
        (b'{"id":"1","title":"t","body":"b","published_at":"9999-01-01T00:00:00Z"}',
         "published_at_out_of_range"),
        (b'{"id":"1","title":"t","body":"b","published_at":"1989-12-31T22:59:59-01:00"}',
         "published_at_out_of_range"),
        (b'{"id":"1","title":"t","body":"b","published_at":"2100-01-01T00:00:00Z"}',
         "published_at_out_of_range"),
        (b'{"id":"1","title":3,"body":"b","published_at":"9999-01-01T00:00:00Z"}',
         "schema_violation"),
    ],
)  # fmt: skip
def test_bad_input_names_its_reason(value: bytes | None, reason: str) -> None:
    with pytest.raises(DecodeError) as err:
        decode(value)
    assert err.value.reason == reason


@pytest.mark.parametrize(
    "when",
    ["1990-01-01T00:00:00Z", "1989-12-31T23:30:00-01:00", "2099-12-31T23:59:59Z",
     "2100-01-01T00:30:00+01:00", "2026-11-25T07:00:00"],
)  # fmt: skip
def test_publication_dates_inside_the_range_are_accepted(when: str) -> None:
    value = json.dumps({"id": "1", "title": "t", "body": "b", "published_at": when}).encode()
    assert decode(value).published_at is not None


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


def test_alert_is_a_binary_mode_cloudevent_with_the_alert_id() -> None:
    from cloudevents.core.bindings.kafka import KafkaMessage, from_binary
    from cloudevents.core.formats.json import JSONFormat

    from schemas.alert import Alert, AlertArticle
    from schemas.article import PolicyEvent
    from streams.codecs import encode_alert

    when = datetime(2026, 11, 25, tzinfo=UTC)
    event = PolicyEvent(
        jurisdiction="CN",
        action="approve",
        flow="import",
        direction="easing",
        products=["H200"],
        primary=True,
        evidence="e",
        confidence=0.9,
    )
    alert = Alert(
        alert_id="a1b2",
        event_key="CN|import|H200|easing|2026-11-25",
        status="new",
        revision=1,
        severity="high",
        title="t",
        summary="s",
        event=event,
        article=AlertArticle(id="x", title="t"),
        created_at=when,
        first_seen_at=when,
    )
    key, value, headers = encode_alert(alert, "urn:test")
    assert key == alert.event_key.encode()
    assert Alert.model_validate_json(value) == alert  # the value is the plain alert JSON
    names = dict(headers)
    assert names["ce_id"] == b"a1b2" and names["ce_specversion"] == b"1.0"
    assert names["content-type"] == b"application/json"
    back = from_binary(KafkaMessage(headers=names, key=key, value=value), JSONFormat())
    assert back.get_type() == "io.chipwatch.policy.alert.v1"
    assert back.get_source() == "urn:test" and back.get_time() == when


@pytest.mark.parametrize("due", [None, 1764057600.0, 1764057600.125, 1e-7, -5.5])
def test_the_flush_reads_an_alert_states_due_time_from_its_first_bytes(due: float | None) -> None:
    value = encode_model(PolicyState(due=due))
    assert policy_state_due(value) == (float("inf") if due is None else due)


def test_an_alert_state_without_a_due_time_up_front_must_be_decoded() -> None:
    # A value an older version wrote (no ``due``), or one whose fields come in another
    # order: "due now", so that the timer decodes it and flush_due sets it.
    assert policy_state_due(b'{"groups":{},"directions":{},"retired":[]}') == float("-inf")
    assert policy_state_due(b'{"groups":{},"due":null}') == float("-inf")


@pytest.mark.parametrize(
    ("near", "similarity"),
    [
        (None, None),
        ("wire-1", 0.5),
        ("wire-1", 1.0),
        ('a"quote\\and\u00e9\u4e2d\u0007', 0.8125),
        ("x", 0.0001),
        ("x", 1e-07),
        ("x", 0.6666666666666666),
    ],
)
def test_a_cluster_written_into_the_bytes_is_the_encoded_article(
    near: str | None, similarity: float | None
) -> None:
    # The near-dup agent writes the cluster into the article's JSON instead of decoding
    # and encoding the whole article: it must be exactly what encode_model writes.
    from schemas.article import AnalyzedArticle, EntityRef
    from streams.codecs import with_cluster

    article = AnalyzedArticle(
        id="site-2",
        content_hash="ab" * 32,
        title="Beijing \u201clets\u201d tech giants buy H200",
        source='Harbour "Daily"',
        published_at=datetime(2026, 1, 2, tzinfo=UTC),
        ingested_at=datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC),
        firms=[EntityRef(name="Nvidia", type="firm", mentions=2)],
    )
    placed = article.model_copy(update={"near_duplicate_of": near, "similarity": similarity})
    assert with_cluster(encode_model(article), near, similarity) == encode_model(placed)


def test_only_an_article_without_a_cluster_takes_one() -> None:
    from streams.codecs import with_cluster

    with pytest.raises(ValueError):
        with_cluster(b'{"id":"x","near_duplicate_of":"y","similarity":0.9}', "z", 0.7)


def test_candidate_headers_read_back() -> None:
    from streams.codecs import candidate_headers, read_candidate_headers

    when = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    headers = candidate_headers(when, "rensa-r1-128-42-3", "c2ln", True)
    for form in (headers, tuple(headers), dict(headers)):  # Kafka pairs, Faust's dict
        got = read_candidate_headers(form)
        assert got is not None
        assert got.ingested_at == when.timestamp()
        assert (got.scheme, got.signature, got.primary) == ("rensa-r1-128-42-3", "c2ln", True)
    bare = read_candidate_headers(candidate_headers(when, "s", None, False))
    assert bare is not None and (bare.signature, bare.primary) == (None, False)
    assert read_candidate_headers(None) is None  # a ClusterCandidate of the version before
    assert read_candidate_headers([("ce_id", b"x")]) is None
