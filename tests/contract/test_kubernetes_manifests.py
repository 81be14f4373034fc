"""The Kubernetes base, as `kubectl kustomize` renders it, deploys what the code runs.

Every process of every service is a Deployment running the command the code knows; probes ask
for routes the processes serve; each variable is one a settings class reads; nothing secret is
written inline; the Kafka topics are the AsyncAPI document's channels and the Kafka users' ACLs
the access table; the operators' resources are valid against their published CRD schemas.
"""

from __future__ import annotations

import copy
import importlib
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from fastapi import FastAPI

from deploy.kubernetes import generate, secrets
from deploy.local import stack
from ops.console.app import create_app as create_console
from ops.console.settings import ConsoleSettings
from shared.catalogue import topic_name
from shared.catalogue.access import PRINCIPALS
from shared.settings import ServiceSettings
from tests.support.settings_names import (
    env_names,
    settings_for_command,
)

REPO = Path(__file__).resolve().parents[2]
BASE = REPO / "deploy" / "kubernetes" / "base"
MONITORING = REPO / "deploy" / "kubernetes" / "monitoring"
CRDS = Path(__file__).parent / "crds"
SERVICES = [service.name for service in stack.SERVICES]

Doc = dict[str, Any]


def render(base: Path = BASE) -> list[Doc]:
    kubectl = shutil.which("kubectl")
    assert kubectl, "kubectl is missing: `make test` installs it (Debian's kubernetes-client)"
    result = subprocess.run(
        [kubectl, "kustomize", str(base)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


# The generated base, and the example overlay an installation starts from.
RENDERED = {"base": BASE, "example": REPO / "deploy" / "kubernetes" / "overlays" / "example"}


@pytest.fixture(scope="module", params=sorted(RENDERED))
def rendered(request: pytest.FixtureRequest) -> list[Doc]:
    return render(RENDERED[request.param])


def of_kind(docs: list[Doc], kind: str) -> dict[str, Doc]:
    return {doc["metadata"]["name"]: doc for doc in docs if doc["kind"] == kind}


def pod_spec(doc: Doc) -> Doc:
    spec: Doc = doc["spec"]["template"]["spec"]
    return spec


def containers(doc: Doc) -> Iterator[Doc]:
    spec = pod_spec(doc)
    yield from spec.get("initContainers", [])
    yield from spec["containers"]


def workloads(docs: list[Doc]) -> list[Doc]:
    return [doc for doc in docs if doc["kind"] in {"Deployment", "Job"}]


def main_container(deployment: Doc) -> Doc:
    [container] = pod_spec(deployment)["containers"]
    found: Doc = container
    return found


# --------------------------------------------------------------------------- the processes


def expected_processes() -> dict[str, list[str]]:
    """Deployment name → command, from each service's own process list and the stack's extras."""
    expected = {}
    for service in SERVICES:
        processes = importlib.import_module(f"services.{service}.__main__").PROCESSES
        for process in processes.long_running:
            expected[f"{service}-{process}"] = ["python", "-m", f"services.{service}", process]
    for name, argv in stack.EXTRAS:
        expected[name] = ["python", *argv]
    return expected


def test_the_committed_base_is_what_the_generator_writes() -> None:
    fresh = generate.render()
    committed = {path.name: path.read_text() for path in BASE.glob("*.yaml")}
    assert committed == fresh, "deploy/kubernetes/base is stale: run `make manifests`"
    monitoring = {path.name: path.read_text() for path in MONITORING.glob("*.yaml")}
    assert monitoring == generate.render(generate.monitoring_files()), "run `make manifests`"


def test_prometheus_scrapes_every_service_the_base_exposes_with_the_apis_token() -> None:
    base = render()
    monitors = of_kind(render(MONITORING), "ServiceMonitor")
    services = of_kind(base, "Service")
    assert set(monitors) == set(services)
    for name, monitor in monitors.items():
        selected = monitor["spec"]["selector"]["matchLabels"].items()
        assert selected <= services[name]["metadata"]["labels"].items(), name
        (endpoint,) = monitor["spec"]["endpoints"]
        assert endpoint["port"] in {p["name"] for p in services[name]["spec"]["ports"]}, name
        assert endpoint["path"] == "/metrics"
        # The APIs' /metrics is closed without the scrape token: the monitor must present the
        # very Secret the API reads its token from.
        env = {
            e["name"]: e.get("valueFrom", {}).get("secretKeyRef")
            for e in main_container(of_kind(base, "Deployment")[name])["env"]
        }
        token = env.get("ALIANZA_METRICS_SCRAPE_TOKEN")
        if name.endswith("-api"):
            assert token is not None, name
            credentials = endpoint["authorization"]["credentials"]
            assert (credentials["name"], credentials["key"]) == (token["name"], token["key"])
        else:
            assert token is None and "authorization" not in endpoint, name


def test_the_operators_alert_rules_are_the_ones_promtool_tests() -> None:
    (rule,) = of_kind(render(MONITORING), "PrometheusRule").values()
    tested = yaml.safe_load((REPO / "deploy" / "prometheus" / "alerts.yml").read_text())
    assert rule["spec"]["groups"] == tested["groups"]


def test_every_process_of_every_service_is_a_deployment_running_its_command(
    rendered: list[Doc],
) -> None:
    deployments = of_kind(rendered, "Deployment")
    expected = expected_processes()
    assert set(deployments) == set(expected)
    for name, command in expected.items():
        assert main_container(deployments[name])["command"] == command, name
    # ...and what `make run` starts is the same list.
    local = {f"{s.name}-{p}" for s in stack.SERVICES for p in s.processes}
    assert local | {name for name, _ in stack.EXTRAS} == set(expected)


def test_deployments_are_well_formed(rendered: list[Doc]) -> None:
    for doc in workloads(rendered):
        template_labels = doc["spec"]["template"]["metadata"]["labels"]
        if doc["kind"] == "Deployment":
            selector = doc["spec"]["selector"]["matchLabels"]
            assert selector.items() <= template_labels.items(), doc["metadata"]["name"]
            # Autoscaled ones leave the count to their autoscaler, which an apply would reset.
            autoscaled = doc["metadata"]["name"] in of_kind(rendered, "HorizontalPodAutoscaler")
            assert ("replicas" not in doc["spec"]) if autoscaled else doc["spec"]["replicas"] >= 1
        else:
            assert pod_spec(doc)["restartPolicy"] in {"OnFailure", "Never"}
        for container in containers(doc):
            assert container["image"] and container["command"], container["name"]
            resources = container["resources"]
            assert {"cpu", "memory"} <= set(resources["requests"]), container["name"]
            assert "memory" in resources["limits"], container["name"]
            assert container["securityContext"]["allowPrivilegeEscalation"] is False
        assert pod_spec(doc)["securityContext"]["runAsNonRoot"] is True
        assert pod_spec(doc)["automountServiceAccountToken"] is False
        volumes = {volume["name"] for volume in pod_spec(doc)["volumes"]}
        for container in containers(doc):
            for mount in container.get("volumeMounts", []):
                assert mount["name"] in volumes, (doc["metadata"]["name"], mount["name"])


# --------------------------------------------------------------------------- probes


def _fastapi_paths(app: FastAPI) -> set[str]:
    """Every path the app answers: its documented ones, and routes left out of the schema."""
    undocumented = {str(getattr(route, "path", "")) for route in app.routes} - {""}
    return set(app.openapi()["paths"]) | undocumented


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, tuple[int, set[str]]]]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        yield served_routes(monkeypatch)


