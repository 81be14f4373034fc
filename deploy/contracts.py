"""Generates `contracts/` from the code's own models: AsyncAPI, event JSON Schemas, OpenAPI.

    python -m deploy.contracts                    # rewrite the generated contracts (`make contracts`)
    python -m deploy.contracts --no-html          # ... but not the AsyncAPI HTML (no CLI needed)
    python -m deploy.contracts --freeze-baseline  # also copy today's event schemas to the baseline

Everything is derived: topics and payloads from `shared.catalogue`, the CloudEvents headers from
`shared.events.to_kafka`, consumers from each service's `CONSUMES` / `HANDLERS`, the HTTP APIs
from each service's `create_app()`. Output is byte-for-byte stable (sorted keys, fixed
formatting), so a test can compare the committed files with a fresh rendering.

It lives under `deploy/` rather than `shared/` because it imports every service, which `shared`
may never do.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from deploy import event_docs
from shared.catalogue import CATALOGUE, EventSpec, Stream, dlq_name, topic_name
from shared.catalogue.examples import AT, EXAMPLES, RESTRICTED_EXAMPLES, example_subject
from shared.consumer import Handler, dead_letter_headers
from shared.events import Event, KafkaHeaders, to_kafka
from shared.settings import ServiceSettings

REPO = Path(__file__).resolve().parents[1]
CONTRACTS = REPO / "contracts"
GENERATED_DIRS = ("schemas", "openapi")  # folders whose every file the generator owns
ASYNCAPI = "asyncapi.yaml"
BASELINE = "baseline"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
KAFKA_BINDING_VERSION = "0.5.0"
DEFAULT_KAFKA = "127.0.0.1:9092"

# Which service writes each stream (its outbox relay publishes there): each stream has exactly one
# publisher, the service that owns the aggregate. The catalogue knows streams, not services.
PUBLISHER: dict[Stream, str] = {
    Stream.PARTNERSHIPS: "registry",
    Stream.COMMITMENTS: "commitments",
    Stream.NOTIFICATIONS: "notifications",
    Stream.OPS: "ops",  # the ops watcher (ops/watch.py), not a service: it has no outbox
    Stream.IDENTITY: "registry",
}
SERVICES = ("registry", "commitments", "notifications")

# What each CloudEvents attribute means; the names themselves come from `to_kafka`.
_HEADER_DESCRIPTIONS = {
    "content-type": "`datacontenttype` in binary mode: the media type of the record value.",
    "ce_id": "Event id (a UUID); consumers deduplicate on it.",
    "ce_source": "The publishing service, `/alianza/<service>`.",
    "ce_type": "The event type; names the payload schema.",
    "ce_specversion": "CloudEvents specification version.",
    "ce_time": "When the fact happened (RFC 3339).",
    "ce_subject": "Id of the aggregate the event is about (the partnership id for anything "
    "concerning a partnership); also the record key.",
    "ce_dataschema": "URN of the payload's JSON Schema, including its version.",
    "ce_correlationid": "Id of the request that started the chain of events (extension).",
    "ce_causationid": "Id of the event or request that directly caused this one (extension).",
}

# Headers the consumer adds when it moves a record to `<topic>.dlq` (see shared/consumer.py).
_DLQ_HEADERS = {
    "dlq_reason": "Why the record was dead-lettered: `malformed`, `unknown_type`, "
    "`invalid_payload` or `handler_failed`.",
    "dlq_error": "The error, truncated to 2000 characters.",
    "dlq_original_topic": "Topic the record was read from.",
    "dlq_original_partition": "Partition the record was read from (decimal).",
    "dlq_original_offset": "Offset of the record in that partition (decimal).",
    "dlq_consumer_group": "Consumer group (service) that gave up on the record.",
    "dlq_failed_at": "When it was dead-lettered (RFC 3339).",
}


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Consumer:
    service: str
    streams: tuple[Stream, ...]
    event_types: frozenset[str]


def load_consumers() -> list[Consumer]:
    """Each service's `CONSUMES` and `HANDLERS`, checked against the catalogue."""
    consumers = []
    for service in SERVICES:
        module = importlib.import_module(f"services.{service}.consumers")
        streams: tuple[Stream, ...] = module.CONSUMES
        handlers: dict[str, Handler] = module.HANDLERS
        for event_type in handlers:
            spec = CATALOGUE.get(event_type)
            if spec is None or spec.stream not in streams:
                raise ValueError(
                    f"{service} handles {event_type!r}, which none of its streams carry"
                )
        consumers.append(Consumer(service, tuple(sorted(streams)), frozenset(handlers)))
    return consumers


