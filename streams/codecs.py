"""Where bytes become models and models become bytes. Nothing else decodes Kafka values."""

from __future__ import annotations

import base64
import math
import re
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

import orjson
from cloudevents.core.bindings.kafka import to_binary
from cloudevents.core.formats.json import JSONFormat
from cloudevents.core.v1.event import CloudEvent
from pydantic import BaseModel, Field, ValidationError

from schemas.alert import Alert
from schemas.article import PUBLISHED_OUT_OF_RANGE, RawArticle
from schemas.deadletter import DeadLetter
from streams.core.neardup import IndexBatch, IndexEntry

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class DecodeError(Exception):
    """Why a message could not become a model; ``reason`` is a short stable code."""

    reason: str
    detail: str

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}"


def decode_raw_article(value: bytes | None, max_bytes: int, max_body_chars: int) -> RawArticle:
    """Decode one message of the input topic, or raise ``DecodeError`` saying why.

    Checks run cheapest first: size, then UTF-8, then JSON, then the schema (a
    ``published_at`` outside 1990..2099 is ``published_at_out_of_range``).
    """
    if value is None:
        raise DecodeError("empty", "the message has no value (a tombstone?)")
    if len(value) > max_bytes:
        raise DecodeError("too_large", f"{len(value)} bytes > limit {max_bytes}")
    try:
        # orjson checks the UTF-8 itself, faster from bytes than from a str (~2.8 us
        # instead of ~1.3 + 5.0 for a 4 KB article).
        data = orjson.loads(value)
    except orjson.JSONDecodeError:
        # Refused: say why as before, UTF-8 first, then JSON with the text's message.
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError as err:
            raise DecodeError("not_utf8", str(err)) from None
        try:
            data = orjson.loads(text)
        except orjson.JSONDecodeError as err:
            raise DecodeError("invalid_json", str(err)[:300]) from None
    if not isinstance(data, dict):
        raise DecodeError("not_an_object", f"JSON {type(data).__name__}, expected an object")
    try:
        article = RawArticle.model_validate(data)
    except ValidationError as err:
        # A date out of range gets its own reason: the message is well-formed, only the
        # value is refused (schemas.article.PUBLISHED_MIN/MAX say why).
        kinds = {e["type"] for e in err.errors()}
        reason = PUBLISHED_OUT_OF_RANGE if kinds == {PUBLISHED_OUT_OF_RANGE} else "schema_violation"
        raise DecodeError(reason, _summarise(err)) from None
    if len(article.body) > max_body_chars:
        raise DecodeError("body_too_long", f"{len(article.body)} chars > {max_body_chars}")
    return article


def _summarise(err: ValidationError) -> str:
    parts = []
    for item in err.errors()[:5]:
        where = ".".join(str(p) for p in item["loc"]) or "(root)"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


def decode_model(model: type[M], value: bytes) -> M:
    """Decode a message of an internal topic (written by chipwatch itself)."""
    return model.model_validate_json(value)


# An alert-table value (``PolicyState``) opens with its due time: its first field.
_DUE = re.compile(rb'\{"due":(null|-?[0-9][0-9.eE+-]*)[,}]')


def policy_state_due(value: bytes) -> float:
    """When the deferred-update flush has work in an alert-table value, from its first bytes.

    ``inf`` when nothing is due (``due`` is null); ``-inf`` when the value does not open
    with its due time (one an older version wrote): decode it to know. The flush timer
    reads every value of its partitions each tick; this spares it decoding the ones
    with nothing due (a value holds up to 512 KB of groups).
    """
    found = _DUE.match(value, 0, 64)
    if found is None:
        return -math.inf
    due = found.group(1)
    return math.inf if due == b"null" else float(due)


def decode_window_record(value: bytes) -> IndexBatch:
    """Decode a value of the near-duplicate table as a batch of entries.

    A value the version before wrote (one ``IndexEntry`` per article id, no floor) is a
    batch of one with floor 0: it leaves the table, by its key, once its entry leaves
    the window, as the batches do.
    """
    if value.startswith(b'{"entries"'):
        return IndexBatch.model_validate_json(value)
    return IndexBatch(entries=[IndexEntry.model_validate_json(value)], floor=0)


def encode_model(message: BaseModel) -> bytes:
    """Encode a model as compact UTF-8 JSON, the wire format of every chipwatch topic."""
    return message.model_dump_json(exclude_none=False).encode("utf-8")


# --- the near-duplicate hop: the article as published, what the step needs in headers ---
#
# The near-dup agent (one partition: every article goes through it) needs an article's
# id, ingest time and signature, and publishes the article with its cluster filled in.
# Decoding and re-encoding the whole analyzed article there cost more than the step
# itself, so the candidate's value is the analyzed article's JSON exactly as
# ``articles.analyzed`` gets it (cluster fields null: its last two fields), the rest
# rides in headers, and ``with_cluster`` writes the two fields into the bytes.

HEADER_INGESTED_AT = "cw-ingested-at"  # the step's clock: ingested_at, POSIX seconds
HEADER_SCHEME = "cw-scheme"  # what made the signature (streams.core.neardup.SCHEME)
HEADER_SIGNATURE = "cw-signature"  # base64 MinHash signature; absent: no words
HEADER_PRIMARY = "cw-primary"  # present when the article has a primary event (a report)

