"""docker-compose.yml describes the same stack `make run` starts: processes, ports and variables."""

from pathlib import Path

import yaml

from deploy.local import stack
from tests.support.settings_names import (
    env_names,
    names_read_from_environ,
    service_settings,
    settings_for_command,
)

COMPOSE = yaml.safe_load((Path(__file__).resolve().parents[2] / "docker-compose.yml").read_text())


def test_every_local_process_is_a_compose_service_with_the_same_command() -> None:
    services = COMPOSE["services"]
    for service in stack.SERVICES:
        for process in service.processes:
            name = f"{service.name}-{process}"
            assert name in services, f"{name} is started by make run but missing from compose"
            assert services[name]["command"] == [
                "python",
                "-m",
                f"services.{service.name}",
                process,
            ]


def test_the_processes_beside_the_services_are_compose_services_too() -> None:
    services = COMPOSE["services"]
    for name, argv in stack.EXTRAS:
        assert name in services, f"{name} is started by make run but missing from compose"
        assert services[name]["command"] == ["python", *argv]
    assert services["ops-console"]["ports"] == [
        f"127.0.0.1:{stack.OPS_CONSOLE_PORT}:{stack.OPS_CONSOLE_PORT}"
    ]
    assert (
        services["ops-console"]["environment"]["ALIANZA_REGISTRY_URL"] == "http://registry-api:8001"
    )


def test_api_ports_match_the_local_stack() -> None:
    for service in stack.SERVICES:
        ports = COMPOSE["services"][f"{service.name}-api"]["ports"]
        assert ports == [f"127.0.0.1:{service.port}:{service.port}"]


def test_every_published_port_binds_loopback_only() -> None:
    for name, service in COMPOSE["services"].items():
        for mapping in service.get("ports", []):
            assert str(mapping).startswith("127.0.0.1:"), (
                f"{name} publishes {mapping} to the network"
            )


def test_postgres_and_kafka_are_published_only_through_the_override_on_loopback() -> None:
    assert "ports" not in COMPOSE["services"]["postgres"]
    assert "ports" not in COMPOSE["services"]["kafka"]
    override = yaml.safe_load(
        (Path(stack.REPO) / "deploy" / "docker" / "publish-infrastructure.yml").read_text()
    )
    assert override["services"]["postgres"]["ports"] == ["127.0.0.1:55432:5432"]
    assert override["services"]["kafka"]["ports"] == ["127.0.0.1:29092:29092"]


def test_compose_sets_every_variable_the_local_stack_sets() -> None:
    for program in stack.programs(stack.external_or_local()):
        if program.name not in COMPOSE["services"]:
            continue
        environment = COMPOSE["services"][program.name]["environment"]
        local = set(program.env) - {f"ALIANZA_{s.name.upper()}_URL" for s in stack.SERVICES}
        local -= {key for key in local if key.startswith(("ALIANZA_OPS_", "ALIANZA_SUPERVISOR"))}
        assert local <= set(environment), local - set(environment)
        assert environment["ALIANZA_HTTP_HOST"] == "0.0.0.0"
    prepare = COMPOSE["services"]["prepare"]["environment"]
    assert set(stack.external_or_local()) <= set(prepare)


def test_each_service_gets_only_its_own_app_role_url() -> None:
    """No process but `prepare` sees the superuser, a schema owner or another service's database."""
    for name, service in COMPOSE["services"].items():
        if name in {"prepare", "postgres", "kafka"}:
            continue
        database_keys = {key for key in service["environment"] if "DATABASE_URL" in key}
        owner = name.split("-")[0]
        expected = {f"{owner.upper()}_DATABASE_URL"} if owner in _SERVICE_NAMES else set()
        assert database_keys == expected, name
        for key in database_keys:
            assert f"//{owner}_app:" in service["environment"][key], name
        assert "ALIANZA_POSTGRES_ADMIN_URL" not in service["environment"], name


_SERVICE_NAMES = {service.name for service in stack.SERVICES}


def test_infrastructure_images_match_the_local_versions() -> None:
    assert COMPOSE["services"]["kafka"]["image"] == "apache/kafka:4.1.1"
    assert "4.1.1" in (Path(stack.REPO) / "deploy" / "local" / "pom.xml").read_text()
    assert COMPOSE["services"]["postgres"]["image"] == "postgres:15"
    assert COMPOSE["services"]["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"


# Run once to create databases and topics; the services wait for it to complete, so it must not
# be restarted after it succeeds.
ONE_SHOT = {"prepare"}


def test_every_long_running_service_is_restarted_when_it_dies() -> None:
    for name, service in COMPOSE["services"].items():
        if name in ONE_SHOT:
            assert service.get("restart", "no") in {"no", "on-failure"}, name
        else:
            assert service.get("restart") in {"unless-stopped", "always", "on-failure"}, (
                f"{name} has no restart policy: nothing brings it back when it crashes"
            )


def test_every_process_the_supervisor_restarts_locally_is_restarted_by_compose() -> None:
    supervised = {program.name for program in stack.programs(stack.external_or_local())}
    assert supervised, "the local stack supervises its processes"
    for name in supervised:
        assert COMPOSE["services"][name]["restart"] == "unless-stopped", name


def test_make_run_gives_each_process_only_its_own_app_role() -> None:
    """The supervisor's programs: a service's own app-role URL, never the owner's or superuser's."""
    for program in stack.programs(stack.external_or_local()):
        owner = program.name.split("-")[0]
        database_keys = {key for key in program.env if "DATABASE_URL" in key}
        expected = {f"{owner.upper()}_DATABASE_URL"} if owner in _SERVICE_NAMES else set()
        assert database_keys == expected, program.name
        for key in database_keys:
            assert f"//{stack.app_role(owner)}:" in program.env[key], program.name
        assert "ALIANZA_POSTGRES_ADMIN_URL" not in program.env, program.name


def test_every_variable_compose_sets_is_one_a_process_reads() -> None:
    """A misspelt name configures nothing (settings ignore unknown variables), so each one must
    be a settings field: of the process itself, or, for the block every process shares, of some
    process; `prepare` also reads a few names straight from the environment."""
    services = {name: s for name, s in COMPOSE["services"].items() if "command" in s}
    shared = set(COMPOSE["x-environment"])
    by_process = {
        name: env_names(settings_for_command(s["command"]))
        for name, s in services.items()
        if name != "prepare"
    }
    everyone = set().union(*by_process.values())
    assert shared <= everyone, shared - everyone
    for name, service in services.items():
        own = set(service["environment"]) - shared
        if name == "prepare":
            known = set().union(*(env_names(service_settings(s.name)) for s in stack.SERVICES))
            known |= names_read_from_environ(Path(stack.REPO) / "deploy" / "local" / "prepare.py")
        else:
            known = set(by_process[name])
        assert own <= known, f"{name} sets {own - known}, which nothing reads"


def test_compose_runs_one_broker_and_says_its_topics_have_one_copy() -> None:
    kafka = COMPOSE["services"]["kafka"]["environment"]
    assert len(kafka["KAFKA_CONTROLLER_QUORUM_VOTERS"].split(",")) == 1
    factors = {key: value for key, value in kafka.items() if "REPLICATION_FACTOR" in key}
    assert factors and set(factors.values()) == {1}
    text = (Path(stack.REPO) / "docker-compose.yml").read_text()
    assert "One broker: every topic has one copy (replication factor 1" in text