def topic_prefix() -> str:
    """The topic prefix every deployment uses unless told otherwise (tests randomise it)."""
    default = ServiceSettings.model_fields["topic_prefix"].default
    if not isinstance(default, str):
        raise TypeError(f"ServiceSettings.topic_prefix has no string default: {default!r}")
    return default


def schema_file(spec: EventSpec) -> str:
    return f"{spec.name}.v{spec.version}.json"


def message_id(spec: EventSpec) -> str:
    return f"{spec.name}.v{spec.version}"


# --------------------------------------------------------------------------- JSON Schema


def event_schema(spec: EventSpec) -> dict[str, Any]:
    """The payload's JSON Schema (draft 2020-12), identified by the event's dataschema URN."""
    schema = spec.payload.model_json_schema()
    return {"$schema": JSON_SCHEMA_DIALECT, "$id": spec.dataschema, **schema}


def event_schemas() -> dict[str, dict[str, Any]]:
    return {schema_file(spec): event_schema(spec) for spec in CATALOGUE.values()}


# --------------------------------------------------------------------------- AsyncAPI


def _header_names(event: Event) -> list[str]:
    _, _, headers = to_kafka(event)
    return [name for name, _ in headers]


def cloudevents_headers() -> dict[str, Any]:
    """The record headers of an event, as `to_kafka` writes them.

    Required are those present on a minimal event; the others appear when their attribute is set.
    """
    minimal = Event(source="/", type="t", subject="s", data={})
    full = minimal.model_copy(
        update={"dataschema": "urn:x", "correlationid": "c", "causationid": "c"}
    )
    required = _header_names(minimal)
    names = _header_names(full)
    undocumented = sorted(set(names) - set(_HEADER_DESCRIPTIONS))
    if undocumented:
        raise ValueError(f"describe these headers in deploy/contracts.py: {undocumented}")
    properties: dict[str, Any] = {}
    for name in names:
        prop: dict[str, Any] = {"type": "string", "description": _HEADER_DESCRIPTIONS[name]}
        if name == "ce_time":
            prop["format"] = "date-time"
        properties[name] = prop
    properties["ce_specversion"]["const"] = minimal.specversion
    properties["content-type"]["const"] = minimal.datacontenttype
    return {
        "type": "object",
        "description": "CloudEvents 1.0 attributes in Kafka binary content mode.",
        "required": sorted(required),
        "properties": properties,
    }


# Example event ids are UUIDs, as real ones are, but fixed so the document is stable.
_EXAMPLE_IDS = uuid.UUID("6c7d1f0e-8b2a-4e59-9a43-0d1e2f3a4b5c")


def _example_record(
    spec: EventSpec, publisher: str, payload: BaseModel | None = None, variant: str = ""
) -> tuple[bytes, bytes, KafkaHeaders]:
    """The catalogue's example payload as `to_kafka` puts it on the topic (the relays' code)."""
    payload = payload or EXAMPLES.get(spec.name)
    if payload is None:
        raise ValueError(f"add an example of {spec.name} to shared/catalogue/examples.py")
    event = Event(
        id=str(uuid.uuid5(_EXAMPLE_IDS, spec.name + variant)),
        source=f"/alianza/{publisher}",
        type=spec.name,
        time=AT,
        subject=example_subject(spec.name),
        dataschema=spec.dataschema,
        data=payload.model_dump(mode="json"),
        correlationid=str(uuid.uuid5(_EXAMPLE_IDS, f"request:{spec.name}{variant}")),
    )
    return to_kafka(event)


