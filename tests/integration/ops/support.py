"""Running the `alianza` command in-process and making events to observe."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

from typer.testing import CliRunner, Result

from ops.cli import app
from shared.events import Event, KafkaHeaders, to_kafka

runner = CliRunner()


async def alianza(*args: str, bootstrap: str, prefix: str, **options: str) -> Result:
    """`alianza --bootstrap B --prefix P <args>`, run in a thread (the command runs its own loop)."""
    argv = ["--bootstrap", bootstrap, "--prefix", prefix]
    for name, value in options.items():
        argv += [f"--{name.replace('_', '-')}", value]
    argv += list(args)
    return await asyncio.to_thread(runner.invoke, app, argv, env={"COLUMNS": "250"})


def json_lines(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def event_record(
    event_type: str,
    subject: str,
    *,
    source: str = "/alianza/registry",
    data: dict[str, Any] | None = None,
    correlation: str | None = None,
) -> tuple[bytes, bytes, KafkaHeaders]:
    event = Event(
        source=source,
        type=event_type,
        subject=subject,
        data=data or {"partnership_id": subject},
        correlationid=correlation,
        time=datetime.now(UTC),
    )
    return to_kafka(event)


def dead_letter(
    record: tuple[bytes, bytes, KafkaHeaders],
    *,
    original_topic: str,
    reason: str = "handler_failed",
    error: str = "3 attempts failed: RuntimeError('boom')",
    offset: int = 7,
) -> tuple[bytes, bytes, KafkaHeaders]:
    key, value, headers = record
    return (
        key,
        value,
        [
            *headers,
            ("dlq_reason", reason.encode()),
            ("dlq_error", error.encode()),
            ("dlq_original_topic", original_topic.encode()),
            ("dlq_original_partition", b"1"),
            ("dlq_original_offset", str(offset).encode()),
            ("dlq_consumer_group", b"commitments"),
            ("dlq_failed_at", datetime.now(UTC).isoformat().encode()),
        ],
    )
