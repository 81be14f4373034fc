"""contracts/ is what the code says, stays readable by consumers of the baseline, and validates.

The AsyncAPI document is checked with the official AsyncAPI parser (Node, `contracts/tools/`),
the OpenAPI documents with openapi-spec-validator, the event schemas against JSON Schema 2020-12.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_openapi
from pydantic import BaseModel

from deploy import contracts, event_docs
from shared.catalogue import CATALOGUE, validate_payload
from shared.catalogue.examples import EXAMPLES, RESTRICTED_EXAMPLES
from shared.events import from_kafka

TOOLS = contracts.CONTRACTS / "tools"
REGENERATE = "run `make contracts` and commit contracts/"


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return contracts.render()


# --------------------------------------------------------------------------- drift


def test_committed_contracts_match_the_code(rendered: dict[str, bytes]) -> None:
    on_disk = contracts.committed()
    missing = sorted(set(rendered) - set(on_disk))
    stale = sorted(set(on_disk) - set(rendered))
    changed = sorted(
        name for name in set(rendered) & set(on_disk) if rendered[name] != on_disk[name]
    )
    assert not (missing or stale or changed), (
        f"contracts/ has drifted from the code; {REGENERATE}. "
        f"missing: {missing}, changed: {changed}, no longer generated: {stale}"
    )


def test_generation_is_deterministic(rendered: dict[str, bytes]) -> None:
    assert contracts.render() == rendered


def test_every_event_type_has_its_schema_and_message(rendered: dict[str, bytes]) -> None:
    document = yaml.safe_load(rendered[contracts.ASYNCAPI])
    for spec in CATALOGUE.values():
        schema = json.loads(rendered[f"schemas/{contracts.schema_file(spec)}"])
        assert schema["$id"] == spec.dataschema
        assert schema["$schema"] == contracts.JSON_SCHEMA_DIALECT
        Draft202012Validator.check_schema(schema)
        message = document["components"]["messages"][contracts.message_id(spec)]
        assert message["payload"] == {"$ref": f"schemas/{contracts.schema_file(spec)}"}
        channel = document["channels"][spec.stream.value]
        assert contracts.message_id(spec) in channel["messages"]


def test_every_message_has_an_example_valid_for_its_schemas(rendered: dict[str, bytes]) -> None:
    document = yaml.safe_load(rendered[contracts.ASYNCAPI])
    headers_schema = document["components"]["schemas"]["CloudEventHeaders"]
    assert set(EXAMPLES) == set(CATALOGUE), "shared/catalogue/examples.py: one example per type"
    for spec in CATALOGUE.values():
        message = document["components"]["messages"][contracts.message_id(spec)]
        expected = 1 + (spec.name in RESTRICTED_EXAMPLES)
        assert len(message["examples"]) == expected, spec.name
        for example in message["examples"]:
            schema = json.loads(rendered[f"schemas/{contracts.schema_file(spec)}"])
            Draft202012Validator(schema).validate(example["payload"])
            constants = message["headers"]["allOf"][1]
            Draft202012Validator({"allOf": [headers_schema, constants]}).validate(
                example["headers"]
            )
            # ... and a consumer reads it back as the event it stands for.
            record = [(name, value.encode()) for name, value in example["headers"].items()]
            event = from_kafka(json.dumps(example["payload"]).encode(), record)
            assert event.type == spec.name
            validate_payload(event.type, event.data)
    dead_letter_schema = document["components"]["schemas"]["DeadLetterHeaders"]
    for name, message in document["components"]["messages"].items():
        assert message.get("examples"), f"{name} has no example"
        if name.endswith(".dead_lettered"):
            (example,) = message["examples"]
            Draft202012Validator(dead_letter_schema).validate(example["headers"])
            assert (
                example["headers"]["dlq_original_topic"]
                == document["channels"][name.removesuffix(".dead_lettered")]["address"]
            )


def test_the_event_docs_were_rendered_from_the_committed_document() -> None:
    # Rendering needs the AsyncAPI CLI (hundreds of MB of npm packages): the page records what it
    # was rendered from instead, and this holds the record to today's document and schemas.
    recorded = (event_docs.HTML_DIR / event_docs.RENDERED_FROM).read_text()
    assert recorded == event_docs.rendered_from_line(event_docs.source_digest()), (
        "contracts/asyncapi-html/ was rendered from another AsyncAPI document; run "
        "`make contracts` (it installs the AsyncAPI CLI once) and commit contracts/"
    )
    assert (event_docs.HTML_DIR / "index.html").stat().st_size > 0


def test_consumers_receive_exactly_the_types_they_handle(rendered: dict[str, bytes]) -> None:
    operations = yaml.safe_load(rendered[contracts.ASYNCAPI])["operations"]
    for consumer in contracts.load_consumers():
        received = set()
        for stream in consumer.streams:
            operation = operations[f"{consumer.service}.consume.{stream.value}"]
            assert operation["action"] == "receive"
            received |= {ref["$ref"].rsplit("/", 1)[1] for ref in operation["messages"]}
            assert f"{consumer.service}.dead_letter.{stream.value}" in operations
        handled = {contracts.message_id(CATALOGUE[name]) for name in consumer.event_types}
        assert received == handled, consumer.service


def test_a_record_with_only_the_required_headers_is_accepted_by_consumers() -> None:
    headers = contracts.cloudevents_headers()
    examples = {
        "ce_time": "2025-01-01T00:00:00+00:00",
        "ce_specversion": headers["properties"]["ce_specversion"]["const"],
        "content-type": headers["properties"]["content-type"]["const"],
    }
    record = [(name, examples.get(name, "x").encode()) for name in headers["required"]]
    assert from_kafka(b"{}", record).subject == "x"


# --------------------------------------------------------------------------- compatibility


def test_every_event_schema_is_backward_compatible_with_its_baseline() -> None:
    baseline_dir = contracts.CONTRACTS / contracts.BASELINE
    baseline = {path.name: json.loads(path.read_text()) for path in baseline_dir.glob("*.json")}
    assert baseline, (
        "contracts/baseline/ is empty: run `python -m deploy.contracts --freeze-baseline`"
    )
    problems = baseline_problems(baseline, contracts.event_schemas())
    assert not problems, (
        "these changes break consumers of the previous version (add optional fields only, or "
        "publish a new version of the event):\n" + "\n".join(problems)
    )


def baseline_problems(
    baseline: dict[str, dict[str, Any]], current: dict[str, dict[str, Any]]
) -> list[str]:
    """What breaks a consumer of the baseline: every baseline type must still exist, compatibly.

    Walks the baseline, not the catalogue, so an event type deleted from the code is reported
    rather than silently skipped.
    """
    problems = []
    for name, old in sorted(baseline.items()):
        if name not in current:
            problems.append(f"{name}: the event type is gone; its consumers would get nothing")
            continue
        problems += [f"{name}: {p}" for p in contracts.compatibility_problems(old, current[name])]
    return problems


def test_a_deleted_event_type_is_reported() -> None:
    current = contracts.event_schemas()
    deleted = "partnership.withdrawn.v1.json"
    assert deleted in current
    without = {name: schema for name, schema in current.items() if name != deleted}
    assert baseline_problems(current, current) == []
    assert baseline_problems(current, without) == [
        f"{deleted}: the event type is gone; its consumers would get nothing"
    ]


def test_an_incompatible_change_is_reported_against_the_baseline() -> None:
    old = {"x.v1.json": V1.model_json_schema()}

    class Narrowed(BaseModel):
        partnership_id: str

    new = {"x.v1.json": Narrowed.model_json_schema()}
    assert baseline_problems(old, new), "removing fields must be reported"


class Dossier(BaseModel):
    id: str
    notes: str | None = None


class V1(BaseModel):
    partnership_id: str
    cycle: int
    comment: str = ""
    dossier: Dossier
    tags: list[str] = []


def _problems(new: type[BaseModel]) -> list[str]:
    return contracts.compatibility_problems(V1.model_json_schema(), new.model_json_schema())


def test_the_same_schema_is_compatible() -> None:
    assert _problems(V1) == []


def test_adding_an_optional_field_is_compatible() -> None:
    class V2(V1):
        outcome: str | None = None
        findings: str = ""

    assert _problems(V2) == []


def test_removing_a_field_is_incompatible() -> None:
    class V2(BaseModel):
        partnership_id: str
        comment: str = ""
        dossier: Dossier
        tags: list[str] = []

    assert _problems(V2) == ["cycle: removed"]


def test_retyping_a_field_is_incompatible() -> None:
    class V2(V1):
        cycle: str  # type: ignore[assignment]

    assert _problems(V2) == ["cycle: type changed from ['integer'] to ['string']"]


def test_making_a_field_nullable_is_incompatible() -> None:
    class V2(V1):
        partnership_id: str | None  # type: ignore[assignment]

    assert _problems(V2) == ["partnership_id: type changed from ['string'] to ['null', 'string']"]


def test_making_an_optional_field_required_is_incompatible() -> None:
    class V2(V1):
        comment: str

    assert _problems(V2) == ["comment: was optional, is now required"]


def test_making_a_required_field_optional_is_incompatible() -> None:
    class V2(V1):
        cycle: int = 0

    assert _problems(V2) == ["cycle: no longer required (readers of the previous version need it)"]


def test_a_new_required_field_is_incompatible() -> None:
    class V2(V1):
        outcome: str

    assert _problems(V2) == ["outcome: new required property (add it as optional, with a default)"]


def test_nested_models_and_array_items_are_compared() -> None:
    class NewDossier(BaseModel):
        notes: str | None = None

    class V2(V1):
        dossier: NewDossier  # type: ignore[assignment]
        tags: list[int] = []  # type: ignore[assignment]

    assert _problems(V2) == [
        "dossier.id: removed",
        "tags[]: type changed from ['string'] to ['integer']",
    ]


def test_changing_a_format_is_incompatible() -> None:
    old = {"type": "object", "properties": {"on": {"type": "string", "format": "date"}}}
    new = {"type": "object", "properties": {"on": {"type": "string", "format": "date-time"}}}
    assert contracts.compatibility_problems(old, new) == [
        "on: type changed from ['string:date'] to ['string:date-time']"
    ]


def test_growing_an_enum_is_incompatible() -> None:
    old = {"type": "object", "properties": {"s": {"type": "string", "enum": ["a", "b"]}}}
    narrower = {"type": "object", "properties": {"s": {"type": "string", "enum": ["a"]}}}
    wider = {"type": "object", "properties": {"s": {"type": "string", "enum": ["a", "b", "c"]}}}
    assert contracts.compatibility_problems(old, narrower) == []
    assert contracts.compatibility_problems(old, wider) == [
        "s: allows values the previous version did not: ['a', 'b', 'c']"
    ]


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize("service", contracts.SERVICES)
def test_openapi_document_is_valid(service: str) -> None:
    document: dict[str, Any] = json.loads(
        (contracts.CONTRACTS / "openapi" / f"{service}.json").read_text()
    )
    validate_openapi(document)


@pytest.mark.parametrize("service", contracts.SERVICES)
def test_operation_ids_are_unique_handler_names(service: str) -> None:
    """Generated clients (sdk/) name their functions after operationIds: short, unique names."""
    document: dict[str, Any] = json.loads(
        (contracts.CONTRACTS / "openapi" / f"{service}.json").read_text()
    )
    ids = [
        operation["operationId"]
        for path in document["paths"].values()
        for operation in path.values()
        if isinstance(operation, dict) and "operationId" in operation
    ]
    assert ids
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids), ids


def _node_tools() -> None:
    """The AsyncAPI parser installed from the lockfile (`npm ci`) unless already there."""
    lock = json.loads((TOOLS / "package-lock.json").read_text())
    wanted = lock["packages"]["node_modules/@asyncapi/parser"]["version"]
    installed = TOOLS / "node_modules" / "@asyncapi" / "parser" / "package.json"
    if installed.exists() and json.loads(installed.read_text())["version"] == wanted:
        return
    npm = shutil.which("npm")
    assert npm, "npm is needed to install the AsyncAPI parser (contracts/tools)"
    result = subprocess.run(
        [npm, "ci", "--prefix", str(TOOLS), "--prefer-offline", "--ignore-scripts", "--no-audit"],
        cwd=contracts.REPO,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, f"npm ci failed:\n{result.stdout}\n{result.stderr}"


def _validate_asyncapi(path: Path) -> subprocess.CompletedProcess[str]:
    _node_tools()
    node = shutil.which("node")
    assert node, "node is needed to run the AsyncAPI parser"
    return subprocess.run(
        [node, str(TOOLS / "validate.mjs"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_asyncapi_document_is_valid_for_the_official_parser() -> None:
    result = _validate_asyncapi(contracts.CONTRACTS / contracts.ASYNCAPI)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "VALID: " in result.stdout


def test_the_parser_rejects_an_invalid_document(tmp_path: Path) -> None:
    broken = tmp_path / "asyncapi.yaml"
    broken.write_text(
        "asyncapi: 3.0.0\ninfo: {title: broken}\n"
        "operations:\n  o: {action: send, channel: {$ref: '#/channels/missing'}}\n"
    )
    result = _validate_asyncapi(broken)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "INVALID" in result.stdout


def test_a_restricted_partnerships_example_is_thin_and_the_schema_says_so(
    rendered: dict[str, bytes],
) -> None:
    document = yaml.safe_load(rendered[contracts.ASYNCAPI])
    spec = CATALOGUE["partnership.adopted"]
    message = document["components"]["messages"][contracts.message_id(spec)]
    whole, thin = (example["payload"]["partnership"] for example in message["examples"])
    assert whole["title"] and whole["planned_commitments"][0]["description"]
    assert thin["classification"] == "restricted"
    assert (thin["title"], thin["summary"], thin["translations"]) == ("", "", {})
    assert all(c["description"] == c["indicator"] == "" for c in thin["planned_commitments"])
    assert thin["planned_commitments"][0]["target"] == whole["planned_commitments"][0]["target"]
    schema = json.loads(rendered[f"schemas/{contracts.schema_file(spec)}"])
    snapshot = schema["$defs"]["PartnershipSnapshot"]["properties"]["classification"]
    assert "restricted" in json.dumps(schema["$defs"]["Classification"])
    assert "thin" in snapshot["description"]