def _example(name: str, key: bytes, value: bytes, headers: KafkaHeaders) -> dict[str, Any]:
    return {
        "name": name.replace(".", "_"),
        "summary": f"Key `{key.decode()}`; the value is the payload below.",
        "headers": {header: raw.decode() for header, raw in headers},
        "payload": json.loads(value),
    }


def message_examples(spec: EventSpec, publisher: str) -> list[dict[str, Any]]:
    """The message's examples: the headers and value of its example event's record, and of the
    same event about a restricted partnership where its payload is thin."""
    examples = [_example(spec.name, *_example_record(spec, publisher))]
    restricted = RESTRICTED_EXAMPLES.get(spec.name)
    if restricted is not None:
        record = _example_record(spec, publisher, restricted, ".restricted")
        examples.append(_example(f"{spec.name}.restricted", *record))
    return examples


def dead_letter_example(stream: Stream, consumers: Iterable[Consumer]) -> dict[str, Any]:
    """A record of `stream` as a consumer dead-letters it (`shared.consumer`'s own headers)."""
    publisher = PUBLISHER[stream]
    spec = min((s for s in CATALOGUE.values() if s.stream is stream), key=message_id)
    key, value, headers = _example_record(spec, publisher)
    readers = sorted(c.service for c in consumers if stream in c.streams)
    headers = dead_letter_headers(
        headers,
        reason="handler_failed",
        error="TimeoutError: the database did not answer within 5 s (5 attempts)",
        topic=topic_name(topic_prefix(), stream),
        partition=3,
        offset=1841,
        # No service reads some streams; a team of yours consuming them would be the group.
        group=readers[0] if readers else "your-consumer-group",
        failed_at=AT,
    )
    return _example(f"{stream.value}.dead_lettered", key, value, headers)


def _message(spec: EventSpec, publisher: str) -> dict[str, Any]:
    doc = (spec.payload.__doc__ or "").strip()
    return {
        "name": spec.name,
        "title": f"{spec.name} (v{spec.version})",
        "summary": f"`{spec.name}` on the {spec.stream.value} stream, published by {publisher}.",
        **({"description": doc} if doc else {}),
        "contentType": "application/json",
        "headers": {
            "allOf": [
                {"$ref": "#/components/schemas/CloudEventHeaders"},
                {
                    "type": "object",
                    "properties": {
                        "ce_type": {"const": spec.name},
                        "ce_source": {"const": f"/alianza/{publisher}"},
                        "ce_dataschema": {"const": spec.dataschema},
                    },
                },
            ]
        },
        "correlationId": {"$ref": "#/components/correlationIds/correlationid"},
        "payload": {"$ref": f"schemas/{schema_file(spec)}"},
        "bindings": {"$ref": "#/components/messageBindings/subjectKey"},
        "examples": message_examples(spec, publisher),
    }


def _dead_letter_message(stream: Stream, consumers: Iterable[Consumer]) -> dict[str, Any]:
    return {
        "name": f"{stream.value}.dead_lettered",
        "title": f"A record of the {stream.value} stream that a consumer gave up on",
        "summary": "The original record (key, value and headers unchanged) plus `dlq_*` headers.",
        "description": "The value is the original bytes, which may be anything (a malformed "
        "record lands here too); the CloudEvents headers are present when the original had them.",
        "headers": {"$ref": "#/components/schemas/DeadLetterHeaders"},
        "payload": {"description": "The original record value, unchanged."},
        "bindings": {
            "kafka": {
                "key": {"type": "string", "description": "The original record's key, unchanged."},
                "bindingVersion": KAFKA_BINDING_VERSION,
            }
        },
        "examples": [dead_letter_example(stream, consumers)],
    }


def _ref(*parts: str) -> dict[str, str]:
    escaped = (part.replace("~", "~0").replace("/", "~1") for part in parts)
    return {"$ref": "#/" + "/".join(escaped)}