def served_routes(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[int, set[str]]]:
    """Deployment name → (the port it listens on, the paths it answers)."""
    for service in SERVICES:  # settings need a URL; building an app never connects
        monkeypatch.setenv(f"{service.upper()}_DATABASE_URL", "postgresql://probe@localhost/probe")
    served = {}
    for service in SERVICES:
        app = importlib.import_module(f"services.{service}.app").create_app()
        port = importlib.import_module(f"services.{service}.__main__").PROCESSES.port
        served[f"{service}-api"] = (port, _fastapi_paths(app))
    console = ConsoleSettings()
    served["ops-console"] = (console.port, _fastapi_paths(create_console(console)))
    # The watcher's server is prometheus_client's start_http_server: it answers its exposition.
    watch_port = importlib.import_module("ops.watch").WatchSettings().metrics_port
    served["ops-watch"] = (watch_port, {"/metrics"})
    return served


def test_probes_ask_for_routes_the_process_serves_on_its_port(
    rendered: list[Doc], served: dict[str, tuple[int, set[str]]]
) -> None:
    deployments = of_kind(rendered, "Deployment")
    for name, deployment in deployments.items():
        container = main_container(deployment)
        probes = [container[key] for key in ("livenessProbe", "readinessProbe") if key in container]
        if name not in served:
            # A worker serves no HTTP: no port, nothing to probe; its exit restarts the pod.
            assert not probes and "ports" not in container, name
            continue
        port, paths = served[name]
        assert container["ports"] == [{"name": "http", "containerPort": port}], name
        assert len(probes) == 2, f"{name} serves HTTP but lacks a liveness or readiness probe"
        for probe in probes:
            assert probe["httpGet"]["port"] == "http", name
            assert probe["httpGet"]["path"] in paths, (name, probe["httpGet"]["path"])
        if "/healthz" in paths:
            assert container["livenessProbe"]["httpGet"]["path"] == "/healthz", name
            assert container["readinessProbe"]["httpGet"]["path"] == "/readyz", name


