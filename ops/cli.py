"""`alianza`: the operations command line — tail topics, consumer lag, dead letters, timelines.

    uv run alianza tail --type 'partnership.*'
    uv run alianza lag
    uv run alianza dlq list | show <topic> <partition> <offset> | replay ...
    uv run alianza timeline <partnership-id>
    uv run alianza outbox list | show <service> <id> | release <service> <id>
    uv run alianza topics
    uv run alianza keys rotate | list
    uv run alianza clients disable <client-id> [--reason ...] | enable <client-id>

It reads Kafka directly and the services' APIs with an ops token (client credentials from
`ALIANZA_OPS_CLIENT_ID` / `ALIANZA_OPS_CLIENT_SECRET`, the development admin client by default).
Problems the operator can fix (stack down, unknown record) print one line and exit 1.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

import typer
from aiokafka.errors import KafkaError
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ops import timeline as timeline_mod
from ops.api import Credentials, OpsApi, ServiceUrls
from ops.errors import OpsError
from ops.kafka_tools import (
    Kafka,
    Record,
    RecordFilter,
    dead_letter_info,
    dlq_topics,
    lag_by_group,
    resolve_topic,
    stream_topics,
)
from shared.kafka import PLAINTEXT, KafkaSecurity
from shared.settings import KafkaSettings

# The development admin client `make run` creates (deploy/local/stack.py); never a production value.
DEV_CLIENT_ID = "alianza-admin"
DEV_CLIENT_SECRET = "alianza-admin-dev-secret"  # noqa: S105

T = TypeVar("T")

app = typer.Typer(
    help="Alianza operations: tail events, consumer lag, dead letters, partnership timelines.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
dlq_app = typer.Typer(help="Dead letters: list, show and replay.", no_args_is_help=True)
app.add_typer(dlq_app, name="dlq")
outbox_app = typer.Typer(
    help="Outbox rows the relays set aside: list, show, release after a fix.",
    no_args_is_help=True,
)
app.add_typer(outbox_app, name="outbox")
keys_app = typer.Typer(
    help="The registry's token signing keys: rotate, list.", no_args_is_help=True
)
app.add_typer(keys_app, name="keys")
clients_app = typer.Typer(help="API clients: disable, enable (admin only).", no_args_is_help=True)
app.add_typer(clients_app, name="clients")
SERVICES = ("registry", "commitments", "notifications")


@dataclass(frozen=True)
class Config:
    bootstrap: str
    prefix: str
    urls: ServiceUrls
    credentials: Credentials
    timeout: float
    # TLS and SASL from the same ALIANZA_KAFKA_* variables the services read (never options:
    # a password on the command line ends up in the shell's history).
    security: KafkaSecurity = PLAINTEXT

    def kafka(self) -> Kafka:
        return Kafka(self.bootstrap, self.timeout, self.security)

    def api(self) -> OpsApi:
        return OpsApi(self.urls, self.credentials, self.timeout)


def console() -> Console:
    # Made per call: the output stream may be swapped (tests, pipes) after import.
    return Console(highlight=False, soft_wrap=False)


def err_console() -> Console:
    return Console(stderr=True, highlight=False)


def run(ctx: typer.Context, work: Callable[[Config], Coroutine[Any, Any, T]]) -> T:
    """Run one command's coroutine; operator-fixable problems become a message and exit 1."""
    config: Config = ctx.obj
    # aiokafka logs every failed connection attempt; the command reports the outcome itself.
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    try:
        return asyncio.run(work(config))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except OpsError as exc:
        err_console().print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from None
    except (KafkaError, TimeoutError, OSError) as exc:
        err_console().print(
            f"[red]error:[/red] Kafka at {config.bootstrap} failed: "
            f"{escape(exc.__class__.__name__)} {escape(str(exc))}"
        )
        raise typer.Exit(1) from None
    except Exception as exc:
        if os.environ.get("ALIANZA_OPS_DEBUG"):
            raise
        err_console().print(
            f"[red]unexpected error:[/red] {escape(repr(exc))} "
            "(set ALIANZA_OPS_DEBUG=1 for the traceback)"
        )
        raise typer.Exit(1) from None


def emit_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, default=str, ensure_ascii=False) + "\n")
    sys.stdout.flush()