def asyncapi_document(consumers: Iterable[Consumer]) -> dict[str, Any]:
    prefix = topic_prefix()
    consumers = list(consumers)
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for stream in Stream:
        publisher = PUBLISHER[stream]
        topic = topic_name(prefix, stream)
        specs = sorted(
            (spec for spec in CATALOGUE.values() if spec.stream is stream), key=message_id
        )
        for spec in specs:
            messages[message_id(spec)] = _message(spec, publisher)
        channel, dlq_channel = stream.value, f"{stream.value}_dlq"
        channels[channel] = {
            "address": topic,
            "title": topic,
            "description": f"Events of the {stream.value} stream, keyed by subject; "
            f"published by {publisher}.",
            "messages": {
                message_id(s): _ref("components", "messages", message_id(s)) for s in specs
            },
            "bindings": {"kafka": {"topic": topic, "bindingVersion": KAFKA_BINDING_VERSION}},
        }
        dead_letter = f"{stream.value}.dead_lettered"
        messages[dead_letter] = _dead_letter_message(stream, consumers)
        channels[dlq_channel] = {
            "address": dlq_name(topic),
            "title": dlq_name(topic),
            "description": f"Dead letters of {topic}: records its consumers could not apply.",
            "messages": {dead_letter: _ref("components", "messages", dead_letter)},
            "bindings": {
                "kafka": {"topic": dlq_name(topic), "bindingVersion": KAFKA_BINDING_VERSION}
            },
        }
        operations[f"{publisher}.publish.{stream.value}"] = {
            "action": "send",
            "title": f"{publisher} publishes {topic}",
            "summary": f"The {publisher} outbox relay publishes every {stream.value} event.",
            "channel": _ref("channels", channel),
            "messages": [_ref("channels", channel, "messages", message_id(s)) for s in specs],
        }
        for consumer in consumers:
            if stream not in consumer.streams:
                continue
            handled = [s for s in specs if s.name in consumer.event_types]
            operations[f"{consumer.service}.consume.{stream.value}"] = {
                "action": "receive",
                "title": f"{consumer.service} consumes {topic}",
                "summary": f"The {consumer.service} consumer applies these types; it skips "
                "the others.",
                "channel": _ref("channels", channel),
                "messages": [_ref("channels", channel, "messages", message_id(s)) for s in handled],
                "bindings": {
                    "kafka": {
                        "groupId": {"type": "string", "const": consumer.service},
                        "bindingVersion": KAFKA_BINDING_VERSION,
                    }
                },
            }
            operations[f"{consumer.service}.dead_letter.{stream.value}"] = {
                "action": "send",
                "title": f"{consumer.service} dead-letters to {dlq_name(topic)}",
                "summary": "A record that cannot be parsed, validated or applied (after bounded "
                "retries) is copied here and the consumer moves on.",
                "channel": _ref("channels", dlq_channel),
                "messages": [_ref("channels", dlq_channel, "messages", dead_letter)],
            }
    headers = cloudevents_headers()
    dead_letter_headers: dict[str, Any] = {
        "type": "object",
        "description": "The original record's headers (CloudEvents ones when it had them) "
        "plus why and where it failed.",
        "required": sorted(_DLQ_HEADERS),
        "properties": {
            # Copied as they were: a malformed record may carry any value, or none.
            **{
                name: {"type": "string", "description": f"As on the original record. {text}"}
                for name, text in sorted(_HEADER_DESCRIPTIONS.items())
            },
            **{
                name: {"type": "string", "description": text} for name, text in _DLQ_HEADERS.items()
            },
        },
    }
    dead_letter_headers["properties"]["dlq_failed_at"]["format"] = "date-time"
    return {
        "asyncapi": "3.0.0",
        "id": "urn:alianza:events",
        "info": {
            "title": "Alianza events",
            "version": "1.0.0",
            "description": "Every Kafka topic of Alianza and the CloudEvents it carries "
            "(binary content mode: `ce_*` headers, JSON value, key = subject = partnership id). "
            "Generated by `make contracts` from shared/catalogue and the services' consumers; "
            "do not edit by hand.",
        },
        "defaultContentType": "application/json",
        "servers": {
            "local": {
                "host": DEFAULT_KAFKA,
                "protocol": "kafka",
                "description": "The broker `make run` starts.",
            }
        },
        "channels": channels,
        "operations": operations,
        "components": {
            "messages": messages,
            "schemas": {"CloudEventHeaders": headers, "DeadLetterHeaders": dead_letter_headers},
            "correlationIds": {
                "correlationid": {
                    "description": "Follows one REST call through every service.",
                    "location": "$message.header#/ce_correlationid",
                }
            },
            "messageBindings": {
                "subjectKey": {
                    "kafka": {
                        "key": {
                            "type": "string",
                            "description": "The event's subject (`ce_subject`): the partnership "
                            "id for every event about a partnership, commitments and dossiers "
                            "included (the partner id for `partner.registered`), so all events "
                            "of one partnership stay in order on one partition.",
                        },
                        "bindingVersion": KAFKA_BINDING_VERSION,
                    }
                }
            },
        },
    }


