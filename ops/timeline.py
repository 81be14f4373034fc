"""Everything that happened to one partnership across the services, in time order.

Sources: the registry's transitions (history API), every record keyed by the partnership on every
topic of the prefix (dead-letter topics included), the commitments tracked for it, and the
webhook deliveries about it with each attempt's outcome. A source that cannot be read becomes a
warning, so a partial picture still prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ops.api import NotFound, OpsApi
from ops.errors import OpsError
from ops.kafka_tools import Kafka, Record, dead_letter_info, parse_time, stream_topics
from shared.catalogue import dlq_name

# Ties at the same instant: the transition caused the event, which caused deliveries.
_RANK = {"registry": 0, "commitments": 1, "kafka": 2, "notifications": 3, "dlq": 4}


@dataclass(frozen=True)
class Entry:
    time: datetime
    origin: str  # registry | commitments | kafka | notifications | dlq
    kind: str
    summary: str
    details: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "time": self.time.isoformat(),
            "origin": self.origin,
            "kind": self.kind,
            "summary": self.summary,
            "details": self.details,
        }


@dataclass
class Timeline:
    partnership_id: str
    entries: list[Entry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def sort(self) -> None:
        self.entries.sort(key=lambda e: (e.time, _RANK.get(e.origin, 9)))


def _time(value: Any) -> datetime | None:
    return parse_time(value) if isinstance(value, str) else None


def transition_entries(transitions: list[dict[str, Any]]) -> list[Entry]:
    entries = []
    for t in transitions:
        when = _time(t.get("occurred_at"))
        if when is None:
            continue
        before = t.get("from_status") or "∅"
        entries.append(
            Entry(
                when,
                "registry",
                f"transition.{t.get('action')}",
                f"{t.get('action')}: {before} → {t.get('to_status')} by {t.get('actor_client_id')}",
                t,
            )
        )
    return entries


def record_entry(record: Record) -> Entry:
    where = f"{record.topic}[{record.partition}]@{record.offset}"
    if record.is_dead_letter:
        info = dead_letter_info(record)
        return Entry(
            parse_time(info["failed_at"]) or record.time,
            "dlq",
            "dead_letter",
            f"{record.event_type or '(not an event)'} dead-lettered from "
            f"{info['original_topic']}[{info['original_partition']}]@{info['original_offset']} "
            f"by {info['consumer_group']}: {info['reason']}: {info['error']}",
            {**info, "location": where, "event_id": record.header("ce_id")},
        )
    return Entry(
        record.time,
        "kafka",
        record.event_type or "(not an event)",
        f"{record.event_type} on {where} from {record.source} "
        f"(id {record.header('ce_id')}, correlation {record.header('ce_correlationid')})",
        {
            "location": where,
            "id": record.header("ce_id"),
            "source": record.source,
            "correlationid": record.header("ce_correlationid"),
            "causationid": record.header("ce_causationid"),
            "data": record.payload(),
        },
    )


def commitment_entries(commitments: list[dict[str, Any]]) -> list[Entry]:
    entries = []
    for c in commitments:
        when = _time(c.get("created_at"))
        if when is not None:
            entries.append(
                Entry(
                    when,
                    "commitments",
                    "commitment.tracked",
                    f"commitment {c.get('id')} tracked: {str(c.get('description'))[:60]!r} "
                    f"(now {c.get('status')}, due {c.get('due_date')})",
                    c,
                )
            )
    return entries


def delivery_entries(deliveries: list[dict[str, Any]]) -> list[Entry]:
    entries = []
    for d in deliveries:
        label = f"delivery {d.get('id')} of {d.get('event_type')} to {d.get('target_url')}"
        created = _time(d.get("created_at"))
        if created is not None:
            entries.append(Entry(created, "notifications", "delivery.queued", f"{label} queued", d))
        for attempt in d.get("attempts") or []:
            when = _time(attempt.get("attempted_at"))
            if when is None:
                continue
            code = attempt.get("status_code")
            entries.append(
                Entry(
                    when,
                    "notifications",
                    f"delivery.attempt.{attempt.get('outcome')}",
                    f"{label}: attempt {attempt.get('number')} (cycle {attempt.get('cycle')}) "
                    f"{attempt.get('outcome')}"
                    + (f" HTTP {code}" if code is not None else "")
                    + (f" {attempt.get('error')}" if attempt.get("error") else ""),
                    {"delivery_id": d.get("id"), **attempt},
                )
            )
        completed = _time(d.get("completed_at"))
        if completed is not None:
            entries.append(
                Entry(
                    completed,
                    "notifications",
                    f"delivery.{d.get('status')}",
                    f"{label} {d.get('status')} after {d.get('attempt_count')} attempt(s)",
                    {"delivery_id": d.get("id"), "status": d.get("status")},
                )
            )
    return entries


async def build(kafka: Kafka, api: OpsApi, prefix: str, partnership_id: str) -> Timeline:
    timeline = Timeline(partnership_id)
    try:
        timeline.entries += transition_entries(await api.history(partnership_id))
    except NotFound:
        timeline.warnings.append(
            f"the registry knows no partnership {partnership_id} visible to this client"
        )
    except OpsError as exc:
        timeline.warnings.append(f"registry history unavailable: {exc}")
    try:
        topics = stream_topics(prefix)
        async for record in kafka.scan(topics + [dlq_name(t) for t in topics]):
            if partnership_id in (record.key_text, record.header("ce_subject")):
                timeline.entries.append(record_entry(record))
    except OpsError as exc:
        timeline.warnings.append(f"events unavailable: {exc}")
    try:
        timeline.entries += commitment_entries(await api.commitments(partnership_id))
    except OpsError as exc:
        timeline.warnings.append(f"commitments unavailable: {exc}")
    try:
        timeline.entries += delivery_entries(await api.deliveries(partnership_id))
    except OpsError as exc:
        timeline.warnings.append(f"webhook deliveries unavailable: {exc}")
    timeline.sort()
    return timeline