@app.callback()
def main_options(
    ctx: typer.Context,
    bootstrap: Annotated[
        str, typer.Option(envvar="ALIANZA_KAFKA_BOOTSTRAP", help="Kafka bootstrap servers")
    ] = "127.0.0.1:9092",
    prefix: Annotated[
        str, typer.Option(envvar="ALIANZA_TOPIC_PREFIX", help="topic prefix")
    ] = "alianza",
    registry_url: Annotated[
        str, typer.Option(envvar="ALIANZA_REGISTRY_URL")
    ] = "http://127.0.0.1:8001",
    commitments_url: Annotated[
        str, typer.Option(envvar="ALIANZA_COMMITMENTS_URL")
    ] = "http://127.0.0.1:8002",
    notifications_url: Annotated[
        str, typer.Option(envvar="ALIANZA_NOTIFICATIONS_URL")
    ] = "http://127.0.0.1:8003",
    client_id: Annotated[
        str, typer.Option(envvar="ALIANZA_OPS_CLIENT_ID", help="ops/admin client id")
    ] = DEV_CLIENT_ID,
    client_secret: Annotated[
        str,
        typer.Option(envvar="ALIANZA_OPS_CLIENT_SECRET", help="its secret", show_default=False),
    ] = DEV_CLIENT_SECRET,
    request_timeout: Annotated[
        float, typer.Option(help="seconds any one Kafka or HTTP wait may take")
    ] = 10.0,
) -> None:
    ctx.obj = Config(
        bootstrap=bootstrap,
        prefix=prefix,
        urls=ServiceUrls(registry_url, commitments_url, notifications_url),
        credentials=Credentials(client_id, client_secret),
        timeout=request_timeout,
        security=kafka_security(),
    )


def kafka_security() -> KafkaSecurity:
    try:
        return KafkaSettings().kafka_security
    except ValidationError as exc:
        err_console().print(
            f"[red]error:[/red] Kafka security settings: {escape(_first_error(exc))}"
        )
        raise typer.Exit(2) from None


def _first_error(exc: ValidationError) -> str:
    return str(exc.errors()[0]["msg"]) if exc.errors() else str(exc)


# --------------------------------------------------------------------------- tail


def _short(text: str | None, width: int) -> str:
    text = text or "-"
    return text if len(text) <= width else text[: width - 1] + "…"


def record_line(record: Record) -> str:
    time_text = record.time.strftime("%H:%M:%S.%f")[:-3]
    line = (
        f"[dim]{time_text}[/dim] [cyan]{escape(record.topic)}[/cyan]"
        f"[dim][{record.partition}]@{record.offset}[/dim] "
        f"[bold]{escape(record.event_type or '(not an event)')}[/bold] "
        f"subject={escape(record.header('ce_subject') or record.key_text or '-')} "
        f"source={escape(record.source or '-')} "
        f"corr={escape(record.header('ce_correlationid') or '-')}"
    )
    if record.is_dead_letter:
        info = dead_letter_info(record)
        line += f" [red]dead letter: {escape(str(info['reason']))}[/red]"
    return line