# --------------------------------------------------------------------------- settings


def config_maps(docs: list[Doc]) -> dict[str, dict[str, str]]:
    return {name: doc.get("data", {}) for name, doc in of_kind(docs, "ConfigMap").items()}


def test_every_variable_is_one_the_process_settings_read(rendered: list[Doc]) -> None:
    maps = config_maps(rendered)
    readers: dict[str, set[str]] = {name: set() for name in maps}  # map → names its readers read
    for doc in workloads(rendered):
        for container in containers(doc):
            known = env_names(settings_for_command(container["command"]))
            unknown = {env["name"] for env in container.get("env", [])} - known
            assert not unknown, f"{doc['metadata']['name']}/{container['name']} sets {unknown}"
            for source in container.get("envFrom", []):
                readers[source["configMapRef"]["name"]] |= known
    for name, data in maps.items():
        assert readers[name], f"ConfigMap {name} is read by nobody"
        assert set(data) <= readers[name], set(data) - readers[name]


SECRET_LOOKING = re.compile(r"PASSWORD|SECRET|TOKEN|_KEY$|KEY_|DATABASE_URL|CREDENTIAL")
CREDENTIALS_IN_URL = re.compile(r"://[^/\s:@]+:[^/\s@]+@")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_no_secret_is_written_inline(rendered: list[Doc]) -> None:
    for doc in workloads(rendered):
        for container in containers(doc):
            for env in container.get("env", []):
                if SECRET_LOOKING.search(env["name"]):
                    assert "value" not in env, f"{env['name']} is written inline"
                    assert "secretKeyRef" in env["valueFrom"], env["name"]
    for data in config_maps(rendered).values():
        assert not [key for key in data if SECRET_LOOKING.search(key)], data
    for secret in of_kind(rendered, "Secret").values():
        assert not secret.get("data") and not secret.get("stringData"), secret["metadata"]
    for doc in rendered:
        assert not [text for text in _strings(doc) if CREDENTIALS_IN_URL.search(text)]


def secret_refs(docs: list[Doc]) -> set[tuple[str, str]]:
    refs = set()
    for doc in workloads(docs):
        for container in containers(doc):
            for env in container.get("env", []):
                ref = env.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    refs.add((ref["name"], ref["key"]))
        for volume in pod_spec(doc).get("volumes", []):
            if "secret" in volume:
                for item in volume["secret"]["items"]:
                    refs.add((volume["secret"]["secretName"], item["key"]))
    return refs


def test_every_secret_referenced_is_made_by_the_generator_or_an_operator(
    rendered: list[Doc],
) -> None:
    generated = {
        (doc["metadata"]["name"], key)
        for doc in secrets.documents("alianza")
        for key in doc["stringData"]
    }
    # Strimzi's User Operator writes each KafkaUser's password into a Secret of its name; its
    # Cluster Operator the cluster CA certificate clients verify the brokers with.
    by_strimzi = {(name, "password") for name in of_kind(rendered, "KafkaUser")}
    by_strimzi |= {(f"{name}-cluster-ca-cert", "ca.crt") for name in of_kind(rendered, "Kafka")}
    missing = secret_refs(rendered) - generated - by_strimzi
    assert not missing, missing


