"""The CloudEvents envelope in Kafka binary mode: what goes out comes back, and bad records say why."""

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.events import (
    Event,
    MalformedEvent,
    compact_value,
    from_kafka,
    stored_to_kafka,
    to_kafka,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)


@given(
    data=st.dictionaries(st.text(), json_values, max_size=5),
    subject=st.text(min_size=1),
    correlation=st.none() | st.text(min_size=1, alphabet=st.characters(codec="ascii")),
)
def test_an_event_survives_the_round_trip_through_a_kafka_record(
    data, subject, correlation
) -> None:
    event = Event(
        source="/alianza/test",
        type="partner.registered",
        subject=subject,
        data=data,
        correlationid=correlation,
        time=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    )
    key, value, headers = to_kafka(event)
    assert key == subject.encode()
    assert from_kafka(value, headers) == event


@given(
    data=st.dictionaries(st.text(), json_values, max_size=5),
    subject=st.text(min_size=1),
    correlation=st.none() | st.text(min_size=1, alphabet=st.characters(codec="ascii")),
    time=st.datetimes(timezones=st.just(UTC)),
)
def test_the_relay_makes_the_same_record_from_the_stored_envelope(
    data, subject, correlation, time
) -> None:
    event = Event(
        source="/alianza/test",
        type="partner.registered",
        subject=subject,
        data=data,
        correlationid=correlation,
        dataschema="urn:alianza:schema:partner.registered:v1",
        time=time,
    )
    # The columns the claim reads from the envelope as the unit of work stores it, `data` as
    # PostgreSQL prints JSON (`test_outbox` makes the trip through a real database).
    stored = event.model_dump(mode="json")
    row = {f"ce_{name}": _as_text(stored.get(name)) for name in STORED_NAMES}
    row["data"] = json.dumps(stored["data"], separators=(", ", ": "), ensure_ascii=False)
    key, value, headers = stored_to_kafka(row)
    expected_key, expected_value, expected_headers = to_kafka(event)
    assert (key, headers) == (expected_key, expected_headers)
    assert json.loads(value) == json.loads(expected_value)
    assert compact_value(value) == expected_value


# The attributes the claim reads as `ce_<name>` columns.
STORED_NAMES = (
    *("id", "source", "type", "specversion", "time", "subject"),
    *("dataschema", "correlationid", "causationid", "datacontenttype"),
)


def _as_text(value: object) -> str | None:
    # What `->>` gives: the string itself, or NULL for a JSON null.
    return None if value is None else str(value)


@pytest.mark.parametrize("missing", ["ce_id", "ce_subject", "ce_time", "data"])
def test_a_stored_envelope_without_a_required_part_cannot_become_a_record(missing: str) -> None:
    row: dict[str, str | None] = {f"ce_{name}": "x" for name in STORED_NAMES}
    row |= {"ce_time": "2026-12-03T10:00:00Z", "data": "{}", missing: None}
    with pytest.raises(MalformedEvent, match=missing.removeprefix("ce_")):
        stored_to_kafka(row)


def test_the_key_is_the_subject_and_attributes_are_ce_headers() -> None:
    event = Event(
        source="/alianza/registry",
        type="partnership.adopted",
        subject="p-1",
        data={"a": 1},
        causationid="c-1",
    )
    key, _, headers = to_kafka(event)
    names = dict(headers)
    assert key == b"p-1"
    assert names["ce_type"] == b"partnership.adopted"
    assert names["ce_causationid"] == b"c-1"
    assert "ce_correlationid" not in names, (
        "absent optional attributes are not sent as empty headers"
    )


@pytest.mark.parametrize(
    ("value", "drop", "reason"),
    [
        (b"{", (), "not JSON"),
        (b"[1]", (), "not an object"),
        (None, (), "no value"),
        (b"{}", ("ce_id",), "ce_id"),
        (b"{}", ("ce_type", "ce_source"), "ce_type"),
    ],
)
def test_malformed_records_are_refused_with_the_reason(value, drop, reason) -> None:
    _, _, headers = to_kafka(Event(source="/s", type="t.x", subject="k", data={}))
    kept = [(name, raw) for name, raw in headers if name not in drop]
    with pytest.raises(MalformedEvent, match=reason):
        from_kafka(value, kept)


def test_a_bad_timestamp_is_malformed() -> None:
    _, value, headers = to_kafka(Event(source="/s", type="t.x", subject="k", data={}))
    headers = [(n, b"yesterday" if n == "ce_time" else raw) for n, raw in headers]
    with pytest.raises(MalformedEvent, match="ce_time"):
        from_kafka(value, headers)
