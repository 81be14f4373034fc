"""The event envelope: CloudEvents 1.0 carried in Kafka's binary content mode.

The CloudEvents attributes travel as `ce_*` record headers, the record value is the JSON `data`,
and the record key is the event's `subject` (the partnership id), so every event about one
partnership lands on one partition, in order.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

from shared import json_text

SPEC_VERSION = "1.0"
CONTENT_TYPE = "application/json"

# CloudEvents attributes we carry, as Kafka header names (binary mode: `ce_` + attribute name).
_REQUIRED = ("id", "source", "type", "specversion", "time", "subject")
_OPTIONAL = ("dataschema", "correlationid", "causationid")


class MalformedEvent(ValueError):
    """A Kafka record that is not a valid CloudEvent of ours; its reason goes to the DLQ."""


def new_event_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class Event(BaseModel):
    """One CloudEvent. `data` is the payload, already validated against its schema."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(default_factory=new_event_id)
    source: str
    type: str
    specversion: str = SPEC_VERSION
    time: datetime = Field(default_factory=utcnow)
    subject: str
    datacontenttype: str = CONTENT_TYPE
    dataschema: str | None = None
    data: dict[str, Any]
    correlationid: str | None = None
    causationid: str | None = None


KafkaHeaders = list[tuple[str, bytes]]


def to_kafka(event: Event) -> tuple[bytes, bytes, KafkaHeaders]:
    """Key, value and headers of the Kafka record that carries `event`."""
    return _record(
        {
            "id": event.id,
            "source": event.source,
            "type": event.type,
            "specversion": event.specversion,
            "time": event.time.isoformat(),
            "subject": event.subject,
            "dataschema": event.dataschema,
            "correlationid": event.correlationid,
            "causationid": event.causationid,
        },
        event.datacontenttype,
        event.data,
    )


# The claim's select list: each attribute of a stored envelope (`Event.model_dump(mode="json")` in
# JSONB) as a column `ce_<name>`, and `data` as PostgreSQL prints it. The relay's hot path: the
# unit of work validated the event before storing it, so Python parses only its time again.
STORED_RECORD_COLUMNS = ", ".join(
    [f"envelope->>'{name}' AS ce_{name}" for name in (*_REQUIRED, *_OPTIONAL, "datacontenttype")]
    + ["envelope->'data' AS data"]
)


class StoredRow(Protocol):
    """A row the claim read (an asyncpg `Record`, or a dict in a test)."""

    def __getitem__(self, column: str, /) -> Any: ...


def stored_to_kafka(row: StoredRow) -> tuple[bytes, bytes, KafkaHeaders]:
    """The record for a stored envelope read through `STORED_RECORD_COLUMNS`: `to_kafka`'s key
    and headers, and its value as PostgreSQL prints the JSON (a space after each `:` and `,`,
    the keys in JSONB's order), which every JSON reader reads as `to_kafka`'s value."""
    attributes = {name: row[f"ce_{name}"] for name in (*_REQUIRED, *_OPTIONAL)}
    missing = [name for name in _REQUIRED if not attributes[name]]
    if missing or row["data"] is None:
        raise MalformedEvent(f"the envelope lacks {', '.join(missing or ['data'])}")
    attributes["time"] = datetime.fromisoformat(attributes["time"]).isoformat()
    headers = _headers(attributes, row["ce_datacontenttype"] or CONTENT_TYPE)
    return attributes["subject"].encode(), row["data"].encode(), headers


def compact_value(value: bytes) -> bytes:
    """`to_kafka`'s encoding of a JSON value: no spaces, UTF-8 rather than \\u escapes."""
    return _encode_data(json.loads(value))


def _record(
    attributes: dict[str, Any], content_type: str, data: dict[str, Any]
) -> tuple[bytes, bytes, KafkaHeaders]:
    return attributes["subject"].encode(), _encode_data(data), _headers(attributes, content_type)


def _headers(attributes: dict[str, Any], content_type: str) -> KafkaHeaders:
    headers: KafkaHeaders = [("content-type", content_type.encode())]
    headers += [(f"ce_{name}", value.encode()) for name, value in attributes.items() if value]
    return headers


def _encode_data(data: Any) -> bytes:
    # UTF-8 rather than \u escapes: text in a non-Latin script takes half the bytes or less.
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def from_kafka(value: bytes | None, headers: KafkaHeaders | tuple[tuple[str, bytes], ...]) -> Event:
    """Parse a record back into an Event, or raise MalformedEvent saying what is wrong."""
    found: dict[str, str] = {}
    for name, raw in headers:
        if name.startswith("ce_"):
            try:
                found[name[3:]] = raw.decode()
            except UnicodeDecodeError as exc:
                raise MalformedEvent(f"header {name} is not UTF-8") from exc
    missing = [f"ce_{name}" for name in _REQUIRED if not found.get(name)]
    if missing:
        raise MalformedEvent(f"missing CloudEvents headers: {', '.join(missing)}")
    if found["specversion"] != SPEC_VERSION:
        raise MalformedEvent(f"unsupported specversion {found['specversion']!r}")
    if value is None:
        raise MalformedEvent("record has no value")
    try:
        data = json_text.loads(value)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MalformedEvent(f"value is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise MalformedEvent("value is JSON but not an object")
    try:
        time = datetime.fromisoformat(found["time"])
    except ValueError as exc:
        raise MalformedEvent(f"ce_time is not an RFC 3339 timestamp: {found['time']!r}") from exc
    return Event(
        id=found["id"],
        source=found["source"],
        type=found["type"],
        specversion=found["specversion"],
        time=time,
        subject=found["subject"],
        data=data,
        **{name: found[name] for name in _OPTIONAL if name in found},
    )