_NO_CLUSTER = b',"near_duplicate_of":null,"similarity":null}'


class _Cluster(BaseModel):
    """The two cluster fields, typed as ``AnalyzedArticle`` types them: same JSON."""

    near_duplicate_of: str | None = None
    similarity: float | None = Field(default=None, ge=0.0, le=1.0)


@dataclass(frozen=True, slots=True)
class CandidateHeaders:
    """What the near-duplicate step reads from a candidate's headers."""

    ingested_at: float
    scheme: str
    signature: str | None
    primary: bool


def candidate_headers(
    ingested_at: datetime, scheme: str, signature: str | None, primary: bool
) -> list[tuple[str, bytes]]:
    """Return the headers of a near-duplicate candidate (its value: ``encode_model(article)``)."""
    headers = [
        (HEADER_INGESTED_AT, repr(ingested_at.timestamp()).encode()),
        (HEADER_SCHEME, scheme.encode()),
    ]
    if signature is not None:
        headers.append((HEADER_SIGNATURE, signature.encode()))
    if primary:
        headers.append((HEADER_PRIMARY, b"1"))
    return headers


def read_candidate_headers(headers: object) -> CandidateHeaders | None:
    """Read a candidate's headers; None when it has none (a ``ClusterCandidate`` value).

    Kafka headers arrive as a sequence of (name, bytes) pairs (a mapping in Faust's
    test harness). A worker of the version before this one sent the whole
    ``ClusterCandidate`` as the value and no headers: decode that as before.
    """
    pairs = headers.items() if isinstance(headers, dict) else (headers or ())
    found: dict[str, bytes] = {}
    for name, value in pairs:  # type: ignore[attr-defined]
        if isinstance(name, str) and name.startswith("cw-"):
            found[name] = bytes(value)
    clock = found.get(HEADER_INGESTED_AT)
    if clock is None:
        return None
    signature = found.get(HEADER_SIGNATURE)
    return CandidateHeaders(
        ingested_at=float(clock),
        scheme=found.get(HEADER_SCHEME, b"").decode(),
        signature=signature.decode() if signature is not None else None,
        primary=HEADER_PRIMARY in found,
    )


def with_cluster(article: bytes, near_duplicate_of: str | None, similarity: float | None) -> bytes:
    """Return an analyzed article's JSON with its cluster fields set.

    Byte for byte what ``encode_model`` writes for the article with them: a model typed
    as ``AnalyzedArticle`` types the two fields writes them. ``article`` is
    ``encode_model`` of an ``AnalyzedArticle`` whose cluster fields are null (they are
    its last two fields). Raises ``ValueError`` for anything else.
    """
    if not article.endswith(_NO_CLUSTER):
        raise ValueError("not an analyzed article without a cluster")
    if near_duplicate_of is None and similarity is None:
        return article
    fields = _Cluster(near_duplicate_of=near_duplicate_of, similarity=similarity)
    return article[: -len(_NO_CLUSTER)] + b"," + encode_model(fields)[1:]


ALERT_CE_TYPE = "io.chipwatch.policy.alert.v1"
_CE_FORMAT = JSONFormat()


def encode_alert(alert: Alert, source: str) -> tuple[bytes, bytes, list[tuple[str, bytes]]]:
    """Encode an alert for Kafka: CloudEvents 1.0, Kafka binding, binary content mode.

    Binary mode keeps the value the plain ``Alert`` JSON (consumers that know nothing
    of CloudEvents read it as is) and puts the attributes in ``ce_*`` headers, where
    routers filter without parsing the body. ``ce_id`` is the deterministic alert id.
    Returns (key, value, headers); the key is the event key (``partitionkey``).
    """
    event = CloudEvent(
        {
            "specversion": "1.0",
            "id": alert.alert_id,
            "source": source,
            "type": ALERT_CE_TYPE,
            "time": alert.created_at,
            "subject": alert.event_key,
            "datacontenttype": "application/json",
            "partitionkey": alert.event_key,
        },
        data=encode_model(alert),
    )
    message = to_binary(event, _CE_FORMAT)
    key = message.key.encode() if isinstance(message.key, str) else message.key or b""
    return key, message.value or b"", list(message.headers.items())


def dead_letter(
    *,
    topic: str,
    partition: int,
    offset: int,
    key: bytes | None,
    value: bytes | None,
    reason: str,
    detail: str,
    stage: str,
    failed_at: datetime,
    max_value_bytes: int | None = None,
) -> DeadLetter:
    """Build a dead letter that keeps the original bytes, base64-encoded.

    With ``max_value_bytes``, a longer value is cut to that many bytes (and the detail
    says so): the letter of an oversized message must itself fit the dead-letter topic.
    """
    if value is not None and max_value_bytes is not None and len(value) > max_value_bytes:
        detail = f"{detail} (value cut to {max_value_bytes} of {len(value)} bytes)"
        value = value[:max_value_bytes]
    return DeadLetter(
        topic=topic,
        partition=partition,
        offset=offset,
        reason=reason,
        detail=detail[-2000:] if len(detail) > 2000 else detail,
        stage=stage,
        key_b64=base64.b64encode(key).decode("ascii") if key is not None else None,
        value_b64=base64.b64encode(value or b"").decode("ascii"),
        failed_at=failed_at,
    )