def test_generated_database_secrets_agree_with_the_cluster_roles(rendered: list[Doc]) -> None:
    generated = {doc["metadata"]["name"]: doc for doc in secrets.documents("alianza")}
    [cluster] = of_kind(rendered, "Cluster").values()
    databases = {
        doc["spec"]["owner"]: doc["spec"]["name"] for doc in of_kind(rendered, "Database").values()
    }
    for role in cluster["spec"]["managed"]["roles"]:
        secret = generated[role["passwordSecret"]["name"]]
        assert secret["type"] == "kubernetes.io/basic-auth"
        data = secret["stringData"]
        assert data["username"] == role["name"]
        service = role["name"].rsplit("_", 1)[0]
        database = databases[f"{service}_owner"]
        assert data["url"].endswith(
            f"//{role['name']}:{data['password']}@{generate.PG_CLUSTER}-rw:5432/{database}"
        )


# --------------------------------------------------------------------------- database roles


def test_processes_log_in_as_their_app_role_and_only_the_job_as_owner(
    rendered: list[Doc],
) -> None:
    [cluster] = of_kind(rendered, "Cluster").values()
    roles = {role["name"]: role for role in cluster["spec"]["managed"]["roles"]}
    assert cluster["spec"]["instances"] >= 2, "a primary and at least one replica"
    databases = of_kind(rendered, "Database")
    for service in SERVICES:
        owner, app = f"{service}_owner", f"{service}_app"
        for role in (owner, app):
            assert roles[role]["login"] is True
            assert not any(
                roles[role].get(power) for power in ("superuser", "createdb", "createrole")
            )
        [database] = [d for d in databases.values() if d["spec"]["name"] == f"alianza_{service}"]
        assert database["spec"]["owner"] == owner
    app_secrets = {generate.app_db_secret(service): service for service in SERVICES}
    owner_secrets = {generate.owner_db_secret(service) for service in SERVICES}
    for doc in workloads(rendered):
        name = doc["metadata"]["name"]
        used = {secret for secret, _ in secret_refs([doc])}
        if doc["kind"] == "Job":
            continue
        assert not used & owner_secrets, f"{name} holds a schema owner's password"
        mine = {app_secrets[secret] for secret in used & set(app_secrets)}
        assert mine <= {name.split("-")[0]}, f"{name} reads another service's database"


def test_migrations_run_as_a_job_before_the_processes_start(rendered: list[Doc]) -> None:
    jobs = of_kind(rendered, "Job")
    for service in SERVICES:
        job = jobs[f"{service}-migrate"]
        [migrate] = pod_spec(job)["containers"]
        assert migrate["command"] == ["python", "-m", f"services.{service}", "migrate"]
        [grant] = pod_spec(job)["initContainers"]
        assert grant["command"][-2:] == ["grant", service]
        assert {env["name"] for env in migrate["env"]} >= {
            f"{service.upper()}_MIGRATION_DATABASE_URL"
        }
    for name, deployment in of_kind(rendered, "Deployment").items():
        service = name.split("-")[0]
        if service not in SERVICES:
            continue
        waits = [c["command"] for c in pod_spec(deployment).get("initContainers", [])]
        assert ["python", "-m", "deploy.kubernetes.schema", "wait", service] in waits, name


# --------------------------------------------------------------------------- scale


def test_postgres_accepts_every_pool_at_the_largest_scale(rendered: list[Doc]) -> None:
    ceilings = {
        a["spec"]["scaleTargetRef"]["name"]: a["spec"]["maxReplicas"]
        for a in of_kind(rendered, "HorizontalPodAutoscaler").values()
    }
    pool = ServiceSettings.model_fields["database_pool_size"].default
    needed = 0
    for name, deployment in of_kind(rendered, "Deployment").items():
        if any(e["name"].endswith("_DATABASE_URL") for e in main_container(deployment)["env"]):
            # A pool of `pool` connections plus as many in overflow (shared/db.py), per replica.
            replicas = ceilings[name] if name in ceilings else deployment["spec"]["replicas"]
            needed += replicas * 2 * pool
    [cluster] = of_kind(rendered, "Cluster").values()
    assert int(cluster["spec"]["postgresql"]["parameters"]["max_connections"]) > needed