@app.command()
def tail(
    ctx: typer.Context,
    topic: Annotated[
        list[str] | None,
        typer.Option("--topic", "-t", help="topic (full or stream name, e.g. partnerships.dlq)"),
    ] = None,
    event_type: Annotated[
        list[str] | None, typer.Option("--type", help="event type glob, e.g. 'partnership.*'")
    ] = None,
    partnership: Annotated[str | None, typer.Option(help="only events about this id")] = None,
    service: Annotated[
        list[str] | None, typer.Option(help="only events from registry|commitments|notifications")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per line")] = False,
    from_beginning: Annotated[bool, typer.Option(help="start at the oldest record")] = False,
    max_events: Annotated[
        int | None, typer.Option("--max", help="stop after this many events")
    ] = None,
    timeout: Annotated[float | None, typer.Option(help="stop after this many seconds")] = None,
) -> None:
    """Follow events as they are published (Ctrl-C stops)."""
    keep = RecordFilter(
        types=tuple(event_type or ()), partnership=partnership, services=tuple(service or ())
    )

    async def work(config: Config) -> int:
        topics = [resolve_topic(config.prefix, t) for t in topic] if topic else None
        shown = 0
        out = console()
        if not as_json:
            err_console().print(
                f"[dim]following {', '.join(topics or stream_topics(config.prefix))}"
                f" on {config.bootstrap}[/dim]"
            )
        stream = config.kafka().follow(
            topics or stream_topics(config.prefix), from_beginning=from_beginning
        )
        deadline = time.monotonic() + timeout if timeout is not None else None
        iterator = stream.__aiter__()
        try:
            while max_events is None or shown < max_events:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    break
                try:
                    record = await asyncio.wait_for(iterator.__anext__(), remaining)
                except TimeoutError:
                    break
                if not keep(record):
                    continue
                shown += 1
                if as_json:
                    emit_json(record.as_json())
                else:
                    out.print(record_line(record))
        finally:
            await stream.aclose()
        return shown

    run(ctx, work)


# --------------------------------------------------------------------------- lag


@app.command()
def lag(
    ctx: typer.Context,
    group: Annotated[list[str] | None, typer.Option(help="only these consumer groups")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per partition")] = False,
) -> None:
    """Every consumer group's lag per topic and partition (end offset - committed offset)."""

    async def work(config: Config) -> None:
        rows = await config.kafka().lag(config.prefix, group or ())
        if as_json:
            for row in rows:
                emit_json(row.__dict__)
            return
        if not rows:
            console().print(f"no consumer group has committed offsets on {config.prefix}.* topics")
            return
        table = Table(title=f"consumer lag on {config.prefix}.*")
        for column in ("group", "topic", "partition", "committed", "end", "lag"):
            table.add_column(
                column, justify="right" if column not in ("group", "topic") else "left"
            )
        for row in rows:
            table.add_row(
                row.group,
                row.topic,
                str(row.partition),
                "-" if row.committed is None else str(row.committed),
                str(row.end),
                f"[red]{row.lag}[/red]" if row.lag else "0",
            )
        out = console()
        out.print(table)
        for name, total in lag_by_group(rows).items():
            out.print(f"{name}: total lag {total}")

    run(ctx, work)


# --------------------------------------------------------------------------- topics


def _duration(ms: int | None) -> str:
    if ms is None:
        return "?"
    if ms < 0:
        return "forever"
    for unit, size in (("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1000)):
        if ms >= size and ms % size == 0:
            return f"{ms // size}{unit}"
    return f"{ms}ms"


@app.command()
def topics(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per topic")] = False,
) -> None:
    """Topics under the prefix with partitions, record counts and retention."""

    async def work(config: Config) -> None:
        found = await config.kafka().topics(config.prefix)
        if as_json:
            for info in found:
                emit_json(info.__dict__)
            return
        if not found:
            console().print(f"no topics named {config.prefix}.*")
            return
        table = Table(title=f"topics {config.prefix}.*")
        for column in ("topic", "partitions", "records", "retention", "cleanup"):
            table.add_column(column, justify="left" if column == "topic" else "right")
        for info in found:
            table.add_row(
                info.name,
                str(info.partitions),
                str(info.records),
                _duration(info.retention_ms),
                info.cleanup_policy or "?",
            )
        console().print(table)

    run(ctx, work)


# --------------------------------------------------------------------------- dlq


def _dlq_topics(config: Config, topic: list[str] | None) -> list[str]:
    if not topic:
        return dlq_topics(config.prefix)
    names = [resolve_topic(config.prefix, t) for t in topic]
    return [n if n.endswith(".dlq") else f"{n}.dlq" for n in names]


def _dlq_row(record: Record) -> dict[str, Any]:
    return {
        "topic": record.topic,
        "partition": record.partition,
        "offset": record.offset,
        "key": record.key_text,
        "type": record.event_type,
        "event_id": record.header("ce_id"),
        **dead_letter_info(record),
    }


@dlq_app.command("list")
def dlq_list(
    ctx: typer.Context,
    topic: Annotated[
        list[str] | None, typer.Option("--topic", "-t", help="a stream or its .dlq topic")
    ] = None,
    reason: Annotated[list[str] | None, typer.Option(help="only this dlq_reason")] = None,
    event_type: Annotated[list[str] | None, typer.Option("--type", help="event type glob")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="one JSON object per dead letter")
    ] = False,
) -> None:
    """Dead letters with why they failed and where they came from."""
    keep = RecordFilter(types=tuple(event_type or ()), reasons=tuple(reason or ()))

    async def work(config: Config) -> None:
        rows = [
            _dlq_row(r) async for r in config.kafka().scan(_dlq_topics(config, topic)) if keep(r)
        ]
        if as_json:
            for row in rows:
                emit_json(row)
            return
        if not rows:
            console().print("no dead letters")
            return
        table = Table(title="dead letters")
        for column in ("where", "type", "key", "reason", "error", "from", "group", "failed at"):
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(
                f"{row['topic']} {row['partition']} {row['offset']}",
                row["type"] or "-",
                row["key"] or "-",
                row["reason"] or "-",
                escape(_short(row["error"], 80)),
                f"{row['original_topic']}[{row['original_partition']}]@{row['original_offset']}",
                row["consumer_group"] or "-",
                row["failed_at"] or "-",
            )
        console().print(table)
        console().print(f"{len(rows)} dead letter(s)")

    run(ctx, work)


@dlq_app.command("show")
def dlq_show(
    ctx: typer.Context,
    topic: Annotated[str, typer.Argument(help="the .dlq topic (full or e.g. partnerships.dlq)")],
    partition: int,
    offset: int,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """One dead letter: its error, original position, headers and payload."""

    async def work(config: Config) -> None:
        record = await config.kafka().fetch(resolve_topic(config.prefix, topic), partition, offset)
        found = {
            **_dlq_row(record),
            "headers": {name: raw.decode(errors="replace") for name, raw in record.headers},
            "payload": record.payload(),
        }
        if as_json:
            emit_json(found)
            return
        out = console()
        out.print(f"[bold]{escape(record.topic)}[{record.partition}]@{record.offset}[/bold]")
        for name in (
            "type", "key", "event_id", "reason", "error", "original_topic",
            "original_partition", "original_offset", "consumer_group", "failed_at",
        ):  # fmt: skip
            out.print(f"  {name:<19} {escape(str(found[name]))}")
        out.print("  headers:")
        for name, value in found["headers"].items():
            out.print(f"    {escape(name)}: {escape(value)}")
        out.print("  payload:")
        payload = found["payload"]
        text = json.dumps(payload, indent=2, ensure_ascii=False) if payload is not None else "-"
        out.print(escape(text))

    run(ctx, work)


@dlq_app.command("replay")
def dlq_replay(
    ctx: typer.Context,
    topic: Annotated[str | None, typer.Argument(help="the .dlq topic")] = None,
    partition: Annotated[int | None, typer.Argument()] = None,
    offset: Annotated[int | None, typer.Argument()] = None,
    replay_all: Annotated[bool, typer.Option("--all", help="every matching dead letter")] = False,
    reason: Annotated[list[str] | None, typer.Option(help="with --all: this dlq_reason")] = None,
    event_type: Annotated[
        list[str] | None, typer.Option("--type", help="with --all: event type glob")
    ] = None,
    dlq_topic: Annotated[
        list[str] | None, typer.Option("--topic", "-t", help="with --all: only this DLQ topic")
    ] = None,
    dry_run: Annotated[bool, typer.Option(help="say what would be replayed")] = False,
) -> None:
    """Send dead letters back to their original topic (consumers are idempotent, so it is safe).

    The original key, value and headers are sent; the dlq_* headers are dropped.
    """
    if replay_all == (topic is not None):
        err_console().print("[red]error:[/red] give either <topic> <partition> <offset> or --all")
        raise typer.Exit(2)
    if topic is not None and (partition is None or offset is None):
        err_console().print("[red]error:[/red] give <topic> <partition> <offset>")
        raise typer.Exit(2)
    keep = RecordFilter(types=tuple(event_type or ()), reasons=tuple(reason or ()))

    async def work(config: Config) -> None:
        kafka = config.kafka()
        if topic is not None and partition is not None and offset is not None:
            chosen = [await kafka.fetch(resolve_topic(config.prefix, topic), partition, offset)]
        else:
            chosen = [r async for r in kafka.scan(_dlq_topics(config, dlq_topic)) if keep(r)]
        plan: list[tuple[str, Record]] = []
        for record in chosen:
            original = record.header("dlq_original_topic")
            if not original:
                raise OpsError(
                    f"{record.topic}[{record.partition}]@{record.offset} has no "
                    "dlq_original_topic header; it is not a dead letter"
                )
            plan.append((original, record))
        out = console()
        for original, record in plan:
            out.print(
                f"{'would replay' if dry_run else 'replaying'} "
                f"{record.topic} {record.partition} {record.offset} "
                f"({record.event_type or 'not an event'}) → {original}"
            )
        if not dry_run and plan:
            await kafka.send(plan)
        out.print(f"{'would replay' if dry_run else 'replayed'} {len(plan)} record(s)")

    run(ctx, work)


# --------------------------------------------------------------------------- timeline


# --------------------------------------------------------------------------- outbox


@outbox_app.command("list")
def outbox_list(
    ctx: typer.Context,
    service: Annotated[
        list[str] | None, typer.Option(help="registry|commitments|notifications (default: all)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per row")] = False,
) -> None:
    """Rows set aside because they can never become a Kafka record, with why."""

    async def work(config: Config) -> None:
        rows: list[dict[str, Any]] = []
        async with config.api() as api:
            for name in service or SERVICES:
                rows += [
                    {"service": name, **row} for row in await api.get(name, "/outbox/quarantined")
                ]
        if as_json:
            for row in rows:
                emit_json(row)
            return
        if not rows:
            console().print("no outbox rows set aside")
            return
        table = Table(title="outbox rows set aside")
        for column in ("service", "id", "type", "key", "topic", "reason", "waiting", "since"):
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(
                row["service"], str(row["id"]), escape(row["event_type"]), escape(row["key"]),
                escape(row["topic"]), escape(row["reason"]), str(row["waiting_behind"]),
                str(row["quarantined_at"]),
            )  # fmt: skip
        console().print(table)

    run(ctx, work)


@outbox_app.command("show")
def outbox_show(ctx: typer.Context, service: str, row_id: int) -> None:
    """One set-aside row with its stored envelope (JSON)."""

    async def work(config: Config) -> None:
        async with config.api() as api:
            emit_json(await api.get(service, f"/outbox/quarantined/{row_id}"))

    run(ctx, work)


@outbox_app.command("release")
def outbox_release(ctx: typer.Context, service: str, row_id: int) -> None:
    """Put a set-aside row back in line once its cause is fixed (the relay retries it at once)."""

    async def work(config: Config) -> None:
        async with config.api() as api:
            row = await api.post(service, f"/outbox/quarantined/{row_id}/release")
        console().print(
            f"released {service} outbox row {row['id']} ({escape(row['event_type'])},"
            f" key {escape(row['key'])}); {row['waiting_behind']} rows of its key follow it"
        )

    run(ctx, work)


# --------------------------------------------------------------------------- keys and clients


@keys_app.command("rotate")
def keys_rotate(ctx: typer.Context) -> None:
    """Publish a new signing key now; it signs once every verifier has had time to see it."""

    async def work(config: Config) -> None:
        async with config.api() as api:
            rotation = await api.post("registry", "/admin/signing-keys/rotate")
        console().print(
            f"published key {escape(rotation['kid'])}; it signs from {rotation['signs_from']}"
            f" (until then {escape(str(rotation['previous_kid']))} signs, and stays published"
            " until its tokens have expired)"
        )

    run(ctx, work)


@keys_app.command("list")
def keys_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per key")] = False,
) -> None:
    """Every signing key, newest first, with its state."""

    async def work(config: Config) -> None:
        async with config.api() as api:
            found = (await api.get("registry", "/admin/signing-keys"))["items"]
        if as_json:
            for key in found:
                emit_json(key)
            return
        table = Table(title="signing keys")
        for column in ("kid", "state", "signs from", "retired"):
            table.add_column(column, overflow="fold")
        for key in found:
            table.add_row(
                escape(key["kid"]), key["state"], key["signs_from"], str(key["retired_at"] or "")
            )
        console().print(table)

    run(ctx, work)


@clients_app.command("disable")
def clients_disable(
    ctx: typer.Context,
    client_id: str,
    reason: Annotated[str | None, typer.Option(help="why, carried in the event")] = None,
) -> None:
    """No new tokens for the client, and every service refuses its tokens within seconds."""

    async def work(config: Config) -> None:
        async with config.api() as api:
            await api.post(
                "registry", api.path("clients", client_id, "disable"), {"reason": reason}
            )
        console().print(f"disabled {escape(client_id)}")

    run(ctx, work)


@clients_app.command("enable")
def clients_enable(ctx: typer.Context, client_id: str) -> None:
    """Let a disabled client get tokens again."""

    async def work(config: Config) -> None:
        async with config.api() as api:
            await api.post("registry", api.path("clients", client_id, "enable"))
        console().print(f"enabled {escape(client_id)}")

    run(ctx, work)


@app.command()
def timeline(
    ctx: typer.Context,
    partnership_id: str,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per entry")] = False,
) -> None:
    """Everything that happened to one partnership across services, in time order."""

    async def work(config: Config) -> None:
        async with config.api() as api:
            found = await timeline_mod.build(config.kafka(), api, config.prefix, partnership_id)
        for warning in found.warnings:
            err_console().print(f"[yellow]warning:[/yellow] {escape(warning)}")
        if not found.entries and found.warnings:
            raise OpsError(f"nothing found for partnership {partnership_id}")
        if as_json:
            for entry in found.entries:
                emit_json(entry.as_json())
            return
        table = Table(title=f"timeline of {partnership_id}")
        for column in ("time", "origin", "what", "details"):
            table.add_column(column, overflow="fold")
        colours = {"registry": "green", "kafka": "cyan", "notifications": "magenta", "dlq": "red"}
        for entry in found.entries:
            colour = colours.get(entry.origin, "white")
            table.add_row(
                entry.time.isoformat(timespec="milliseconds"),
                f"[{colour}]{entry.origin}[/{colour}]",
                escape(entry.kind),
                escape(entry.summary),
            )
        console().print(table)

    run(ctx, work)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