# --------------------------------------------------------------------------- OpenAPI


@contextmanager
def _dummy_database_urls() -> Iterator[None]:
    """Settings require a database URL; building an app never connects, so any URL will do."""
    names = [f"{service.upper()}_DATABASE_URL" for service in SERVICES]
    saved = {name: os.environ.get(name) for name in names}
    try:
        for name in names:
            os.environ[name] = "postgresql+asyncpg://contracts@localhost/contracts"
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def openapi_documents() -> dict[str, dict[str, Any]]:
    documents = {}
    with _dummy_database_urls():
        for service in SERVICES:
            module = importlib.import_module(f"services.{service}.app")
            documents[service] = module.create_app().openapi()
    return documents


# --------------------------------------------------------------------------- rendering


def dump_json(document: Mapping[str, Any]) -> bytes:
    return (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def dump_yaml(document: Mapping[str, Any]) -> bytes:
    text = yaml.safe_dump(
        document, sort_keys=True, allow_unicode=True, width=100, default_flow_style=False
    )
    return text.encode()


def render() -> dict[str, bytes]:
    """Every generated file: its path under `contracts/` and its exact bytes."""
    files = {ASYNCAPI: dump_yaml(asyncapi_document(load_consumers()))}
    for name, schema in event_schemas().items():
        files[f"schemas/{name}"] = dump_json(schema)
    for service, document in openapi_documents().items():
        files[f"openapi/{service}.json"] = dump_json(document)
    return dict(sorted(files.items()))


def committed(root: Path = CONTRACTS) -> dict[str, bytes]:
    """The generated files as they are on disk (stale ones in generated folders included)."""
    files = {}
    if (root / ASYNCAPI).exists():
        files[ASYNCAPI] = (root / ASYNCAPI).read_bytes()
    for folder in GENERATED_DIRS:
        for path in sorted((root / folder).glob("*")):
            if path.is_file():
                files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


def write(files: Mapping[str, bytes], root: Path = CONTRACTS) -> None:
    for folder in GENERATED_DIRS:
        shutil.rmtree(root / folder, ignore_errors=True)
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def freeze_baseline(root: Path = CONTRACTS) -> None:
    """Copy today's event schemas into `baseline/`: what later changes must stay compatible with."""
    baseline = root / BASELINE
    shutil.rmtree(baseline, ignore_errors=True)
    baseline.mkdir(parents=True)
    for name, schema in event_schemas().items():
        (baseline / name).write_bytes(dump_json(schema))


# --------------------------------------------------------------------------- compatibility


def _resolve(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow local `$ref`s (`#/$defs/...`) until a schema that is not a reference."""
    seen: set[str] = set()
    while "$ref" in schema:
        ref = schema["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            raise ValueError(f"cannot resolve $ref {ref!r}")
        seen.add(ref)
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        schema = target
    return schema


def _branches(schema: Mapping[str, Any], root: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The schema's alternatives by kind (`object`, `string:date`, `null`, ...)."""
    schema = _resolve(schema, root)
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives:
        found: dict[str, Mapping[str, Any]] = {}
        for alternative in alternatives:
            found.update(_branches(alternative, root))
        return found
    types = schema.get("type", "any")
    kinds = {}
    for kind in [types] if isinstance(types, str) else types:
        label = f"{kind}:{schema['format']}" if "format" in schema else str(kind)
        kinds[label] = schema
    return kinds


def _compare(
    old: Mapping[str, Any],
    old_root: Mapping[str, Any],
    new: Mapping[str, Any],
    new_root: Mapping[str, Any],
    where: str,
) -> list[str]:
    old_kinds, new_kinds = _branches(old, old_root), _branches(new, new_root)
    if set(old_kinds) != set(new_kinds):
        return [f"{where}: type changed from {sorted(old_kinds)} to {sorted(new_kinds)}"]
    problems = []
    for kind, old_branch in old_kinds.items():
        new_branch = new_kinds[kind]
        old_enum = old_branch.get("enum", [old_branch["const"]] if "const" in old_branch else None)
        new_enum = new_branch.get("enum", [new_branch["const"]] if "const" in new_branch else None)
        if old_enum is not None and (
            new_enum is None or not set(map(str, new_enum)) <= set(map(str, old_enum))
        ):
            problems.append(f"{where}: allows values the previous version did not: {new_enum}")
        if kind == "array" and ("items" in old_branch or "items" in new_branch):
            problems += _compare(
                old_branch.get("items", {}),
                old_root,
                new_branch.get("items", {}),
                new_root,
                f"{where}[]",
            )
        if kind == "object":
            problems += _compare_object(old_branch, old_root, new_branch, new_root, where)
    return problems


def _compare_object(
    old: Mapping[str, Any],
    old_root: Mapping[str, Any],
    new: Mapping[str, Any],
    new_root: Mapping[str, Any],
    where: str,
) -> list[str]:
    old_props: Mapping[str, Any] = old.get("properties", {})
    new_props: Mapping[str, Any] = new.get("properties", {})
    old_required, new_required = set(old.get("required", ())), set(new.get("required", ()))
    problems = []
    for name in sorted(old_props):
        path = f"{where}.{name}" if where else name
        if name not in new_props:
            problems.append(f"{path}: removed")
            continue
        if name in old_required and name not in new_required:
            problems.append(f"{path}: no longer required (readers of the previous version need it)")
        if name not in old_required and name in new_required:
            problems.append(f"{path}: was optional, is now required")
        problems += _compare(old_props[name], old_root, new_props[name], new_root, path)
    for name in sorted(set(new_props) - set(old_props)):
        if name in new_required:
            path = f"{where}.{name}" if where else name
            problems.append(f"{path}: new required property (add it as optional, with a default)")
    return problems


def compatibility_problems(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """Why events valid under `new` could break a consumer written for `old` (empty: compatible).

    Backward compatible means: no property removed, none retyped (its set of types and formats
    is unchanged, enums never grow), no optional property made required or vice versa, no new
    required property. Adding an optional property is the one safe change. Nested objects
    (`$defs`), array items and `anyOf` alternatives are compared the same way.
    """
    return _compare(old, old, new, new, "")


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--no-html",
        action="store_true",
        help="leave contracts/asyncapi-html/ as it is (no AsyncAPI CLI needed)",
    )
    parser.add_argument(
        "--freeze-baseline",
        action="store_true",
        help="also copy the current event schemas to contracts/baseline/ (a release's contract)",
    )
    args = parser.parse_args(argv)
    files = render()
    write(files)
    print(f"[contracts] wrote {len(files)} files under {CONTRACTS.relative_to(REPO)}/")
    if not args.no_html:
        event_docs.render(event_docs.cli_path())
        print(
            f"[contracts] rendered {event_docs.HTML_DIR.relative_to(REPO)}/ with the AsyncAPI CLI"
        )
    if args.freeze_baseline:
        freeze_baseline()
        print(f"[contracts] froze the event schemas in {CONTRACTS.relative_to(REPO)}/{BASELINE}/")


if __name__ == "__main__":
    main()