def test_apis_have_a_service_an_autoscaler_on_cpu_and_every_process_a_disruption_budget(
    rendered: list[Doc],
) -> None:
    deployments = of_kind(rendered, "Deployment")
    services = of_kind(rendered, "Service")
    autoscalers = of_kind(rendered, "HorizontalPodAutoscaler")
    budgets = of_kind(rendered, "PodDisruptionBudget")
    for name, deployment in deployments.items():
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        [budget] = [
            b
            for b in budgets.values()
            if b["spec"]["selector"]["matchLabels"].items() <= labels.items()
        ]
        assert budget["spec"].get("maxUnavailable") == 1 or budget["spec"].get("minAvailable")
        if not name.endswith("-api"):
            continue
        [service] = [
            s for s in services.values() if s["spec"]["selector"].items() <= labels.items()
        ]
        assert service["spec"]["ports"][0]["targetPort"] == "http"
        [autoscaler] = [
            a for a in autoscalers.values() if a["spec"]["scaleTargetRef"]["name"] == name
        ]
        [metric] = autoscaler["spec"]["metrics"]
        assert metric["resource"]["name"] == "cpu"
        assert autoscaler["spec"]["minReplicas"] >= 2
    targets = {a["spec"]["scaleTargetRef"]["name"] for a in autoscalers.values()}
    assert targets == {f"{service}-api" for service in SERVICES}


def test_consumers_never_outnumber_the_partitions_they_share(rendered: list[Doc]) -> None:
    topics = {
        t["spec"]["topicName"]: t["spec"]["partitions"]
        for t in of_kind(rendered, "KafkaTopic").values()
    }
    prefix = config_maps(rendered)[generate.CONFIG]["ALIANZA_TOPIC_PREFIX"]
    autoscaled = {
        a["spec"]["scaleTargetRef"]["name"]
        for a in of_kind(rendered, "HorizontalPodAutoscaler").values()
    }
    for service in SERVICES:
        consumes = importlib.import_module(f"services.{service}.__main__").PROCESSES.consumes
        deployment = of_kind(rendered, "Deployment")[f"{service}-consume"]
        cap = min(topics[topic_name(prefix, stream)] for stream in consumes)
        assert deployment["spec"]["replicas"] <= cap, service
        assert deployment["metadata"]["annotations"]["alianza.example.org/max-replicas"] == str(cap)
        assert f"{service}-consume" not in autoscaled


# --------------------------------------------------------------------------- Kafka


def asyncapi_topics() -> set[str]:
    document = yaml.safe_load((REPO / "contracts" / "asyncapi.yaml").read_text())
    return {channel["address"] for channel in document["channels"].values()}


def test_kafka_topics_are_the_asyncapi_channels_and_their_dead_letters(rendered: list[Doc]) -> None:
    topics = of_kind(rendered, "KafkaTopic").values()
    names = {topic["spec"]["topicName"] for topic in topics}
    channels = asyncapi_topics()
    assert names == channels
    assert {f"{t}.dlq" for t in channels if not t.endswith(".dlq")} <= names
    for topic in topics:
        assert topic["metadata"]["labels"]["strimzi.io/cluster"] in of_kind(rendered, "Kafka")
        assert topic["spec"]["replicas"] == 3
        assert int(topic["spec"]["config"]["min.insync.replicas"]) == 2


def _granted(user: Doc, resource: str, operation: str) -> set[str]:
    return {
        acl["resource"]["name"]
        for acl in user["spec"]["authorization"]["acls"]
        if acl["resource"]["type"] == resource and operation in acl["operations"]
    }


ALLOWED = {
    "topic": {"Read", "Write", "Describe", "DescribeConfigs"},
    "group": {"Read", "Describe"},
}


def test_kafka_users_acls_are_the_access_table(rendered: list[Doc]) -> None:
    users = of_kind(rendered, "KafkaUser")
    prefix = config_maps(rendered)[generate.CONFIG]["ALIANZA_TOPIC_PREFIX"]
    assert set(users) == {principal.name for principal in PRINCIPALS}
    for principal in PRINCIPALS:
        user = users[principal.name]
        assert user["spec"]["authentication"]["type"] == "scram-sha-512"
        for acl in user["spec"]["authorization"]["acls"]:
            assert acl["type"] == "allow" and acl["resource"]["patternType"] == "literal"
            assert set(acl["operations"]) <= ALLOWED[acl["resource"]["type"]], acl
        assert _granted(user, "topic", "Write") == set(principal.topics_written(prefix))
        assert _granted(user, "topic", "Read") == set(principal.topics_read(prefix))
        group = principal.consumer_group
        assert _granted(user, "group", "Read") == ({group} if group else set())
        assert _granted(user, "group", "Describe") == ({"*"} if principal.operates else set())
        touched = _granted(user, "topic", "Write") | _granted(user, "topic", "Read")
        assert _granted(user, "topic", "Describe") == touched


def test_each_process_is_its_own_principal_over_sasl_ssl(rendered: list[Doc]) -> None:
    config = config_maps(rendered)[generate.CONFIG]
    assert config["ALIANZA_KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
    assert config["ALIANZA_KAFKA_SASL_MECHANISM"] == "SCRAM-SHA-512"
    [kafka] = of_kind(rendered, "Kafka").values()
    [listener] = [
        listener
        for listener in kafka["spec"]["kafka"]["listeners"]
        if config["ALIANZA_KAFKA_BOOTSTRAP"].endswith(f":{listener['port']}")
    ]
    assert listener["tls"] is True and listener["authentication"]["type"] == "scram-sha-512"
    assert kafka["spec"]["kafka"]["authorization"]["type"] == "simple"
    for name, deployment in of_kind(rendered, "Deployment").items():
        env = {e["name"]: e for e in main_container(deployment)["env"]}
        username = env["ALIANZA_KAFKA_SASL_USERNAME"]["value"]
        expected = "ops" if name.startswith("ops-") else name.split("-")[0]
        assert username == expected, name
        ref = env["ALIANZA_KAFKA_SASL_PASSWORD"]["valueFrom"]["secretKeyRef"]
        assert ref == {"name": username, "key": "password"}, name


def test_kafka_runs_three_brokers_on_kraft_node_pools(rendered: list[Doc]) -> None:
    pools = of_kind(rendered, "KafkaNodePool").values()
    roles = {role: pool["spec"]["replicas"] for pool in pools for role in pool["spec"]["roles"]}
    assert roles == {"broker": 3, "controller": 3}
    [kafka] = of_kind(rendered, "Kafka").values()
    assert int(kafka["spec"]["kafka"]["config"]["min.insync.replicas"]) == 2


# --------------------------------------------------------------------------- operator schemas


def _closed(schema: Any) -> Any:
    """The schema with unknown fields refused wherever it lists its fields: the API server drops
    them silently, which is how a misspelt field goes unnoticed."""
    if isinstance(schema, dict):
        schema = {key: _closed(value) for key, value in schema.items()}
        if (
            "properties" in schema
            and "additionalProperties" not in schema
            and not schema.get("x-kubernetes-preserve-unknown-fields")
        ):
            schema["additionalProperties"] = False
        return schema
    if isinstance(schema, list):
        return [_closed(item) for item in schema]
    return schema


def crd_schemas() -> dict[tuple[str, str], Any]:
    """(apiVersion, kind) → the served version's openAPIV3Schema, from the copied CRDs."""
    found = {}
    for path in CRDS.glob("*.yaml"):
        for crd in yaml.safe_load_all(path.read_text()):
            if not crd:
                continue
            for version in crd["spec"]["versions"]:
                if version["served"]:
                    key = (
                        f"{crd['spec']['group']}/{version['name']}",
                        crd["spec"]["names"]["kind"],
                    )
                    found[key] = version["schema"]["openAPIV3Schema"]
    return found


OPERATOR_KINDS = {"Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster", "Database"}


def validation_errors(docs: list[Doc]) -> list[str]:
    schemas = crd_schemas()
    errors = []
    for doc in docs:
        if doc["kind"] not in OPERATOR_KINDS:
            continue
        schema = schemas.get((doc["apiVersion"], doc["kind"]))
        if schema is None:
            errors.append(f"no CRD schema for {doc['apiVersion']} {doc['kind']}")
            continue
        validator = jsonschema.Draft7Validator(_closed(schema))
        name = f"{doc['kind']}/{doc['metadata']['name']}"
        errors += [f"{name}: {error.message}" for error in validator.iter_errors(doc)]
    return errors


def test_operator_resources_are_valid_against_the_operators_schemas(rendered: list[Doc]) -> None:
    assert {doc["kind"] for doc in rendered} >= OPERATOR_KINDS
    assert validation_errors(rendered) == []


def test_the_schema_check_catches_a_misspelt_or_mistyped_field(rendered: list[Doc]) -> None:
    [topic, *_] = [copy.deepcopy(d) for d in rendered if d["kind"] == "KafkaTopic"]
    topic["spec"]["replica"] = topic["spec"].pop("replicas")
    [cluster] = [copy.deepcopy(d) for d in rendered if d["kind"] == "Cluster"]
    cluster["spec"]["instances"] = "two"
    errors = validation_errors([topic, cluster])
    assert any("'replica' was unexpected" in error for error in errors), errors
    assert any("'two' is not of type 'integer'" in error for error in errors), errors
